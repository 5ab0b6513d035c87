"""#15 item 6: the German PDFs are German throughout — headings, table labels, the sentences
built around figures, the words the read model makes (outcomes, readings), the footer and the
dates — while the same data in English reads as it always did."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from interview_desk.domain.model import Outcome
from interview_desk.domain.structure import Structure
from interview_desk.i18n import Catalog, say
from interview_desk.services.desk import Desk


def _text(path: Path) -> str:
    # soft hyphens in narrow table headings come back as "-" plus a line break: drop both
    raw = "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return " ".join(raw.replace("\u00ad", "").split())


def test_the_german_session_report_says_everything_of_ours_in_german(
        demo_desk: Desk, tmp_path: Path) -> None:
    row = next(r for r in demo_desk.sessions.overview() if r.status == "decided")
    german = _text(demo_desk.reports.export_session(row.id, tmp_path / "de.pdf",
                                                    language="de").path)
    english = _text(demo_desk.reports.export_session(row.id, tmp_path / "en.pdf").path)
    for heading in ("Zusammenfassung", "Bewertungen nach Kompetenz — vor der Nachbesprechung",
                    "Bewertungsmatrix — vor der Nachbesprechung (die unabhängigen Bewertungen)",
                    "Wie strukturiert das Interview war", "Nachweise nach Kompetenz",
                    "Bedenken aus der ersten Runde", "Interviewnotizen",
                    "Die Fragen des Kandidaten", "Realistische Tätigkeitsvorschau",
                    "Wichtigste Erkenntnisse", "Änderungen nach der Nachbesprechung"):
        assert heading in german, heading
    # labels, domain words and whole sentences around figures
    for words in ("Gewichteter Punktwert des Panels", "Eingereichte Bewertungsbögen",
                  "Was die Übereinstimmung hier bedeutet", "Einstellen — entschieden von",
                  "Status Entschieden", "Komponenten erfüllt", "Kompetenzen an jedem Punkt",
                  "Vertraulich — Seite 1 von", "Klares Ja", "Handlung:"):
        assert words in german, words
    for english_only in ("Evidence by competency", "Post-debrief changes", "Key takeaways",
                         "Confidential — page", "decided by", "before the debrief"):
        assert english_only in english, english_only
        assert english_only not in german, english_only
    # figures with the German decimal comma: the panel's score and the agreement reading
    score = demo_desk.debrief.view(row.id).pre
    assert score is not None and score.panel_score is not None
    assert f"{score.panel_score:.2f}".replace(".", ",") + " von 4" in german
    assert f"{score.panel_score:.2f} of 4" in english
    assert "(Alpha " + f"{score.agreement.alpha:.3f}".replace(".", ",") in german
    # the interview's day and time as Germans write them, not ISO
    planned = datetime.fromisoformat(row.scheduled_at)
    assert f"{planned:%d.%m.%Y %H:%M}" in german
    assert f"{planned:%Y-%m-%d %H:%M}" in english
    assert f"{planned:%Y-%m-%d}" not in german


def test_the_german_role_comparison_and_calibration(demo_desk: Desk, tmp_path: Path) -> None:
    row = next(r for r in demo_desk.sessions.overview() if r.status == "decided")
    role = _text(demo_desk.reports.export_role(row.role_id, tmp_path / "role.pdf",
                                               language="de").path)
    for words in ("Rollenvergleich", "Kompetenzen und Gewichte",
                  "Kandidaten (nur geführte Interviews)", "Zeit bis zur Entscheidung",
                  "Vom Interview bis zur Entscheidung", "Kalendertage ab dem Interview",
                  "Krippendorffs ordinales Alpha"):
        assert words in role, words
    assert "Time to decision" not in role and "Candidates (held" not in role
    calibration = _text(demo_desk.reports.export_calibration(tmp_path / "cal.pdf",
                                                             language="de").path)
    for words in ("Kalibrierung der Interviewer", "mit offenen Zahlen des Panels",
                  "Verlauf: Punktwert gegenüber dem Panel, je Quartal",
                  "Übereinstimmung je Quartal"):
        assert words in calibration, words
    assert "Interviewer calibration" not in calibration


def test_domain_wording_is_english_and_says_itself_in_german() -> None:
    """The read model's words stay English strings (JSON, CLI and tests see them as before)
    and a report or page says them in its own language, plural forms and all."""
    german = Catalog.load("de").translate
    assert Outcome.HIRE.label == "Hire"
    assert say(Outcome.HIRE.label, german) == "Einstellen"
    two = Structure.tr("%1, %2 submitted.").arg(
        Structure.tr("%n panelist(s)", "", 3), Structure.tr("%n scorecard(s)", "", 1))
    assert two == "3 panelists, 1 scorecard submitted."
    assert say(two, german) == "3 Panel-Mitglieder, 1 Bewertungsbogen eingereicht."
    assert say("typed by a person", german) == "typed by a person"
