"""The live session view: the screen a panelist keeps open for the hour of the interview.

The view holds a ``LiveSession`` (plain data from the live service) and changes it in memory
as the panelist types; every change is handed to ``Autosave``, which writes it off the UI
thread through the window's one op runner. The widgets only show that state: they are never
the store of record.

``LiveView`` composes the pieces and is the only one that changes the state: ``LiveHeader``
(top line), ``AgendaTree`` over ``AgendaModel`` (left), ``QuestionPanel`` and ``NoteEditor``
(centre), ``SidePanel`` (right); it wires the live actions of the registry and hands notes to
autosave through ``NoteWrites``. The pieces show what they are given and report by signal.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from PySide6.QtCore import QMetaObject, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.live import (
    AdhocQuestion,
    AgendaItem,
    CandidateQuestion,
    Clock,
    ConcernCheck,
    Flag,
    LiveSession,
    LookForTick,
    end_clock,
    mark_asked_on_leaving,
    pace,
    start_clock,
    still_to_ask,
)
from interview_desk.domain.model import (
    FlagKind,
    NoteState,
    QuestionType,
    SessionStatus,
    new_id,
)
from interview_desk.domain.transcript import QuestionOpened
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError
from interview_desk.ui import settings
from interview_desk.ui.actions import LOOK_FOR_KEYS, ActionId, Actions
from interview_desk.ui.i18n import arg
from interview_desk.ui.live.agenda import AgendaModel, AgendaTree, is_mine
from interview_desk.ui.live.autosave import Autosave, SaveState
from interview_desk.ui.live.cheat_sheet import CheatSheet
from interview_desk.ui.live.clock import Stopwatch, mmss
from interview_desk.ui.live.header import LiveHeader
from interview_desk.ui.live.note_editor import NoteEdit, NoteEditor
from interview_desk.ui.live.note_writes import NoteWrites
from interview_desk.ui.live.question_panel import QuestionPanel
from interview_desk.ui.live.side_panel import SidePanel
from interview_desk.ui.live.transcript_pane import TranscriptPane
from interview_desk.ui.look import Tone, banner_style, tint
from interview_desk.ui.ops import OpRunner

CLOCK_SAVE_EVERY_S = 10
NOTICE_MS = 6000
END_WAIT_MS = 3000


def remember_panelist(session_id: str, panelist_id: str) -> None:
    stored: dict[str, str] = settings.get(settings.LAST_PANELIST) or {}
    chosen = dict(stored)
    chosen[session_id] = panelist_id
    settings.put(settings.LAST_PANELIST, chosen)


def last_panelist(session_id: str) -> str | None:
    chosen = settings.get(settings.LAST_PANELIST) or {}
    value = chosen.get(session_id) if isinstance(chosen, dict) else None
    return str(value) if value else None


class LiveView(QWidget):
    """Notes against the kit's questions for one panelist, on the clock."""

    session_ended = Signal(str, str)  # session id, panelist id
    panelist_changed = Signal(str)

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str,
                 panelist_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_view")
        self.desk = desk
        self.session_id = session_id
        chosen = panelist_id or last_panelist(session_id)
        try:
            self.state: LiveSession = desk.live.open(session_id, chosen)
        except NotFoundError:
            if panelist_id is not None or chosen is None:
                raise
            self.state = desk.live.open(session_id)  # a remembered panelist since removed
        remember_panelist(session_id, self.state.panelist.id)
        self.ops = ops
        self.autosave = Autosave(ops, self)
        self.autosave.state_changed.connect(self._on_save_state_changed)
        self.shortcuts = Actions(self, "live", Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._agenda: list[AgendaItem] = []
        self.current: AgendaItem | None = None
        # After a crash the clock opens paused where it was last stored.
        self.stopwatch = Stopwatch(self.state.clock.elapsed_seconds)
        self._clock_saved_at = 0
        # A session already over can be reread and its notes completed; its clock stays put.
        self._ended = self.state.clock.status in (SessionStatus.COMPLETED,
                                                  SessionStatus.DECIDED)
        self._last_saved_clock: Clock | None = dataclasses.replace(self.state.clock)
        self._handed_over = False
        self._shut_down = False
        self.only_mine = False
        self.note_writes = NoteWrites(self.autosave)
        self.note_writes.remember_loaded(self.state)
        self._build()
        self._wire()
        self._rebuild_agenda()
        start_at = self.state.clock.current_question_id
        first = next((i for i in self._agenda if i.id == start_at), None) or (
            self._agenda[0] if self._agenda else None)
        if first is not None:
            self.show_item(first)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()
        self._refresh_clock()
        # Focus leaving the note saves at once. (Closing is handled by the main window's
        # closeEvent, which calls shutdown() before it closes the op runner.)
        app = QApplication.instance()
        self._focus_link: QMetaObject.Connection | None = None
        if isinstance(app, QApplication):
            self._focus_link = app.focusChanged.connect(self._on_focus_changed)

    # building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = LiveHeader(self.state, self)
        self.header.reserve_clock_width(list(self._clock_statuses()))
        # its parts, named as the rest of the app and the tests know them
        self.title = self.header.title
        self.panelist_box = self.header.panelist_box
        self.save_label = self.header.save_label
        self.clock_label = self.header.clock_label

        # left: the agenda
        self.agenda_model = AgendaModel(self)
        self.agenda = AgendaTree(self.agenda_model, self)

        # centre: the question and the note
        self.question_panel = QuestionPanel(self)
        self.question_label = self.question_panel.question_label
        self.adhoc_edit = QLineEdit(self)
        self.adhoc_edit.setObjectName("adhoc_edit")
        self.adhoc_edit.setAccessibleName(self.tr("Ad-hoc question"))
        self.adhoc_edit.setPlaceholderText(self.tr(
            "Ad-hoc question: Enter adds it after this one, Esc cancels"))
        self.adhoc_edit.hide()
        self.note_editor = NoteEditor(self)
        # the note editor's parts, named as the rest of the app and the tests know them
        self.star_parts = self.note_editor.star_scroll
        self.editors = self.note_editor.editors
        self.cue_label = self.note_editor.cue_label
        # What a key just did, said where the eyes are (beside the note), whatever tab shows.
        self.notice = QLabel(self)
        self.notice.setObjectName("live_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.end_bar = QLabel(self.tr(
            "End the session? Press Ctrl+Shift+E again to end it and go to your scorecard; "
            "Esc keeps going."), self)
        self.end_bar.setObjectName("end_bar")
        self.end_bar.setWordWrap(True)
        tint(self.end_bar, lambda: banner_style(Tone.WARNING, self))
        self.end_bar.hide()
        centre = QVBoxLayout()
        centre.addWidget(self.question_panel)
        self.transcript = TranscriptPane(self.desk, self.ops, lambda: self.state,
                                         lambda: float(self.stopwatch.elapsed()), self.say, self)
        self.transcript.consent_asked.connect(self._after_a_dialog)
        centre.addWidget(self.transcript)
        centre.addWidget(self.adhoc_edit)
        centre.addWidget(self.note_editor, 1)
        centre.addWidget(self.notice)
        centre.addWidget(self.end_bar)

        # right: clock, coverage, concerns, flags / their questions / job preview
        self.side_panel = SidePanel(self)
        side = self.side_panel  # its parts, named as the rest of the app and the tests know them
        self.question_clock = side.question_clock
        self.remaining_label = side.remaining_label
        self.coverage_label = side.coverage_label
        self.concerns = side.concerns
        self.side_tabs = side.side_tabs
        self.flag_list = side.flag_list
        self.cq_list = side.cq_list
        self.cq_edit = side.cq_edit
        self.cq_answer = side.cq_answer
        self.preview_list = side.preview_list

        body = QGridLayout()
        body.addWidget(self.agenda, 0, 0)
        body.addLayout(centre, 0, 1)
        self.cheat_sheet = CheatSheet(self.shortcuts, self)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.side_panel)
        self.right.addWidget(self.cheat_sheet)
        self.right.setMinimumWidth(self.side_panel.minimumWidth())
        self.right.setMaximumWidth(self.side_panel.maximumWidth())
        body.addWidget(self.right, 0, 2)
        body.setColumnStretch(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(self.header)
        outer.addLayout(body, 1)
        self.side_panel.fill(self.state)

    def _wire(self) -> None:
        a = self.shortcuts
        handlers: dict[ActionId, Callable[[], None]] = {
            ActionId.LIVE_CHEAT_SHEET: self.show_cheat_sheet,
            ActionId.LIVE_NEXT: lambda: self.step(1),
            ActionId.LIVE_PREVIOUS: lambda: self.step(-1),
            ActionId.LIVE_ASKED_NEXT: lambda: self.mark_and_next(NoteState.ASKED),
            ActionId.LIVE_SKIP: lambda: self.mark_and_next(NoteState.SKIPPED),
            ActionId.LIVE_NEXT_SECTION: lambda: self.step_section(1),
            ActionId.LIVE_PREVIOUS_SECTION: lambda: self.step_section(-1),
            ActionId.LIVE_GO_TO: self._focus_agenda,
            ActionId.LIVE_FREE_TEXT: lambda: self.show_part("text"),
            ActionId.LIVE_SITUATION: lambda: self.show_part("situation"),
            ActionId.LIVE_TASK: lambda: self.show_part("task"),
            ActionId.LIVE_ACTION: lambda: self.show_part("action"),
            ActionId.LIVE_RESULT: lambda: self.show_part("result"),
            ActionId.LIVE_FLAG_STRONG: lambda: self.flag(FlagKind.STRONG),
            ActionId.LIVE_FLAG_CONCERN: lambda: self.flag(FlagKind.CONCERN),
            ActionId.LIVE_FLAG_FOLLOW_UP: lambda: self.flag(FlagKind.FOLLOW_UP),
            ActionId.LIVE_ADHOC: self._start_adhoc,
            ActionId.LIVE_CANDIDATE_QUESTION: self.side_panel.start_candidate_question,
            ActionId.LIVE_CONCERN_ADDRESSED: self.address_concern_of_question,
            ActionId.LIVE_CONCERNS: self.side_panel.focus_concerns,
            ActionId.LIVE_TIMER: self.toggle_clock,
            ActionId.LIVE_END: self.request_end,
            ActionId.LIVE_SWITCH_PANELIST: self.header.next_panelist,
            ActionId.LIVE_BACK_TO_NOTE: self.back_to_note,
            ActionId.LIVE_ONLY_MINE: self.toggle_only_mine,
            ActionId.LIVE_LISTEN: self.transcript.toggle_listening,
            ActionId.LIVE_DELETE_CAPTURED: self.transcript.delete_captured,
            ActionId.LIVE_PIN: self.transcript.pin_menu,
        }
        for n, ident in enumerate(LOOK_FOR_KEYS, start=1):
            handlers[ident] = functools.partial(self.toggle_look_for, n)
        for ident, handler in handlers.items():
            a[ident].triggered.connect(lambda _=False, h=handler: h())
        self.note_editor.part_edited.connect(self._on_part_edited)
        # (QModelIndex signals: passing tree items through signals crashed PySide 6.12)
        self.agenda.activated.connect(self._on_agenda_activated)
        self.agenda.clicked.connect(self._on_agenda_activated)
        self.adhoc_edit.returnPressed.connect(self._add_adhoc)
        self.side_panel.candidate_question_asked.connect(self._add_candidate_question)
        self.side_panel.candidate_question_answered.connect(self._answer_candidate_question)
        self.side_panel.concern_toggled.connect(self.set_concern_addressed)
        self.side_panel.talking_point_toggled.connect(self._on_talking_point_toggled)
        self.header.panelist_chosen.connect(self._on_panelist_chosen)

    # the agenda ----------------------------------------------------------------------------

    def _rebuild_agenda(self) -> None:
        self._agenda = self.state.agenda()
        self.agenda_model.rebuild(self._agenda)
        self.agenda.expandAll()
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        current = self.agenda_model.refresh_marks(
            self.state, self._agenda, self.current.id if self.current is not None else None)
        self._apply_only_mine()
        self.agenda.show_current(current)

    def toggle_only_mine(self) -> None:
        """Alt+M: the agenda shows only my questions (and the one being asked), or all."""
        self.only_mine = not self.only_mine
        self._apply_only_mine()
        self.say(self.tr("Agenda: only the questions you ask (Alt+M shows all)")
                 if self.only_mine else self.tr("Agenda: every question"))

    def _apply_only_mine(self) -> None:
        if not self.only_mine:
            self.agenda.show_only(None)
            return
        shown = {i.id for i in self._agenda if is_mine(self.state, i)}
        if self.current is not None:
            shown.add(self.current.id)
        self.agenda.show_only(shown)

    def _on_agenda_activated(self, index: QModelIndex) -> None:
        ident = self.agenda_model.item_id(index)
        target = next((i for i in self._agenda if i.id == ident), None)
        if target is not None:
            self.show_item(target)

    def _focus_agenda(self) -> None:
        self.agenda.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # moving between questions --------------------------------------------------------------

    def index(self) -> int:
        return next((n for n, i in enumerate(self._agenda)
                     if self.current is not None and i.id == self.current.id), 0)

    def step(self, delta: int) -> None:
        if not self._agenda:
            return
        target = max(0, min(len(self._agenda) - 1, self.index() + delta))
        self.show_item(self._agenda[target])

    def step_section(self, delta: int) -> None:
        if self.current is None:
            return
        starts: list[int] = []
        seen: set[str] = set()
        for n, item in enumerate(self._agenda):
            if item.section.id not in seen:
                seen.add(item.section.id)
                starts.append(n)
        here = max(n for n, s in enumerate(starts) if s <= self.index())
        target = max(0, min(len(starts) - 1, here + delta))
        self.show_item(self._agenda[starts[target]])

    def mark_and_next(self, state: NoteState) -> None:
        if self.current is None:
            return
        self.state.note(self.current.id).state = state
        self._save_note_now(self.current.id)
        self.side_panel.fill_preview(self.state)
        if self.index() < len(self._agenda) - 1:
            self.step(1)
        else:
            self._refresh_marks()

    def show_item(self, item: AgendaItem) -> None:
        """Make ``item`` current: save the note left behind, show the new one, focus it."""
        if self.current is not None and self.current.id != item.id:
            self._leave_current()
        self.current = item
        self.state.clock.current_question_id = item.id
        self.stopwatch.new_lap(self.state.seconds_spent.get(item.id, 0))
        self._show_question()
        self.transcript.show_question(item.id)
        self._load_note()
        self._refresh_marks()
        self._refresh_clock()
        if not self._ended:  # where the panel is matters only while the session runs
            self._save_clock()
            self._record_opened(item.id)
        self.back_to_note()

    def show_question(self, question_id: str) -> bool:
        """Go to a question of this session's agenda (as Find's Enter does); False when the
        session has no such question any more."""
        item = next((i for i in self._agenda if i.id == question_id), None)
        if item is not None:
            self.show_item(item)
        return item is not None

    def _record_opened(self, question_id: str) -> None:
        """The question timeline: transcript segments are attributed by it, live or later.
        Before the clock starts this is 0 s: the question the panel will open with."""
        opened = QuestionOpened(self.state.panelist.id, question_id, self.stopwatch.elapsed())
        sid, entry = self.session_id, new_id()
        self.autosave.save_now(f"opened:{entry}",
                               lambda: lambda svc: svc.open_question(sid, opened, entry))

    def _leave_current(self) -> None:
        assert self.current is not None
        qid = self.current.id
        self._account_question_time()
        note = self.state.notes.get(qid)
        mark_asked_on_leaving(note)
        if note is not None or self.state.seconds_spent.get(qid, 0) > 0:
            self._save_note_now(qid)
        self.autosave.flush()

    def _account_question_time(self) -> None:
        if self.current is not None:
            self.state.seconds_spent[self.current.id] = self.stopwatch.lap()

    def _show_question(self) -> None:
        item = self.current
        assert item is not None
        n = self.index()
        following = self._agenda[n + 1] if n + 1 < len(self._agenda) else None
        self.question_panel.show_item(self.state, item, n + 1, len(self._agenda), following)
        self.note_editor.set_star(item.qtype is QuestionType.BEHAVIOURAL)

    # the note ------------------------------------------------------------------------------

    def _star(self) -> bool:
        return self.current is not None and self.current.qtype is QuestionType.BEHAVIOURAL

    def _load_note(self) -> None:
        assert self.current is not None
        self.note_editor.load(self.state.notes.get(self.current.id))
        self.show_part("text", focus=False)
        self._refresh_part_labels()
        self._refresh_cue()

    def show_part(self, part: str, *, focus: bool = True) -> None:
        self.note_editor.show_part(part, star=self._star(), focus=focus)

    def current_editor(self) -> NoteEdit:
        return self.note_editor.current_editor()

    def _on_part_edited(self, part: str, text: str) -> None:
        if self.current is None:
            return
        qid = self.current.id
        note = self.state.note(qid)
        was_empty = note.is_empty()
        setattr(note, part, text)
        if note.is_empty() != was_empty:  # the first words are evidence: coverage changes
            self._refresh_coverage()
        self.note_writes.touch(self.state, qid)
        if part != "text":
            self._refresh_part_labels()
        self._refresh_cue()

    def _save_note_now(self, question_id: str) -> None:
        self.note_writes.save_now(self.state, question_id)

    def _refresh_part_labels(self) -> None:
        self.note_editor.refresh_part_labels(
            self.state.notes.get(self.current.id) if self.current else None)

    def _refresh_cue(self) -> None:
        item = self.current
        self.note_editor.refresh_cue(self.state.notes.get(item.id) if item else None,
                                     star=self._star())

    def _after_a_dialog(self) -> None:
        """A modal dialog of the view closed: the window takes the keys again, in the note
        (where the window manager does not hand activation back by itself)."""
        self.window().activateWindow()
        self.back_to_note()

    def back_to_note(self) -> None:
        if self.adhoc_edit.isVisible():
            self.adhoc_edit.clear()
            self.adhoc_edit.hide()
        self.end_bar.hide()
        self.right.setCurrentWidget(self.side_panel)
        self.current_editor().setFocus(Qt.FocusReason.ShortcutFocusReason)

    # flags and quick notes -----------------------------------------------------------------

    def flag(self, kind: FlagKind) -> None:
        editor = self.current_editor()
        # The words just before the cursor say what the moment was about.
        cursor = editor.textCursor()
        context = _tail_words(cursor.block().text()[:cursor.positionInBlock()], 120)
        flag = Flag(session_id=self.session_id, panelist_id=self.state.panelist.id, kind=kind,
                    question_id=self.current.id if self.current else None, text=context,
                    elapsed_seconds=self.stopwatch.elapsed())
        self.state.flags.append(flag)
        self.autosave.save_now(f"flag:{flag.id}", lambda: lambda svc: svc.add_flag(flag))
        self.side_panel.fill_flags(self.state)
        self._refresh_marks()
        labels = {FlagKind.STRONG: self.tr("Strong signal"), FlagKind.CONCERN: self.tr("Concern"),
                  FlagKind.FOLLOW_UP: self.tr("Follow up")}
        self.say(arg(self.tr("⚑ %1 flagged at %2"), labels[kind], mmss(flag.elapsed_seconds)))

    def toggle_look_for(self, number: int) -> None:
        """Alt+n: look-for n of this question was seen (again: it was not); the keys stay
        in the note."""
        item = self.current
        q = item.question if item is not None else None
        if q is None or not 1 <= number <= len(q.look_fors):
            self.say(arg(self.tr("This question has no look-for %1."), number))
            return
        text = q.look_fors[number - 1]
        key = (q.id, text)
        tick = self.state.look_for_ticks.get(key)
        ticked = tick is None
        if tick is None:
            tick = LookForTick(session_id=self.session_id, panelist_id=self.state.panelist.id,
                               question_id=q.id, look_for=text,
                               elapsed_seconds=self.stopwatch.elapsed())
            self.state.look_for_ticks[key] = tick
        else:
            del self.state.look_for_ticks[key]
        saved = dataclasses.replace(tick)
        self.autosave.save_now(f"look_for:{q.id}:{text}",
                               lambda: lambda svc: svc.set_look_for(saved, ticked))
        assert item is not None
        self.question_panel.show_look_fors(self.state, item)
        self._refresh_coverage()  # a look-for seen is evidence
        self.say(arg(self.tr("☑ Seen at %2: %1") if ticked else self.tr("☐ Untick: %1"),
                     text, mmss(tick.elapsed_seconds)))

    def say(self, text: str) -> None:
        """A short confirmation beside the note; it fades after a few seconds."""
        self.notice.setText(text)
        self._notice_timer.start()

    def _start_adhoc(self) -> None:
        self.adhoc_edit.show()
        self.adhoc_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _add_adhoc(self) -> None:
        text = self.adhoc_edit.text().strip()
        if not text:
            return
        q = AdhocQuestion(session_id=self.session_id, panelist_id=self.state.panelist.id,
                          text=text, after_question_id=self.current.id if self.current else None)
        self.state.adhoc.append(q)
        self.autosave.save_now(f"adhoc:{q.id}",
                               lambda: lambda svc: svc.add_adhoc_question(q))
        self.adhoc_edit.clear()
        self.adhoc_edit.hide()
        self._rebuild_agenda()
        self.show_item(next(i for i in self._agenda if i.id == q.id))

    def _add_candidate_question(self, text: str) -> None:
        q = CandidateQuestion(session_id=self.session_id, panelist_id=self.state.panelist.id,
                              text=text)
        self.state.candidate_questions.append(q)
        self._save_candidate_question(q)
        self.side_panel.fill_candidate_questions(self.state)

    def _answer_candidate_question(self, answer: str) -> None:
        mine = [q for q in self.state.candidate_questions
                if q.panelist_id == self.state.panelist.id]
        if mine and answer:
            mine[-1].answer = answer
            self._save_candidate_question(mine[-1])
            self.side_panel.fill_candidate_questions(self.state)
        self.back_to_note()

    def _save_candidate_question(self, q: CandidateQuestion) -> None:
        copy = dataclasses.replace(q)
        self.autosave.save_now(f"cq:{q.id}",
                               lambda: lambda svc: svc.save_candidate_question(copy))

    def _on_talking_point_toggled(self, qid: str, checked: bool) -> None:
        self.state.note(qid).state = NoteState.ASKED if checked else NoteState.OPEN
        self._save_note_now(qid)
        self._refresh_marks()

    # concerns ------------------------------------------------------------------------------

    def address_concern_of_question(self) -> None:
        """Alt+D: the concern tied to this question is addressed by this note."""
        if self.current is None:
            return
        open_here = [c for c in self.state.visible_concerns()
                     if c.question_id == self.current.id
                     and c.id not in self.state.concern_checks]
        if not open_here:
            # Focus stays in the note: moving it made the next letters vanish and a Space tick
            # some other concern against this question's note.
            self.say(self.tr("No open first-round concern is linked to this question "
                             "(Alt+O picks one from the list)."))
            return
        for c in open_here:
            self.set_concern_addressed(c.id, True)
        self.side_panel.fill_concerns(self.state)
        self.say(arg(self.tr("Concern marked addressed by this note: %1"),
                     "; ".join(c.text for c in open_here)))

    def set_concern_addressed(self, concern_id: str, addressed: bool) -> None:
        """Addressed by the note on the current question (saved first, so the link holds)."""
        check: ConcernCheck | None = None
        if addressed:
            note_id = None
            if self.current is not None:
                note = self.state.note(self.current.id)
                note_id = note.id
                self._save_note_now(self.current.id)
            check = ConcernCheck(concern_id, self.state.panelist.id, note_id)
            self.state.concern_checks[concern_id] = check
        else:
            self.state.concern_checks.pop(concern_id, None)
        sid = self.session_id
        self.autosave.save_now(
            f"concern:{concern_id}",
            lambda: lambda svc: svc.set_concern_addressed(sid, check, concern_id))

    # the clock -----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.stopwatch.running

    def toggle_clock(self) -> None:
        if self._ended:
            return
        if self.stopwatch.running:
            self.stopwatch.pause()
            self._account_question_time()
        else:
            start_clock(self.state.clock)
            self.stopwatch.start()
        self._save_clock()
        self._refresh_clock()

    def _on_tick(self) -> None:
        self._refresh_clock()
        if self.stopwatch.running and (
                self.stopwatch.elapsed() - self._clock_saved_at >= CLOCK_SAVE_EVERY_S):
            self._save_clock()

    def _save_clock(self) -> None:
        self.state.clock.elapsed_seconds = self._clock_saved_at = self.stopwatch.elapsed()
        clock = dataclasses.replace(self.state.clock)
        if clock == self._last_saved_clock:
            return
        self._last_saved_clock = clock
        sid = self.session_id
        self.autosave.save_now("clock", lambda: lambda svc: svc.save_clock(sid, clock))

    def question_seconds(self) -> int:
        return self.stopwatch.lap() if self.current is not None else 0

    def _clock_statuses(self) -> tuple[str, str]:
        return self.tr("ended"), self.tr("paused, Ctrl+T starts")

    def _refresh_clock(self) -> None:
        planned = self.state.planned_minutes * 60
        elapsed = self.stopwatch.elapsed()
        ended, paused = self._clock_statuses()
        if self._ended or self.state.clock.status in (SessionStatus.COMPLETED,
                                                      SessionStatus.DECIDED):
            status = ended
        elif self.stopwatch.running:
            status = ""
        else:
            status = paused
        self.header.show_clock(elapsed, planned, status)
        if self.current is None:
            return
        self.side_panel.show_question_time(self.question_seconds(), self.current.minutes)
        left = [i.minutes for i in self._agenda[self.index():] if i.question is not None
                and still_to_ask(self.state.notes.get(i.id))]
        p = pace(left, self.state.planned_minutes, elapsed)
        self.side_panel.show_pace(p)
        self._refresh_coverage()

    def _refresh_coverage(self) -> None:
        self.side_panel.show_coverage([c.name for c in self.state.uncovered()])

    # ending --------------------------------------------------------------------------------

    def request_end(self) -> None:
        if self._handed_over:
            return
        if self._ended:  # ended, but the notes were not written yet: try again
            self._hand_over()
            return
        if not self.end_bar.isVisible():
            if self.current is not None:
                self._account_question_time()
            missing = self.state.unasked_required()
            if missing:
                # said before the end, while the candidate is still in the room
                text = arg(self.tr(
                    "Required, not asked yet: %1. End the session? Press Ctrl+Shift+E again to "
                    "end it and go to your scorecard; Esc keeps going."),
                    "; ".join(arg(self.tr("“%1”"), _head_words(i.text, 60)) for i in missing))
            else:
                text = self.tr("End the session? Press Ctrl+Shift+E again to end it and go to "
                               "your scorecard; Esc keeps going.")
            self.end_bar.setText(text)
            self.end_bar.show()
            return
        self.end_session()

    def end_session(self) -> None:
        """Stop the clock, write everything, and hand over to the scorecard."""
        if self.current is not None:
            self._leave_current()
        if self.stopwatch.running:
            self.toggle_clock()
        self._ended = True
        end_clock(self.state.clock)
        self._save_clock()
        self._refresh_clock()
        self._hand_over()

    def _hand_over(self) -> None:
        # Nobody moves on to the scorecard while a note of theirs is only in memory.
        if not self.autosave.wait_saved(END_WAIT_MS):
            self.end_bar.setText(arg(self.tr(
                "The session has ended, but some notes are not saved yet (%1). They are kept "
                "and retried; press Ctrl+Shift+E again when the header says Saved."),
                self.autosave.last_error))
            self.end_bar.show()
            return
        self._handed_over = True
        self.end_bar.hide()
        self.session_ended.emit(self.session_id, self.state.panelist.id)

    # panelists -----------------------------------------------------------------------------

    def _on_panelist_chosen(self, pid: str) -> None:
        if pid != self.state.panelist.id:
            self.switch_panelist(pid)

    def switch_panelist(self, panelist_id: str) -> None:
        if self.current is not None:
            self._leave_current()
        self.autosave.wait_saved()
        clock = self.state.clock
        current_id = self.current.id if self.current else None
        self.state = self.desk.live.open(self.session_id, panelist_id)
        self.note_writes.remember_loaded(self.state)
        self.state.clock = clock  # the clock belongs to the session, not to a panelist
        remember_panelist(self.session_id, panelist_id)
        self.current = None
        self.side_panel.fill(self.state)
        self.transcript.reload()
        self._rebuild_agenda()
        target = next((i for i in self._agenda if i.id == current_id), None)
        if target is not None:
            self.show_item(target)
        self.panelist_changed.emit(panelist_id)

    # saving state on screen; focus; shutting down -----------------------------------------

    def _on_save_state_changed(self, state: SaveState) -> None:
        self.header.show_save_state(state, self.autosave.last_error,
                                    retrying=self.autosave.retrying)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        editors = set(self.editors.values())
        if old in editors and new not in editors:
            self.autosave.flush()

    def show_cheat_sheet(self) -> None:
        """F1: the keys in place of the side panel (again: the side panel back); the note
        keeps the keyboard and stays in view."""
        showing = self.right.currentWidget() is self.cheat_sheet
        self.right.setCurrentWidget(self.side_panel if showing else self.cheat_sheet)
        self.current_editor().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosave.flush()
        super().hideEvent(event)

    def prepare_close(self, timeout_ms: int = 3000) -> bool:
        """Write everything now; False when something could not be written (still in memory)."""
        if self._shut_down:
            return True
        if self.current is not None and not self._ended:
            self._account_question_time()
            if self.current.id in self.state.notes:
                self._save_note_now(self.current.id)
            self._save_clock()
        return self.autosave.wait_saved(timeout_ms)

    def shutdown(self) -> bool:
        """Write everything before the window goes; True when nothing was left unsaved."""
        if self._shut_down:
            return True
        self.transcript.stop()  # what was heard is transcribed and queued before the writes
        self.prepare_close()
        self._ticker.stop()
        self._shut_down = True
        if self._focus_link is not None:
            QObject.disconnect(self._focus_link)
            self._focus_link = None
        return self.autosave.close()


def _tail_words(text: str, limit: int) -> str:
    """The last words of ``text`` within ``limit`` characters, never cut mid-word."""
    text = text.strip()
    if len(text) <= limit:
        return text
    tail = text[-limit:]
    return "…" + tail[tail.find(" ") + 1:] if " " in tail else "…" + tail


def _head_words(text: str, limit: int) -> str:
    """The first words of ``text`` within ``limit`` characters, never cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[:limit]
    return (head[:head.rfind(" ")] if " " in head else head) + "…"
