"""The kit editor: sections and questions, what each question measures, and the clock.

Editing a kit version that a session already uses stores a new version (the catalog service
decides); the editor says so before and after saving, so nobody is surprised.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.model import (
    DEFAULT_PLANNED_MINUTES,
    MAX_LOOK_FORS,
    Kit,
    KitCompetency,
    Question,
    QuestionType,
    Section,
    SectionKind,
)
from interview_desk.domain.placeholders import question_placeholders
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.changes import NOTHING, Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.actions import ActionId, page_action
from interview_desk.ui.file_dialogs import open_path, save_path
from interview_desk.ui.i18n import arg
from interview_desk.ui.look import Tone, banner_style, text_style, tint
from interview_desk.ui.models import Column
from interview_desk.ui.ops import Lane, Op, OpError, OpFn, OpRunner
from interview_desk.ui.prepare.common import DraftEditor, MasterDetailPage, OrderedList
from interview_desk.ui.prepare.models import CheckListModel, DraftListModel, Field
from interview_desk.ui.prepare.widgets import focus_all, select_data, set_plain, text_box
from interview_desk.ui.prepare.words import question_type_short, question_type_words
from interview_desk.ui.report_export import safe_file_name

MAX_QUESTION_MINUTES = 240

#: What the kind of a section is called in the editor.
SECTION_KINDS = {
    SectionKind.OPENING: QT_TRANSLATE_NOOP("KitEditor", "Opening"),
    SectionKind.EXPERIENCE: QT_TRANSLATE_NOOP("KitEditor", "Experience"),
    SectionKind.BEHAVIOURAL: QT_TRANSLATE_NOOP("KitEditor", "Behavioural"),
    SectionKind.SITUATIONAL: QT_TRANSLATE_NOOP("KitEditor", "Situational"),
    SectionKind.MOTIVATION: QT_TRANSLATE_NOOP("KitEditor", "Motivation"),
    SectionKind.PREVIEW: QT_TRANSLATE_NOOP("KitEditor", "Preview"),
    SectionKind.CANDIDATE_QUESTIONS: QT_TRANSLATE_NOOP("KitEditor", "Candidate questions"),
    SectionKind.CLOSE: QT_TRANSLATE_NOOP("KitEditor", "Close"),
    SectionKind.OTHER: QT_TRANSLATE_NOOP("KitEditor", "Other"),
}


def _set_title(s: Section, value: object) -> None:
    s.title = str(value)


def _one_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class KitEditor(DraftEditor):
    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.catalog = desk.catalog
        self.kit: Kit | None = None
        self._used_by = 0

        self.name = QLineEdit(self)
        self.name.setObjectName("kit_name")
        self.description = text_box(self, 1, object_name="kit_description")
        self.version = QLabel(self)
        self.version.setWordWrap(True)
        self.version.setObjectName("kit_version")
        head = QFormLayout()
        head.addRow(self.tr("Kit nam&e"), self.name)
        head.addRow(self.tr("Des&cription"), self.description)
        head.addRow(self.tr("Version"), self.version)

        # sections
        self.section_model = DraftListModel([
            Field(QT_TRANSLATE_NOOP("", "Section"), lambda s: s.title, _set_title),
            Field(QT_TRANSLATE_NOOP("", "Questions"), lambda s: len(s.questions),
                  align_right=True),
            Field(QT_TRANSLATE_NOOP("", "Min"), lambda s: sum(q.minutes for q in s.questions),
                  align_right=True),
        ], self)
        self.sections = OrderedList(self.section_model, self._new_section, self,
                                    add_text=self.tr("Add section"),
                                    list_name=self.tr("List of sections"),
                                    object_name="section_list")
        self.s_title = QLineEdit(self)
        self.s_title.setObjectName("section_title")
        self.s_kind = QComboBox(self)
        self.s_kind.setObjectName("section_kind")
        for kind in SectionKind:
            self.s_kind.addItem(QCoreApplication.translate("KitEditor", SECTION_KINDS[kind]),
                                kind)
        self.s_guidance = text_box(self, 2, object_name="section_guidance",
                                   placeholder=self.tr("Guidance for the panel"))
        section_form = QFormLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.s_title, 3)
        kind_label = QLabel(self.tr("&Kind"), self)
        kind_label.setBuddy(self.s_kind)
        title_row.addWidget(kind_label)
        title_row.addWidget(self.s_kind, 2)
        title_label = QLabel(self.tr("Section tit&le"), self)
        title_label.setBuddy(self.s_title)
        section_form.addRow(title_label, title_row)
        section_form.addRow(self.tr("Guidance"), self.s_guidance)

        # questions of the selected section
        self.question_model = DraftListModel([
            # shown on one line, so edited in the form (in place would store the short form)
            Field(QT_TRANSLATE_NOOP("", "Question"), lambda q: _one_line(q.text),
                  warn=lambda q: bool(question_placeholders(q))),
            Field(QT_TRANSLATE_NOOP("", "Type"), lambda q: question_type_short(q.qtype)),
            Field(QT_TRANSLATE_NOOP("", "Min"), lambda q: q.minutes, align_right=True),
            Field(QT_TRANSLATE_NOOP("", "Measures"), lambda q: len(q.competency_keys),
                  align_right=True,
                  warn=lambda q: q.qtype not in (QuestionType.TALKING_POINT,
                                                 QuestionType.GENERAL)
                  and not q.competency_keys),
        ], self)
        self.questions = OrderedList(self.question_model, self._new_question, self,
                                     add_text=self.tr("Add question"),
                                     list_name=self.tr("List of questions"),
                                     object_name="question_list")
        self.questions_label = QLabel(self)

        # the selected question
        self.q_text = text_box(self, 3, object_name="question_text")
        # the blanks (“[names and roles]”) the panel fills in before reading the question out
        self.q_blanks = QLabel(self)
        self.q_blanks.setObjectName("question_blanks")
        self.q_blanks.setWordWrap(True)
        self.q_blanks.setTextFormat(Qt.TextFormat.PlainText)
        tint(self.q_blanks, lambda: banner_style(Tone.WARNING, self))
        self.q_blanks.hide()
        self.q_type = QComboBox(self)
        self.q_type.setObjectName("question_type")
        # sized to a short type, not the longest ("Talking point (job preview)"): the German
        # names made the kit editor scroll sideways at 1366×768
        self.q_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.q_type.setMinimumContentsLength(14)
        for qt in QuestionType:
            self.q_type.addItem(question_type_words(qt), qt)
        self.q_minutes = QSpinBox(self)
        self.q_minutes.setObjectName("question_minutes")
        self.q_minutes.setRange(0, MAX_QUESTION_MINUTES)
        self.q_minutes.setSuffix(self.tr(" min"))
        self.q_section = QComboBox(self)
        self.q_section.setObjectName("question_section")
        self.measures_model = CheckListModel(self)
        self.q_measures = QListView(self)
        self.q_measures.setObjectName("question_measures")
        self.q_measures.setModel(self.measures_model)
        self.q_measures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.q_measures.setFixedHeight(104)
        self.q_probes = text_box(self, 3, object_name="question_probes",
                                 placeholder=self.tr("One follow-up probe per line"))
        self.q_good = text_box(self, 2, object_name="question_good")
        self.q_red = text_box(self, 2, object_name="question_red_flags")
        self.q_look_fors = text_box(
            self, 3, object_name="question_look_fors",
            placeholder=arg(self.tr("Up to %1 signals to tick live (Alt+1…), one per line, "
                                    "e.g. “names a trade-off”"), MAX_LOOK_FORS))
        self.q_required = QCheckBox(self.tr("&Required: the panel must ask it"), self)
        self.q_required.setObjectName("question_required")
        self.question_box = QGroupBox(self.tr("Selected question"), self)
        qf = QFormLayout(self.question_box)
        qf.addRow(self.tr("&Question"), self.q_text)
        qf.addRow("", self.q_blanks)
        type_row = QHBoxLayout()
        type_row.addWidget(self.q_type, 1)
        time_label = QLabel(self.tr("&Time"), self)
        time_label.setBuddy(self.q_minutes)
        type_row.addWidget(time_label)
        type_row.addWidget(self.q_minutes)
        type_label = QLabel(self.tr("T&ype"), self)
        type_label.setBuddy(self.q_type)
        qf.addRow(type_label, type_row)
        qf.addRow(self.tr("In section"), self.q_section)
        qf.addRow(self.tr("&Measures"), self.q_measures)
        qf.addRow(self.tr("Pro&bes"), self.q_probes)
        qf.addRow(self.tr("What &good looks like"), self.q_good)
        qf.addRow(self.tr("Red fl&ags"), self.q_red)
        qf.addRow(self.tr("Look f&or"), self.q_look_fors)
        qf.addRow("", self.q_required)

        # the clock and coverage
        self.slot = QSpinBox(self)
        self.slot.setObjectName("slot_minutes")
        self.slot.setAccessibleName(self.tr("Slot length in minutes"))
        self.slot.setRange(15, 480)
        self.slot.setValue(DEFAULT_PLANNED_MINUTES)
        self.slot.setSuffix(self.tr(" min slot"))
        self.total = QLabel(self)
        self.total.setObjectName("kit_total")
        self.coverage = QLabel(self)
        self.coverage.setObjectName("kit_coverage")
        self.coverage.setWordWrap(True)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("<b>Sections</b>"), left))
        lv.addWidget(self.sections, 2)
        lv.addLayout(section_form)
        lv.addWidget(self.questions_label)
        lv.addWidget(self.questions, 3)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.question_box)
        rv.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setSizes([480, 420])

        clock = QHBoxLayout()
        clock.addWidget(self.total)
        clock.addWidget(self.slot)
        clock.addWidget(self.coverage, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addLayout(clock)
        layout.addLayout(self.button_row())

        self.name.textEdited.connect(self._on_head_edited)
        self.description.textChanged.connect(self._on_head_edited)
        self.section_model.edited.connect(self._on_sections_edited)
        self.sections.current_changed.connect(self._show_section)
        self.sections.added.connect(lambda _row: focus_all(self.s_title))
        self.s_title.textEdited.connect(self._on_section_form_edited)
        self.s_kind.activated.connect(self._on_section_form_edited)
        self.s_guidance.textChanged.connect(self._on_section_form_edited)
        self.question_model.edited.connect(self._on_questions_edited)
        self.questions.current_changed.connect(self._show_question)
        self.questions.added.connect(lambda _row: focus_all(self.q_text))
        self.q_text.textChanged.connect(self._on_question_form_edited)
        self.q_type.activated.connect(self._on_question_form_edited)
        self.q_minutes.valueChanged.connect(self._on_question_form_edited)
        self.q_probes.textChanged.connect(self._on_question_form_edited)
        self.q_good.textChanged.connect(self._on_question_form_edited)
        self.q_red.textChanged.connect(self._on_question_form_edited)
        self.q_look_fors.textChanged.connect(self._on_question_form_edited)
        self.q_required.toggled.connect(self._on_question_form_edited)
        self.q_section.activated.connect(self._on_move_to_section)
        self.measures_model.toggled.connect(self._on_measure_toggled)
        self.slot.valueChanged.connect(self._update_summary)
        self._clear()

    # factories
    def _new_section(self) -> Section:
        return Section(title=self.tr("New section"))

    def _new_question(self) -> Question:
        return Question(text=self.tr("New question"), minutes=5)

    # loading
    def load(self, kit_id: str) -> None:
        self._stored_id = kit_id
        self._show(copy.deepcopy(self.catalog.get_kit(kit_id)))

    def load_new(self) -> None:
        self._stored_id = None
        self._show(Kit(name="", sections=[Section(title=self.tr("Questions"))]))
        self.name.setFocus()

    def _show(self, kit: Kit) -> None:
        self._loading = True
        self.kit = kit
        self.setEnabled(True)
        self._used_by = self.catalog.kit_sessions(kit.id) if self._stored_id else 0
        self.name.setText(kit.name)
        set_plain(self.description, kit.description)
        self.section_model.set_items(kit.sections)
        self._loading = False
        self._set_dirty(False)
        self.banner.clear_message()
        self._update_version()
        self.sections.select(0)
        self._update_summary()

    def _clear(self) -> None:
        self._loading = True
        self.kit = None
        self.name.clear()
        self.description.clear()
        self.section_model.set_items([])
        self.question_model.set_items([])
        self._loading = False
        self.version.clear()
        self.setEnabled(False)
        self._set_dirty(False)

    def has_draft(self) -> bool:
        return self.kit is not None

    def subject(self) -> str:
        name = self.kit.name.strip() if self.kit else ""
        # a draft not named yet is "The new kit", never 'The kit “”'
        return arg(self.tr("The kit “%1”"), name) if name else self.tr("The new kit")

    def write(self) -> Callable[[Desk], Kit]:
        kit = self.kit
        assert kit is not None
        self._before = (kit.id if self._stored_id else None, kit.version, self._used_by)
        return lambda desk: desk.catalog.save_kit(kit)

    def changes(self) -> Changes:
        return Changes.of(Aggregate.KITS)

    def written(self, stored: Kit) -> str:
        before, old_version, used_by = self._before
        self._stored_id = stored.id
        if before is not None and stored.id != before:
            # The draft becomes the new version: keep editing it, with its new ids.
            self._loading = True
            self.kit = stored
            self.section_model.set_items(stored.sections)
            self._loading = False
            self._used_by = 0
            self.sections.select(0)
            self._update_version()
            self.saved.connect(self._after_new_version, Qt.ConnectionType.SingleShotConnection)
            self._new_version_note = arg(self.tr(
                "Saved as version %1. The %n session(s) planned with version %2 keep it, so "
                "every candidate of that campaign gets the same questions.", "", used_by),
                stored.version, old_version)
        return stored.id

    def _after_new_version(self, _ident: str) -> None:
        self.banner.show_note(self._new_version_note)

    def _update_version(self) -> None:
        if self.kit is None:
            return
        if not self._stored_id:
            self.version.setText(self.tr("new kit (not saved yet)"))
        elif self._used_by:
            self.version.setText(arg(self.tr(
                "%1 — used by %n session(s): saving your changes makes version %2", "",
                self._used_by), self.kit.version, self._next_version()))
            tint(self.version, lambda: text_style(Tone.WARNING, self))
            return
        else:
            self.version.setText(arg(self.tr("%1 — not used by any session yet"),
                                     self.kit.version))
        tint(self.version, None)

    def _next_version(self) -> int:
        assert self.kit is not None
        return max(k.version for k in self.catalog.kit_versions(self.kit.family_id)) + 1

    # head
    def _on_head_edited(self, *_: object) -> None:
        if self.kit is None or self._loading:
            return
        self.kit.name = self.name.text()
        self.kit.description = self.description.toPlainText()
        self.touch()

    # sections
    def _current_section(self) -> Section | None:
        row = self.sections.current_row()
        return self.section_model.item(row) if row >= 0 else None

    def _on_sections_edited(self) -> None:
        self._refresh_section_choices()
        self._update_summary()
        self.touch()

    def _show_section(self, row: int) -> None:
        s = self.section_model.item(row) if 0 <= row < self.section_model.rowCount() else None
        was, self._loading = self._loading, True
        for w in (self.s_title, self.s_kind, self.s_guidance):
            w.setEnabled(s is not None)
        self.questions.setEnabled(s is not None)
        if s is None:
            self.s_title.clear()
            self.s_guidance.clear()
            self.question_model.set_items([])
            self.questions_label.setText(self.tr("<b>Questions</b>"))
        else:
            if self.s_title.text() != s.title:
                self.s_title.setText(s.title)
            select_data(self.s_kind, s.kind)
            set_plain(self.s_guidance, s.guidance)
            self.question_model.set_items(s.questions)
            self.questions_label.setText(arg(self.tr("<b>Questions in “%1”</b>"),
                                             s.title.replace("<", "&lt;")))
        self._loading = was
        self._refresh_section_choices()
        self.questions.select(0)

    def _on_section_form_edited(self, *_: object) -> None:
        s = self._current_section()
        if s is None or self._loading:
            return
        s.title = self.s_title.text()
        s.kind = SectionKind(self.s_kind.currentData())
        s.guidance = self.s_guidance.toPlainText()
        self.section_model.refresh_row(self.sections.current_row())
        self._refresh_section_choices()
        self.questions_label.setText(arg(self.tr("<b>Questions in “%1”</b>"),
                                         s.title.replace("<", "&lt;")))
        self.touch()

    def _refresh_section_choices(self) -> None:
        was, self._loading = self._loading, True
        self.q_section.clear()
        if self.kit is not None:
            for s in self.kit.sections:
                self.q_section.addItem(s.title, s.id)
            current = self._current_section()
            if current is not None:
                select_data(self.q_section, current.id)
        self._loading = was

    # questions
    def _current_question(self) -> Question | None:
        row = self.questions.current_row()
        return self.question_model.item(row) if row >= 0 else None

    def _on_questions_edited(self) -> None:
        self.section_model.refresh_row(self.sections.current_row())
        self._show_question(self.questions.current_row())
        self._update_summary()
        self.touch()

    def _show_question(self, row: int) -> None:
        q = self.question_model.item(row) if 0 <= row < self.question_model.rowCount() \
            else None
        was, self._loading = self._loading, True
        self.question_box.setEnabled(q is not None)
        if q is None:
            for box in (self.q_text, self.q_probes, self.q_good, self.q_red,
                        self.q_look_fors):
                box.clear()
            self.q_minutes.setValue(0)
            self.q_required.setChecked(False)
            self.measures_model.set_entries([], [])
        else:
            set_plain(self.q_text, q.text)
            select_data(self.q_type, q.qtype)
            self.q_minutes.setValue(q.minutes)
            set_plain(self.q_probes, "\n".join(q.probes))
            set_plain(self.q_good, q.good)
            set_plain(self.q_red, q.red_flags)
            set_plain(self.q_look_fors, "\n".join(q.look_fors))
            self.q_required.setChecked(q.required)
            self._refresh_measures(q)
        self._show_blanks(q)
        self._loading = was

    def _show_blanks(self, q: Question | None) -> None:
        blanks = question_placeholders(q) if q is not None else []
        self.q_blanks.setVisible(bool(blanks))
        self.q_blanks.setText(arg(self.tr("⚠ To fill in before the session: %1"),
                                  "  ".join(blanks)))

    def _competency_choices(self) -> list[tuple[str, str]]:
        """The kit's competencies, then those of roles the kit does not propose yet."""
        assert self.kit is not None
        entries = [(c.key, c.name) for c in self.kit.competencies]
        known = {k for k, _ in entries}
        for role in self.catalog.list_roles():
            for c in role.competencies:
                if c.key not in known:
                    known.add(c.key)
                    entries.append((c.key, arg(self.tr("%1 (from role %2)"), c.name,
                                               role.name)))
        return entries

    def _refresh_measures(self, q: Question) -> None:
        self.measures_model.set_entries(self._competency_choices(), q.competency_keys,
                                        self._unmeasured())

    def _on_question_form_edited(self, *_: object) -> None:
        q = self._current_question()
        if q is None or self._loading:
            return
        q.text = self.q_text.toPlainText()
        q.qtype = QuestionType(self.q_type.currentData())
        q.minutes = self.q_minutes.value()
        q.probes = [p.strip() for p in self.q_probes.toPlainText().splitlines() if p.strip()]
        q.good = self.q_good.toPlainText()
        q.red_flags = self.q_red.toPlainText()
        # kept as typed; saving checks the limits and says what is wrong
        q.look_fors = [x.strip() for x in self.q_look_fors.toPlainText().splitlines()
                       if x.strip()]
        q.required = self.q_required.isChecked()
        self._show_blanks(q)
        self.question_model.refresh_row(self.questions.current_row())
        self.section_model.refresh_row(self.sections.current_row())
        self._update_summary()
        self.touch()

    def _on_measure_toggled(self, key: str, on: bool) -> None:
        q = self._current_question()
        if q is None or self.kit is None:
            return
        q.competency_keys = self.measures_model.checked()
        if on and key not in {c.key for c in self.kit.competencies}:
            self._adopt_competency(key)
        self.question_model.refresh_row(self.questions.current_row())
        self._update_summary()
        self._refresh_measures(q)
        self.touch()

    def _adopt_competency(self, key: str) -> None:
        """A question measures a role's competency the kit lacked: the kit proposes it too."""
        assert self.kit is not None
        for role in self.catalog.list_roles():
            for c in role.competencies:
                if c.key == key:
                    self.kit.competencies.append(KitCompetency(
                        key=c.key, name=c.name, description=c.description, weight=c.weight,
                        anchors=c.anchors))
                    return

    def _on_move_to_section(self, index: int) -> None:
        q, src = self._current_question(), self._current_section()
        if q is None or src is None or self.kit is None or self._loading:
            return
        target = next((s for s in self.kit.sections if s.id == self.q_section.itemData(index)),
                      None)
        if target is None or target is src:
            return
        self.question_model.remove(self.questions.current_row())
        target.questions.append(q)
        self.sections.select(self.kit.sections.index(target))
        self.questions.select(len(target.questions) - 1)
        self.section_model.refresh_all()
        self.touch()

    # summary
    def _unmeasured(self) -> list[str]:
        if self.kit is None:
            return []
        return self.kit.unmeasured([c.key for c in self.kit.competencies])

    def _update_summary(self, *_: object) -> None:
        if self.kit is None:
            self.total.clear()
            self.coverage.clear()
            return
        minutes, slot = self.kit.total_minutes(), self.slot.value()
        over = minutes > slot
        self.total.setText(arg(self.tr("Kit total: %1 min of a"), minutes))
        tint(self.total, lambda: text_style(Tone.ERROR, self, bold=True) if over else "")
        self.total.setToolTip(arg(self.tr("The kit runs %1 min over the slot."), minutes - slot)
                              if over else "")
        names = {c.key: c.name for c in self.kit.competencies}
        missing = [names[k] for k in self._unmeasured()]
        if missing:
            self.coverage.setText(arg(self.tr("No question measures: %1"), ", ".join(missing)))
            tint(self.coverage, lambda: text_style(Tone.ERROR, self))
        else:
            self.coverage.setText(self.tr("Every competency of the kit is measured by at "
                                          "least one question.") if names else "")
            tint(self.coverage, None)


