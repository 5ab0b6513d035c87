<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tick the question&apos;s look-for 1…8 (again: untick)</source>
        <translation>Merkmal 1…8 der Frage abhaken (nochmals: Haken entfernen)</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent to transcription</source>
        <extracomment>Shown as behind once this many seconds wait for the model (one chunk is normal).</extracomment>
        <translation>Einwilligung des Kandidaten in die Transkription</translation>
    </message>
    <message>
        <source>Said aloud in the room</source>
        <translation>Mündlich im Raum gegeben</translation>
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
        <translation>Transkript und Audio werden aufbewahrt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Each panelist&apos;s transcript goes to the lead for the debrief (in return files)</source>
        <translation>Das Transkript jedes Panel-Mitglieds geht für die Nachbesprechung an die Leitung (in Rückgabedateien)</translation>
    </message>
    <message>
        <source>Candidate who consented</source>
        <translation>Einwilligender Kandidat</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Keep the transcript for</source>
        <translation>Transkript aufbewahren für</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Transcription off</source>
        <translation>Transkription aus</translation>
    </message>
    <message>
        <source>Listen…</source>
        <translation>Zuhören…</translation>
    </message>
    <message>
        <source>● Listening — loading the model…</source>
        <translation>● Hört zu – das Modell wird geladen…</translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● Hört zu</translation>
    </message>
    <message>
        <source>❚❚ Paused — nothing is captured</source>
        <translation>❚❚ Angehalten – nichts wird erfasst</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Nothing is captured yet: the lead records the candidate&apos;s consent, and it reaches this laptop in the lead&apos;s panel file.</source>
        <translation>Noch wird nichts erfasst: Die Leitung hält die Einwilligung des Kandidaten fest, und sie erreicht diesen Laptop mit der Panel-Datei der Leitung.</translation>
    </message>
    <message>
        <source>No microphone could be opened; nothing is captured.</source>
        <translation>Es ließ sich kein Mikrofon öffnen; nichts wird erfasst.</translation>
    </message>
    <message>
        <source>The audio cannot be kept, so nothing is captured: %1</source>
        <translation>Das Audio kann nicht aufbewahrt werden, daher wird nichts erfasst: %1</translation>
    </message>
    <message>
        <source>Transcription stopped: %1</source>
        <translation>Transkription beendet: %1</translation>
    </message>
    <message>
        <source>Transcription stopped: something went wrong — details in the log.</source>
        <translation>Transkription beendet: Etwas ist schiefgegangen – Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Press Ctrl+Shift+Backspace again to delete everything captured in this session.</source>
        <translation>Drücken Sie erneut Strg+Umschalt+Rücktaste, um alles in dieser Sitzung Erfasste zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n transcript segment(s) of this session.</source>
        <translation>
            <numerusform>%n Transkript-Segment dieser Sitzung gelöscht.</numerusform>
            <numerusform>%n Transkript-Segmente dieser Sitzung gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>STAR: Situation</source>
        <translation>STAR: Situation</translation>
    </message>
    <message>
        <source>STAR: Task</source>
        <translation>STAR: Aufgabe</translation>
    </message>
    <message>
        <source>STAR: Action</source>
        <translation>STAR: Handlung</translation>
    </message>
    <message>
        <source>STAR: Result</source>
        <translation>STAR: Ergebnis</translation>
    </message>
    <message>
        <source>No transcript segment to pin under this question.</source>
        <translation>Unter dieser Frage gibt es kein Transkript-Segment zum Anheften.</translation>
    </message>
    <message>
        <source>Ask the candidate aloud, in the room. Nothing is captured until this is saved; audio is written to disk only if the scope says it is kept.</source>
        <translation>Fragen Sie den Kandidaten laut, im Raum. Erfasst wird erst, wenn dies gespeichert ist; Audio wird nur auf die Festplatte geschrieben, wenn der Umfang es aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 · audio kept</source>
        <translation>%1 · Audio wird aufbewahrt</translation>
    </message>
    <message>
        <source>%1 — transcribing %2 s behind</source>
        <translation>%1 – Transkription %2 s im Rückstand</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>Nachweis für %1</translation>
    </message>
    <message>
        <source>Not said (a mis-hearing)</source>
        <translation>Nicht gesagt (falsch verstanden)</translation>
    </message>
    <message>
        <source>Quote pinned, with its time span.</source>
        <translation>Zitat angeheftet, mit seiner Zeitspanne.</translation>
    </message>
    <message>
        <source>Marked not said: left out everywhere.</source>
        <translation>Als nicht gesagt markiert: überall weggelassen.</translation>
    </message>
    <message>
        <source>No question in this kit measures this competency yet.</source>
        <translation>Noch keine Frage dieses Leitfadens misst diese Kompetenz.</translation>
    </message>
    <message>
        <source>Concern to probe</source>
        <translation>Zu prüfendes Bedenken</translation>
    </message>
    <message>
        <source>Probed by question</source>
        <translation>Geprüft durch Frage</translation>
    </message>
    <message>
        <source>Lead only</source>
        <translation>Nur Leitung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>v</source>
        <translation>V.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Anchors</source>
        <translation>Anker</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Panelist</source>
        <translation>Panel-Mitglied</translation>
    </message>
    <message>
        <source>Panel role</source>
        <translation>Rolle im Panel</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Fragt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
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
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Agenda</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Change after debrief</source>
        <translation>Änderung nach der Nachbesprechung</translation>
    </message>
    <message>
        <source>The submitted scorecard stays as it was; this change is recorded beside it, with your reason.</source>
        <translation>Der eingereichte Bewertungsbogen bleibt, wie er war; diese Änderung wird daneben festgehalten, mit Ihrer Begründung.</translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation>Gesamtempfehlung</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Ändern:</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>New rating:</source>
        <translation>Neue Bewertung:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>New recommendation:</source>
        <translation>Neue Empfehlung:</translation>
    </message>
    <message>
        <source>Why, after the debrief (required)</source>
        <translation>Warum, nach der Nachbesprechung (erforderlich)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>What the screening / first interview found: strengths, gaps, logistics</source>
        <translation>Was die Vorauswahl / das erste Gespräch ergeben hat: Stärken, Lücken, Organisatorisches</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>Ph&amp;ase</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>First-round summar&amp;y</source>
        <translation>&amp;Fazit 1. Runde</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>screening</source>
        <extracomment>The stages the box suggests, in the interface&apos;s language. The stage is the user&apos;s text (the box is editable): it is stored as shown or typed.</extracomment>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>second interview</source>
        <translation>Zweitgespräch</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Add concern</source>
        <translation>Bedenken hinzufügen</translation>
    </message>
    <message>
        <source>List of concerns</source>
        <translation>Liste der Bedenken</translation>
    </message>
    <message>
        <source>Only the panel &amp;lead sees this concern</source>
        <translation>Nur die Panel-Leitung sieht dieses Be&amp;denken</translation>
    </message>
    <message>
        <source>Selected concern</source>
        <translation>Ausgewähltes Bedenken</translation>
    </message>
    <message>
        <source>Con&amp;cern</source>
        <translation>Beden&amp;ken</translation>
    </message>
    <message>
        <source>Probed &amp;by</source>
        <translation>Geprüft d&amp;urch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concerns to probe&lt;/b&gt; — link each to the question meant to probe it</source>
        <translation>&lt;b&gt;Zu prüfende Bedenken&lt;/b&gt; – verknüpfen Sie jedes mit der Frage, die es prüfen soll</translation>
    </message>
    <message>
        <source>New concern</source>
        <translation>Neues Bedenken</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(noch keine Frage)</translation>
    </message>
    <message>
        <source>%1 v%2 › %3</source>
        <translation>%1 V%2 › %3</translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation>– noch keine –</translation>
    </message>
    <message>
        <source>%1 (older kit version)</source>
        <translation>%1 (ältere Leitfadenversion)</translation>
    </message>
    <message>
        <source>The dossier of “%1”</source>
        <translation>Das Dossier von „%1“</translation>
    </message>
    <message>
        <source>The new candidate</source>
        <translation>Der neue Kandidat</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Neuer Kandidat</translation>
    </message>
    <message>
        <source>Search name, role, summary, concerns…</source>
        <translation>Name, Rolle, Zusammenfassung, Bedenken durchsuchen…</translation>
    </message>
    <message>
        <source>the dossier of “%1”</source>
        <translation>das Dossier von „%1“</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keys</source>
        <extracomment>The keys take at most this share of the sheet&apos;s width; what they do needs the rest.</extracomment>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt; (F1 or Esc closes; you can go on typing)</source>
        <translation>&lt;b&gt;Tasten&lt;/b&gt; (F1 oder Esc schließt; Sie können weiterschreiben)</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Dieser Eintrag</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Kit nam&amp;e</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Guidance for the panel</source>
        <translation>Hinweise für das Panel</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Section tit&amp;le</source>
        <translation>Abschnitts&amp;titel</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Opening</source>
        <extracomment>What the kind of a section is called in the editor.</extracomment>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erfahrung</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhaltensbezogen</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situativ</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Stellenvorschau</translation>
    </message>
    <message>
        <source>Candidate questions</source>
        <translation>Fragen des Kandidaten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>List of sections</source>
        <translation>Liste der Abschnitte</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>List of questions</source>
        <translation>Liste der Fragen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>One follow-up probe per line</source>
        <translation>Eine Nachfrage pro Zeile</translation>
    </message>
    <message>
        <source>Up to %1 signals to tick live (Alt+1…), one per line, e.g. “names a trade-off”</source>
        <translation>Bis zu %1 Signale zum Abhaken während des Gesprächs (Alt+1…), eines pro Zeile, z. B. „nennt einen Zielkonflikt“</translation>
    </message>
    <message>
        <source>&amp;Required: the panel must ask it</source>
        <translation>Pflichtfra&amp;ge: Das Panel muss sie stellen</translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation>Ausgewählte Frage</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Zeit</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>In section</source>
        <translation>Im Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation>&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>Pro&amp;bes</source>
        <translation>Na&amp;chfragen</translation>
    </message>
    <message>
        <source>What &amp;good looks like</source>
        <translation>Gute Ant&amp;wort</translation>
    </message>
    <message>
        <source>Red fl&amp;ags</source>
        <translation>Wa&amp;rnsignale</translation>
    </message>
    <message>
        <source>Look f&amp;or</source>
        <translation>Merkmal&amp;e</translation>
    </message>
    <message>
        <source>Slot length in minutes</source>
        <translation>Länge des Zeitfensters in Minuten</translation>
    </message>
    <message>
        <source> min slot</source>
        <translation> Min. Zeitfenster</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sections&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abschnitte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The kit “%1”</source>
        <translation>Der Leitfaden „%1“</translation>
    </message>
    <message>
        <source>The new kit</source>
        <translation>Der neue Leitfaden</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. The %n session(s) planned with version %2 keep it, so every candidate of that campaign gets the same questions.</source>
        <translation>
            <numerusform>Als Version %1 gespeichert. Die %n mit Version %2 geplante Sitzung behält diese, sodass jeder Kandidat dieser Runde dieselben Fragen bekommt.</numerusform>
            <numerusform>Als Version %1 gespeichert. Die %n mit Version %2 geplanten Sitzungen behalten diese, sodass jeder Kandidat dieser Runde dieselben Fragen bekommt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — used by %n session(s): saving your changes makes version %2</source>
        <translation>
            <numerusform>%1 – von %n Sitzung verwendet: Speichern Ihrer Änderungen ergibt Version %2</numerusform>
            <numerusform>%1 – von %n Sitzungen verwendet: Speichern Ihrer Änderungen ergibt Version %2</numerusform>
        </translation>
    </message>
    <message>
        <source>new kit (not saved yet)</source>
        <translation>neuer Leitfaden (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 — not used by any session yet</source>
        <translation>%1 – noch von keiner Sitzung verwendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions in “%1”&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fragen in „%1“&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ To fill in before the session: %1</source>
        <translation>⚠ Vor der Sitzung auszufüllen: %1</translation>
    </message>
    <message>
        <source>%1 (from role %2)</source>
        <translation>%1 (aus der Rolle %2)</translation>
    </message>
    <message>
        <source>Kit total: %1 min of a</source>
        <translation>Leitfaden gesamt: %1 Min. von</translation>
    </message>
    <message>
        <source>The kit runs %1 min over the slot.</source>
        <translation>Der Leitfaden überschreitet das Zeitfenster um %1 Min.</translation>
    </message>
    <message>
        <source>No question measures: %1</source>
        <translation>Keine Frage misst: %1</translation>
    </message>
    <message>
        <source>Every competency of the kit is measured by at least one question.</source>
        <translation>Jede Kompetenz des Leitfadens wird von mindestens einer Frage gemessen.</translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>Interview kits</source>
        <translation>Interviewleitfäden</translation>
    </message>
    <message>
        <source>&amp;New kit</source>
        <translation>&amp;Neuer Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>A kit file (.json) or a question list (.csv)</source>
        <translation>Eine Leitfadendatei (.json) oder eine Fragenliste (.csv)</translation>
    </message>
    <message>
        <source>version %1 of the kit “%2”</source>
        <translation>Version %1 des Leitfadens „%2“</translation>
    </message>
    <message>
        <source>Import kit</source>
        <translation>Leitfaden importieren</translation>
    </message>
    <message>
        <source>Kit files (*.json *.csv);;Kit file (*.json);;Question list (*.csv)</source>
        <translation>Leitfadendateien (*.json *.csv);;Leitfadendatei (*.json);;Fragenliste (*.csv)</translation>
    </message>
    <message>
        <source>Export kit</source>
        <translation>Leitfaden exportieren</translation>
    </message>
    <message>
        <source>Kit file (*.json)</source>
        <translation>Leitfadendatei (*.json)</translation>
    </message>
    <message>
        <source>Importing the kit…</source>
        <translation>Leitfaden wird importiert…</translation>
    </message>
    <message>
        <source>Exporting the kit…</source>
        <translation>Leitfaden wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n question(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Frage importiert.</numerusform>
            <numerusform>„%1“ mit %n Fragen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Nothing was imported or exported: %1</source>
        <translation>Es wurde nichts importiert oder exportiert: %1</translation>
    </message>
</context>
<context>
    <name>LiveHeader</name>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Leitung)</translation>
    </message>
    <message>
        <source>Notes are written as this panelist</source>
        <translation>Notizen werden als dieses Panel-Mitglied geschrieben</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Writing as</source>
        <translation>Schreibt als</translation>
    </message>
    <message>
        <source>NOT SAVED: kept in memory, retrying</source>
        <translation>NICHT GESPEICHERT: im Arbeitsspeicher gehalten, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>NOT SAVED: kept in memory</source>
        <translation>NICHT GESPEICHERT: im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichert…</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ad-hoc question</source>
        <translation>Spontane Frage</translation>
    </message>
    <message>
        <source>Ad-hoc question: Enter adds it after this one, Esc cancels</source>
        <translation>Spontane Frage: Eingabe fügt sie nach dieser ein, Esc bricht ab</translation>
    </message>
    <message>
        <source>End the session? Press Ctrl+Shift+E again to end it and go to your scorecard; Esc keeps going.</source>
        <translation>Sitzung beenden? Drücken Sie erneut Strg+Umschalt+E, um sie zu beenden und zu Ihrem Bewertungsbogen zu gehen; Esc macht weiter.</translation>
    </message>
    <message>
        <source>Agenda: only the questions you ask (Alt+M shows all)</source>
        <translation>Ablauf: nur die Fragen, die Sie stellen (Alt+M zeigt alle)</translation>
    </message>
    <message>
        <source>Agenda: every question</source>
        <translation>Ablauf: alle Fragen</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Starkes Signal</translation>
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
        <source>⚑ %1 flagged at %2</source>
        <translation>⚑ %1 markiert bei %2</translation>
    </message>
    <message>
        <source>This question has no look-for %1.</source>
        <translation>Diese Frage hat kein Merkmal %1.</translation>
    </message>
    <message>
        <source>☑ Seen at %2: %1</source>
        <translation>☑ Gesehen bei %2: %1</translation>
    </message>
    <message>
        <source>☐ Untick: %1</source>
        <translation>☐ Haken entfernt: %1</translation>
    </message>
    <message>
        <source>No open first-round concern is linked to this question (Alt+O picks one from the list).</source>
        <translation>Mit dieser Frage ist kein offenes Bedenken aus der ersten Runde verknüpft (Alt+O wählt eines aus der Liste).</translation>
    </message>
    <message>
        <source>Concern marked addressed by this note: %1</source>
        <translation>Bedenken durch diese Notiz als geklärt markiert: %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>paused, Ctrl+T starts</source>
        <translation>angehalten, Strg+T startet</translation>
    </message>
    <message>
        <source>Required, not asked yet: %1. End the session? Press Ctrl+Shift+E again to end it and go to your scorecard; Esc keeps going.</source>
        <translation>Pflichtfragen, noch nicht gestellt: %1. Sitzung beenden? Drücken Sie erneut Strg+Umschalt+E, um sie zu beenden und zu Ihrem Bewertungsbogen zu gehen; Esc macht weiter.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The session has ended, but some notes are not saved yet (%1). They are kept and retried; press Ctrl+Shift+E again when the header says Saved.</source>
        <translation>Die Sitzung ist beendet, aber einige Notizen sind noch nicht gespeichert (%1). Sie bleiben erhalten und werden erneut versucht; drücken Sie Strg+Umschalt+E noch einmal, sobald oben „Gespeichert“ steht.</translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>%1 löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Notes on this answer…</source>
        <translation>Notizen zu dieser Antwort…</translation>
    </message>
    <message>
        <source>Situation: the context they describe</source>
        <translation>Situation: der geschilderte Kontext</translation>
    </message>
    <message>
        <source>Task: what they had to achieve</source>
        <translation>Aufgabe: was erreicht werden musste</translation>
    </message>
    <message>
        <source>Action: what they did themselves (not the team)</source>
        <translation>Handlung: was die Person selbst getan hat (nicht das Team)</translation>
    </message>
    <message>
        <source>Result: the outcome, with numbers if they give them</source>
        <translation>Ergebnis: der Ausgang, mit Zahlen, wenn genannt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Situation (Alt+S)</source>
        <translation>Situation (Alt+S)</translation>
    </message>
    <message>
        <source>Task (Alt+T)</source>
        <translation>Aufgabe (Alt+T)</translation>
    </message>
    <message>
        <source>Action (Alt+A)</source>
        <translation>Handlung (Alt+A)</translation>
    </message>
    <message>
        <source>Result (Alt+R)</source>
        <translation>Ergebnis (Alt+R)</translation>
    </message>
    <message>
        <source>Ctrl+Return: asked, next · Alt+↓ next · F2/F3/F4 flag · F1 all keys</source>
        <translation>Strg+Eingabe: gestellt, weiter · Alt+↓ weiter · F2/F3/F4 markieren · F1 alle Tasten</translation>
    </message>
    <message>
        <source>STAR: Alt+S Situation · Alt+T Task · Alt+A Action · Alt+R Result · Alt+N notes</source>
        <translation>STAR: Alt+S Situation · Alt+T Aufgabe · Alt+A Handlung · Alt+R Ergebnis · Alt+N Notizen</translation>
    </message>
    <message>
        <source>Still empty: the candidate&apos;s own Action and the Result</source>
        <translation>Noch leer: die eigene Handlung des Kandidaten und das Ergebnis</translation>
    </message>
    <message>
        <source>Still empty: the candidate&apos;s own Action</source>
        <translation>Noch leer: die eigene Handlung des Kandidaten</translation>
    </message>
    <message>
        <source>Still empty: the Result</source>
        <translation>Noch leer: das Ergebnis</translation>
    </message>
    <message>
        <source>STAR complete</source>
        <translation>STAR vollständig</translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Put back what was removed last (Ctrl+Z)</source>
        <translation>Zuletzt Entferntes zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up, or drag)</source>
        <translation>Nach oben (Alt+Pfeil hoch oder ziehen)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down, or drag)</source>
        <translation>Nach unten (Alt+Pfeil runter oder ziehen)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>Leave both empty to remove the PIN.</source>
        <translation>Lassen Sie beide Felder leer, um die PIN zu entfernen.</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Neue PIN:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A PIN needs at least 4 characters.</source>
        <translation>Eine PIN braucht mindestens 4 Zeichen.</translation>
    </message>
