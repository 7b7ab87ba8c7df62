<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report from the cache of the AWS profile NAME.</source>
        <translation>Bericht aus dem Cache des AWS-Profils NAME.</translation>
    </message>
    <message>
        <source>Report from the cache synced from URL, e.g. a sandbox account&apos;s.</source>
        <translation>Bericht aus dem Cache, der von URL synchronisiert wurde, z. B. dem eines Sandbox-Kontos.</translation>
    </message>
    <message>
        <source>Read the cache in FILE instead of the profile&apos;s cache in the data folder.</source>
        <translation>Den Cache in FILE lesen statt den Cache des Profils im Datenordner.</translation>
    </message>
</context>
<context>
    <name>Spendscope::AccessMatrixModel</name>
    <message>
        <source>Allowed</source>
        <extracomment>access matrix cell: the action is allowed</extracomment>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <extracomment>access matrix cell: a Deny statement forbids the action</extracomment>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>access matrix cell: no policy grants the action</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is User, Role or Group; %2 the principal&apos;s ARN</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 may call %2 on project “%3”. %4</source>
        <extracomment>%1 principal, %2 IAM action, %3 project, %4 which policy decided</extracomment>
        <translation>%1 darf %2 für das Projekt „%3“ aufrufen. %4</translation>
    </message>
    <message>
        <source>%1 may not call %2 on project “%3”. %4</source>
        <extracomment>%1 principal, %2 IAM action, %3 project, %4 which policy decided</extracomment>
        <translation>%1 darf %2 für das Projekt „%3“ nicht aufrufen. %4</translation>
    </message>
</context>
<context>
    <name>Spendscope::AnomalyDetector</name>
    <message>
        <source>Spike</source>
        <extracomment>A day on which cost was unusually high</extracomment>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Drop</source>
        <extracomment>A day on which cost was unusually low</extracomment>
        <translation>Einbruch</translation>
    </message>
</context>
<context>
    <name>Spendscope::ApiCall</name>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The connection was closed before the request ended.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Anfrage beendet war.</translation>
    </message>
</context>
<context>
    <name>Spendscope::AppliedTagChangesCommand</name>
    <message>
        <source>Change the tags of “%1”</source>
        <translation>Tags von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change the tags of %1 projects</source>
        <translation>Tags von %1 Projekten ändern</translation>
    </message>
</context>
<context>
    <name>Spendscope::ApplyTagChangesJob</name>
    <message>
        <source>Project “%1” appears twice in the change.</source>
        <translation>Das Projekt „%1“ kommt in der Änderung zweimal vor.</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <extracomment>%1 is a project name, %2 what is wrong</extracomment>
        <translation>Projekt „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::AwsConfigFile</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is a file name such as ~/.aws/config, %2 a line number, %3 what is wrong</extracomment>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name such as ~/.aws/config, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>expected “name = value” in the settings nested under “%1”</source>
        <translation>in den unter „%1“ verschachtelten Einstellungen wurde „Name = Wert“ erwartet</translation>
    </message>
    <message>
        <source>a setting nested under “%1” has no name before “=”</source>
        <translation>eine unter „%1“ verschachtelte Einstellung hat keinen Namen vor „=“</translation>
    </message>
    <message>
        <source>the section header has no closing “]”</source>
        <translation>dem Abschnittskopf fehlt die schließende „]“</translation>
    </message>
    <message>
        <source>unexpected text after the section header</source>
        <translation>unerwarteter Text nach dem Abschnittskopf</translation>
    </message>
    <message>
        <source>the section name is empty</source>
        <translation>der Abschnittsname ist leer</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name; in the credentials file, write profile sections without the “profile” prefix</source>
        <translation>„%1“ ist kein gültiger Profilname; schreiben Sie Profilabschnitte in der Datei credentials ohne das Präfix „profile“</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name</source>
        <translation>„%1“ ist kein gültiger Profilname</translation>
    </message>
    <message>
        <source>the section [%1] has no name</source>
        <translation>der Abschnitt [%1] hat keinen Namen</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 name</source>
        <translation>„%1“ ist kein gültiger %2-Name</translation>
    </message>
    <message>
        <source>a setting appears before the first section header such as [default]</source>
        <translation>eine Einstellung steht vor dem ersten Abschnittskopf wie [default]</translation>
    </message>
    <message>
        <source>expected a setting in the form “name = value”</source>
        <translation>eine Einstellung in der Form „Name = Wert“ wurde erwartet</translation>
    </message>
    <message>
        <source>a setting has no name before “=”</source>
        <translation>eine Einstellung hat keinen Namen vor „=“</translation>
    </message>
