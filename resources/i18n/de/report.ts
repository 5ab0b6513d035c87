<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1. %2 — spread %3%4</source>
        <translation>%1. %2 — Streuung %3%4</translation>
    </message>
    <message>
        <source>✓ met · ✗ not met · … not known yet · # a count. No single score: the ticks and counts are the profile.</source>
        <translation>✓ erfüllt · ✗ nicht erfüllt · … noch nicht bekannt · # eine Anzahl. Kein Gesamtwert: Die Häkchen und Zahlen sind das Profil.</translation>
    </message>
    <message>
        <source>How structured the interview was</source>
        <translation>Wie strukturiert das Interview war</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>sealed (%1 of %2 in)</source>
        <translation>versiegelt (%1 von %2 eingereicht)</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unver­ändert</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Score
before debrief</source>
        <translation>Punktwert vor
Nachbesprechung</translation>
    </message>
    <message>
        <source>Score
after debrief</source>
        <translation>Punktwert nach
Nachbesprechung</translation>
    </message>
    <message>
        <source>Recommendations
before debrief</source>
        <translation>Empfehlungen vor
Nachbesprechung</translation>
    </message>
    <message>
        <source>Agreement (alpha)
before debrief</source>
        <translation>Übereinstimmung (Alpha)
vor Nachbesprechung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Days since
interview</source>
        <translation>Tage seit
Interview</translation>
    </message>
    <message>
        <source>Scorecard not submitted</source>
        <translation>Bewertungsbogen nicht eingereicht</translation>
    </message>
    <message>
        <source>Decision pending</source>
        <translation>Entscheidung ausstehend</translation>
    </message>
    <message>
        <source>Candidate not told</source>
        <translation>Kandidat nicht benachrichtigt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Working days
since interview</source>
        <translation>Arbeitstage
seit Interview</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <source>What is overdue</source>
        <translation>Was ist überfällig</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <source>No hire</source>
        <translation>Nicht einstellen</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Weitere Runde</translation>
    </message>
    <message>
        <source>Additional assessment</source>
        <translation>Zusätzliche Prüfung</translation>
    </message>
    <message>
        <source>planned</source>
        <comment>session status</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <source>live</source>
        <comment>session status</comment>
        <translation>laufend</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session status</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>decided</source>
        <comment>session status</comment>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>n/e</source>
        <translation>k. N.</translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation>%1 — Gewicht %2</translation>
    </message>
    <message>
        <source>Weighted
score</source>
        <translation>Gewichteter
Punktwert</translation>
    </message>
    <message>
        <source>Recommen-
dation</source>
        <translation>Empfeh-
lung</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation>Kein Nachweis geschrieben.</translation>
    </message>
    <message>
        <source>(disagree)</source>
        <translation>(uneinig)</translation>
    </message>
    <message>
        <source>Tell the candidate…</source>
        <translation>Kandidaten benachrichtigen…</translation>
    </message>
    <message>
        <source>Write the message for this outcome; copy it or open it in your mail program</source>
        <translation>Die Nachricht zu diesem Ergebnis schreiben; kopieren oder im Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Moving forward</source>
        <translation>Es geht weiter</translation>
    </message>
    <message>
        <source>Not moving forward</source>
        <translation>Es geht nicht weiter</translation>
    </message>
    <message>
        <source>Another round or assessment</source>
        <translation>Weitere Runde oder Prüfung</translation>
    </message>
    <message>
        <source>the candidate&apos;s full name</source>
        <extracomment>What a template may contain, and what each stands for (in English: shown translated).</extracomment>
        <translation>der vollständige Name des Kandidaten</translation>
    </message>
    <message>
        <source>the candidate&apos;s first name</source>
        <translation>der Vorname des Kandidaten</translation>
    </message>
    <message>
        <source>the role interviewed for</source>
        <translation>die Rolle, für die interviewt wurde</translation>
    </message>
    <message>
        <source>what happens next (typed when telling)</source>
        <translation>was als Nächstes geschieht (beim Benachrichtigen eingegeben)</translation>
    </message>
    <message>
        <source>when it happens (typed when telling)</source>
        <translation>wann es geschieht (beim Benachrichtigen eingegeben)</translation>
    </message>
    <message>
        <source>who signs the message</source>
        <translation>wer die Nachricht unterschreibt</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Scorecards
(sessions)</source>
        <translation>Bewer­tungs­bögen
(Sitzungen)</translation>
    </message>
    <message>
        <source>Time to
submit</source>
        <translation>Zeit bis zum
Ein­reichen</translation>
    </message>
    <message>
        <source>Score against
the panel</source>
        <translation>Punktwert
gegenüber
dem Panel</translation>
    </message>
    <message>
        <source>Recommendation
against the panel</source>
        <translation>Empfehlung
gegenüber
dem Panel</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Aus­reißer</translation>
    </message>
    <message>
        <source>Changed after
debrief</source>
        <translation>Geändert
nach der
Nachbe-
sprechung</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Trend per quarter</source>
        <translation>Verlauf
je Quartal</translation>
    </message>
    <message>
        <source>Sessions
with alpha</source>
        <translation>Sitzungen
mit Alpha</translation>
    </message>
    <message>
        <source>Mean alpha
(lowest – highest)</source>
        <translation>Mittleres
Alpha
(Min. – Max.)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Transcription needs the optional extra and a model: pip install &apos;interview-desk[transcribe]&apos;, then choose a model folder.</source>
        <extracomment>Shown by the live view through ``tr`` (marked in the empty context, docs/translations.md).</extracomment>
        <translation>Die Transkription braucht die optionale Erweiterung und ein Modell: pip install &apos;interview-desk[transcribe]&apos;, dann einen Modellordner wählen.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Speaking order</source>
        <translation>Reihenfolge der Wortmeldungen</translation>
    </message>
    <message>
        <source>Use this order</source>
        <translation>Diese Reihenfolge verwenden</translation>
    </message>
    <message>
        <source>Drag the names (or Alt+↑/↓) into the order the panel speaks in, e.g. the most junior first</source>
        <translation>Ziehen Sie die Namen (oder Alt+↑/↓) in die Reihenfolge, in der das Panel spricht, z. B. die Jüngsten zuerst</translation>
    </message>
    <message>
        <source>Back to panel order</source>
        <translation>Zurück zur Panel-Reihenfolge</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Tagesordnungspunkte</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Tagesordnungspunkt</translation>
    </message>
    <message>
        <source>Minutes per item</source>
        <translation>Minuten je Punkt</translation>
    </message>
    <message>
        <source>no timer</source>
        <translation>kein Timer</translation>
    </message>
    <message>
        <source> min per item</source>
        <translation> Min. je Punkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Speaking order&lt;/b&gt;</source>
        <translation>&lt;b&gt;Reihenfolge der Wortmeldungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agenda&lt;/b&gt; — widest spread first</source>
        <translation>&lt;b&gt;Tagesordnung&lt;/b&gt; — größte Streuung zuerst</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No submitted ratings to discuss yet.</source>
        <translation>Noch keine eingereichten Bewertungen zu besprechen.</translation>
    </message>
    <message>
        <source>Mean %1 · range %2–%3 · weight %4 of the score</source>
        <translation>Mittelwert %1 · Spannweite %2–%3 · Gewicht %4 am Punktwert</translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation>Kein Nachweis geschrieben.</translation>
    </message>
    <message>
        <source>Over time: %1 on this item</source>
        <translation>Zeit überschritten: %1 bei diesem Punkt</translation>
    </message>
    <message>
        <source>%1 left on this item</source>
        <translation>Noch %1 für diesen Punkt</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>Not enough ratings to measure agreement.</source>
        <extracomment>The agreement&apos;s words (docs/translations.md): pages and reports show them with ``say``. Krippendorff (2004): rely on data at or above this alpha. Krippendorff (2004): below this alpha, draw no conclusions, not even tentative ones.</extracomment>
        <translation>Zu wenige Bewertungen, um die Übereinstimmung zu messen.</translation>
    </message>
    <message>
        <source>The panel agrees closely (alpha %1). The combined score can be relied on.</source>
        <translation>Das Panel stimmt weitgehend überein (Alpha %1). Auf den Gesamtpunktwert ist Verlass.</translation>
    </message>
    <message>
        <source>The panel agrees only in part (alpha %1). Treat the combined score as tentative.</source>
        <translation>Das Panel stimmt nur teilweise überein (Alpha %1). Behandeln Sie den Gesamtpunktwert als vorläufig.</translation>
    </message>
    <message>
        <source>The panel does not agree enough to rely on the combined score (alpha %1). Talk through where the ratings differ before leaning on it.</source>
        <translation>Das Panel stimmt nicht genug überein, um sich auf den Gesamtpunktwert zu verlassen (Alpha %1). Besprechen Sie, wo die Bewertungen auseinandergehen, bevor Sie sich darauf stützen.</translation>
    </message>