</context>
<context>
    <name>PlannerEditor</name>
    <message>
        <source>Room, building or video link</source>
        <translation>Raum, Gebäude oder Videolink</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>45–60 minutes is usual for a second interview</source>
        <translation>45–60 Minuten sind für ein Zweitgespräch üblich</translation>
    </message>
    <message>
        <source>Ne&amp;w candidate…</source>
        <translation>Ne&amp;uer Kandidat…</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation>&amp;Kandidat</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Dau&amp;er</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Add &amp;panelist</source>
        <translation>&amp;Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>List of panelists</source>
        <translation>Liste der Panel-Mitglieder</translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <source>Selected panelist</source>
        <translation>Ausgewähltes Panel-Mitglied</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Panel r&amp;ole</source>
        <translation>Rolle im &amp;Panel</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>– niemand –</translation>
    </message>
    <message>
        <source>&amp;Assign selected</source>
        <translation>&amp;Auswahl zuweisen</translation>
    </message>
    <message>
        <source>S&amp;hare out evenly</source>
        <translation>&amp;Gleich verteilen</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panel&lt;/b&gt;</source>
        <translation>&lt;b&gt;Panel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who asks which question&lt;/b&gt; — select questions, then press 1–9 for panelist n (0 clears)</source>
        <translation>&lt;b&gt;Wer welche Frage stellt&lt;/b&gt; – Fragen auswählen, dann 1–9 für Panel-Mitglied n drücken (0 entfernt die Zuweisung)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Neuer Kandidat</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n question(s) have no panelist to ask them.</source>
        <translation>
            <numerusform>⚠ %n Frage hat kein Panel-Mitglied, das sie stellt.</numerusform>
            <numerusform>⚠ %n Fragen haben kein Panel-Mitglied, das sie stellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Fill in before the session (in the kit, or know what to say): %1, in %n question(s).</source>
        <translation>
            <numerusform>⚠ Vor der Sitzung ausfüllen (im Leitfaden, oder wissen, was Sie sagen): %1, in %n Frage.</numerusform>
            <numerusform>⚠ Vor der Sitzung ausfüllen (im Leitfaden, oder wissen, was Sie sagen): %1, in %n Fragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <extracomment>The panel roles the box suggests, in the interface&apos;s language; a panelist&apos;s role is the user&apos;s text (the box is editable), stored as shown or typed.</extracomment>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>%1 (version %2, as planned)</source>
        <translation>%1 (Version %2, wie geplant)</translation>
    </message>
    <message>
        <source>The session plan</source>
        <translation>Der Sitzungsplan</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Kollege</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personalabteilung</translation>
    </message>
    <message>
        <source>Technical interviewer</source>
        <translation>Fachlicher Interviewer</translation>
    </message>
    <message>
        <source>Skip-level manager</source>
        <translation>Nächsthöhere Führungskraft</translation>
    </message>
    <message>
        <source>Cross-functional partner</source>
        <translation>Partner aus einem anderen Bereich</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>how the planner shows a day</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Panel l&amp;ead</source>
        <translation>Panel-Lei&amp;tung</translation>
    </message>
    <message>
        <source>The lead runs the session and records the decision; one per panel</source>
        <translation>Die Leitung führt die Sitzung und hält die Entscheidung fest; eine pro Panel</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>0  nobody (unassign)</source>
        <translation>0  niemand (aufheben)</translation>
    </message>
    <message>
        <source>Choose a candidate, a role and a kit.</source>
        <translation>Wählen Sie einen Kandidaten, eine Rolle und einen Leitfaden.</translation>
    </message>
    <message>
        <source>⚠ Required, but nobody asks it: “%1”.</source>
        <translation>⚠ Pflichtfrage, aber niemand stellt sie: „%1“.</translation>
    </message>
    <message>
        <source>⚠ No question of this kit probes the concern “%1”.</source>
        <translation>⚠ Keine Frage dieses Leitfadens prüft das Bedenken „%1“.</translation>
    </message>
    <message>
        <source>⚠ The kit takes %1 min; the slot is %2 min.</source>
        <translation>⚠ Der Leitfaden dauert %1 Min.; das Zeitfenster hat %2 Min.</translation>
    </message>
    <message>
        <source>✓ Every question has a panelist, every concern a question, and the kit fits the slot (%1 of %2 min).</source>
        <translation>✓ Jede Frage hat ein Panel-Mitglied, jedes Bedenken eine Frage, und der Leitfaden passt ins Zeitfenster (%1 von %2 Min.).</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>%1 · question %2 of %3</source>
        <extracomment>Below this width (logical pixels) the question column is narrow (a 1366 screen at 150 %, or a docked scorecard beside the view): the question&apos;s lines would take the STAR parts&apos; room.</extracomment>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>Ad-hoc question</source>
        <translation>Spontane Frage</translation>
    </message>
    <message>
        <source>● You ask this</source>
        <translation>● Diese Frage stellen Sie</translation>
    </message>
    <message>
        <source>Asked by %1 (%2)</source>
        <translation>Gestellt von %1 (%2)</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>Gestellt von %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>evidence for: %1</source>
        <translation>Nachweis für: %1</translation>
    </message>
    <message>
        <source>⚠ Fill in before you read it out: %1</source>
        <translation>⚠ Vor dem Vorlesen ausfüllen: %1</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Next: nothing, this is the last question</source>
        <translation>Als Nächstes: nichts, das ist die letzte Frage</translation>
    </message>
    <message>
        <source>Next: “%1”</source>
        <translation>Als Nächstes: „%1“</translation>
    </message>
    <message>
        <source>Next, you ask: “%1”</source>
        <translation>Als Nächstes fragen Sie: „%1“</translation>
    </message>
    <message>
        <source>Next, %2 asks: “%1”</source>
        <translation>Als Nächstes fragt %2: „%1“</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Good looks like</source>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>First-round concern</source>
        <translation>Bedenken aus der ersten Runde</translation>
    </message>
