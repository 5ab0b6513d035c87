"""How the live view's notes reach autosave: one key per panelist and question, a snapshot taken
when the write is sent, and no write for a note identical to what was last written (so merely
reading a finished session never writes)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from interview_desk.domain.live import LiveSession
from interview_desk.domain.model import Note
from interview_desk.ui.live.autosave import Autosave, Job


class NoteWrites:
    """Hands a panelist's notes to ``Autosave``, remembering what each write carried."""

    def __init__(self, autosave: Autosave) -> None:
        self.autosave = autosave
        self._written: dict[str, tuple[object, ...]] = {}

    def remember_loaded(self, state: LiveSession) -> None:
        """The notes just read are what is written: none needs writing until it changes."""
        self._written = {qid: signature(n, state.seconds_spent.get(qid, 0))
                         for qid, n in state.notes.items()}

    def touch(self, state: LiveSession, question_id: str) -> None:
        """The note is being typed: write it after a pause (or while typing goes on)."""
        self.autosave.touch(self._key(state, question_id), self._snapshot(state, question_id))

    def save_now(self, state: LiveSession, question_id: str) -> None:
        """Write a note now, unless it is exactly what was last written."""
        note = state.notes.get(question_id)
        seconds = state.seconds_spent.get(question_id, 0)
        if note is not None and self._written.get(question_id) == signature(note, seconds):
            return
        self.autosave.save_now(self._key(state, question_id),
                               self._snapshot(state, question_id))

    def _key(self, state: LiveSession, question_id: str) -> str:
        return f"note:{state.panelist.id}:{question_id}"

    def _snapshot(self, state: LiveSession, question_id: str) -> Callable[[], Job]:
        note = state.note(question_id)
        spent = state.seconds_spent

        def snapshot() -> Job:
            # Copied when the write is sent, so it carries everything typed until then.
            copy = dataclasses.replace(note, competency_keys=list(note.competency_keys))
            seconds = spent.get(question_id, 0)
            self._written[question_id] = signature(copy, seconds)
            return lambda svc: svc.save_note(copy, seconds)

        return snapshot


def signature(note: Note, seconds: int) -> tuple[object, ...]:
    """Everything a note write carries, to compare with the last one."""
    return (note.text, note.situation, note.task, note.action, note.result, note.state,
            tuple(note.competency_keys), seconds)
