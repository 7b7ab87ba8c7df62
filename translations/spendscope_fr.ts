<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ReportCommand</name>
    <message>
        <source>Report from the cache of the AWS profile NAME.</source>
        <translation>Établir le rapport à partir du cache du profil AWS NAME.</translation>
    </message>
    <message>
        <source>Report from the cache synced from URL, e.g. a sandbox account&apos;s.</source>
        <translation>Établir le rapport à partir du cache synchronisé depuis URL, p. ex. celui d&apos;un compte sandbox.</translation>
    </message>
    <message>
        <source>Read the cache in FILE instead of the profile&apos;s cache in the data folder.</source>
        <translation>Lire le cache dans FILE au lieu du cache du profil dans le dossier de données.</translation>
    </message>
</context>
<context>
    <name>Spendscope::AccessMatrixModel</name>
    <message>
        <source>Allowed</source>
        <extracomment>access matrix cell: the action is allowed</extracomment>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Denied</source>
        <extracomment>access matrix cell: a Deny statement forbids the action</extracomment>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>access matrix cell: no policy grants the action</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is User, Role or Group; %2 the principal&apos;s ARN</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 may call %2 on project “%3”. %4</source>
        <extracomment>%1 principal, %2 IAM action, %3 project, %4 which policy decided</extracomment>
        <translation>%1 peut appeler %2 sur le projet «&#xa0;%3&#xa0;». %4</translation>
    </message>
    <message>
        <source>%1 may not call %2 on project “%3”. %4</source>
        <extracomment>%1 principal, %2 IAM action, %3 project, %4 which policy decided</extracomment>
        <translation>%1 ne peut pas appeler %2 sur le projet «&#xa0;%3&#xa0;». %4</translation>
    </message>
</context>
<context>
    <name>Spendscope::AnomalyDetector</name>
    <message>
        <source>Spike</source>
        <extracomment>A day on which cost was unusually high</extracomment>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Drop</source>
        <extracomment>A day on which cost was unusually low</extracomment>
        <translation>Creux</translation>
    </message>
</context>
<context>
    <name>Spendscope::ApiCall</name>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>La réponse dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The connection was closed before the request ended.</source>
        <translation>La connexion a été fermée avant la fin de la requête.</translation>
    </message>
</context>
<context>
    <name>Spendscope::AppliedTagChangesCommand</name>
    <message>
        <source>Change the tags of “%1”</source>
        <translation>Modifier les balises de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the tags of %1 projects</source>
        <translation>Modifier les balises de %1 projets</translation>
    </message>