</context>
<context>
    <name>QuestionTypes</name>
    <message>
        <source>Behavioural (STAR)</source>
        <translation>Verhaltensbezogen (STAR)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situativ</translation>
    </message>
    <message>
        <source>Motivation &amp; fit</source>
        <translation>Motivation und Passung</translation>
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
        <translation>Gesprächspunkt (Stellenvorschau)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>&amp;Role name</source>
        <translation>&amp;Rollenname</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Beschreib&amp;ung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>a hire below</source>
        <translation>Gesamtwert: Einstellung unter</translation>
    </message>
    <message>
        <source>or a no-hire above</source>
        <translation>oder Absage über</translation>
    </message>
    <message>
        <source>the composite needs a written override reason</source>
        <translation>braucht eine schriftliche Begründung</translation>
    </message>
    <message>
        <source>Override rule</source>
        <translation>Abweichungsregel</translation>
    </message>
    <message>
        <source>What evidence earns this rating?</source>
        <translation>Welcher Nachweis verdient diese Bewertung?</translation>
    </message>
    <message>
        <source>Selected competency</source>
        <translation>Ausgewählte Kompetenz</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Gewichtung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies&lt;/b&gt; — weights are shown as a share of the total; drag or Alt+↑/↓ to reorder</source>
        <translation>&lt;b&gt;Kompetenzen&lt;/b&gt; – Gewichtungen als Anteil an der Summe; ziehen oder Alt+↑/↓ zum Umordnen</translation>
    </message>
    <message>
        <source>Add competency</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>List of competencies</source>
        <translation>Liste der Kompetenzen</translation>
    </message>
    <message>
        <source>Rating %1 — weakest evidence</source>
        <translation>Bewertung %1 – schwächster Nachweis</translation>
    </message>
    <message>
        <source>Rating %1 — strongest evidence</source>
        <translation>Bewertung %1 – stärkster Nachweis</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>A threshold on the composite (the weighted score of the independent ratings, %1–%2); “no rule” leaves it unset</source>
        <translation>Ein Schwellenwert für den Gesamtwert (die gewichtete Punktzahl der unabhängigen Bewertungen, %1–%2); „keine Regel“ lässt ihn offen</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>New competency</source>
        <translation>Neue Kompetenz</translation>
    </message>
    <message>
        <source>The role “%1”</source>
        <translation>Die Rolle „%1“</translation>
    </message>
    <message>
        <source>The new role</source>
        <translation>Die neue Rolle</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. The %n session(s) planned with version %2 keep its competencies, weights and anchors, so their scores do not change.</source>
        <translation>
            <numerusform>Als Version %1 gespeichert. Die %n mit Version %2 geplante Sitzung behält deren Kompetenzen, Gewichtungen und Anker, sodass sich ihre Punktzahlen nicht ändern.</numerusform>
            <numerusform>Als Version %1 gespeichert. Die %n mit Version %2 geplanten Sitzungen behalten deren Kompetenzen, Gewichtungen und Anker, sodass sich ihre Punktzahlen nicht ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — used by %n session(s): saving your changes makes version %2; those sessions keep version %1</source>
        <translation>
            <numerusform>%1 – von %n Sitzung verwendet: Speichern Ihrer Änderungen ergibt Version %2; diese Sitzung behält Version %1</numerusform>
            <numerusform>%1 – von %n Sitzungen verwendet: Speichern Ihrer Änderungen ergibt Version %2; diese Sitzungen behalten Version %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total weight %1 across %n competency(ies)</source>
        <translation>
            <numerusform>Gesamtgewichtung %1 über %n Kompetenz</numerusform>
            <numerusform>Gesamtgewichtung %1 über %n Kompetenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>new role (not saved yet)</source>
        <translation>neue Rolle (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 — not used by any session yet</source>
        <translation>%1 – noch von keiner Sitzung verwendet</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation>&amp;Neue Rolle</translation>
    </message>
    <message>
        <source>New role from &amp;kit…</source>
        <translation>Neue Rolle aus Leit&amp;faden…</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (V%2)</translation>
    </message>
    <message>
        <source>New role from kit</source>
        <translation>Neue Rolle aus Leitfaden</translation>
    </message>
    <message>
        <source>Adopt the competencies of:</source>
        <translation>Die Kompetenzen übernehmen von:</translation>
    </message>
    <message>
        <source>the role “%1”</source>
        <translation>die Rolle „%1“</translation>
    </message>
</context>
<context>
    <name>ScorecardDock</name>
    <message>
        <source>Scorecard (Esc: back to the notes)</source>
        <translation>Bewertungsbogen (Esc: zurück zu den Notizen)</translation>
    </message>
    <message>
        <source>Back to the notes</source>
        <translation>Zurück zu den Notizen</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <source>Panelist:</source>
        <translation>Panel-Mitglied:</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Leitung)</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>PIN festlegen…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Rate %1 (key %1)</source>
        <translation>Bewertung %1 (Taste %1)</translation>
    </message>
    <message>
        <source>No evidence (0)</source>
        <translation>Kein Nachweis (0)</translation>
    </message>
    <message>
        <source>Keys: %1 rate, 0 no evidence (Alt+digit while typing), Alt+E evidence, Alt+↑/↓ previous/next competency, F5–F8 overall recommendation, Ctrl+Return submits.</source>
        <translation>Tasten: %1 bewertet, 0 kein Nachweis (Alt+Ziffer beim Schreiben), Alt+E Nachweis, Alt+↑/↓ vorige/nächste Kompetenz, F5–F8 Gesamtempfehlung, Strg+Eingabe reicht ein.</translation>
    </message>
    <message>
        <source>Evidence for this rating:</source>
        <translation>Nachweis für diese Bewertung:</translation>
    </message>
    <message>
        <source>Evidence for this rating</source>
        <translation>Nachweis für diese Bewertung</translation>
    </message>
    <message>
        <source>What the candidate said or did that earns this rating</source>
        <translation>Was der Kandidat gesagt oder getan hat, das diese Bewertung verdient</translation>
    </message>
    <message>
        <source>From my notes (★ = tagged with this competency); Enter or double-click adds one:</source>
        <translation>Aus meinen Notizen (★ = mit dieser Kompetenz verschlagwortet); Eingabe oder Doppelklick fügt eine hinzu:</translation>
    </message>
    <message>
        <source>From my notes</source>
        <translation>Aus meinen Notizen</translation>
    </message>
    <message>
        <source>Key takeaways:</source>
        <translation>Wichtigste Erkenntnisse:</translation>
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
        <source>Submit anyway</source>
        <translation>Trotzdem einreichen</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Zurück und korrigieren</translation>
    </message>
    <message>
        <source>Change after debrief…</source>
        <translation>Nach der Nachbesprechung ändern…</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>Bewertungsbogen einreichen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>PIN ändern…</translation>
    </message>
    <message>
        <source>%1&apos;s scorecard is protected. Enter the PIN to open it.</source>
        <translation>Der Bewertungsbogen von %1 ist geschützt. Geben Sie die PIN ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Nachweis</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewichtung %2)</translation>
    </message>
    <message>
        <source>❝ Pinned quote from the transcript</source>
        <translation>❝ Angeheftetes Zitat aus dem Transkript</translation>
    </message>
    <message>
        <source>(note)</source>
        <translation>(Notiz)</translation>
    </message>
    <message>
        <source>No notes of yours in this session yet.</source>
        <translation>Noch keine Notizen von Ihnen in dieser Sitzung.</translation>
    </message>
    <message>
        <source>Every competency is decided: now judge overall.</source>
        <translation>Jede Kompetenz ist entschieden: Geben Sie jetzt Ihre Gesamtempfehlung ab.</translation>
    </message>
    <message>
        <source>The overall recommendation unlocks when every competency has a rating or “no evidence” (%1 to go).</source>
        <translation>Die Gesamtempfehlung wird freigeschaltet, sobald jede Kompetenz eine Bewertung oder „kein Nachweis“ hat (noch %1).</translation>
    </message>
    <message>
        <source>Submitted %1 UTC — locked. Changes after the debrief are recorded separately, with a reason.</source>
        <translation>Eingereicht %1 UTC – gesperrt. Änderungen nach der Nachbesprechung werden gesondert festgehalten, mit Begründung.</translation>
    </message>
    <message numerus="yes">
        <source>Draft, saved as you type — %1 of %n competency(ies) decided.</source>
        <translation>
            <numerusform>Entwurf, wird beim Tippen gespeichert – %1 von %n Kompetenz entschieden.</numerusform>
            <numerusform>Entwurf, wird beim Tippen gespeichert – %1 von %n Kompetenzen entschieden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Panel: every scorecard is in; the consolidated view is open on the Debrief page (%1).</source>
        <translation>Panel: Alle Bewertungsbögen sind da; die Gesamtsicht ist auf der Seite „Nachbesprechung“ geöffnet (%1).</translation>
    </message>
    <message>
        <source>Panel: %1 of %2 submitted (waiting for %3). Nobody sees anyone else&apos;s ratings until everyone has submitted.</source>
        <translation>Panel: %1 von %2 eingereicht (es fehlen: %3). Niemand sieht die Bewertungen der anderen, bevor alle eingereicht haben.</translation>
    </message>
    <message>
        <source>Submitting the scorecard…</source>
        <translation>Bewertungsbogen wird eingereicht…</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>SessionPlannerDialog</name>
    <message>
        <source>Plan session</source>
        <translation>Sitzung planen</translation>
    </message>
    <message>
        <source>Edit session plan</source>
        <translation>Sitzungsplan bearbeiten</translation>
    </message>