class KitsPage(MasterDetailPage):
    """Kits: the newest version of each, with import and export of kit files."""

    shows = (Aggregate.KITS,)

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        editor = KitEditor(desk, ops)
        super().__init__(
            QCoreApplication.translate("KitsPage", "Interview kits"),
            [Column(QT_TRANSLATE_NOOP("", "Kit"), lambda k: k.name),
             Column(QT_TRANSLATE_NOOP("", "v"), lambda k: k.version),
             Column(QT_TRANSLATE_NOOP("", "Min"), lambda k: k.minutes)],
            lambda _search: desk.catalog.kit_listing(), editor, parent,  # not every question
            new_text=QCoreApplication.translate("KitsPage", "&New kit"))
        self.desk = desk
        self.kit_editor = editor
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.import_button.setToolTip(self.tr("A kit file (.json) or a question list (.csv)"))
        self.more_tools.addWidget(self.import_button)
        self.more_tools.addWidget(self.export_button)
        self.more_tools.addStretch(1)
        # under the list, so Tab reaches them after Delete, before the editor beside it
        QWidget.setTabOrder(self.delete_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        page_action(ActionId.IMPORT_KIT, self).triggered.connect(self.choose_import)
        page_action(ActionId.EXPORT_KIT, self).triggered.connect(self.choose_export)
        self.ops = ops
        self.set_list_width(220)  # the editor needs the width at 1366×768
        self.select_first()

    def open_item(self, ident: str) -> None:
        self.kit_editor.load(ident)

    def start_new(self) -> None:
        self.kit_editor.load_new()

    def delete_item(self, ident: str) -> Callable[[Desk], object]:
        return lambda desk: desk.catalog.delete_kit(ident)

    def describe(self, ident: str) -> str:
        kit = self.desk.catalog.get_kit(ident)
        return arg(self.tr("version %1 of the kit “%2”"), kit.version, kit.name)

    # files
    def choose_import(self) -> None:
        path = open_path(
            self, self.tr("Import kit"),
            self.tr("Kit files (*.json *.csv);;Kit file (*.json);;Question list (*.csv)"))
        if path is not None:
            self.import_file(path)

    def choose_export(self) -> None:
        ident = self.current_id()
        if ident is None:
            return
        kit = self.desk.catalog.get_kit(ident)
        path = save_path(self, self.tr("Export kit"),
                         f"{safe_file_name(kit.name)} – v{kit.version}.json",
                         self.tr("Kit file (*.json)"))
        if path is not None:
            self.export_file(ident, path)

    def import_file(self, path: Path) -> Op | None:
        """Import on the window's writer, off the UI thread."""
        if not self.editor.maybe_leave():
            return None

        def run(desk: Desk, _report: object) -> tuple[str, str, int]:
            kit = desk.catalog.import_kit_file(path)
            return kit.id, kit.name, len(kit.questions())

        return self._run(run, self._on_imported, Changes.of(Aggregate.KITS),
                         self.tr("Importing the kit…"))

    def export_file(self, kit_id: str, path: Path) -> Op:
        return self._run(lambda desk, _report: desk.catalog.export_kit_file(kit_id, path),
                         self._on_exported, NOTHING, self.tr("Exporting the kit…"))

    def _run(self, job: OpFn, done: Callable[[Any], None], changes: Changes,
             label: str) -> Op:
        self.import_button.setEnabled(False)
        self.export_button.setEnabled(False)
        op = self.ops.run(job, lane=Lane.BULK, changes=changes, owner=self, label=label)
        op.succeeded.connect(done)
        op.failed.connect(self._on_failed)
        return op

    def _idle(self) -> None:
        self.import_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def _on_imported(self, result: object) -> None:
        self._idle()
        kit_id, name, count = cast(tuple[str, str, int], result)
        self.model.refresh()
        self.changed.emit()
        self.select_id(kit_id)
        self.editor.banner.show_note(arg(self.tr("Imported “%1” with %n question(s).", "",
                                                 count), name))

    def _on_exported(self, result: object) -> None:
        self._idle()
        self.editor.banner.show_note(arg(self.tr("Exported to %1"), result))

    def _on_failed(self, error: OpError) -> None:
        self._idle()
        self.editor.banner.show_error(arg(self.tr("Nothing was imported or exported: %1"),
                                          error.message))

