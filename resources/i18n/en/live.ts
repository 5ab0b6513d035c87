<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Deleted %n transcript segment(s) of this session.</source>
        <translation>
            <numerusform>Deleted %n transcript segment of this session.</numerusform>
            <numerusform>Deleted %n transcript segments of this session.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message numerus="yes">
        <source>Saved as version %1. The %n session(s) planned with version %2 keep it, so every candidate of that campaign gets the same questions.</source>
        <translation>
            <numerusform>Saved as version %1. The %n session planned with version %2 keeps it, so every candidate of that campaign gets the same questions.</numerusform>
            <numerusform>Saved as version %1. The %n sessions planned with version %2 keep it, so every candidate of that campaign gets the same questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — used by %n session(s): saving your changes makes version %2</source>
        <translation>
            <numerusform>%1 — used by %n session: saving your changes makes version %2</numerusform>
            <numerusform>%1 — used by %n sessions: saving your changes makes version %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message numerus="yes">
        <source>Imported “%1” with %n question(s).</source>
        <translation>
            <numerusform>Imported “%1” with %n question.</numerusform>
            <numerusform>Imported “%1” with %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerEditor</name>
    <message numerus="yes">
        <source>⚠ %n question(s) have no panelist to ask them.</source>
        <translation>
            <numerusform>⚠ %n question has no panelist to ask it.</numerusform>
            <numerusform>⚠ %n questions have no panelist to ask them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Fill in before the session (in the kit, or know what to say): %1, in %n question(s).</source>
        <translation>
            <numerusform>⚠ Fill in before the session (in the kit, or know what to say): %1, in %n question.</numerusform>
            <numerusform>⚠ Fill in before the session (in the kit, or know what to say): %1, in %n questions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message numerus="yes">
        <source>Saved as version %1. The %n session(s) planned with version %2 keep its competencies, weights and anchors, so their scores do not change.</source>
        <translation>
            <numerusform>Saved as version %1. The %n session planned with version %2 keeps its competencies, weights and anchors, so its scores do not change.</numerusform>
            <numerusform>Saved as version %1. The %n sessions planned with version %2 keep its competencies, weights and anchors, so their scores do not change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — used by %n session(s): saving your changes makes version %2; those sessions keep version %1</source>
        <translation>
            <numerusform>%1 — used by %n session: saving your changes makes version %2; that session keeps version %1</numerusform>
            <numerusform>%1 — used by %n sessions: saving your changes makes version %2; those sessions keep version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total weight %1 across %n competency(ies)</source>
        <translation>
            <numerusform>Total weight %1 across %n competency</numerusform>
            <numerusform>Total weight %1 across %n competencies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message numerus="yes">
        <source>Draft, saved as you type — %1 of %n competency(ies) decided.</source>
        <translation>
            <numerusform>Draft, saved as you type — %1 of %n competency decided.</numerusform>
            <numerusform>Draft, saved as you type — %1 of %n competencies decided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message numerus="yes">
        <source>%n question(s) left, planned %1 min; %2 to go (choose what to skip)</source>
        <translation>
            <numerusform>%n question left, planned %1 min; %2 to go (choose what to skip)</numerusform>
            <numerusform>%n questions left, planned %1 min; %2 to go (choose what to skip)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left, planned %1 min; %2 to go</source>
        <translation>
            <numerusform>%n question left, planned %1 min; %2 to go</numerusform>
            <numerusform>%n questions left, planned %1 min; %2 to go</numerusform>
        </translation>
    </message>
</context>
</TS>