</context>
<context>
    <name>Calib</name>
    <message>
        <source>undated</source>
        <extracomment>Calibration&apos;s words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>no sessions to compare</source>
        <extracomment>Below this many sessions a leniency, trend or agreement figure is marked as too few to read anything into. Five is a judgement, not a law: the interval says the rest. The recommendation as a number, to compare an interviewer&apos;s with the rest of the panel&apos;s.</extracomment>
        <translation>keine Sitzungen zum Vergleich</translation>
    </message>
    <message>
        <source>too few sessions (%1 of %2 needed)</source>
        <translation>zu wenige Sitzungen (%1, nötig sind %2)</translation>
    </message>
    <message>
        <source>higher than the panel</source>
        <translation>höher als das Panel</translation>
    </message>
    <message>
        <source>lower than the panel</source>
        <translation>niedriger als das Panel</translation>
    </message>
    <message>
        <source>in line with the panel</source>
        <translation>im Einklang mit dem Panel</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (95 % %2 to %3, %4)</source>
        <translation>%1 (95 % %2 bis %3, %4)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>median %1 h, worst %2 h</source>
        <translation>Median %1 h, längste %2 h</translation>
    </message>
    <message>
        <source>no alpha</source>
        <translation>kein Alpha</translation>
    </message>
    <message>
        <source>agrees closely</source>
        <translation>stimmt weitgehend überein</translation>
    </message>
    <message>
        <source>agrees in part</source>
        <translation>stimmt teilweise überein</translation>
    </message>
    <message>
        <source>does not agree</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>median 1 day, worst %1 (%2)</source>
        <translation>Median 1 Tag, längste %1 (%2)</translation>
    </message>
    <message>
        <source>median %1 days, worst %2 (%3)</source>
        <translation>Median %1 Tage, längste %2 (%3)</translation>
    </message>
    <message>
        <source>Interview to decision: %1; %2 still undecided</source>
        <translation>Vom Interview bis zur Entscheidung: %1; %2 noch unentschieden</translation>
    </message>
    <message>
        <source>Interview to decision: %1</source>
        <translation>Vom Interview bis zur Entscheidung: %1</translation>
    </message>
    <message>
        <source>Interview to candidate told: %1; %2 decided but not told yet</source>
        <translation>Vom Interview bis zur Benachrichtigung: %1; %2 entschieden, aber noch nicht benachrichtigt</translation>
    </message>
    <message>
        <source>Interview to candidate told: %1</source>
        <translation>Vom Interview bis zur Benachrichtigung: %1</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Export calibration…</source>
        <translation>Kalibrierung exportieren…</translation>
    </message>
    <message>
        <source>Save this page as PDF</source>
        <translation>Diese Seite als PDF speichern</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Kalibrierung der Interviewer</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Agreement by role</source>
        <translation>Übereinstimmung nach Rolle</translation>
    </message>
    <message>
        <source>Agreement by quarter</source>
        <translation>Übereinstimmung nach Quartal</translation>
    </message>
    <message>
        <source>Score against the panel: in each session, the interviewer&apos;s weighted score minus the mean of the other panelists&apos; scores (before the debrief), averaged over the sessions, with its 95 % interval. Positive: rates higher than the rest of the panel; negative: lower. A reading is given only when the interval leaves out zero and at least %1 sessions back it. Outlier: alone at the top or bottom of a competency the panel disagreed on. Interviewers are matched by name.</source>
        <translation>Punktwert gegenüber dem Panel: in jeder Sitzung der gewichtete Punktwert des Interviewers minus den Mittelwert der Punktwerte der übrigen Panel-Mitglieder (vor der Nachbesprechung), gemittelt über die Sitzungen, mit seinem 95-%-Intervall. Positiv: bewertet höher als der Rest des Panels; negativ: niedriger. Ein Befund wird nur angegeben, wenn das Intervall die Null ausschließt und mindestens %1 Sitzungen ihn stützen. Ausreißer: allein oben oder unten bei einer Kompetenz, bei der das Panel uneinig war. Interviewer werden über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Agreement (alpha) per role</source>
        <translation>Übereinstimmung (Alpha) je Rolle</translation>
    </message>
    <message>
        <source>Agreement (alpha) per quarter</source>
        <translation>Übereinstimmung (Alpha) je Quartal</translation>
    </message>
    <message>
        <source>Reading every session…</source>
        <translation>Alle Sitzungen werden gelesen…</translation>
    </message>
    <message>
        <source>Calibration could not be computed: %1</source>
        <translation>Die Kalibrierung konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open.</source>
        <translation>
            <numerusform>%n Sitzung mit offenen Zahlen des Panels.</numerusform>
            <numerusform>%n Sitzungen mit offenen Zahlen des Panels.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>interviewer calibration</source>
        <translation>Kalibrierung der Interviewer</translation>
    </message>
    <message>
        <source>Nothing to calibrate yet: figures appear once a panel&apos;s scorecards are in.</source>
        <translation>Noch nichts zu kalibrieren: Zahlen erscheinen, sobald die Bewertungsbögen eines Panels vorliegen.</translation>
    </message>
    <message>
        <source>Fewer than %1 sessions: read these figures as anecdotes, not as a tendency.</source>
        <translation>Weniger als %1 Sitzungen: Lesen Sie diese Zahlen als Einzelfälle, nicht als Tendenz.</translation>
    </message>
</context>
<context>
    <name>Consented</name>
    <message>
        <source>Said aloud in the room</source>
        <extracomment>The consent record&apos;s words (docs/translations.md): shown with ``say``.</extracomment>
        <translation>Mündlich im Raum erteilt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Transcript only</source>
        <translation>Nur Transkript</translation>
    </message>
    <message>
        <source>Transcript and audio kept</source>
        <translation>Transkript und Audio aufbewahrt</translation>
    </message>
    <message>
        <source>shared with the lead in return files</source>
        <translation>in Rückgabedateien mit der Leitung geteilt</translation>
    </message>
    <message>
        <source>kept on the laptop that heard it</source>
        <translation>auf dem Laptop behalten, der es gehört hat</translation>
    </message>
    <message numerus="yes">
        <source>%1 consented (%2) on %3; %4, %5; kept %n day(s); recorded by %6</source>
        <translation>
            <numerusform>%1 hat am %3 eingewilligt (%2); %4, %5; %n Tag aufbewahrt; erfasst von %6</numerusform>
            <numerusform>%1 hat am %3 eingewilligt (%2); %4, %5; %n Tage aufbewahrt; erfasst von %6</numerusform>
        </translation>
    </message>
    <message>
        <source>said aloud in the room</source>
        <translation>mündlich im Raum</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>transcript only</source>
        <translation>nur Transkript</translation>
    </message>
    <message>
        <source>transcript and audio kept</source>
        <translation>Transkript und Audio aufbewahrt</translation>
    </message>
</context>
<context>
    <name>DebriefPage</name>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save this session&apos;s consolidated report as PDF</source>
        <translation>Den zusammengefassten Bericht dieser Sitzung als PDF speichern</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 – interview report</source>
        <translation>%1 – Interviewbericht</translation>
    </message>
    <message>
        <source>Export interim report…</source>
        <translation>Vorläufigen Bericht exportieren…</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Lead:</source>
        <translation>Leitung:</translation>
    </message>
    <message>
        <source>the lead&apos;s PIN, if one is set</source>
        <translation>die PIN der Leitung, falls eine gesetzt ist</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>e.g. a panelist is away until next week</source>
        <translation>z. B. ein Panel-Mitglied ist bis nächste Woche abwesend</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Unseal now (recorded)</source>
        <translation>Jetzt entsiegeln (wird festgehalten)</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Ratings by panelist and competency</source>
        <translation>Bewertungen nach Panel-Mitglied und Kompetenz</translation>
    </message>
    <message>
        <source>Figures are the independent ratings, before the debrief; where the debrief changed one it reads “before → after”. Orange column: the independent ratings span two points or more — discuss it. Blue cell: changed after the debrief. n/e = no evidence. Click a cell for its evidence.</source>
        <translation>Die Zahlen sind die unabhängigen Bewertungen vor der Nachbesprechung; wo die Nachbesprechung eine geändert hat, steht „vorher → nachher“. Orange Spalte: Die unabhängigen Bewertungen liegen zwei Punkte oder mehr auseinander — besprechen Sie das. Blaue Zelle: nach der Nachbesprechung geändert. k. N. = kein Nachweis. Klicken Sie auf eine Zelle, um ihren Nachweis zu sehen.</translation>
    </message>
    <message>
        <source>Evidence of the chosen rating</source>
        <translation>Nachweis der gewählten Bewertung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Ratings and agreement</source>
        <translation>Bewertungen und Übereinstimmung</translation>
    </message>
    <message>
        <source>&amp;Ratings &amp;&amp; agreement</source>
        <translation>Bewert&amp;ungen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>How structured the interview was</source>
        <translation>Wie strukturiert das Interview war</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Changes, concerns and takeaways</source>
        <translation>Änderungen, Bedenken und Erkenntnisse</translation>
    </message>
    <message>
        <source>&amp;Changes, concerns &amp;&amp; takeaways</source>
        <translation>Än&amp;derungen, Bedenken &amp;&amp; Erkenntnisse</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— bitte wählen —</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Why: the evidence that decided it</source>
        <translation>Warum: die Nachweise, die den Ausschlag gaben</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>Begründu&amp;ng:</translation>
    </message>
    <message>
        <source>Why the decision goes against the composite (recorded as an override)</source>
        <translation>Warum die Entscheidung vom Gesamtpunktwert abweicht (wird als Abweichung festgehalten)</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>Grund der Abweichung:</translation>
    </message>
    <message>
        <source>Concerns for the next round, one per line (open first-round concerns and the panel&apos;s concern flags are carried anyway)</source>
        <translation>Bedenken für die nächste Runde, eines je Zeile (offene Bedenken aus der ersten Runde und die Bedenken-Markierungen des Panels werden ohnehin übernommen)</translation>
    </message>
    <message>
        <source>Next round:</source>
        <translation>Nächste Runde:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Entschieden von:</translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation>Entschieden am:</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Nachfassen bis</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Nachverfolgung:</translation>
    </message>
    <message>
        <source>Candidate told on</source>
        <translation>Kandidat benachrichtigt am</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Kandidat:</translation>
    </message>
    <message>
        <source>R&amp;ecord decision</source>
        <translation>Entscheidung e&amp;rfassen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Interview %1 · status %2 · %3 of %4 scorecards submitted · a follow-up interview (another round)</source>
        <translation>Interview %1 · Status %2 · %3 von %4 Bewertungsbögen eingereicht · ein Folgeinterview (weitere Runde)</translation>
    </message>
    <message>
        <source>Interview %1 · status %2 · %3 of %4 scorecards submitted</source>
        <translation>Interview %1 · Status %2 · %3 von %4 Bewertungsbögen eingereicht</translation>
    </message>
    <message>
        <source>The role&apos;s rule: a hire below %1 or a no-hire above %2 needs a written override reason.</source>
        <translation>Regel der Rolle: Einstellung unter %1 oder Absage über %2 nur mit schriftlich begründeter Abweichung.</translation>
    </message>
    <message>
        <source>The role&apos;s rule: a hire below %1 needs a written override reason.</source>
        <translation>Regel der Rolle: Einstellung unter %1 nur mit schriftlich begründeter Abweichung.</translation>
    </message>
    <message>
        <source>The role&apos;s rule: a no-hire above %1 needs a written override reason.</source>
        <translation>Regel der Rolle: Absage über %1 nur mit schriftlich begründeter Abweichung.</translation>
    </message>
    <message>
        <source>Click a rating to read its evidence.</source>
        <translation>Klicken Sie auf eine Bewertung, um ihren Nachweis zu lesen.</translation>
    </message>
    <message>
        <source>The panel is sealed: %1 of %2 scorecards are in, still waiting for %3. Nobody sees the others&apos; ratings until every panelist has submitted, so no voice anchors the rest. The lead can open the debrief early; that is recorded with the reason.</source>
        <translation>Das Panel ist versiegelt: %1 von %2 Bewertungsbögen liegen vor, noch ausstehend: %3. Niemand sieht die Bewertungen der anderen, bevor alle Panel-Mitglieder eingereicht haben, damit keine Stimme die übrigen beeinflusst. Die Leitung kann die Nachbesprechung vorzeitig öffnen; das wird mit dem Grund festgehalten.</translation>
    </message>
    <message>
        <source>Composite (weighted score of the independent ratings): %1 of %2 · agreement alpha %3 · to discuss first (spread ≥ 2): %4</source>
        <translation>Gesamtpunktwert der unabhängigen Bewertungen: %1 von %2 · Übereinstimmung (Alpha) %3 · zuerst zu besprechen (Streuung ≥ 2): %4</translation>
    </message>
    <message>
        <source>Panel weighted score before the debrief (the independent ratings): %1 (of %2)</source>
        <translation>Gewichteter Punktwert des Panels vor der Nachbesprechung (die unabhängigen Bewertungen): %1 (von %2)</translation>
    </message>
    <message>
        <source>Panel weighted score after the debrief: %1 (of %2)</source>
        <translation>Gewichteter Punktwert des Panels nach der Nachbesprechung: %1 (von %2)</translation>
    </message>
    <message>
        <source>not computable (needs two competencies everyone rated)</source>
        <translation>nicht berechenbar (braucht zwei Kompetenzen, die alle bewertet haben)</translation>
    </message>
    <message>
        <source>Agreement of the independent ratings (before the debrief):</source>
        <translation>Übereinstimmung der unabhängigen Bewertungen (vor der Nachbesprechung):</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (ordinal): %1</source>
        <translation>Krippendorffs Alpha (ordinal): %1</translation>
    </message>
    <message>
        <source>ICC(2,1): %1</source>
        <translation>ICC(2,1): %1</translation>
    </message>
    <message>
        <source>Based on %1 competencies rated by two or more panelists (%2 ratings).</source>
        <translation>Beruht auf %1 Kompetenzen, die von zwei oder mehr Panel-Mitgliedern bewertet wurden (%2 Bewertungen).</translation>
    </message>
    <message>
        <source>After the debrief: alpha %1.</source>
        <translation>Nach der Nachbesprechung: Alpha %1.</translation>
    </message>
    <message>
        <source>Disagreements before the debrief (range ≥ 2): %1.</source>
        <translation>Uneinigkeit vor der Nachbesprechung (Spannweite ≥ 2): %1.</translation>
    </message>
    <message>
        <source>⚠ Submitted after the lead unsealed (may have seen the others&apos; ratings): %1.</source>
        <translation>⚠ Eingereicht, nachdem die Leitung entsiegelt hatte (hat die Bewertungen der anderen womöglich gesehen): %1.</translation>
    </message>
    <message>
        <source>Unsealed early by %1 at %2.</source>
        <translation>Vorzeitig entsiegelt von %1 am %2.</translation>
    </message>
    <message>
        <source>Changes after the debrief</source>
        <translation>Änderungen nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>None: every scorecard stands as submitted.</source>
        <translation>Keine: Alle Bewertungsbögen stehen wie eingereicht.</translation>
    </message>
    <message>
        <source>First-round concerns</source>
        <translation>Bedenken aus der ersten Runde</translation>
    </message>
    <message>
        <source>The first round left no concerns open.</source>
        <translation>Die erste Runde hat keine Bedenken offen gelassen.</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Gesamtempfehlung</translation>
    </message>
    <message>
        <source>addressed by %1</source>
        <translation>geklärt von %1</translation>
    </message>
    <message>
        <source>NOT addressed</source>
        <translation>NICHT geklärt</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>This would be %1: write why below; it is recorded as an override, with the composite, and shown in the report.</source>
        <translation>Das wäre %1: Schreiben Sie unten, warum; es wird als Abweichung mit dem Gesamtpunktwert festgehalten und im Bericht gezeigt.</translation>
    </message>
    <message>
        <source>%1: weighted score %2; takeaways:
