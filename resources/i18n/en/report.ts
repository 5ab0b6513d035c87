<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Calib</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open.</source>
        <translation>
            <numerusform>%n session with the panel&apos;s figures open.</numerusform>
            <numerusform>%n sessions with the panel&apos;s figures open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consented</name>
    <message numerus="yes">
        <source>%1 consented (%2) on %3; %4, %5; kept %n day(s); recorded by %6</source>
        <translation>
            <numerusform>%1 consented (%2) on %3; %4, %5; kept %n day; recorded by %6</numerusform>
            <numerusform>%1 consented (%2) on %3; %4, %5; kept %n days; recorded by %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n item needs attention.</numerusform>
            <numerusform>%n items need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleComparisonPage</name>
    <message numerus="yes">
        <source>%n interview(s).</source>
        <translation>
            <numerusform>%n interview.</numerusform>
            <numerusform>%n interviews.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message numerus="yes">
        <source>%n other interview(s)</source>
        <translation>
            <numerusform>%n other interview</numerusform>
            <numerusform>%n other interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kit question(s)</source>
        <translation>
            <numerusform>%n kit question</numerusform>
            <numerusform>%n kit questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s)</source>
        <translation>
            <numerusform>%n ad-hoc question</numerusform>
            <numerusform>%n ad-hoc questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n panelist</numerusform>
            <numerusform>%n panelists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s).</source>
        <translation>
            <numerusform>%n ad-hoc question.</numerusform>
            <numerusform>%n ad-hoc questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <comment>who asked them</comment>
        <translation>
            <numerusform>%n panelist</numerusform>
            <numerusform>%n panelists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competency(-ies)</source>
        <translation>
            <numerusform>%n competency</numerusform>
            <numerusform>%n competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit has no place for the candidate&apos;s questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>The kit has no place for the candidate&apos;s questions; %n question from the candidate noted.</numerusform>
            <numerusform>The kit has no place for the candidate&apos;s questions; %n questions from the candidate noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them after its assessment questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>The kit puts them after its assessment questions; %n question from the candidate noted.</numerusform>
            <numerusform>The kit puts them after its assessment questions; %n questions from the candidate noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them before some of its assessment questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>The kit puts them before some of its assessment questions; %n question from the candidate noted.</numerusform>
            <numerusform>The kit puts them before some of its assessment questions; %n questions from the candidate noted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n scorecard</numerusform>
            <numerusform>%n scorecards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>w</name>
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open</source>
        <translation>
            <numerusform>%n session with the panel&apos;s figures open</numerusform>
            <numerusform>%n sessions with the panel&apos;s figures open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It rests on only %n competencies, so one rating moved by one point can change it a lot.</source>
        <translation>
            <numerusform>It rests on only %n competency, so one rating moved by one point can change it a lot.</numerusform>
            <numerusform>It rests on only %n competencies, so one rating moved by one point can change it a lot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s) shown to this reader; the full transcript, with each segment&apos;s question and time span, is in the JSON export. Segments marked “not said” are left out.</source>
        <translation>
            <numerusform>%n transcript segment shown to this reader; the full transcript, with each segment&apos;s question and time span, is in the JSON export. Segments marked “not said” are left out.</numerusform>
            <numerusform>%n transcript segments shown to this reader; the full transcript, with each segment&apos;s question and time span, is in the JSON export. Segments marked “not said” are left out.</numerusform>
        </translation>
    </message>
</context>
</TS>
