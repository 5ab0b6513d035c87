<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 KB</source>
        <extracomment>How often a backup is taken while the app runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Desk</source>
        <extracomment>Set to 1 and the owner prints each request it receives (tests of the handover). A request is one short JSON line; anything longer is not from us.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong — details are in %1.

Your work is still open; you can go on.</source>
        <extracomment>the log file holding the traceback; emitted from any thread, shown on the UI thread</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Wait this long after the last key before searching: typing a word searches once. A question is long; the hit&apos;s first line names it in this many characters at most.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy (another program is writing): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>Names listed in the confirmation before &quot;and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Desk — the database did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview Desk could not open %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected backup in place; the current file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this file was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what can still be read (a copy of it; this file is only read). Nothing can be changed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at what it holds. Nothing can be changed or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvage into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new file, which takes this one&apos;s place; the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what can still be read of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaging what can still be read of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an INTERIM report: the panel is sealed or the interview is still live, so it holds no ratings, scores or recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. The report is saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be started. The report is saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export role comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateExport</name>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the candidate&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the candidate was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about the candidate — dossier, sessions, every panelist&apos;s notes, flags, ratings, evidence and decisions — as one JSON file, for their access request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export for panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the panel file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my return file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing your return file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import panel or return files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch a shared folder for panel and return files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing new files from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import panel and return files as they appear in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.

Signed with your code %2: read it out to whoever imports the file, so they can check it came from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, notes, evidence, flags, candidate questions… (Enter opens, ↓ to the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n conflict(s) need you: nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s) refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n file(s) waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts to settle&lt;/b&gt; (the version already here was kept) &lt;b&gt;and refused files&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for you&lt;/b&gt;: files from senders this laptop does not know yet, not imported. Compare each code with its sender before you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the waiting files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed, first file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>in memory</source>
        <extracomment>Rows a table offers its view at first, and more each time it scrolls to the end. Rows whose text sets the width of a table&apos;s columns. Room kept for the window&apos;s title bar and side frames, which its own size leaves out. Room kept for a taskbar when the screen reports none (an X server without a panel reports the whole screen as available).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing you change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: what could still be read of the damaged %1. Nothing you change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some notes could not be written to the database (%1). They are still on screen. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Desk</source>
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
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session in the live view (Enter or double-click on a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews yet. Plan one with Plan session… (Ctrl+Shift+N), or open Get started for a short guided path: role, kit, candidate, plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the candidate is interviewed for, and the competencies they are rated on. Start from the kit&apos;s competencies and adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interview kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions, their sections and timing. A second-interview kit comes with the app; adjust it or import your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you interview: contact, what the first round found, and the concerns to probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where, who is on the panel, and who asks which question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge old candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention &amp;period: candidates with no activity for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging deletes a candidate with everything recorded about them — dossier, sessions, notes, flags, scorecards and decisions — and scrubs it from the database file on this laptop. Candidates with a live or upcoming interview are never listed. Last activity is the latest of the dossier&apos;s last change and the interviews&apos; times, decisions and when the candidate was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate has been inactive for more than %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge %1 selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge 1 candidate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1 candidates?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their dossiers, sessions, notes, scorecards and decisions will be deleted from this laptop. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged 1 candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged %1 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be replaced and still hold the purged records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program has the database open: deleted text may stay in its log file until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Desk copies “%1” when you quit and every hour while it runs. Restoring replaces the database with the chosen copy; the current file is kept beside it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The first is taken when you quit, or within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup taken %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window closes and opens again on the backup. Work saved since that backup is not in it, but the current file is kept beside the database (its name contains “before-restore”), so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <source>Export my return file</source>
        <extracomment>Import takes both kinds, and the ``.json`` names files had before they had their own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages to candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default interview &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “Saving…” and “Saved” in the live session header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave feedback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are saved as you type either way; a note that could not be saved is always shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Interview Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecards due after the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tell the candidate within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days are Monday to Friday; public holidays are not known offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates with no activity for longer are offered for purging (File → Purge old candidates…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: transcription is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription &amp;model folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A faster-whisper model such as tiny.en (about 75 MB, fine on two cores) or base.en; needs pip install &apos;interview-desk[transcribe]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of a faster-whisper model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a subject and a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an unknown placeholder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedFolderInbox</name>
    <message>
        <source>Reading the shared folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningCodesDialog</name>
    <message>
        <source>Return-file codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your code: &lt;b style=&apos;font-size:16pt&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Read it out to the other side when you hand over a file, and compare theirs with the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signers&apos; pinned keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the sender read out exactly this code to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders whose files this laptop imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the code confirmed…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscribeRecording</name>
    <message>
        <source>Nothing was transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the session on the Sessions page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s consent is not recorded for this session: record it in the live view (Ctrl+Shift+L) or with `interview-desk consent` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be transcribed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segment(s) stored under the questions that were open when they were spoken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
