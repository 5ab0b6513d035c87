"""#15 item 6, report area: with German chosen, the debrief says the read model's words, the
service's refusals and the dates in German (the page-wide check is test_translations)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Role
from interview_desk.domain.rules import role_problem
from interview_desk.services.debrief import Refusal
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import ValidationError
from interview_desk.ui.debrief_view import DebriefView
from interview_desk.ui.ops import classify
from tests.ui.ops_support import runner_for


def test_a_refusal_from_a_service_reaches_the_page_in_german(german: None) -> None:
    error = classify(ValidationError(Refusal.tr("Say who decided.")))
    assert error.message == "Geben Sie an, wer entschieden hat."
    assert not error.bug
    # a domain rule's refusal travels the same way (services raise its message)
    problem = role_problem(Role(name=""))
    assert problem is not None
    assert classify(ValidationError(problem.message)).message == (
        "Eine Rolle braucht einen Namen.")
    # a message that is no i18n.Text (a path, a storage error) is shown as it stands
    assert classify(ValidationError("plain")).message == "plain"


def test_the_german_debrief_reads_status_outcome_and_dates_in_german(
        german: None, qtbot: QtBot, demo_desk: Desk) -> None:
    row = next(r for r in demo_desk.sessions.overview() if r.status == "decided")
    view = DebriefView(demo_desk, runner_for(demo_desk), row.id)
    qtbot.addWidget(view)
    planned = datetime.fromisoformat(row.scheduled_at)
    shown = QLocale().toString(QDateTime.fromString(row.scheduled_at[:16], "yyyy-MM-ddTHH:mm"),
                               QLocale.FormatType.ShortFormat)
    assert view.subheader.text().startswith(f"Interview {shown} · Status entschieden · ")
    assert f"{planned:%Y-%m-%d}" not in view.subheader.text()
    assert view.outcome.currentText() == "Einstellen"
    assert "Gewichteter Punktwert des Panels vor der Nachbesprechung" in view.agreement.text()
    structure = view.structure.toPlainText()
    assert "Jede Kompetenz auf ihrer verankerten Skala bewertet" in structure
    assert "Every competency" not in structure
