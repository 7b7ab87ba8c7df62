<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Spendscope::BudgetFilter</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <extracomment>What a budget counts: a number of AWS services</extracomment>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::MonthEndForecaster</name>
    <message numerus="yes">
        <source>Weekly seasonality and trend from %n day(s) of history</source>
        <extracomment>%n is the number of days of cost history</extracomment>
        <translation>
            <numerusform>Weekly seasonality and trend from %n day of history</numerusform>
            <numerusform>Weekly seasonality and trend from %n days of history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run rate from only %n day(s) of history (rough)</source>
        <extracomment>%n is the number of days of cost history; the forecast is only a rough run rate</extracomment>
        <translation>
            <numerusform>Run rate from only %n day of history (rough)</numerusform>
            <numerusform>Run rate from only %n days of history (rough)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::QtKeychainSecretStore</name>
    <message numerus="yes">
        <source>it did not answer within %n second(s)</source>
        <extracomment>the end of &quot;The system keychain is not available: ...&quot;</extracomment>
        <translation>
            <numerusform>it did not answer within %n second</numerusform>
            <numerusform>it did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::ResolveCredentialsJob</name>
    <message numerus="yes">
        <source>The credential_process “%1” of profile “%2” did not finish within %n second(s).</source>
        <translation>
            <numerusform>The credential_process “%1” of profile “%2” did not finish within %n second.</numerusform>
            <numerusform>The credential_process “%1” of profile “%2” did not finish within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::SandboxCommand</name>
    <message numerus="yes">
        <source>Sandbox account %1 is listening on %2 (seed %3, %n usage rows). Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Sandbox account %1 is listening on %2 (seed %3, %n usage row). Press Ctrl+C to stop.</numerusform>
            <numerusform>Sandbox account %1 is listening on %2 (seed %3, %n usage rows). Press Ctrl+C to stop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::TagEditModel</name>
    <message numerus="yes">
        <source>%n of the selected projects lack the required tag “%1”.</source>
        <translation>
            <numerusform>%n of the selected projects lacks the required tag “%1”.</numerusform>
            <numerusform>%n of the selected projects lack the required tag “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::TagPolicy</name>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>There is %n tag; a resource can have at most %1.</numerusform>
            <numerusform>There are %n tags; a resource can have at most %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spendscope::TagSet</name>
    <message numerus="yes">
        <source>There are %n tags; a resource can have at most %1.</source>
        <translation>
            <numerusform>There is %n tag; a resource can have at most %1.</numerusform>
            <numerusform>There are %n tags; a resource can have at most %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
