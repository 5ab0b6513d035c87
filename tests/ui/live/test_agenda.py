"""The agenda model: sections over questions, each question with the mark of its progress."""

from __future__ import annotations

from typing import Any

from interview_desk.domain.live import AgendaItem, Flag, LiveSession
from interview_desk.domain.model import FlagKind, NoteState
from interview_desk.services.desk import Desk
from interview_desk.ui.live.agenda import ITEM_ROLE, AgendaModel


def _mine(state: LiveSession, item: AgendaItem) -> str:
    asker = state.asker(item.id)
    return "● " if asker is not None and asker.id == state.panelist.id else ""


def _live_session(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


def test_agenda_model_passes_qt_model_tester_and_marks_progress(
        qtmodeltester: Any, demo_desk: Desk) -> None:
    state = demo_desk.live.open(_live_session(demo_desk))
    agenda = state.agenda()
    model = AgendaModel()
    model.rebuild(agenda)
    first, second, third = agenda[0], agenda[1], agenda[2]
    for n in (first, second, third):
        state.notes.pop(n.id, None)
    state.flags = [f for f in state.flags if f.question_id not in (first.id, second.id)]
    state.note(second.id).state = NoteState.SKIPPED
    state.note(third.id).text = "said something"
    state.flags.append(Flag(session_id=state.session_id, panelist_id=state.panelist.id,
                            kind=FlagKind.STRONG, question_id=second.id, text="",
                            elapsed_seconds=0))
    current = model.refresh_marks(state, agenda, first.id)
    qtmodeltester.check(model)

    sections = {i.section.id for i in agenda}
    assert model.rowCount() == len(sections)
    assert sum(model.rowCount(model.index(s, 0)) for s in range(model.rowCount())) == len(agenda)
    assert model.index(0, 0).data() == first.section.title
    assert model.index(0, 0).data(ITEM_ROLE) == first.id  # a section jumps to its start
    assert current.data(ITEM_ROLE) == first.id
    assert current.data().startswith("▶ ")
    children = [model.index(r, 0, model.index(s, 0)) for s in range(model.rowCount())
                for r in range(model.rowCount(model.index(s, 0)))]
    rows = {model.item_id(i): i for i in children}
    # the ⚑ sits before the text: a long question is elided at its end, never the flag
    assert rows[second.id].data() == f"↷ {_mine(state, second)}⚑ {second.text}"
    assert rows[third.id].data() == f"✎ {_mine(state, third)}{third.text}"
    assert not model.flags(current) & model.flags(current).ItemIsEditable  # F2 flags, never edits