%3</source>
        <translation>%1: gewichteter Punktwert %2; Erkenntnisse:
%3</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>No evidence written.</source>
        <translation>Kein Nachweis geschrieben.</translation>
    </message>
    <message>
        <source>Before the debrief: %1</source>
        <translation>Vor der Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Changed because: %1</source>
        <translation>Geändert, weil: %1</translation>
    </message>
    <message>
        <source>Choose an outcome first.</source>
        <translation>Wählen Sie zuerst ein Ergebnis.</translation>
    </message>
    <message>
        <source>Decision recorded. A follow-up interview is planned on the Sessions page with the open concerns to probe.</source>
        <translation>Entscheidung erfasst. Ein Folgeinterview ist auf der Seite „Sitzungen“ geplant, mit den offenen Bedenken, die zu prüfen sind.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Behavioural (STAR)</source>
        <extracomment>The years a time may fall in. An interview outside them is a typing slip or a forged file; refusing them also keeps every date sum (a due date, a deadline) within what ``datetime`` can hold, since year 1 or 9999 overflows at the first day added.</extracomment>
        <translation>Verhaltensbezogen (STAR)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situativ</translation>
    </message>
    <message>
        <source>Motivation &amp; fit</source>
        <translation>Motivation &amp; Passung</translation>
    </message>
    <message>
        <source>Technical / role-specific</source>
        <translation>Fachlich / rollenspezifisch</translation>
    </message>
    <message>
        <source>Case study / presentation</source>
        <translation>Fallstudie / Präsentation</translation>
    </message>
    <message>
        <source>Talking point (job preview)</source>
        <translation>Gesprächspunkt (Tätigkeitsvorschau)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <source>No hire</source>
        <translation>Nicht einstellen</translation>
    </message>
    <message>
        <source>Another round</source>
        <translation>Weitere Runde</translation>
    </message>
    <message>
        <source>Additional assessment</source>
        <translation>Zusätzliche Prüfung</translation>
    </message>
</context>
<context>
    <name>Overdue</name>
    <message>
        <source>Scorecard of %1</source>
        <extracomment>What the page shows of each item (docs/translations.md): shown with ``say``.</extracomment>
        <translation>Bewertungsbogen von %1</translation>
    </message>
    <message>
        <source>Held %1, no decision yet</source>
        <translation>Geführt am %1, noch keine Entscheidung</translation>
    </message>
    <message>
        <source>Held %1, not told yet</source>
        <translation>Geführt am %1, noch nicht benachrichtigt</translation>
    </message>