</context>
<context>
    <name>SessionPlanning</name>
    <message>
        <source>Pla&amp;n session…</source>
        <translation>Sitzung &amp;planen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Strg+Umschalt+N</translation>
    </message>
    <message>
        <source>Edit p&amp;lan…</source>
        <translation>Plan be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Change a session that has not started</source>
        <translation>Eine noch nicht begonnene Sitzung ändern</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>This session has started; its plan can no longer change.</source>
        <translation>Diese Sitzung hat begonnen; ihr Plan lässt sich nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Concerns to probe</source>
        <translation>Zu prüfende Bedenken</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation>Kandidatenfragen</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>Was gefragt wurde</translation>
    </message>
    <message>
        <source>What they asked (Enter)</source>
        <translation>Was gefragt wurde (Eingabe)</translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation>Unsere Antwort</translation>
    </message>
    <message>
        <source>Our answer, optional (Enter)</source>
        <translation>Unsere Antwort, optional (Eingabe)</translation>
    </message>
    <message>
        <source>Job preview</source>
        <translation>Stellenvorschau</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch kein Nachweis</translation>
    </message>
    <message>
        <source>First-round concerns (Alt+D, Alt+O)</source>
        <translation>Bedenken aus der ersten Runde (Alt+D, Alt+O)</translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <source>Not addressed yet</source>
        <translation>Noch nicht geklärt</translation>
    </message>
    <message>
        <source>Strong signal</source>
        <translation>Starkes Signal</translation>
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
        <source>Flags (%1)</source>
        <translation>Markierungen (%1)</translation>
    </message>
    <message>
        <source>⚑ %1  %2: %3</source>
        <translation>⚑ %1  %2: %3</translation>
    </message>
    <message>
        <source>⚑ %1  %2</source>
        <translation>⚑ %1  %2</translation>
    </message>
    <message>
        <source>Captured by %1</source>
        <translation>Festgehalten von %1</translation>
    </message>
    <message>
        <source>This question: %1, %2 over its %3 min</source>
        <translation>Diese Frage: %1, %2 länger als ihre %3 Min.</translation>
    </message>
    <message>
        <source>This question: %1 of %2</source>
        <translation>Diese Frage: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left, planned %1 min; %2 to go (choose what to skip)</source>
        <translation>
            <numerusform>Noch %n Frage, geplant %1 Min.; noch %2 (wählen Sie, was Sie überspringen)</numerusform>
            <numerusform>Noch %n Fragen, geplant %1 Min.; noch %2 (wählen Sie, was Sie überspringen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) left, planned %1 min; %2 to go</source>
        <translation>
            <numerusform>Noch %n Frage, geplant %1 Min.; noch %2</numerusform>
            <numerusform>Noch %n Fragen, geplant %1 Min.; noch %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Every competency has some evidence.</source>
        <translation>Jede Kompetenz hat einen Nachweis.</translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Interview Desk</source>
        <translation>Willkommen bei Interview Desk</translation>
    </message>
    <message>
        <source>Notes, scorecards and the debrief for panel interviews, on this laptop. Look around a sample database first, or prepare your own first interview: four steps, each made from here.</source>
        <translation>Notizen, Bewertungsbögen und die Nachbesprechung für Panel-Interviews, auf diesem Laptop. Sehen Sie sich zuerst eine Beispieldatenbank an, oder bereiten Sie Ihr erstes eigenes Interview vor: vier Schritte, jeder von hier aus.</translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation>Demo &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Opens a second window on a sample database; yours is not touched</source>
        <translation>Öffnet ein zweites Fenster mit einer Beispieldatenbank; Ihre bleibt unberührt</translation>
    </message>
    <message>
        <source>P&amp;repare my first interview</source>
        <translation>Erstes Interview &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Your first interview is planned</source>
        <translation>Ihr erstes Interview ist geplant</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own; close it when you are done.</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster; schließen Sie es, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>The demo could not be started. From a terminal: interview-desk --demo</source>
        <translation>Die Demo ließ sich nicht starten. Im Terminal: interview-desk --demo</translation>
    </message>
</context>
</TS>
