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
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score
before debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score
after debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations
before debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (alpha)
before debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since
interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate not told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days
since interview</source>
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
        <source>planned</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <comment>session status</comment>
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
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards
(sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against
the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation
against the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after
debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
with alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean alpha
(lowest – highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
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
        <source>%1 — %2</source>
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
    <name>Agreement</name>
    <message>
        <source>Not enough ratings to measure agreement.</source>
        <extracomment>The agreement&apos;s words (docs/translations.md): pages and reports show them with ``say``. Krippendorff (2004): rely on data at or above this alpha. Krippendorff (2004): below this alpha, draw no conclusions, not even tentative ones.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel agrees closely (alpha %1). The combined score can be relied on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel agrees only in part (alpha %1). Treat the combined score as tentative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel does not agree enough to rely on the combined score (alpha %1). Talk through where the ratings differ before leaning on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calib</name>
    <message>
        <source>undated</source>
        <extracomment>Calibration&apos;s words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sessions to compare</source>
        <extracomment>Below this many sessions a leniency, trend or agreement figure is marked as too few to read anything into. Five is a judgement, not a law: the interval says the rest. The recommendation as a number, to compare an interviewer&apos;s with the rest of the panel&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few sessions (%1 of %2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher than the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower than the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in line with the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (95 % %2 to %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 h, worst %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>median 1 day, worst %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 days, worst %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview to decision: %1; %2 still undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview to decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview to candidate told: %1; %2 decided but not told yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview to candidate told: %1</source>
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
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer calibration</source>
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
    <name>Consented</name>
    <message>
        <source>Said aloud in the room</source>
        <extracomment>The consent record&apos;s words (docs/translations.md): shown with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript and audio kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 consented (%2) on %3; %4; kept %n day(s); recorded by %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>said aloud in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transcript and audio kept</source>
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
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – interview report</source>
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
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 · status %2 · %3 of %4 scorecards submitted · a follow-up interview (another round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1 · status %2 · %3 of %4 scorecards submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s rule: a hire below %1 or a no-hire above %2 needs a written override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s rule: a hire below %1 needs a written override reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s rule: a no-hire above %1 needs a written override reason.</source>
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
    <name>Label</name>
    <message>
        <source>Behavioural (STAR)</source>
        <extracomment>The years a time may fall in. An interview outside them is a typing slip or a forged file; refusing them also keeps every date sum (a due date, a deadline) within what ``datetime`` can hold, since year 1 or 9999 overflows at the first day added. The words of the domain&apos;s labels (docs/translations.md): shown through ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation &amp; fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical / role-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study / presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point (job preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
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
</context>
<context>
    <name>Overdue</name>
    <message>
        <source>Scorecard of %1</source>
        <extracomment>What the page shows of each item (docs/translations.md): shown with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held %1, no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held %1, not told yet</source>
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
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The panel is still sealed: wait for every scorecard, or unseal it as the lead, before deciding.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why: a decision needs its rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1: write why, to be recorded as an override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaking order names every panelist once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision before noting that the candidate was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the decision before telling the candidate.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message needs a subject and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder(s) in the message: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard was submitted and is locked; record a post-debrief change with a reason instead.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency %1 is not part of this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard was already submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the scorecard changes after the debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted scorecard takes post-debrief changes; a draft can still be edited directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what changes: a competency or the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a rating of %1 to %2 or choose “no evidence”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating must be %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the panel lead can unseal; %1 is not the lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consolidated view is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>INTERIM — not the panel&apos;s final record</source>
        <extracomment>Printed on every page of a report that is not the panel&apos;s final record.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters have no glyph in the bundled fonts and show as empty boxes in the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left blank in the kit</source>
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
    <message numerus="yes">
        <source>%n interview(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – comparison – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>Strong moment</source>
        <extracomment>The order recommendations are tallied and listed in: strongest for hiring first. The read model&apos;s own words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc question</source>
        <extracomment>The kind of a question asked outside the kit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <extracomment>A STAR answer&apos;s parts, as the notes label them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ %1 at %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question no longer in the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moments flagged outside any question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hire with the composite %1, below the role&apos;s hire threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a no-hire with the composite %1, above the role&apos;s no-hire threshold %2</source>
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
    <name>Structure</name>
    <message>
        <source>%1: ask every candidate the same questions</source>
        <extracomment>The profile&apos;s words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: limit prompting and follow-up questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate each competency on multiple, anchored rating scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: take detailed notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no questions from the candidate until after the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: use multiple interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no discussion of the candidate before the ratings are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: statistical rather than clinical prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 components met; %3 not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 components met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same kit version as the other candidates for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” version %2; no other interview for this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” version %2; %3 of %4 for the role used the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every kit question asked, or skipped with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked, %2 skipped with a reason, %3 skipped without one, %4 neither asked nor skipped (of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kit question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ad-hoc questions (outside the kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every competency rated on its anchored scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 anchored at every point; %3 rated, %4 marked “no evidence”, %5 left unrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n competency(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence written behind every rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 have written evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The candidate&apos;s questions after the kit&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The kit has no place for the candidate&apos;s questions; %n question(s) from the candidate noted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them after its assessment questions; %n question(s) from the candidate noted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them before some of its assessment questions; %n question(s) from the candidate noted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At least two panelists rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every scorecard submitted before the seal opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 submitted; the seal opened on the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 submitted; still sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead unsealed early; %1 of %2 scorecards were in before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision taken from the composite, or overridden with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no hire or no-hire to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role sets no threshold on the composite, so the decision was not checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in line with the composite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden with a written reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No override reason recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the panel opens.</source>
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
        <source>%1 %2</source>
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
        <source>INTERIM — the panel is sealed: %1 of %2 scorecards are in. Nobody&apos;s ratings, scores, recommendations or takeaways are shown until every panelist has submitted or the lead unseals (which is recorded). Only %3&apos;s own notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERIM — the panel is sealed: %1 of %2 scorecards are in. Nobody&apos;s ratings, scores, recommendations or takeaways are shown until every panelist has submitted or the lead unseals (which is recorded). No panelist&apos;s notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERIM — the interview is still in progress; this is not the panel&apos;s final record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by competency — before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard matrix — before the debrief (the independent ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard matrix — after the debrief (with the changes below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: the ratings stay hidden until every panelist has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard has been submitted yet: there are no ratings to chart or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: only the notes of the person exporting this report are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second interview — consolidated panel report</source>
        <translation>Zweitgespräch — konsolidierter Bericht des Panels</translation>
    </message>
    <message>
        <source>Confidential: personal data about a candidate. Share only with the hiring committee, and delete when the retention period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — decided by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — decided, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No panelist has given an overall recommendation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every panelist who recommended (%1 of %2) recommended hiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one recommendation given is to hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every panelist who recommended (%1 of %2) recommended against hiring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one recommendation given is not to hire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendations are split: %1 for hiring, %2 against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too few ratings to measure how far the panel agreed, competency by competency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panelists rated each competency much alike, so the combined score reflects a shared view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panelists rated the competencies broadly alike, with some differences; read the combined score as tentative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is below zero: competency by competency, the panelists differed more than ratings given at random would. Where one rated a competency high, another rated it lower, so they do not share a view of the candidate&apos;s strengths and weaknesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figure is low: competency by competency, the panelists differed about as much as ratings given at random would, so they do not share a view of the candidate&apos;s strengths and weaknesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It rests on only %n competencies, so one rating moved by one point can change it a lot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All ratings lie between %1 and %2 on the %3 scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So the panel agrees on the verdict but not on the profile: the per-competency scores are uncertain, the overall recommendation is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision (%1) rests on the recommendations and the evidence, not on the combined score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision (%1) was taken despite this disagreement; the rationale should say how it was resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other ratings stay sealed until every panelist has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every panelist submitted before seeing anyone else&apos;s ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened the consolidated view early, on %2, before every scorecard was in (reason given: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened the consolidated view early, on %2, before every scorecard was in (no reason given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted after that, so possibly influenced by the others&apos; ratings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scorecard shown here was submitted before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed — shown once every panelist has submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (no ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 before the debrief (the independent ratings); %3 of %2 after the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 before the debrief (the independent ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hire needs at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-hire needs at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overrode the composite %2 of %3 before the debrief (the role&apos;s rule: %4). Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How structured the interview was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Each component of interview structure the app can observe, with what it rests on; no single score (see the README for the sources).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 — not submitted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intraclass correlation ICC(2,1) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement after the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement means here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rationale written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures %1. Weighted score under Mean: the panel&apos;s. n/e: rated “no evidence”; –: not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence by competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: the evidence stays hidden until every panelist has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard has been submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As submitted, before the debrief; changes are listed under Post-debrief changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings for this competency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-round concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the first round found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first round left no concerns to probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern %1 (lead only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To probe with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed — marked by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed — marked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked as addressed in this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · asked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions from the candidate were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 (noted by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned quote from the transcript, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s) shown to this reader; the full transcript, with each segment&apos;s question and time span, is in the JSON export. Segments marked “not said” are left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes pinned as STAR parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic job preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit has no job-preview talking points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 talking points covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: the takeaways stay hidden until every panelist has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (before the debrief), %3 (after the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (before the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard was changed after the debrief; the ratings above are the independent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and recommendations changed after the debrief, each beside the independently submitted original it replaces, with the reason given. The matrix and chart above show the originals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and recommendations changed after the debrief, each beside the independently submitted original it replaces, with the reason given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 sessions: read these figures as anecdotes, not as a tendency. The interval says how far the true figure could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against the panel: in each session, the interviewer&apos;s weighted score minus the mean of the other panelists&apos; scores (before the debrief), averaged over the sessions, with a 95 % interval (Student&apos;s t). Positive: rates higher than the rest of the panel (lenient); negative: lower (severe). A reading is given only when the interval leaves out zero and rests on at least %1 sessions. Recommendation against the panel: the same with Strong no = 1, No = 2, Yes = 3, Strong yes = 4. Outlier: alone at the top or bottom of a competency the panel disagreed on (ratings two or more points apart), of the competencies rated in panels of three or more. Changed after the debrief: ratings changed in the debrief, of ratings given. Time to submit: from the end of the session to the scorecard&apos;s submission. Interviewers are matched by name across sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest – highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 without)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No interview has a complete, open panel yet: nothing to calibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards (sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score against the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation against the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: score against the panel, per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (Krippendorff&apos;s ordinal alpha) per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each session&apos;s alpha is the one its debrief and report show; 0.80 or more can be relied on, below 0.667 the panel does not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competency</source>
        <extracomment>Where the axis starts: half a point below the scale&apos;s lowest, so that a rating of 1 still shows a bar. It started at 0, a value no one can give on a 1–4 scale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel mean %1 (bars: each panelist&apos;s rating, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERIM Interview report — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview report — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role comparison — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not agree</source>
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
        <source>Competencies and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no competencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates (held interviews only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has been interviewed for this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score after the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 of %3
scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(alpha %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score before the debrief: each competency&apos;s mean rating across the independently submitted scorecards, weighted by the role&apos;s weights (%1); the competency columns and the recommendations are before the debrief too. Score after the debrief: the same with the changes made in the debrief. Agreement: Krippendorff&apos;s ordinal alpha over the panel&apos;s independent ratings; 0.80 or more can be relied on, below 0.667 the panel does not agree, and below zero the panelists differ, competency by competency, more than ratings given at random would. It says how alike the ratings are, not whether the recommendations agree. A sealed panel&apos;s figures are shown once every panelist has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days from the interview (the candidate waits on weekends too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 (after the debrief)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second interview — panelist scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and evidence — before the debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2%) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no evidence written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no takeaways written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-debrief changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job-preview talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer noted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>writer</name>
    <message>
        <source>Confidential</source>
        <extracomment>Room for the first two lines of a note under its headings (quote leading 13, spacing). A paragraph never leaves a single line at the foot of a page, so room for one line moved the whole note over and left the question heading and the panelist&apos;s name behind. How each language writes a day and a time (German: 04.05.2026 10:00); numbers only, so no month names depend on the C library&apos;s locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by Interview Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