</context>
<context>
    <name>OverduePage</name>
    <message>
        <source>What is overdue</source>
        <translation>Was ist überfällig</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Fristen…</translation>
    </message>
    <message>
        <source>Scorecards are due %1 h after the session; candidates should hear within %2 working days (weekends skipped). Change these with Thresholds…</source>
        <translation>Bewertungsbögen sind %1 h nach der Sitzung fällig; Kandidaten sollten innerhalb von %2 Arbeitstagen Bescheid bekommen (ohne Wochenenden). Ändern Sie das unter „Fristen…“.</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation>
            <numerusform>%n Punkt braucht Aufmerksamkeit.</numerusform>
            <numerusform>%n Punkte brauchen Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>The panel is still sealed: wait for every scorecard, or unseal it as the lead, before deciding.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation>Das Panel ist noch versiegelt: Warten Sie vor der Entscheidung auf alle Bewertungsbögen oder entsiegeln Sie es als Leitung.</translation>
    </message>
    <message>
        <source>Write down why: a decision needs its rationale.</source>
        <translation>Schreiben Sie auf, warum: Eine Entscheidung braucht ihre Begründung.</translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation>Geben Sie an, wer entschieden hat.</translation>
    </message>
    <message>
        <source>This is %1: write why, to be recorded as an override.</source>
        <translation>Das ist %1: Schreiben Sie, warum; es wird als Abweichung festgehalten.</translation>
    </message>
    <message>
        <source>The speaking order names every panelist once.</source>
        <translation>Die Reihenfolge der Wortmeldungen nennt jedes Panel-Mitglied genau einmal.</translation>
    </message>
    <message>
        <source>Record the decision before noting that the candidate was told.</source>
        <translation>Erfassen Sie die Entscheidung, bevor Sie die Benachrichtigung des Kandidaten festhalten.</translation>
    </message>
    <message>
        <source>Record the decision before telling the candidate.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation>Erfassen Sie die Entscheidung, bevor Sie den Kandidaten benachrichtigen.</translation>
    </message>
    <message>
        <source>A message needs a subject and a text.</source>
        <translation>Eine Nachricht braucht einen Betreff und einen Text.</translation>
    </message>
    <message>
        <source>Unknown placeholder(s) in the message: %1.</source>
        <translation>Unbekannte Platzhalter in der Nachricht: %1.</translation>
    </message>
    <message>
        <source>This scorecard was submitted and is locked; record a post-debrief change with a reason instead.</source>
        <extracomment>Messages for people when a write is refused (docs/translations.md): shown with ``say``.</extracomment>
        <translation>Dieser Bewertungsbogen wurde eingereicht und ist gesperrt; erfassen Sie stattdessen eine Änderung nach der Nachbesprechung mit Begründung.</translation>
    </message>
    <message>
        <source>Competency %1 is not part of this role.</source>
        <translation>Die Kompetenz %1 gehört nicht zu dieser Rolle.</translation>
    </message>
    <message>
        <source>This scorecard was already submitted.</source>
        <extracomment>A per-competency range of ratings (max - min) at or above this is a disagreement to discuss. What stands between a draft and submission, for people: shown with ``say``.</extracomment>
        <translation>Dieser Bewertungsbogen wurde bereits eingereicht.</translation>
    </message>
    <message>
        <source>Not yet rated: %1 (give a rating or choose “no evidence”).</source>
        <translation>Noch nicht bewertet: %1 (vergeben Sie eine Bewertung oder wählen Sie „kein Nachweis“).</translation>
    </message>
    <message>
        <source>Choose an overall recommendation.</source>
        <translation>Wählen Sie eine Gesamtempfehlung.</translation>
    </message>
    <message>
        <source>Rated without evidence: %1.</source>
        <translation>Ohne Nachweis bewertet: %1.</translation>
    </message>
    <message>
        <source>Every competency is rated %1: is this one overall impression (a halo) rather than separate judgements?</source>
        <translation>Jede Kompetenz ist mit %1 bewertet: Ist das ein einziger Gesamteindruck (ein Halo-Effekt) statt getrennter Urteile?</translation>
    </message>
    <message>
        <source>Say why the scorecard changes after the debrief.</source>
        <translation>Geben Sie an, warum sich der Bewertungsbogen nach der Nachbesprechung ändert.</translation>
    </message>
    <message>
        <source>Only a submitted scorecard takes post-debrief changes; a draft can still be edited directly.</source>
        <translation>Nur ein eingereichter Bewertungsbogen nimmt Änderungen nach der Nachbesprechung an; ein Entwurf lässt sich noch direkt bearbeiten.</translation>
    </message>
    <message>
        <source>Choose what changes: a competency or the recommendation.</source>
        <translation>Wählen Sie, was sich ändert: eine Kompetenz oder die Empfehlung.</translation>
    </message>
    <message>
        <source>Give a rating of %1 to %2 or choose “no evidence”.</source>
        <translation>Geben Sie eine Bewertung von %1 bis %2 oder wählen Sie „kein Nachweis“.</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <extracomment>The longest session a planner may book (a working day). The furthest a session clock can plausibly run: a day (the longest booking is 8 hours; a clock left running over lunch is still far below this). Why a record is refused (docs/translations.md): the op runner says it with ``say``.</extracomment>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Every competency needs a name.</source>
        <translation>Jede Kompetenz braucht einen Namen.</translation>
    </message>
    <message>
        <source>Competency “%1” has a negative weight.</source>
        <translation>Die Kompetenz „%1“ hat ein negatives Gewicht.</translation>
    </message>
    <message>
        <source>Two competencies share the key “%1”.</source>
        <translation>Zwei Kompetenzen haben denselben Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Competency “%1” has %2 anchors; the rating scale has %3 points.</source>
        <translation>Die Kompetenz „%1“ hat %2 Anker; die Bewertungsskala hat %3 Punkte.</translation>
    </message>
    <message>
        <source>Competency “%1” has no anchor for rating %2.</source>
        <translation>Die Kompetenz „%1“ hat keinen Anker für die Bewertung %2.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>A kit needs a name.</source>
        <translation>Ein Leitfaden braucht einen Namen.</translation>
    </message>
    <message>
        <source>Every section needs a title.</source>
        <translation>Jeder Abschnitt braucht einen Titel.</translation>
    </message>
    <message>
        <source>A question in “%1” has no text.</source>
        <translation>Eine Frage in „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <source>A question in “%1” has negative minutes.</source>
        <translation>Eine Frage in „%1“ hat negative Minuten.</translation>
    </message>
    <message>
        <source>A question in “%1”: %2.</source>
        <translation>Eine Frage in „%1“: %2.</translation>
    </message>
    <message>
        <source>A candidate needs a name.</source>
        <translation>Ein Kandidat braucht einen Namen.</translation>
    </message>
    <message>
        <source>A concern to probe has no text.</source>
        <translation>Ein zu prüfendes Bedenken hat keinen Text.</translation>
    </message>
    <message>
        <source>A session needs at least one panelist.</source>
        <translation>Eine Sitzung braucht mindestens ein Panel-Mitglied.</translation>
    </message>
    <message>
        <source>Every panelist needs a name.</source>
        <translation>Jedes Panel-Mitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>A panel has one lead.</source>
        <translation>Ein Panel hat genau eine Leitung.</translation>
    </message>
    <message>
        <source>The planned duration must be between 1 and %1 minutes.</source>
        <translation>Die geplante Dauer muss zwischen 1 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>%1 is not a date and time an interview can be planned for.</source>
        <translation>%1 ist kein Datum mit Uhrzeit, für das sich ein Interview planen lässt.</translation>
    </message>
    <message>
        <source>A planned session has not started or ended.</source>
        <translation>Eine geplante Sitzung hat weder begonnen noch geendet.</translation>
    </message>
    <message>
        <source>The session ends before it starts.</source>
        <translation>Die Sitzung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>A rating must be %1 to %2, not %3.</source>
        <translation>Eine Bewertung muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>A competency cannot be both rated and “no evidence”.</source>
        <translation>Eine Kompetenz kann nicht zugleich bewertet und „kein Nachweis“ sein.</translation>
    </message>
    <message>
        <source>An ad-hoc question needs some text.</source>
        <translation>Eine Ad-hoc-Frage braucht etwas Text.</translation>
    </message>
    <message>
        <source>“%1” is not one of the look-fors this question lists in the session&apos;s kit.</source>
        <translation>„%1“ gehört nicht zu den Merkmalen, die diese Frage im Leitfaden der Sitzung nennt.</translation>
    </message>
    <message>
        <source>A look-for is ticked at a time on the session clock, between 0 and %1 hours.</source>
        <translation>Ein Merkmal wird zu einer Zeit auf der Sitzungsuhr abgehakt, zwischen 0 und %1 Stunden.</translation>
    </message>
    <message>
        <source>Only the panel lead can unseal; %1 is not the lead.</source>
        <translation>Nur die Panel-Leitung kann entsiegeln; %1 hat nicht die Leitung.</translation>
    </message>
    <message>
        <source>The consolidated view is already open.</source>
        <translation>Die Gesamtansicht ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>A PIN needs at least %1 characters.</source>
        <translation>Eine PIN braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>INTERIM — not the panel&apos;s final record</source>
        <extracomment>Printed on every page of a report that is not the panel&apos;s final record.</extracomment>
        <translation>VORLÄUFIG — nicht die endgültige Aufzeichnung des Panels</translation>
    </message>
    <message>
        <source>Some characters have no glyph in the bundled fonts and show as empty boxes in the PDF: %1</source>
        <translation>Für einige Zeichen haben die mitgelieferten Schriften kein Zeichenbild; sie erscheinen im PDF als leere Kästchen: %1</translation>
    </message>
    <message>
        <source>left blank in the kit</source>
        <translation>im Leitfaden leer gelassen</translation>
    </message>
</context>
<context>
    <name>RoleComparisonPage</name>
    <message>
        <source>Role comparison</source>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Vergleich exportieren…</translation>
    </message>
    <message>
        <source>Save this comparison as PDF</source>
        <translation>Diesen Vergleich als PDF speichern</translation>
    </message>
    <message>
        <source>Held interviews only, as in the exported PDF. Figures before the debrief are the panel&apos;s independent ratings; after the debrief they include the changes made in it. Figures stay hidden while a panel is sealed. Click a heading to sort; double-click a row for its debrief.</source>
        <translation>Nur geführte Interviews, wie im exportierten PDF. Zahlen vor der Nachbesprechung sind die unabhängigen Bewertungen des Panels; nach der Nachbesprechung enthalten sie die dort vorgenommenen Änderungen. Solange ein Panel versiegelt ist, bleiben die Zahlen verborgen. Klicken Sie auf eine Spaltenüberschrift zum Sortieren; Doppelklick auf eine Zeile öffnet ihre Nachbesprechung.</translation>
    </message>
    <message>
        <source>Reading the interviews for this role…</source>
        <translation>Die Interviews für diese Rolle werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s).</source>
        <translation>
            <numerusform>%n Interview.</numerusform>
            <numerusform>%n Interviews.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – comparison – %2</source>
        <translation>%1 – Vergleich – %2</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Zeit bis zur Entscheidung</translation>
    </message>
</context>
<context>
    <name>Said</name>
    <message>
        <source>Strong moment</source>
        <extracomment>The order recommendations are tallied and listed in: strongest for hiring first. The read model&apos;s own words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation>Starker Moment</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachhaken</translation>
    </message>
    <message>
        <source>Ad-hoc question</source>
        <extracomment>The kind of a question asked outside the kit.</extracomment>
        <translation>Ad-hoc-Frage</translation>
    </message>
    <message>
        <source>Situation</source>
        <extracomment>A STAR answer&apos;s parts, as the notes label them.</extracomment>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>before the debrief</source>
        <translation>vor der Nachbesprechung</translation>
    </message>
    <message>
        <source>after the debrief</source>
        <translation>nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>n/e</source>
        <translation>k. N.</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>⚑ %1 at %2 — %3</source>
        <translation>⚑ %1 bei %2 — %3</translation>
    </message>
    <message>
        <source>⚑ %1 at %2</source>
        <translation>⚑ %1 bei %2</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Gesamtempfehlung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ad-hoc questions</source>
        <translation>Ad-hoc-Fragen</translation>
    </message>
    <message>
        <source>A question no longer in the kit</source>
        <translation>Eine Frage, die nicht mehr im Leitfaden steht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Moments flagged outside any question</source>
        <translation>Markierte Momente außerhalb einer Frage</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>A threshold on the composite lies between %1 and %2.</source>
        <translation>Eine Schwelle für den Gesamtpunktwert liegt zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>The no-hire threshold cannot be below the hire threshold.</source>
        <translation>Die Absageschwelle darf nicht unter der Einstellungsschwelle liegen.</translation>
    </message>
    <message>
        <source>a hire with the composite %1, below the role&apos;s hire threshold %2</source>
        <translation>eine Einstellung mit dem Gesamtpunktwert %1, unter der Einstellungsschwelle %2 der Rolle</translation>
    </message>
    <message>
        <source>a no-hire with the composite %1, above the role&apos;s no-hire threshold %2</source>
        <translation>eine Absage mit dem Gesamtpunktwert %1, über der Absageschwelle %2 der Rolle</translation>
    </message>
    <message>
        <source>A hire without a composite (nothing was rated), so there is nothing to check.</source>
        <translation>Eine Einstellung ohne Gesamtpunktwert (nichts wurde bewertet), daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>A no-hire without a composite (nothing was rated), so there is nothing to check.</source>
        <translation>Eine Absage ohne Gesamtpunktwert (nichts wurde bewertet), daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>A hire with the composite %1; the role sets no hire threshold, so a hire needs no override.</source>
        <translation>Eine Einstellung mit dem Gesamtpunktwert %1; die Rolle setzt keine Einstellungsschwelle, daher braucht eine Einstellung keine Abweichung.</translation>
    </message>
    <message>
        <source>A hire with the composite %1, not below the role&apos;s hire threshold %2, so it needs no override.</source>
        <translation>Eine Einstellung mit dem Gesamtpunktwert %1, nicht unter der Einstellungsschwelle %2 der Rolle, daher ist keine Abweichung nötig.</translation>
    </message>
    <message>
        <source>A no-hire with the composite %1; the role sets no no-hire threshold, so a no-hire needs no override.</source>
        <translation>Eine Absage mit dem Gesamtpunktwert %1; die Rolle setzt keine Absageschwelle, daher braucht eine Absage keine Abweichung.</translation>
    </message>
    <message>
        <source>A no-hire with the composite %1, not above the role&apos;s no-hire threshold %2, so it needs no override.</source>
        <translation>Eine Absage mit dem Gesamtpunktwert %1, nicht über der Absageschwelle %2 der Rolle, daher ist keine Abweichung nötig.</translation>
    </message>
