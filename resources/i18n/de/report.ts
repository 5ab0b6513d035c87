<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — spread %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met · ✗ not met · … not known yet · # a count. No single score: the ticks and counts are the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed (%1 of %2 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted
score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommen-
dation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disagree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message for this outcome; copy it or open it in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moving forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another round or assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate&apos;s full name</source>
        <extracomment>What a template may contain, and what each stands for (in English: shown translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role interviewed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens next (typed when telling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when it happens (typed when telling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who signs the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Speaking order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the names (or Alt+↑/↓) into the order the panel speaks in, e.g. the most junior first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to panel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking order&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; — widest spread first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted ratings to discuss yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 · range %2–%3 · weight %4 of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: %1 on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left on this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Export calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against the panel: in each session, the interviewer&apos;s weighted score minus the mean of the other panelists&apos; scores (before the debrief), averaged over the sessions, with its 95 % interval. Positive: rates higher than the rest of the panel; negative: lower. A reading is given only when the interval leaves out zero and at least %1 sessions back it. Outlier: alone at the top or bottom of a competency the panel disagreed on. Interviewers are matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (alpha) per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (alpha) per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session(s) with the panel&apos;s figures open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to calibrate yet: figures appear once a panel&apos;s scorecards are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 sessions: read these figures as anecdotes, not as a tendency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session&apos;s consolidated report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export interim report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead&apos;s PIN, if one is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a panelist is away until next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unseal now (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by panelist and competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are the independent ratings, before the debrief; where the debrief changed one it reads “before → after”. Orange column: the independent ratings span two points or more — discuss it. Blue cell: changed after the debrief. n/e = no evidence. Click a cell for its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the chosen rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ratings &amp;&amp; agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How structured the interview was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, concerns and takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes, concerns &amp;&amp; takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the evidence that decided it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the decision goes against the composite (recorded as an override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns for the next round, one per line (open first-round concerns and the panel&apos;s concern flags are carried anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ecord decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 · status %2 · %3 of %4 scorecards submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a follow-up interview (another round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a rating to read its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel is sealed: %1 of %2 scorecards are in, still waiting for %3. Nobody sees the others&apos; ratings until every panelist has submitted, so no voice anchors the rest. The lead can open the debrief early; that is recorded with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composite (weighted score of the independent ratings): %1 of %2 · agreement alpha %3 · to discuss first (spread ≥ 2): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hire below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a no-hire above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s rule: %1 needs a written override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel weighted score before the debrief (the independent ratings): %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel weighted score after the debrief: %1 (of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computable (needs two competencies everyone rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of the independent ratings (before the debrief):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(2,1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1 competencies rated by two or more panelists (%2 ratings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the debrief: alpha %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements before the debrief (range ≥ 2): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Submitted after the lead unsealed (may have seen the others&apos; ratings): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsealed early by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be %1: write why below; it is recorded as an override, with the composite, and shown in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weighted score %2; takeaways:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded. A follow-up interview is planned on the Sessions page with the open concerns to probe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <source>What is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards are due %1 h after the session; candidates should hear within %2 working days (weekends skipped). Change these with Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 item(s) need attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleComparisonPage</name>
    <message>
        <source>Role comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held interviews only, as in the exported PDF. Figures before the debrief are the panel&apos;s independent ratings; after the debrief they include the changes made in it. Figures stay hidden while a panel is sealed. Click a heading to sort; double-click a row for its debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the interviews for this role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interview(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActionsBar</name>
    <message>
        <source>Open debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each panelist fills in their own; switch panelist inside the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TellCandidateDialog</name>
    <message>
        <source>Tell the candidate — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s e-mail (none in the dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the candidate was told today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as told on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: paste it into your message to the candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened: copy the message instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as told today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded as told: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>Second interview — consolidated panel report</source>
        <translation>Zweitgespräch — konsolidierter Bericht des Panels</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
