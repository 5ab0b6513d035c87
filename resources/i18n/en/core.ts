<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) need you: nothing was overwritten.</source>
        <translation>
            <numerusform>%n conflict needs you: nothing was overwritten.</numerusform>
            <numerusform>%n conflicts need you: nothing was overwritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n file refused.</numerusform>
            <numerusform>%n files refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for you.</source>
        <translation>
            <numerusform>%n file waiting for you.</numerusform>
            <numerusform>%n files waiting for you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message numerus="yes">
        <source>Purge %n candidate(s)?</source>
        <translation>
            <numerusform>Purge 1 candidate?</numerusform>
            <numerusform>Purge %n candidates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n candidate(s).</source>
        <translation>
            <numerusform>Purged 1 candidate.</numerusform>
            <numerusform>Purged %n candidates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscribeRecording</name>
    <message numerus="yes">
        <source>%n segment(s) stored under the questions that were open when they were spoken.</source>
        <translation>
            <numerusform>%n segment stored under the question that was open when it was spoken.</numerusform>
            <numerusform>%n segments stored under the questions that were open when they were spoken.</numerusform>
        </translation>
    </message>
</context>
</TS>