</context>
<context>
    <name>SessionActionsBar</name>
    <message>
        <source>Open debrief</source>
        <translation>Nachbesprechung öffnen</translation>
    </message>
    <message>
        <source>Open scorecard</source>
        <translation>Bewertungsbogen öffnen</translation>
    </message>
    <message>
        <source>Each panelist fills in their own; switch panelist inside the scorecard</source>
        <translation>Jedes Panel-Mitglied füllt seinen eigenen aus; das Panel-Mitglied wechseln Sie im Bewertungsbogen</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <source>%1: ask every candidate the same questions</source>
        <extracomment>The profile&apos;s words (docs/translations.md): pages and reports show them with ``say``.</extracomment>
        <translation>%1: allen Kandidaten dieselben Fragen stellen</translation>
    </message>
    <message>
        <source>%1: limit prompting and follow-up questions</source>
        <translation>%1: Hilfestellungen und Nachfragen begrenzen</translation>
    </message>
    <message>
        <source>%1: rate each competency on multiple, anchored rating scales</source>
        <translation>%1: jede Kompetenz auf mehreren verankerten Bewertungsskalen bewerten</translation>
    </message>
    <message>
        <source>%1: take detailed notes</source>
        <translation>%1: ausführliche Notizen machen</translation>
    </message>
    <message>
        <source>%1: no questions from the candidate until after the interview</source>
        <translation>%1: Fragen des Kandidaten erst nach dem Interview</translation>
    </message>
    <message>
        <source>%1: use multiple interviewers</source>
        <translation>%1: mehrere Interviewer einsetzen</translation>
    </message>
    <message>
        <source>%1: no discussion of the candidate before the ratings are made</source>
        <translation>%1: keine Besprechung des Kandidaten, bevor die Bewertungen abgegeben sind</translation>
    </message>
    <message>
        <source>%1: statistical rather than clinical prediction</source>
        <translation>%1: statistische statt klinischer Vorhersage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>%1 of %2 components met; %3 not known yet</source>
        <translation>%1 von %2 Komponenten erfüllt; %3 noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 components met</source>
        <translation>%1 von %2 Komponenten erfüllt</translation>
    </message>
    <message>
        <source>Same kit version as the other candidates for the role</source>
        <translation>Dieselbe Leitfadenversion wie bei den anderen Kandidaten für die Rolle</translation>
    </message>
    <message>
        <source>“%1” version %2; no other interview for this role yet.</source>
        <translation>„%1“ Version %2; noch kein anderes Interview für diese Rolle.</translation>
    </message>
    <message>
        <source>“%1” version %2; %3 of %4 for the role used the same version.</source>
        <translation>„%1“ Version %2; %3 von %4 für die Rolle nutzten dieselbe Version.</translation>
    </message>
    <message numerus="yes">
        <source>%n other interview(s)</source>
        <translation>
            <numerusform>%n anderen Interview</numerusform>
            <numerusform>%n anderen Interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Every kit question asked, or skipped with a reason</source>
        <translation>Jede Leitfadenfrage gestellt oder mit Grund übersprungen</translation>
    </message>
    <message>
        <source>%1 asked, %2 skipped with a reason, %3 skipped without one, %4 neither asked nor skipped (of %5).</source>
        <translation>%1 gestellt, %2 mit Grund übersprungen, %3 ohne Grund übersprungen, %4 weder gestellt noch übersprungen (von %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n kit question(s)</source>
        <translation>
            <numerusform>%n Leitfadenfrage</numerusform>
            <numerusform>%n Leitfadenfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad-hoc questions (outside the kit)</source>
        <translation>Ad-hoc-Fragen (außerhalb des Leitfadens)</translation>
    </message>
    <message>
        <source>%1, by %2.</source>
        <translation>%1, von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s)</source>
        <translation>
            <numerusform>%n Ad-hoc-Frage</numerusform>
            <numerusform>%n Ad-hoc-Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <translation>
            <numerusform>%n Panel-Mitglied</numerusform>
            <numerusform>%n Panel-Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision within the role&apos;s thresholds, or overridden with a reason</source>
        <translation>Entscheidung innerhalb der Schwellen der Rolle oder mit Grund davon abgewichen</translation>
    </message>
    <message numerus="yes">
        <source>%n ad-hoc question(s).</source>
        <translation>
            <numerusform>%n Ad-hoc-Frage.</numerusform>
            <numerusform>%n Ad-hoc-Fragen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n panelist(s)</source>
        <comment>who asked them</comment>
        <translation>
            <numerusform>%n Panel-Mitglied</numerusform>
            <numerusform>%n Panel-Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>Every competency rated on its anchored scale</source>
        <translation>Jede Kompetenz auf ihrer verankerten Skala bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 anchored at every point; %3 rated, %4 marked “no evidence”, %5 left unrated.</source>
        <translation>%1 von %2 an jedem Punkt verankert; %3 bewertet, %4 als „kein Nachweis“ markiert, %5 unbewertet gelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n competency(-ies)</source>
        <translation>
            <numerusform>%n Kompetenz</numerusform>
            <numerusform>%n Kompetenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence written behind every rating</source>
        <translation>Hinter jeder Bewertung ein geschriebener Nachweis</translation>
    </message>
    <message>
        <source>%1 of %2 have written evidence.</source>
        <translation>%1 von %2 haben einen geschriebenen Nachweis.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidate&apos;s questions after the kit&apos;s</source>
        <translation>Die Fragen des Kandidaten nach denen des Leitfadens</translation>
    </message>
    <message numerus="yes">
        <source>The kit has no place for the candidate&apos;s questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>Der Leitfaden hat keinen Platz für die Fragen des Kandidaten; %n Frage des Kandidaten notiert.</numerusform>
            <numerusform>Der Leitfaden hat keinen Platz für die Fragen des Kandidaten; %n Fragen des Kandidaten notiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them after its assessment questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>Der Leitfaden sieht sie nach seinen Bewertungsfragen vor; %n Frage des Kandidaten notiert.</numerusform>
            <numerusform>Der Leitfaden sieht sie nach seinen Bewertungsfragen vor; %n Fragen des Kandidaten notiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The kit puts them before some of its assessment questions; %n question(s) from the candidate noted.</source>
        <translation>
            <numerusform>Der Leitfaden sieht sie vor einigen seiner Bewertungsfragen vor; %n Frage des Kandidaten notiert.</numerusform>
            <numerusform>Der Leitfaden sieht sie vor einigen seiner Bewertungsfragen vor; %n Fragen des Kandidaten notiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least two panelists rated</source>
        <translation>Mindestens zwei Panel-Mitglieder haben bewertet</translation>
    </message>
    <message>
        <source>%1, %2 submitted.</source>
        <translation>%1, %2 eingereicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n scorecard(s)</source>
        <translation>
            <numerusform>%n Bewertungsbogen</numerusform>
            <numerusform>%n Bewertungsbögen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every scorecard submitted before the seal opened</source>
        <translation>Jeder Bewertungsbogen vor dem Öffnen des Siegels eingereicht</translation>
    </message>
    <message>
        <source>All %1 submitted; the seal opened on the last.</source>
        <translation>Alle %1 eingereicht; das Siegel öffnete sich mit dem letzten.</translation>
    </message>
    <message>
        <source>%1 of %2 submitted; still sealed.</source>
        <translation>%1 von %2 eingereicht; noch versiegelt.</translation>
    </message>
    <message>
        <source>The lead unsealed early; %1 of %2 scorecards were in before that.</source>
        <translation>Die Leitung hat vorzeitig entsiegelt; %1 von %2 Bewertungsbögen lagen davor vor.</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>Noch nicht entschieden.</translation>
    </message>
    <message>
        <source>%1: no hire or no-hire to check yet.</source>
        <translation>%1: noch keine Einstellung oder Absage zu prüfen.</translation>
    </message>
    <message>
        <source>The role sets no threshold on the composite, so the decision was not checked against it.</source>
        <translation>Die Rolle setzt keine Schwelle für den Gesamtpunktwert, daher wurde die Entscheidung nicht daran geprüft.</translation>
    </message>
    <message>
        <source>Overridden with a written reason: %1.</source>
        <translation>Mit schriftlichem Grund abgewichen: %1.</translation>
    </message>
    <message>
        <source>No override reason recorded for %1.</source>
        <translation>Kein Grund für die Abweichung erfasst bei %1.</translation>
    </message>
    <message>
        <source>Shown once the panel opens.</source>
        <translation>Wird gezeigt, sobald das Panel geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>TellCandidateDialog</name>
    <message>
        <source>Tell the candidate — %1</source>
        <translation>Kandidaten benachrichtigen — %1</translation>
    </message>
    <message>
        <source>The candidate&apos;s e-mail (none in the dossier)</source>
        <translation>E-Mail-Adresse des Kandidaten (keine im Dossier)</translation>
    </message>
    <message>
        <source>Record that the candidate was told today</source>
        <translation>Festhalten, dass der Kandidat heute benachrichtigt wurde</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In die Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>&amp;Nächste Schritte:</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Si&amp;gned:</source>
        <translation>&amp;Unterschrift:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Messa&amp;ge:</source>
        <translation>Nachrich&amp;t:</translation>
    </message>
    <message>
        <source>Recorded as told on %1.</source>
        <translation>Als benachrichtigt erfasst am %1.</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to the candidate.</source>
        <translation>Kopiert: Fügen Sie es in Ihre Nachricht an den Kandidaten ein.</translation>
    </message>
    <message>
        <source>No mail program opened: copy the message instead.</source>
        <translation>Es öffnete sich kein Mailprogramm: Kopieren Sie die Nachricht stattdessen.</translation>
    </message>
    <message>
        <source>Opened in your mail program.</source>
        <translation>In Ihrem Mailprogramm geöffnet.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Recorded as told today.</source>
        <translation>Als heute benachrichtigt erfasst.</translation>
    </message>
    <message>
        <source>Not recorded as told: %1</source>
        <translation>Nicht als benachrichtigt erfasst: %1</translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <source>INTERIM — the panel is sealed: %1 of %2 scorecards are in. Nobody&apos;s ratings, scores, recommendations or takeaways are shown until every panelist has submitted or the lead unseals (which is recorded). Only %3&apos;s own notes are included.</source>
        <translation>VORLÄUFIG — das Panel ist versiegelt: %1 von %2 Bewertungsbögen liegen vor. Bewertungen, Punktwerte, Empfehlungen und Erkenntnisse werden von niemandem gezeigt, bis alle Panel-Mitglieder eingereicht haben oder die Leitung entsiegelt (was festgehalten wird). Enthalten sind nur die eigenen Notizen von %3.</translation>
    </message>
    <message>
        <source>INTERIM — the panel is sealed: %1 of %2 scorecards are in. Nobody&apos;s ratings, scores, recommendations or takeaways are shown until every panelist has submitted or the lead unseals (which is recorded). No panelist&apos;s notes are included.</source>
        <translation>VORLÄUFIG — das Panel ist versiegelt: %1 von %2 Bewertungsbögen liegen vor. Bewertungen, Punktwerte, Empfehlungen und Erkenntnisse werden von niemandem gezeigt, bis alle Panel-Mitglieder eingereicht haben oder die Leitung entsiegelt (was festgehalten wird). Notizen von Panel-Mitgliedern sind nicht enthalten.</translation>
    </message>
    <message>
        <source>INTERIM — the interview is still in progress; this is not the panel&apos;s final record.</source>
        <translation>VORLÄUFIG — das Interview läuft noch; dies ist nicht die endgültige Aufzeichnung des Panels.</translation>
    </message>
    <message>
        <source>Ratings by competency — before the debrief</source>
        <translation>Bewertungen nach Kompetenz — vor der Nachbesprechung</translation>
    </message>
    <message>
        <source>Scorecard matrix — before the debrief (the independent ratings)</source>
        <translation>Bewertungsmatrix — vor der Nachbesprechung (die unabhängigen Bewertungen)</translation>
    </message>
    <message>
        <source>Scorecard matrix — after the debrief (with the changes below)</source>
        <translation>Bewertungsmatrix — nach der Nachbesprechung (mit den Änderungen unten)</translation>
    </message>
    <message>
        <source>Ratings by competency</source>
        <translation>Bewertungen nach Kompetenz</translation>
    </message>
    <message>
        <source>Sealed: the ratings stay hidden until every panelist has submitted.</source>
        <translation>Versiegelt: Die Bewertungen bleiben verborgen, bis alle Panel-Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>No scorecard has been submitted yet: there are no ratings to chart or compare.</source>
        <translation>Noch kein Bewertungsbogen eingereicht: Es gibt keine Bewertungen für Diagramm oder Vergleich.</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Interviewnotizen</translation>
    </message>
    <message>
        <source>Sealed: only the notes of the person exporting this report are shown.</source>
        <translation>Versiegelt: Gezeigt werden nur die Notizen der Person, die diesen Bericht exportiert.</translation>
    </message>
    <message>
        <source>No decision recorded yet</source>
        <translation>Noch keine Entscheidung erfasst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Second interview — consolidated panel report</source>
        <translation>Zweitgespräch — konsolidierter Bericht des Panels</translation>
    </message>
    <message>
        <source>Confidential: personal data about a candidate. Share only with the hiring committee, and delete when the retention period ends.</source>
        <translation>Vertraulich: personenbezogene Daten über einen Kandidaten. Nur mit dem Einstellungsgremium teilen und nach Ablauf der Aufbewahrungsfrist löschen.</translation>
    </message>
    <message>
        <source>%1 — decided by %2, %3</source>
        <translation>%1 — entschieden von %2, %3</translation>
    </message>
    <message>
        <source>%1 — decided, %2</source>
        <translation>%1 — entschieden, %2</translation>
    </message>
    <message>
        <source>%1 — %2 (lead)</source>
        <translation>%1 — %2 (Leitung)</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Leitung)</translation>
    </message>
    <message>
        <source>No panelist has given an overall recommendation yet.</source>
        <translation>Noch kein Panel-Mitglied hat eine Gesamtempfehlung abgegeben.</translation>
    </message>
    <message>
        <source>Every panelist who recommended (%1 of %2) recommended hiring.</source>
        <translation>Alle Panel-Mitglieder mit Empfehlung (%1 von %2) empfahlen die Einstellung.</translation>
    </message>
    <message>
        <source>The one recommendation given is to hire.</source>
        <translation>Die einzige abgegebene Empfehlung lautet: einstellen.</translation>
    </message>
    <message>
        <source>Every panelist who recommended (%1 of %2) recommended against hiring.</source>
        <translation>Alle Panel-Mitglieder mit Empfehlung (%1 von %2) empfahlen, nicht einzustellen.</translation>
    </message>
    <message>
        <source>The one recommendation given is not to hire.</source>
        <translation>Die einzige abgegebene Empfehlung lautet: nicht einstellen.</translation>
    </message>
    <message>
        <source>The recommendations are split: %1 for hiring, %2 against.</source>
        <translation>Die Empfehlungen sind geteilt: %1 für die Einstellung, %2 dagegen.</translation>
    </message>
    <message>
        <source>There are too few ratings to measure how far the panel agreed, competency by competency.</source>
        <translation>Es gibt zu wenige Bewertungen, um zu messen, wie weit das Panel Kompetenz für Kompetenz übereinstimmte.</translation>
    </message>
    <message>
        <source>The panelists rated each competency much alike, so the combined score reflects a shared view.</source>
        <translation>Die Panel-Mitglieder bewerteten jede Kompetenz sehr ähnlich; der Gesamtpunktwert gibt also eine gemeinsame Sicht wieder.</translation>
    </message>
    <message>
        <source>The panelists rated the competencies broadly alike, with some differences; read the combined score as tentative.</source>
        <translation>Die Panel-Mitglieder bewerteten die Kompetenzen weitgehend ähnlich, mit einigen Unterschieden; lesen Sie den Gesamtpunktwert als vorläufig.</translation>
    </message>
    <message>
        <source>The figure is below zero: competency by competency, the panelists differed more than ratings given at random would. Where one rated a competency high, another rated it lower, so they do not share a view of the candidate&apos;s strengths and weaknesses.</source>
        <translation>Der Wert liegt unter null: Kompetenz für Kompetenz wichen die Panel-Mitglieder stärker voneinander ab, als zufällig vergebene Bewertungen es täten. Wo eines eine Kompetenz hoch bewertete, bewertete ein anderes sie niedriger; sie teilen also keine gemeinsame Sicht auf die Stärken und Schwächen des Kandidaten.</translation>
    </message>
    <message>
        <source>The figure is low: competency by competency, the panelists differed about as much as ratings given at random would, so they do not share a view of the candidate&apos;s strengths and weaknesses.</source>
        <translation>Der Wert ist niedrig: Kompetenz für Kompetenz wichen die Panel-Mitglieder etwa so stark voneinander ab wie zufällig vergebene Bewertungen; sie teilen also keine gemeinsame Sicht auf die Stärken und Schwächen des Kandidaten.</translation>
    </message>
    <message numerus="yes">
        <source>It rests on only %n competencies, so one rating moved by one point can change it a lot.</source>
        <translation>
            <numerusform>Er beruht auf nur %n Kompetenz; eine um einen Punkt verschobene Bewertung kann ihn also stark verändern.</numerusform>
            <numerusform>Er beruht auf nur %n Kompetenzen; eine um einen Punkt verschobene Bewertung kann ihn also stark verändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>All ratings lie between %1 and %2 on the %3 scale.</source>
        <translation>Alle Bewertungen liegen zwischen %1 und %2 auf der Skala %3.</translation>
    </message>
    <message>
        <source>So the panel agrees on the verdict but not on the profile: the per-competency scores are uncertain, the overall recommendation is not.</source>
        <translation>Das Panel ist sich also im Urteil einig, nicht aber im Profil: Die Punktwerte je Kompetenz sind unsicher, die Gesamtempfehlung ist es nicht.</translation>
    </message>
    <message>
        <source>The decision (%1) rests on the recommendations and the evidence, not on the combined score.</source>
        <translation>Die Entscheidung (%1) beruht auf den Empfehlungen und den Nachweisen, nicht auf dem Gesamtpunktwert.</translation>
    </message>
    <message>
        <source>The decision (%1) was taken despite this disagreement; the rationale should say how it was resolved.</source>
        <translation>Die Entscheidung (%1) fiel trotz dieser Uneinigkeit; die Begründung sollte sagen, wie sie aufgelöst wurde.</translation>
    </message>
    <message>
        <source>The other ratings stay sealed until every panelist has submitted.</source>
        <translation>Die übrigen Bewertungen bleiben versiegelt, bis alle Panel-Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>Every panelist submitted before seeing anyone else&apos;s ratings.</source>
        <translation>Alle Panel-Mitglieder reichten ein, bevor sie die Bewertungen anderer sahen.</translation>
    </message>
    <message>
        <source>%1 opened the consolidated view early, on %2, before every scorecard was in (reason given: %3).</source>
        <translation>%1 öffnete die Gesamtansicht vorzeitig am %2, bevor alle Bewertungsbögen vorlagen (angegebener Grund: %3).</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>Die Leitung</translation>
    </message>
    <message>
        <source>%1 opened the consolidated view early, on %2, before every scorecard was in (no reason given).</source>
        <translation>%1 öffnete die Gesamtansicht vorzeitig am %2, bevor alle Bewertungsbögen vorlagen (kein Grund angegeben).</translation>
    </message>
    <message>
        <source>Submitted after that, so possibly influenced by the others&apos; ratings: %1.</source>
        <translation>Danach eingereicht und daher möglicherweise von den Bewertungen der anderen beeinflusst: %1.</translation>
    </message>
    <message>
        <source>Every scorecard shown here was submitted before that.</source>
        <translation>Alle hier gezeigten Bewertungsbögen wurden davor eingereicht.</translation>
    </message>
    <message>
        <source>sealed — shown once every panelist has submitted</source>
        <translation>versiegelt — wird gezeigt, sobald alle Panel-Mitglieder eingereicht haben</translation>
    </message>
    <message>
        <source>not available (no ratings)</source>
        <translation>nicht verfügbar (keine Bewertungen)</translation>
    </message>
    <message>
        <source>%1 of %2 before the debrief (the independent ratings); %3 of %2 after the debrief</source>
        <translation>%1 von %2 vor der Nachbesprechung (die unabhängigen Bewertungen); %3 von %2 nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>%1 of %2 before the debrief (the independent ratings)</source>
        <translation>%1 von %2 vor der Nachbesprechung (die unabhängigen Bewertungen)</translation>
    </message>
    <message>
        <source>hire needs at least %1</source>
        <translation>eine Einstellung braucht mindestens %1</translation>
    </message>
    <message>
        <source>no-hire needs at most %1</source>
        <translation>eine Absage braucht höchstens %1</translation>
    </message>
    <message>
        <source>%1 overrode the composite %2 of %3 before the debrief (the role&apos;s rule: %4). Reason: %5</source>
        <translation>%1 wich vom Gesamtpunktwert %2 von %3 vor der Nachbesprechung ab (Regel der Rolle: %4). Grund: %5</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>How structured the interview was</source>
        <translation>Wie strukturiert das Interview war</translation>
    </message>
    <message>
        <source>%1. Each component of interview structure the app can observe, with what it rests on; no single score (see the README for the sources).</source>
        <translation>%1. Jede Komponente der Interviewstruktur, die die App beobachten kann, mit dem, worauf sie beruht; kein Gesamtwert (die Quellen stehen im README).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 — not submitted: %3</source>
        <translation>%1 von %2 — nicht eingereicht: %3</translation>
    </message>
    <message>
        <source>Panel weighted score</source>
        <translation>Gewichteter Punktwert des Panels</translation>
    </message>
    <message>
        <source>before the debrief: %1</source>
        <translation>vor der Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>after the debrief: %1</source>
        <translation>nach der Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Scorecards submitted</source>
        <translation>Eingereichte Bewertungsbögen</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Unabhängigkeit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>intraclass correlation ICC(2,1) %1</source>
        <translation>Intraklassen-Korrelation ICC(2,1) %1</translation>
    </message>
    <message>
        <source>ICC not available</source>
        <translation>ICC nicht verfügbar</translation>
    </message>
    <message>
        <source>Agreement after the debrief</source>
        <translation>Übereinstimmung nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>alpha not measurable</source>
        <translation>Alpha nicht messbar</translation>
    </message>
    <message>
        <source>alpha %1</source>
        <translation>Alpha %1</translation>
    </message>
    <message>
        <source>What the agreement means here</source>
        <translation>Was die Übereinstimmung hier bedeutet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>(no rationale written)</source>
        <translation>(keine Begründung geschrieben)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>Figures %1. Weighted score under Mean: the panel&apos;s. n/e: rated “no evidence”; –: not rated.</source>
        <translation>Zahlen %1. Gewichteter Punktwert unter „Mittelwert“: der des Panels. k. N.: als „kein Nachweis“ bewertet; –: nicht bewertet.</translation>
    </message>
    <message>
        <source>Evidence by competency</source>
        <translation>Nachweise nach Kompetenz</translation>
    </message>
    <message>
        <source>Sealed: the evidence stays hidden until every panelist has submitted.</source>
        <translation>Versiegelt: Die Nachweise bleiben verborgen, bis alle Panel-Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>No scorecard has been submitted yet.</source>
        <translation>Noch kein Bewertungsbogen eingereicht.</translation>
    </message>
    <message>
        <source>As submitted, before the debrief; changes are listed under Post-debrief changes.</source>
        <translation>Wie eingereicht, vor der Nachbesprechung; Änderungen stehen unter „Änderungen nach der Nachbesprechung“.</translation>
    </message>
    <message>
        <source>%1 (weight %2%)</source>
        <translation>%1 (Gewicht %2 %)</translation>
    </message>
    <message>
        <source>No ratings for this competency.</source>
        <translation>Keine Bewertungen für diese Kompetenz.</translation>
    </message>
    <message>
        <source>First-round concerns</source>
        <translation>Bedenken aus der ersten Runde</translation>
    </message>
    <message>
        <source>What the first round found</source>
        <translation>Ergebnisse der ersten Runde</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>The first round left no concerns to probe.</source>
        <translation>Die erste Runde hat keine zu prüfenden Bedenken hinterlassen.</translation>
    </message>
    <message>
        <source>Concern %1 (lead only)</source>
        <translation>Bedenken %1 (nur Leitung)</translation>
    </message>
    <message>
        <source>Concern %1</source>
        <translation>Bedenken %1</translation>
    </message>
    <message>
        <source>To probe with</source>
        <translation>Zu prüfen mit</translation>
    </message>
    <message>
        <source>Addressed — marked by %1 at %2.</source>
        <translation>Geklärt — markiert von %1 am %2.</translation>
    </message>
    <message>
        <source>Addressed — marked at %1.</source>
        <translation>Geklärt — markiert am %1.</translation>
    </message>
    <message>
        <source>Not marked as addressed in this interview.</source>
        <translation>In diesem Interview nicht als geklärt markiert.</translation>
    </message>
    <message>
        <source>Question skipped.</source>
        <translation>Frage übersprungen.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Nachweis für</translation>
    </message>
    <message>
        <source>%1 · asked by %2</source>
        <translation>%1 · gestellt von %2</translation>
    </message>
    <message>
        <source>No notes were taken.</source>
        <translation>Es wurden keine Notizen gemacht.</translation>
    </message>
    <message>
        <source>No questions from the candidate were recorded.</source>
        <translation>Es wurden keine Fragen des Kandidaten erfasst.</translation>
    </message>
    <message>
        <source>Question %1 (noted by %2)</source>
        <translation>Frage %1 (notiert von %2)</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Pinned quote from the transcript, %1</source>
        <translation>Angeheftetes Zitat aus dem Transkript, %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript segment(s) shown to this reader; the full transcript, with each segment&apos;s question and time span, is in the JSON export. Segments marked “not said” are left out.</source>
        <translation>
            <numerusform>%n Transkriptabschnitt für diese Leserin oder diesen Leser sichtbar; das vollständige Transkript mit Frage und Zeitspanne jedes Abschnitts steht im JSON-Export. Als „nicht gesagt“ markierte Abschnitte sind ausgelassen.</numerusform>
            <numerusform>%n Transkriptabschnitte für diese Leserin oder diesen Leser sichtbar; das vollständige Transkript mit Frage und Zeitspanne jedes Abschnitts steht im JSON-Export. Als „nicht gesagt“ markierte Abschnitte sind ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quotes pinned as STAR parts</source>
        <translation>Als STAR-Teile angeheftete Zitate</translation>
    </message>
    <message>
        <source>Realistic job preview</source>
        <translation>Realistische Tätigkeitsvorschau</translation>
    </message>
    <message>
        <source>The kit has no job-preview talking points.</source>
        <translation>Der Leitfaden hat keine Gesprächspunkte zur Tätigkeitsvorschau.</translation>
    </message>
    <message>
        <source>%1 of %2 talking points covered.</source>
        <translation>%1 von %2 Gesprächspunkten angesprochen.</translation>
    </message>
    <message>
        <source>Talking point</source>
        <translation>Gesprächspunkt</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Angesprochen</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nein</translation>
    </message>
    <message>
        <source>Sealed: the takeaways stay hidden until every panelist has submitted.</source>
        <translation>Versiegelt: Die Erkenntnisse bleiben verborgen, bis alle Panel-Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>%1 — %2 (before the debrief), %3 (after the debrief)</source>
        <translation>%1 — %2 (vor der Nachbesprechung), %3 (nach der Nachbesprechung)</translation>
    </message>
    <message>
        <source>%1 — %2 (before the debrief)</source>
        <translation>%1 — %2 (vor der Nachbesprechung)</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>No scorecard was changed after the debrief; the ratings above are the independent ones.</source>
        <translation>Nach der Nachbesprechung wurde kein Bewertungsbogen geändert; die Bewertungen oben sind die unabhängigen.</translation>
    </message>
    <message>
        <source>Ratings and recommendations changed after the debrief, each beside the independently submitted original it replaces, with the reason given. The matrix and chart above show the originals.</source>
        <translation>Nach der Nachbesprechung geänderte Bewertungen und Empfehlungen, jeweils neben dem unabhängig eingereichten Original, das sie ersetzen, mit dem angegebenen Grund. Matrix und Diagramm oben zeigen die Originale.</translation>
    </message>
    <message>
        <source>Ratings and recommendations changed after the debrief, each beside the independently submitted original it replaces, with the reason given.</source>
        <translation>Nach der Nachbesprechung geänderte Bewertungen und Empfehlungen, jeweils neben dem unabhängig eingereichten Original, das sie ersetzen, mit dem angegebenen Grund.</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
    <message>
        <source>Submitted original</source>
        <translation>Eingereichtes Original</translation>
    </message>
    <message>
        <source>After the debrief</source>
        <translation>Nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fewer than %1 sessions: read these figures as anecdotes, not as a tendency. The interval says how far the true figure could be.</source>
        <translation>Weniger als %1 Sitzungen: Lesen Sie diese Zahlen als Einzelfälle, nicht als Tendenz. Das Intervall zeigt, wie weit der wahre Wert abweichen könnte.</translation>
    </message>
    <message>
        <source>Score against the panel: in each session, the interviewer&apos;s weighted score minus the mean of the other panelists&apos; scores (before the debrief), averaged over the sessions, with a 95 % interval (Student&apos;s t). Positive: rates higher than the rest of the panel (lenient); negative: lower (severe). A reading is given only when the interval leaves out zero and rests on at least %1 sessions. Recommendation against the panel: the same with Strong no = 1, No = 2, Yes = 3, Strong yes = 4. Outlier: alone at the top or bottom of a competency the panel disagreed on (ratings two or more points apart), of the competencies rated in panels of three or more. Changed after the debrief: ratings changed in the debrief, of ratings given. Time to submit: from the end of the session to the scorecard&apos;s submission. Interviewers are matched by name across sessions.</source>
        <translation>Punktwert gegenüber dem Panel: in jeder Sitzung der gewichtete Punktwert des Interviewers minus den Mittelwert der Punktwerte der übrigen Panel-Mitglieder (vor der Nachbesprechung), gemittelt über die Sitzungen, mit einem 95-%-Intervall (Student-t). Positiv: bewertet höher als der Rest des Panels (milde); negativ: niedriger (streng). Ein Befund wird nur angegeben, wenn das Intervall die Null ausschließt und auf mindestens %1 Sitzungen beruht. Empfehlung gegenüber dem Panel: dasselbe mit Klares Nein = 1, Nein = 2, Ja = 3, Klares Ja = 4. Ausreißer: allein oben oder unten bei einer Kompetenz, bei der das Panel uneinig war (Bewertungen zwei oder mehr Punkte auseinander), bezogen auf die in Panels mit drei oder mehr Mitgliedern bewerteten Kompetenzen. Geändert nach Nachbesprechung: in der Nachbesprechung geänderte Bewertungen, bezogen auf die abgegebenen. Zeit bis zum Einreichen: vom Ende der Sitzung bis zum Einreichen des Bewertungsbogens. Interviewer werden über alle Sitzungen hinweg über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Sessions with alpha</source>
        <translation>Sitzungen mit Alpha</translation>
    </message>
    <message>
        <source>Mean alpha</source>
        <translation>Mittleres Alpha</translation>
    </message>
    <message>
        <source>Lowest – highest</source>
        <translation>Niedrigstes – höchstes</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>%1 (+%2 without)</source>
        <translation>%1 (+%2 ohne)</translation>
    </message>
    <message>
        <source>Interviewer calibration</source>
        <translation>Kalibrierung der Interviewer</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with the panel&apos;s figures open</source>
        <translation>
            <numerusform>%n Sitzung mit offenen Zahlen des Panels</numerusform>
            <numerusform>%n Sitzungen mit offenen Zahlen des Panels</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview has a complete, open panel yet: nothing to calibrate.</source>
        <translation>Noch kein Interview hat ein vollständiges, geöffnetes Panel: nichts zu kalibrieren.</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Scorecards (sessions)</source>
        <translation>Bewer­tungs­bögen (Sitzungen)</translation>
    </message>
    <message>
        <source>Time to submit</source>
        <translation>Zeit bis zum Ein­reichen</translation>
    </message>
    <message>
        <source>Score against the panel</source>
        <translation>Punktwert gegenüber dem Panel</translation>
    </message>
    <message>
        <source>Recommendation against the panel</source>
        <translation>Empfeh­lung gegenüber dem Panel</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Aus­reißer</translation>
    </message>
    <message>
        <source>Changed after debrief</source>
        <translation>Geändert nach Nach­be­spre­chung</translation>
    </message>
    <message>
        <source>Trend: score against the panel, per quarter</source>
        <translation>Verlauf: Punktwert gegenüber dem Panel, je Quartal</translation>
    </message>
    <message>
        <source>Agreement (Krippendorff&apos;s ordinal alpha) per role</source>
        <translation>Übereinstimmung (Krippendorffs ordinales Alpha) je Rolle</translation>
    </message>
    <message>
        <source>Agreement per quarter</source>
        <translation>Übereinstimmung je Quartal</translation>
    </message>
    <message>
        <source>Each session&apos;s alpha is the one its debrief and report show; 0.80 or more can be relied on, below 0.667 the panel does not agree.</source>
        <translation>Das Alpha jeder Sitzung ist das, welches ihre Nachbesprechung und ihr Bericht zeigen; ab 0,80 ist darauf Verlass, unter 0,667 stimmt das Panel nicht überein.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Mean</source>
        <extracomment>Where the axis starts: half a point below the scale&apos;s lowest, so that a rating of 1 still shows a bar. It started at 0, a value no one can give on a 1–4 scale.</extracomment>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <source>Panel mean %1 (bars: each panelist&apos;s rating, %2)</source>
        <translation>Mittelwert des Panels %1 (Balken: Bewertung jedes Panel-Mitglieds, %2)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
    <message>
        <source>Report written.</source>
        <translation>Bericht geschrieben.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(ohne Rolle)</translation>
    </message>
    <message>
        <source>INTERIM Interview report — %1 — %2</source>
        <translation>VORLÄUFIGER Interviewbericht — %1 — %2</translation>
    </message>
    <message>
        <source>Interview report — %1 — %2</source>
        <translation>Interviewbericht — %1 — %2</translation>
    </message>
    <message>
        <source>Scorecard — %1 — %2</source>
        <translation>Bewertungsbogen — %1 — %2</translation>
    </message>
    <message>
        <source>Role comparison — %1</source>
        <translation>Rollenvergleich — %1</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <source>agrees closely</source>
        <translation>stimmt weitgehend überein</translation>
    </message>
    <message>
        <source>agrees in part</source>
        <translation>stimmt teilweise überein</translation>
    </message>
    <message>
        <source>does not agree</source>
        <translation>stimmt nicht überein</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unver­ändert</translation>
    </message>
    <message>
        <source>Competencies and weights</source>
        <translation>Kompetenzen und Gewichte</translation>
    </message>
    <message>
        <source>(no competencies)</source>
        <translation>(keine Kompetenzen)</translation>
    </message>
    <message>
        <source>Candidates (held interviews only)</source>
        <translation>Kandidaten (nur geführte Interviews)</translation>
    </message>
    <message>
        <source>No candidate has been interviewed for this role yet.</source>
        <translation>Für diese Rolle wurde noch kein Kandidat interviewt.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score before the debrief</source>
        <translation>Punkt­wert vor der Nach­be­spre­chung</translation>
    </message>
    <message>
        <source>Score after the debrief</source>
        <translation>Punkt­wert nach der Nach­be­spre­chung</translation>
    </message>
    <message>
        <source>Recommendations before the debrief</source>
        <translation>Empfeh­lungen vor der Nach­be­spre­chung</translation>
    </message>
    <message>
        <source>Agreement before the debrief</source>
        <translation>Über­ein­stim­mung vor der Nach­be­spre­chung</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>table heading</comment>
        <translation>Ent­schei­dung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1
