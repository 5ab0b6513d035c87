<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Tick the question&apos;s look-for 1…8 (again: untick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s consent to transcription</source>
        <extracomment>Shown as behind once this many seconds wait for the model (one chunk is normal).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each panelist&apos;s transcript goes to the lead for the debrief (in return files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the candidate aloud, in the room. Nothing is captured until this is saved; audio is written to disk only if the scope says it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate who consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the transcript for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listening — loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Paused — nothing is captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · audio kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — transcribing %1 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is captured yet: the lead records the candidate&apos;s consent, and it reaches this laptop in the lead&apos;s panel file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone could be opened; nothing is captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio cannot be kept, so nothing is captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription stopped: something went wrong — details in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Shift+Backspace again to delete everything captured in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 transcript segment(s) of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript segment to pin under this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said (a mis-hearing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote pinned, with its time span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked not said: left out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question in this kit measures this competency yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaTree</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Change after debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The submitted scorecard stays as it was; this change is recorded beside it, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, after the debrief (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateEditor</name>
    <message>
        <source>What the screening / first interview found: strengths, gaps, logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-round summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the panel &amp;lead sees this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;cern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Concerns to probe&lt;/b&gt; — link each to the question meant to probe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (older kit version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Search name, role, summary, concerns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt; (F1 or Esc closes; you can go on typing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Kit nam&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One follow-up probe per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 signals to tick live (Alt+1…), one per line, e.g. “names a trade-off”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required: the panel must ask it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;bes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;good looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red fl&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look f&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sections&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. The %2 session(s) planned with version %3 keep it, so every candidate of that campaign gets the same questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new kit (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — used by %2 session(s): saving your changes makes version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not used by any session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions in “%1”&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ To fill in before the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from role %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit total: %1 min of a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit runs %1 min over the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every competency of the kit is measured by at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KitsPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kit file (.json) or a question list (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of the kit “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit files (*.json *.csv);;Kit file (*.json);;Question list (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” with %2 question(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported or exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveHeader</name>
    <message>
        <source> (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are written as this panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: kept in memory, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED: kept in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ad-hoc question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc question: Enter adds it after this one, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session? Press Ctrl+Shift+E again to end it and go to your scorecard; Esc keeps going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: only the questions you ask (Alt+M shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda: every question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong signal</source>
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
        <source>⚑ %1 flagged at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question has no look-for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☑ Seen at %2: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☐ Untick: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open first-round concern is linked to this question (Alt+O picks one from the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern marked addressed by this note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, Ctrl+T starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, not asked yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended, but some notes are not saved yet (%1). They are kept and retried; press Ctrl+Shift+E again when the header says Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MasterDetailPage</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Notes on this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation: the context they describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: what they had to achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: what they did themselves (not the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: the outcome, with numbers if they give them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return: asked, next · Alt+↓ next · F2/F3/F4 flag · F1 all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR: Alt+S Situation · Alt+T Task · Alt+A Action · Alt+R Result · Alt+N notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the candidate&apos;s own Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still empty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAR complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderedList</name>
    <message>
        <source>List of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back what was removed last (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up, or drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down, or drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave both empty to remove the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN needs at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerEditor</name>
    <message>
        <source>Room, building or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45–60 minutes is usual for a second interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel l&amp;ead (runs the session, records the decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected panelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare out evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Panel&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who asks which question&lt;/b&gt; — select questions, then press 1–9 for panelist n (0 clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2, as planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  nobody (unassign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a candidate, a role and a kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Required, but nobody asks it: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 question(s) have no panelist to ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No question of this kit probes the concern “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The kit takes %1 min; the slot is %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Fill in before the session (in the kit, or know what to say): %1, in %2 question(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Every question has a panelist, every concern a question, and the kit fits the slot (%1 of %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>%1 · question %2 of %3</source>
        <extracomment>Below this width (logical pixels) the question column is narrow (a 1366 screen at 150 %, or a docked scorecard beside the view): the question&apos;s lines would take the STAR parts&apos; room.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● You ask this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Fill in before you read it out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing, this is the last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, you ask: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, %2 asks: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-round concern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>&amp;Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hire below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a no-hire above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the composite needs a written override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What evidence earns this rating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Competencies&lt;/b&gt; — weights are shown as a share of the total; drag or Alt+↑/↓ to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold on the composite (the weighted score of the independent ratings, %1–%2); “no rule” leaves it unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. The %2 session(s) planned with version %3 keep its competencies, weights and anchors, so their scores do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new role (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — used by %2 session(s): saving your changes makes version %3; those sessions keep version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not used by any session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total weight %1 across %2 competencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>New role from &amp;kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role from kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the competencies of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardDock</name>
    <message>
        <source>Scorecard (Esc: back to the notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <source>Panelist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1 (key %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: %1 rate, 0 no evidence (Alt+digit while typing), Alt+E evidence, Alt+↑/↓ previous/next competency, F5–F8 overall recommendation, Ctrl+Return submits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the candidate said or did that earns this rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my notes (★ = tagged with this competency); Enter or double-click adds one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change after debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s scorecard is protected. Enter the PIN to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❝ Pinned quote from the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes of yours in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every competency is decided: now judge overall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall recommendation unlocks when every competency has a rating or “no evidence” (%1 to go).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted %1 UTC — locked. Changes after the debrief are recorded separately, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, saved as you type — %1 of %2 competencies decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel: every scorecard is in; the consolidated view is open on the Debrief page (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel: %1 of %2 submitted (waiting for %3). Nobody sees anyone else&apos;s ratings until everyone has submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting the scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPlannerDialog</name>
    <message>
        <source>Plan session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPlanning</name>
    <message>
        <source>Pla&amp;n session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit p&amp;lan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a session that has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has started; its plan can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Concerns to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our answer, optional (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-round concerns (Alt+D, Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not addressed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong signal</source>
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
        <source>Flags (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question: %1, %2 over its %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 questions left, planned %2 min; %3 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (choose what to skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every competency has some evidence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Notes, scorecards and the debrief for panel interviews, on this laptop. Look around a sample database first, or prepare your own first interview: four steps, each made from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a second window on a sample database; yours is not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;repare my first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first interview is planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opens in a window of its own; close it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. From a terminal: interview-desk --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
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
</context>
</TS>