</context>
<context>
    <name>Spendscope::ApplyTagChangesJob</name>
    <message>
        <source>Project “%1” appears twice in the change.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» apparaît deux fois dans la modification.</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <extracomment>%1 is a project name, %2 what is wrong</extracomment>
        <translation>Projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::AwsConfigFile</name>
    <message>
        <source>this is a folder, not a file</source>
        <translation>il s&apos;agit d&apos;un dossier, pas d&apos;un fichier</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <extracomment>%1 is a file name such as ~/.aws/config, %2 a line number, %3 what is wrong</extracomment>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name such as ~/.aws/config, %2 what is wrong</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>expected “name = value” in the settings nested under “%1”</source>
        <translation>«&#xa0;nom = valeur&#xa0;» attendu dans les paramètres imbriqués sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a setting nested under “%1” has no name before “=”</source>
        <translation>un paramètre imbriqué sous «&#xa0;%1&#xa0;» n&apos;a pas de nom avant «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>the section header has no closing “]”</source>
        <translation>l&apos;en-tête de section n&apos;a pas de «&#xa0;]&#xa0;» fermant</translation>
    </message>
    <message>
        <source>unexpected text after the section header</source>
        <translation>texte inattendu après l&apos;en-tête de section</translation>
    </message>
    <message>
        <source>the section name is empty</source>
        <translation>le nom de la section est vide</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name; in the credentials file, write profile sections without the “profile” prefix</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de profil valide&#xa0;; dans le fichier d&apos;identifiants, écrivez les sections de profil sans le préfixe «&#xa0;profile&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a valid profile name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de profil valide</translation>
    </message>
    <message>
        <source>the section [%1] has no name</source>
        <translation>la section [%1] n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de %2 valide</translation>
    </message>
    <message>
        <source>a setting appears before the first section header such as [default]</source>
        <translation>un paramètre apparaît avant le premier en-tête de section, tel que [default]</translation>
    </message>
    <message>
        <source>expected a setting in the form “name = value”</source>
        <translation>paramètre attendu sous la forme «&#xa0;nom = valeur&#xa0;»</translation>
    </message>
    <message>
        <source>a setting has no name before “=”</source>
        <translation>un paramètre n&apos;a pas de nom avant «&#xa0;=&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::AwsError</name>
    <message>
        <source>The service could not be reached.</source>
        <translation>Le service est injoignable.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>AWS is throttling requests; try again in a moment.</source>
        <translation>AWS applique une limitation de débit aux requêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>AWS did not accept the credentials.</source>
        <translation>AWS n&apos;a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>These credentials are not allowed to do this.</source>
        <translation>Ces identifiants ne sont pas autorisés à effectuer cette opération.</translation>
    </message>
    <message>
        <source>The resource was not found.</source>
        <translation>La ressource est introuvable.</translation>
    </message>
    <message>
        <source>AWS rejected the request as invalid.</source>
        <translation>AWS a rejeté la requête car elle n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The request conflicts with the resource&apos;s current state.</source>
        <translation>La requête est en conflit avec l&apos;état actuel de la ressource.</translation>
    </message>
    <message>
        <source>An AWS limit was reached.</source>
        <translation>Une limite AWS a été atteinte.</translation>
    </message>
    <message>
        <source>AWS reported an error.</source>
        <translation>AWS a signalé une erreur.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be understood.</source>
        <translation>La réponse du service est incompréhensible.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>L&apos;entrée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>No usable AWS credentials were found.</source>
        <translation>Aucun identifiant AWS utilisable n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The local cache could not be written.</source>
        <translation>Le cache local n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2&#xa0;: %3)</translation>
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
        <translation>Aucun point de terminaison n&apos;est configuré pour %1.</translation>
    </message>
    <message>
        <source>A Bedrock API key is needed for this request.</source>
        <translation>Cette requête nécessite une clé d&apos;API Bedrock.</translation>
    </message>
    <message>
        <source>AWS access keys are needed for this request.</source>
        <translation>Cette requête nécessite des clés d&apos;accès AWS.</translation>
    </message>
    <message>
        <source>The temporary AWS credentials from %1 have expired.</source>
        <translation>Les identifiants AWS temporaires (source&#xa0;: %1) ont expiré.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BedrockMantleActions</name>
    <message>
        <source>Write</source>
        <extracomment>IAM access level</extracomment>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>IAM access level</extracomment>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>List</source>
        <extracomment>IAM access level</extracomment>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Tagging</source>
        <extracomment>IAM access level</extracomment>
        <translation>Balisage</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetAlerts</name>
    <message>
        <source>%1% of the limit (%2)</source>
        <extracomment>%1 a percentage such as 80, %2 the amount it stands for</extracomment>
        <translation>%1&#xa0;% de la limite (%2)</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, more than its alert threshold of %3; the limit is %4.</source>
        <extracomment>%1 budget name, %2 amount spent, %3 threshold, %4 limit</extracomment>
        <translation>«&#xa0;%1&#xa0;» a dépensé %2 sur cette période, soit plus que son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, more than its alert threshold of %3; the limit is %4.</source>
        <extracomment>%1 budget name, %2 forecast amount, %3 threshold, %4 limit</extracomment>
        <translation>Les dépenses prévues de «&#xa0;%1&#xa0;» sur cette période s&apos;élèvent à %2, soit plus que son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, less than its alert threshold of %3; the limit is %4.</source>
        <translation>«&#xa0;%1&#xa0;» a dépensé %2 sur cette période, soit moins que son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, less than its alert threshold of %3; the limit is %4.</source>
        <translation>Les dépenses prévues de «&#xa0;%1&#xa0;» sur cette période s&apos;élèvent à %2, soit moins que son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <source>“%1” has spent %2 this period, exactly its alert threshold of %3; the limit is %4.</source>
        <translation>«&#xa0;%1&#xa0;» a dépensé %2 sur cette période, soit exactement son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
    </message>
    <message>
        <source>“%1” is forecast to spend %2 this period, exactly its alert threshold of %3; the limit is %4.</source>
        <translation>Les dépenses prévues de «&#xa0;%1&#xa0;» sur cette période s&apos;élèvent à %2, soit exactement son seuil d&apos;alerte de %3&#xa0;; la limite est de %4.</translation>
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
        <translation>la limite diffère</translation>
    </message>
    <message>
        <source>the period differs</source>
        <translation>la période diffère</translation>
    </message>
    <message>
        <source>the filter differs</source>
        <translation>le filtre diffère</translation>
    </message>
    <message>
        <source>the notifications differ</source>
        <translation>les notifications diffèrent</translation>
    </message>
    <message>
        <source>the subscribers of a notification differ</source>
        <translation>les abonnés d&apos;une notification diffèrent</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>Non connecté à un compte.</translation>
    </message>
    <message>
        <source>The account could not be identified: %1</source>
        <translation>Le compte n&apos;a pas pu être identifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The budgets could not be read: %1</source>
        <translation>Les budgets n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notifications of “%1” could not be read: %2</source>
        <translation>Les notifications de «&#xa0;%1&#xa0;» n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>The budget “%1” could not be read: %2</source>
        <translation>Le budget «&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The subscribers of “%1” could not be read: %2</source>
        <translation>Les abonnés de «&#xa0;%1&#xa0;» n&apos;ont pas pu être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>The budget “%1” was not created: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Le budget «&#xa0;%1&#xa0;» n&apos;a pas été créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read back, the budget “%1” does not match the request: %2</source>
        <translation>Après relecture, le budget «&#xa0;%1&#xa0;» ne correspond pas à la requête&#xa0;: %2</translation>
    </message>
    <message>
        <source>The budget “%1” was not changed: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Le budget «&#xa0;%1&#xa0;» n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>A budget cannot be renamed.</source>
        <translation>Un budget ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>The budget “%1” was not deleted: %2</source>
        <extracomment>%1 a budget name, %2 the reason</extracomment>
        <translation>Le budget «&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read back, the budget “%1” still exists.</source>
        <translation>Après relecture, le budget «&#xa0;%1&#xa0;» existe toujours.</translation>
    </message>
    <message>
        <source>The deletion of “%1” could not be verified: %2</source>
        <translation>La suppression de «&#xa0;%1&#xa0;» n&apos;a pas pu être vérifiée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetEditorDialog</name>
    <message>
        <source>No alerts: AWS will not e-mail anyone about this budget.</source>
        <translation>Aucune alerte&#xa0;: AWS n&apos;enverra d&apos;e-mail à personne au sujet de ce budget.</translation>
    </message>
    <message>
        <source>&amp;Add Alert</source>
        <translation>&amp;Ajouter une alerte</translation>
    </message>
    <message>
        <source>New Budget</source>
        <translation>Nouveau budget</translation>
    </message>
    <message>
        <source>e.g. ml-platform monthly</source>
        <translation>p. ex. ml-platform mensuel</translation>
    </message>
    <message>
        <source>e.g. 1000.00</source>
        <translation>p. ex. 1000,00</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>All spend</source>
        <translation>Toutes les dépenses</translation>
    </message>
    <message>
        <source>One team</source>
        <translation>Une équipe</translation>
    </message>
    <message>
        <source>One project</source>
        <translation>Un projet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Limit per period:</source>
        <translation>&amp;Limite par période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Périmètre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pério&amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>AWS e-mails the subscribers when the actual or the forecasted spend of a period goes over a percentage of the limit; Spendscope also tells you on the desktop after a sync.</source>
        <translation>AWS envoie un e-mail aux abonnés lorsque les dépenses réelles ou prévues d&apos;une période dépassent un pourcentage de la limite&#xa0;; Spendscope vous prévient aussi sur le bureau après une synchronisation.</translation>
    </message>
    <message>
        <source>Alert on</source>
        <translation>Alerter sur</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Au-delà de</translation>
    </message>
    <message>
        <source>E-mail to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Edit Budget</source>
        <translation>Modifier le budget</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>AWS budgets cannot be renamed.</source>
        <translation>Les budgets AWS ne peuvent pas être renommés.</translation>
    </message>
    <message>
        <source>This budget has a planned limit per period; saving sets this one limit for every period.</source>
        <translation>Ce budget a une limite planifiée par période&#xa0;; l&apos;enregistrement applique cette limite unique à toutes les périodes.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <extracomment>%1 a description of a filter Spendscope does not edit</extracomment>
        <translation>Conserver&#xa0;: %1</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans balise)</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <extracomment>a suggested budget name, %1 a team or project</extracomment>
        <translation>%1 mensuel</translation>
    </message>
    <message>
        <source>Actual spend</source>
        <translation>Dépenses réelles</translation>
    </message>
    <message>
        <source>Forecasted spend</source>
        <translation>Dépenses prévues</translation>
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
        <translation>sous </translation>
    </message>
    <message>
        <source>exactly </source>
        <translation>exactement </translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>Adresses e-mail, séparées par des virgules</translation>
    </message>
    <message>
        <source>Also notifies the SNS topic %1, which is kept as it is.</source>
        <translation>Notifie aussi la rubrique SNS %1, qui est conservée telle quelle.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this alert</source>
        <translation>Supprimer cette alerte</translation>
    </message>
    <message>
        <source>Value of the tag “%1”</source>
        <extracomment>%1 a tag key</extracomment>
        <translation>Valeur de la balise «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Enter the limit as a positive amount, such as 1000 or 1250.50.</source>
        <translation>Saisissez la limite sous forme de montant positif, comme 1000 ou 1250,50.</translation>
    </message>
    <message>
        <source>Choose the team the budget covers.</source>
        <translation>Choisissez l&apos;équipe couverte par le budget.</translation>
    </message>
    <message>
        <source>Choose the project the budget covers.</source>
        <translation>Choisissez le projet couvert par le budget.</translation>
    </message>
    <message>
        <source>An alert threshold must be more than zero.</source>
        <translation>Un seuil d&apos;alerte doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Each alert needs at least one e-mail address.</source>
        <translation>Chaque alerte nécessite au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>Two alerts have the same kind and threshold; AWS keeps only one of each.</source>
        <translation>Deux alertes ont le même type et le même seuil&#xa0;; AWS n&apos;en conserve qu&apos;une.</translation>
    </message>
    <message>
        <source>A budget has at most %1 alerts.</source>
        <translation>Un budget comporte au maximum %1 alertes.</translation>
    </message>
    <message>
        <source>Saving the budget…</source>
        <translation>Enregistrement du budget…</translation>
    </message>
    <message>
        <source>Creating the budget…</source>
        <translation>Création du budget…</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>Non connecté à un compte.</translation>
    </message>
    <message>
        <source>No sync yet: counts all AWS services with this tag. Sync to limit it to Bedrock.</source>
        <translation>Pas encore de synchronisation&#xa0;: compte tous les services AWS portant cette balise. Synchronisez pour le limiter à Bedrock.</translation>
    </message>
    <message>
        <source>Counts all AWS services with this tag now; saving limits it to Bedrock spend.</source>
        <translation>Compte actuellement tous les services AWS portant cette balise&#xa0;; l’enregistrement le limite aux dépenses Bedrock.</translation>
    </message>
    <message>
        <source>Saving updates the budget to the Bedrock services the last sync found.</source>
        <translation>L’enregistrement met à jour le budget avec les services Bedrock trouvés lors de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Counts only Bedrock spend: the services the last sync found.</source>
        <translation>Compte uniquement les dépenses Bedrock&#xa0;: les services trouvés lors de la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Counts all spend in the account, every AWS service.</source>
        <translation>Compte toutes les dépenses du compte, tous services AWS confondus.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetFilter</name>
    <message>
        <source>(untagged)</source>
        <translation>(sans balise)</translation>
    </message>
    <message>
        <source>All spend</source>
        <translation>Toutes les dépenses</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <extracomment>%1 a tag key, %2 its value</extracomment>
        <translation>Balise %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Custom filter</source>
        <translation>Filtre personnalisé</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>tous les services</translation>
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
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>All spend (%1)</source>
        <extracomment>%1 the services counted: &quot;Bedrock&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Toutes les dépenses (%1)</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <extracomment>%1 a team tag value, %2 the services counted: &quot;Bedrock&quot;, &quot;all services&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Équipe&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Project: %1 (%2)</source>
        <extracomment>%1 a project tag value, %2 the services counted: &quot;Bedrock&quot;, &quot;all services&quot;, a service name or &quot;3 services&quot;</extracomment>
        <translation>Projet&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetGauge</name>
    <message>
        <source>%1 spent</source>
        <extracomment>%1 an amount</extracomment>
        <translation>%1 dépensés</translation>
    </message>
    <message>
        <source>%1 spent (%2%)</source>
        <extracomment>%1 an amount, %2 a percentage of the limit</extracomment>
        <translation>%1 dépensés (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Limit %1</source>
        <extracomment>%1 an amount</extracomment>
        <translation>Limite %1</translation>
    </message>
    <message>
        <source>No forecast yet</source>
        <translation>Pas encore de prévision</translation>
    </message>
    <message>
        <source>Forecast %1 (%2%)</source>
        <extracomment>%1 an amount, %2 a percentage of the limit</extracomment>
        <translation>Prévision %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
    <message>
        <source>Does not run out this period</source>
        <translation>Non épuisé sur cette période</translation>
    </message>
    <message>
        <source>Limit reached about %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>Limite atteinte vers le %1</translation>
    </message>
    <message>
        <source>Runs out %1 at this rate</source>
        <extracomment>%1 a date</extracomment>
        <translation>Épuisé le %1 à ce rythme</translation>
    </message>
    <message>
        <source>Budget gauge</source>
        <translation>Jauge de budget</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetNotifier</name>
    <message>
        <source>Budget alert</source>
        <translation>Alerte de budget</translation>
    </message>
    <message>
        <source>Budget alerts: %1</source>
        <translation>Alertes de budget&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Show Budgets</source>
        <translation>Afficher les budgets</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetStatus</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
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
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <extracomment>%1 a list of percentages of the limit</extracomment>
        <translation>Réel %1</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <extracomment>%1 a list of percentages of the limit</extracomment>
        <translation>Prévision %1</translation>
    </message>
    <message>
        <source>Not this period</source>
        <translation>Pas sur cette période</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>At the average burn rate this period: %1 a day.</source>
        <extracomment>%1 an amount per day</extracomment>
        <translation>Au rythme de consommation moyen de cette période&#xa0;: %1 par jour.</translation>
    </message>
    <message>
        <source>Period %1 to %2</source>
        <extracomment>%1 first day, %2 last day of the budget period</extracomment>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <source>Alert thresholds</source>
        <translation>Seuils d&apos;alerte</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetsClient</name>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>le champ est manquant</translation>
    </message>
    <message>
        <source>the period start &quot;%1&quot; is not a time in epoch seconds</source>
        <translation>le début de période «&#xa0;%1&#xa0;» n&apos;est pas un horodatage en secondes depuis l&apos;epoch</translation>
    </message>
    <message>
        <source>expected an expression object</source>
        <translation>objet d&apos;expression attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS account ID (twelve digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de compte AWS (douze chiffres).</translation>
    </message>
    <message>
        <source>The budget needs a name.</source>
        <translation>Le budget doit avoir un nom.</translation>
    </message>
    <message>
        <source>The budget name is longer than %1 characters.</source>
        <translation>Le nom du budget dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A budget name cannot contain &quot;:&quot; or &quot;\&quot;.</source>
        <translation>Un nom de budget ne peut pas contenir «&#xa0;:&#xa0;» ni «&#xa0;\&#xa0;».</translation>
    </message>
    <message>
        <source>A budget name cannot contain &quot;/action/&quot;.</source>
        <translation>Un nom de budget ne peut pas contenir «&#xa0;/action/&#xa0;».</translation>
    </message>
    <message>
        <source>A budget name cannot contain a script element.</source>
        <translation>Un nom de budget ne peut pas contenir d&apos;élément script.</translation>
    </message>
    <message>
        <source>A budget limit cannot be negative (%1).</source>
        <translation>Une limite de budget ne peut pas être négative (%1).</translation>
    </message>
    <message>
        <source>A budget limit needs a unit such as USD.</source>
        <translation>Une limite de budget nécessite une unité, telle que USD.</translation>
    </message>
    <message>
        <source>A planned limit starts before 1970.</source>
        <translation>Une limite planifiée commence avant 1970.</translation>
    </message>
    <message>
        <source>A budget has either one limit or planned limits per period, not both.</source>
        <translation>Un budget a soit une limite unique, soit des limites planifiées par période, mais pas les deux.</translation>
    </message>
    <message>
        <source>A cost or usage budget needs a limit.</source>
        <translation>Un budget de coûts ou d&apos;utilisation nécessite une limite.</translation>
    </message>
    <message>
        <source>A budget is measured in one metric, not %1.</source>
        <translation>Un budget est mesuré selon une seule métrique, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a budget metric (expected one of %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une métrique de budget (valeurs attendues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The budget period must start before it ends.</source>
        <translation>La période du budget doit commencer avant de se terminer.</translation>
    </message>
    <message>
        <source>A notification threshold must be between 0 and %1.</source>
        <translation>Un seuil de notification doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>A notification needs at least one subscriber.</source>
        <translation>Une notification nécessite au moins un abonné.</translation>
    </message>
    <message>
        <source>A notification has at most %1 subscribers, not %2.</source>
        <translation>Une notification a au maximum %1 abonnés, pas %2.</translation>
    </message>
    <message>
        <source>The subscriber %1 is listed twice.</source>
        <translation>L&apos;abonné %1 figure deux fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SNS topic ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ARN de rubrique SNS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A notification can notify one SNS topic, not %1.</source>
        <translation>Une notification peut notifier une seule rubrique SNS, pas %1.</translation>
    </message>
    <message>
        <source>A notification can notify at most %1 e-mail addresses, not %2.</source>
        <translation>Une notification peut notifier au maximum %1 adresses e-mail, pas %2.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
    </message>
    <message>
        <source>A budget has at most %1 notifications, not %2.</source>
        <translation>Un budget a au maximum %1 notifications, pas %2.</translation>
    </message>
    <message>
        <source>The same notification is given twice.</source>
        <translation>La même notification est indiquée deux fois.</translation>
    </message>
    <message>
        <source>A resource tag needs a key of 1 to 128 characters and a value of at most 256.</source>
        <translation>Une balise de ressource nécessite une clé de 1 à 128 caractères et une valeur de 256 caractères au maximum.</translation>
    </message>
</context>
<context>
    <name>Spendscope::BudgetsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;New Budget…</source>
        <translation>&amp;Nouveau budget…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Read the budgets from AWS again</source>
        <translation>Relire les budgets depuis AWS</translation>
    </message>
    <message>
        <source>No budgets yet. A budget tracks a team&apos;s or a project&apos;s spend against a limit for each month, quarter or year, and AWS e-mails its alerts.</source>
        <translation>Aucun budget pour l&apos;instant. Un budget suit les dépenses d&apos;une équipe ou d&apos;un projet par rapport à une limite pour chaque mois, trimestre ou année, et AWS envoie ses alertes par e-mail.</translation>
    </message>
    <message>
        <source>Delete Budget</source>
        <translation>Supprimer le budget</translation>
    </message>
    <message>
        <source>Edit Budget</source>
        <translation>Modifier le budget</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Budgets: %1 · At risk: %2 · Exceeded: %3</source>
        <extracomment>%1 budgets, %2 of them at risk, %3 exceeded</extracomment>
        <translation>Budgets&#xa0;: %1 · À risque&#xa0;: %2 · Dépassés&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (as of the last sync)</source>
        <translation>%1 (à la dernière synchronisation)</translation>
    </message>
    <message>
        <source>Connect to an account to create budgets.</source>
        <translation>Connectez-vous à un compte pour créer des budgets.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Delete the budget “%1” and its alerts from AWS? You can undo this, which creates it again.</source>
        <translation>Supprimer le budget «&#xa0;%1&#xa0;» et ses alertes d&apos;AWS&#xa0;? Vous pouvez annuler cette opération, ce qui le recrée.</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>Suppression de «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>Spendscope::CacheDocuments</name>
    <message>
        <source>The stored projects are not a list.</source>
        <translation>Les projets stockés ne sont pas une liste.</translation>
    </message>
    <message>
        <source>A stored project is incomplete.</source>
        <translation>Un projet stocké est incomplet.</translation>
    </message>
    <message>
        <source>A stored project tag is not text.</source>
        <translation>Une balise de projet stockée n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>The stored cost allocation tags are not a list.</source>
        <translation>Les balises de répartition des coûts stockées ne sont pas une liste.</translation>
    </message>
    <message>
        <source>A stored cost allocation tag is incomplete.</source>
        <translation>Une balise de répartition des coûts stockée est incomplète.</translation>
    </message>
    <message>
        <source>The stored budgets are not a list.</source>
        <translation>Les budgets stockés ne sont pas une liste.</translation>
    </message>
    <message>
        <source>A stored budget is damaged: %1</source>
        <translation>Un budget stocké est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stored service names are not a list.</source>
        <translation>Les noms de service stockés ne sont pas une liste.</translation>
    </message>
    <message>
        <source>A stored service name is not text.</source>
        <translation>Un nom de service stocké n&apos;est pas du texte.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CacheMigrations</name>
    <message>
        <source>There is no migration from schema %1 to %2.</source>
        <translation>Il n&apos;existe aucune migration du schéma %1 vers le schéma %2.</translation>
    </message>
    <message>
        <source>Migration to schema %1 failed: %2</source>
        <translation>La migration vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ChangeTagsCommand</name>
    <message>
        <source>Change the tags of “%1”</source>
        <translation>Modifier les balises de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::ChargebackReport</name>
    <message>
        <source>the period ends before it starts: %1</source>
        <translation>la période se termine avant de commencer&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid period &quot;%1&quot; (expected YYYY-MM or YYYY-MM-DD..YYYY-MM-DD)</source>
        <translation>période non valide «&#xa0;%1&#xa0;» (format attendu&#xa0;: YYYY-MM ou YYYY-MM-DD..YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans balise)</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>la période est vide</translation>
    </message>
    <message>
        <source>daily data starts on %1; earlier periods must be whole months</source>
        <translation>les données quotidiennes commencent le %1&#xa0;; les périodes antérieures doivent être des mois entiers</translation>
    </message>
    <message>
        <source>the cache holds monthly data only; the period must be whole months</source>
        <translation>le cache ne contient que des données mensuelles&#xa0;; la période doit être composée de mois entiers</translation>
    </message>
</context>
<context>
    <name>Spendscope::CommandLine</name>
    <message>
        <source>GenAI cost explorer and project manager for Amazon Bedrock</source>
        <translation>Explorateur de coûts GenAI et gestionnaire de projets pour Amazon Bedrock</translation>
    </message>
    <message>
        <source>Start the GUI against a sandbox account run in-process.</source>
        <translation>Démarrer l&apos;interface graphique sur un compte sandbox exécuté dans le processus.</translation>
    </message>
    <message>
        <source>Optional command: %1. Run “spendscope &lt;command&gt; --help” for its options.</source>
        <translation>Commande facultative&#xa0;: %1. Exécutez «&#xa0;spendscope &lt;commande&gt; --help&#xa0;» pour afficher ses options.</translation>
    </message>
    <message>
        <source>Unknown command “%1”; the commands are: %2.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;; les commandes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--sandbox starts the GUI and cannot be combined with the command “%1”.</source>
        <translation>--sandbox démarre l&apos;interface graphique et ne peut pas être combiné avec la commande «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Spendscope::CommandSupport</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The tag key that attributes cost to projects (default Project).</source>
        <translation>La clé de balise qui attribue les coûts aux projets (par défaut Project).</translation>
    </message>
    <message>
        <source>The tag key that attributes cost to teams (default Team).</source>
        <translation>La clé de balise qui attribue les coûts aux équipes (par défaut Team).</translation>
    </message>
    <message>
        <source>--profile and --endpoint-url cannot be combined.</source>
        <translation>--profile et --endpoint-url ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile nécessite un nom.</translation>
    </message>
    <message>
        <source>--endpoint-url needs an http or https URL, not “%1”.</source>
        <translation>--endpoint-url nécessite une URL http ou https, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>spendscope %1: %2</source>
        <extracomment>%1 the command (report, sandbox, sync), %2 why it failed</extracomment>
        <translation>spendscope %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ConnectionDialog</name>
    <message>
        <source>Connect an Account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Spendscope reads Bedrock projects, their tags and policies, and the billed cost from your AWS account. To look around first, use the sandbox: a local account with a generated organisation that needs no AWS access.</source>
        <translation>Spendscope lit les projets Bedrock, leurs balises et leurs stratégies, ainsi que le coût facturé, depuis votre compte AWS. Pour faire d&apos;abord un tour d&apos;horizon, utilisez le compte sandbox&#xa0;: un compte local avec une organisation générée, qui ne nécessite aucun accès AWS.</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox account (local, generated data)</source>
        <translation>Utiliser le compte &amp;sandbox (local, données générées)</translation>
    </message>
    <message>
        <source>Connect an &amp;AWS account</source>
        <translation>Connecter un compte &amp;AWS</translation>
    </message>
    <message>
        <source>AWS account</source>
        <translation>Compte AWS</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>AWS CLI profile (~/.aws)</source>
        <translation>Profil AWS CLI (~/.aws)</translation>
    </message>
    <message>
        <source>Access keys (kept in the system keychain)</source>
        <translation>Clés d&apos;accès (conservées dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Bedrock API key (kept in the system keychain)</source>
        <translation>Clé d&apos;API Bedrock (conservée dans le trousseau du système)</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Identification par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>I&amp;D de clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecret access key:</source>
        <translation>Clé d&apos;accès s&amp;ecrète&#xa0;:</translation>
    </message>
    <message>
        <source>Bedrock &amp;API key:</source>
        <translation>Clé d&apos;API &amp;Bedrock&#xa0;:</translation>
    </message>
    <message>
        <source>An API key reaches the projects only; costs need access keys or a profile.</source>
        <translation>Une clé d&apos;API donne accès aux projets uniquement&#xa0;; les coûts nécessitent des clés d&apos;accès ou un profil.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>facultatif, p. ex. http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de ter&amp;minaison&#xa0;:</translation>
    </message>
    <message>
        <source>Project &amp;tag key:</source>
        <translation>Clé de balise de pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Team ta&amp;g key:</source>
        <translation>Clé de balise d&apos;é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>no profiles in ~/.aws</source>
        <translation>aucun profil dans ~/.aws</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected with the API key. Projects: %1.</source>
        <translation>Connecté avec la clé d&apos;API. Projets&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connected to account %1 as %2. Projects: %3.</source>
        <extracomment>%1 is an account id, %2 an ARN, %3 a number of projects</extracomment>
        <translation>Connecté au compte %1 en tant que %2. Projets&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Saisissez la clé d&apos;accès secrète.</translation>
    </message>
    <message>
        <source>Enter the Bedrock API key.</source>
        <translation>Saisissez la clé d&apos;API Bedrock.</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>aucun trousseau n&apos;est configuré</translation>
    </message>
    <message>
        <source>The secret could not be stored: %1</source>
        <translation>Le secret n&apos;a pas pu être stocké&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::ConnectionTestJob</name>
    <message>
        <source>AWS did not accept these credentials (%1). Check the access key id and the secret, or create new keys.</source>
        <translation>AWS n&apos;a pas accepté ces identifiants (%1). Vérifiez l&apos;ID de clé d&apos;accès et le secret, ou créez de nouvelles clés.</translation>
    </message>
    <message>
        <source>The credentials work, but are not allowed to call %1. Ask for an IAM policy that allows it.</source>
        <extracomment>%1 is an IAM action such as bedrock-mantle:ListProjects</extracomment>
        <translation>Les identifiants fonctionnent, mais ne sont pas autorisés à appeler %1. Demandez une stratégie IAM qui l&apos;autorise.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Check the network connection, the region and the endpoint.</source>
        <translation>%1 est injoignable. Vérifiez la connexion réseau, la région et le point de terminaison.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostBarChart</name>
    <message>
        <source>Click to drill down.</source>
        <translation>Cliquez pour détailler.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostCache</name>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open the cost cache %1 (%2).</source>
        <translation>Impossible d&apos;ouvrir le cache de coûts %1 (%2).</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>sa version de schéma est manquante</translation>
    </message>
    <message>
        <source>The cost cache %1 cannot be used and cannot be moved aside to %2 (%3). Move or delete it, then start Spendscope again.</source>
        <translation>Le cache de coûts %1 est inutilisable et ne peut pas être déplacé vers %2 (%3). Déplacez-le ou supprimez-le, puis redémarrez Spendscope.</translation>
    </message>
    <message>
        <source>Cannot move or delete %1 (%2).</source>
        <translation>Impossible de déplacer ou de supprimer %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot prepare the cost cache %1 (%2).</source>
        <translation>Impossible de préparer le cache de coûts %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot update the cost cache %1 (%2).</source>
        <translation>Impossible de mettre à jour le cache de coûts %1 (%2).</translation>
    </message>
    <message>
        <source>The cost cache %1 is already open.</source>
        <translation>Le cache de coûts %1 est déjà ouvert.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the cost cache %1.</source>
        <translation>Impossible de créer le dossier du cache de coûts %1.</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>il est endommagé (%1)</translation>
    </message>
    <message>
        <source>it is not a Spendscope cost cache</source>
        <translation>ce n&apos;est pas un cache de coûts Spendscope</translation>
    </message>
    <message>
        <source>it was written by a newer version of Spendscope (schema %1; this version reads %2)</source>
        <translation>il a été écrit par une version plus récente de Spendscope (schéma %1&#xa0;; cette version lit le schéma %2)</translation>
    </message>
    <message>
        <source>The cost cache %1 cannot be used: %2. %3</source>
        <translation>Le cache de coûts %1 est inutilisable&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>The cost cache %1 could not be used: %2. It was moved to %3 and a new, empty cache was created; a resync is needed to fill it again.</source>
        <translation>Le cache de coûts %1 était inutilisable&#xa0;: %2. Il a été déplacé vers %3 et un nouveau cache vide a été créé&#xa0;; une nouvelle synchronisation est nécessaire pour le remplir.</translation>
    </message>
    <message>
        <source>The cost cache is not open.</source>
        <translation>Le cache de coûts n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Invalid cost period %1 to %2 for &quot;%3&quot;.</source>
        <translation>Période de coûts non valide, du %1 au %2, pour «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot store the cost period %1 of &quot;%2&quot; (%3).</source>
        <translation>Impossible de stocker la période de coûts %1 de «&#xa0;%2&#xa0;» (%3).</translation>
    </message>
    <message>
        <source>The stored document &quot;%1&quot; is damaged: %2</source>
        <translation>Le document stocké «&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostChartModel</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <extracomment>%1 the series (a team, ...), %2 the period, %3 the exact amount, %4 the currency</extracomment>
        <translation>%1, %2&#xa0;: %3 %4</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostDataLoader</name>
    <message>
        <source>The cost cache cannot be read: %1</source>
        <translation>Le cache de coûts ne peut pas être lu&#xa0;: %1</translation>
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
        <translation>Cliquez pour détailler.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerClient</name>
    <message>
        <source>The start &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>Le début «&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD ou YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; is not a date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>La fin «&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD ou YYYY-MM-DDThh:mm:ssZ).</translation>
    </message>
    <message>
        <source>The period must start before it ends (%1 to %2).</source>
        <translation>La période doit commencer avant de se terminer (du %1 au %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a billing view ARN.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ARN de vue de facturation.</translation>
    </message>
    <message>
        <source>A sort key is empty.</source>
        <translation>Une clé de tri est vide.</translation>
    </message>
    <message>
        <source>A maximum number of results needs a sort order.</source>
        <translation>Un nombre maximal de résultats nécessite un ordre de tri.</translation>
    </message>
    <message>
        <source>The maximum number of results must be between 1 and %1.</source>
        <translation>Le nombre maximal de résultats doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters.</source>
        <translation>Le texte de recherche dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A dimension name is needed.</source>
        <translation>Un nom de dimension est nécessaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dimension name such as SERVICE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de dimension tel que SERVICE.</translation>
    </message>
    <message>
        <source>At least one metric is needed.</source>
        <translation>Au moins une métrique est nécessaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Cost Explorer metric (expected one of %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une métrique Cost Explorer (valeurs attendues&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The metric %1 is asked for twice.</source>
        <translation>La métrique %1 est demandée deux fois.</translation>
    </message>
    <message>
        <source>Cost Explorer groups by at most two keys, not %1.</source>
        <translation>Cost Explorer regroupe selon deux clés au maximum, pas %1.</translation>
    </message>
    <message>
        <source>A grouping key is empty.</source>
        <translation>Une clé de regroupement est vide.</translation>
    </message>
    <message>
        <source>A grouping key is longer than %1 characters.</source>
        <translation>Une clé de regroupement dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The grouping by %1 is given twice.</source>
        <translation>Le regroupement par %1 est indiqué deux fois.</translation>
    </message>
    <message>
        <source>unknown group type &quot;%1&quot;</source>
        <translation>type de groupe inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Forecasts are only available by day or by month.</source>
        <translation>Les prévisions ne sont disponibles que par jour ou par mois.</translation>
    </message>
    <message>
        <source>The prediction interval level must be between 51 and 99, not %1.</source>
        <translation>Le niveau de l&apos;intervalle de prédiction doit être compris entre 51 et 99, pas %1.</translation>
    </message>
    <message>
        <source>The tag key is longer than %1 characters.</source>
        <translation>La clé de balise dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>le champ est manquant</translation>
    </message>
    <message>
        <source>At most %1 tag keys can be listed at once, not %2.</source>
        <translation>Au maximum %1 clés de balise peuvent être listées à la fois, pas %2.</translation>
    </message>
    <message>
        <source>A tag key is empty or longer than %1 characters.</source>
        <translation>Une clé de balise est vide ou dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>unknown tag type &quot;%1&quot;</source>
        <translation>type de balise inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown tag status &quot;%1&quot;</source>
        <translation>statut de balise inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No tag keys to activate or deactivate.</source>
        <translation>Aucune clé de balise à activer ou à désactiver.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is listed twice.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerJob</name>
    <message>
        <source>There is no cost data to query.</source>
        <translation>Il n&apos;y a aucune donnée de coûts à interroger.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExplorerQuery</name>
    <message>
        <source>Costs before %1 are stored per month, so the range is widened to whole months: %2 to %3.</source>
        <translation>Les coûts antérieurs au %1 sont stockés par mois&#xa0;; la plage est donc élargie à des mois entiers&#xa0;: du %2 au %3.</translation>
    </message>
    <message>
        <source>The cache holds monthly costs only, so the range is widened to whole months: %1 to %2.</source>
        <translation>Le cache ne contient que des coûts mensuels&#xa0;; la plage est donc élargie à des mois entiers&#xa0;: du %1 au %2.</translation>
    </message>
    <message>
        <source>Days and weeks are available from %1; the range reaches earlier, so the chart shows months.</source>
        <translation>Les jours et les semaines sont disponibles à partir du %1&#xa0;; la plage commence plus tôt, le graphique affiche donc des mois.</translation>
    </message>
    <message>
        <source>There are no daily costs in the cache; the chart shows months.</source>
        <translation>Le cache ne contient aucun coût quotidien&#xa0;; le graphique affiche des mois.</translation>
    </message>
    <message>
        <source>No project with a %1 tag carries %2=%3, so the tag filter matches no spend.</source>
        <translation>Aucun projet doté d&apos;une balise %1 ne porte %2=%3&#xa0;; le filtre de balise ne correspond donc à aucune dépense.</translation>
    </message>
    <message>
        <source>Tag %1=%2 selects the projects that carry it now, by their %3 tag: %4.</source>
        <translation>La balise %1=%2 sélectionne les projets qui la portent actuellement, d&apos;après leur balise %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>With projects in the selection, a team means the team that owns the project now (its %1 tag today), not the team tag billed at the time. Group by team without project filters for team spend as billed.</source>
        <translation>Lorsque des projets figurent dans la sélection, une équipe désigne l&apos;équipe actuellement propriétaire du projet (sa balise %1 aujourd&apos;hui), et non la balise d&apos;équipe facturée à l&apos;époque. Regroupez par équipe sans filtre de projet pour obtenir les dépenses d&apos;équipe telles que facturées.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Toute la plage</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>(untagged)</source>
        <translation>(sans balise)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>%1 is the Monday a week starts on</extracomment>
        <translation>Semaine du %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostExpression</name>
    <message>
        <source>The filter</source>
        <translation>Le filtre</translation>
    </message>
    <message>
        <source>The filter at %1</source>
        <translation>Le filtre en %1</translation>
    </message>
    <message>
        <source>%1 is nested more than %2 levels deep.</source>
        <translation>%1 est imbriqué sur plus de %2 niveaux.</translation>
    </message>
    <message>
        <source>%1 is empty; each part needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.</source>
        <translation>%1 est vide&#xa0;; chaque partie nécessite exactement un élément parmi And, Or, Not, Dimensions, Tags ou CostCategories.</translation>
    </message>
    <message>
        <source>%1 combines fewer than two expressions with %2.</source>
        <translation>%1 combine moins de deux expressions avec %2.</translation>
    </message>
    <message>
        <source>%1 negates %2 expressions instead of one.</source>
        <translation>%1 applique une négation à %2 expressions au lieu d&apos;une seule.</translation>
    </message>
    <message>
        <source>%1 is a %2 rule and cannot have sub-expressions.</source>
        <translation>%1 est une règle %2 et ne peut pas avoir de sous-expressions.</translation>
    </message>
    <message>
        <source>%1 has a value longer than %2 characters.</source>
        <translation>%1 a une valeur de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>%1 needs a dimension name.</source>
        <translation>%1 nécessite un nom de dimension.</translation>
    </message>
    <message>
        <source>%1 names the dimension &quot;%2&quot;, which is not a dimension name such as SERVICE.</source>
        <translation>%1 nomme la dimension «&#xa0;%2&#xa0;», qui n&apos;est pas un nom de dimension tel que SERVICE.</translation>
    </message>
    <message>
        <source>%1 needs at least one value for dimension %2.</source>
        <translation>%1 nécessite au moins une valeur pour la dimension %2.</translation>
    </message>
    <message>
        <source>%1 has a tag key longer than %2 characters.</source>
        <translation>%1 a une clé de balise de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>%1 lists tag values but no tag key.</source>
        <translation>%1 liste des valeurs de balise, mais aucune clé de balise.</translation>
    </message>
    <message>
        <source>%1 needs a cost category name.</source>
        <translation>%1 nécessite un nom de catégorie de coûts.</translation>
    </message>
    <message>
        <source>%1 has a cost category name longer than %2 characters.</source>
        <translation>%1 a un nom de catégorie de coûts de plus de %2 caractères.</translation>
    </message>
    <message>
        <source>%1 has no operator; it needs exactly one of And, Or, Not, Dimensions, Tags or CostCategories.</source>
        <translation>%1 n&apos;a pas d&apos;opérateur&#xa0;; il nécessite exactement un élément parmi And, Or, Not, Dimensions, Tags ou CostCategories.</translation>
    </message>
    <message>
        <source>%1 has several root operators (%2); only one is allowed per expression.</source>
        <translation>%1 a plusieurs opérateurs racines (%2)&#xa0;; un seul est autorisé par expression.</translation>
    </message>
    <message>
        <source>%1: %2 must be a list of expressions.</source>
        <translation>%1&#xa0;: %2 doit être une liste d&apos;expressions.</translation>
    </message>
    <message>
        <source>The filter at %1 is not an object.</source>
        <translation>Le filtre en %1 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1: Not must be an expression object.</source>
        <translation>%1&#xa0;: Not doit être un objet d&apos;expression.</translation>
    </message>
    <message>
        <source>%1: %2 must be an object with Key and Values.</source>
        <translation>%1&#xa0;: %2 doit être un objet avec Key et Values.</translation>
    </message>
    <message>
        <source>The filter at %1: Key must be a string.</source>
        <translation>Le filtre en %1&#xa0;: Key doit être une chaîne.</translation>
    </message>
    <message>
        <source>The filter at %1: Values must be a list of strings.</source>
        <translation>Le filtre en %1&#xa0;: Values doit être une liste de chaînes.</translation>
    </message>
    <message>
        <source>The filter at %1: MatchOptions must be a list.</source>
        <translation>Le filtre en %1&#xa0;: MatchOptions doit être une liste.</translation>
    </message>
    <message>
        <source>The filter at %1 has an unknown match option.</source>
        <translation>Le filtre en %1 a une option de correspondance inconnue.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostPivotModel</name>
    <message>
        <source>%1: %2. Double-click to drill down.</source>
        <extracomment>%1 is a dimension (Team), %2 its value</extracomment>
        <translation>%1&#xa0;: %2. Double-cliquez pour détailler.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1, %2: %3 %4</source>
        <extracomment>%1 the group (a team, ...), %2 the period, %3 the exact amount, %4 the currency</extracomment>
        <translation>%1, %2&#xa0;: %3 %4</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostTrendChart</name>
    <message>
        <source>Daily cost</source>
        <translation>Coût quotidien</translation>
    </message>
    <message>
        <source>%1: %2 USD</source>
        <extracomment>%1 a day, %2 the exact amount</extracomment>
        <translation>%1&#xa0;: %2 USD</translation>
    </message>
    <message>
        <source>Forecast, %1% interval</source>
        <translation>Prévision, intervalle de %1&#xa0;%</translation>
    </message>
    <message>
        <source>Month-end forecast: %1 USD (%2% interval %3 to %4 USD)
%5</source>
        <translation>Prévision de fin de mois&#xa0;: %1 USD (intervalle de %2&#xa0;%&#xa0;: %3 à %4 USD)
%5</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
</context>
<context>
    <name>Spendscope::CostsPage</name>
    <message>
        <source>Days are UTC calendar days, as billed; both days are included.</source>
        <translation>Les jours sont des jours calendaires UTC, tels que facturés&#xa0;; les deux jours sont inclus.</translation>
    </message>
    <message>
        <source>The time buckets of the bar chart and the table&apos;s columns.</source>
        <translation>Les intervalles de temps du graphique à barres et les colonnes du tableau.</translation>
    </message>
    <message>
        <source>Cost Explorer has no dimension for arbitrary tags: a tag filter selects the projects that carry the tag now and filters on their project tag values. Spend without a project tag cannot be filtered by other tags.</source>
        <translation>Cost Explorer n&apos;a pas de dimension pour les balises arbitraires&#xa0;: un filtre de balise sélectionne les projets qui portent actuellement la balise et filtre sur les valeurs de leur balise de projet. Les dépenses sans balise de projet ne peuvent pas être filtrées par d&apos;autres balises.</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Undo the last drill-down (%1)</source>
        <extracomment>%1 is the shortcut, e.g. Alt+Left</extracomment>
        <translation>Annuler le dernier niveau de détail (%1)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>The table as shown, with exact amounts</source>
        <translation>Le tableau tel qu&apos;affiché, avec les montants exacts</translation>
    </message>
    <message>
        <source>Regrouping…</source>
        <translation>Regroupement…</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Plage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>P&amp;ar&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Balise&#xa0;:</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Coût dans le temps</translation>
    </message>
    <message>
        <source>Cost per model</source>
        <translation>Coût par modèle</translation>
    </message>
    <message>
        <source>Daily cost and forecast</source>
        <translation>Coût quotidien et prévision</translation>
    </message>
    <message>
        <source>Double-click a row to drill down.</source>
        <translation>Double-cliquez sur une ligne pour détailler.</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Exactly %1 USD</source>
        <translation>Exactement %1 USD</translation>
    </message>
    <message>
        <source>Untagged (no %1 tag): %2, %3% of the total</source>
        <extracomment>%1 the tag key, %2 the amount, %3 its share of the total in percent</extracomment>
        <translation>Sans balise (pas de balise %1)&#xa0;: %2, soit %3&#xa0;% du total</translation>
    </message>
    <message>
        <source>Month-end forecast for this selection: %1 (%2% interval %3 to %4)</source>
        <translation>Prévision de fin de mois pour cette sélection&#xa0;: %1 (intervalle de %2&#xa0;%&#xa0;: %3 à %4)</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <extracomment>%1 and %2 are days, both included</extracomment>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>All costs</source>
        <translation>Tous les coûts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A breadcrumb step: a dimension and the values filtered on</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Tag %1=%2</source>
        <translation>Balise %1=%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les balises</translation>
    </message>
    <message>
        <source>%1=%2</source>
        <translation>%1=%2</translation>
    </message>
    <message>
        <source>Several (%1)</source>
        <extracomment>A filter combo&apos;s entry for a set of values chosen by drilling into &quot;Other&quot;</extracomment>
        <translation>Plusieurs (%1)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>costs-by-%1-%2-to-%3.csv</source>
        <extracomment>A file name; %1 the grouping, %2 and %3 the first and last day</extracomment>
        <translation>couts-par-%1-%2-au-%3.csv</translation>
    </message>
    <message>
        <source>Export Costs as CSV</source>
        <translation>Exporter les coûts au format CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the table to %1.</source>
        <translation>Tableau exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CreateBudgetCommand</name>
    <message>
        <source>Create budget “%1”</source>
        <translation>Créer le budget «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::CreateProjectCommand</name>
    <message>
        <source>Create project “%1”</source>
        <translation>Créer le projet «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::CredentialChain</name>
    <message>
        <source>The credential_process output is not valid JSON (%1 at offset %2).</source>
        <extracomment>%1 is the JSON parser&apos;s reason, %2 a byte offset</extracomment>
        <translation>La sortie de credential_process n&apos;est pas un JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <source>The credential_process output is not a JSON object.</source>
        <translation>La sortie de credential_process n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The credential_process output has no “Version”; it must be 1.</source>
        <translation>La sortie de credential_process n&apos;a pas de «&#xa0;Version&#xa0;»&#xa0;; elle doit valoir 1.</translation>
    </message>
    <message>
        <source>The credential_process output has an unsupported “Version”; it must be 1.</source>
        <translation>La sortie de credential_process a une «&#xa0;Version&#xa0;» non prise en charge&#xa0;; elle doit valoir 1.</translation>
    </message>
    <message>
        <source>The credential_process output has no “%1”.</source>
        <translation>La sortie de credential_process n&apos;a pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“SessionToken” in the credential_process output is not a string.</source>
        <translation>«&#xa0;SessionToken&#xa0;» dans la sortie de credential_process n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>“Expiration” in the credential_process output is not an ISO 8601 time.</source>
        <translation>«&#xa0;Expiration&#xa0;» dans la sortie de credential_process n&apos;est pas une heure ISO 8601.</translation>
    </message>
    <message>
        <source>The credentials from credential_process expired at %1.</source>
        <translation>Les identifiants issus de credential_process ont expiré le %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::CubeQueryJob</name>
    <message>
        <source>There is no cost data to query.</source>
        <translation>Il n&apos;y a aucune donnée de coûts à interroger.</translation>
    </message>
</context>
<context>
    <name>Spendscope::DailySpendBars</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A bar of the daily spend chart: %1 day, %2 exact amount</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::DataRetention</name>
    <message>
        <source>Inherit from account</source>
        <extracomment>data retention mode: follow the account-wide setting</extracomment>
        <translation>Hériter du compte</translation>
    </message>
    <message>
        <source>Provider default</source>
        <extracomment>data retention mode</extracomment>
        <translation>Valeur par défaut du fournisseur</translation>
    </message>
    <message>
        <source>No retention</source>
        <extracomment>data retention mode: nothing is kept</extracomment>
        <translation>Aucune conservation</translation>
    </message>
    <message>
        <source>Share with model provider</source>
        <extracomment>data retention mode: the model provider may keep data</extracomment>
        <translation>Partager avec le fournisseur du modèle</translation>
    </message>
</context>
<context>
    <name>Spendscope::DeleteBudgetCommand</name>
    <message>
        <source>Delete budget “%1”</source>
        <translation>Supprimer le budget «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::HostedSandboxLauncher</name>
    <message>
        <source>sandbox account</source>
        <translation>compte sandbox</translation>
    </message>
</context>
<context>
    <name>Spendscope::IamClient</name>
    <message>
        <source>The answer lacks the field %1.%2.</source>
        <translation>La réponse ne contient pas le champ %1.%2.</translation>
    </message>
    <message>
        <source>%1 returned the same page marker twice; the listing would never end.</source>
        <translation>%1 a renvoyé deux fois le même marqueur de page&#xa0;; la liste ne se terminerait jamais.</translation>
    </message>
    <message>
        <source>%1 returned more than %2 pages.</source>
        <translation>%1 a renvoyé plus de %2 pages.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; must start and end with a slash.</source>
        <translation>Le chemin «&#xa0;%1&#xa0;» doit commencer et se terminer par une barre oblique.</translation>
    </message>
    <message>
        <source>The path prefix &quot;%1&quot; must start with a slash.</source>
        <translation>Le préfixe de chemin «&#xa0;%1&#xa0;» doit commencer par une barre oblique.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most 1000 are allowed.</source>
        <translation>La description compte %1 caractères&#xa0;; 1000 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The policy name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Le nom de la stratégie doit comporter de 1 à %1 caractères&#xa0;; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <source>The policy name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Le nom de la stratégie «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et _+=,.@-.</translation>
    </message>
    <message>
        <source>The user name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Le nom d&apos;utilisateur doit comporter de 1 à %1 caractères&#xa0;; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et _+=,.@-.</translation>
    </message>
    <message>
        <source>The role name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Le nom du rôle doit comporter de 1 à %1 caractères&#xa0;; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Le nom du rôle «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et _+=,.@-.</translation>
    </message>
    <message>
        <source>The group name must have 1 to %1 characters; &quot;%2&quot; has %3.</source>
        <translation>Le nom du groupe doit comporter de 1 à %1 caractères&#xa0;; «&#xa0;%2&#xa0;» en compte %3.</translation>
    </message>
    <message>
        <source>The group name &quot;%1&quot; may only contain letters, digits and _+=,.@-.</source>
        <translation>Le nom du groupe «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres et _+=,.@-.</translation>
    </message>
    <message>
        <source>The policy path &quot;%1&quot; must start and end with a slash, e.g. /spendscope/, and use only letters, digits and .,+@=_- between the slashes.</source>
        <translation>Le chemin de la stratégie «&#xa0;%1&#xa0;» doit commencer et se terminer par une barre oblique, p. ex. /spendscope/, et n&apos;utiliser que des lettres, des chiffres et .,+@=_- entre les barres obliques.</translation>
    </message>
    <message>
        <source>The policy document is empty.</source>
        <translation>Le document de stratégie est vide.</translation>
    </message>
    <message>
        <source>The policy document is not valid JSON: %1 at offset %2.</source>
        <translation>Le document de stratégie n&apos;est pas un JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The policy document must be a JSON object.</source>
        <translation>Le document de stratégie doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The policy document has %1 characters without white space; a managed policy may have at most %2.</source>
        <translation>Le document de stratégie compte %1 caractères hors espaces&#xa0;; une stratégie gérée peut en compter au maximum %2.</translation>
    </message>
    <message>
        <source>The policy document contains the character U+%1, which IAM does not accept.</source>
        <translation>Le document de stratégie contient le caractère U+%1, qu&apos;IAM n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a managed policy ARN (arn:aws:iam::&lt;account&gt;:policy/&lt;path&gt;&lt;name&gt;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ARN de stratégie gérée (arn:aws:iam::&lt;account&gt;:policy/&lt;path&gt;&lt;name&gt;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a policy version id such as v3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de version de stratégie tel que v3.</translation>
    </message>
    <message>
        <source>At most 50 tags are allowed; %1 were given.</source>
        <translation>50 balises au maximum sont autorisées&#xa0;; %1 ont été fournies.</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; must have 1 to 128 letters, digits, spaces or _.:/=+-@.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» doit comporter de 1 à 128 lettres, chiffres, espaces ou _.:/=+-@.</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; must have at most 256 letters, digits, spaces or _.:/=+-@.</source>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» doit comporter au maximum 256 lettres, chiffres, espaces ou _.:/=+-@.</translation>
    </message>
    <message>
        <source>The maximum session duration must be between 3600 and 43200 seconds, not %1.</source>
        <translation>La durée de session maximale doit être comprise entre 3600 et 43200 secondes, pas %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::InsightModel</name>
    <message>
        <source>Spend spike on %1</source>
        <translation>Pic de dépenses le %1</translation>
    </message>
    <message>
        <source>Spend drop on %1</source>
        <translation>Baisse des dépenses le %1</translation>
    </message>
    <message>
        <source>Spend without a team tag</source>
        <translation>Dépenses sans balise d&apos;équipe</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Spend without a project tag</source>
        <translation>Dépenses sans balise de projet</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Projet %1</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual spend for that weekday.</source>
        <extracomment>%1 who (a team or project), %2 day, %3 actual amount, %4 expected amount, %5 a number</extracomment>
        <translation>%1&#xa0;: %3 le %2 alors qu&apos;environ %4 était attendu, soit %5 écarts-types robustes au-dessus des dépenses habituelles pour ce jour de la semaine.</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual spend for that weekday.</source>
        <translation>%1&#xa0;: %3 le %2 alors qu&apos;environ %4 était attendu, soit %5 écarts-types robustes en dessous des dépenses habituelles pour ce jour de la semaine.</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations above the usual spend for that weekday. %6 drove most of it: %7 more than expected (%8 of the excess).</source>
        <extracomment>%1 who, %2 day, %3 actual, %4 expected, %5 a number, %6 model id, %7 amount, %8 percentage</extracomment>
        <translation>%1&#xa0;: %3 le %2 alors qu&apos;environ %4 était attendu, soit %5 écarts-types robustes au-dessus des dépenses habituelles pour ce jour de la semaine. %6 en est la principale cause&#xa0;: %7 de plus que prévu (%8 de l&apos;excédent).</translation>
    </message>
    <message>
        <source>%1: %3 on %2 where about %4 was expected, %5 robust standard deviations below the usual spend for that weekday. %6 fell most: %7 less than expected (%8 of the shortfall).</source>
        <translation>%1&#xa0;: %3 le %2 alors qu&apos;environ %4 était attendu, soit %5 écarts-types robustes en dessous des dépenses habituelles pour ce jour de la semaine. %6 a le plus baissé&#xa0;: %7 de moins que prévu (%8 du déficit).</translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>An insight that would save money</extracomment>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Attribution</source>
        <extracomment>An insight about spend that cannot be charged back</extracomment>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <extracomment>Estimated savings, e.g. &quot;$120.00 a month&quot;</extracomment>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 at stake</source>
        <extracomment>Spend that would be charged to the wrong owner or to no one, e.g. &quot;$340.00 at stake&quot;</extracomment>
        <translation>%1 en jeu</translation>
    </message>
    <message>
        <source>%1 below expected</source>
        <extracomment>A day&apos;s spend below what was expected, e.g. &quot;$40.00 below expected&quot;</extracomment>
        <translation>%1 de moins que prévu</translation>
    </message>
    <message>
        <source>%1 above expected</source>
        <extracomment>A day&apos;s spend above what was expected, e.g. &quot;$40.00 above expected&quot;</extracomment>
        <translation>%1 de plus que prévu</translation>
    </message>
    <message>
        <source>Untagged</source>
        <extracomment>A team or project without its attribution tag</extracomment>
        <translation>Sans balise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Impact</source>
        <extracomment>Dollar impact: savings a month, amount at stake, or a day&apos;s excess</extracomment>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justification</translation>
    </message>
</context>
<context>
    <name>Spendscope::InsightsPage</name>
    <message>
        <source>All insights</source>
        <translation>Toutes les analyses</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;Project</source>
        <translation>Ouvrir le &amp;projet</translation>
    </message>
    <message>
        <source>Show the project on the Projects page</source>
        <translation>Afficher le projet dans la page Projets</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>&amp;Comparer les modèles</translation>
    </message>
    <message>
        <source>Re-price this usage on other models</source>
        <translation>Revaloriser cette utilisation sur d&apos;autres modèles</translation>
    </message>
    <message>
        <source>Create &amp;Budget…</source>
        <translation>Créer un &amp;budget…</translation>
    </message>
    <message>
        <source>A new budget with the forecast month total, rounded up, as its limit</source>
        <translation>Un nouveau budget dont la limite est le total prévu du mois, arrondi au supérieur</translation>
    </message>
    <message>
        <source>Show C&amp;osts</source>
        <translation>Afficher les c&amp;oûts</translation>
    </message>
    <message>
        <source>The costs behind this insight, by model</source>
        <translation>Les coûts à l&apos;origine de cette analyse, par modèle</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync to look for savings and anomalies.</source>
        <translation>Aucune donnée de coûts pour l&apos;instant. Synchronisez pour rechercher des économies et des anomalies.</translation>
    </message>
    <message>
        <source>Analysing the last 30 days…</source>
        <translation>Analyse des 30 derniers jours…</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>L&apos;analyse a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waste findings and anomalies of the last 30 days.</source>
        <translation>Constats de gaspillage et anomalies des 30 derniers jours.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2.&lt;/b&gt; Possible savings: &lt;b&gt;%3 a month&lt;/b&gt; (alternatives on the same traffic counted once). Savings: %4 · attribution problems: %5 · anomalies: %6.</source>
        <extracomment>%1 and %2 the window&apos;s first and last day, %3 amount a month, %4 %5 %6 counts</extracomment>
        <translation>&lt;b&gt;%1 – %2.&lt;/b&gt; Économies possibles&#xa0;: &lt;b&gt;%3 par mois&lt;/b&gt; (les alternatives sur le même trafic ne sont comptées qu&apos;une fois). Économies&#xa0;: %4 · problèmes d&apos;attribution&#xa0;: %5 · anomalies&#xa0;: %6.</translation>
    </message>
    <message>
        <source>No insight selected</source>
        <translation>Aucune analyse sélectionnée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an insight to see its evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une analyse pour en voir la justification.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Cheaper model</source>
        <translation>Modèle moins cher</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Forecast month total</source>
        <translation>Total prévu du mois</translation>
    </message>
    <message>
        <source>Suggested budget</source>
        <translation>Budget suggéré</translation>
    </message>
</context>
<context>
    <name>Spendscope::Json11</name>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a JSON path such as ResultsByTime[2].Total, %2 what is wrong with it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an object, found a %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, found a %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a string, found a %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the field is missing</source>
        <translation>le champ est manquant</translation>
    </message>
    <message>
        <source>expected true or false, found a %1</source>
        <translation>true ou false attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a number, found a %1</source>
        <translation>nombre attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>le nombre est hors plage</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a decimal string, found a %1</source>
        <translation>chaîne décimale attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decimal amount in range</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant décimal dans la plage autorisée</translation>
    </message>
    <message>
        <source>the timestamp %1 is out of range</source>
        <translation>l&apos;horodatage %1 est hors plage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>%1 returned a page token it had returned before; stopping instead of looping.</source>
        <translation>%1 a renvoyé un jeton de page déjà renvoyé&#xa0;; arrêt au lieu de boucler.</translation>
    </message>
    <message>
        <source>%1 returned more than %2 pages; stopping.</source>
        <translation>%1 a renvoyé plus de %2 pages&#xa0;; arrêt.</translation>
    </message>
</context>
<context>
    <name>Spendscope::LoadPrincipalsJob</name>
    <message>
        <source>The policy “%1” was left out: %2</source>
        <extracomment>%1 is a policy name, %2 the reason</extracomment>
        <translation>La stratégie «&#xa0;%1&#xa0;» a été ignorée&#xa0;: %2</translation>
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
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sandbox account</source>
        <translation>Compte sandbox</translation>
    </message>
    <message>
        <source>The sandbox account could not start: %1</source>
        <translation>Le compte sandbox n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add an AWS Account…</source>
        <translation>&amp;Ajouter un compte AWS…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Fetch what is new from Cost Explorer (USD 0.01 per request)</source>
        <translation>Récupérer les nouveautés depuis Cost Explorer (0,01 USD par requête)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>A&amp;nnuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Spendscope</source>
        <translation>À &amp;propos de Spendscope</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Add an AWS account…</source>
        <translation>Ajouter un compte AWS…</translation>
    </message>
    <message>
        <source>Starting the sandbox account…</source>
        <translation>Démarrage du compte sandbox…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
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
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last sync %1 · requests: %2 · USD %3</source>
        <extracomment>%1 is a date and time, %2 a number of requests, %3 their price in USD</extracomment>
        <translation>Dernière synchronisation&#xa0;: %1 · requêtes&#xa0;: %2 · %3 USD</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>About Spendscope</source>
        <translation>À propos de Spendscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spendscope %1&lt;/h3&gt;&lt;p&gt;Who spends what on generative AI, on which model, and is it worth it: the analyst&apos;s workstation for Amazon Bedrock projects, their tags and policies, and their billed cost.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Price catalog: %3 models, as of %4.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <extracomment>%1 version, %2 Qt version, %3 model count, %4 catalog date</extracomment>
        <translation>&lt;h3&gt;Spendscope %1&lt;/h3&gt;&lt;p&gt;Qui dépense quoi en IA générative, sur quel modèle, et cela en vaut-il la peine&#xa0;: le poste de travail de l&apos;analyste pour les projets Amazon Bedrock, leurs balises et leurs stratégies, et leur coût facturé.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2. Catalogue de prix&#xa0;: %3 modèles, à jour au %4.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>Spendscope::MantleProjectsClient</name>
    <message>
        <source>The response is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>La réponse n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Asked for project “%1” but the service answered with “%2”.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» a été demandé, mais le service a répondu avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The data retention mode must be one of %1.</source>
        <translation>Le mode de conservation des données doit être l&apos;un des suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing to update: give a name, tags or a data retention mode.</source>
        <translation>Rien à mettre à jour&#xa0;: indiquez un nom, des balises ou un mode de conservation des données.</translation>
    </message>
    <message>
        <source>The default project cannot be renamed.</source>
        <translation>Le projet par défaut ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>The default project cannot be tagged.</source>
        <translation>Le projet par défaut ne peut pas être balisé.</translation>
    </message>
    <message>
        <source>A tag key to remove must not be empty.</source>
        <translation>Une clé de balise à supprimer ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Tag key “%1” is longer than %2 characters.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Tag key “%1” is reserved by AWS and cannot be removed.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» est réservée par AWS et ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Tag “%1” is both added and removed.</source>
        <translation>La balise «&#xa0;%1&#xa0;» est à la fois ajoutée et supprimée.</translation>
    </message>
    <message>
        <source>The default project cannot be archived.</source>
        <translation>Le projet par défaut ne peut pas être archivé.</translation>
    </message>
    <message>
        <source>Expected a list of projects but got “%1”.</source>
        <translation>Une liste de projets était attendue, mais «&#xa0;%1&#xa0;» a été reçu.</translation>
    </message>
    <message>
        <source>The project list has no “data” array.</source>
        <translation>La liste des projets n&apos;a pas de tableau «&#xa0;data&#xa0;».</translation>
    </message>
    <message>
        <source>Entry %1 on page %2 of the project list: %3</source>
        <extracomment>%1 is a 1-based position on a page, %2 the page number, %3 the reason</extracomment>
        <translation>Entrée %1 de la page %2 de la liste des projets&#xa0;: %3</translation>
    </message>
    <message>
        <source>“has_more” is not true or false.</source>
        <translation>«&#xa0;has_more&#xa0;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>The service says more projects follow but gives no “last_id” to continue from.</source>
        <translation>Le service indique que d&apos;autres projets suivent, mais ne fournit aucun «&#xa0;last_id&#xa0;» à partir duquel continuer.</translation>
    </message>
    <message>
        <source>The service says more projects follow but sent an empty page.</source>
        <translation>Le service indique que d&apos;autres projets suivent, mais a envoyé une page vide.</translation>
    </message>
    <message>
        <source>The project list does not end: the service returned the cursor “%1” again.</source>
        <translation>La liste des projets ne se termine pas&#xa0;: le service a de nouveau renvoyé le curseur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The project list does not end: more than %1 pages.</source>
        <translation>La liste des projets ne se termine pas&#xa0;: plus de %1 pages.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>La taille de page doit être comprise entre 1 et %1.</translation>
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
        <translation>Économique</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No price of this kind: the model has no such SKU</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 has no cache-read price: cache reads are billed as input tokens.</source>
        <translation>%1 n&apos;a pas de prix de lecture du cache&#xa0;: les lectures du cache sont facturées comme des jetons d&apos;entrée.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price: cache writes are billed as input tokens.</source>
        <translation>%1 n&apos;a pas de prix d&apos;écriture dans le cache&#xa0;: les écritures dans le cache sont facturées comme des jetons d&apos;entrée.</translation>
    </message>
    <message>
        <source>Your price: %1 per 1M tokens (%2). Catalog price: %3.</source>
        <extracomment>%1 the user&apos;s price, %2 the user&apos;s note, %3 the catalog&apos;s price</extracomment>
        <translation>Votre prix&#xa0;: %1 par million de jetons (%2). Prix catalogue&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Your price: %1 per 1M tokens. Catalog price: %2.</source>
        <translation>Votre prix&#xa0;: %1 par million de jetons. Prix catalogue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 per 1M tokens, from %2 (%3, as of %4).</source>
        <translation>%1 par million de jetons, selon %2 (%3, à jour au %4).</translation>
    </message>
    <message>
        <source>%1 (%2): prices in bold italics are your overrides.</source>
        <translation>%1 (%2)&#xa0;: les prix en gras italique sont vos prix personnalisés.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>ID du modèle</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Input / 1M</source>
        <translation>Entrée / 1M</translation>
    </message>
    <message>
        <source>Output / 1M</source>
        <translation>Sortie / 1M</translation>
    </message>
    <message>
        <source>Cache read / 1M</source>
        <translation>Lecture cache / 1M</translation>
    </message>
    <message>
        <source>Cache write / 1M</source>
        <translation>Écriture cache / 1M</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À jour au</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelComparisonChart</name>
    <message>
        <source>Would have cost</source>
        <translation>Aurait coûté</translation>
    </message>
    <message>
        <source>Model in use</source>
        <translation>Modèle utilisé</translation>
    </message>
    <message>
        <source>Billed: %1</source>
        <extracomment>%1 the billed amount</extracomment>
        <translation>Facturé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 model, %2 exact re-priced cost, %3 signed difference to the bill</extracomment>
        <translation>%1&#xa0;: %2 (%3)</translation>
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
        <translation>Utilisé par cette sélection.</translation>
    </message>
    <message>
        <source>Priced with your override.</source>
        <translation>Calculé avec votre prix personnalisé.</translation>
    </message>
    <message>
        <source>%1 exactly on this model; billed: %2.</source>
        <extracomment>%1 the exact cost, %2 what was billed</extracomment>
        <translation>%1 exactement sur ce modèle&#xa0;; facturé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>%1 exactement</translation>
    </message>
    <message>
        <source>What the selection&apos;s tokens would have cost on this model</source>
        <translation>Ce qu&apos;auraient coûté les jetons de la sélection sur ce modèle</translation>
    </message>
    <message>
        <source>Would cost minus billed: negative means cheaper</source>
        <translation>Coût estimé moins montant facturé&#xa0;: une valeur négative signifie moins cher</translation>
    </message>
    <message>
        <source>The difference as a share of what was billed</source>
        <translation>La différence en proportion du montant facturé</translation>
    </message>
    <message>
        <source>What was billed on this model in the selection</source>
        <translation>Ce qui a été facturé sur ce modèle dans la sélection</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Would cost</source>
        <translation>Coûterait</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Diff. %</source>
        <translation>Diff.&#xa0;%</translation>
    </message>
    <message>
        <source>Billed here</source>
        <translation>Facturé ici</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Spendscope::ModelsPage</name>
    <message>
        <source>(untagged)</source>
        <extracomment>A team or project without the attribution tag</extracomment>
        <translation>(sans balise)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Re-price all of the selection&apos;s usage, or only what ran on one model</source>
        <translation>Revaloriser toute l&apos;utilisation de la sélection, ou seulement ce qui a été exécuté sur un modèle</translation>
    </message>
    <message>
        <source>&amp;Usage of:</source>
        <translation>&amp;Utilisation de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ran on:</source>
        <translation>&amp;Exécuté sur&#xa0;:</translation>
    </message>
    <message>
        <source>Per &amp;model</source>
        <translation>Par &amp;modèle</translation>
    </message>
    <message>
        <source>Organisation token mix</source>
        <translation>Répartition des jetons de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Set Your Price…</source>
        <translation>&amp;Définir votre prix…</translation>
    </message>
    <message>
        <source>Use &amp;Catalog Price</source>
        <translation>Utiliser le prix du &amp;catalogue</translation>
    </message>
    <message>
        <source>Prices per 1M tokens. &lt;b&gt;&lt;i&gt;Bold italic&lt;/i&gt;&lt;/b&gt; prices are your own (e.g. negotiated rates); hover for the catalog&apos;s figure.</source>
        <translation>Prix par million de jetons. Les prix en &lt;b&gt;&lt;i&gt;gras italique&lt;/i&gt;&lt;/b&gt; sont les vôtres (p. ex. des tarifs négociés)&#xa0;; survolez-les pour voir le chiffre du catalogue.</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Describe a task; double-click a cell to edit. Cache writes are left out: a cached prefix is written once for many tasks.</source>
        <translation>Décrivez une tâche&#xa0;; double-cliquez sur une cellule pour la modifier. Les écritures dans le cache sont exclues&#xa0;: un préfixe mis en cache est écrit une seule fois pour de nombreuses tâches.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Task Calculator</source>
        <translation>Calculateur de tâches</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team in the scope selector, %1 its tag value</extracomment>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <extracomment>A project in the scope selector, %1 its project tag value</extracomment>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>%1 the window&apos;s name (e.g. Last 30 days), %2 its first day, %3 its last day</extracomment>
        <translation>%1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>All usage, %1. Total %2.</source>
        <extracomment>%1 the window (name and dates), %2 the organisation&apos;s total cost in it</extracomment>
        <translation>Toute l&apos;utilisation, %1. Total&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>No cost data yet. Sync (F5) to compare what your usage would cost on each model.</source>
        <translation>Aucune donnée de coûts pour l&apos;instant. Synchronisez (F5) pour comparer ce que votre utilisation coûterait sur chaque modèle.</translation>
    </message>
    <message>
        <source>%1 has no Bedrock usage in %2.</source>
        <extracomment>%1 the scope (organisation, team or project), %2 the window</extracomment>
        <translation>%1 n&apos;a aucune utilisation de Bedrock sur la période %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: billed &lt;b&gt;%3&lt;/b&gt;. On the cheapest model, %4, it would have cost %5 (%6).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2&#xa0;: facturé &lt;b&gt;%3&lt;/b&gt;. Sur le modèle le moins cher, %4, cela aurait coûté %5 (%6).</translation>
    </message>
    <message>
        <source>Not in the catalog (billed cost kept, no price to check): %1.</source>
        <translation>Absent du catalogue (coût facturé conservé, aucun prix à vérifier)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Prices: catalog as of &lt;b&gt;%1&lt;/b&gt; (%2 per 1M tokens, on-demand), sources: %3.</source>
        <extracomment>%1 the catalog&apos;s date, %2 its currency, %3 a list of source links</extracomment>
        <translation>Prix&#xa0;: catalogue à jour au &lt;b&gt;%1&lt;/b&gt; (%2 par million de jetons, à la demande), sources&#xa0;: %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;i&gt;Your own prices apply to models: %1.&lt;/i&gt;&lt;/b&gt;</source>
        <translation>&lt;b&gt;&lt;i&gt;Vos propres prix s&apos;appliquent aux modèles&#xa0;: %1.&lt;/i&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on every model, cheapest first:</source>
        <extracomment>%1 a task profile&apos;s name</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur chaque modèle, du moins cher au plus cher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Spendscope::MonthEndForecaster</name>
    <message>
        <source>The month is complete</source>
        <extracomment>The month-end &quot;forecast&quot; when the month has no days left</extracomment>
        <translation>Le mois est terminé</translation>
    </message>
    <message numerus="yes">
        <source>Weekly seasonality and trend from %n day(s) of history</source>
        <extracomment>%n is the number of days of cost history</extracomment>
        <translation>
            <numerusform>Saisonnalité hebdomadaire et tendance sur %n jour d&apos;historique</numerusform>
            <numerusform>Saisonnalité hebdomadaire et tendance sur %n jours d&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run rate from only %n day(s) of history (rough)</source>
        <extracomment>%n is the number of days of cost history; the forecast is only a rough run rate</extracomment>
        <translation>
            <numerusform>Rythme actuel sur seulement %n jour d&apos;historique (approximatif)</numerusform>
            <numerusform>Rythme actuel sur seulement %n jours d&apos;historique (approximatif)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>Month-end forecast</source>
        <translation>Prévision de fin de mois</translation>
    </message>
    <message>
        <source>Against last month</source>
        <translation>Par rapport au mois dernier</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Dépenses non attribuées</translation>
    </message>
    <message>
        <source>Top teams</source>
        <translation>Principales équipes</translation>
    </message>
    <message>
        <source>Top projects</source>
        <translation>Principaux projets</translation>
    </message>
    <message>
        <source>Top models</source>
        <translation>Principaux modèles</translation>
    </message>
    <message>
        <source>Budgets at risk</source>
        <translation>Budgets à risque</translation>
    </message>
    <message>
        <source>No spend this month.</source>
        <translation>Aucune dépense ce mois-ci.</translation>
    </message>
    <message>
        <source>No budget is at risk.</source>
        <translation>Aucun budget n&apos;est à risque.</translation>
    </message>
    <message>
        <source>Loading the cost data…</source>
        <translation>Chargement des données de coûts…</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync to fill the overview.</source>
        <translation>Il n&apos;y a pas encore de données de coûts. Synchronisez pour remplir la vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>La vue d&apos;ensemble n&apos;a pas pu être calculée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Untagged</source>
        <extracomment>Spend without the attribution tag, shown as an entry of a top list</extracomment>
        <translation>Sans balise</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Overview of %1, up to %2</source>
        <extracomment>The Overview&apos;s heading: %1 month and year, %2 the last day with costs</extracomment>
        <translation>Vue d&apos;ensemble de %1, jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Last month up to %2: %1</source>
        <extracomment>%1 amount, %2 a day of last month</extracomment>
        <translation>Mois dernier jusqu&apos;au %2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily spend of the last weeks; this month highlighted.</source>
        <translation>Dépenses quotidiennes des dernières semaines&#xa0;; ce mois-ci en surbrillance.</translation>
    </message>
    <message>
        <source>%1% interval: %2 – %3</source>
        <extracomment>%1 the interval&apos;s level, e.g. &quot;80&quot;, %2 and %3 amounts</extracomment>
        <translation>Intervalle à %1&#xa0;%&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>%1.
Spent so far: %2
%3% interval: %4 – %5 (the band)
Last month in total: %6 (the dashed line)</source>
        <extracomment>Tool tip of the forecast card: %1 how it was computed, %2 amount, %3 level, %4 %5 amounts, %6 amount</extracomment>
        <translation>%1.
Dépensé à ce jour&#xa0;: %2
Intervalle à %3&#xa0;%&#xa0;: %4 – %5 (la bande)
Mois dernier au total&#xa0;: %6 (la ligne pointillée)</translation>
    </message>
    <message>
        <source>A forecast needs daily cost data for this month.</source>
        <translation>Une prévision nécessite des données de coûts quotidiennes pour ce mois-ci.</translation>
    </message>
    <message>
        <source>%1 less than over the same days last month (%2). Last month in total: %3.</source>
        <extracomment>%1 amount of the difference, %2 amount spent last month over the same days, %3 last month&apos;s total</extracomment>
        <translation>%1 de moins que sur les mêmes jours du mois dernier (%2). Mois dernier au total&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 more than over the same days last month (%2). Last month in total: %3.</source>
        <translation>%1 de plus que sur les mêmes jours du mois dernier (%2). Mois dernier au total&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Last month in total: %1. Last month has no daily data to compare the same days.</source>
        <extracomment>%1 last month&apos;s total</extracomment>
        <translation>Mois dernier au total&#xa0;: %1. Le mois dernier n&apos;a pas de données quotidiennes pour comparer les mêmes jours.</translation>
    </message>
    <message>
        <source>%1 has no project tag or ran in the default project. Spend without a team tag: %2 (%3).</source>
        <extracomment>%1 amount, %2 amount, %3 percentage</extracomment>
        <translation>%1 n&apos;a pas de balise de projet ou a été dépensé dans le projet par défaut. Dépenses sans balise d&apos;équipe&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2, %3 of this month&apos;s spend</source>
        <extracomment>Tool tip of a top-list entry: %1 name, %2 amount, %3 percentage</extracomment>
        <translation>%1&#xa0;: %2, %3 des dépenses de ce mois-ci</translation>
    </message>
    <message>
        <source>This month, with the share of all spend.</source>
        <translation>Ce mois-ci, avec la part de l&apos;ensemble des dépenses.</translation>
    </message>
    <message>
        <source>At risk or exceeded. Budgets with a limit: %1.</source>
        <extracomment>%1 a number of budgets</extracomment>
        <translation>À risque ou dépassés. Budgets avec une limite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3</source>
        <extracomment>A budget in the Overview: %1 health (&quot;At risk&quot;), %2 actual amount, %3 limit</extracomment>
        <translation>%1 · %2 sur %3</translation>
    </message>
    <message>
        <source>%1. At this rate the limit is reached on %2.</source>
        <extracomment>%1 the budget&apos;s figures, %2 a date</extracomment>
        <translation>%1. À ce rythme, la limite sera atteinte le %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A budget in the Overview&apos;s list: %1 its name, %2 its health (&quot;Exceeded&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 actual amount, %2 limit</extracomment>
        <translation>%1 sur %2</translation>
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
        <translation>&amp;Utiliser le modèle</translation>
    </message>
    <message>
        <source>Set &amp;Resources of the Selected Statement</source>
        <translation>Définir les &amp;ressources de l&apos;instruction sélectionnée</translation>
    </message>
    <message>
        <source>tag value</source>
        <translation>valeur de balise</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projets&#xa0;:</translation>
    </message>
    <message>
        <source>Tag condition:</source>
        <translation>Condition de balise&#xa0;:</translation>
    </message>
    <message>
        <source>Set Actions of the Selected Statement</source>
        <translation>Définir les actions de l&apos;instruction sélectionnée</translation>
    </message>
    <message>
        <source>policy name, e.g. analysts-inference</source>
        <translation>nom de la stratégie, p. ex. analysts-inference</translation>
    </message>
    <message>
        <source>&amp;Create in IAM</source>
        <translation>&amp;Créer dans IAM</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Attach to:</source>
        <translation>Attacher à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>Char&amp;ger</translation>
    </message>
    <message>
        <source>Save as New &amp;Version</source>
        <translation>Enregistrer comme nouvelle &amp;version</translation>
    </message>
    <message>
        <source>IAM keeps five versions; the oldest one that is not the default is deleted first.</source>
        <translation>IAM conserve cinq versions&#xa0;; la plus ancienne qui n&apos;est pas celle par défaut est supprimée en premier.</translation>
    </message>
    <message>
        <source>Existing policy:</source>
        <translation>Stratégie existante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh from IAM</source>
        <translation>Actualiser depuis &amp;IAM</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Policy Editor</source>
        <translation>Éditeur de stratégie</translation>
    </message>
    <message>
        <source>Access Matrix</source>
        <translation>Matrice d&apos;accès</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>Attachée à %1.</translation>
    </message>
    <message>
        <source>Detached from %1.</source>
        <translation>Détachée de %1.</translation>
    </message>
    <message>
        <source>Version %1 is the default now.</source>
        <translation>La version %1 est désormais celle par défaut.</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Impossible de lister les projets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the projects the full access is for.</source>
        <translation>Choisissez les projets auxquels l&apos;accès complet est destiné.</translation>
    </message>
    <message>
        <source>Enter the tag key and value the access depends on.</source>
        <translation>Saisissez la clé et la valeur de balise dont dépend l&apos;accès.</translation>
    </message>
    <message>
        <source>%1 Did you mean %2?</source>
        <translation>%1 Vouliez-vous dire %2&#xa0;?</translation>
    </message>
    <message>
        <source>Name the policy first.</source>
        <translation>Nommez d&apos;abord la stratégie.</translation>
    </message>
    <message>
        <source>Created with Spendscope</source>
        <translation>Créée avec Spendscope</translation>
    </message>
    <message>
        <source>The policy “%1” was not created: %2</source>
        <translation>La stratégie «&#xa0;%1&#xa0;» n&apos;a pas été créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>Create the policy first.</source>
        <translation>Créez d&apos;abord la stratégie.</translation>
    </message>
    <message>
        <source>There is no role, user or group named “%1”.</source>
        <translation>Il n&apos;existe aucun rôle, utilisateur ou groupe nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the actions and select the statement they are for.</source>
        <translation>Cochez les actions et sélectionnez l&apos;instruction à laquelle elles s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Select the statement the projects are for.</source>
        <translation>Sélectionnez l&apos;instruction à laquelle les projets s&apos;appliquent.</translation>
    </message>
    <message>
        <source>The policies could not be listed: %1</source>
        <translation>Impossible de lister les stratégies&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy could not be read: %1</source>
        <translation>Impossible de lire la stratégie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded %1, version %2.</source>
        <translation>%1 chargée, version %2.</translation>
    </message>
    <message>
        <source>Load or create a policy first.</source>
        <translation>Chargez ou créez d&apos;abord une stratégie.</translation>
    </message>
    <message>
        <source>The new version was not saved: %1</source>
        <translation>La nouvelle version n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1, now the default.</source>
        <translation>Enregistrée en tant que version %1, désormais celle par défaut.</translation>
    </message>
    <message>
        <source>Saved as version %1, now the default; version %2 was deleted to make room.</source>
        <translation>Enregistrée en tant que version %1, désormais celle par défaut&#xa0;; la version %2 a été supprimée pour faire de la place.</translation>
    </message>
    <message>
        <source>IAM could not be read: %1</source>
        <translation>Impossible de lire IAM&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyAttachmentCommand</name>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>Attacher «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>Détacher «&#xa0;%1&#xa0;» de %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyDocument</name>
    <message>
        <source>“%1” is not an element of a policy document.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément d&apos;un document de stratégie.</translation>
    </message>
    <message>
        <source>The version must be a string.</source>
        <translation>La version doit être une chaîne.</translation>
    </message>
    <message>
        <source>The version “%1” is unknown; IAM knows %2 and %3.</source>
        <translation>La version «&#xa0;%1&#xa0;» est inconnue&#xa0;; IAM connaît %2 et %3.</translation>
    </message>
    <message>
        <source>The policy id must be a string.</source>
        <translation>L&apos;identifiant de la stratégie doit être une chaîne.</translation>
    </message>
    <message>
        <source>The policy has no Statement element.</source>
        <translation>La stratégie n&apos;a pas d&apos;élément Statement.</translation>
    </message>
    <message>
        <source>The policy has no statements.</source>
        <translation>La stratégie n&apos;a aucune instruction.</translation>
    </message>
    <message>
        <source>A statement must be a JSON object.</source>
        <translation>Une instruction doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Statement must be an object or a list of objects.</source>
        <translation>Statement doit être un objet ou une liste d&apos;objets.</translation>
    </message>
    <message>
        <source>Identity-based policies name no principal; “%1” belongs in resource-based policies.</source>
        <translation>Les stratégies basées sur l&apos;identité ne nomment aucun principal&#xa0;; «&#xa0;%1&#xa0;» a sa place dans les stratégies basées sur les ressources.</translation>
    </message>
    <message>
        <source>“%1” is not an element of a statement.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un élément d&apos;une instruction.</translation>
    </message>
    <message>
        <source>The Sid must be a string.</source>
        <translation>Le Sid doit être une chaîne.</translation>
    </message>
    <message>
        <source>The statement has no Effect.</source>
        <translation>L&apos;instruction n&apos;a pas d&apos;Effect.</translation>
    </message>
    <message>
        <source>The effect must be a string.</source>
        <translation>L&apos;effet doit être une chaîne.</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”, not “%1”.</source>
        <translation>L&apos;effet doit être «&#xa0;Allow&#xa0;» ou «&#xa0;Deny&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The statement has both Action and NotAction; use one of them.</source>
        <translation>L&apos;instruction contient à la fois Action et NotAction&#xa0;; utilisez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The statement has no Action or NotAction.</source>
        <translation>L&apos;instruction n&apos;a ni Action ni NotAction.</translation>
    </message>
    <message>
        <source>The statement has both Resource and NotResource; use one of them.</source>
        <translation>L&apos;instruction contient à la fois Resource et NotResource&#xa0;; utilisez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The statement has no Resource or NotResource; identity-based policies need one.</source>
        <translation>L&apos;instruction n&apos;a ni Resource ni NotResource&#xa0;; les stratégies basées sur l&apos;identité en exigent un.</translation>
    </message>
    <message>
        <source>Condition must be an object of operators.</source>
        <translation>Condition doit être un objet d&apos;opérateurs.</translation>
    </message>
    <message>
        <source>The condition operator “%1” is unknown.</source>
        <translation>L&apos;opérateur de condition «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>A condition operator must map condition keys to values.</source>
        <translation>Un opérateur de condition doit associer des clés de condition à des valeurs.</translation>
    </message>
    <message>
        <source>The condition operator has no condition keys.</source>
        <translation>L&apos;opérateur de condition n&apos;a aucune clé de condition.</translation>
    </message>
    <message>
        <source>A condition key is empty.</source>
        <translation>Une clé de condition est vide.</translation>
    </message>
    <message>
        <source>The list of values is empty.</source>
        <translation>La liste de valeurs est vide.</translation>
    </message>
    <message>
        <source>A condition value must be a string, a number or true/false.</source>
        <translation>Une valeur de condition doit être une chaîne, un nombre ou true/false.</translation>
    </message>
    <message>
        <source>A condition value must be a string, a number, true/false or a list of them.</source>
        <translation>Une valeur de condition doit être une chaîne, un nombre, true/false ou une liste de ceux-ci.</translation>
    </message>
    <message>
        <source>The element must be a string or a list of strings.</source>
        <translation>L&apos;élément doit être une chaîne ou une liste de chaînes.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>La liste est vide.</translation>
    </message>
    <message>
        <source>The element must be a string.</source>
        <translation>L&apos;élément doit être une chaîne.</translation>
    </message>
    <message>
        <source>“%1” is not an action; write service:action, for example bedrock-mantle:GetProject.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action&#xa0;; écrivez service:action, par exemple bedrock-mantle:GetProject.</translation>
    </message>
    <message>
        <source>“%1” is not a resource; write an ARN (arn:…) or *.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une ressource&#xa0;; écrivez un ARN (arn:…) ou *.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is where in the policy document (e.g. Statement[1].Effect), %2 what is wrong there</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 (at character %2).</source>
        <translation>La stratégie n&apos;est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>A policy document must be a JSON object.</source>
        <translation>Un document de stratégie doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The Sid “%1” may contain only ASCII letters and digits.</source>
        <translation>Le Sid «&#xa0;%1&#xa0;» ne peut contenir que des lettres et des chiffres ASCII.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyEditor</name>
    <message>
        <source>The policy was not attached: %1</source>
        <translation>La stratégie n&apos;a pas été attachée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The policy was not detached: %1</source>
        <translation>La stratégie n&apos;a pas été détachée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be verified: %1</source>
        <translation>La modification n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read back, the policy&apos;s attachment to %1 is not as requested.</source>
        <translation>Après relecture, l&apos;attachement de la stratégie à %1 ne correspond pas à la demande.</translation>
    </message>
    <message>
        <source>Version %1 was not made the default: %2</source>
        <translation>La version %1 n&apos;est pas devenue celle par défaut&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read back, version %1 is not the default.</source>
        <translation>Après relecture, la version %1 n&apos;est pas celle par défaut.</translation>
    </message>
    <message>
        <source>“%1” could not be activated: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être activée&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be deactivated: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être désactivée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read back, the status of “%1” is not as requested.</source>
        <translation>Après relecture, le statut de «&#xa0;%1&#xa0;» ne correspond pas à la demande.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyEvaluator</name>
    <message>
        <source>#%1</source>
        <extracomment>a policy statement without a Sid, by its position (1-based)</extracomment>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Allowed by statement %1 of policy “%2”.</source>
        <translation>Autorisé par l&apos;instruction %1 de la stratégie «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Denied by statement %1 of policy “%2”; an explicit deny overrides every allow.</source>
        <translation>Refusé par l&apos;instruction %1 de la stratégie «&#xa0;%2&#xa0;»&#xa0;; un refus explicite l&apos;emporte sur toute autorisation.</translation>
    </message>
    <message>
        <source>No attached policy allows this request, so IAM denies it by default.</source>
        <translation>Aucune stratégie attachée n&apos;autorise cette requête&#xa0;; IAM la refuse donc par défaut.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyLint</name>
    <message>
        <source>#%1</source>
        <extracomment>a policy statement without a Sid, by its position (1-based)</extracomment>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>The policy has %1 characters without white space; a managed policy may have at most %2.</source>
        <translation>La stratégie compte %1 caractères hors espaces&#xa0;; une stratégie gérée peut en compter au plus %2.</translation>
    </message>
    <message>
        <source>Statements #%1 and #%2 share the Sid “%3”; Sids must be unique within a policy.</source>
        <translation>Les instructions n°&#xa0;%1 et n°&#xa0;%2 partagent le Sid «&#xa0;%3&#xa0;»&#xa0;; les Sid doivent être uniques au sein d&apos;une stratégie.</translation>
    </message>
    <message>
        <source>Statement %1 has no actions.</source>
        <translation>L&apos;instruction %1 n&apos;a aucune action.</translation>
    </message>
    <message>
        <source>Statement %1 has no resources.</source>
        <translation>L&apos;instruction %1 n&apos;a aucune ressource.</translation>
    </message>
    <message>
        <source>Statement %1 allows every bedrock-mantle action on every resource; limit it to the actions and projects that need it.</source>
        <translation>L&apos;instruction %1 autorise toutes les actions bedrock-mantle sur toutes les ressources&#xa0;; limitez-la aux actions et aux projets qui en ont besoin.</translation>
    </message>
    <message>
        <source>Statement %1 allows everything except the listed actions, including every action of other AWS services and actions added later; list the allowed actions instead.</source>
        <translation>L&apos;instruction %1 autorise tout sauf les actions listées, y compris toutes les actions des autres services AWS et les actions ajoutées ultérieurement&#xa0;; listez plutôt les actions autorisées.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” matches no bedrock-mantle action.</source>
        <translation>Instruction %1&#xa0;: «&#xa0;%2&#xa0;» ne correspond à aucune action bedrock-mantle.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” is not a bedrock-mantle action.</source>
        <translation>Instruction %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une action bedrock-mantle.</translation>
    </message>
    <message>
        <source>Statement %1: “%2” is not a bedrock-mantle action; did you mean “%3”?</source>
        <translation>Instruction %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une action bedrock-mantle&#xa0;; vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Statement %1 grants “%2” on project ARNs, but that call names no project, so IAM answers 403; grant it on &quot;*&quot; in a statement of its own.</source>
        <translation>L&apos;instruction %1 accorde «&#xa0;%2&#xa0;» sur des ARN de projet, mais cet appel ne nomme aucun projet, donc IAM répond 403&#xa0;; accordez-la sur «&#xa0;*&#xa0;» dans une instruction distincte.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyStatementModel</name>
    <message>
        <source>There is no statement %1.</source>
        <translation>Il n&apos;existe pas d&apos;instruction %1.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Sid</source>
        <extracomment>statement id in an IAM policy</extracomment>
        <translation>Sid</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”.</source>
        <translation>L&apos;effet doit être «&#xa0;Allow&#xa0;» ou «&#xa0;Deny&#xa0;».</translation>
    </message>
    <message>
        <source>The effect must be “Allow” or “Deny”, not “%1”.</source>
        <translation>L&apos;effet doit être «&#xa0;Allow&#xa0;» ou «&#xa0;Deny&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Statement %1 already has the Sid “%2”; Sids must be unique within a policy.</source>
        <translation>L&apos;instruction %1 a déjà le Sid «&#xa0;%2&#xa0;»&#xa0;; les Sid doivent être uniques au sein d&apos;une stratégie.</translation>
    </message>
    <message>
        <source>All except %1</source>
        <extracomment>NotAction/NotResource: the statement applies to everything but these</extracomment>
        <translation>Tout sauf %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyTemplates</name>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Inference only</source>
        <translation>Inférence uniquement</translation>
    </message>
    <message>
        <source>Full access to chosen projects</source>
        <translation>Accès complet aux projets choisis</translation>
    </message>
    <message>
        <source>Deny project creation</source>
        <translation>Interdire la création de projets</translation>
    </message>
    <message>
        <source>Access by project tag</source>
        <translation>Accès par balise de projet</translation>
    </message>
    <message>
        <source>Read projects and their tags, and list projects and models. No inference, no changes.</source>
        <translation>Lire les projets et leurs balises, et lister les projets et les modèles. Aucune inférence, aucune modification.</translation>
    </message>
    <message>
        <source>Run and manage inference in the projects, and list projects and models. No project changes.</source>
        <translation>Exécuter et gérer l&apos;inférence dans les projets, et lister les projets et les modèles. Aucune modification des projets.</translation>
    </message>
    <message>
        <source>Every bedrock-mantle action on the chosen projects, including archiving them.</source>
        <translation>Toutes les actions bedrock-mantle sur les projets choisis, y compris leur archivage.</translation>
    </message>
    <message>
        <source>Forbid creating projects, whatever other policies allow.</source>
        <translation>Interdire la création de projets, quoi qu&apos;autorisent les autres stratégies.</translation>
    </message>
    <message>
        <source>Inference and reading on every project that carries the chosen tag value.</source>
        <translation>Inférence et lecture sur tous les projets portant la valeur de balise choisie.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PolicyVersionCommand</name>
    <message>
        <source>Save “%1” as version %2</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» en tant que version %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the language the system asks for, in that language, e.g. &quot;Deutsch&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language applies the next time Spendscope starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Spendscope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceCatalog</name>
    <message>
        <source>The price catalog is not valid JSON: %1 at offset %2.</source>
        <translation>Le catalogue de prix n&apos;est pas un JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The price catalog must be a JSON object.</source>
        <translation>Le catalogue de prix doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The price catalog has no valid &quot;as_of&quot; date (YYYY-MM-DD).</source>
        <translation>Le catalogue de prix n&apos;a pas de date «&#xa0;as_of&#xa0;» valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The price catalog has no valid &quot;currency&quot; (an ISO 4217 code such as USD).</source>
        <translation>Le catalogue de prix n&apos;a pas de «&#xa0;currency&#xa0;» valide (un code ISO 4217 tel que USD).</translation>
    </message>
    <message>
        <source>The price catalog has no &quot;models&quot; list.</source>
        <translation>Le catalogue de prix n&apos;a pas de liste «&#xa0;models&#xa0;».</translation>
    </message>
    <message>
        <source>model #%1</source>
        <translation>modèle n°&#xa0;%1</translation>
    </message>
    <message>
        <source>model &quot;%1&quot;</source>
        <translation>modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;id&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;id&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;provider&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;provider&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;region&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;region&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has an unknown &quot;endpoint&quot; (mantle or runtime).</source>
        <translation>Dans le catalogue de prix, %1 a un «&#xa0;endpoint&#xa0;» inconnu (mantle ou runtime).</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no https &quot;source_url&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;source_url&#xa0;» https.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;confidence&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;confidence&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no valid &quot;tier&quot; (premium, standard or economy).</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;tier&#xa0;» valide (premium, standard ou economy).</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no valid &quot;as_of&quot; date.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de date «&#xa0;as_of&#xa0;» valide.</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has no &quot;%2&quot;.</source>
        <translation>Dans le catalogue de prix, %1 n&apos;a pas de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog&apos;s %1 has an invalid &quot;%2&quot;: write a non-negative decimal string such as &quot;0.15&quot;.</source>
        <translation>Dans le catalogue de prix, %1 a un «&#xa0;%2&#xa0;» non valide&#xa0;: écrivez une chaîne décimale non négative telle que «&#xa0;0.15&#xa0;».</translation>
    </message>
    <message>
        <source>The price catalog lists %1 twice for region %2.</source>
        <translation>Le catalogue de prix liste %1 deux fois pour la région %2.</translation>
    </message>
    <message>
        <source>Cannot read the price catalog %1: %2</source>
        <translation>Impossible de lire le catalogue de prix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The price catalog %1 is too large.</source>
        <translation>Le catalogue de prix %1 est trop volumineux.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceOverrideDialog</name>
    <message>
        <source>Your Prices for %1 (%2)</source>
        <extracomment>%1 a model name, %2 a region</extracomment>
        <translation>Vos prix pour %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the prices you pay per 1M tokens, e.g. a negotiated rate. An empty field keeps the catalog&apos;s price. Your prices are kept for this account and used on every page; they are shown in bold italics.</source>
        <translation>Saisissez les prix que vous payez par million de jetons, p. ex. un tarif négocié. Un champ vide conserve le prix du catalogue. Vos prix sont conservés pour ce compte et utilisés sur toutes les pages&#xa0;; ils sont affichés en gras italique.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jetons&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalog / 1M&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catalogue / 1M&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours / 1M&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vos prix / 1M&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Lecture du cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture du cache</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. EDP rate, contract of March 2026</source>
        <translation>p. ex. tarif EDP, contrat de mars 2026</translation>
    </message>
    <message>
        <source>Catalog source: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (%2, as of %3)</source>
        <translation>Source du catalogue&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; (%2, au %3)</translation>
    </message>
    <message>
        <source>none (billed as input)</source>
        <translation>aucun (facturé comme entrée)</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>cache read</source>
        <translation>lecture du cache</translation>
    </message>
    <message>
        <source>cache write</source>
        <translation>écriture du cache</translation>
    </message>
    <message>
        <source>“%1” is not a price (%2). Write a decimal number such as 0.15.</source>
        <extracomment>%1 the text typed, %2 the token type</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un prix (%2). Écrivez un nombre décimal tel que 0,15.</translation>
    </message>
</context>
<context>
    <name>Spendscope::PriceOverrides</name>
    <message>
        <source>The price catalog has no model “%1” in region %2.</source>
        <translation>Le catalogue de prix ne contient pas de modèle «&#xa0;%1&#xa0;» dans la région %2.</translation>
    </message>
    <message>
        <source>The note can have at most %1 characters.</source>
        <translation>La note peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 has no cache-read price to override: its cache reads are billed as input.</source>
        <translation>%1 n&apos;a pas de prix de lecture du cache à personnaliser&#xa0;: ses lectures du cache sont facturées comme entrée.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price to override: its cache writes are billed as input.</source>
        <translation>%1 n&apos;a pas de prix d&apos;écriture du cache à personnaliser&#xa0;: ses écritures du cache sont facturées comme entrée.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A price above %1 per million tokens is not plausible; check the decimal point.</source>
        <translation>Un prix supérieur à %1 par million de jetons n&apos;est pas plausible&#xa0;; vérifiez le séparateur décimal.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The stored price overrides have an unknown version.</source>
        <translation>Les prix personnalisés enregistrés ont une version inconnue.</translation>
    </message>
    <message>
        <source>The stored price overrides have no &quot;overrides&quot; list.</source>
        <translation>Les prix personnalisés enregistrés n&apos;ont pas de liste «&#xa0;overrides&#xa0;».</translation>
    </message>
    <message>
        <source>Stored price override #%1 has no model or region.</source>
        <translation>Le prix personnalisé enregistré n°&#xa0;%1 n&apos;a pas de modèle ou de région.</translation>
    </message>
    <message>
        <source>Stored price override #%1 has an invalid “%2”.</source>
        <translation>Le prix personnalisé enregistré n°&#xa0;%1 a un «&#xa0;%2&#xa0;» non valide.</translation>
    </message>
    <message>
        <source>Stored price overrides list %1 (%2) twice.</source>
        <translation>Les prix personnalisés enregistrés listent %1 (%2) deux fois.</translation>
    </message>
    <message>
        <source>The stored price overrides are not valid JSON and were ignored.</source>
        <translation>Les prix personnalisés enregistrés ne sont pas un JSON valide et ont été ignorés.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Profile</name>
    <message>
        <source>The profile id must be 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>L&apos;identifiant du profil doit comporter de 1 à 64 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is not an AWS region name such as us-east-1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de région AWS tel que us-east-1.</translation>
    </message>
    <message>
        <source>The endpoint must be an http or https URL.</source>
        <translation>Le point de terminaison doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>The access key id should be 16 or more capital letters and digits, such as AKIA….</source>
        <translation>L&apos;ID de clé d&apos;accès doit comporter au moins 16 lettres majuscules et chiffres, par exemple AKIA….</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProfileStore</name>
    <message>
        <source>Sandbox account</source>
        <translation>Compte sandbox</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>The stored profile “%1” was skipped: %2</source>
        <extracomment>%1 is a profile id, %2 the reason</extracomment>
        <translation>Le profil enregistré «&#xa0;%1&#xa0;» a été ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sandbox profile is built in and cannot be changed.</source>
        <translation>Le profil sandbox est intégré et ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Project</name>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est manquant.</translation>
    </message>
    <message>
        <source>The field “%1” is not a string.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The field “%1” is not a number of seconds.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>The field “%1” holds %2, which is not a valid time.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient %2, qui n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>The field “tags” is not an object.</source>
        <translation>Le champ «&#xa0;tags&#xa0;» n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The value of tag “%1” is not a string.</source>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The field “data_retention” is not an object.</source>
        <translation>Le champ «&#xa0;data_retention&#xa0;» n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The field “data_retention.mode” is missing or not a string.</source>
        <translation>Le champ «&#xa0;data_retention.mode&#xa0;» est manquant ou n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <source>The data retention mode “%1” is unknown.</source>
        <translation>Le mode de conservation des données «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>A project id must not be empty.</source>
        <translation>Un identifiant de projet ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“%1” is not a project id; ids are “default” or “proj_” followed by lower-case letters and digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de projet&#xa0;; les identifiants sont «&#xa0;default&#xa0;» ou «&#xa0;proj_&#xa0;» suivi de lettres minuscules et de chiffres.</translation>
    </message>
    <message>
        <source>A project is not a JSON object.</source>
        <translation>Un projet n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Expected a project but got an object of type “%1”.</source>
        <translation>Un projet était attendu, mais un objet de type «&#xa0;%1&#xa0;» a été reçu.</translation>
    </message>
    <message>
        <source>The project id is empty.</source>
        <translation>L&apos;identifiant du projet est vide.</translation>
    </message>
    <message>
        <source>The project status “%1” is unknown.</source>
        <translation>Le statut de projet «&#xa0;%1&#xa0;» est inconnu.</translation>
    </message>
    <message>
        <source>Project “%1”: %2</source>
        <extracomment>%1 is a project id, %2 the reason</extracomment>
        <translation>Projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectEditor</name>
    <message>
        <source>The project “%1” was not created: %2</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n&apos;a pas été créé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the name or tags differ from the request</source>
        <translation>le nom ou les balises diffèrent de la demande</translation>
    </message>
    <message>
        <source>The project was not renamed: %1</source>
        <translation>Le projet n&apos;a pas été renommé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the name differs</source>
        <translation>le nom diffère</translation>
    </message>
    <message>
        <source>The tags were not changed: %1</source>
        <translation>Les balises n&apos;ont pas été modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the tags differ from the request</source>
        <translation>les balises diffèrent de la demande</translation>
    </message>
    <message>
        <source>The project was not archived: %1</source>
        <translation>Le projet n&apos;a pas été archivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is still active</source>
        <translation>il est toujours actif</translation>
    </message>
    <message>
        <source>The change could not be verified: %1</source>
        <translation>La modification n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read back, the project “%1” does not match the change: %2</source>
        <extracomment>%1 is a project name, %2 what differs</extracomment>
        <translation>Après relecture, le projet «&#xa0;%1&#xa0;» ne correspond pas à la modification&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectNameRules</name>
    <message>
        <source>A project name must not be empty.</source>
        <translation>Un nom de projet ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The project name is %1 characters long; at most %2 are allowed.</source>
        <translation>Le nom du projet comporte %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The project name “%1” may only contain letters A–Z, digits, and single spaces, underscores or hyphens after a letter or digit.</source>
        <translation>Le nom de projet «&#xa0;%1&#xa0;» ne peut contenir que des lettres A–Z, des chiffres, ainsi que des espaces, traits de soulignement ou tirets isolés après une lettre ou un chiffre.</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectTableModel</name>
    <message>
        <source>This project has no “%1” tag, so its spend is part of the untagged total.</source>
        <translation>Ce projet n&apos;a pas de balise «&#xa0;%1&#xa0;»&#xa0;; ses dépenses font donc partie du total sans balise.</translation>
    </message>
    <message>
        <source>Requests without a project go to the default project; it cannot be tagged or archived.</source>
        <translation>Les requêtes sans projet vont dans le projet par défaut&#xa0;; celui-ci ne peut être ni balisé ni archivé.</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project tag</source>
        <translation>Balise de projet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Month to date</source>
        <extracomment>Spend from the first of this month until today</extracomment>
        <translation>Mois en cours</translation>
    </message>
    <message>
        <source>30-day trend</source>
        <extracomment>A small chart of the daily spend of the last 30 days</extracomment>
        <translation>Tendance sur 30 jours</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
</context>
<context>
    <name>Spendscope::ProjectsPage</name>
    <message>
        <source>Search names, ids and tags</source>
        <translation>Rechercher des noms, ID et balises</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;Missing required tags</source>
        <translation>Balises obligatoires &amp;manquantes</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Ar&amp;chiver…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Modifier les &amp;balises…</translation>
    </message>
    <message>
        <source>Tag &amp;Policy…</source>
        <translation>&amp;Stratégie de balises…</translation>
    </message>
    <message>
        <source>The projects could not be listed: %1</source>
        <translation>Impossible de lister les projets&#xa0;: %1</translation>
    </message>
    <message>
        <source>No project has the tag %1 = %2.</source>
        <extracomment>%1 tag key, %2 tag value</extracomment>
        <translation>Aucun projet n&apos;a la balise %1 = %2.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>No team tag</source>
        <translation>Aucune balise d&apos;équipe</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a project to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un projet pour afficher ses détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br/&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Status: %4&lt;br/&gt;Created: %5&lt;br/&gt;Spend this month: %6&lt;/p&gt;&lt;h4&gt;Tags&lt;/h4&gt;&lt;table cellspacing=&apos;6&apos;&gt;%7&lt;/table&gt;</source>
        <extracomment>the detail panel of a project; %1 name, %2 id, %3 ARN, %4 status, %5 created, %6 month-to-date cost, %7 tag rows</extracomment>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;br/&gt;&lt;small&gt;%3&lt;/small&gt;&lt;/p&gt;&lt;p&gt;Statut&#xa0;: %4&lt;br/&gt;Créé le&#xa0;: %5&lt;br/&gt;Dépenses ce mois-ci&#xa0;: %6&lt;/p&gt;&lt;h4&gt;Balises&lt;/h4&gt;&lt;table cellspacing=&apos;6&apos;&gt;%7&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;No tags&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Aucune balise&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Nom du projet&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Project</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Archive Project</source>
        <translation>Archiver le projet</translation>
    </message>
    <message>
        <source>Archive “%1”? Archiving cannot be undone: the project stops accepting requests and cannot be reactivated. Its cost history stays.</source>
        <translation>Archiver «&#xa0;%1&#xa0;»&#xa0;? L&apos;archivage est irréversible&#xa0;: le projet n&apos;accepte plus de requêtes et ne peut pas être réactivé. Son historique de coûts est conservé.</translation>
    </message>
</context>
<context>
    <name>Spendscope::QtKeychainSecretStore</name>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <extracomment>the end of &quot;The system keychain is not available: ...&quot;</extracomment>
        <translation>
            <numerusform>il n&apos;a pas répondu dans un délai de %n seconde</numerusform>
            <numerusform>il n&apos;a pas répondu dans un délai de %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::QueryProtocol</name>
    <message>
        <source>The field %1 should hold a value but holds elements.</source>
        <translation>Le champ %1 devrait contenir une valeur, mais contient des éléments.</translation>
    </message>
    <message>
        <source>The response is empty where an XML document was expected.</source>
        <translation>La réponse est vide alors qu&apos;un document XML était attendu.</translation>
    </message>
    <message>
        <source>The response contains a document type declaration, which AWS never sends.</source>
        <translation>La réponse contient une déclaration de type de document, ce qu&apos;AWS n&apos;envoie jamais.</translation>
    </message>
    <message>
        <source>The response is nested deeper than %1 levels.</source>
        <translation>La réponse est imbriquée sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The response has more than %1 elements.</source>
        <translation>La réponse comporte plus de %1 éléments.</translation>
    </message>
    <message>
        <source>The response ended before its XML document was complete.</source>
        <translation>La réponse s&apos;est terminée avant que son document XML soit complet.</translation>
    </message>
    <message>
        <source>The response is not valid XML (line %1, column %2: %3).</source>
        <translation>La réponse n&apos;est pas un XML valide (ligne %1, colonne %2&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The response contains no XML element.</source>
        <translation>La réponse ne contient aucun élément XML.</translation>
    </message>
    <message>
        <source>The answer to %1 could not be read: %2</source>
        <translation>La réponse à %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The answer to %1 starts with &lt;%2&gt; instead of &lt;%3&gt;.</source>
        <translation>La réponse à %1 commence par &lt;%2&gt; au lieu de &lt;%3&gt;.</translation>
    </message>
    <message>
        <source>The field %1 should be a whole number but is &quot;%2&quot;.</source>
        <translation>Le champ %1 devrait être un nombre entier, mais vaut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field %1 should be true or false but is &quot;%2&quot;.</source>
        <translation>Le champ %1 devrait être true ou false, mais vaut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field %1 should be a date and time but is &quot;%2&quot;.</source>
        <translation>Le champ %1 devrait être une date et une heure, mais vaut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The answer lacks the field %1.</source>
        <translation>Il manque le champ %1 dans la réponse.</translation>
    </message>
    <message>
        <source>The answer says more pages follow but gives no marker for the next one.</source>
        <translation>La réponse indique que d&apos;autres pages suivent, mais ne fournit aucun marqueur pour la suivante.</translation>
    </message>
</context>
<context>
    <name>Spendscope::RenameProjectCommand</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The period: a month (2026-10) or a day range, both days included (2026-10-01..2026-10-15).</source>
        <translation>La période&#xa0;: un mois (2026-10) ou une plage de jours, bornes incluses (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <source>Group the spend by team, project or model.</source>
        <translation>Regrouper les dépenses par équipe, projet ou modèle.</translation>
    </message>
    <message>
        <source>The output format: pdf or csv.</source>
        <translation>Le format de sortie&#xa0;: pdf ou csv.</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Écrire le rapport dans FILE.</translation>
    </message>
    <message>
        <source>Bring the cache up to date first, as “spendscope sync” does.</source>
        <translation>Mettre d&apos;abord le cache à jour, comme le fait «&#xa0;spendscope sync&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--period: %1</source>
        <translation>--period&#xa0;: %1</translation>
    </message>
    <message>
        <source>--group-by must be team, project or model, not “%1”.</source>
        <translation>--group-by doit valoir team, project ou model, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not “%1”.</source>
        <translation>--format doit valoir pdf ou csv, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: spendscope report --period PERIOD --group-by GROUP --format FORMAT --output FILE [options]

Writes the chargeback report of a period from the local cost cache (run “spendscope sync”
first): a PDF with a summary, spend by group, a section per team, a model comparison and
unattributed spend, or a CSV with one row per group (exact amounts) and the total. No
request is sent to AWS unless --sync is given.

</source>
        <translation>Utilisation&#xa0;: spendscope report --period PERIOD --group-by GROUP --format FORMAT --output FILE [options]

Écrit le rapport de refacturation d&apos;une période à partir du cache local des coûts (exécutez d&apos;abord
«&#xa0;spendscope sync&#xa0;»)&#xa0;: un PDF avec une synthèse, les dépenses par groupe, une section par équipe,
une comparaison des modèles et les dépenses non attribuées, ou un CSV avec une ligne par groupe
(montants exacts) et le total. Aucune requête n&apos;est envoyée à AWS sauf si --sync est indiqué.

</translation>
    </message>
    <message>
        <source>there is no cost cache at %1; run “spendscope sync” first.</source>
        <translation>il n&apos;y a pas de cache de coûts dans %1&#xa0;; exécutez d&apos;abord «&#xa0;spendscope sync&#xa0;».</translation>
    </message>
    <message>
        <source>the cost cache at %1 holds no cost data; run “spendscope sync” first.</source>
        <translation>le cache de coûts dans %1 ne contient aucune donnée de coûts&#xa0;; exécutez d&apos;abord «&#xa0;spendscope sync&#xa0;».</translation>
    </message>
    <message>
        <source>PDF output needs a QGuiApplication.</source>
        <translation>La sortie PDF nécessite une QGuiApplication.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Chargeback report</source>
        <translation>Rapport de refacturation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2 (both included)</source>
        <translation>Du %1 au %2 (inclus)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Data through</source>
        <translation>Données jusqu&apos;au</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Regroupé par</translation>
    </message>
    <message>
        <source>Period total</source>
        <translation>Total de la période</translation>
    </message>
    <message>
        <source>The period runs past the last day with data: figures are to date.</source>
        <translation>La période dépasse le dernier jour disposant de données&#xa0;: les chiffres sont arrêtés à ce jour.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Groupe le plus important</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Dépenses non attribuées</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Estimated savings a month</source>
        <translation>Économies estimées par mois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Billed to the team tag</source>
        <translation>Facturé à la balise d&apos;équipe</translation>
    </message>
    <message>
        <source>%1 (%2 of the total)</source>
        <translation>%1 (%2 du total)</translation>
    </message>
    <message>
        <source>Projects the team owns now</source>
        <translation>Projets dont l&apos;équipe est propriétaire actuellement</translation>
    </message>
    <message>
        <source>Projects owned now</source>
        <translation>Projets détenus actuellement</translation>
    </message>
    <message>
        <source>Models of these projects</source>
        <translation>Modèles de ces projets</translation>
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
        <translation>Limite</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>The period&apos;s token mix (%1 as billed) priced on the cheapest catalog models.</source>
        <translation>La répartition des jetons de la période (%1 tel que facturé), valorisée avec les modèles les moins chers du catalogue.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Without a project tag</source>
        <translation>Sans balise de projet</translation>
    </message>
    <message>
        <source>In the default project</source>
        <translation>Dans le projet par défaut</translation>
    </message>
    <message>
        <source>Unattributed to a project</source>
        <translation>Non attribué à un projet</translation>
    </message>
    <message>
        <source>Without a team tag</source>
        <translation>Sans balise d&apos;équipe</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Amounts are Cost Explorer&apos;s unblended cost of the Bedrock services, summed exactly from the local cache. Team totals group by the team tag (%1) as billed; project and model figures group by the project tag (%2), and team sections list the projects each team owns today.</source>
        <translation>Les montants correspondent au coût non combiné (unblended) des services Bedrock dans Cost Explorer, additionné exactement à partir du cache local. Les totaux par équipe sont regroupés selon la balise d&apos;équipe (%1) telle que facturée&#xa0;; les chiffres par projet et par modèle sont regroupés selon la balise de projet (%2), et les sections par équipe listent les projets dont chaque équipe est propriétaire aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Price catalog</source>
        <translation>Catalogue de prix</translation>
    </message>
    <message>
        <source>Model comparison and findings use the price catalog as of %1.</source>
        <translation>La comparaison des modèles et les constats utilisent le catalogue de prix au %1.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Cost Explorer notes</source>
        <translation>Remarques sur Cost Explorer</translation>
    </message>
    <message>
        <source>Cost Explorer data can change for up to 24 hours after the day and until the month&apos;s invoice is final. Older months are stored as monthly totals, so periods reaching them cover whole months. Untagged spend is shown as (untagged).</source>
        <translation>Les données de Cost Explorer peuvent changer jusqu&apos;à 24 heures après la journée et jusqu&apos;à ce que la facture du mois soit définitive. Les mois plus anciens sont stockés sous forme de totaux mensuels&#xa0;; les périodes qui les incluent couvrent donc des mois entiers. Les dépenses sans balise apparaissent sous la forme (sans balise).</translation>
    </message>
    <message>
        <source>Chargeback report %1</source>
        <translation>Rapport de refacturation %1</translation>
    </message>
    <message>
        <source>Spendscope chargeback report · %1</source>
        <translation>Rapport de refacturation Spendscope · %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>impossible de démarrer le PDF</translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation>le PDF n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Team sections are included for these teams only: %1. The period total and the other sections cover all teams.</source>
        <translation>Les sections par équipe ne sont incluses que pour ces équipes&#xa0;: %1. Le total de la période et les autres sections couvrent toutes les équipes.</translation>
    </message>
    <message>
        <source>Spend by team</source>
        <translation>Dépenses par équipe</translation>
    </message>
    <message>
        <source>Spend by project</source>
        <translation>Dépenses par projet</translation>
    </message>
    <message>
        <source>Spend by model</source>
        <translation>Dépenses par modèle</translation>
    </message>
</context>
<context>
    <name>Spendscope::ReportsPage</name>
    <message>
        <source>The months with spend, newest first, or a range of days</source>
        <translation>Les mois comportant des dépenses, du plus récent au plus ancien, ou une plage de jours</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>&amp;Au (inclus)&#xa0;:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>How the spend by group section and the CSV group the period&apos;s spend</source>
        <translation>Comment la section Dépenses par groupe et le CSV regroupent les dépenses de la période</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Regrouper par</translation>
    </message>
    <message>
        <source>The teams billed in the period that get a section of their own</source>
        <translation>Les équipes facturées sur la période qui disposent de leur propre section</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Aucu&amp;ne</translation>
    </message>
    <message>
        <source>Team sections</source>
        <translation>Sections par équipe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Spend by group</source>
        <translation>Dépenses par groupe</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>Comparaison des modèles</translation>
    </message>
    <message>
        <source>Unattributed spend</source>
        <translation>Dépenses non attribuées</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>The cover page is always included.</source>
        <translation>La page de garde est toujours incluse.</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as shown as a PDF</source>
        <translation>Enregistrer le rapport tel qu&apos;affiché au format PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the period&apos;s spend by group with exact amounts</source>
        <translation>Enregistrer les dépenses de la période par groupe, avec les montants exacts</translation>
    </message>
    <message>
        <source>Preview size</source>
        <translation>Taille de l&apos;aperçu</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom&#xa0;:</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Pas encore de rapport</translation>
    </message>
    <message>
        <source>There is no cost data yet. Sync the account to build a chargeback report.</source>
        <translation>Il n&apos;y a pas encore de données de coûts. Synchronisez le compte pour établir un rapport de refacturation.</translation>
    </message>
    <message>
        <source>No report for this period</source>
        <translation>Aucun rapport pour cette période</translation>
    </message>
    <message>
        <source>The report cannot be made: %1.</source>
        <translation>Impossible d&apos;établir le rapport&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Le rapport n&apos;a pas pu être préparé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · Period total %2 · Pages: %3</source>
        <translation>%1 · Total de la période&#xa0;: %2 · Pages&#xa0;: %3</translation>
    </message>
    <message>
        <source>The period runs past the last day with data (%1): figures are to date.</source>
        <translation>La période dépasse le dernier jour disposant de données (%1)&#xa0;: les chiffres sont arrêtés à ce jour.</translation>
    </message>
    <message>
        <source>There is no spend to report yet.</source>
        <translation>Il n&apos;y a pas encore de dépenses à inclure dans un rapport.</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of the period total</source>
        <translation>%1 du total de la période</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the report is still being prepared; export again when the previews are up to date</source>
        <translation>le rapport est encore en cours de préparation&#xa0;; exportez à nouveau lorsque les aperçus sont à jour</translation>
    </message>
    <message>
        <source>there is no report to export</source>
        <translation>il n&apos;y a aucun rapport à exporter</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 (pages: %2).</source>
        <translation>Enregistré sous %1 (pages&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Saved %1 (groups: %2).</source>
        <translation>Enregistré sous %1 (groupes&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>The report could not be saved: %1.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Repricer</name>
    <message>
        <source>%1 has no cache-read price: cache reads are priced as input tokens.</source>
        <translation>%1 n&apos;a pas de prix de lecture du cache&#xa0;: les lectures du cache sont valorisées comme des jetons d&apos;entrée.</translation>
    </message>
    <message>
        <source>%1 has no cache-write price: cache writes are priced as input tokens.</source>
        <translation>%1 n&apos;a pas de prix d&apos;écriture du cache&#xa0;: les écritures du cache sont valorisées comme des jetons d&apos;entrée.</translation>
    </message>
    <message>
        <source>%1 of usage that is not billed per token is carried at its actual cost.</source>
        <translation>L&apos;utilisation non facturée au jeton (%1) est reprise à son coût réel.</translation>
    </message>
</context>
<context>
    <name>Spendscope::ResolveCredentialsJob</name>
    <message>
        <source>The credentials in %1 are incomplete: both an access key ID and a secret access key are needed.</source>
        <extracomment>%1 is where they were found, e.g. &quot;environment variables&quot; or &quot;profile “dev” in ~/.aws/credentials&quot;</extracomment>
        <translation>Les identifiants dans %1 sont incomplets&#xa0;: un ID de clé d&apos;accès et une clé d&apos;accès secrète sont tous deux nécessaires.</translation>
    </message>
    <message>
        <source>profile settings</source>
        <translation>paramètres du profil</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>The profile “%1” was not found in %2 or %3.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» est introuvable dans %2 ou %3.</translation>
    </message>
    <message>
        <source>profile “%1” in %2</source>
        <extracomment>%1 is a profile name, %2 a file such as ~/.aws/credentials</extracomment>
        <translation>profil «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau système</translation>
    </message>
    <message>
        <source>The credential_process of profile “%1” is not a valid command line; check its quotes.</source>
        <translation>Le credential_process du profil «&#xa0;%1&#xa0;» n&apos;est pas une ligne de commande valide&#xa0;; vérifiez ses guillemets.</translation>
    </message>
    <message>
        <source>The credential_process program “%1” of profile “%2” was not found in PATH.</source>
        <translation>Le programme credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» est introuvable dans le PATH.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” printed more than %3 KiB.</source>
        <translation>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» a affiché plus de %3 Kio.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” could not be started: %3</source>
        <extracomment>%3 is the system&apos;s reason, e.g. &quot;Permission denied&quot;</extracomment>
        <translation>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» n&apos;a pas pu être démarré&#xa0;: %3</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” crashed.</source>
        <translation>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» s&apos;est arrêté brutalement.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” failed with exit code %3.</source>
        <translation>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» a échoué avec le code de sortie %3.</translation>
    </message>
    <message>
        <source>The credential_process “%1” of profile “%2” failed with exit code %3: %4</source>
        <extracomment>%4 is the last line the program printed on its error output</extracomment>
        <translation>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» a échoué avec le code de sortie %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Profile “%1”: %2</source>
        <extracomment>%1 is a profile name, %2 a sentence saying what is wrong with the program&apos;s output</extracomment>
        <translation>Profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>credential_process of profile “%1”</source>
        <translation>credential_process du profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>The credential_process “%1” of profile “%2” did not finish within %n second(s).</source>
        <translation>
            <numerusform>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» ne s&apos;est pas terminé dans un délai de %n seconde.</numerusform>
            <numerusform>Le credential_process «&#xa0;%1&#xa0;» du profil «&#xa0;%2&#xa0;» ne s&apos;est pas terminé dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no credentials for profile “%1”: none in the profile settings or in the AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables, no keys or credential_process for the profile in %2 or %3, and no Bedrock API key.</source>
        <extracomment>%1 is a profile name, %2 and %3 files such as ~/.aws/credentials and ~/.aws/config</extracomment>
        <translation>Il n&apos;y a aucun identifiant pour le profil «&#xa0;%1&#xa0;»&#xa0;: aucun dans les paramètres du profil ni dans les variables d&apos;environnement AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY, aucune clé ni credential_process pour le profil dans %2 ou %3, et aucune clé d&apos;API Bedrock.</translation>
    </message>
    <message>
        <source>%1 The profile uses “%2”, which Spendscope does not support yet; use credential_process instead.</source>
        <extracomment>%1 is the sentence above, %2 a setting name such as sso_session</extracomment>
        <translation>%1 Le profil utilise «&#xa0;%2&#xa0;», que Spendscope ne prend pas encore en charge&#xa0;; utilisez plutôt credential_process.</translation>
    </message>
    <message>
        <source>%1 The Bedrock API key could not be read: %2</source>
        <extracomment>%1 is the sentence above, %2 why the keychain could not be read</extracomment>
        <translation>%1 La clé d&apos;API Bedrock n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The credentials from %1 expired at %2.</source>
        <translation>Les identifiants provenant de %1 ont expiré le %2.</translation>
    </message>
    <message>
        <source>Bedrock API key from %1</source>
        <translation>Clé d&apos;API Bedrock provenant de %1</translation>
    </message>
    <message>
        <source>%1; Bedrock API key from %2</source>
        <translation>%1&#xa0;; clé d&apos;API Bedrock provenant de %2</translation>
    </message>
</context>
<context>
    <name>Spendscope::ResolveProfileJob</name>
    <message>
        <source>The sandbox profile is connected by starting the sandbox.</source>
        <translation>Le profil sandbox se connecte en démarrant la sandbox.</translation>
    </message>
    <message>
        <source>no keychain is configured</source>
        <translation>aucun trousseau n&apos;est configuré</translation>
    </message>
    <message>
        <source>The secret access key of profile “%1” is not in the keychain; enter it again.</source>
        <translation>La clé d&apos;accès secrète du profil «&#xa0;%1&#xa0;» ne se trouve pas dans le trousseau&#xa0;; saisissez-la à nouveau.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::FaultInjector</name>
    <message>
        <source>Fault &quot;%1&quot; is not of the form name=value.</source>
        <translation>La panne «&#xa0;%1&#xa0;» n&apos;est pas de la forme nom=valeur.</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot; in fault &quot;%2&quot;.</source>
        <translation>Service inconnu «&#xa0;%1&#xa0;» dans la panne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Latency &quot;%1&quot; must be between 0ms and 60000ms.</source>
        <translation>La latence «&#xa0;%1&#xa0;» doit être comprise entre 0ms et 60000ms.</translation>
    </message>
    <message>
        <source>Fault rate &quot;%1&quot; for %2 must be a number from 0 to 1.</source>
        <translation>Le taux de panne «&#xa0;%1&#xa0;» pour %2 doit être un nombre compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>Unknown fault &quot;%1&quot;; use throttle, error5xx, reset or latency.</source>
        <translation>Panne inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez throttle, error5xx, reset ou latency.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::MantleHandler</name>
    <message>
        <source>Cannot save the sandbox&apos;s projects (%1).</source>
        <translation>Impossible d&apos;enregistrer les projets de la sandbox (%1).</translation>
    </message>
    <message>
        <source>The sandbox data holds an unreadable project “%1” (%2).</source>
        <translation>Les données de la sandbox contiennent un projet illisible «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>The sandbox data has no default project.</source>
        <translation>Les données de la sandbox n&apos;ont pas de projet par défaut.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::SandboxAccount</name>
    <message>
        <source>Cannot write the sandbox data file (%1).</source>
        <translation>Impossible d&apos;écrire le fichier de données de la sandbox (%1).</translation>
    </message>
    <message>
        <source>The sandbox data in %1 does not say how its account was generated. Start afresh with --reset.</source>
        <translation>Les données de la sandbox dans %1 n&apos;indiquent pas comment leur compte a été généré. Repartez de zéro avec --reset.</translation>
    </message>
    <message>
        <source>The sandbox data in %1 was generated with seed %2; use --seed %2 or start afresh with --reset.</source>
        <translation>Les données de la sandbox dans %1 ont été générées avec la graine %2&#xa0;; utilisez --seed %2 ou repartez de zéro avec --reset.</translation>
    </message>
    <message>
        <source>The sandbox data in %1 was generated at scale %2; use --scale %2 or start afresh with --reset.</source>
        <translation>Les données de la sandbox dans %1 ont été générées à l&apos;échelle %2&#xa0;; utilisez --scale %2 ou repartez de zéro avec --reset.</translation>
    </message>
    <message>
        <source>The built-in model price catalog is missing or empty.</source>
        <translation>Le catalogue de prix des modèles intégré est manquant ou vide.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1; is the port in use?</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;; le port est-il déjà utilisé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Spendscope::Sandbox::SandboxStore</name>
    <message>
        <source>Cannot create the sandbox data directory %1.</source>
        <translation>Impossible de créer le répertoire de données de la sandbox %1.</translation>
    </message>
    <message>
        <source>Another sandbox is already using the data directory %1.</source>
        <translation>Une autre sandbox utilise déjà le répertoire de données %1.</translation>
    </message>
    <message>
        <source>Cannot lock the sandbox data directory %1.</source>
        <translation>Impossible de verrouiller le répertoire de données de la sandbox %1.</translation>
    </message>
    <message>
        <source>Cannot delete the old sandbox data file %1 (%2).</source>
        <translation>Impossible de supprimer l&apos;ancien fichier de données de la sandbox %1 (%2).</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot open the sandbox data file %1 (%2).</source>
        <translation>Impossible d&apos;ouvrir le fichier de données de la sandbox %1 (%2).</translation>
    </message>
    <message>
        <source>The sandbox data file %1 is damaged or not a Spendscope sandbox file (%2). Move it away or start afresh with --reset.</source>
        <translation>Le fichier de données de la sandbox %1 est endommagé ou n&apos;est pas un fichier sandbox de Spendscope (%2). Déplacez-le ou repartez de zéro avec --reset.</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>il appartient à une autre application</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>sa version de schéma est manquante</translation>
    </message>
    <message>
        <source>The sandbox data file %1 was written by a newer version of Spendscope (schema %2, this version reads %3). Use that version or start afresh with --reset.</source>
        <translation>Le fichier de données de la sandbox %1 a été écrit par une version plus récente de Spendscope (schéma %2, cette version lit %3). Utilisez cette version-là ou repartez de zéro avec --reset.</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data file %1 (%2).</source>
        <translation>Impossible de créer le fichier de données de la sandbox %1 (%2).</translation>
    </message>
    <message>
        <source>The component name “%1” is reserved.</source>
        <translation>Le nom de composant «&#xa0;%1&#xa0;» est réservé.</translation>
    </message>
    <message>
        <source>The sandbox data for “%1” was written by a newer version of Spendscope.</source>
        <translation>Les données de la sandbox pour «&#xa0;%1&#xa0;» ont été écrites par une version plus récente de Spendscope.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SandboxCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Listen on 127.0.0.1:PORT (port 0 or no option: a free port).</source>
        <translation>Écouter sur 127.0.0.1:PORT (port 0 ou option absente&#xa0;: un port libre).</translation>
    </message>
    <message>
        <source>Keep the account&apos;s state in DIR (default: in memory, gone on exit).</source>
        <translation>Conserver l&apos;état du compte dans DIR (par défaut&#xa0;: en mémoire, perdu à la fermeture).</translation>
    </message>
    <message>
        <source>Delete the state kept in --data DIR and start afresh.</source>
        <translation>Supprimer l&apos;état conservé dans --data DIR et repartir de zéro.</translation>
    </message>
    <message>
        <source>Generate the account from seed N (default %1).</source>
        <translation>Générer le compte à partir de la graine N (par défaut %1).</translation>
    </message>
    <message>
        <source>Usage history size: small, default (about 1M daily rows) or large (about 10M).</source>
        <translation>Taille de l&apos;historique d&apos;utilisation&#xa0;: small, default (environ 1 million de lignes quotidiennes) ou large (environ 10 millions).</translation>
    </message>
    <message>
        <source>Inject faults, e.g. throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01 (optionally per service: ce:throttle=0.3).</source>
        <translation>Injecter des pannes, p. ex. throttle=0.2,error5xx=0.05,latency=150ms,reset=0.01 (éventuellement par service&#xa0;: ce:throttle=0.3).</translation>
    </message>
    <message>
        <source>The sandbox listens on 127.0.0.1 only; “%1” is not allowed.</source>
        <translation>La sandbox écoute uniquement sur 127.0.0.1&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>--listen needs 127.0.0.1:PORT with a port from 0 to 65535, not “%1”.</source>
        <translation>--listen nécessite 127.0.0.1:PORT avec un port compris entre 0 et 65535, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--data needs a directory.</source>
        <translation>--data nécessite un répertoire.</translation>
    </message>
    <message>
        <source>--reset needs --data DIR; without it the state is in memory and always fresh.</source>
        <translation>--reset nécessite --data DIR&#xa0;; sans cette option, l&apos;état est en mémoire et toujours vierge.</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not “%1”.</source>
        <translation>--seed nécessite un nombre entier non négatif, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--scale must be small, default or large, not “%1”.</source>
        <translation>--scale doit valoir small, default ou large, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation>--faults&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: spendscope sandbox [options]

Runs a local AWS-compatible account (Cost Explorer, Budgets, IAM, STS and the Bedrock
Projects API) on 127.0.0.1 and prints shell lines that point the AWS CLI and SDKs at it.
Stop it with Ctrl+C.

</source>
        <translation>Utilisation&#xa0;: spendscope sandbox [options]

Exécute un compte local compatible AWS (Cost Explorer, Budgets, IAM, STS et l&apos;API Bedrock
Projects) sur 127.0.0.1 et affiche des lignes de shell qui dirigent l&apos;AWS CLI et les SDK vers lui.
Arrêtez-le avec Ctrl+C.

</translation>
    </message>
    <message>
        <source>Stopping the sandbox.</source>
        <translation>Arrêt de la sandbox.</translation>
    </message>
    <message numerus="yes">
        <source>Sandbox account %1 is listening on %2 (seed %3, %n usage rows). Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Le compte sandbox %1 écoute sur %2 (graine %3, %n ligne d&apos;utilisation). Appuyez sur Ctrl+C pour l&apos;arrêter.</numerusform>
            <numerusform>Le compte sandbox %1 écoute sur %2 (graine %3, %n lignes d&apos;utilisation). Appuyez sur Ctrl+C pour l&apos;arrêter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::SecretJob</name>
    <message>
        <source>the secret store was closed</source>
        <translation>le magasin de secrets a été fermé</translation>
    </message>
    <message>
        <source>A secret needs a non-empty key.</source>
        <translation>Un secret nécessite une clé non vide.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <extracomment>%1 is the reason given by the system, e.g. &quot;Cannot autolaunch D-Bus without X11 $DISPLAY&quot;</extracomment>
        <translation>Le trousseau système n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Le trousseau système a refusé l&apos;accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>Aucun secret n&apos;est enregistré sous «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Spendscope::StandardPages</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>Spendscope::StsClient</name>
    <message>
        <source>GetCallerIdentity returned &quot;%1&quot; instead of a 12-digit account id.</source>
        <translation>GetCallerIdentity a renvoyé «&#xa0;%1&#xa0;» au lieu d&apos;un ID de compte à 12 chiffres.</translation>
    </message>
    <message>
        <source>GetCallerIdentity returned no ARN.</source>
        <translation>GetCallerIdentity n&apos;a renvoyé aucun ARN.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The AWS region of the Bedrock projects.</source>
        <translation>La région AWS des projets Bedrock.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>Calendar months of history, the current one included (default 13).</source>
        <translation>Mois civils d&apos;historique, mois en cours inclus (par défaut 13).</translation>
    </message>
    <message>
        <source>Days of daily detail, rounded out to whole months (default 90).</source>
        <translation>Jours de détail quotidien, arrondis à des mois entiers (par défaut 90).</translation>
    </message>
    <message>
        <source>%1  USD %2</source>
        <translation>%1  USD %2</translation>
    </message>
    <message>
        <source>Cost Explorer requests: %1 (USD %2); other requests: %3.</source>
        <translation>Requêtes Cost Explorer&#xa0;: %1 (USD %2)&#xa0;; autres requêtes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 rows written, %2 rows cached in %3; %4 ms.</source>
        <translation>%1 lignes écrites, %2 lignes mises en cache dans %3&#xa0;; %4 ms.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not “%2”.</source>
        <translation>--%1 nécessite un nombre entier, et non «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: spendscope sync [options]

Brings the local cost cache up to date from Cost Explorer (monthly history, daily recent
window, only what is missing or not final), with the Bedrock projects, the cost allocation
tag status and the budgets. Cost Explorer bills USD 0.01 per request; the count is printed.
Credentials come from the environment and the AWS config files, as for the AWS CLI.

</source>
        <translation>Utilisation&#xa0;: spendscope sync [options]

Met à jour le cache local des coûts à partir de Cost Explorer (historique mensuel, fenêtre quotidienne
récente, uniquement ce qui manque ou n&apos;est pas définitif), avec les projets Bedrock, le statut des balises
de répartition des coûts et les budgets. Cost Explorer facture 0,01 USD par requête&#xa0;; le nombre est affiché.
Les identifiants proviennent de l&apos;environnement et des fichiers de configuration AWS, comme pour l&apos;AWS CLI.

</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncJob</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 says what was not refreshed, %2 is the reason</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cost cache is not open.</source>
        <translation>Le cache de coûts n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>Finding the Bedrock services billed to the account…</source>
        <translation>Recherche des services Bedrock facturés au compte…</translation>
    </message>
    <message>
        <source>The Bedrock services billed to the account changed; all costs are fetched again.</source>
        <translation>Les services Bedrock facturés au compte ont changé&#xa0;; tous les coûts sont à nouveau récupérés.</translation>
    </message>
    <message>
        <source>No Bedrock service has costs in this period.</source>
        <translation>Aucun service Bedrock n&apos;a de coûts sur cette période.</translation>
    </message>
    <message>
        <source>Reading the cost allocation tags…</source>
        <translation>Lecture des balises de répartition des coûts…</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is not an active cost allocation tag: its spend shows as untagged.</source>
        <extracomment>%1 is a tag key such as &quot;Project&quot;</extracomment>
        <translation>La clé de balise «&#xa0;%1&#xa0;» n&apos;est pas une balise de répartition des coûts active&#xa0;: ses dépenses apparaissent comme sans balise.</translation>
    </message>
    <message>
        <source>Checking the days whose bill is not final yet…</source>
        <translation>Vérification des jours dont la facture n&apos;est pas encore définitive…</translation>
    </message>
    <message>
        <source>Fetching costs from %1 to %2 by %3…</source>
        <extracomment>%1 and %2 are dates, %3 a tag key</extracomment>
        <translation>Récupération des coûts du %1 au %2 par %3…</translation>
    </message>
    <message>
        <source>Cost Explorer answered with the period %1 to %2, outside the request.</source>
        <translation>Cost Explorer a répondu avec la période du %1 au %2, en dehors de la requête.</translation>
    </message>
    <message>
        <source>A cost group of %1 does not have a tag and a usage type.</source>
        <translation>Un groupe de coûts de %1 n&apos;a pas de balise et de type d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Reading the Bedrock projects…</source>
        <translation>Lecture des projets Bedrock…</translation>
    </message>
    <message>
        <source>Projects were not refreshed</source>
        <translation>Les projets n&apos;ont pas été actualisés</translation>
    </message>
    <message>
        <source>Budgets were not refreshed</source>
        <translation>Les budgets n&apos;ont pas été actualisés</translation>
    </message>
    <message>
        <source>Reading the budgets…</source>
        <translation>Lecture des budgets…</translation>
    </message>
    <message>
        <source>The team and project totals of %1 differ; sync again to refetch.</source>
        <extracomment>%1 is a month, e.g. 2026-08</extracomment>
        <translation>Les totaux par équipe et par projet de %1 diffèrent&#xa0;; synchronisez à nouveau pour les récupérer.</translation>
    </message>
</context>
<context>
    <name>Spendscope::SyncSettings</name>
    <message>
        <source>The project and team tag keys must not be empty.</source>
        <translation>Les clés de balise de projet et d&apos;équipe ne doivent pas être vides.</translation>
    </message>
    <message>
        <source>The project and team tag keys must differ.</source>
        <translation>Les clés de balise de projet et d&apos;équipe doivent être différentes.</translation>
    </message>
    <message>
        <source>History must be between 1 and 14 months (Cost Explorer&apos;s limit without multi-year data).</source>
        <translation>L&apos;historique doit être compris entre 1 et 14 mois (limite de Cost Explorer sans données pluriannuelles).</translation>
    </message>
    <message>
        <source>The daily window must be between 1 and 366 days.</source>
        <translation>La fenêtre quotidienne doit être comprise entre 1 et 366 jours.</translation>
    </message>
    <message>
        <source>Requests must cover at least one period.</source>
        <translation>Les requêtes doivent couvrir au moins une période.</translation>
    </message>
    <message>
        <source>The service search text must not be empty.</source>
        <translation>Le texte de recherche de service ne doit pas être vide.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagChangePreviewModel</name>
    <message>
        <source>Add</source>
        <extracomment>A tag operation in the change preview</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <extracomment>A tag operation in the change preview: the key exists and gets a new value</extracomment>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>A tag operation in the change preview</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagCoverageModel</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 projects lack the tag out of %2 counted projects</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Required tag</source>
        <translation>Balise obligatoire</translation>
    </message>
    <message>
        <source>Projects without it</source>
        <translation>Projets sans cette balise</translation>
    </message>
    <message>
        <source>Share of projects</source>
        <translation>Part des projets</translation>
    </message>
    <message>
        <source>Spend without it</source>
        <translation>Dépenses sans cette balise</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Part des dépenses</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagEditModel</name>
    <message>
        <source>Tag key “%1” appears more than once.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» apparaît plusieurs fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected projects lack the required tag “%1”.</source>
        <translation>
            <numerusform>%n des projets sélectionnés n&apos;a pas la balise obligatoire «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n des projets sélectionnés n&apos;ont pas la balise obligatoire «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <extracomment>Shown instead of a tag value that differs between the selected projects</extracomment>
        <translation>(mixte)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>Pas encore détectée</translation>
    </message>
    <message>
        <source>Cost Explorer groups spend by this tag.</source>
        <translation>Cost Explorer regroupe les dépenses selon cette balise.</translation>
    </message>
    <message>
        <source>Activate this key as a cost allocation tag so that Cost Explorer groups spend by it; activation is not retroactive.</source>
        <translation>Activez cette clé comme balise de répartition des coûts pour que Cost Explorer regroupe les dépenses selon celle-ci&#xa0;; l&apos;activation n&apos;est pas rétroactive.</translation>
    </message>
    <message>
        <source>Cost Explorer has not seen this key on billed usage yet; it can be activated once it appears, up to a day after first use.</source>
        <translation>Cost Explorer n&apos;a pas encore détecté cette clé sur une utilisation facturée&#xa0;; elle pourra être activée dès qu&apos;elle apparaîtra, jusqu&apos;à un jour après la première utilisation.</translation>
    </message>
    <message>
        <source>The selected projects have different values; each keeps its own unless you type a new one.</source>
        <translation>Les projets sélectionnés ont des valeurs différentes&#xa0;; chacun conserve la sienne, sauf si vous en saisissez une nouvelle.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Cost allocation</source>
        <extracomment>Whether the key is an active cost allocation tag in Cost Explorer</extracomment>
        <translation>Répartition des coûts</translation>
    </message>
    <message>
        <source>The default project cannot be tagged.</source>
        <translation>Le projet par défaut ne peut pas être balisé.</translation>
    </message>
    <message>
        <source>Project “%1” is archived and cannot be changed.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est archivé et ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Required tag “%1” is removed.</source>
        <translation>La balise obligatoire «&#xa0;%1&#xa0;» est supprimée.</translation>
    </message>
    <message>
        <source>Required tag “%1” is missing.</source>
        <translation>La balise obligatoire «&#xa0;%1&#xa0;» est manquante.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagEditorDialog</name>
    <message>
        <source>Tags of %1</source>
        <translation>Balises de %1</translation>
    </message>
    <message>
        <source>Tags of %1 Projects</source>
        <translation>Balises de %1 projets</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>&amp;Ajouter une balise</translation>
    </message>
    <message>
        <source>&amp;Remove Tag</source>
        <translation>&amp;Supprimer la balise</translation>
    </message>
    <message>
        <source>Ac&amp;tivate for Cost Explorer</source>
        <translation>Acti&amp;ver pour Cost Explorer</translation>
    </message>
    <message>
        <source>Cost Explorer groups by a tag key only once it is activated as a cost allocation tag. Activation takes up to 24 hours and is not retroactive: earlier spend stays untagged.</source>
        <translation>Cost Explorer ne regroupe par une clé de balise qu&apos;une fois celle-ci activée comme balise de répartition des coûts. L&apos;activation prend jusqu&apos;à 24 heures et n&apos;est pas rétroactive&#xa0;: les dépenses antérieures restent sans balise.</translation>
    </message>
    <message>
        <source>These changes will be sent, one project at a time, and read back:</source>
        <translation>Ces modifications seront envoyées, un projet à la fois, puis relues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview Changes…</source>
        <translation>A&amp;perçu des modifications…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>%1: applied and verified</source>
        <translation>%1&#xa0;: appliqué et vérifié</translation>
    </message>
    <message>
        <source>%1: applied, but the tags read back differ</source>
        <translation>%1&#xa0;: appliqué, mais les balises relues diffèrent</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not applied</source>
        <translation>%1&#xa0;: non appliqué</translation>
    </message>
    <message>
        <source>“%1” is activated. Cost Explorer shows it within a day, for spend from now on.</source>
        <translation>«&#xa0;%1&#xa0;» est activée. Cost Explorer l&apos;affiche sous un jour, pour les dépenses à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagKeyActivationCommand</name>
    <message>
        <source>Activate the tag key “%1”</source>
        <translation>Activer la clé de balise «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagPolicy</name>
    <message>
        <source>Tag key “%1” differs from the policy’s key “%2” only in letter case; Cost Explorer reports them separately.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» ne diffère de la clé «&#xa0;%2&#xa0;» de la stratégie que par la casse&#xa0;; Cost Explorer les présente séparément.</translation>
    </message>
    <message>
        <source>Required tag “%1” has no value.</source>
        <translation>La balise obligatoire «&#xa0;%1&#xa0;» n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>“%2” is not an allowed value of tag “%1”; allowed are %3.</source>
        <extracomment>%3 is a comma-separated list of values</extracomment>
        <translation>«&#xa0;%2&#xa0;» n&apos;est pas une valeur autorisée de la balise «&#xa0;%1&#xa0;»&#xa0;; les valeurs autorisées sont %3.</translation>
    </message>
    <message>
        <source>The value of tag “%1” must be written “%2”.</source>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» doit s&apos;écrire «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The value of tag “%1” should be lower case: “%2”.</source>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» devrait être en minuscules&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>Il y a %n balise&#xa0;; une ressource peut en avoir au plus %1.</numerusform>
            <numerusform>Il y a %n balises&#xa0;; une ressource peut en avoir au plus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required tag “%1” is missing.</source>
        <translation>La balise obligatoire «&#xa0;%1&#xa0;» est manquante.</translation>
    </message>
    <message>
        <source>The tag policy has an unknown version.</source>
        <translation>La stratégie de balises a une version inconnue.</translation>
    </message>
    <message>
        <source>The tag policy has no list of rules.</source>
        <translation>La stratégie de balises n&apos;a pas de liste de règles.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy is not an object.</source>
        <translation>La règle %1 de la stratégie de balises n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy has no key.</source>
        <translation>La règle %1 de la stratégie de balises n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>The tag policy has two rules for “%1”.</source>
        <translation>La stratégie de balises contient deux règles pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: “required” is not true or false.</source>
        <translation>Règle %1 de la stratégie de balises&#xa0;: «&#xa0;required&#xa0;» ne vaut ni true ni false.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: “allowedValues” is not a list.</source>
        <translation>Règle %1 de la stratégie de balises&#xa0;: «&#xa0;allowedValues&#xa0;» n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: an allowed value is not text.</source>
        <translation>Règle %1 de la stratégie de balises&#xa0;: une valeur autorisée n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: the letter case rule must be “any”, “lower” or “exact”.</source>
        <translation>Règle %1 de la stratégie de balises&#xa0;: la règle de casse doit être «&#xa0;any&#xa0;», «&#xa0;lower&#xa0;» ou «&#xa0;exact&#xa0;».</translation>
    </message>
    <message>
        <source>Rule %1 of the tag policy: the “exact” rule needs a list of allowed values.</source>
        <translation>Règle %1 de la stratégie de balises&#xa0;: la règle «&#xa0;exact&#xa0;» nécessite une liste de valeurs autorisées.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagPolicyDialog</name>
    <message>
        <source>Tag Policy</source>
        <translation>Stratégie de balises</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Clé de balise</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Allowed values (comma-separated)</source>
        <translation>Valeurs autorisées (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casse</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>&amp;Ajouter une clé</translation>
    </message>
    <message>
        <source>&amp;Remove Key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Tags every project should carry, and the values they may take. AWS&apos;s own rules always apply as well.</source>
        <translation>Les balises que chaque projet doit porter, et les valeurs qu&apos;elles peuvent prendre. Les règles propres à AWS s&apos;appliquent toujours également.</translation>
    </message>
    <message>
        <source>The key “%1” is listed twice.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est listée deux fois.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TagSet</name>
    <message>
        <source>A tag key must not be empty.</source>
        <translation>Une clé de balise ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Tag key “%1” is longer than %2 characters.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Tag key “%1” starts with “aws:”, which AWS reserves for its own tags.</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» commence par «&#xa0;aws:&#xa0;», qu&apos;AWS réserve à ses propres balises.</translation>
    </message>
    <message>
        <source>Tag key “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.</source>
        <extracomment>%2 is one character, or its code such as U+0009</extracomment>
        <translation>La clé de balise «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#xa0;; seuls les lettres, les chiffres, les espaces et _ .&#xa0;: / = + - @ sont autorisés.</translation>
    </message>
    <message>
        <source>The value of tag “%1” is longer than %2 characters.</source>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The value of tag “%1” contains “%2”; only letters, digits, spaces and _ . : / = + - @ are allowed.</source>
        <extracomment>%2 is one character, or its code such as U+0009</extracomment>
        <translation>La valeur de la balise «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#xa0;; seuls les lettres, les chiffres, les espaces et _ .&#xa0;: / = + - @ sont autorisés.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>Il y a %n balise&#xa0;; une ressource peut en avoir au plus %1.</numerusform>
            <numerusform>Il y a %n balises&#xa0;; une ressource peut en avoir au plus %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskCalculator</name>
    <message>
        <source>A task profile needs a name.</source>
        <translation>Un profil de tâche doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name of a task profile can have at most %1 characters.</source>
        <translation>Le nom d&apos;un profil de tâche peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: tokens per task cannot be negative.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nombre de jetons par tâche ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tokens per task, input and output each.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: au plus %2 jetons par tâche, en entrée comme en sortie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a task needs input or output tokens.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une tâche nécessite des jetons d&apos;entrée ou de sortie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the cached share of the input must be between 0 and 100 percent.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la part en cache de l&apos;entrée doit être comprise entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a cached share needs input tokens.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une part en cache nécessite des jetons d&apos;entrée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: tasks per month cannot be negative.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le nombre de tâches par mois ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tasks a month.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: au plus %2 tâches par mois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: at most %2 tokens a month.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: au plus %2 jetons par mois.</translation>
    </message>
    <message>
        <source>Classify a support ticket</source>
        <translation>Classer un ticket de support</translation>
    </message>
    <message>
        <source>Chat turn with a cached system prompt</source>
        <translation>Tour de conversation avec un prompt système en cache</translation>
    </message>
    <message>
        <source>Summarise a long document</source>
        <translation>Résumer un long document</translation>
    </message>
    <message>
        <source>Code review of a change</source>
        <translation>Revue de code d&apos;une modification</translation>
    </message>
    <message>
        <source>A task profile named &quot;%1&quot; already exists.</source>
        <translation>Un profil de tâche nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskProfileModel</name>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A name made unique, %1 the name, %2 a number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Share of the input served from the prompt cache (0–100); leave empty for no caching.</source>
        <translation>Part de l&apos;entrée servie depuis le cache de prompts (0–100)&#xa0;; laissez vide pour aucune mise en cache.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Input tokens per task</source>
        <translation>Jetons d&apos;entrée par tâche</translation>
    </message>
    <message>
        <source>Output tokens per task</source>
        <translation>Jetons de sortie par tâche</translation>
    </message>
    <message>
        <source>Cached input</source>
        <translation>Entrée en cache</translation>
    </message>
    <message>
        <source>Tasks per month</source>
        <translation>Tâches par mois</translation>
    </message>
</context>
<context>
    <name>Spendscope::TaskQuoteModel</name>
    <message>
        <source>Priced with your override.</source>
        <translation>Valorisé avec votre prix personnalisé.</translation>
    </message>
    <message>
        <source>No cache-read price: the cached share is priced as input.</source>
        <translation>Pas de prix de lecture du cache&#xa0;: la part en cache est valorisée comme entrée.</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>%1 exactement</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Per task</source>
        <translation>Par tâche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Spendscope::Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>Spendscope::TokenMixModel</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>Lecture du cache</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>Écriture du cache</translation>
    </message>
    <message>
        <source>Other (not per token)</source>
        <translation>Autre (hors jetons)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>No token count: usage that is not billed per token</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 exactly</source>
        <translation>%1 exactement</translation>
    </message>
    <message>
        <source>%1 thousand tokens as Cost Explorer reports them</source>
        <translation>%1 milliers de jetons tels que les indique Cost Explorer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>% of tokens</source>
        <translation>% des jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>% of cost</source>
        <translation>% du coût</translation>
    </message>
</context>
<context>
    <name>Spendscope::Translations</name>
    <message>
        <source>There is no translation for the language “%1”.</source>
        <translation>Il n&apos;existe pas de traduction pour la langue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded.</source>
        <translation>La traduction pour %1 n&apos;a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>Spendscope::UpdateBudgetCommand</name>
    <message>
        <source>Change budget “%1”</source>
        <translation>Modifier le budget «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Spendscope::UpdatePolicyDocumentJob</name>
    <message>
        <source>The policy already has %1 versions and none of them can be deleted.</source>
        <translation>La stratégie compte déjà %1 versions et aucune ne peut être supprimée.</translation>
    </message>
</context>
<context>
    <name>Spendscope::WasteAnalyzer</name>
    <message>
        <source>Untagged usage</source>
        <translation>Utilisation sans balise</translation>
    </message>
    <message>
        <source>Premium model on simple traffic</source>
        <translation>Modèle premium sur un trafic simple</translation>
    </message>
    <message>
        <source>%1 spent %2 on %3 in the window. Output was %4 of the input-side tokens and cache use %5, a mix a cheaper model usually handles. The same tokens on %6 would have cost %7: about %8 less a month.</source>
        <extracomment>%1 project, %2 amount, %3 premium model, %4 and %5 percentages, %6 cheaper model, %7 amount, %8 monthly amount</extracomment>
        <translation>%1 a dépensé %2 pour %3 sur la période. La sortie représentait %4 des jetons côté entrée et l&apos;utilisation du cache %5, une répartition qu&apos;un modèle moins cher gère généralement. Les mêmes jetons sur %6 auraient coûté %7&#xa0;: environ %8 de moins par mois.</translation>
    </message>
    <message>
        <source>Spend without a project tag</source>
        <translation>Dépenses sans balise de projet</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) has no %3 tag value, so it cannot be charged back to a project.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 sur la période (%2 de l&apos;ensemble des dépenses) n&apos;a pas de valeur de balise %3 et ne peut donc pas être refacturé à un projet.</translation>
    </message>
    <message>
        <source>Spend in the default project</source>
        <translation>Dépenses dans le projet par défaut</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) ran in the default project, where requests without a project land. Give each client its own project with a %3 tag so that this spend can be charged back.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 sur la période (%2 de l&apos;ensemble des dépenses) a été dépensé dans le projet par défaut, où aboutissent les requêtes sans projet. Attribuez à chaque client son propre projet avec une balise %3 pour que ces dépenses puissent être refacturées.</translation>
    </message>
    <message>
        <source>Spend without a team tag</source>
        <translation>Dépenses sans balise d&apos;équipe</translation>
    </message>
    <message>
        <source>%1 in the window (%2 of all spend) has no %3 tag value, so it cannot be charged back to a team.</source>
        <extracomment>%1 amount, %2 percentage, %3 tag key</extracomment>
        <translation>%1 sur la période (%2 de l&apos;ensemble des dépenses) n&apos;a pas de valeur de balise %3 et ne peut donc pas être refacturé à une équipe.</translation>
    </message>
    <message>
        <source>Little prompt caching on input-heavy traffic</source>
        <translation>Peu de mise en cache des prompts sur un trafic à forte entrée</translation>
    </message>
    <message>
        <source>%1 read %3 of its %4 input-side tokens on %2 from the prompt cache, with %5 times as much input as output. If %6 were cache reads, it would save about %7 a month, cache writes included.</source>
        <extracomment>%1 project, %2 model, %3 percentage, %4 token count, %5 ratio, %6 percentage, %7 monthly amount</extracomment>
        <translation>%1 a lu %3 de ses %4 jetons côté entrée sur %2 depuis le cache de prompts, avec %5 fois plus d&apos;entrée que de sortie. Si %6 étaient des lectures du cache, cela économiserait environ %7 par mois, écritures du cache incluses.</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is not active for cost allocation</source>
        <translation>La clé de balise «&#xa0;%1&#xa0;» n&apos;est pas active pour la répartition des coûts</translation>
    </message>
    <message>
        <source>Spendscope attributes spend by &quot;%1&quot;, but it is an inactive cost allocation tag: Cost Explorer cannot split the window&apos;s %2 by it. Activate it in the Billing console; activation is not retroactive.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>Spendscope attribue les dépenses selon «&#xa0;%1&#xa0;», mais il s&apos;agit d&apos;une balise de répartition des coûts inactive&#xa0;: Cost Explorer ne peut pas ventiler selon elle les %2 de la période. Activez-la dans la console Billing&#xa0;; l&apos;activation n&apos;est pas rétroactive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on projects or usage but is an inactive cost allocation tag: Cost Explorer cannot split the window&apos;s %2 by it.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>«&#xa0;%1&#xa0;» figure sur des projets ou une utilisation, mais il s&apos;agit d&apos;une balise de répartition des coûts inactive&#xa0;: Cost Explorer ne peut pas ventiler selon elle les %2 de la période.</translation>
    </message>
    <message>
        <source>Spendscope attributes spend by &quot;%1&quot;, but Cost Explorer does not list it as a cost allocation tag, so it cannot split the window&apos;s %2 by it. Tag usage with it, then activate it once it appears (about a day later).</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>Spendscope attribue les dépenses selon «&#xa0;%1&#xa0;», mais Cost Explorer ne la liste pas comme balise de répartition des coûts et ne peut donc pas ventiler selon elle les %2 de la période. Balisez l&apos;utilisation avec cette clé, puis activez-la dès qu&apos;elle apparaît (environ un jour plus tard).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on projects or usage but Cost Explorer does not list it as a cost allocation tag, so it cannot split the window&apos;s %2 by it.</source>
        <extracomment>%1 tag key, %2 amount</extracomment>
        <translation>«&#xa0;%1&#xa0;» figure sur des projets ou une utilisation, mais Cost Explorer ne la liste pas comme balise de répartition des coûts et ne peut donc pas ventiler selon elle les %2 de la période.</translation>
    </message>
</context>
<context>
    <name>Spendscope::Workspace</name>
    <message>
        <source>Price overrides the catalog no longer takes were not applied: %1.</source>
        <translation>Les prix personnalisés que le catalogue ne prend plus en charge n&apos;ont pas été appliqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The cost cache could not be opened, so there is nowhere to sync to.</source>
        <translation>Le cache de coûts n&apos;a pas pu être ouvert&#xa0;; il n&apos;y a donc aucune destination pour la synchronisation.</translation>
    </message>
    <message>
        <source>Synced. Cost Explorer requests: %1 (USD %2).</source>
        <extracomment>%1 a number of Cost Explorer requests, %2 their price</extracomment>
        <translation>Synchronisé. Requêtes Cost Explorer&#xa0;: %1 (USD %2).</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Use the AWS profile NAME (as the AWS CLI does).</source>
        <translation>Utiliser le profil AWS NAME (comme le fait l&apos;AWS CLI).</translation>
    </message>
    <message>
        <source>Send every request to URL, e.g. a sandbox account&apos;s.</source>
        <translation>Envoyer chaque requête à URL, p. ex. celle d&apos;un compte sandbox.</translation>
    </message>
    <message>
        <source>Keep the cache in FILE instead of the profile&apos;s cache in the data folder.</source>
        <translation>Conserver le cache dans FILE au lieu du cache du profil dans le dossier de données.</translation>
    </message>
</context>
</TS>