</context>
<context>
    <name>Spendscope::AwsError</name>
    <message>
        <source>The service could not be reached.</source>
        <translation>Der Dienst war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Der Dienst hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>AWS is throttling requests; try again in a moment.</source>
        <translation>AWS drosselt die Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>AWS did not accept the credentials.</source>
        <translation>AWS hat die Anmeldedaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this.</source>
        <translation>Diese Anmeldedaten berechtigen nicht zu dieser Aktion.</translation>
    </message>
    <message>
        <source>The resource was not found.</source>
        <translation>Die Ressource wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>AWS rejected the request as invalid.</source>
        <translation>AWS hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The request conflicts with the resource&apos;s current state.</source>
        <translation>Die Anfrage steht im Widerspruch zum aktuellen Zustand der Ressource.</translation>
    </message>
    <message>
        <source>An AWS limit was reached.</source>
        <translation>Ein AWS-Limit wurde erreicht.</translation>
    </message>
    <message>
        <source>AWS reported an error.</source>
        <translation>AWS hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood.</source>
        <translation>Die Antwort des Dienstes konnte nicht verstanden werden.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation>Es wurden keine verwendbaren AWS-Anmeldedaten gefunden.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Der lokale Cache konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Spendscope::AwsTransport</name>
    <message>
        <source>No endpoint is configured for %1.</source>
        <translation>Für %1 ist kein Endpunkt konfiguriert.</translation>
    </message>
    <message>
        <source>A Bedrock API key is needed for this request.</source>
        <translation>Für diese Anfrage wird ein Bedrock-API-Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>AWS access keys are needed for this request.</source>
        <translation>Für diese Anfrage werden AWS-Zugriffsschlüssel benötigt.</translation>
    </message>
    <message>
        <source>The temporary AWS credentials from %1 have expired.</source>
        <translation>Die temporären AWS-Anmeldedaten von %1 sind abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BedrockMantleActions</name>
    <message>
        <source>Write</source>
        <extracomment>IAM access level</extracomment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>IAM access level</extracomment>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>IAM access level</extracomment>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Tagging</source>
        <extracomment>IAM access level</extracomment>
        <translation>Tagging</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetAlerts</name>
    <message>
        <source>%1% of the limit (%2)</source>
        <extracomment>%1 a percentage such as 80, %2 the amount it stands for</extracomment>
        <translation>%1&#xa0;% des Limits (%2)</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, more than its alert threshold of %3; the limit is %4.</source>
        <extracomment>%1 budget name, %2 amount spent, %3 threshold, %4 limit</extracomment>
        <translation>„%1“ hat in diesem Zeitraum %2 ausgegeben, mehr als der Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, more than its alert threshold of %3; the limit is %4.</source>
        <extracomment>%1 budget name, %2 forecast amount, %3 threshold, %4 limit</extracomment>
        <translation>Für „%1“ werden in diesem Zeitraum Ausgaben von %2 prognostiziert, mehr als der Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, less than its alert threshold of %3; the limit is %4.</source>
        <translation>„%1“ hat in diesem Zeitraum %2 ausgegeben, weniger als der Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, less than its alert threshold of %3; the limit is %4.</source>
        <translation>Für „%1“ werden in diesem Zeitraum Ausgaben von %2 prognostiziert, weniger als der Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, exactly its alert threshold of %3; the limit is %4.</source>
        <translation>„%1“ hat in diesem Zeitraum %2 ausgegeben, genau den Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, exactly its alert threshold of %3; the limit is %4.</source>
        <translation>Für „%1“ werden in diesem Zeitraum Ausgaben von %2 prognostiziert, genau der Warnschwellenwert von %3; das Limit beträgt %4.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetCard</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 what the budget covers (&quot;Team: ml&quot;), %2 its period (&quot;Monthly&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetEditor</name>
    <message>
        <source>the limit differs</source>
        <translation>das Limit unterscheidet sich</translation>
    </message>
    <message>
        <source>the period differs</source>
        <translation>der Zeitraum unterscheidet sich</translation>
    </message>
    <message>
        <source>the filter differs</source>
        <translation>der Filter unterscheidet sich</translation>
    </message>
    <message>
        <source>the notifications differ</source>
        <translation>die Benachrichtigungen unterscheiden sich</translation>
    </message>
    <message>
        <source>the subscribers of a notification differ</source>
        <translation>die Abonnenten einer Benachrichtigung unterscheiden sich</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>Nicht mit einem Konto verbunden.</translation>
    </message>
    <message>
        <source>The account could not be identified: %1</source>
        <translation>Das Konto konnte nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>The budgets could not be read: %1</source>
        <translation>Die Budgets konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The notifications of “%1” could not be read: %2</source>
        <translation>Die Benachrichtigungen von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The budget “%1” could not be read: %2</source>
        <translation>Das Budget „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The subscribers of “%1” could not be read: %2</source>
        <translation>Die Abonnenten von „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The budget “%1” was not created: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Das Budget „%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Read back, the budget “%1” does not match the request: %2</source>
        <translation>Beim erneuten Lesen entspricht das Budget „%1“ nicht der Anfrage: %2</translation>
    </message>
    <message>
        <source>The budget “%1” was not changed: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Das Budget „%1“ wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>A budget cannot be renamed.</source>
        <translation>Ein Budget kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The budget “%1” was not deleted: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Das Budget „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Read back, the budget “%1” still exists.</source>
        <translation>Beim erneuten Lesen ist das Budget „%1“ noch vorhanden.</translation>
    </message>
    <message>
        <source>The deletion of “%1” could not be verified: %2</source>
        <translation>Das Löschen von „%1“ konnte nicht überprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetEditorDialog</name>
    <message>
        <source>No alerts: AWS will not e-mail anyone about this budget.</source>
        <translation>Keine Warnungen: AWS sendet zu diesem Budget niemandem eine E-Mail.</translation>
    </message>
    <message>
        <source>&amp;Add Alert</source>
        <translation>&amp;Warnung hinzufügen</translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation>Neues Budget</translation>
    </message>
    <message>
        <source>e.g. ml-platform monthly</source>
        <translation>z. B. ml-platform monatlich</translation>
    </message>
    <message>
        <source>e.g. 1000.00</source>
        <translation>z. B. 1000,00</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>All spend</source>
        <translation>Alle Ausgaben</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Ein Team</translation>
    </message>
    <message>
        <source>One project</source>
        <translation>Ein Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Limit per period:</source>
        <translation>&amp;Limit pro Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>Gilt &amp;für:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>AWS e-mails the subscribers when the actual or the forecasted spend of a period goes over a percentage of the limit; Spendscope also tells you on the desktop after a sync.</source>
        <translation>AWS sendet den Abonnenten eine E-Mail, wenn die tatsächlichen oder die prognostizierten Ausgaben eines Zeitraums einen Prozentsatz des Limits überschreiten; Spendscope meldet es Ihnen außerdem nach einer Synchronisierung auf dem Desktop.</translation>
    </message>
    <message>
        <source>Alert on</source>
        <translation>Warnen bei</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>E-mail to</source>
        <translation>E-Mail an</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit Budget</source>
        <translation>Budget bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>AWS budgets cannot be renamed.</source>
        <translation>AWS-Budgets können nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>This budget has a planned limit per period; saving sets this one limit for every period.</source>
        <translation>Dieses Budget hat ein geplantes Limit pro Zeitraum; beim Speichern wird dieses eine Limit für jeden Zeitraum festgelegt.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <extracomment>%1 a description of a filter Spendscope does not edit</extracomment>
        <translation>Beibehalten: %1</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <extracomment>a suggested budget name, %1 a team or project</extracomment>
        <translation>%1 monatlich</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Tatsächliche Ausgaben</translation>
    </message>
    <message>
        <source>Forecasted spend</source>
        <translation>Prognostizierte Ausgaben</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>under </source>
        <translation>unter </translation>
    </message>
    <message>
        <source>exactly </source>
        <translation>genau </translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Also notifies the SNS topic %1, which is kept as it is.</source>
        <translation>Benachrichtigt außerdem das SNS-Thema %1, das unverändert bleibt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this alert</source>
        <translation>Diese Warnung entfernen</translation>
    </message>
    <message>
        <source>Value of the tag “%1”</source>
        <extracomment>%1 a tag key</extracomment>
        <translation>Wert des Tags „%1“</translation>
    </message>
    <message>
        <source>Enter the limit as a positive amount, such as 1000 or 1250.50.</source>
        <translation>Geben Sie das Limit als positiven Betrag ein, z. B. 1000 oder 1250,50.</translation>
    </message>
    <message>
        <source>Choose the team the budget covers.</source>
        <translation>Wählen Sie das Team, für das das Budget gilt.</translation>
    </message>
    <message>
        <source>Choose the project the budget covers.</source>
        <translation>Wählen Sie das Projekt, für das das Budget gilt.</translation>
    </message>
    <message>
        <source>An alert threshold must be more than zero.</source>
        <translation>Ein Warnschwellenwert muss größer als null sein.</translation>
    </message>
    <message>
        <source>Each alert needs at least one e-mail address.</source>
        <translation>Jede Warnung benötigt mindestens eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Two alerts have the same kind and threshold; AWS keeps only one of each.</source>
        <translation>Zwei Warnungen haben dieselbe Art und denselben Schwellenwert; AWS behält jeweils nur eine.</translation>
    </message>
    <message>
        <source>A budget has at most %1 alerts.</source>
        <translation>Ein Budget hat höchstens %1 Warnungen.</translation>
    </message>
    <message>
        <source>Saving the budget…</source>
        <translation>Budget wird gespeichert…</translation>
    </message>
    <message>
        <source>Creating the budget…</source>
        <translation>Budget wird erstellt…</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>Nicht mit einem Konto verbunden.</translation>
    </message>
    <message>
        <source>No sync yet: counts all AWS services with this tag. Sync to limit it to Bedrock.</source>
        <translation>Noch keine Synchronisierung: zählt alle AWS-Services mit diesem Tag. Synchronisieren Sie, um es auf Bedrock zu beschränken.</translation>
    </message>
    <message>
        <source>Counts all AWS services with this tag now; saving limits it to Bedrock spend.</source>
        <translation>Zählt derzeit alle AWS-Services mit diesem Tag; beim Speichern wird es auf Bedrock-Ausgaben beschränkt.</translation>
    </message>
    <message>
        <source>Saving updates the budget to the Bedrock services the last sync found.</source>
        <translation>Beim Speichern wird das Budget auf die Bedrock-Services der letzten Synchronisierung aktualisiert.</translation>
    </message>
    <message>
        <source>Counts only Bedrock spend: the services the last sync found.</source>
        <translation>Zählt nur Bedrock-Ausgaben: die Services, die die letzte Synchronisierung gefunden hat.</translation>
    </message>
    <message>
        <source>Counts all spend in the account, every AWS service.</source>
        <translation>Zählt alle Ausgaben im Konto, über alle AWS-Services.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetFilter</name>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>All spend</source>
        <translation>Alle Ausgaben</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <extracomment>%1 a tag key, %2 its value</extracomment>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <source>Custom filter</source>
        <translation>Benutzerdefinierter Filter</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alle Services</translation>
    </message>
    <message>
        <source>Bedrock</source>
        <extracomment>What a budget counts: only the Amazon Bedrock services (a product name)</extracomment>
        <translation>Bedrock</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>What a budget counts: a number of AWS services</extracomment>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message>
        <source>All spend (%1)</source>
        <extracomment>%1 the services counted: &quot;Bedrock&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Alle Ausgaben (%1)</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <extracomment>%1 a team tag value, %2 the services counted: &quot;Bedrock&quot;, &quot;all services&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Team: %1 (%2)</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <extracomment>%1 a project tag value, %2 the services counted: &quot;Bedrock&quot;, &quot;all services&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Projekt: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetGauge</name>
    <message>
        <source>%1 spent</source>
        <extracomment>%1 an amount</extracomment>
        <translation>%1 ausgegeben</translation>
    </message>
    <message>
        <source>%1 spent (%2%)</source>
        <extracomment>%1 an amount, %2 a percentage of the limit</extracomment>
        <translation>%1 ausgegeben (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <extracomment>%1 an amount</extracomment>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Noch keine Prognose</translation>
    </message>
    <message>
        <source>Forecast %1 (%2%)</source>
        <extracomment>%1 an amount, %2 a percentage of the limit</extracomment>
        <translation>Prognose %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>Does not run out this period</source>
        <translation>Reicht für diesen Zeitraum</translation>
    </message>
    <message>
        <source>Limit reached about %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Limit etwa am %1 erreicht</translation>
    </message>
    <message>
        <source>Runs out %1 at this rate</source>
        <extracomment>%1 a date</extracomment>
        <translation>Bei diesem Tempo aufgebraucht am %1</translation>
    </message>
    <message>
        <source>Budget gauge</source>
        <translation>Budgetanzeige</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetNotifier</name>
    <message>
        <source>Budget alert</source>
        <translation>Budgetwarnung</translation>
    </message>
    <message>
        <source>Budget alerts: %1</source>
        <translation>Budgetwarnungen: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Show Budgets</source>
        <translation>Budgets anzeigen</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetStatus</name>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 an amount, %2 its unit (GB, Hrs, ...)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <extracomment>%1 a list of percentages of the limit</extracomment>
        <translation>Tatsächlich %1</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <extracomment>%1 a list of percentages of the limit</extracomment>
        <translation>Prognose %1</translation>
    </message>
    <message>
        <source>Not this period</source>
        <translation>Nicht in diesem Zeitraum</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>At the average burn rate this period: %1 a day.</source>
        <extracomment>%1 an amount per day</extracomment>
        <translation>Bei der durchschnittlichen Verbrauchsrate dieses Zeitraums: %1 pro Tag.</translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <extracomment>%1 first day, %2 last day of the budget period</extracomment>
        <translation>Zeitraum %1 bis %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Aufgebraucht am</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Warnschwellenwerte</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetsClient</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>the period start &quot;%1&quot; is not a time in epoch seconds</source>
        <translation>der Zeitraumbeginn „%1“ ist keine Zeitangabe in Epochensekunden</translation>
    </message>
    <message>
        <source>expected an expression object</source>
        <translation>ein Ausdrucksobjekt wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS account ID (twelve digits).</source>
        <translation>„%1“ ist keine AWS-Konto-ID (zwölf Ziffern).</translation>
    </message>
    <message>
        <source>The budget needs a name.</source>
        <translation>Das Budget benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The budget name is longer than %1 characters.</source>
        <translation>Der Budgetname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A budget name cannot contain &quot;:&quot; or &quot;\&quot;.</source>
        <translation>Ein Budgetname darf weder „:“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>A budget name cannot contain &quot;/action/&quot;.</source>
        <translation>Ein Budgetname darf „/action/“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A budget name cannot contain a script element.</source>
        <translation>Ein Budgetname darf kein Script-Element enthalten.</translation>
    </message>
    <message>
        <source>A budget limit cannot be negative (%1).</source>
        <translation>Ein Budgetlimit darf nicht negativ sein (%1).</translation>
    </message>
    <message>
        <source>A budget limit needs a unit such as USD.</source>
        <translation>Ein Budgetlimit benötigt eine Einheit wie USD.</translation>
    </message>
    <message>
        <source>A planned limit starts before 1970.</source>
        <translation>Ein geplantes Limit beginnt vor 1970.</translation>
    </message>
    <message>
        <source>A budget has either one limit or planned limits per period, not both.</source>
        <translation>Ein Budget hat entweder ein Limit oder geplante Limits pro Zeitraum, nicht beides.</translation>
    </message>
    <message>
        <source>A cost or usage budget needs a limit.</source>
        <translation>Ein Kosten- oder Nutzungsbudget benötigt ein Limit.</translation>
    </message>
    <message>
        <source>A budget is measured in one metric, not %1.</source>
        <translation>Ein Budget wird in einer Metrik gemessen, nicht in %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget metric (expected one of %2).</source>
        <translation>„%1“ ist keine Budgetmetrik (erwartet wird eine von %2).</translation>
    </message>
    <message>
        <source>The budget period must start before it ends.</source>
        <translation>Der Budgetzeitraum muss beginnen, bevor er endet.</translation>
    </message>
    <message>
        <source>A notification threshold must be between 0 and %1.</source>
        <translation>Ein Benachrichtigungsschwellenwert muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>A notification needs at least one subscriber.</source>
        <translation>Eine Benachrichtigung benötigt mindestens einen Abonnenten.</translation>
    </message>
    <message>
        <source>A notification has at most %1 subscribers, not %2.</source>
        <translation>Eine Benachrichtigung hat höchstens %1 Abonnenten, nicht %2.</translation>
    </message>
    <message>
        <source>The subscriber %1 is listed twice.</source>
        <translation>Der Abonnent %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SNS topic ARN.</source>
        <translation>„%1“ ist kein ARN eines SNS-Themas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A notification can notify one SNS topic, not %1.</source>
        <translation>Eine Benachrichtigung kann ein SNS-Thema benachrichtigen, nicht %1.</translation>
    </message>
    <message>
        <source>A notification can notify at most %1 e-mail addresses, not %2.</source>
        <translation>Eine Benachrichtigung kann höchstens %1 E-Mail-Adressen benachrichtigen, nicht %2.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>A budget has at most %1 notifications, not %2.</source>
        <translation>Ein Budget hat höchstens %1 Benachrichtigungen, nicht %2.</translation>
    </message>
    <message>
        <source>The same notification is given twice.</source>
        <translation>Dieselbe Benachrichtigung ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>A resource tag needs a key of 1 to 128 characters and a value of at most 256.</source>
        <translation>Ein Ressourcen-Tag benötigt einen Schlüssel mit 1 bis 128 Zeichen und einen Wert mit höchstens 256 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation>&amp;Neues Budget…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Read the budgets from AWS again</source>
        <translation>Budgets erneut von AWS lesen</translation>
    </message>
    <message>
        <source>No budgets yet. A budget tracks a team&apos;s or a project&apos;s spend against a limit for each month, quarter or year, and AWS e-mails its alerts.</source>
        <translation>Noch keine Budgets. Ein Budget verfolgt die Ausgaben eines Teams oder Projekts im Vergleich zu einem Limit für jeden Monat, jedes Quartal oder Jahr, und AWS versendet seine Warnungen per E-Mail.</translation>
    </message>
    <message>
        <source>Delete Budget</source>
        <translation>Budget löschen</translation>
    </message>
    <message>
        <source>Edit Budget</source>
        <translation>Budget bearbeiten</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Budgets: %1 · At risk: %2 · Exceeded: %3</source>
        <extracomment>%1 budgets, %2 of them at risk, %3 exceeded</extracomment>
        <translation>Budgets: %1 · Gefährdet: %2 · Überschritten: %3</translation>
    </message>
    <message>
        <source>%1 (as of the last sync)</source>
        <translation>%1 (Stand der letzten Synchronisierung)</translation>
    </message>
    <message>
        <source>Connect to an account to create budgets.</source>
        <translation>Verbinden Sie ein Konto, um Budgets zu erstellen.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Delete the budget “%1” and its alerts from AWS? You can undo this, which creates it again.</source>
        <translation>Das Budget „%1“ und seine Warnungen aus AWS löschen? Sie können dies rückgängig machen, wodurch es neu erstellt wird.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>Spendscope::CacheDocuments</name>
    <message>
        <source>The stored projects are not a list.</source>
        <translation>Die gespeicherten Projekte sind keine Liste.</translation>
    </message>
    <message>
        <source>A stored project is incomplete.</source>
        <translation>Ein gespeichertes Projekt ist unvollständig.</translation>
    </message>
    <message>
        <source>A stored project tag is not text.</source>
        <translation>Ein gespeichertes Projekt-Tag ist kein Text.</translation>
    </message>
    <message>
        <source>The stored cost allocation tags are not a list.</source>
        <translation>Die gespeicherten Kostenzuordnungs-Tags sind keine Liste.</translation>
    </message>
    <message>
        <source>A stored cost allocation tag is incomplete.</source>
        <translation>Ein gespeichertes Kostenzuordnungs-Tag ist unvollständig.</translation>
    </message>
    <message>
        <source>The stored budgets are not a list.</source>
        <translation>Die gespeicherten Budgets sind keine Liste.</translation>
    </message>
    <message>
        <source>A stored budget is damaged: %1</source>
        <translation>Ein gespeichertes Budget ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The stored service names are not a list.</source>
        <translation>Die gespeicherten Dienstnamen sind keine Liste.</translation>
    </message>
    <message>
        <source>A stored service name is not text.</source>
        <translation>Ein gespeicherter Dienstname ist kein Text.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CacheMigrations</name>
    <message>
        <source>There is no migration from schema %1 to %2.</source>
        <translation>Es gibt keine Migration von Schema %1 zu %2.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>Migration zu Schema %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ChangeTagsCommand</name>
    <message>
        <source>Change the tags of “%1”</source>
        <translation>Tags von „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>Spendscope::ChargebackReport</name>
    <message>
        <source>the period ends before it starts: %1</source>
        <translation>der Zeitraum endet, bevor er beginnt: %1</translation>
    </message>
    <message>
        <source>invalid period &quot;%1&quot; (expected YYYY-MM or YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation>ungültiger Zeitraum „%1“ (erwartet: YYYY-MM oder YYYY-MM-DD..YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>der Zeitraum ist leer</translation>
    </message>
    <message>
        <source>daily data starts on %1; earlier periods must be whole months</source>
        <translation>tägliche Daten beginnen am %1; frühere Zeiträume müssen ganze Monate sein</translation>
    </message>
    <message>
        <source>the cache holds monthly data only; the period must be whole months</source>
        <translation>der Cache enthält nur monatliche Daten; der Zeitraum muss aus ganzen Monaten bestehen</translation>
    </message>
</context>
<context>
    <name>Spendscope::CommandLine</name>
    <message>
        <source>GenAI cost explorer and project manager for Amazon Bedrock</source>
        <translation>GenAI-Kostenexplorer und Projektmanager für Amazon Bedrock</translation>
    </message>
    <message>
        <source>Start the GUI against a sandbox account run in-process.</source>
        <translation>Die GUI mit einem im Prozess ausgeführten Sandbox-Konto starten.</translation>
    </message>
    <message>
        <source>Optional command: %1. Run “spendscope &lt;command&gt; --help” for its options.</source>
        <translation>Optionaler Befehl: %1. Führen Sie „spendscope &lt;command&gt; --help“ aus, um seine Optionen anzuzeigen.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are: %2.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind: %2.</translation>
    </message>
    <message>
        <source>--sandbox starts the GUI and cannot be combined with the command “%1”.</source>
        <translation>--sandbox startet die GUI und kann nicht mit dem Befehl „%1“ kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CommandSupport</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>The tag key that attributes cost to projects (default Project).</source>
        <translation>Der Tag-Schlüssel, der Kosten Projekten zuordnet (Standard: Project).</translation>
    </message>
    <message>
        <source>The tag key that attributes cost to teams (default Team).</source>
        <translation>Der Tag-Schlüssel, der Kosten Teams zuordnet (Standard: Team).</translation>
    </message>
    <message>
        <source>--profile and --endpoint-url cannot be combined.</source>
        <translation>--profile und --endpoint-url können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile benötigt einen Namen.</translation>
    </message>
    <message>
        <source>--endpoint-url needs an http or https URL, not “%1”.</source>
        <translation>--endpoint-url benötigt eine http- oder https-URL, nicht „%1“.</translation>
    </message>
    <message>
        <source>spendscope %1: %2</source>
        <extracomment>%1 the command (report, sandbox, sync), %2 why it failed</extracomment>
        <translation>spendscope %1: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ConnectionDialog</name>
    <message>
        <source>Connect an Account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Spendscope reads Bedrock projects, their tags and policies, and the billed cost from your AWS account. To look around first, use the sandbox: a local account with a generated organisation that needs no AWS access.</source>
        <translation>Spendscope liest Bedrock-Projekte, ihre Tags und Richtlinien sowie die abgerechneten Kosten aus Ihrem AWS-Konto. Um sich zunächst umzusehen, verwenden Sie die Sandbox: ein lokales Konto mit einer generierten Organisation, das keinen AWS-Zugriff benötigt.</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox account (local, generated data)</source>
        <translation>&amp;Sandbox-Konto verwenden (lokal, generierte Daten)</translation>
    </message>
    <message>
        <source>Connect an &amp;AWS account</source>
        <translation>&amp;AWS-Konto verbinden</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>AWS-Konto</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>AWS CLI profile (~/.aws)</source>
        <translation>AWS-CLI-Profil (~/.aws)</translation>
    </message>
    <message>
        <source>Access keys (kept in the system keychain)</source>
        <translation>Zugriffsschlüssel (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Bedrock API key (kept in the system keychain)</source>
        <translation>Bedrock-API-Schlüssel (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>&amp;Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Bedrock &amp;API key:</source>
        <translation>&amp;Bedrock-API-Schlüssel:</translation>
    </message>
    <message>
        <source>An API key reaches the projects only; costs need access keys or a profile.</source>
        <translation>Ein API-Schlüssel erreicht nur die Projekte; für Kosten werden Zugriffsschlüssel oder ein Profil benötigt.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>optional, z. B. http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Project &amp;tag key:</source>
        <translation>Projekt-&amp;Tag-Schlüssel:</translation>
    </message>
    <message>
        <source>Team ta&amp;g key:</source>
        <translation>Team-Ta&amp;g-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Verbin&amp;den</translation>
    </message>
    <message>
        <source>no profiles in ~/.aws</source>
        <translation>keine Profile in ~/.aws</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Connected with the API key. Projects: %1.</source>
        <translation>Mit dem API-Schlüssel verbunden. Projekte: %1.</translation>
    </message>
    <message>
        <source>Connected to account %1 as %2. Projects: %3.</source>
        <extracomment>%1 is an account id, %2 an ARN, %3 a number of projects</extracomment>
        <translation>Mit Konto %1 als %2 verbunden. Projekte: %3.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the Bedrock API key.</source>
        <translation>Geben Sie den Bedrock-API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>es ist kein Schlüsselbund konfiguriert</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::ConnectionTestJob</name>
    <message>
        <source>AWS did not accept these credentials (%1). Check the access key id and the secret, or create new keys.</source>
        <translation>AWS hat diese Anmeldedaten nicht akzeptiert (%1). Prüfen Sie die Zugriffsschlüssel-ID und den geheimen Schlüssel, oder erstellen Sie neue Schlüssel.</translation>
    </message>
    <message>
        <source>The credentials work, but are not allowed to call %1. Ask for an IAM policy that allows it.</source>
        <extracomment>%1 is an IAM action such as bedrock-mantle:ListProjects</extracomment>
        <translation>Die Anmeldedaten funktionieren, berechtigen aber nicht zum Aufruf von %1. Fordern Sie eine IAM-Richtlinie an, die dies erlaubt.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the network connection, the region and the endpoint.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung, die Region und den Endpunkt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostBarChart</name>
    <message>
        <source>Click to drill down.</source>
        <translation>Zum Aufschlüsseln klicken.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostCache</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open the cost cache %1 (%2).</source>
        <translation>Der Kosten-Cache %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>seine Schemaversion fehlt</translation>
    </message>
    <message>
        <source>The cost cache %1 cannot be used and cannot be moved aside to %2 (%3). Move or delete it, then start Spendscope again.</source>
        <translation>Der Kosten-Cache %1 kann nicht verwendet und nicht nach %2 verschoben werden (%3). Verschieben oder löschen Sie ihn und starten Sie Spendscope dann neu.</translation>
    </message>
    <message>
        <source>Cannot move or delete %1 (%2).</source>
        <translation>%1 kann nicht verschoben oder gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>Cannot prepare the cost cache %1 (%2).</source>
        <translation>Der Kosten-Cache %1 kann nicht vorbereitet werden (%2).</translation>
    </message>
    <message>
        <source>Cannot update the cost cache %1 (%2).</source>
        <translation>Der Kosten-Cache %1 kann nicht aktualisiert werden (%2).</translation>
    </message>
    <message>
        <source>The cost cache %1 is already open.</source>
        <translation>Der Kosten-Cache %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the cost cache %1.</source>
        <translation>Der Ordner des Kosten-Caches %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>er ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it is not a Spendscope cost cache</source>
        <translation>er ist kein Spendscope-Kosten-Cache</translation>
    </message>
    <message>
        <source>it was written by a newer version of Spendscope (schema %1; this version reads %2)</source>
        <translation>er wurde von einer neueren Version von Spendscope geschrieben (Schema %1; diese Version liest %2)</translation>
    </message>
    <message>
        <source>The cost cache %1 cannot be used: %2. %3</source>
        <translation>Der Kosten-Cache %1 kann nicht verwendet werden: %2. %3</translation>
    </message>
    <message>
        <source>The cost cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was created; a resync is needed to fill it again.</source>
        <translation>Der Kosten-Cache %1 konnte nicht verwendet werden: %2. Er wurde nach %3 verschoben, und ein neuer, leerer Cache wurde erstellt; eine erneute Synchronisierung ist nötig, um ihn wieder zu füllen.</translation>
    </message>
    <message>
        <source>The cost cache is not open.</source>
        <translation>Der Kosten-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Invalid cost period %1 to %2 for &quot;%3&quot;.</source>
        <translation>Ungültiger Kostenzeitraum %1 bis %2 für „%3“.</translation>
    </message>
    <message>
        <source>Cannot store the cost period %1 of &quot;%2&quot; (%3).</source>
        <translation>Der Kostenzeitraum %1 von „%2“ kann nicht gespeichert werden (%3).</translation>
    </message>
    <message>
        <source>The stored document &quot;%1&quot; is damaged: %2</source>
        <translation>Das gespeicherte Dokument „%1“ ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostChartModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <extracomment>%1 the series (a team, ...), %2 the period, %3 the exact amount, %4 the currency</extracomment>
        <translation>%1, %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostDataLoader</name>
    <message>
        <source>The cost cache cannot be read: %1</source>
        <translation>Der Kosten-Cache kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostDonutChart</name>
    <message>
        <source>%1% %2</source>
        <extracomment>A legend entry: the share of the range&apos;s cost and the model, e.g. &quot;12.5% nova-pro&quot;</extracomment>
        <translation>%1&#xa0;% %2</translation>
    </message>
    <message>
        <source>Click to drill down.</source>
        <translation>Zum Aufschlüsseln klicken.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerClient</name>
    <message>
        <source>The start &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>Der Beginn „%1“ ist kein Datum (YYYY-MM-DD oder YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>Das Ende „%1“ ist kein Datum (YYYY-MM-DD oder YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>The period must start before it ends (%1 to %2).</source>
        <translation>Der Zeitraum muss beginnen, bevor er endet (%1 bis %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing view ARN.</source>
        <translation>„%1“ ist kein ARN einer Abrechnungsansicht.</translation>
    </message>
    <message>
        <source>A sort key is empty.</source>
        <translation>Ein Sortierschlüssel ist leer.</translation>
    </message>
    <message>
        <source>A maximum number of results needs a sort order.</source>
        <translation>Eine maximale Anzahl von Ergebnissen erfordert eine Sortierreihenfolge.</translation>
    </message>
    <message>
        <source>The maximum number of results must be between 1 and %1.</source>
        <translation>Die maximale Anzahl von Ergebnissen muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters.</source>
        <translation>Der Suchtext ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A dimension name is needed.</source>
        <translation>Ein Dimensionsname wird benötigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension name such as SERVICE.</source>
        <translation>„%1“ ist kein Dimensionsname wie SERVICE.</translation>
    </message>
    <message>
        <source>At least one metric is needed.</source>
        <translation>Mindestens eine Metrik wird benötigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cost Explorer metric (expected one of %2).</source>
        <translation>„%1“ ist keine Cost-Explorer-Metrik (erwartet wird eine von %2).</translation>
    </message>
    <message>
        <source>The metric %1 is asked for twice.</source>
        <translation>Die Metrik %1 wird doppelt angefordert.</translation>
    </message>
    <message>
        <source>Cost Explorer groups by at most two keys, not %1.</source>
        <translation>Cost Explorer gruppiert nach höchstens zwei Schlüsseln, nicht nach %1.</translation>
    </message>
    <message>
        <source>A grouping key is empty.</source>
        <translation>Ein Gruppierungsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>A grouping key is longer than %1 characters.</source>
        <translation>Ein Gruppierungsschlüssel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The grouping by %1 is given twice.</source>
        <translation>Die Gruppierung nach %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>unknown group type &quot;%1&quot;</source>
        <translation>unbekannter Gruppentyp „%1“</translation>
    </message>
    <message>
        <source>Forecasts are only available by day or by month.</source>
        <translation>Prognosen sind nur pro Tag oder pro Monat verfügbar.</translation>
    </message>
    <message>
        <source>The prediction interval level must be between 51 and 99, not %1.</source>
        <translation>Das Niveau des Prognoseintervalls muss zwischen 51 und 99 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The tag key is longer than %1 characters.</source>
        <translation>Der Tag-Schlüssel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>At most %1 tag keys can be listed at once, not %2.</source>
        <translation>Es können höchstens %1 Tag-Schlüssel gleichzeitig aufgelistet werden, nicht %2.</translation>
    </message>
    <message>
        <source>A tag key is empty or longer than %1 characters.</source>
        <translation>Ein Tag-Schlüssel ist leer oder länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>unknown tag type &quot;%1&quot;</source>
        <translation>unbekannter Tag-Typ „%1“</translation>
    </message>
    <message>
        <source>unknown tag status &quot;%1&quot;</source>
        <translation>unbekannter Tag-Status „%1“</translation>
    </message>
    <message>
        <source>No tag keys to activate or deactivate.</source>
        <translation>Keine Tag-Schlüssel zum Aktivieren oder Deaktivieren.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is listed twice.</source>
        <translation>Der Tag-Schlüssel „%1“ ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerJob</name>
    <message>
        <source>There is no cost data to query.</source>
        <translation>Es gibt keine Kostendaten für die Abfrage.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerQuery</name>
    <message>
        <source>Costs before %1 are stored per month, so the range is widened to whole months: %2 to %3.</source>
        <translation>Kosten vor dem %1 werden pro Monat gespeichert, daher wird der Bereich auf ganze Monate erweitert: %2 bis %3.</translation>
    </message>
    <message>
        <source>The cache holds monthly costs only, so the range is widened to whole months: %1 to %2.</source>
        <translation>Der Cache enthält nur monatliche Kosten, daher wird der Bereich auf ganze Monate erweitert: %1 bis %2.</translation>
    </message>
    <message>
        <source>Days and weeks are available from %1; the range reaches earlier, so the chart shows months.</source>
        <translation>Tage und Wochen sind ab dem %1 verfügbar; der Bereich reicht weiter zurück, daher zeigt das Diagramm Monate.</translation>
    </message>
    <message>
        <source>There are no daily costs in the cache; the chart shows months.</source>
        <translation>Im Cache gibt es keine täglichen Kosten; das Diagramm zeigt Monate.</translation>
    </message>
    <message>
        <source>No project with a %1 tag carries %2=%3, so the tag filter matches no spend.</source>
        <translation>Kein Projekt mit einem %1-Tag trägt %2=%3, daher trifft der Tag-Filter auf keine Ausgaben zu.</translation>
    </message>
    <message>
        <source>Tag %1=%2 selects the projects that carry it now, by their %3 tag: %4.</source>
        <translation>Tag %1=%2 wählt die Projekte, die es derzeit tragen, anhand ihres %3-Tags aus: %4.</translation>
    </message>
    <message>
        <source>With projects in the selection, a team means the team that owns the project now (its %1 tag today), not the team tag billed at the time. Group by team without project filters for team spend as billed.</source>
        <translation>Sind Projekte ausgewählt, ist mit einem Team das Team gemeint, dem das Projekt jetzt gehört (sein heutiges %1-Tag), nicht das zum Zeitpunkt der Abrechnung geltende Team-Tag. Gruppieren Sie ohne Projektfilter nach Team, um die Team-Ausgaben wie abgerechnet zu sehen.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Gesamter Bereich</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>%1 is the Monday a week starts on</extracomment>
        <translation>Woche vom %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExpression</name>
    <message>
        <source>The filter</source>
        <translation>Der Filter</translation>
    </message>
    <message>
        <source>The filter at %1</source>
        <translation>Der Filter bei %1</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep.</source>
        <translation>%1 ist mehr als %2 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>%1 is empty; each part needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.</source>
        <translation>%1 ist leer; jeder Teil benötigt genau eines von And, Or, Not, Dimensions, Tags oder CostCategories.</translation>
    </message>
    <message>
        <source>%1 combines fewer than two expressions with %2.</source>
        <translation>%1 verknüpft weniger als zwei Ausdrücke mit %2.</translation>
    </message>
    <message>
        <source>%1 negates %2 expressions instead of one.</source>
        <translation>%1 negiert %2 Ausdrücke statt eines.</translation>
    </message>
    <message>
        <source>%1 is a %2 rule and cannot have sub-expressions.</source>
        <translation>%1 ist eine %2-Regel und kann keine Teilausdrücke haben.</translation>
    </message>
    <message>
        <source>%1 has a value longer than %2 characters.</source>
        <translation>%1 hat einen Wert, der länger als %2 Zeichen ist.</translation>
    </message>
    <message>
        <source>%1 needs a dimension name.</source>
        <translation>%1 benötigt einen Dimensionsnamen.</translation>
    </message>
    <message>
        <source>%1 names the dimension &quot;%2&quot;, which is not a dimension name such as SERVICE.</source>
        <translation>%1 nennt die Dimension „%2“, die kein Dimensionsname wie SERVICE ist.</translation>
    </message>
    <message>
        <source>%1 needs at least one value for dimension %2.</source>
        <translation>%1 benötigt mindestens einen Wert für die Dimension %2.</translation>
    </message>
    <message>
        <source>%1 has a tag key longer than %2 characters.</source>
        <translation>%1 hat einen Tag-Schlüssel, der länger als %2 Zeichen ist.</translation>
    </message>
    <message>
        <source>%1 lists tag values but no tag key.</source>
        <translation>%1 listet Tag-Werte, aber keinen Tag-Schlüssel auf.</translation>
    </message>
    <message>
        <source>%1 needs a cost category name.</source>
        <translation>%1 benötigt einen Kostenkategorienamen.</translation>
    </message>
    <message>
        <source>%1 has a cost category name longer than %2 characters.</source>
        <translation>%1 hat einen Kostenkategorienamen, der länger als %2 Zeichen ist.</translation>
    </message>
    <message>
        <source>%1 has no operator; it needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.</source>
        <translation>%1 hat keinen Operator; er benötigt genau einen von And, Or, Not, Dimensions, Tags oder CostCategories.</translation>
    </message>
    <message>
        <source>%1 has several root operators (%2); only one is allowed per expression.</source>
        <translation>%1 hat mehrere Stammoperatoren (%2); pro Ausdruck ist nur einer zulässig.</translation>
    </message>
    <message>
        <source>%1: %2 must be a list of expressions.</source>
        <translation>%1: %2 muss eine Liste von Ausdrücken sein.</translation>
    </message>
    <message>
        <source>The filter at %1 is not an object.</source>
        <translation>Der Filter bei %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1: Not must be an expression object.</source>
        <translation>%1: Not muss ein Ausdrucksobjekt sein.</translation>
    </message>
    <message>
        <source>%1: %2 must be an object with Key and Values.</source>
        <translation>%1: %2 muss ein Objekt mit Key und Values sein.</translation>
    </message>
    <message>
        <source>The filter at %1: Key must be a string.</source>
        <translation>Der Filter bei %1: Key muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>The filter at %1: Values must be a list of strings.</source>
        <translation>Der Filter bei %1: Values muss eine Liste von Zeichenfolgen sein.</translation>
    </message>
    <message>
        <source>The filter at %1: MatchOptions must be a list.</source>
        <translation>Der Filter bei %1: MatchOptions muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The filter at %1 has an unknown match option.</source>
        <translation>Der Filter bei %1 hat eine unbekannte Vergleichsoption.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostPivotModel</name>
    <message>
        <source>%1: %2. Double-click to drill down.</source>
        <extracomment>%1 is a dimension (Team), %2 its value</extracomment>
        <translation>%1: %2. Zum Aufschlüsseln doppelklicken.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <extracomment>%1 the group (a team, ...), %2 the period, %3 the exact amount, %4 the currency</extracomment>
        <translation>%1, %2: %3 %4</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostTrendChart</name>
    <message>
        <source>Daily cost</source>
        <translation>Tägliche Kosten</translation>
    </message>
    <message>
        <source>%1: %2 USD</source>
        <extracomment>%1 a day, %2 the exact amount</extracomment>
        <translation>%1: %2 USD</translation>
    </message>
    <message>
        <source>Forecast, %1% interval</source>
        <translation>Prognose, %1-%-Intervall</translation>
    </message>
    <message>
        <source>Month-end forecast: %1 USD (%2% interval %3 to %4 USD)
%5</source>
        <translation>Prognose zum Monatsende: %1 USD (%2-%-Intervall %3 bis %4 USD)
%5</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostsPage</name>
    <message>
        <source>Days are UTC calendar days, as billed; both days are included.</source>
        <translation>Tage sind UTC-Kalendertage, wie abgerechnet; beide Tage sind eingeschlossen.</translation>
    </message>
    <message>
        <source>The time buckets of the bar chart and the table&apos;s columns.</source>
        <translation>Die Zeitintervalle des Balkendiagramms und der Tabellenspalten.</translation>
    </message>
    <message>
        <source>Cost Explorer has no dimension for arbitrary tags: a tag filter selects the projects that carry the tag now and filters on their project tag values. Spend without a project tag cannot be filtered by other tags.</source>
        <translation>Cost Explorer hat keine Dimension für beliebige Tags: Ein Tag-Filter wählt die Projekte aus, die das Tag derzeit tragen, und filtert nach deren Projekt-Tag-Werten. Ausgaben ohne Projekt-Tag können nicht nach anderen Tags gefiltert werden.</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>Undo the last drill-down (%1)</source>
        <extracomment>%1 is the shortcut, e.g. Alt+Left</extracomment>
        <translation>Letzte Aufschlüsselung rückgängig machen (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The table as shown, with exact amounts</source>
        <translation>Die Tabelle wie angezeigt, mit exakten Beträgen</translation>
    </message>
    <message>
        <source>Regrouping…</source>
        <translation>Wird neu gruppiert…</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Kosten pro Modell</translation>
    </message>
    <message>
        <source>Daily cost and forecast</source>
        <translation>Tägliche Kosten und Prognose</translation>
    </message>
    <message>
        <source>Double-click a row to drill down.</source>
        <translation>Zum Aufschlüsseln auf eine Zeile doppelklicken.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>Exactly %1 USD</source>
        <translation>Genau %1 USD</translation>
    </message>
    <message>
        <source>Untagged (no %1 tag): %2, %3% of the total</source>
        <extracomment>%1 the tag key, %2 the amount, %3 its share of the total in percent</extracomment>
        <translation>Ohne Tag (kein %1-Tag): %2, %3&#xa0;% der Gesamtsumme</translation>
    </message>
    <message>
        <source>Month-end forecast for this selection: %1 (%2% interval %3 to %4)</source>
        <translation>Prognose zum Monatsende für diese Auswahl: %1 (%2-%-Intervall %3 bis %4)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <extracomment>%1 and %2 are days, both included</extracomment>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>Alle Kosten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A breadcrumb step: a dimension and the values filtered on</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tag %1=%2</source>
        <translation>Tag %1=%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Beliebiges Tag</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>Several (%1)</source>
        <extracomment>A filter combo&apos;s entry for a set of values chosen by drilling into &quot;Other&quot;</extracomment>
        <translation>Mehrere (%1)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>costs-by-%1-%2-to-%3.csv</source>
        <extracomment>A file name; %1 the grouping, %2 and %3 the first and last day</extracomment>
        <translation>kosten-nach-%1-%2-bis-%3.csv</translation>
    </message>
    <message>
        <source>Export Costs as CSV</source>
        <translation>Kosten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported the table to %1.</source>
        <translation>Die Tabelle wurde nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CreateBudgetCommand</name>
    <message>
        <source>Create budget “%1”</source>
        <translation>Budget „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>Spendscope::CreateProjectCommand</name>
    <message>
        <source>Create project “%1”</source>
        <translation>Projekt „%1“ erstellen</translation>
    </message>
</context>
<context>
    <name>Spendscope::CredentialChain</name>
    <message>
        <source>The credential_process output is not valid JSON (%1 at offset %2).</source>
        <extracomment>%1 is the JSON parser&apos;s reason, %2 a byte offset</extracomment>
        <translation>Die Ausgabe von credential_process ist kein gültiges JSON (%1 bei Offset %2).</translation>
    </message>
    <message>
        <source>The credential_process output is not a JSON object.</source>
        <translation>Die Ausgabe von credential_process ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The credential_process output has no “Version”; it must be 1.</source>
        <translation>Die Ausgabe von credential_process hat keine „Version“; sie muss 1 sein.</translation>
    </message>
    <message>
        <source>The credential_process output has an unsupported “Version”; it must be 1.</source>
        <translation>Die Ausgabe von credential_process hat eine nicht unterstützte „Version“; sie muss 1 sein.</translation>
    </message>
    <message>
        <source>The credential_process output has no “%1”.</source>
        <translation>Die Ausgabe von credential_process enthält kein „%1“.</translation>
    </message>
    <message>
        <source>“SessionToken” in the credential_process output is not a string.</source>
        <translation>„SessionToken“ in der Ausgabe von credential_process ist keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>“Expiration” in the credential_process output is not an ISO 8601 time.</source>
        <translation>„Expiration“ in der Ausgabe von credential_process ist keine Zeitangabe nach ISO 8601.</translation>
    </message>
    <message>
        <source>The credentials from credential_process expired at %1.</source>
        <translation>Die Anmeldedaten von credential_process sind um %1 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CubeQueryJob</name>
    <message>
        <source>There is no cost data to query.</source>
        <translation>Es gibt keine Kostendaten für die Abfrage.</translation>
    </message>
</context>
<context>
    <name>Spendscope::DailySpendBars</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A bar of the daily spend chart: %1 day, %2 exact amount</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::DataRetention</name>
    <message>
        <source>Inherit from account</source>
        <extracomment>data retention mode: follow the account-wide setting</extracomment>
        <translation>Vom Konto übernehmen</translation>
    </message>
    <message>
        <source>Provider default</source>
        <extracomment>data retention mode</extracomment>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>No retention</source>
        <extracomment>data retention mode: nothing is kept</extracomment>
        <translation>Keine Aufbewahrung</translation>
    </message>
    <message>
        <source>Share with model provider</source>
        <extracomment>data retention mode: the model provider may keep data</extracomment>
        <translation>Mit Modellanbieter teilen</translation>
    </message>
</context>
<context>
    <name>Spendscope::DeleteBudgetCommand</name>
    <message>
        <source>Delete budget “%1”</source>
        <translation>Budget „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Spendscope::HostedSandboxLauncher</name>
    <message>
        <source>sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
</context>
<context>
    <name>Spendscope::IamClient</name>
    <message>
        <source>The answer lacks the field %1.%2.</source>
        <translation>Der Antwort fehlt das Feld %1.%2.</translation>
    </message>
    <message>
        <source>%1 returned the same page marker twice; the listing would never end.</source>
        <translation>%1 hat dieselbe Seitenmarkierung zweimal zurückgegeben; die Auflistung würde nie enden.</translation>
    </message>
    <message>
        <source>%1 returned more than %2 pages.</source>
        <translation>%1 hat mehr als %2 Seiten zurückgegeben.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must start and end with a slash.</source>
        <translation>Der Pfad „%1“ muss mit einem Schrägstrich beginnen und enden.</translation>
    </message>
    <message>
        <source>The path prefix &quot;%1&quot; must start with a slash.</source>
        <translation>Das Pfadpräfix „%1“ muss mit einem Schrägstrich beginnen.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most 1000 are allowed.</source>
        <translation>Die Beschreibung hat %1 Zeichen; höchstens 1000 sind zulässig.</translation>
    </message>
    <message>
        <source>The policy name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Der Richtlinienname muss 1 bis %1 Zeichen haben; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>The policy name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Der Richtlinienname „%1“ darf nur Buchstaben, Ziffern und _+=,.@- enthalten.</translation>
    </message>
    <message>
        <source>The user name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Der Benutzername muss 1 bis %1 Zeichen haben; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Der Benutzername „%1“ darf nur Buchstaben, Ziffern und _+=,.@- enthalten.</translation>
    </message>
    <message>
        <source>The role name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Der Rollenname muss 1 bis %1 Zeichen haben; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Der Rollenname „%1“ darf nur Buchstaben, Ziffern und _+=,.@- enthalten.</translation>
    </message>
    <message>
        <source>The group name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Der Gruppenname muss 1 bis %1 Zeichen haben; „%2“ hat %3.</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Der Gruppenname „%1“ darf nur Buchstaben, Ziffern und _+=,.@- enthalten.</translation>
    </message>
    <message>
        <source>The policy path &quot;%1&quot; must start and end with a slash, e.g. /spendscope/, and use only letters, digits and .,+@=_- between the slashes.</source>
        <translation>Der Richtlinienpfad „%1“ muss mit einem Schrägstrich beginnen und enden, z. B. /spendscope/, und zwischen den Schrägstrichen nur Buchstaben, Ziffern und .,+@=_- verwenden.</translation>
    </message>
    <message>
        <source>The policy document is empty.</source>
        <translation>Das Richtliniendokument ist leer.</translation>
    </message>
    <message>
        <source>The policy document is not valid JSON: %1 at offset %2.</source>
        <translation>Das Richtliniendokument ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The policy document must be a JSON object.</source>
        <translation>Das Richtliniendokument muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The policy document has %1 characters without white space; a managed policy may have at most %2.</source>
        <translation>Das Richtliniendokument hat %1 Zeichen ohne Leerraum; eine verwaltete Richtlinie darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>The policy document contains the character U+%1, which IAM does not accept.</source>
        <translation>Das Richtliniendokument enthält das Zeichen U+%1, das IAM nicht akzeptiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a managed policy ARN (arn:aws:iam::&lt;account&gt;:policy/&lt;path&gt;&lt;name&gt;).</source>
        <translation>„%1“ ist kein ARN einer verwalteten Richtlinie (arn:aws:iam::&lt;account&gt;:policy/&lt;path&gt;&lt;name&gt;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy version id such as v3.</source>
        <translation>„%1“ ist keine Richtlinienversions-ID wie v3.</translation>
    </message>
    <message>
        <source>At most 50 tags are allowed; %1 were given.</source>
        <translation>Höchstens 50 Tags sind zulässig; %1 wurden angegeben.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; must have 1 to 128 letters, digits, spaces or _.:/=+-@.</source>
        <translation>Der Tag-Schlüssel „%1“ muss aus 1 bis 128 Buchstaben, Ziffern, Leerzeichen oder _.:/=+-@ bestehen.</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; must have at most 256 letters, digits, spaces or _.:/=+-@.</source>
        <translation>Der Wert des Tags „%1“ darf höchstens 256 Buchstaben, Ziffern, Leerzeichen oder _.:/=+-@ enthalten.</translation>
    </message>
    <message>
        <source>The maximum session duration must be between 3600 and 43200 seconds, not %1.</source>
        <translation>Die maximale Sitzungsdauer muss zwischen 3600 und 43200 Sekunden liegen, nicht %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::InsightModel</name>
    <message>
        <source>Spend spike on %1</source>
        <translation>Ausgabenspitze am %1</translation>
    </message>
    <message>
        <source>Spend drop on %1</source>
        <translation>Ausgabeneinbruch am %1</translation>
    </message>
    <message>
        <source>Spend without a team tag</source>
        <translation>Ausgaben ohne Team-Tag</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Spend without a project tag</source>
        <translation>Ausgaben ohne Projekt-Tag</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual spend for that weekday.</source>
        <extracomment>%1 who (a team or project), %2 day, %3 actual amount, %4 expected amount, %5 a number</extracomment>
        <translation>%1: %3 am %2 statt der erwarteten etwa %4, %5 robuste Standardabweichungen über den üblichen Ausgaben für diesen Wochentag.</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual spend for that weekday.</source>
        <translation>%1: %3 am %2 statt der erwarteten etwa %4, %5 robuste Standardabweichungen unter den üblichen Ausgaben für diesen Wochentag.</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual spend for that weekday. %6 drove most of it: %7 more than expected (%8 of the excess).</source>
        <extracomment>%1 who, %2 day, %3 actual, %4 expected, %5 a number, %6 model id, %7 amount, %8 percentage</extracomment>
        <translation>%1: %3 am %2 statt der erwarteten etwa %4, %5 robuste Standardabweichungen über den üblichen Ausgaben für diesen Wochentag. Den größten Anteil hatte %6: %7 mehr als erwartet (%8 des Überschusses).</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual spend for that weekday. %6 fell most: %7 less than expected (%8 of the shortfall).</source>
        <translation>%1: %3 am %2 statt der erwarteten etwa %4, %5 robuste Standardabweichungen unter den üblichen Ausgaben für diesen Wochentag. Am stärksten gesunken ist %6: %7 weniger als erwartet (%8 des Rückgangs).</translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>An insight that would save money</extracomment>
        <translation>Einsparung</translation>
    </message>
    <message>
        <source>Attribution</source>
        <extracomment>An insight about spend that cannot be charged back</extracomment>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <extracomment>Estimated savings, e.g. &quot;$120.00 a month&quot;</extracomment>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 at stake</source>
        <extracomment>Spend that would be charged to the wrong owner or to no one, e.g. &quot;$340.00 at stake&quot;</extracomment>
        <translation>%1 betroffen</translation>
    </message>
    <message>
        <source>%1 below expected</source>
        <extracomment>A day&apos;s spend below what was expected, e.g. &quot;$40.00 below expected&quot;</extracomment>
        <translation>%1 unter Erwartung</translation>
    </message>
    <message>
        <source>%1 above expected</source>
        <extracomment>A day&apos;s spend above what was expected, e.g. &quot;$40.00 above expected&quot;</extracomment>
        <translation>%1 über Erwartung</translation>
    </message>
    <message>
        <source>Untagged</source>
        <extracomment>A team or project without its attribution tag</extracomment>
        <translation>Ohne Tag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Impact</source>
        <extracomment>Dollar impact: savings a month, amount at stake, or a day&apos;s excess</extracomment>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>Spendscope::InsightsPage</name>
    <message>
        <source>All insights</source>
        <translation>Alle Erkenntnisse</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Open &amp;Project</source>
        <translation>&amp;Projekt öffnen</translation>
    </message>
    <message>
        <source>Show the project on the Projects page</source>
        <translation>Das Projekt auf der Seite „Projekte“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <source>Re-price this usage on other models</source>
        <translation>Diese Nutzung mit den Preisen anderer Modelle neu berechnen</translation>
    </message>
    <message>
        <source>Create &amp;Budget…</source>
        <translation>&amp;Budget erstellen…</translation>
    </message>
    <message>
        <source>A new budget with the forecast month total, rounded up, as its limit</source>
        <translation>Ein neues Budget mit der prognostizierten Monatssumme, aufgerundet, als Limit</translation>
    </message>
    <message>
        <source>Show C&amp;osts</source>
        <translation>&amp;Kosten anzeigen</translation>
    </message>
    <message>
        <source>The costs behind this insight, by model</source>
        <translation>Die Kosten hinter dieser Erkenntnis, nach Modell</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync to look for savings and anomalies.</source>
        <translation>Es gibt noch keine Kostendaten. Synchronisieren Sie, um nach Einsparungen und Anomalien zu suchen.</translation>
    </message>
    <message>
        <source>Analysing the last 30 days…</source>
        <translation>Die letzten 30 Tage werden analysiert…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Waste findings and anomalies of the last 30 days.</source>
        <translation>Verschwendungsbefunde und Anomalien der letzten 30 Tage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2.&lt;/b&gt; Possible savings: &lt;b&gt;%3 a month&lt;/b&gt; (alternatives on the same traffic counted once). Savings: %4 · attribution problems: %5 · anomalies: %6.</source>
        <extracomment>%1 and %2 the window&apos;s first and last day, %3 amount a month, %4 %5 %6 counts</extracomment>
        <translation>&lt;b&gt;%1 – %2.&lt;/b&gt; Mögliche Einsparungen: &lt;b&gt;%3 pro Monat&lt;/b&gt; (Alternativen für denselben Datenverkehr einmal gezählt). Einsparungen: %4 · Zuordnungsprobleme: %5 · Anomalien: %6.</translation>
    </message>
    <message>
        <source>No insight selected</source>
        <translation>Keine Erkenntnis ausgewählt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an insight to see its evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Erkenntnis aus, um ihren Nachweis zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cheaper model</source>
        <translation>Günstigeres Modell</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Forecast month total</source>
        <translation>Prognostizierte Monatssumme</translation>
    </message>
    <message>
        <source>Suggested budget</source>
        <translation>Vorgeschlagenes Budget</translation>
    </message>
</context>
<context>
    <name>Spendscope::Json11</name>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a JSON path such as ResultsByTime[2].Total, %2 what is wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>expected an object, found a %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found a %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a string, found a %1</source>
        <translation>Zeichenfolge erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>expected true or false, found a %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a number, found a %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>die Zahl liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a decimal string, found a %1</source>
        <translation>Dezimalzeichenfolge erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount in range</source>
        <translation>„%1“ ist kein Dezimalbetrag im zulässigen Bereich</translation>
    </message>
    <message>
        <source>the timestamp %1 is out of range</source>
        <translation>der Zeitstempel %1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe</translation>
    </message>
    <message>
        <source>%1 returned a page token it had returned before; stopping instead of looping.</source>
        <translation>%1 hat ein bereits zurückgegebenes Seitentoken erneut zurückgegeben; Abbruch, um eine Endlosschleife zu vermeiden.</translation>
    </message>
    <message>
        <source>%1 returned more than %2 pages; stopping.</source>
        <translation>%1 hat mehr als %2 Seiten zurückgegeben; Abbruch.</translation>
    </message>
</context>
<context>
    <name>Spendscope::LoadPrincipalsJob</name>
    <message>
        <source>The policy “%1” was left out: %2</source>
        <extracomment>%1 is a policy name, %2 the reason</extracomment>
        <translation>Die Richtlinie „%1“ wurde ausgelassen: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::MainWindow</name>
    <message>
        <source>Spendscope</source>
        <translation>Spendscope</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
    <message>
        <source>The sandbox account could not start: %1</source>
        <translation>Das Sandbox-Konto konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add an AWS Account…</source>
        <translation>AWS-Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Fetch what is new from Cost Explorer (USD 0.01 per request)</source>
        <translation>Neue Daten aus Cost Explorer abrufen (0,01 USD pro Anfrage)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Spendscope</source>
        <translation>Ü&amp;ber Spendscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Add an AWS account…</source>
        <translation>AWS-Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Starting the sandbox account…</source>
        <translation>Sandbox-Konto wird gestartet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is a profile name, %2 an AWS region</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — Spendscope</source>
        <translation>%1 — Spendscope</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Last sync %1 · requests: %2 · USD %3</source>
        <extracomment>%1 is a date and time, %2 a number of requests, %3 their price in USD</extracomment>
        <translation>Letzte Synchronisierung %1 · Anfragen: %2 · USD %3</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>About Spendscope</source>
        <translation>Über Spendscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendscope %1&lt;/h3&gt;&lt;p&gt;Who spends what on generative AI, on which model, and is it worth it: the analyst&apos;s workstation for Amazon Bedrock projects, their tags and policies, and their billed cost.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Price catalog: %3 models, as of %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 version, %2 Qt version, %3 model count, %4 catalog date</extracomment>
        <translation>&lt;h3&gt;Spendscope %1&lt;/h3&gt;&lt;p&gt;Wer gibt wie viel für generative KI aus, mit welchem Modell, und lohnt es sich: der Analysearbeitsplatz für Amazon-Bedrock-Projekte, ihre Tags und Richtlinien sowie ihre abgerechneten Kosten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Preiskatalog: %3 Modelle, Stand %4.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Spendscope::MantleProjectsClient</name>
    <message>
        <source>The response is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Asked for project “%1” but the service answered with “%2”.</source>
        <translation>Projekt „%1“ wurde angefordert, aber der Dienst hat mit „%2“ geantwortet.</translation>
    </message>
    <message>
        <source>The data retention mode must be one of %1.</source>
        <translation>Der Datenaufbewahrungsmodus muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>Nothing to update: give a name, tags or a data retention mode.</source>
        <translation>Nichts zu aktualisieren: Geben Sie einen Namen, Tags oder einen Datenaufbewahrungsmodus an.</translation>
    </message>
    <message>
        <source>The default project cannot be renamed.</source>
        <translation>Das Standardprojekt kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The default project cannot be tagged.</source>
        <translation>Das Standardprojekt kann nicht mit Tags versehen werden.</translation>
    </message>
    <message>
        <source>A tag key to remove must not be empty.</source>
        <translation>Ein zu entfernender Tag-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Tag key “%1” is longer than %2 characters.</source>
        <translation>Der Tag-Schlüssel „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Tag key “%1” is reserved by AWS and cannot be removed.</source>
        <translation>Der Tag-Schlüssel „%1“ ist von AWS reserviert und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Tag “%1” is both added and removed.</source>
        <translation>Das Tag „%1“ wird zugleich hinzugefügt und entfernt.</translation>
    </message>
    <message>
        <source>The default project cannot be archived.</source>
        <translation>Das Standardprojekt kann nicht archiviert werden.</translation>
    </message>
    <message>
        <source>Expected a list of projects but got “%1”.</source>
        <translation>Eine Liste von Projekten wurde erwartet, aber „%1“ erhalten.</translation>
    </message>
    <message>
        <source>The project list has no “data” array.</source>
        <translation>Die Projektliste hat kein „data“-Array.</translation>
    </message>
    <message>
        <source>Entry %1 on page %2 of the project list: %3</source>
        <extracomment>%1 is a 1-based position on a page, %2 the page number, %3 the reason</extracomment>
        <translation>Eintrag %1 auf Seite %2 der Projektliste: %3</translation>
    </message>
    <message>
        <source>“has_more” is not true or false.</source>
        <translation>„has_more“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>The service says more projects follow but gives no “last_id” to continue from.</source>
        <translation>Der Dienst meldet weitere Projekte, gibt aber keine „last_id“ zum Fortsetzen an.</translation>
    </message>
    <message>
        <source>The service says more projects follow but sent an empty page.</source>
        <translation>Der Dienst meldet weitere Projekte, hat aber eine leere Seite gesendet.</translation>
    </message>
    <message>
        <source>The project list does not end: the service returned the cursor “%1” again.</source>
        <translation>Die Projektliste endet nicht: Der Dienst hat den Cursor „%1“ erneut zurückgegeben.</translation>
    </message>
    <message>
        <source>The project list does not end: more than %1 pages.</source>
        <translation>Die Projektliste endet nicht: mehr als %1 Seiten.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelCatalogModel</name>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No price of this kind: the model has no such SKU</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 has no cache-read price: cache reads are billed as input tokens.</source>
        <translation>%1 hat keinen Preis für Cache-Lesevorgänge: Cache-Lesevorgänge werden als Eingabe-Token abgerechnet.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price: cache writes are billed as input tokens.</source>
        <translation>%1 hat keinen Preis für Cache-Schreibvorgänge: Cache-Schreibvorgänge werden als Eingabe-Token abgerechnet.</translation>
    </message>
    <message>
        <source>Your price: %1 per 1M tokens (%2). Catalog price: %3.</source>
        <extracomment>%1 the user&apos;s price, %2 the user&apos;s note, %3 the catalog&apos;s price</extracomment>
        <translation>Ihr Preis: %1 pro 1 Mio. Token (%2). Katalogpreis: %3.</translation>
    </message>
    <message>
        <source>Your price: %1 per 1M tokens. Catalog price: %2.</source>
        <translation>Ihr Preis: %1 pro 1 Mio. Token. Katalogpreis: %2.</translation>
    </message>
    <message>
        <source>%1 per 1M tokens, from %2 (%3, as of %4).</source>
        <translation>%1 pro 1 Mio. Token, aus %2 (%3, Stand %4).</translation>
    </message>
    <message>
        <source>%1 (%2): prices in bold italics are your overrides.</source>
        <translation>%1 (%2): Preise in fetter Kursivschrift sind Ihre eigenen Preise.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>Eingabe / 1 Mio.</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>Ausgabe / 1 Mio.</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>Cache-Lesen / 1 Mio.</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>Cache-Schreiben / 1 Mio.</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelComparisonChart</name>
    <message>
        <source>Would have cost</source>
        <translation>Hätte gekostet</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Verwendetes Modell</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <extracomment>%1 the billed amount</extracomment>
        <translation>Abgerechnet: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 model, %2 exact re-priced cost, %3 signed difference to the bill</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelComparisonModel</name>
    <message>
        <source>%1%2</source>
        <extracomment>%1 the sign (+ or −), %2 an amount of money</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Used by this selection.</source>
        <translation>Von dieser Auswahl verwendet.</translation>
    </message>
    <message>
        <source>Priced with your override.</source>
        <translation>Mit Ihrem eigenen Preis berechnet.</translation>
    </message>
    <message>
        <source>%1 exactly on this model; billed: %2.</source>
        <extracomment>%1 the exact cost, %2 what was billed</extracomment>
        <translation>%1 genau auf diesem Modell; abgerechnet: %2.</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>%1 genau</translation>
    </message>
    <message>
        <source>What the selection&apos;s tokens would have cost on this model</source>
        <translation>Was die Token der Auswahl auf diesem Modell gekostet hätten</translation>
    </message>
    <message>
        <source>Would cost minus billed: negative means cheaper</source>
        <translation>Würde kosten minus abgerechnet: negativ bedeutet günstiger</translation>
    </message>
    <message>
        <source>The difference as a share of what was billed</source>
        <translation>Die Differenz als Anteil am abgerechneten Betrag</translation>
    </message>
    <message>
        <source>What was billed on this model in the selection</source>
        <translation>Was in der Auswahl auf diesem Modell abgerechnet wurde</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Would cost</source>
        <translation>Würde kosten</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Diff. %</source>
        <translation>Diff. %</translation>
    </message>
    <message>
        <source>Billed here</source>
        <translation>Hier abgerechnet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelsPage</name>
    <message>
        <source>(untagged)</source>
        <extracomment>A team or project without the attribution tag</extracomment>
        <translation>(ohne Tag)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Re-price all of the selection&apos;s usage, or only what ran on one model</source>
        <translation>Die gesamte Nutzung der Auswahl oder nur die auf einem Modell ausgeführte mit anderen Preisen neu berechnen</translation>
    </message>
    <message>
        <source>&amp;Usage of:</source>
        <translation>&amp;Nutzung von:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Ran on:</source>
        <translation>&amp;Ausgeführt auf:</translation>
    </message>
    <message>
        <source>Per &amp;model</source>
        <translation>Pro &amp;Modell</translation>
    </message>
    <message>
        <source>Organisation token mix</source>
        <translation>Token-Mix der Organisation</translation>
    </message>
    <message>
        <source>&amp;Set Your Price…</source>
        <translation>&amp;Eigenen Preis festlegen…</translation>
    </message>
    <message>
        <source>Use &amp;Catalog Price</source>
        <translation>&amp;Katalogpreis verwenden</translation>
    </message>
    <message>
        <source>Prices per 1M tokens. &lt;b&gt;&lt;i&gt;Bold italic&lt;/i&gt;&lt;/b&gt; prices are your own (e.g. negotiated rates); hover for the catalog&apos;s figure.</source>
        <translation>Preise pro 1 Mio. Token. Preise in &lt;b&gt;&lt;i&gt;fetter Kursivschrift&lt;/i&gt;&lt;/b&gt; sind Ihre eigenen (z. B. ausgehandelte Preise); zeigen Sie mit der Maus darauf, um den Katalogwert zu sehen.</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>&amp;Neue Aufgabe</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Describe a task; double-click a cell to edit. Cache writes are left out: a cached prefix is written once for many tasks.</source>
        <translation>Beschreiben Sie eine Aufgabe; doppelklicken Sie zum Bearbeiten auf eine Zelle. Cache-Schreibvorgänge werden nicht berücksichtigt: Ein zwischengespeichertes Präfix wird einmal für viele Aufgaben geschrieben.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Task Calculator</source>
        <translation>Aufgabenrechner</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team in the scope selector, %1 its tag value</extracomment>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <extracomment>A project in the scope selector, %1 its project tag value</extracomment>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>%1 the window&apos;s name (e.g. Last 30 days), %2 its first day, %3 its last day</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>All usage, %1. Total %2.</source>
        <extracomment>%1 the window (name and dates), %2 the organisation&apos;s total cost in it</extracomment>
        <translation>Gesamte Nutzung, %1. Gesamt %2.</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Beliebiges Modell</translation>
    </message>
    <message>
        <source>No cost data yet. Sync (F5) to compare what your usage would cost on each model.</source>
        <translation>Noch keine Kostendaten. Synchronisieren Sie (F5), um zu vergleichen, was Ihre Nutzung auf jedem Modell kosten würde.</translation>
    </message>
    <message>
        <source>%1 has no Bedrock usage in %2.</source>
        <extracomment>%1 the scope (organisation, team or project), %2 the window</extracomment>
        <translation>%1 hat keine Bedrock-Nutzung in %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: billed &lt;b&gt;%3&lt;/b&gt;. On the cheapest model, %4, it would have cost %5 (%6).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: abgerechnet &lt;b&gt;%3&lt;/b&gt;. Auf dem günstigsten Modell, %4, hätte es %5 gekostet (%6).</translation>
    </message>
    <message>
        <source>Not in the catalog (billed cost kept, no price to check): %1.</source>
        <translation>Nicht im Katalog (abgerechnete Kosten übernommen, kein Preis zum Prüfen): %1.</translation>
    </message>
    <message>
        <source>Prices: catalog as of &lt;b&gt;%1&lt;/b&gt; (%2 per 1M tokens, on-demand), sources: %3.</source>
        <extracomment>%1 the catalog&apos;s date, %2 its currency, %3 a list of source links</extracomment>
        <translation>Preise: Katalog, Stand &lt;b&gt;%1&lt;/b&gt; (%2 pro 1 Mio. Token, On-Demand), Quellen: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;i&gt;Your own prices apply to models: %1.&lt;/i&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;i&gt;Ihre eigenen Preise gelten für die Modelle: %1.&lt;/i&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on every model, cheapest first:</source>
        <extracomment>%1 a task profile&apos;s name</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf jedem Modell, günstigstes zuerst:</translation>
    </message>
</context>
<context>
    <name>Spendscope::MonthEndForecaster</name>
    <message>
        <source>The month is complete</source>
        <extracomment>The month-end &quot;forecast&quot; when the month has no days left</extracomment>
        <translation>Der Monat ist abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Weekly seasonality and trend from %n day(s) of history</source>
        <extracomment>%n is the number of days of cost history</extracomment>
        <translation>
            <numerusform>Wöchentliche Saisonalität und Trend aus %n Tag Verlauf</numerusform>
            <numerusform>Wöchentliche Saisonalität und Trend aus %n Tagen Verlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run rate from only %n day(s) of history (rough)</source>
        <extracomment>%n is the number of days of cost history; the forecast is only a rough run rate</extracomment>
        <translation>
            <numerusform>Hochrechnung aus nur %n Tag Verlauf (grob)</numerusform>
            <numerusform>Hochrechnung aus nur %n Tagen Verlauf (grob)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation>Prognose zum Monatsende</translation>
    </message>
    <message>
        <source>Against last month</source>
        <translation>Im Vergleich zum Vormonat</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Nicht zugeordnete Ausgaben</translation>
    </message>
    <message>
        <source>Top teams</source>
        <translation>Top-Teams</translation>
    </message>
    <message>
        <source>Top projects</source>
        <translation>Top-Projekte</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Top-Modelle</translation>
    </message>
    <message>
        <source>Budgets at risk</source>
        <translation>Gefährdete Budgets</translation>
    </message>
    <message>
        <source>No spend this month.</source>
        <translation>Keine Ausgaben in diesem Monat.</translation>
    </message>
    <message>
        <source>No budget is at risk.</source>
        <translation>Kein Budget ist gefährdet.</translation>
    </message>
    <message>
        <source>Loading the cost data…</source>
        <translation>Kostendaten werden geladen…</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync to fill the overview.</source>
        <translation>Es gibt noch keine Kostendaten. Synchronisieren Sie, um die Übersicht zu füllen.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Untagged</source>
        <extracomment>Spend without the attribution tag, shown as an entry of a top list</extracomment>
        <translation>Ohne Tag</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overview of %1, up to %2</source>
        <extracomment>The Overview&apos;s heading: %1 month and year, %2 the last day with costs</extracomment>
        <translation>Übersicht für %1, bis %2</translation>
    </message>
    <message>
        <source>Last month up to %2: %1</source>
        <extracomment>%1 amount, %2 a day of last month</extracomment>
        <translation>Vormonat bis %2: %1</translation>
    </message>
    <message>
        <source>Daily spend of the last weeks; this month highlighted.</source>
        <translation>Tägliche Ausgaben der letzten Wochen; dieser Monat hervorgehoben.</translation>
    </message>
    <message>
        <source>%1% interval: %2 – %3</source>
        <extracomment>%1 the interval&apos;s level, e.g. &quot;80&quot;, %2 and %3 amounts</extracomment>
        <translation>%1-%-Intervall: %2 – %3</translation>
    </message>
    <message>
        <source>%1.
Spent so far: %2
%3% interval: %4 – %5 (the band)
Last month in total: %6 (the dashed line)</source>
        <extracomment>Tool tip of the forecast card: %1 how it was computed, %2 amount, %3 level, %4 %5 amounts, %6 amount</extracomment>
        <translation>%1.
Bisher ausgegeben: %2
%3-%-Intervall: %4 – %5 (das Band)
Vormonat insgesamt: %6 (die gestrichelte Linie)</translation>
    </message>
    <message>
        <source>A forecast needs daily cost data for this month.</source>
        <translation>Eine Prognose benötigt tägliche Kostendaten für diesen Monat.</translation>
    </message>
    <message>
        <source>%1 less than over the same days last month (%2). Last month in total: %3.</source>
        <extracomment>%1 amount of the difference, %2 amount spent last month over the same days, %3 last month&apos;s total</extracomment>
        <translation>%1 weniger als an denselben Tagen im Vormonat (%2). Vormonat insgesamt: %3.</translation>
    </message>
    <message>
        <source>%1 more than over the same days last month (%2). Last month in total: %3.</source>
        <translation>%1 mehr als an denselben Tagen im Vormonat (%2). Vormonat insgesamt: %3.</translation>
    </message>
    <message>
        <source>Last month in total: %1. Last month has no daily data to compare the same days.</source>
        <extracomment>%1 last month&apos;s total</extracomment>
        <translation>Vormonat insgesamt: %1. Für den Vormonat gibt es keine Tagesdaten, um dieselben Tage zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 has no project tag or ran in the default project. Spend without a team tag: %2 (%3).</source>
        <extracomment>%1 amount, %2 amount, %3 percentage</extracomment>
        <translation>%1 hat kein Projekt-Tag oder lief im Standardprojekt. Ausgaben ohne Team-Tag: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2, %3 of this month&apos;s spend</source>
        <extracomment>Tool tip of a top-list entry: %1 name, %2 amount, %3 percentage</extracomment>
        <translation>%1: %2, %3 der Ausgaben dieses Monats</translation>
    </message>
    <message>
        <source>This month, with the share of all spend.</source>
        <translation>Dieser Monat, mit dem Anteil an allen Ausgaben.</translation>
    </message>
    <message>
        <source>At risk or exceeded. Budgets with a limit: %1.</source>
        <extracomment>%1 a number of budgets</extracomment>
        <translation>Gefährdet oder überschritten. Budgets mit Limit: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <extracomment>A budget in the Overview: %1 health (&quot;At risk&quot;), %2 actual amount, %3 limit</extracomment>
        <translation>%1 · %2 von %3</translation>
    </message>
    <message>
        <source>%1. At this rate the limit is reached on %2.</source>
        <extracomment>%1 the budget&apos;s figures, %2 a date</extracomment>
        <translation>%1. Bei diesem Tempo wird das Limit am %2 erreicht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A budget in the Overview&apos;s list: %1 its name, %2 its health (&quot;Exceeded&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 actual amount, %2 limit</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::Percent</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number, already in the user&apos;s number format. Write the sign as the language does (French and German: a non-breaking space before %).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Spendscope::PoliciesPage</name>
    <message>
        <source>&amp;Use Template</source>
        <translation>Vorlage ver&amp;wenden</translation>
    </message>
    <message>
        <source>Set &amp;Resources of the Selected Statement</source>
        <translation>&amp;Ressourcen der ausgewählten Anweisung festlegen</translation>
    </message>
    <message>
        <source>tag value</source>
        <translation>Tag-Wert</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projekte:</translation>
    </message>
    <message>
        <source>Tag condition:</source>
        <translation>Tag-Bedingung:</translation>
    </message>
    <message>
        <source>Set Actions of the Selected Statement</source>
        <translation>Aktionen der ausgewählten Anweisung festlegen</translation>
    </message>
    <message>
        <source>policy name, e.g. analysts-inference</source>
        <translation>Richtlinienname, z. B. analysts-inference</translation>
    </message>
    <message>
        <source>&amp;Create in IAM</source>
        <translation>In IAM &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anfügen</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Anfügen an:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Save as New &amp;Version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <source>IAM keeps five versions; the oldest one that is not the default is deleted first.</source>
        <translation>IAM speichert fünf Versionen; die älteste, die nicht die Standardversion ist, wird zuerst gelöscht.</translation>
    </message>
    <message>
        <source>Existing policy:</source>
        <translation>Vorhandene Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Refresh from IAM</source>
        <translation>Aus IAM a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Policy Editor</source>
        <translation>Richtlinien-Editor</translation>
    </message>
    <message>
        <source>Access Matrix</source>
        <translation>Zugriffsmatrix</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>An %1 angefügt.</translation>
    </message>
    <message>
        <source>Detached from %1.</source>
        <translation>Von %1 getrennt.</translation>
    </message>
    <message>
        <source>Version %1 is the default now.</source>
        <translation>Version %1 ist jetzt die Standardversion.</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Choose the projects the full access is for.</source>
        <translation>Wählen Sie die Projekte, für die der Vollzugriff gilt.</translation>
    </message>
    <message>
        <source>Enter the tag key and value the access depends on.</source>
        <translation>Geben Sie den Tag-Schlüssel und -Wert ein, von denen der Zugriff abhängt.</translation>
    </message>
    <message>
        <source>%1 Did you mean %2?</source>
        <translation>%1 Meinten Sie %2?</translation>
    </message>
    <message>
        <source>Name the policy first.</source>
        <translation>Geben Sie der Richtlinie zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Created with Spendscope</source>
        <translation>Mit Spendscope erstellt</translation>
    </message>
    <message>
        <source>The policy “%1” was not created: %2</source>
        <translation>Die Richtlinie „%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>Create the policy first.</source>
        <translation>Erstellen Sie zuerst die Richtlinie.</translation>
    </message>
    <message>
        <source>There is no role, user or group named “%1”.</source>
        <translation>Es gibt keine Rolle, keinen Benutzer und keine Gruppe namens „%1“.</translation>
    </message>
    <message>
        <source>Check the actions and select the statement they are for.</source>
        <translation>Prüfen Sie die Aktionen und wählen Sie die Anweisung aus, für die sie gelten.</translation>
    </message>
    <message>
        <source>Select the statement the projects are for.</source>
        <translation>Wählen Sie die Anweisung aus, für die die Projekte gelten.</translation>
    </message>
    <message>
        <source>The policies could not be listed: %1</source>
        <translation>Die Richtlinien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The policy could not be read: %1</source>
        <translation>Die Richtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loaded %1, version %2.</source>
        <translation>%1 geladen, Version %2.</translation>
    </message>
    <message>
        <source>Load or create a policy first.</source>
        <translation>Laden oder erstellen Sie zuerst eine Richtlinie.</translation>
    </message>
    <message>
        <source>The new version was not saved: %1</source>
        <translation>Die neue Version wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as version %1, now the default.</source>
        <translation>Als Version %1 gespeichert, jetzt die Standardversion.</translation>
    </message>
    <message>
        <source>Saved as version %1, now the default; version %2 was deleted to make room.</source>
        <translation>Als Version %1 gespeichert, jetzt die Standardversion; Version %2 wurde gelöscht, um Platz zu schaffen.</translation>
    </message>
    <message>
        <source>IAM could not be read: %1</source>
        <translation>IAM konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyAttachmentCommand</name>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>„%1“ an %2 anfügen</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>„%1“ von %2 trennen</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyDocument</name>
    <message>
        <source>“%1” is not an element of a policy document.</source>
        <translation>„%1“ ist kein Element eines Richtliniendokuments.</translation>
    </message>
    <message>
        <source>The version must be a string.</source>
        <translation>Die Version muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>The version “%1” is unknown; IAM knows %2 and %3.</source>
        <translation>Die Version „%1“ ist unbekannt; IAM kennt %2 und %3.</translation>
    </message>
    <message>
        <source>The policy id must be a string.</source>
        <translation>Die Richtlinien-ID muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>The policy has no Statement element.</source>
        <translation>Die Richtlinie hat kein Statement-Element.</translation>
    </message>
    <message>
        <source>The policy has no statements.</source>
        <translation>Die Richtlinie hat keine Anweisungen.</translation>
    </message>
    <message>
        <source>A statement must be a JSON object.</source>
        <translation>Eine Anweisung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Statement must be an object or a list of objects.</source>
        <translation>Statement muss ein Objekt oder eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>Identity-based policies name no principal; “%1” belongs in resource-based policies.</source>
        <translation>Identitätsbasierte Richtlinien nennen keinen Prinzipal; „%1“ gehört in ressourcenbasierte Richtlinien.</translation>
    </message>
    <message>
        <source>“%1” is not an element of a statement.</source>
        <translation>„%1“ ist kein Element einer Anweisung.</translation>
    </message>
    <message>
        <source>The Sid must be a string.</source>
        <translation>Die Sid muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>The statement has no Effect.</source>
        <translation>Die Anweisung hat kein Effect-Element.</translation>
    </message>
    <message>
        <source>The effect must be a string.</source>
        <translation>Der Effekt muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”, not “%1”.</source>
        <translation>Der Effekt muss „Allow“ oder „Deny“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The statement has both Action and NotAction; use one of them.</source>
        <translation>Die Anweisung hat sowohl Action als auch NotAction; verwenden Sie eines davon.</translation>
    </message>
    <message>
        <source>The statement has no Action or NotAction.</source>
        <translation>Die Anweisung hat weder Action noch NotAction.</translation>
    </message>
    <message>
        <source>The statement has both Resource and NotResource; use one of them.</source>
        <translation>Die Anweisung hat sowohl Resource als auch NotResource; verwenden Sie eines davon.</translation>
    </message>
    <message>
        <source>The statement has no Resource or NotResource; identity-based policies need one.</source>
        <translation>Die Anweisung hat weder Resource noch NotResource; identitätsbasierte Richtlinien benötigen eines davon.</translation>
    </message>
    <message>
        <source>Condition must be an object of operators.</source>
        <translation>Condition muss ein Objekt aus Operatoren sein.</translation>
    </message>
    <message>
        <source>The condition operator “%1” is unknown.</source>
        <translation>Der Bedingungsoperator „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>A condition operator must map condition keys to values.</source>
        <translation>Ein Bedingungsoperator muss Bedingungsschlüsseln Werte zuordnen.</translation>
    </message>
    <message>
        <source>The condition operator has no condition keys.</source>
        <translation>Der Bedingungsoperator hat keine Bedingungsschlüssel.</translation>
    </message>
    <message>
        <source>A condition key is empty.</source>
        <translation>Ein Bedingungsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>The list of values is empty.</source>
        <translation>Die Werteliste ist leer.</translation>
    </message>
    <message>
        <source>A condition value must be a string, a number or true/false.</source>
        <translation>Ein Bedingungswert muss eine Zeichenfolge, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <source>A condition value must be a string, a number, true/false or a list of them.</source>
        <translation>Ein Bedingungswert muss eine Zeichenfolge, eine Zahl, true/false oder eine Liste davon sein.</translation>
    </message>
    <message>
        <source>The element must be a string or a list of strings.</source>
        <translation>Das Element muss eine Zeichenfolge oder eine Liste von Zeichenfolgen sein.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Die Liste ist leer.</translation>
    </message>
    <message>
        <source>The element must be a string.</source>
        <translation>Das Element muss eine Zeichenfolge sein.</translation>
    </message>
    <message>
        <source>“%1” is not an action; write service:action, for example bedrock-mantle:GetProject.</source>
        <translation>„%1“ ist keine Aktion; schreiben Sie service:action, zum Beispiel bedrock-mantle:GetProject.</translation>
    </message>
    <message>
        <source>“%1” is not a resource; write an ARN (arn:…) or *.</source>
        <translation>„%1“ ist keine Ressource; schreiben Sie einen ARN (arn:…) oder *.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is where in the policy document (e.g. Statement[1].Effect), %2 what is wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 (at character %2).</source>
        <translation>Die Richtlinie ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>A policy document must be a JSON object.</source>
        <translation>Ein Richtliniendokument muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The Sid “%1” may contain only ASCII letters and digits.</source>
        <translation>Die Sid „%1“ darf nur ASCII-Buchstaben und Ziffern enthalten.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyEditor</name>
    <message>
        <source>The policy was not attached: %1</source>
        <translation>Die Richtlinie wurde nicht angefügt: %1</translation>
    </message>
    <message>
        <source>The policy was not detached: %1</source>
        <translation>Die Richtlinie wurde nicht getrennt: %1</translation>
    </message>
    <message>
        <source>The change could not be verified: %1</source>
        <translation>Die Änderung konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>Read back, the policy&apos;s attachment to %1 is not as requested.</source>
        <translation>Beim Zurücklesen entspricht die Anfügung der Richtlinie an %1 nicht der Anforderung.</translation>
    </message>
    <message>
        <source>Version %1 was not made the default: %2</source>
        <translation>Version %1 wurde nicht zur Standardversion gemacht: %2</translation>
    </message>
    <message>
        <source>Read back, version %1 is not the default.</source>
        <translation>Beim Zurücklesen ist Version %1 nicht die Standardversion.</translation>
    </message>
    <message>
        <source>“%1” could not be activated: %2</source>
        <translation>„%1“ konnte nicht aktiviert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be deactivated: %2</source>
        <translation>„%1“ konnte nicht deaktiviert werden: %2</translation>
    </message>
    <message>
        <source>Read back, the status of “%1” is not as requested.</source>
        <translation>Beim Zurücklesen entspricht der Status von „%1“ nicht der Anforderung.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyEvaluator</name>
    <message>
        <source>#%1</source>
        <extracomment>a policy statement without a Sid, by its position (1-based)</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Allowed by statement %1 of policy “%2”.</source>
        <translation>Erlaubt durch Anweisung %1 der Richtlinie „%2“.</translation>
    </message>
    <message>
        <source>Denied by statement %1 of policy “%2”; an explicit deny overrides every allow.</source>
        <translation>Verweigert durch Anweisung %1 der Richtlinie „%2“; eine explizite Verweigerung hat Vorrang vor jeder Erlaubnis.</translation>
    </message>
    <message>
        <source>No attached policy allows this request, so IAM denies it by default.</source>
        <translation>Keine angefügte Richtlinie erlaubt diese Anfrage, daher verweigert IAM sie standardmäßig.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyLint</name>
    <message>
        <source>#%1</source>
        <extracomment>a policy statement without a Sid, by its position (1-based)</extracomment>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The policy has %1 characters without white space; a managed policy may have at most %2.</source>
        <translation>Die Richtlinie hat %1 Zeichen ohne Leerraum; eine verwaltete Richtlinie darf höchstens %2 haben.</translation>
    </message>
    <message>
        <source>Statements #%1 and #%2 share the Sid “%3”; Sids must be unique within a policy.</source>
        <translation>Die Anweisungen #%1 und #%2 haben dieselbe Sid „%3“; Sids müssen innerhalb einer Richtlinie eindeutig sein.</translation>
    </message>
    <message>
        <source>Statement %1 has no actions.</source>
        <translation>Anweisung %1 hat keine Aktionen.</translation>
    </message>
    <message>
        <source>Statement %1 has no resources.</source>
        <translation>Anweisung %1 hat keine Ressourcen.</translation>
    </message>
    <message>
        <source>Statement %1 allows every bedrock-mantle action on every resource; limit it to the actions and projects that need it.</source>
        <translation>Anweisung %1 erlaubt jede bedrock-mantle-Aktion auf jeder Ressource; beschränken Sie sie auf die Aktionen und Projekte, die sie benötigen.</translation>
    </message>
    <message>
        <source>Statement %1 allows everything except the listed actions, including every action of other AWS services and actions added later; list the allowed actions instead.</source>
        <translation>Anweisung %1 erlaubt alles außer den aufgeführten Aktionen, einschließlich aller Aktionen anderer AWS-Services und später hinzugefügter Aktionen; führen Sie stattdessen die erlaubten Aktionen auf.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” matches no bedrock-mantle action.</source>
        <translation>Anweisung %1: „%2“ passt zu keiner bedrock-mantle-Aktion.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” is not a bedrock-mantle action.</source>
        <translation>Anweisung %1: „%2“ ist keine bedrock-mantle-Aktion.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” is not a bedrock-mantle action; did you mean “%3”?</source>
        <translation>Anweisung %1: „%2“ ist keine bedrock-mantle-Aktion; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>Statement %1 grants “%2” on project ARNs, but that call names no project, so IAM answers 403; grant it on &quot;*&quot; in a statement of its own.</source>
        <translation>Anweisung %1 gewährt „%2“ auf Projekt-ARNs, aber dieser Aufruf nennt kein Projekt, daher antwortet IAM mit 403; gewähren Sie die Aktion auf &quot;*&quot; in einer eigenen Anweisung.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyStatementModel</name>
    <message>
        <source>There is no statement %1.</source>
        <translation>Es gibt keine Anweisung %1.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Sid</source>
        <extracomment>statement id in an IAM policy</extracomment>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”.</source>
        <translation>Der Effekt muss „Allow“ oder „Deny“ sein.</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”, not “%1”.</source>
        <translation>Der Effekt muss „Allow“ oder „Deny“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Statement %1 already has the Sid “%2”; Sids must be unique within a policy.</source>
        <translation>Anweisung %1 hat bereits die Sid „%2“; Sids müssen innerhalb einer Richtlinie eindeutig sein.</translation>
    </message>
    <message>
        <source>All except %1</source>
        <extracomment>NotAction/NotResource: the statement applies to everything but these</extracomment>
        <translation>Alles außer %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyTemplates</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Inference only</source>
        <translation>Nur Inferenz</translation>
    </message>
    <message>
        <source>Full access to chosen projects</source>
        <translation>Vollzugriff auf ausgewählte Projekte</translation>
    </message>
    <message>
        <source>Deny project creation</source>
        <translation>Projekterstellung verweigern</translation>
    </message>
    <message>
        <source>Access by project tag</source>
        <translation>Zugriff per Projekt-Tag</translation>
    </message>
    <message>
        <source>Read projects and their tags, and list projects and models. No inference, no changes.</source>
        <translation>Projekte und ihre Tags lesen sowie Projekte und Modelle auflisten. Keine Inferenz, keine Änderungen.</translation>
    </message>
    <message>
        <source>Run and manage inference in the projects, and list projects and models. No project changes.</source>
        <translation>Inferenz in den Projekten ausführen und verwalten sowie Projekte und Modelle auflisten. Keine Projektänderungen.</translation>
    </message>
    <message>
        <source>Every bedrock-mantle action on the chosen projects, including archiving them.</source>
        <translation>Jede bedrock-mantle-Aktion auf den ausgewählten Projekten, einschließlich ihrer Archivierung.</translation>
    </message>
    <message>
        <source>Forbid creating projects, whatever other policies allow.</source>
        <translation>Das Erstellen von Projekten verbieten, unabhängig davon, was andere Richtlinien erlauben.</translation>
    </message>
    <message>
        <source>Inference and reading on every project that carries the chosen tag value.</source>
        <translation>Inferenz und Lesen auf jedem Projekt, das den ausgewählten Tag-Wert trägt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyVersionCommand</name>
    <message>
        <source>Save “%1” as version %2</source>
        <translation>„%1“ als Version %2 speichern</translation>
    </message>
</context>
<context>
    <name>Spendscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the language the system asks for, in that language, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time Spendscope starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Spendscope wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceCatalog</name>
    <message>
        <source>The price catalog is not valid JSON: %1 at offset %2.</source>
        <translation>Der Preiskatalog ist kein gültiges JSON: %1 bei Offset %2.</translation>
    </message>
    <message>
        <source>The price catalog must be a JSON object.</source>
        <translation>Der Preiskatalog muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The price catalog has no valid &quot;as_of&quot; date (YYYY-MM-DD).</source>
        <translation>Der Preiskatalog hat kein gültiges „as_of“-Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The price catalog has no valid &quot;currency&quot; (an ISO 4217 code such as USD).</source>
        <translation>Der Preiskatalog hat keine gültige „currency“ (einen ISO-4217-Code wie USD).</translation>
    </message>
    <message>
        <source>The price catalog has no &quot;models&quot; list.</source>
        <translation>Der Preiskatalog hat keine „models“-Liste.</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>Modell #%1</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>Modell „%1“</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;id&quot;.</source>
        <translation>Im Preiskatalog hat %1 keine „id“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;provider&quot;.</source>
        <translation>Im Preiskatalog hat %1 keinen „provider“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;region&quot;.</source>
        <translation>Im Preiskatalog hat %1 keine „region“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has an unknown &quot;endpoint&quot; (mantle or runtime).</source>
        <translation>Im Preiskatalog hat %1 einen unbekannten „endpoint“ (mantle oder runtime).</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no https &quot;source_url&quot;.</source>
        <translation>Im Preiskatalog hat %1 keine https-„source_url“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;confidence&quot;.</source>
        <translation>Im Preiskatalog hat %1 keine „confidence“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no valid &quot;tier&quot; (premium, standard or economy).</source>
        <translation>Im Preiskatalog hat %1 keinen gültigen „tier“ (premium, standard oder economy).</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no valid &quot;as_of&quot; date.</source>
        <translation>Im Preiskatalog hat %1 kein gültiges „as_of“-Datum.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;%2&quot;.</source>
        <translation>Im Preiskatalog hat %1 kein „%2“.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has an invalid &quot;%2&quot;: write a non-negative decimal string such as &quot;0.15&quot;.</source>
        <translation>Im Preiskatalog hat %1 einen ungültigen Wert für „%2“: Schreiben Sie eine nicht negative Dezimalzahl als Zeichenfolge, z. B. &quot;0.15&quot;.</translation>
    </message>
    <message>
        <source>The price catalog lists %1 twice for region %2.</source>
        <translation>Der Preiskatalog führt %1 für die Region %2 doppelt auf.</translation>
    </message>
    <message>
        <source>Cannot read the price catalog %1: %2</source>
        <translation>Der Preiskatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The price catalog %1 is too large.</source>
        <translation>Der Preiskatalog %1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceOverrideDialog</name>
    <message>
        <source>Your Prices for %1 (%2)</source>
        <extracomment>%1 a model name, %2 a region</extracomment>
        <translation>Ihre Preise für %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the prices you pay per 1M tokens, e.g. a negotiated rate. An empty field keeps the catalog&apos;s price. Your prices are kept for this account and used on every page; they are shown in bold italics.</source>
        <translation>Geben Sie die Preise ein, die Sie pro 1 Mio. Token zahlen, z. B. einen ausgehandelten Preis. Ein leeres Feld behält den Katalogpreis bei. Ihre Preise werden für dieses Konto gespeichert und auf jeder Seite verwendet; sie werden fett und kursiv angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog / 1M&lt;/b&gt;</source>
        <translation>&lt;b&gt;Katalog / 1 Mio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours / 1M&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre / 1 Mio.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. EDP rate, contract of March 2026</source>
        <translation>z. B. EDP-Preis, Vertrag vom März 2026</translation>
    </message>
    <message>
        <source>Catalog source: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (%2, as of %3)</source>
        <translation>Katalogquelle: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (%2, Stand %3)</translation>
    </message>
    <message>
        <source>none (billed as input)</source>
        <translation>keiner (als Eingabe abgerechnet)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>“%1” is not a price (%2). Write a decimal number such as 0.15.</source>
        <extracomment>%1 the text typed, %2 the token type</extracomment>
        <translation>„%1“ ist kein Preis (%2). Schreiben Sie eine Dezimalzahl wie 0,15.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceOverrides</name>
    <message>
        <source>The price catalog has no model “%1” in region %2.</source>
        <translation>Der Preiskatalog hat kein Modell „%1“ in der Region %2.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>Die Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>%1 has no cache-read price to override: its cache reads are billed as input.</source>
        <translation>%1 hat keinen Cache-Lese-Preis, der angepasst werden kann: Cache-Lesevorgänge werden als Eingabe abgerechnet.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price to override: its cache writes are billed as input.</source>
        <translation>%1 hat keinen Cache-Schreib-Preis, der angepasst werden kann: Cache-Schreibvorgänge werden als Eingabe abgerechnet.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A price above %1 per million tokens is not plausible; check the decimal point.</source>
        <translation>Ein Preis über %1 pro Million Token ist nicht plausibel; prüfen Sie das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stored price overrides have an unknown version.</source>
        <translation>Die gespeicherten Preisanpassungen haben eine unbekannte Version.</translation>
    </message>
    <message>
        <source>The stored price overrides have no &quot;overrides&quot; list.</source>
        <translation>Die gespeicherten Preisanpassungen haben keine „overrides“-Liste.</translation>
    </message>
    <message>
        <source>Stored price override #%1 has no model or region.</source>
        <translation>Die gespeicherte Preisanpassung #%1 hat kein Modell oder keine Region.</translation>
    </message>
    <message>
        <source>Stored price override #%1 has an invalid “%2”.</source>
        <translation>Die gespeicherte Preisanpassung #%1 hat einen ungültigen Wert für „%2“.</translation>
    </message>
    <message>
        <source>Stored price overrides list %1 (%2) twice.</source>
        <translation>Die gespeicherten Preisanpassungen führen %1 (%2) doppelt auf.</translation>
    </message>
    <message>
        <source>The stored price overrides are not valid JSON and were ignored.</source>
        <translation>Die gespeicherten Preisanpassungen sind kein gültiges JSON und wurden ignoriert.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Profile</name>
    <message>
        <source>The profile id must be 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Die Profil-ID muss aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region name such as us-east-1.</source>
        <translation>„%1“ ist kein AWS-Regionsname wie us-east-1.</translation>
    </message>
    <message>
        <source>The endpoint must be an http or https URL.</source>
        <translation>Der Endpunkt muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>The access key id should be 16 or more capital letters and digits, such as AKIA….</source>
        <translation>Die Zugriffsschlüssel-ID sollte aus 16 oder mehr Großbuchstaben und Ziffern bestehen, z. B. AKIA….</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProfileStore</name>
    <message>
        <source>Sandbox account</source>
        <translation>Sandbox-Konto</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>The stored profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile id, %2 the reason</extracomment>
        <translation>Das gespeicherte Profil „%1“ wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>The sandbox profile is built in and cannot be changed.</source>
        <translation>Das Sandbox-Profil ist integriert und kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Project</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field “%1” is not a string.</source>
        <translation>Das Feld „%1“ ist keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>The field “%1” is not a number of seconds.</source>
        <translation>Das Feld „%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>The field “%1” holds %2, which is not a valid time.</source>
        <translation>Das Feld „%1“ enthält %2, was keine gültige Zeit ist.</translation>
    </message>
    <message>
        <source>The field “tags” is not an object.</source>
        <translation>Das Feld „tags“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The value of tag “%1” is not a string.</source>
        <translation>Der Wert des Tags „%1“ ist keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>The field “data_retention” is not an object.</source>
        <translation>Das Feld „data_retention“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field “data_retention.mode” is missing or not a string.</source>
        <translation>Das Feld „data_retention.mode“ fehlt oder ist keine Zeichenfolge.</translation>
    </message>
    <message>
        <source>The data retention mode “%1” is unknown.</source>
        <translation>Der Datenaufbewahrungsmodus „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>A project id must not be empty.</source>
        <translation>Eine Projekt-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” is not a project id; ids are “default” or “proj_” followed by lower-case letters and digits.</source>
        <translation>„%1“ ist keine Projekt-ID; IDs sind „default“ oder „proj_“ gefolgt von Kleinbuchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A project is not a JSON object.</source>
        <translation>Ein Projekt ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Expected a project but got an object of type “%1”.</source>
        <translation>Projekt erwartet, aber ein Objekt vom Typ „%1“ erhalten.</translation>
    </message>
    <message>
        <source>The project id is empty.</source>
        <translation>Die Projekt-ID ist leer.</translation>
    </message>
    <message>
        <source>The project status “%1” is unknown.</source>
        <translation>Der Projektstatus „%1“ ist unbekannt.</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <extracomment>%1 is a project id, %2 the reason</extracomment>
        <translation>Projekt „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectEditor</name>
    <message>
        <source>The project “%1” was not created: %2</source>
        <translation>Das Projekt „%1“ wurde nicht erstellt: %2</translation>
    </message>
    <message>
        <source>the name or tags differ from the request</source>
        <translation>Name oder Tags weichen von der Anforderung ab</translation>
    </message>
    <message>
        <source>The project was not renamed: %1</source>
        <translation>Das Projekt wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>the name differs</source>
        <translation>der Name weicht ab</translation>
    </message>
    <message>
        <source>The tags were not changed: %1</source>
        <translation>Die Tags wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>the tags differ from the request</source>
        <translation>die Tags weichen von der Anforderung ab</translation>
    </message>
    <message>
        <source>The project was not archived: %1</source>
        <translation>Das Projekt wurde nicht archiviert: %1</translation>
    </message>
    <message>
        <source>it is still active</source>
        <translation>es ist noch aktiv</translation>
    </message>
    <message>
        <source>The change could not be verified: %1</source>
        <translation>Die Änderung konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>Read back, the project “%1” does not match the change: %2</source>
        <extracomment>%1 is a project name, %2 what differs</extracomment>
        <translation>Beim Zurücklesen entspricht das Projekt „%1“ nicht der Änderung: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectNameRules</name>
    <message>
        <source>A project name must not be empty.</source>
        <translation>Ein Projektname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The project name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Projektname ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The project name “%1” may only contain letters A–Z, digits, and single spaces, underscores or hyphens after a letter or digit.</source>
        <translation>Der Projektname „%1“ darf nur die Buchstaben A–Z, Ziffern sowie einzelne Leerzeichen, Unterstriche oder Bindestriche nach einem Buchstaben oder einer Ziffer enthalten.</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectTableModel</name>
    <message>
        <source>This project has no “%1” tag, so its spend is part of the untagged total.</source>
        <translation>Dieses Projekt hat kein Tag „%1“, daher zählen seine Ausgaben zur Summe ohne Tag.</translation>
    </message>
    <message>
        <source>Requests without a project go to the default project; it cannot be tagged or archived.</source>
        <translation>Anfragen ohne Projekt gehen an das Standardprojekt; es kann weder mit Tags versehen noch archiviert werden.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project tag</source>
        <translation>Projekt-Tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Month to date</source>
        <extracomment>Spend from the first of this month until today</extracomment>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>30-day trend</source>
        <extracomment>A small chart of the daily spend of the last 30 days</extracomment>
        <translation>30-Tage-Trend</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectsPage</name>
    <message>
        <source>Search names, ids and tags</source>
        <translation>Namen, IDs und Tags durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Missing required tags</source>
        <translation>&amp;Fehlende Pflicht-Tags</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Arc&amp;hivieren…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Tags bearbeiten…</translation>
    </message>
    <message>
        <source>Tag &amp;Policy…</source>
        <translation>Tag-&amp;Richtlinie…</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Die Projekte konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No project has the tag %1 = %2.</source>
        <extracomment>%1 tag key, %2 tag value</extracomment>
        <translation>Kein Projekt hat das Tag %1 = %2.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>No team tag</source>
        <translation>Kein Team-Tag</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a project to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Projekt aus, um seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br/&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Status: %4&lt;br/&gt;Created: %5&lt;br/&gt;Spend this month: %6&lt;/p&gt;&lt;h4&gt;Tags&lt;/h4&gt;&lt;table cellspacing=&apos;6&apos;&gt;%7&lt;/table&gt;</source>
        <extracomment>the detail panel of a project; %1 name, %2 id, %3 ARN, %4 status, %5 created, %6 month-to-date cost, %7 tag rows</extracomment>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br/&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Status: %4&lt;br/&gt;Erstellt: %5&lt;br/&gt;Ausgaben in diesem Monat: %6&lt;/p&gt;&lt;h4&gt;Tags&lt;/h4&gt;&lt;table cellspacing=&apos;6&apos;&gt;%7&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;No tags&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Keine Tags&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Projektname:</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Projekt umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Archive Project</source>
        <translation>Projekt archivieren</translation>
    </message>
    <message>
        <source>Archive “%1”? Archiving cannot be undone: the project stops accepting requests and cannot be reactivated. Its cost history stays.</source>
        <translation>„%1“ archivieren? Die Archivierung kann nicht rückgängig gemacht werden: Das Projekt nimmt keine Anfragen mehr an und kann nicht reaktiviert werden. Sein Kostenverlauf bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Spendscope::QtKeychainSecretStore</name>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <extracomment>the end of &quot;The system keychain is not available: ...&quot;</extracomment>
        <translation>
            <numerusform>es hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>es hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::QueryProtocol</name>
    <message>
        <source>The field %1 should hold a value but holds elements.</source>
        <translation>Das Feld %1 sollte einen Wert enthalten, enthält aber Elemente.</translation>
    </message>
    <message>
        <source>The response is empty where an XML document was expected.</source>
        <translation>Die Antwort ist leer, obwohl ein XML-Dokument erwartet wurde.</translation>
    </message>
    <message>
        <source>The response contains a document type declaration, which AWS never sends.</source>
        <translation>Die Antwort enthält eine Dokumenttypdeklaration, die AWS nie sendet.</translation>
    </message>
    <message>
        <source>The response is nested deeper than %1 levels.</source>
        <translation>Die Antwort ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The response has more than %1 elements.</source>
        <translation>Die Antwort hat mehr als %1 Elemente.</translation>
    </message>
    <message>
        <source>The response ended before its XML document was complete.</source>
        <translation>Die Antwort endete, bevor ihr XML-Dokument vollständig war.</translation>
    </message>
    <message>
        <source>The response is not valid XML (line %1, column %2: %3).</source>
        <translation>Die Antwort ist kein gültiges XML (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>The response contains no XML element.</source>
        <translation>Die Antwort enthält kein XML-Element.</translation>
    </message>
    <message>
        <source>The answer to %1 could not be read: %2</source>
        <translation>Die Antwort auf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The answer to %1 starts with &lt;%2&gt; instead of &lt;%3&gt;.</source>
        <translation>Die Antwort auf %1 beginnt mit &lt;%2&gt; statt mit &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>The field %1 should be a whole number but is &quot;%2&quot;.</source>
        <translation>Das Feld %1 sollte eine ganze Zahl sein, ist aber „%2“.</translation>
    </message>
    <message>
        <source>The field %1 should be true or false but is &quot;%2&quot;.</source>
        <translation>Das Feld %1 sollte true oder false sein, ist aber „%2“.</translation>
    </message>
    <message>
        <source>The field %1 should be a date and time but is &quot;%2&quot;.</source>
        <translation>Das Feld %1 sollte ein Datum mit Uhrzeit sein, ist aber „%2“.</translation>
    </message>
    <message>
        <source>The answer lacks the field %1.</source>
        <translation>In der Antwort fehlt das Feld %1.</translation>
    </message>
    <message>
        <source>The answer says more pages follow but gives no marker for the next one.</source>
        <translation>Die Antwort besagt, dass weitere Seiten folgen, nennt aber keine Markierung für die nächste.</translation>
    </message>
</context>
<context>
    <name>Spendscope::RenameProjectCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The period: a month (2026-10) or a day range, both days included (2026-10-01..2026-10-15).</source>
        <translation>Der Zeitraum: ein Monat (2026-10) oder ein Tagesbereich, beide Tage eingeschlossen (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <source>Group the spend by team, project or model.</source>
        <translation>Die Ausgaben nach Team, Projekt oder Modell gruppieren.</translation>
    </message>
    <message>
        <source>The output format: pdf or csv.</source>
        <translation>Das Ausgabeformat: pdf oder csv.</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Den Bericht in FILE schreiben.</translation>
    </message>
    <message>
        <source>Bring the cache up to date first, as “spendscope sync” does.</source>
        <translation>Den Cache zuerst aktualisieren, wie es „spendscope sync“ tut.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--period: %1</source>
        <translation>--period: %1</translation>
    </message>
    <message>
        <source>--group-by must be team, project or model, not “%1”.</source>
        <translation>--group-by muss team, project oder model sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not “%1”.</source>
        <translation>--format muss pdf oder csv sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Usage: spendscope report --period PERIOD --group-by GROUP --format FORMAT --output FILE [options]

Writes the chargeback report of a period from the local cost cache (run “spendscope sync”
first): a PDF with a summary, spend by group, a section per team, a model comparison and
unattributed spend, or a CSV with one row per group (exact amounts) and the total. No
request is sent to AWS unless --sync is given.

</source>
        <translation>Verwendung: spendscope report --period PERIOD --group-by GROUP --format FORMAT --output FILE [Optionen]

Schreibt den Verrechnungsbericht eines Zeitraums aus dem lokalen Kosten-Cache (zuerst „spendscope
sync“ ausführen): ein PDF mit Zusammenfassung, Ausgaben nach Gruppe, einem Abschnitt pro Team,
einem Modellvergleich und nicht zugeordneten Ausgaben, oder eine CSV-Datei mit einer Zeile pro
Gruppe (exakte Beträge) und der Summe. Ohne --sync wird keine Anfrage an AWS gesendet.

</translation>
    </message>
    <message>
        <source>there is no cost cache at %1; run “spendscope sync” first.</source>
        <translation>unter %1 gibt es keinen Kosten-Cache; führen Sie zuerst „spendscope sync“ aus.</translation>
    </message>
    <message>
        <source>the cost cache at %1 holds no cost data; run “spendscope sync” first.</source>
        <translation>der Kosten-Cache unter %1 enthält keine Kostendaten; führen Sie zuerst „spendscope sync“ aus.</translation>
    </message>
    <message>
        <source>PDF output needs a QGuiApplication.</source>
        <translation>Die PDF-Ausgabe benötigt eine QGuiApplication.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chargeback report</source>
        <translation>Verrechnungsbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2 (both included)</source>
        <translation>%1 bis %2 (beide eingeschlossen)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Data through</source>
        <translation>Daten bis</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Gruppiert nach</translation>
    </message>
    <message>
        <source>Period total</source>
        <translation>Summe des Zeitraums</translation>
    </message>
    <message>
        <source>The period runs past the last day with data: figures are to date.</source>
        <translation>Der Zeitraum reicht über den letzten Tag mit Daten hinaus: Die Zahlen geben den bisherigen Stand wieder.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Größte Gruppe</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Nicht zugeordnete Ausgaben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Estimated savings a month</source>
        <translation>Geschätzte Einsparungen pro Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Billed to the team tag</source>
        <translation>Dem Team-Tag zugerechnet</translation>
    </message>
    <message>
        <source>%1 (%2 of the total)</source>
        <translation>%1 (%2 der Summe)</translation>
    </message>
    <message>
        <source>Projects the team owns now</source>
        <translation>Projekte, die das Team aktuell besitzt</translation>
    </message>
    <message>
        <source>Projects owned now</source>
        <translation>Aktuell besessene Projekte</translation>
    </message>
    <message>
        <source>Models of these projects</source>
        <translation>Modelle dieser Projekte</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>The period&apos;s token mix (%1 as billed) priced on the cheapest catalog models.</source>
        <translation>Der Token-Mix des Zeitraums (%1 wie abgerechnet), bepreist mit den günstigsten Katalogmodellen.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Without a project tag</source>
        <translation>Ohne Projekt-Tag</translation>
    </message>
    <message>
        <source>In the default project</source>
        <translation>Im Standardprojekt</translation>
    </message>
    <message>
        <source>Unattributed to a project</source>
        <translation>Keinem Projekt zugeordnet</translation>
    </message>
    <message>
        <source>Without a team tag</source>
        <translation>Ohne Team-Tag</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Amounts are Cost Explorer&apos;s unblended cost of the Bedrock services, summed exactly from the local cache. Team totals group by the team tag (%1) as billed; project and model figures group by the project tag (%2), and team sections list the projects each team owns today.</source>
        <translation>Die Beträge sind die Unblended-Kosten der Bedrock-Services laut Cost Explorer, exakt aus dem lokalen Cache summiert. Team-Summen sind nach dem Team-Tag (%1) wie abgerechnet gruppiert; Projekt- und Modellzahlen nach dem Projekt-Tag (%2), und die Team-Abschnitte führen die Projekte auf, die jedes Team heute besitzt.</translation>
    </message>
    <message>
        <source>Price catalog</source>
        <translation>Preiskatalog</translation>
    </message>
    <message>
        <source>Model comparison and findings use the price catalog as of %1.</source>
        <translation>Modellvergleich und Befunde verwenden den Preiskatalog mit Stand %1.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Cost Explorer notes</source>
        <translation>Hinweise zu Cost Explorer</translation>
    </message>
    <message>
        <source>Cost Explorer data can change for up to 24 hours after the day and until the month&apos;s invoice is final. Older months are stored as monthly totals, so periods reaching them cover whole months. Untagged spend is shown as (untagged).</source>
        <translation>Cost-Explorer-Daten können sich bis zu 24 Stunden nach dem Tag und bis zur endgültigen Monatsrechnung ändern. Ältere Monate werden als Monatssummen gespeichert, daher umfassen Zeiträume, die sie erreichen, ganze Monate. Ausgaben ohne Tag werden als (ohne Tag) angezeigt.</translation>
    </message>
    <message>
        <source>Chargeback report %1</source>
        <translation>Verrechnungsbericht %1</translation>
    </message>
    <message>
        <source>Spendscope chargeback report · %1</source>
        <translation>Spendscope-Verrechnungsbericht · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>das PDF konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Team sections are included for these teams only: %1. The period total and the other sections cover all teams.</source>
        <translation>Team-Abschnitte sind nur für diese Teams enthalten: %1. Die Summe des Zeitraums und die übrigen Abschnitte umfassen alle Teams.</translation>
    </message>
    <message>
        <source>Spend by team</source>
        <translation>Ausgaben nach Team</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Ausgaben nach Projekt</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Ausgaben nach Modell</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportsPage</name>
    <message>
        <source>The months with spend, newest first, or a range of days</source>
        <translation>Die Monate mit Ausgaben, neueste zuerst, oder ein Tagesbereich</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>B&amp;is (einschließlich):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>How the spend by group section and the CSV group the period&apos;s spend</source>
        <translation>Wie der Abschnitt „Ausgaben nach Gruppe“ und die CSV-Datei die Ausgaben des Zeitraums gruppieren</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>The teams billed in the period that get a section of their own</source>
        <translation>Die im Zeitraum abgerechneten Teams, die einen eigenen Abschnitt erhalten</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Team sections</source>
        <translation>Team-Abschnitte</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Spend by group</source>
        <translation>Ausgaben nach Gruppe</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Modellvergleich</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Nicht zugeordnete Ausgaben</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The cover page is always included.</source>
        <translation>Das Deckblatt ist immer enthalten.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the report as shown as a PDF</source>
        <translation>Den Bericht wie angezeigt als PDF speichern</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the period&apos;s spend by group with exact amounts</source>
        <translation>Die Ausgaben des Zeitraums nach Gruppe mit exakten Beträgen speichern</translation>
    </message>
    <message>
        <source>Preview size</source>
        <translation>Vorschaugröße</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Noch kein Bericht</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync the account to build a chargeback report.</source>
        <translation>Es gibt noch keine Kostendaten. Synchronisieren Sie das Konto, um einen Verrechnungsbericht zu erstellen.</translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation>Kein Bericht für diesen Zeitraum</translation>
    </message>
    <message>
        <source>The report cannot be made: %1.</source>
        <translation>Der Bericht kann nicht erstellt werden: %1.</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Der Bericht konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1 · Period total %2 · Pages: %3</source>
        <translation>%1 · Summe des Zeitraums %2 · Seiten: %3</translation>
    </message>
    <message>
        <source>The period runs past the last day with data (%1): figures are to date.</source>
        <translation>Der Zeitraum reicht über den letzten Tag mit Daten (%1) hinaus: Die Zahlen geben den bisherigen Stand wieder.</translation>
    </message>
    <message>
        <source>There is no spend to report yet.</source>
        <translation>Es liegen noch keine Ausgaben für einen Bericht vor.</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Benutzerdefinierter Zeitraum…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of the period total</source>
        <translation>%1 der Summe des Zeitraums</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the report is still being prepared; export again when the previews are up to date</source>
        <translation>der Bericht wird noch vorbereitet; exportieren Sie erneut, wenn die Vorschauen aktuell sind</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>es gibt keinen Bericht zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (pages: %2).</source>
        <translation>%1 gespeichert (Seiten: %2).</translation>
    </message>
    <message>
        <source>Saved %1 (groups: %2).</source>
        <translation>%1 gespeichert (Gruppen: %2).</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The report could not be saved: %1.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Repricer</name>
    <message>
        <source>%1 has no cache-read price: cache reads are priced as input tokens.</source>
        <translation>%1 hat keinen Cache-Lese-Preis: Cache-Lesevorgänge werden als Eingabe-Token bepreist.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price: cache writes are priced as input tokens.</source>
        <translation>%1 hat keinen Cache-Schreib-Preis: Cache-Schreibvorgänge werden als Eingabe-Token bepreist.</translation>
    </message>
    <message>
        <source>%1 of usage that is not billed per token is carried at its actual cost.</source>
        <translation>%1 an Nutzung, die nicht pro Token abgerechnet wird, wird mit den tatsächlichen Kosten übernommen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::ResolveCredentialsJob</name>
    <message>
        <source>The credentials in %1 are incomplete: both an access key ID and a secret access key are needed.</source>
        <extracomment>%1 is where they were found, e.g. &quot;environment variables&quot; or &quot;profile “dev” in ~/.aws/credentials&quot;</extracomment>
        <translation>Die Anmeldedaten in %1 sind unvollständig: Sowohl eine Zugriffsschlüssel-ID als auch ein geheimer Zugriffsschlüssel werden benötigt.</translation>
    </message>
    <message>
        <source>profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The profile “%1” was not found in %2 or %3.</source>
        <translation>Das Profil „%1“ wurde weder in %2 noch in %3 gefunden.</translation>
    </message>
    <message>
        <source>profile “%1” in %2</source>
        <extracomment>%1 is a profile name, %2 a file such as ~/.aws/credentials</extracomment>
        <translation>Profil „%1“ in %2</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>The credential_process of profile “%1” is not a valid command line; check its quotes.</source>
        <translation>Der credential_process des Profils „%1“ ist keine gültige Befehlszeile; prüfen Sie die Anführungszeichen.</translation>
    </message>
    <message>
        <source>The credential_process program “%1” of profile “%2” was not found in PATH.</source>
        <translation>Das credential_process-Programm „%1“ des Profils „%2“ wurde nicht im PATH gefunden.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” printed more than %3 KiB.</source>
        <translation>Der credential_process „%1“ des Profils „%2“ hat mehr als %3 KiB ausgegeben.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” could not be started: %3</source>
        <extracomment>%3 is the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Der credential_process „%1“ des Profils „%2“ konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” crashed.</source>
        <translation>Der credential_process „%1“ des Profils „%2“ ist abgestürzt.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” failed with exit code %3.</source>
        <translation>Der credential_process „%1“ des Profils „%2“ ist mit Exitcode %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” failed with exit code %3: %4</source>
        <extracomment>%4 is the last line the program printed on its error output</extracomment>
        <translation>Der credential_process „%1“ des Profils „%2“ ist mit Exitcode %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <extracomment>%1 is a profile name, %2 a sentence saying what is wrong with the program&apos;s output</extracomment>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>credential_process of profile “%1”</source>
        <translation>credential_process des Profils „%1“</translation>
    </message>
    <message numerus="yes">
        <source>The credential_process “%1” of profile “%2” did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der credential_process „%1“ des Profils „%2“ wurde nicht innerhalb von %n Sekunde beendet.</numerusform>
            <numerusform>Der credential_process „%1“ des Profils „%2“ wurde nicht innerhalb von %n Sekunden beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no credentials for profile “%1”: none in the profile settings or in the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, no keys or credential_process for the profile in %2 or %3, and no Bedrock API key.</source>
        <extracomment>%1 is a profile name, %2 and %3 files such as ~/.aws/credentials and ~/.aws/config</extracomment>
        <translation>Für das Profil „%1“ gibt es keine Anmeldedaten: keine in den Profileinstellungen oder in den Umgebungsvariablen AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY, keine Schlüssel und kein credential_process für das Profil in %2 oder %3 und kein Bedrock-API-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 The profile uses “%2”, which Spendscope does not support yet; use credential_process instead.</source>
        <extracomment>%1 is the sentence above, %2 a setting name such as sso_session</extracomment>
        <translation>%1 Das Profil verwendet „%2“, was Spendscope noch nicht unterstützt; verwenden Sie stattdessen credential_process.</translation>
    </message>
    <message>
        <source>%1 The Bedrock API key could not be read: %2</source>
        <extracomment>%1 is the sentence above, %2 why the keychain could not be read</extracomment>
        <translation>%1 Der Bedrock-API-Schlüssel konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The credentials from %1 expired at %2.</source>
        <translation>Die Anmeldedaten aus %1 sind am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Bedrock API key from %1</source>
        <translation>Bedrock-API-Schlüssel aus %1</translation>
    </message>
    <message>
        <source>%1; Bedrock API key from %2</source>
        <translation>%1; Bedrock-API-Schlüssel aus %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ResolveProfileJob</name>
    <message>
        <source>The sandbox profile is connected by starting the sandbox.</source>
        <translation>Das Sandbox-Profil wird durch Starten der Sandbox verbunden.</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>es ist kein Schlüsselbund konfiguriert</translation>
    </message>
    <message>
        <source>The secret access key of profile “%1” is not in the keychain; enter it again.</source>
        <translation>Der geheime Zugriffsschlüssel des Profils „%1“ ist nicht im Schlüsselbund; geben Sie ihn erneut ein.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; is not of the form name=value.</source>
        <translation>Die Störung „%1“ hat nicht die Form name=value.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot; in fault &quot;%2&quot;.</source>
        <translation>Unbekannter Service „%1“ in der Störung „%2“.</translation>
    </message>
    <message>
        <source>Latency &quot;%1&quot; must be between 0ms and 60000ms.</source>
        <translation>Die Latenz „%1“ muss zwischen 0ms und 60000ms liegen.</translation>
    </message>
    <message>
        <source>Fault rate &quot;%1&quot; for %2 must be a number from 0 to 1.</source>
        <translation>Die Störungsrate „%1“ für %2 muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <source>Unknown fault &quot;%1&quot;; use throttle, error5xx, reset or latency.</source>
        <translation>Unbekannte Störung „%1“; verwenden Sie throttle, error5xx, reset oder latency.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::MantleHandler</name>
    <message>
        <source>Cannot save the sandbox&apos;s projects (%1).</source>
        <translation>Die Projekte der Sandbox können nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The sandbox data holds an unreadable project “%1” (%2).</source>
        <translation>Die Sandbox-Daten enthalten ein unlesbares Projekt „%1“ (%2).</translation>
    </message>
    <message>
        <source>The sandbox data has no default project.</source>
        <translation>Die Sandbox-Daten haben kein Standardprojekt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::SandboxAccount</name>
    <message>
        <source>Cannot write the sandbox data file (%1).</source>
        <translation>Die Sandbox-Datendatei kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The sandbox data in %1 does not say how its account was generated. Start afresh with --reset.</source>
        <translation>Die Sandbox-Daten in %1 geben nicht an, wie ihr Konto generiert wurde. Beginnen Sie mit --reset neu.</translation>
    </message>
    <message>
        <source>The sandbox data in %1 was generated with seed %2; use --seed %2 or start afresh with --reset.</source>
        <translation>Die Sandbox-Daten in %1 wurden mit Seed %2 generiert; verwenden Sie --seed %2 oder beginnen Sie mit --reset neu.</translation>
    </message>
    <message>
        <source>The sandbox data in %1 was generated at scale %2; use --scale %2 or start afresh with --reset.</source>
        <translation>Die Sandbox-Daten in %1 wurden mit Skalierung %2 generiert; verwenden Sie --scale %2 oder beginnen Sie mit --reset neu.</translation>
    </message>
    <message>
        <source>The built-in model price catalog is missing or empty.</source>
        <translation>Der integrierte Modell-Preiskatalog fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden; ist der Port belegt?</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::SandboxStore</name>
    <message>
        <source>Cannot create the sandbox data directory %1.</source>
        <translation>Das Sandbox-Datenverzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Another sandbox is already using the data directory %1.</source>
        <translation>Eine andere Sandbox verwendet bereits das Datenverzeichnis %1.</translation>
    </message>
    <message>
        <source>Cannot lock the sandbox data directory %1.</source>
        <translation>Das Sandbox-Datenverzeichnis %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Cannot delete the old sandbox data file %1 (%2).</source>
        <translation>Die alte Sandbox-Datendatei %1 kann nicht gelöscht werden (%2).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox data file %1 (%2).</source>
        <translation>Die Sandbox-Datendatei %1 kann nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The sandbox data file %1 is damaged or not a Spendscope sandbox file (%2). Move it away or start afresh with --reset.</source>
        <translation>Die Sandbox-Datendatei %1 ist beschädigt oder keine Spendscope-Sandbox-Datei (%2). Verschieben Sie sie oder beginnen Sie mit --reset neu.</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>sie gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>ihre Schemaversion fehlt</translation>
    </message>
    <message>
        <source>The sandbox data file %1 was written by a newer version of Spendscope (schema %2, this version reads %3). Use that version or start afresh with --reset.</source>
        <translation>Die Sandbox-Datendatei %1 wurde von einer neueren Version von Spendscope geschrieben (Schema %2, diese Version liest %3). Verwenden Sie jene Version oder beginnen Sie mit --reset neu.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data file %1 (%2).</source>
        <translation>Die Sandbox-Datendatei %1 kann nicht erstellt werden (%2).</translation>
    </message>
    <message>
        <source>The component name “%1” is reserved.</source>
        <translation>Der Komponentenname „%1“ ist reserviert.</translation>
    </message>
    <message>
        <source>The sandbox data for “%1” was written by a newer version of Spendscope.</source>
        <translation>Die Sandbox-Daten für „%1“ wurden von einer neueren Version von Spendscope geschrieben.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SandboxCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:PORT (port 0 or no option: a free port).</source>
        <translation>Auf 127.0.0.1:PORT lauschen (Port 0 oder keine Option: ein freier Port).</translation>
    </message>
    <message>
        <source>Keep the account&apos;s state in DIR (default: in memory, gone on exit).</source>
        <translation>Den Zustand des Kontos in DIR speichern (Standard: im Arbeitsspeicher, beim Beenden verloren).</translation>
    </message>
    <message>
        <source>Delete the state kept in --data DIR and start afresh.</source>
        <translation>Den in --data DIR gespeicherten Zustand löschen und neu beginnen.</translation>
    </message>
    <message>
        <source>Generate the account from seed N (default %1).</source>
        <translation>Das Konto aus Seed N generieren (Standard: %1).</translation>
    </message>
    <message>
        <source>Usage history size: small, default (about 1M daily rows) or large (about 10M).</source>
        <translation>Größe des Nutzungsverlaufs: small, default (etwa 1 Mio. Tageszeilen) oder large (etwa 10 Mio.).</translation>
    </message>
    <message>
        <source>Inject faults, e.g. throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01 (optionally per service: ce:throttle=0.3).</source>
        <translation>Störungen einschleusen, z. B. throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01 (optional pro Service: ce:throttle=0.3).</translation>
    </message>
    <message>
        <source>The sandbox listens on 127.0.0.1 only; “%1” is not allowed.</source>
        <translation>Die Sandbox lauscht nur auf 127.0.0.1; „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>--listen needs 127.0.0.1:PORT with a port from 0 to 65535, not “%1”.</source>
        <translation>--listen benötigt 127.0.0.1:PORT mit einem Port von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>--data needs a directory.</source>
        <translation>--data benötigt ein Verzeichnis.</translation>
    </message>
    <message>
        <source>--reset needs --data DIR; without it the state is in memory and always fresh.</source>
        <translation>--reset benötigt --data DIR; ohne diese Option liegt der Zustand im Arbeitsspeicher und ist immer neu.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not “%1”.</source>
        <translation>--seed benötigt eine nicht negative ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--scale must be small, default or large, not “%1”.</source>
        <translation>--scale muss small, default oder large sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults: %1</translation>
    </message>
    <message>
        <source>Usage: spendscope sandbox [options]

Runs a local AWS-compatible account (Cost Explorer, Budgets, IAM, STS and the Bedrock
Projects API) on 127.0.0.1 and prints shell lines that point the AWS CLI and SDKs at it.
Stop it with Ctrl+C.

</source>
        <translation>Verwendung: spendscope sandbox [Optionen]

Führt ein lokales AWS-kompatibles Konto (Cost Explorer, Budgets, IAM, STS und die Bedrock
Projects API) auf 127.0.0.1 aus und gibt Shell-Zeilen aus, die AWS CLI und SDKs darauf
verweisen. Beenden mit Strg+C.

</translation>
    </message>
    <message>
        <source>Stopping the sandbox.</source>
        <translation>Die Sandbox wird beendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox account %1 is listening on %2 (seed %3, %n usage rows). Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Sandbox-Konto %1 lauscht auf %2 (Seed %3, %n Nutzungszeile). Zum Beenden Strg+C drücken.</numerusform>
            <numerusform>Sandbox-Konto %1 lauscht auf %2 (Seed %3, %n Nutzungszeilen). Zum Beenden Strg+C drücken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::SecretJob</name>
    <message>
        <source>the secret store was closed</source>
        <translation>der Geheimnisspeicher wurde geschlossen</translation>
    </message>
    <message>
        <source>A secret needs a non-empty key.</source>
        <translation>Ein Geheimnis benötigt einen nicht leeren Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <extracomment>%1 is the reason given by the system, e.g. &quot;Cannot autolaunch D-Bus without X11 $DISPLAY&quot;</extracomment>
        <translation>Der System-Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>Unter „%1“ ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>Spendscope::StandardPages</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>Spendscope::StsClient</name>
    <message>
        <source>GetCallerIdentity returned &quot;%1&quot; instead of a 12-digit account id.</source>
        <translation>GetCallerIdentity hat „%1“ statt einer 12-stelligen Konto-ID zurückgegeben.</translation>
    </message>
    <message>
        <source>GetCallerIdentity returned no ARN.</source>
        <translation>GetCallerIdentity hat keinen ARN zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The AWS region of the Bedrock projects.</source>
        <translation>Die AWS-Region der Bedrock-Projekte.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Calendar months of history, the current one included (default 13).</source>
        <translation>Kalendermonate des Verlaufs, einschließlich des aktuellen (Standard: 13).</translation>
    </message>
    <message>
        <source>Days of daily detail, rounded out to whole months (default 90).</source>
        <translation>Tage mit täglichen Details, auf ganze Monate aufgerundet (Standard: 90).</translation>
    </message>
    <message>
        <source>%1  USD %2</source>
        <translation>%1  USD %2</translation>
    </message>
    <message>
        <source>Cost Explorer requests: %1 (USD %2); other requests: %3.</source>
        <translation>Cost-Explorer-Anfragen: %1 (USD %2); andere Anfragen: %3.</translation>
    </message>
    <message>
        <source>%1 rows written, %2 rows cached in %3; %4 ms.</source>
        <translation>%1 Zeilen geschrieben, %2 Zeilen in %3 zwischengespeichert; %4 ms.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 benötigt eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>Usage: spendscope sync [options]

Brings the local cost cache up to date from Cost Explorer (monthly history, daily recent
window, only what is missing or not final), with the Bedrock projects, the cost allocation
tag status and the budgets. Cost Explorer bills USD 0.01 per request; the count is printed.
Credentials come from the environment and the AWS config files, as for the AWS CLI.

</source>
        <translation>Verwendung: spendscope sync [Optionen]

Bringt den lokalen Kosten-Cache aus Cost Explorer auf den neuesten Stand (monatlicher Verlauf,
tägliches aktuelles Fenster, nur Fehlendes oder nicht Endgültiges), samt Bedrock-Projekten, Status
der Kostenzuordnungs-Tags und Budgets. Cost Explorer berechnet 0,01 USD pro Anfrage; die Anzahl
wird ausgegeben. Anmeldedaten stammen wie bei der AWS CLI aus der Umgebung und den AWS-Konfigurationsdateien.

</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncJob</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what was not refreshed, %2 is the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cost cache is not open.</source>
        <translation>Der Kosten-Cache ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Finding the Bedrock services billed to the account…</source>
        <translation>Die dem Konto in Rechnung gestellten Bedrock-Services werden ermittelt…</translation>
    </message>
    <message>
        <source>The Bedrock services billed to the account changed; all costs are fetched again.</source>
        <translation>Die dem Konto in Rechnung gestellten Bedrock-Services haben sich geändert; alle Kosten werden erneut abgerufen.</translation>
    </message>
    <message>
        <source>No Bedrock service has costs in this period.</source>
        <translation>Kein Bedrock-Service hat Kosten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reading the cost allocation tags…</source>
        <translation>Die Kostenzuordnungs-Tags werden gelesen…</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is not an active cost allocation tag: its spend shows as untagged.</source>
        <extracomment>%1 is a tag key such as &quot;Project&quot;</extracomment>
        <translation>Der Tag-Schlüssel „%1“ ist kein aktives Kostenzuordnungs-Tag: Die zugehörigen Ausgaben werden als ohne Tag ausgewiesen.</translation>
    </message>
    <message>
        <source>Checking the days whose bill is not final yet…</source>
        <translation>Die Tage, deren Abrechnung noch nicht endgültig ist, werden geprüft…</translation>
    </message>
    <message>
        <source>Fetching costs from %1 to %2 by %3…</source>
        <extracomment>%1 and %2 are dates, %3 a tag key</extracomment>
        <translation>Kosten von %1 bis %2 nach %3 werden abgerufen…</translation>
    </message>
    <message>
        <source>Cost Explorer answered with the period %1 to %2, outside the request.</source>
        <translation>Cost Explorer hat mit dem Zeitraum %1 bis %2 geantwortet, außerhalb der Anfrage.</translation>
    </message>
    <message>
        <source>A cost group of %1 does not have a tag and a usage type.</source>
        <translation>Eine Kostengruppe von %1 hat kein Tag und keinen Nutzungstyp.</translation>
    </message>
    <message>
        <source>Reading the Bedrock projects…</source>
        <translation>Die Bedrock-Projekte werden gelesen…</translation>
    </message>
    <message>
        <source>Projects were not refreshed</source>
        <translation>Projekte wurden nicht aktualisiert</translation>
    </message>
    <message>
        <source>Budgets were not refreshed</source>
        <translation>Budgets wurden nicht aktualisiert</translation>
    </message>
    <message>
        <source>Reading the budgets…</source>
        <translation>Die Budgets werden gelesen…</translation>
    </message>
    <message>
        <source>The team and project totals of %1 differ; sync again to refetch.</source>
        <extracomment>%1 is a month, e.g. 2026-08</extracomment>
        <translation>Die Team- und Projektsummen von %1 weichen voneinander ab; synchronisieren Sie erneut, um sie neu abzurufen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncSettings</name>
    <message>
        <source>The project and team tag keys must not be empty.</source>
        <translation>Die Projekt- und Team-Tag-Schlüssel dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>The project and team tag keys must differ.</source>
        <translation>Die Projekt- und Team-Tag-Schlüssel müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>History must be between 1 and 14 months (Cost Explorer&apos;s limit without multi-year data).</source>
        <translation>Der Verlauf muss zwischen 1 und 14 Monaten liegen (das Limit von Cost Explorer ohne mehrjährige Daten).</translation>
    </message>
    <message>
        <source>The daily window must be between 1 and 366 days.</source>
        <translation>Das tägliche Fenster muss zwischen 1 und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>Requests must cover at least one period.</source>
        <translation>Anfragen müssen mindestens einen Zeitraum abdecken.</translation>
    </message>
    <message>
        <source>The service search text must not be empty.</source>
        <translation>Der Suchtext für Services darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagChangePreviewModel</name>
    <message>
        <source>Add</source>
        <extracomment>A tag operation in the change preview</extracomment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <extracomment>A tag operation in the change preview: the key exists and gets a new value</extracomment>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>A tag operation in the change preview</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagCoverageModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 projects lack the tag out of %2 counted projects</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Required tag</source>
        <translation>Pflicht-Tag</translation>
    </message>
    <message>
        <source>Projects without it</source>
        <translation>Projekte ohne dieses Tag</translation>
    </message>
    <message>
        <source>Share of projects</source>
        <translation>Anteil der Projekte</translation>
    </message>
    <message>
        <source>Spend without it</source>
        <translation>Ausgaben ohne dieses Tag</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Anteil der Ausgaben</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagEditModel</name>
    <message>
        <source>Tag key “%1” appears more than once.</source>
        <translation>Der Tag-Schlüssel „%1“ kommt mehr als einmal vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected projects lack the required tag “%1”.</source>
        <translation>
            <numerusform>Bei %n der ausgewählten Projekte fehlt das Pflicht-Tag „%1“.</numerusform>
            <numerusform>Bei %n der ausgewählten Projekte fehlt das Pflicht-Tag „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <extracomment>Shown instead of a tag value that differs between the selected projects</extracomment>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Noch nicht gesehen</translation>
    </message>
    <message>
        <source>Cost Explorer groups spend by this tag.</source>
        <translation>Cost Explorer gruppiert Ausgaben nach diesem Tag.</translation>
    </message>
    <message>
        <source>Activate this key as a cost allocation tag so that Cost Explorer groups spend by it; activation is not retroactive.</source>
        <translation>Aktivieren Sie diesen Schlüssel als Kostenzuordnungs-Tag, damit Cost Explorer Ausgaben danach gruppiert; die Aktivierung wirkt nicht rückwirkend.</translation>
    </message>
    <message>
        <source>Cost Explorer has not seen this key on billed usage yet; it can be activated once it appears, up to a day after first use.</source>
        <translation>Cost Explorer hat diesen Schlüssel noch nicht bei abgerechneter Nutzung gesehen; er kann aktiviert werden, sobald er erscheint, bis zu einen Tag nach der ersten Verwendung.</translation>
    </message>
    <message>
        <source>The selected projects have different values; each keeps its own unless you type a new one.</source>
        <translation>Die ausgewählten Projekte haben unterschiedliche Werte; jedes behält seinen eigenen, sofern Sie keinen neuen eingeben.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cost allocation</source>
        <extracomment>Whether the key is an active cost allocation tag in Cost Explorer</extracomment>
        <translation>Kostenzuordnung</translation>
    </message>
    <message>
        <source>The default project cannot be tagged.</source>
        <translation>Das Standardprojekt kann nicht mit Tags versehen werden.</translation>
    </message>
    <message>
        <source>Project “%1” is archived and cannot be changed.</source>
        <translation>Das Projekt „%1“ ist archiviert und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Required tag “%1” is removed.</source>
        <translation>Das Pflicht-Tag „%1“ wird entfernt.</translation>
    </message>
    <message>
        <source>Required tag “%1” is missing.</source>
        <translation>Das Pflicht-Tag „%1“ fehlt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagEditorDialog</name>
    <message>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>Tags of %1 Projects</source>
        <translation>Tags von %1 Projekten</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>Tag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <source>Ac&amp;tivate for Cost Explorer</source>
        <translation>Für Cost Explorer a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Cost Explorer groups by a tag key only once it is activated as a cost allocation tag. Activation takes up to 24 hours and is not retroactive: earlier spend stays untagged.</source>
        <translation>Cost Explorer gruppiert nach einem Tag-Schlüssel erst, wenn er als Kostenzuordnungs-Tag aktiviert ist. Die Aktivierung dauert bis zu 24 Stunden und wirkt nicht rückwirkend: Frühere Ausgaben bleiben ohne Tag.</translation>
    </message>
    <message>
        <source>These changes will be sent, one project at a time, and read back:</source>
        <translation>Diese Änderungen werden Projekt für Projekt gesendet und zurückgelesen:</translation>
    </message>
    <message>
        <source>&amp;Preview Changes…</source>
        <translation>Änderungen &amp;prüfen…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>%1: applied and verified</source>
        <translation>%1: angewendet und überprüft</translation>
    </message>
    <message>
        <source>%1: applied, but the tags read back differ</source>
        <translation>%1: angewendet, aber die zurückgelesenen Tags weichen ab</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: not applied</source>
        <translation>%1: nicht angewendet</translation>
    </message>
    <message>
        <source>“%1” is activated. Cost Explorer shows it within a day, for spend from now on.</source>
        <translation>„%1“ ist aktiviert. Cost Explorer zeigt es innerhalb eines Tages an, für Ausgaben ab jetzt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagKeyActivationCommand</name>
    <message>
        <source>Activate the tag key “%1”</source>
        <translation>Den Tag-Schlüssel „%1“ aktivieren</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagPolicy</name>
    <message>
        <source>Tag key “%1” differs from the policy’s key “%2” only in letter case; Cost Explorer reports them separately.</source>
        <translation>Der Tag-Schlüssel „%1“ unterscheidet sich vom Schlüssel „%2“ der Richtlinie nur in der Groß-/Kleinschreibung; Cost Explorer weist sie getrennt aus.</translation>
    </message>
    <message>
        <source>Required tag “%1” has no value.</source>
        <translation>Das Pflicht-Tag „%1“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>“%2” is not an allowed value of tag “%1”; allowed are %3.</source>
        <extracomment>%3 is a comma-separated list of values</extracomment>
        <translation>„%2“ ist kein erlaubter Wert des Tags „%1“; erlaubt sind %3.</translation>
    </message>
    <message>
        <source>The value of tag “%1” must be written “%2”.</source>
        <translation>Der Wert des Tags „%1“ muss „%2“ geschrieben werden.</translation>
    </message>
    <message>
        <source>The value of tag “%1” should be lower case: “%2”.</source>
        <translation>Der Wert des Tags „%1“ sollte kleingeschrieben sein: „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>Es gibt %n Tag; eine Ressource kann höchstens %1 haben.</numerusform>
            <numerusform>Es gibt %n Tags; eine Ressource kann höchstens %1 haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required tag “%1” is missing.</source>
        <translation>Das Pflicht-Tag „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The tag policy has an unknown version.</source>
        <translation>Die Tag-Richtlinie hat eine unbekannte Version.</translation>
    </message>
    <message>
        <source>The tag policy has no list of rules.</source>
        <translation>Die Tag-Richtlinie hat keine Liste von Regeln.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy is not an object.</source>
        <translation>Regel %1 der Tag-Richtlinie ist kein Objekt.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy has no key.</source>
        <translation>Regel %1 der Tag-Richtlinie hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The tag policy has two rules for “%1”.</source>
        <translation>Die Tag-Richtlinie hat zwei Regeln für „%1“.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: “required” is not true or false.</source>
        <translation>Regel %1 der Tag-Richtlinie: „required“ ist nicht true oder false.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: “allowedValues” is not a list.</source>
        <translation>Regel %1 der Tag-Richtlinie: „allowedValues“ ist keine Liste.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: an allowed value is not text.</source>
        <translation>Regel %1 der Tag-Richtlinie: Ein erlaubter Wert ist kein Text.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: the letter case rule must be “any”, “lower” or “exact”.</source>
        <translation>Regel %1 der Tag-Richtlinie: Die Regel für die Groß-/Kleinschreibung muss „any“, „lower“ oder „exact“ sein.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: the “exact” rule needs a list of allowed values.</source>
        <translation>Regel %1 der Tag-Richtlinie: Die Regel „exact“ benötigt eine Liste erlaubter Werte.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagPolicyDialog</name>
    <message>
        <source>Tag Policy</source>
        <translation>Tag-Richtlinie</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated)</source>
        <translation>Erlaubte Werte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Tags every project should carry, and the values they may take. AWS&apos;s own rules always apply as well.</source>
        <translation>Tags, die jedes Projekt tragen sollte, und die Werte, die sie annehmen dürfen. Die eigenen Regeln von AWS gelten ebenfalls immer.</translation>
    </message>
    <message>
        <source>The key “%1” is listed twice.</source>
        <translation>Der Schlüssel „%1“ ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagSet</name>
    <message>
        <source>A tag key must not be empty.</source>
        <translation>Ein Tag-Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Tag key “%1” is longer than %2 characters.</source>
        <translation>Der Tag-Schlüssel „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Tag key “%1” starts with “aws:”, which AWS reserves for its own tags.</source>
        <translation>Der Tag-Schlüssel „%1“ beginnt mit „aws:“, was AWS für eigene Tags reserviert.</translation>
    </message>
    <message>
        <source>Tag key “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.</source>
        <extracomment>%2 is one character, or its code such as U+0009</extracomment>
        <translation>Der Tag-Schlüssel „%1“ enthält „%2“; nur Buchstaben, Ziffern, Leerzeichen und _ . : / = + - @ sind erlaubt.</translation>
    </message>
    <message>
        <source>The value of tag “%1” is longer than %2 characters.</source>
        <translation>Der Wert des Tags „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The value of tag “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.</source>
        <extracomment>%2 is one character, or its code such as U+0009</extracomment>
        <translation>Der Wert des Tags „%1“ enthält „%2“; nur Buchstaben, Ziffern, Leerzeichen und _ . : / = + - @ sind erlaubt.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>Es gibt %n Tag; eine Ressource kann höchstens %1 haben.</numerusform>
            <numerusform>Es gibt %n Tags; eine Ressource kann höchstens %1 haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskCalculator</name>
    <message>
        <source>A task profile needs a name.</source>
        <translation>Ein Aufgabenprofil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name of a task profile can have at most %1 characters.</source>
        <translation>Der Name eines Aufgabenprofils darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: tokens per task cannot be negative.</source>
        <translation>„%1“: Token pro Aufgabe können nicht negativ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tokens per task, input and output each.</source>
        <translation>„%1“: höchstens %2 Token pro Aufgabe, jeweils für Eingabe und Ausgabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a task needs input or output tokens.</source>
        <translation>„%1“: Eine Aufgabe benötigt Eingabe- oder Ausgabe-Token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the cached share of the input must be between 0 and 100 percent.</source>
        <translation>„%1“: Der zwischengespeicherte Anteil der Eingabe muss zwischen 0 und 100 Prozent liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a cached share needs input tokens.</source>
        <translation>„%1“: Ein zwischengespeicherter Anteil benötigt Eingabe-Token.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: tasks per month cannot be negative.</source>
        <translation>„%1“: Aufgaben pro Monat können nicht negativ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tasks a month.</source>
        <translation>„%1“: höchstens %2 Aufgaben pro Monat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tokens a month.</source>
        <translation>„%1“: höchstens %2 Token pro Monat.</translation>
    </message>
    <message>
        <source>Classify a support ticket</source>
        <translation>Support-Ticket klassifizieren</translation>
    </message>
    <message>
        <source>Chat turn with a cached system prompt</source>
        <translation>Chat-Runde mit zwischengespeichertem System-Prompt</translation>
    </message>
    <message>
        <source>Summarise a long document</source>
        <translation>Langes Dokument zusammenfassen</translation>
    </message>
    <message>
        <source>Code review of a change</source>
        <translation>Code-Review einer Änderung</translation>
    </message>
    <message>
        <source>A task profile named &quot;%1&quot; already exists.</source>
        <translation>Ein Aufgabenprofil namens „%1“ ist bereits vorhanden.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskProfileModel</name>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name made unique, %1 the name, %2 a number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Share of the input served from the prompt cache (0–100); leave empty for no caching.</source>
        <translation>Anteil der Eingabe, der aus dem Prompt-Cache bedient wird (0–100); leer lassen für kein Caching.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Input tokens per task</source>
        <translation>Eingabe-Token pro Aufgabe</translation>
    </message>
    <message>
        <source>Output tokens per task</source>
        <translation>Ausgabe-Token pro Aufgabe</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Zwischengespeicherte Eingabe</translation>
    </message>
    <message>
        <source>Tasks per month</source>
        <translation>Aufgaben pro Monat</translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskQuoteModel</name>
    <message>
        <source>Priced with your override.</source>
        <translation>Mit Ihrem eigenen Preis berechnet.</translation>
    </message>
    <message>
        <source>No cache-read price: the cached share is priced as input.</source>
        <translation>Kein Cache-Lese-Preis: Der zwischengespeicherte Anteil wird als Eingabe bepreist.</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Per task</source>
        <translation>Pro Aufgabe</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>Spendscope::Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Spendscope::TokenMixModel</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Cache-Lesen</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Cache-Schreiben</translation>
    </message>
    <message>
        <source>Other (not per token)</source>
        <translation>Sonstige (nicht pro Token)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No token count: usage that is not billed per token</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>genau %1</translation>
    </message>
    <message>
        <source>%1 thousand tokens as Cost Explorer reports them</source>
        <translation>%1 Tausend Token, wie Cost Explorer sie meldet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>% of tokens</source>
        <translation>% der Token</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>% of cost</source>
        <translation>% der Kosten</translation>
    </message>
</context>
<context>
    <name>Spendscope::Translations</name>
    <message>
        <source>There is no translation for the language “%1”.</source>
        <translation>Für die Sprache „%1“ gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded.</source>
        <translation>Die Übersetzung für %1 konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Spendscope::UpdateBudgetCommand</name>
    <message>
        <source>Change budget “%1”</source>
        <translation>Budget „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>Spendscope::UpdatePolicyDocumentJob</name>
    <message>
        <source>The policy already has %1 versions and none of them can be deleted.</source>
        <translation>Die Richtlinie hat bereits %1 Versionen, und keine davon kann gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>Spendscope::WasteAnalyzer</name>
    <message>
        <source>Untagged usage</source>
        <translation>Nutzung ohne Tag</translation>
    </message>
    <message>
        <source>Premium model on simple traffic</source>
        <translation>Premium-Modell für einfachen Datenverkehr</translation>
    </message>
    <message>
        <source>%1 spent %2 on %3 in the window. Output was %4 of the input-side tokens and cache use %5, a mix a cheaper model usually handles. The same tokens on %6 would have cost %7: about %8 less a month.</source>
        <extracomment>%1 project, %2 amount, %3 premium model, %4 and %5 percentages, %6 cheaper model, %7 amount, %8 monthly amount</extracomment>
        <translation>%1 hat im Zeitfenster %2 für %3 ausgegeben. Die Ausgabe betrug %4 der eingabeseitigen Token und die Cache-Nutzung %5 – ein Mix, den ein günstigeres Modell meist bewältigt. Dieselben Token hätten mit %6 %7 gekostet: etwa %8 weniger pro Monat.</translation>
    </message>
    <message>
        <source>Spend without a project tag</source>
        <translation>Ausgaben ohne Projekt-Tag</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) has no %3 tag value, so it cannot be charged back to a project.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 im Zeitfenster (%2 aller Ausgaben) hat keinen Wert für das Tag %3 und kann daher keinem Projekt in Rechnung gestellt werden.</translation>
    </message>
    <message>
        <source>Spend in the default project</source>
        <translation>Ausgaben im Standardprojekt</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) ran in the default project, where requests without a project land. Give each client its own project with a %3 tag so that this spend can be charged back.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 im Zeitfenster (%2 aller Ausgaben) lief im Standardprojekt, in dem Anfragen ohne Projekt landen. Geben Sie jedem Client ein eigenes Projekt mit einem Tag %3, damit diese Ausgaben verrechnet werden können.</translation>
    </message>
    <message>
        <source>Spend without a team tag</source>
        <translation>Ausgaben ohne Team-Tag</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) has no %3 tag value, so it cannot be charged back to a team.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 im Zeitfenster (%2 aller Ausgaben) hat keinen Wert für das Tag %3 und kann daher keinem Team in Rechnung gestellt werden.</translation>
    </message>
    <message>
        <source>Little prompt caching on input-heavy traffic</source>
        <translation>Wenig Prompt-Caching bei eingabelastigem Datenverkehr</translation>
    </message>
    <message>
        <source>%1 read %3 of its %4 input-side tokens on %2 from the prompt cache, with %5 times as much input as output. If %6 were cache reads, it would save about %7 a month, cache writes included.</source>
        <extracomment>%1 project, %2 model, %3 percentage, %4 token count, %5 ratio, %6 percentage, %7 monthly amount</extracomment>
        <translation>%1 hat bei %2 %3 seiner %4 eingabeseitigen Token aus dem Prompt-Cache gelesen, bei %5-mal so viel Eingabe wie Ausgabe. Wären %6 davon Cache-Lesevorgänge, ließen sich etwa %7 pro Monat sparen, Cache-Schreibvorgänge eingerechnet.</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is not active for cost allocation</source>
        <translation>Der Tag-Schlüssel „%1“ ist nicht für die Kostenzuordnung aktiv</translation>
    </message>
    <message>
        <source>Spendscope attributes spend by &quot;%1&quot;, but it is an inactive cost allocation tag: Cost Explorer cannot split the window&apos;s %2 by it. Activate it in the Billing console; activation is not retroactive.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>Spendscope ordnet Ausgaben nach „%1“ zu, aber es ist ein inaktives Kostenzuordnungs-Tag: Cost Explorer kann die %2 des Zeitfensters nicht danach aufteilen. Aktivieren Sie es in der Billing-Konsole; die Aktivierung wirkt nicht rückwirkend.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on projects or usage but is an inactive cost allocation tag: Cost Explorer cannot split the window&apos;s %2 by it.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>„%1“ ist auf Projekten oder Nutzung vorhanden, aber ein inaktives Kostenzuordnungs-Tag: Cost Explorer kann die %2 des Zeitfensters nicht danach aufteilen.</translation>
    </message>
    <message>
        <source>Spendscope attributes spend by &quot;%1&quot;, but Cost Explorer does not list it as a cost allocation tag, so it cannot split the window&apos;s %2 by it. Tag usage with it, then activate it once it appears (about a day later).</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>Spendscope ordnet Ausgaben nach „%1“ zu, aber Cost Explorer führt es nicht als Kostenzuordnungs-Tag, daher kann es die %2 des Zeitfensters nicht danach aufteilen. Versehen Sie die Nutzung mit diesem Tag und aktivieren Sie es, sobald es erscheint (etwa einen Tag später).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on projects or usage but Cost Explorer does not list it as a cost allocation tag, so it cannot split the window&apos;s %2 by it.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>„%1“ ist auf Projekten oder Nutzung vorhanden, aber Cost Explorer führt es nicht als Kostenzuordnungs-Tag, daher kann es die %2 des Zeitfensters nicht danach aufteilen.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Workspace</name>
    <message>
        <source>Price overrides the catalog no longer takes were not applied: %1.</source>
        <translation>Preisanpassungen, die der Katalog nicht mehr unterstützt, wurden nicht angewendet: %1.</translation>
    </message>
    <message>
        <source>The cost cache could not be opened, so there is nowhere to sync to.</source>
        <translation>Der Kosten-Cache konnte nicht geöffnet werden, daher gibt es kein Ziel für die Synchronisierung.</translation>
    </message>
    <message>
        <source>Synced. Cost Explorer requests: %1 (USD %2).</source>
        <extracomment>%1 a number of Cost Explorer requests, %2 their price</extracomment>
        <translation>Synchronisiert. Cost-Explorer-Anfragen: %1 (USD %2).</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Use the AWS profile NAME (as the AWS CLI does).</source>
        <translation>Das AWS-Profil NAME verwenden (wie die AWS CLI).</translation>
    </message>
    <message>
        <source>Send every request to URL, e.g. a sandbox account&apos;s.</source>
        <translation>Jede Anfrage an URL senden, z. B. an die eines Sandbox-Kontos.</translation>
    </message>
    <message>
        <source>Keep the cache in FILE instead of the profile&apos;s cache in the data folder.</source>
        <translation>Den Cache in FILE speichern statt im Cache des Profils im Datenordner.</translation>
    </message>
</context>
</TS>