%2 of %3
scorecards</source>
        <translation>%1
%2 von %3
Bewer­tungs­bögen</translation>
    </message>
    <message>
        <source>%1
(alpha %2)</source>
        <translation>%1
(Alpha %2)</translation>
    </message>
    <message>
        <source>not measurable</source>
        <translation>nicht messbar</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>unent­schie­den</translation>
    </message>
    <message>
        <source>Score before the debrief: each competency&apos;s mean rating across the independently submitted scorecards, weighted by the role&apos;s weights (%1); the competency columns and the recommendations are before the debrief too. Score after the debrief: the same with the changes made in the debrief. Agreement: Krippendorff&apos;s ordinal alpha over the panel&apos;s independent ratings; 0.80 or more can be relied on, below 0.667 the panel does not agree, and below zero the panelists differ, competency by competency, more than ratings given at random would. It says how alike the ratings are, not whether the recommendations agree. A sealed panel&apos;s figures are shown once every panelist has submitted.</source>
        <translation>Punktwert vor der Nachbesprechung: die mittlere Bewertung jeder Kompetenz über die unabhängig eingereichten Bewertungsbögen, gewichtet mit den Gewichten der Rolle (%1); auch die Kompetenzspalten und die Empfehlungen stammen von vor der Nachbesprechung. Punktwert nach der Nachbesprechung: dasselbe mit den in der Nachbesprechung vorgenommenen Änderungen. Übereinstimmung: Krippendorffs ordinales Alpha über die unabhängigen Bewertungen des Panels; ab 0,80 ist darauf Verlass, unter 0,667 stimmt das Panel nicht überein, und unter null weichen die Panel-Mitglieder Kompetenz für Kompetenz stärker voneinander ab, als zufällig vergebene Bewertungen es täten. Der Wert sagt, wie ähnlich die Bewertungen sind, nicht, ob die Empfehlungen übereinstimmen. Die Zahlen eines versiegelten Panels werden gezeigt, sobald alle Panel-Mitglieder eingereicht haben.</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>Zeit bis zur Entscheidung</translation>
    </message>
    <message>
        <source>Calendar days from the interview (the candidate waits on weekends too).</source>
        <translation>Kalendertage ab dem Interview (der Kandidat wartet auch am Wochenende).</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Eingereicht %1</translation>
    </message>
    <message>
        <source>Draft — not submitted</source>
        <translation>Entwurf — nicht eingereicht</translation>
    </message>
    <message>
        <source>%1 (before the debrief)</source>
        <translation>%1 (vor der Nachbesprechung)</translation>
    </message>
    <message>
        <source>%1; %2 (after the debrief)</source>
        <translation>%1; %2 (nach der Nachbesprechung)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panel-Mitglied</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichteter Punktwert</translation>
    </message>
    <message>
        <source>Second interview — panelist scorecard</source>
        <translation>Zweitgespräch — Bewertungsbogen eines Panel-Mitglieds</translation>
    </message>
    <message>
        <source>Ratings and evidence — before the debrief</source>
        <translation>Bewertungen und Nachweise — vor der Nachbesprechung</translation>
    </message>
    <message>
        <source>Ratings and evidence</source>
        <translation>Bewertungen und Nachweise</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (weight %2%) — %3</source>
        <translation>%1 (Gewicht %2 %) — %3</translation>
    </message>
    <message>
        <source>(no evidence written)</source>
        <translation>(kein Nachweis geschrieben)</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>(no takeaways written)</source>
        <translation>(keine Erkenntnisse geschrieben)</translation>
    </message>
    <message>
        <source>Post-debrief changes</source>
        <translation>Änderungen nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>Notes by %1</source>
        <translation>Notizen von %1</translation>
    </message>
    <message>
        <source>Job-preview talking points</source>
        <translation>Gesprächspunkte der Tätigkeitsvorschau</translation>
    </message>
    <message>
        <source>The candidate&apos;s questions</source>
        <translation>Die Fragen des Kandidaten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>(no answer noted)</source>
        <translation>(keine Antwort notiert)</translation>
    </message>
</context>
<context>
    <name>writer</name>
    <message>
        <source>Confidential</source>
        <extracomment>A table cell&apos;s text up to this long is parsed once and shared by every cell showing it. A table cell&apos;s left plus right padding, in points (the tables below use it). Room for the first two lines of a note under its headings (quote leading 13, spacing). A paragraph never leaves a single line at the foot of a page, so room for one line moved the whole note over and left the question heading and the panelist&apos;s name behind. How each language writes a day and a time (German: 04.05.2026 10:00); numbers only, so no month names depend on the C library&apos;s locale. Each language&apos;s decimal mark where it is not the point.</extracomment>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Generated %1 by Interview Desk</source>
        <translation>Erstellt am %1 mit Interview Desk</translation>
    </message>
    <message>
        <source>Confidential — page %1 of %2</source>
        <translation>Vertraulich — Seite %1 von %2</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Seiten werden gesetzt…</translation>
    </message>
</context>
</TS>
