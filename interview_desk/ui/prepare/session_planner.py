"""The session planner: who is interviewed, when and where, with which kit version, by which
panel, and who asks which question. It warns (never blocks) about what is still open."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain import clock
from interview_desk.domain.live import ToAsk, share_out
from interview_desk.domain.model import (
    Kit,
    Panelist,
    Question,
    Session,
)
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.services.sessions import MAX_PLANNED_MINUTES, Plan
from interview_desk.ui import settings
from interview_desk.ui.dates import today
from interview_desk.ui.i18n import arg
from interview_desk.ui.look import Tone, banner_style, tint
from interview_desk.ui.ops import OpRunner
from interview_desk.ui.prepare.candidate_editor import CandidateEditor
from interview_desk.ui.prepare.common import (
    DraftEditor,
    EditorDialog,
    OrderedList,
    table_view,
)
from interview_desk.ui.prepare.models import DraftListModel, Field
from interview_desk.ui.prepare.new_item_dialog import NewItemDialog
from interview_desk.ui.prepare.role_editor import RoleEditor
from interview_desk.ui.prepare.widgets import select_data, wrapped

#: The panel roles the box suggests, in the interface's language; a panelist's role is the
#: user's text (the box is editable), stored as shown or typed.
PANEL_ROLES = (QT_TRANSLATE_NOOP("PlannerEditor", "Hiring manager"),
               QT_TRANSLATE_NOOP("PlannerEditor", "Peer"),
               QT_TRANSLATE_NOOP("PlannerEditor", "HR"),
               QT_TRANSLATE_NOOP("PlannerEditor", "Technical interviewer"),
               QT_TRANSLATE_NOOP("PlannerEditor", "Skip-level manager"),
               QT_TRANSLATE_NOOP("PlannerEditor", "Cross-functional partner"),
               QT_TRANSLATE_NOOP("PlannerEditor", "Observer"))


def _set_name(p: Panelist, value: object) -> None:
    p.name = str(value)


def _set_panel_role(p: Panelist, value: object) -> None:
    p.panel_role = str(value)


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class _DigitKeys(QObject):
    """1–9 on the assignment table assign the selected questions to panelist n; 0 clears."""

    pressed = Signal(int)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier) \
                and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
            self.pressed.emit(event.key() - Qt.Key.Key_0)
            return True
        return False


class PlannerEditor(DraftEditor):
    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.desk = desk
        self.plan: Plan | None = None
        self.kit: Kit | None = None
        self._sections: dict[str, str] = {}

        # when, where, who, with what
        self.candidate = QComboBox(self)
        self.candidate.setObjectName("plan_candidate")
        self.role = QComboBox(self)
        self.role.setObjectName("plan_role")
        self.kit_choice = QComboBox(self)
        self.kit_choice.setObjectName("plan_kit")
        self.date = QDateEdit(self)
        self.date.setObjectName("plan_date")
        self.date.setCalendarPopup(True)
        # as the interface's language writes a day (Qt's date format codes)
        self.date.setDisplayFormat(self.tr("yyyy-MM-dd", "how the planner shows a day"))
        self.time = QTimeEdit(self)
        self.time.setObjectName("plan_time")
        self.time.setDisplayFormat("HH:mm")
        self.location = QLineEdit(self)
        self.location.setObjectName("plan_location")
        self.location.setPlaceholderText(self.tr("Room, building or video link"))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("plan_minutes")
        self.minutes.setRange(1, MAX_PLANNED_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("45–60 minutes is usual for a second interview"))
        # a candidate or role not made yet is made from here, in the editor its page uses
        self.new_candidate_button = QPushButton(self.tr("Ne&w candidate…"), self)
        self.new_candidate_button.setObjectName("plan_new_candidate")
        self.new_role_button = QPushButton(self.tr("New role…"), self)
        self.new_role_button.setObjectName("plan_new_role")
        self.new_item_dialog: NewItemDialog | None = None
        form = QFormLayout()
        for label, box, button in ((self.tr("&Candidate"), self.candidate,
                                    self.new_candidate_button),
                                   (self.tr("&Role"), self.role, self.new_role_button)):
            button.setAutoDefault(False)
            row = QHBoxLayout()
            row.addWidget(box, 1)
            row.addWidget(button)
            buddy = QLabel(label, self)
            buddy.setBuddy(box)  # Alt+C / Alt+R still reach the box
            form.addRow(buddy, row)
        form.addRow(self.tr("&Kit"), self.kit_choice)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.time)
        dur_label = QLabel(self.tr("D&uration"), self)
        dur_label.setBuddy(self.minutes)
        when.addWidget(dur_label)
        when.addWidget(self.minutes)
        when.addStretch(1)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, when)
        form.addRow(self.tr("&Location"), self.location)

        # the panel
        self.panel_model = DraftListModel([
            Field(QT_TRANSLATE_NOOP("", "Panelist"), lambda p: p.name, _set_name),
            Field(QT_TRANSLATE_NOOP("", "Panel role"), lambda p: p.panel_role, _set_panel_role),
            Field(QT_TRANSLATE_NOOP("", "Lead"), lambda p: self.tr("lead") if p.is_lead else ""),
            Field(QT_TRANSLATE_NOOP("", "Asks"), lambda p: self._asks(p), align_right=True),
            # the digit that assigns questions to them (select questions, press it)
            Field(QT_TRANSLATE_NOOP("", "Key"), lambda p: self._digit(p), align_right=True),
        ], self)
        self.panel = OrderedList(self.panel_model, self._new_panelist, self,
                                 add_text=self.tr("Add &panelist"),
                                 list_name=self.tr("List of panelists"),
                                 object_name="panel_list")
        self.panel.add_button.setToolTip(self.tr("Alt+P"))
        self.p_name = QLineEdit(self)
        self.p_name.setObjectName("panelist_name")
        self.p_role = QComboBox(self)
        self.p_role.setObjectName("panelist_role")
        self.p_role.setEditable(True)
        self.p_role.addItems([QCoreApplication.translate("PlannerEditor", r)
                              for r in PANEL_ROLES])
        # what the lead does in the tooltip: in the label it set the planner's least width
        # beyond a 1366×768 screen at 150 %
        self.p_lead = QCheckBox(self.tr("Panel l&ead"), self)
        self.p_lead.setToolTip(self.tr("The lead runs the session and records the decision; "
                                       "one per panel"))
        self.panelist_box = QGroupBox(self.tr("Selected panelist"), self)
        pf = QFormLayout(self.panelist_box)
        pf.addRow(self.tr("&Name"), self.p_name)
        pf.addRow(self.tr("Panel r&ole"), self.p_role)
        pf.addRow("", self.p_lead)

        # who asks what
        self.question_model = DraftListModel([
            Field(QT_TRANSLATE_NOOP("", "Section"), lambda q: self._sections.get(q.section_id, "")),
            Field(QT_TRANSLATE_NOOP("", "Question"), lambda q: _short(q.text)),
            Field(QT_TRANSLATE_NOOP("", "Min"), lambda q: q.minutes, align_right=True),
            Field(QT_TRANSLATE_NOOP("", "Asked by"),
                  lambda q: self._asker_name(q) or self.tr("— nobody —"),
                  warn=lambda q: not self._asker_name(q)),
        ], self)
        self.questions = table_view(self.question_model, self, stretch_column=1,
                                    object_name="assignment_list")
        self.questions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._digits = _DigitKeys(self)
        self.questions.installEventFilter(self._digits)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        # sized to a name, not to its longest entry: it set the planner's least width
        self.assignee.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.assignee.setMinimumContentsLength(10)
        self.assign_button = QPushButton(self.tr("&Assign selected"), self)
        self.spread_button = QPushButton(self.tr("S&hare out evenly"), self)
        for b in (self.assign_button, self.spread_button):
            b.setAutoDefault(False)
        assign_row = QHBoxLayout()
        assign_row.addWidget(QLabel(self.tr("Asked by"), self))
        assign_row.addWidget(self.assignee, 1)
        assign_row.addWidget(self.assign_button)
        assign_row.addWidget(self.spread_button)

        self.warnings = QLabel(self)
        self.warnings.setObjectName("plan_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("<b>Panel</b>"), self))
        left.addWidget(self.panel, 1)
        left.addWidget(self.panelist_box)
        right = QVBoxLayout()
        right.addWidget(wrapped(self.tr("<b>Who asks which question</b> — select questions, "
                                        "then press 1–9 for panelist n (0 clears)"), self))
        right.addWidget(self.questions, 1)
        right.addLayout(assign_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 4)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warnings)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        layout.addLayout(self.button_row(self.cancel_button))

        self.new_candidate_button.clicked.connect(self.new_candidate)
        self.new_role_button.clicked.connect(self.new_role)
        self.candidate.activated.connect(self._on_candidate_chosen)
        self.role.activated.connect(self._on_form_edited)
        self.kit_choice.activated.connect(self._on_kit_chosen)
        self.date.dateChanged.connect(self._on_form_edited)
        self.time.timeChanged.connect(self._on_form_edited)
        self.location.textEdited.connect(self._on_form_edited)
        self.minutes.valueChanged.connect(self._on_form_edited)
        self.panel_model.edited.connect(self._on_panel_edited)
        self.panel.current_changed.connect(self._show_panelist)
        self.panel.added.connect(lambda _row: self.p_name.setFocus())
        self.p_name.textEdited.connect(self._on_panelist_form_edited)
        self.p_role.currentTextChanged.connect(self._on_panelist_form_edited)
        self.p_lead.toggled.connect(self._on_panelist_form_edited)
        self.assign_button.clicked.connect(
            lambda: self.assign_selected(self.assignee.currentIndex()))
        self.spread_button.clicked.connect(self.share_out)
        self._digits.pressed.connect(self._on_digit)

    # choices
    def refresh_choices(self) -> None:
        was, self._loading = self._loading, True
        self.candidate.clear()
        for c in self.desk.catalog.list_candidates():
            self.candidate.addItem(c.name, c.id)
        self.role.clear()
        for r in self.desk.catalog.list_roles():
            self.role.addItem(r.name, r.id)
        self.kit_choice.clear()
        for k in self.desk.catalog.list_kits():
            self.kit_choice.addItem(arg(self.tr("%1 (version %2)"), k.name, k.version), k.id)
        self._loading = was

    def new_candidate(self) -> None:
        """Make a candidate in the Candidates page's editor; the plan then interviews them."""
        editor = CandidateEditor(self.desk.catalog, self.ops)
        editor.refresh_choices()
        editor.load_new()
        self._open_new(editor, self.tr("New candidate"), self._on_candidate_created)

    def new_role(self) -> None:
        """Make a role in the Roles page's editor; the plan is then for it."""
        editor = RoleEditor(self.desk.catalog, self.ops)
        editor.refresh_choices()
        editor.load_new()
        self._open_new(editor, self.tr("New role"), self._on_role_created)

    def _open_new(self, editor: DraftEditor, title: str,
                  created: Callable[[str], None]) -> None:
        dialog = self.new_item_dialog = NewItemDialog(editor, title, self)
        dialog.resize(760, 560)

        def done() -> None:
            self.new_item_dialog = None
            if dialog.created_id:
                created(dialog.created_id)
            dialog.deleteLater()

        dialog.finished.connect(lambda _result: done())
        dialog.open()

    def _on_candidate_created(self, ident: str) -> None:
        # added, not reloaded: a reload would drop the older versions this plan keeps
        self.candidate.addItem(self.desk.catalog.get_candidate(ident).name, ident)
        select_data(self.candidate, ident)
        self._on_candidate_chosen(self.candidate.currentIndex())
        self.candidate.setFocus()

    def _on_role_created(self, ident: str) -> None:
        self.role.addItem(self.desk.catalog.get_role(ident).name, ident)
        select_data(self.role, ident)
        self._on_form_edited()
        self.role.setFocus()

    # loading
    def load(self, session_id: str) -> None:
        self._stored_id = session_id
        self.refresh_choices()
        self._show(self.desk.sessions.get_plan(session_id))

    def load_new(self, candidate_id: str | None = None) -> None:
        self._stored_id = None
        self.refresh_choices()
        cand_id = candidate_id or self.candidate.itemData(0) or ""
        role_id = self.role.itemData(0) or ""
        if cand_id:
            cand = self.desk.catalog.get_candidate(cand_id)
            role_id = cand.role_id or role_id
        tomorrow = (clock.local_now() + timedelta(days=1)).replace(
            hour=10, minute=0, second=0, microsecond=0)
        session = Session(candidate_id=cand_id, role_id=role_id,
                          kit_id=self.kit_choice.itemData(0) or "",
                          scheduled_at=tomorrow.isoformat(timespec="minutes"),
                          planned_minutes=settings.get(settings.DEFAULT_INTERVIEW_MINUTES))
        self._show(Plan(session, [Panelist(name="", panel_role=self.tr("Hiring manager"),
                                           is_lead=True)], {}))
        self._set_dirty(False)

    def _show(self, plan: Plan) -> None:
        self._loading = True
        self.plan = copy.deepcopy(plan)
        s = self.plan.session
        select_data(self.candidate, s.candidate_id)
        if s.role_id and self.role.findData(s.role_id) < 0:
            # planned with an older role version: its competencies and weights stay
            role = self.desk.catalog.get_role(s.role_id)
            self.role.addItem(arg(self.tr("%1 (version %2, as planned)"), role.name,
                                  role.version), role.id)
        select_data(self.role, s.role_id)
        if s.kit_id and self.kit_choice.findData(s.kit_id) < 0:
            # planned with an older kit version: that version stays the one it asks
            kit = self.desk.catalog.get_kit(s.kit_id)
            self.kit_choice.addItem(arg(self.tr("%1 (version %2, as planned)"), kit.name,
                                        kit.version), kit.id)
        select_data(self.kit_choice, s.kit_id)
        when = QDateTime.fromString(s.scheduled_at[:16], "yyyy-MM-ddTHH:mm")
        if when.isValid():
            self.date.setDate(when.date())
            self.time.setTime(when.time())
        else:
            self.date.setDate(today())
            self.time.setTime(QTime(10, 0))
        self.location.setText(s.location)
        self.minutes.setValue(s.planned_minutes)
        self.panel_model.set_items(self.plan.panel)
        self._load_kit(s.kit_id)
        self._loading = False
        self._set_dirty(False)
        self.banner.clear_message()
        self.panel.select(0)
        self._refresh_assignees()
        self._update_warnings()

    def _load_kit(self, kit_id: str) -> None:
        self.kit = self.desk.catalog.get_kit(kit_id) if kit_id else None
        self._sections = {s.id: s.title for s in self.kit.sections} if self.kit else {}
        self.question_model.set_items(self.kit.questions() if self.kit else [])

    def reload(self) -> None:
        if self._stored_id:
            self.load(self._stored_id)
        else:
            self.load_new()

    def has_draft(self) -> bool:
        return self.plan is not None

    def subject(self) -> str:
        return self.tr("The session plan")

    def write(self) -> Callable[[Desk], str]:
        plan = self.plan
        assert plan is not None
        self._read_form()

        def save(desk: Desk) -> str:
            desk.sessions.save_plan(plan)
            return plan.session.id

        return save

    def written(self, session_id: str) -> str:
        self._stored_id = session_id
        return session_id

    def changes(self) -> Changes:
        return Changes.of(Aggregate.SESSIONS)

    # the form
    def _read_form(self) -> None:
        assert self.plan is not None
        s = self.plan.session
        s.candidate_id = self.candidate.currentData() or ""
        s.role_id = self.role.currentData() or ""
        s.kit_id = self.kit_choice.currentData() or ""
        s.scheduled_at = f"{self.date.date().toString('yyyy-MM-dd')}T" \
                         f"{self.time.time().toString('HH:mm')}"
        s.location = self.location.text().strip()
        s.planned_minutes = self.minutes.value()

    def _on_form_edited(self, *_: object) -> None:
        if self.plan is None or self._loading:
            return
        self._read_form()
        self._update_warnings()
        self.touch()

    def _on_candidate_chosen(self, _index: int) -> None:
        if self._loading or self.plan is None:
            return
        cand = self.desk.catalog.get_candidate(self.candidate.currentData())
        if cand.role_id:
            select_data(self.role, cand.role_id)
        self._on_form_edited()

    def _on_kit_chosen(self, _index: int) -> None:
        if self._loading or self.plan is None:
            return
        self._load_kit(self.kit_choice.currentData())
        keep = {q.id for q in self.question_model.items()}
        self.plan.assignments = {q: p for q, p in self.plan.assignments.items() if q in keep}
        self._on_form_edited()
        self.panel_model.refresh_all()

    # the panel
    def _new_panelist(self) -> Panelist:
        return Panelist(name="", panel_role=self.tr("Peer"))

    def _asks(self, p: Panelist) -> int:
        return sum(1 for pid in (self.plan.assignments.values() if self.plan else ())
                   if pid == p.id)

    def _current_panelist(self) -> Panelist | None:
        row = self.panel.current_row()
        return self.panel_model.item(row) if row >= 0 else None

    def _on_panel_edited(self) -> None:
        if self.plan is not None:
            ids = {p.id for p in self.plan.panel}
            # questions of a removed panelist go back to "unassigned"
            self.plan.assignments = {q: p for q, p in self.plan.assignments.items() if p in ids}
        self._show_panelist(self.panel.current_row())
        self._refresh_assignees()
        self.question_model.refresh_all()
        self._update_warnings()
        self.touch()

    def _show_panelist(self, row: int) -> None:
        p = self.panel_model.item(row) if 0 <= row < self.panel_model.rowCount() else None
        was, self._loading = self._loading, True
        self.panelist_box.setEnabled(p is not None)
        self.p_name.setText(p.name if p else "")
        self.p_role.setCurrentText(p.panel_role if p else "")
        self.p_lead.setChecked(bool(p and p.is_lead))
        self._loading = was

    def _on_panelist_form_edited(self, *_: object) -> None:
        p = self._current_panelist()
        if p is None or self._loading or self.plan is None:
            return
        p.name = self.p_name.text()
        p.panel_role = self.p_role.currentText()
        if self.p_lead.isChecked() and not p.is_lead:
            for other in self.plan.panel:  # one lead per panel
                other.is_lead = other is p
        elif not self.p_lead.isChecked():
            p.is_lead = False
        self.panel_model.refresh_all()
        self._refresh_assignees()
        self.question_model.refresh_all()
        self.touch()

    # assignments
    def _asker_name(self, q: Question) -> str:
        if self.plan is None:
            return ""
        pid = self.plan.assignments.get(q.id)
        return next((p.name or self.tr("(unnamed)") for p in self.plan.panel if p.id == pid), "")

    def _refresh_assignees(self) -> None:
        current = self.assignee.currentIndex()
        self.assignee.clear()
        for n, p in enumerate(self.plan.panel if self.plan else [], start=1):
            self.assignee.addItem(arg(self.tr("%1  %2"), n, p.name or self.tr("(unnamed)")), p.id)
        self.assignee.addItem(self.tr("0  nobody (unassign)"), "")
        self.assignee.setCurrentIndex(max(0, min(current, self.assignee.count() - 1)))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.questions.selectionModel().selectedRows()})

    def assign_selected(self, assignee_index: int) -> None:
        """Give the selected questions to the panelist at ``assignee_index`` of the combo."""
        if self.plan is None or not 0 <= assignee_index < self.assignee.count():
            return
        pid = self.assignee.itemData(assignee_index)
        for row in self.selected_rows():
            q = self.question_model.item(row)
            if pid:
                self.plan.assignments[q.id] = pid
            else:
                self.plan.assignments.pop(q.id, None)
            self.question_model.refresh_row(row)
        self.panel_model.refresh_all()
        self._update_warnings()
        self.touch()

    def _on_digit(self, digit: int) -> None:
        panel = self.plan.panel if self.plan else []
        if digit == 0:
            self.assign_selected(len(panel))
        elif digit <= len(panel):
            self.assign_selected(digit - 1)

    def _digit(self, panelist: Panelist) -> str:
        """1–9 for the first nine panelists, in panel order (what _DigitKeys assigns by)."""
        for n, p in enumerate(self.panel_model.items(), 1):
            if p is panelist:
                return str(n) if n <= 9 else ""
        return ""

    def share_out(self) -> None:
        """Give each section's unassigned questions to one panelist, the load kept even."""
        if self.plan is None or not self.plan.panel:
            return
        self.plan.assignments = share_out(
            [ToAsk(q.id, q.section_id, q.minutes) for q in self.question_model.items()],
            [p.id for p in self.plan.panel], self.plan.assignments)
        self.question_model.refresh_all()
        self.panel_model.refresh_all()
        self._update_warnings()
        self.touch()

    # warnings
    def _update_warnings(self) -> None:
        if self.plan is None or self.kit is None or not self.plan.session.candidate_id:
            self.warnings.setText(self.tr("Choose a candidate, a role and a kit."))
            return
        w = self.desk.sessions.warnings(self.plan, self.kit)
        lines = []
        for q in w.required_unassigned:
            lines.append(arg(self.tr("⚠ Required, but nobody asks it: “%1”."),
                             _short(q.text, 70)))
        if w.unassigned:
            lines.append(self.tr("⚠ %n question(s) have no panelist to ask them.", "",
                                 len(w.unassigned)))
        for c in w.concerns_without_question:
            lines.append(arg(self.tr("⚠ No question of this kit probes the concern “%1”."),
                             _short(c.text, 70)))
        if w.over_time:
            lines.append(arg(self.tr("⚠ The kit takes %1 min; the slot is %2 min."),
                             w.kit_minutes, w.planned_minutes))
        if w.placeholders:
            # asked before the day: read out as written, a blank tells the candidate so
            blanks = dict.fromkeys(b for p in w.placeholders for b in p.blanks)
            lines.append(arg(self.tr("⚠ Fill in before the session (in the kit, or know what to "
                                     "say): %1, in %n question(s).", "", len(w.placeholders)),
                             " ".join(blanks)))
        if lines:
            self.warnings.setText("\n".join(lines))
            tint(self.warnings, lambda: banner_style(Tone.WARNING, self))
        else:
            self.warnings.setText(arg(self.tr(
                "✓ Every question has a panelist, every concern a question, and the kit fits "
                "the slot (%1 of %2 min)."), w.kit_minutes, w.planned_minutes))
            tint(self.warnings, lambda: banner_style(Tone.GOOD, self))

    def warning_text(self) -> str:
        return self.warnings.text()


class SessionPlannerDialog(EditorDialog):
    """The planner in its own window; closing it with unsaved changes asks first."""

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan session") if session_id is None
                            else self.tr("Edit session plan"))
        self.editor = PlannerEditor(desk, ops, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        # as large as it likes, but never larger than the screen (1366×768 at 150 % is
        # 911×512)
        room = self.screen().availableGeometry()
        self.resize(min(1180, room.width()), min(700, room.height()))
        if session_id is None:
            self.editor.load_new()
        else:
            self.editor.load(session_id)
        self.editor.saved.connect(lambda _ident: self.accept())
        self.editor.cancel_button.clicked.connect(self.reject)
