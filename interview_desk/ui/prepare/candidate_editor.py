"""The candidate dossier: contact, role, stage, what the first round found, and the concerns
the panel should probe, each linkable to the kit question meant to probe it."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.model import Candidate, Concern
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.catalog import CatalogService
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.storage.errors import NotFoundError
from interview_desk.storage.repositories import CandidateListing
from interview_desk.ui.i18n import arg
from interview_desk.ui.models import Column
from interview_desk.ui.ops import OpRunner
from interview_desk.ui.prepare.common import DraftEditor, MasterDetailPage, OrderedList
from interview_desk.ui.prepare.models import DraftListModel, Field
from interview_desk.ui.prepare.widgets import (
    focus_all,
    select_data,
    set_plain,
    text_box,
    wrapped,
)

#: The stages the box suggests, in the interface's language. The stage is the user's text (the
#: box is editable): it is stored as shown or typed.
STAGES = (QT_TRANSLATE_NOOP("CandidateEditor", "screening"),
          QT_TRANSLATE_NOOP("CandidateEditor", "second interview"),
          QT_TRANSLATE_NOOP("CandidateEditor", "assessment"),
          QT_TRANSLATE_NOOP("CandidateEditor", "offer"),
          QT_TRANSLATE_NOOP("CandidateEditor", "hired"),
          QT_TRANSLATE_NOOP("CandidateEditor", "declined"),
          QT_TRANSLATE_NOOP("CandidateEditor", "withdrawn"))


def _short(text: str, limit: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class CandidateEditor(DraftEditor):
    def __init__(self, catalog: CatalogService, ops: OpRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.catalog = catalog
        self.candidate: Candidate | None = None
        self._question_labels: dict[str, str] = {}

        self.name = QLineEdit(self)
        self.name.setObjectName("candidate_name")
        self.email = QLineEdit(self)
        self.email.setObjectName("candidate_email")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("candidate_phone")
        self.role = QComboBox(self)
        self.role.setObjectName("candidate_role")
        self.stage = QComboBox(self)
        self.stage.setObjectName("candidate_stage")
        self.stage.setEditable(True)
        for stage in STAGES:
            self.stage.addItem(QCoreApplication.translate("CandidateEditor", stage))
        self.summary = text_box(self, 5, object_name="first_round_summary",
                                placeholder=self.tr("What the screening / first interview "
                                                    "found: strengths, gaps, logistics"))
        form = QFormLayout()
        form.addRow(self.tr("Na&me"), self.name)
        contact = QHBoxLayout()
        contact.addWidget(self.email, 3)
        phone_label = QLabel(self.tr("P&hone"), self)
        phone_label.setBuddy(self.phone)
        contact.addWidget(phone_label)
        contact.addWidget(self.phone, 2)
        form.addRow(self._buddy(self.tr("&E-mail"), self.email), contact)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 3)
        stage_label = QLabel(self.tr("S&tage"), self)
        stage_label.setBuddy(self.stage)
        role_row.addWidget(stage_label)
        role_row.addWidget(self.stage, 2)
        form.addRow(self._buddy(self.tr("&Role"), self.role), role_row)
        form.addRow(self.tr("First-round summar&y"), self.summary)

        self.concern_model = DraftListModel([
            # shown shortened, so edited in the form below (never in place: that would store
            # the shortened text)
            Field(QT_TRANSLATE_NOOP("", "Concern to probe"), lambda c: _short(c.text)),
            Field(QT_TRANSLATE_NOOP("", "Probed by question"), self._question_text,
                  warn=lambda c: not c.question_id),
            Field(QT_TRANSLATE_NOOP("", "Lead only"),
                  lambda c: self.tr("yes") if c.lead_only else ""),
        ], self)
        self.concerns = OrderedList(self.concern_model, self._new_concern, self,
                                    add_text=self.tr("Add concern"),
                                    list_name=self.tr("List of concerns"),
                                    object_name="concern_list")
        # the concern and its question share the width: sized to its contents, the question
        # took all of it and the concern itself read "Production …"
        self.concerns.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.c_text = text_box(self, 2, object_name="concern_text")
        self.c_question = QComboBox(self)
        self.c_question.setObjectName("concern_question")
        self.c_lead_only = QCheckBox(self.tr("Only the panel &lead sees this concern"), self)
        self.concern_box = QGroupBox(self.tr("Selected concern"), self)
        cf = QFormLayout(self.concern_box)
        cf.addRow(self.tr("Con&cern"), self.c_text)
        cf.addRow(self.tr("Probed &by"), self.c_question)
        cf.addRow("", self.c_lead_only)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(wrapped(self.tr("<b>Concerns to probe</b> — link each to the question "
                                         "meant to probe it"), self))
        layout.addWidget(self.concerns, 1)
        layout.addWidget(self.concern_box)
        layout.addLayout(self.button_row())

        for edit in (self.name, self.email, self.phone):
            edit.textEdited.connect(self._on_form_edited)
        self.role.activated.connect(self._on_form_edited)
        self.stage.currentTextChanged.connect(self._on_form_edited)
        self.summary.textChanged.connect(self._on_form_edited)
        self.concern_model.edited.connect(self._on_concerns_edited)
        self.concerns.current_changed.connect(self._show_concern)
        self.concerns.added.connect(lambda _row: focus_all(self.c_text))
        self.c_text.textChanged.connect(self._on_concern_form_edited)
        self.c_question.activated.connect(self._on_concern_form_edited)
        self.c_lead_only.toggled.connect(self._on_concern_form_edited)
        self.refresh_choices()
        self._clear()

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    def _new_concern(self) -> Concern:
        return Concern(text=self.tr("New concern"))

    # choices
    def refresh_choices(self) -> None:
        was, self._loading = self._loading, True
        self.role.clear()
        self.role.addItem(self.tr("(no role)"), "")
        for r in self.catalog.list_roles():
            self.role.addItem(r.name, r.id)
        self.c_question.clear()
        self.c_question.addItem(self.tr("(no question yet)"), "")
        self._question_labels = {}
        for q in self.catalog.question_choices():
            label = arg(self.tr("%1 v%2 › %3"), q.kit_name, q.kit_version, _short(q.text, 60))
            self._question_labels[q.id] = label
            self.c_question.addItem(label, q.id)
        if self.candidate is not None:
            select_data(self.role, self.candidate.role_id or "")
        self._loading = was
        self._show_concern(self.concerns.current_row())

    def _question_text(self, c: Concern) -> str:
        if not c.question_id:
            return self.tr("— none yet —")
        if c.question_id not in self._question_labels:
            try:  # a question of an older kit version: still a valid link
                q = self.catalog.kits.question(c.question_id)
                self._question_labels[c.question_id] = arg(
                    self.tr("%1 (older kit version)"), _short(q.text, 60))
            except NotFoundError:
                return self.tr("— none yet —")
        return self._question_labels[c.question_id]

    # loading
    def load(self, candidate_id: str) -> None:
        self._stored_id = candidate_id
        self._show(copy.deepcopy(self.catalog.get_candidate(candidate_id)))

    def load_new(self) -> None:
        self._stored_id = None
        self._show(Candidate(name=""))
        self.name.setFocus()

    def _show(self, cand: Candidate) -> None:
        self._loading = True
        self.candidate = cand
        self.setEnabled(True)
        self.name.setText(cand.name)
        self.email.setText(cand.email)
        self.phone.setText(cand.phone)
        select_data(self.role, cand.role_id or "")
        self.stage.setCurrentText(cand.stage)
        set_plain(self.summary, cand.first_round_summary)
        self.concern_model.set_items(cand.concerns)
        self._loading = False
        self._set_dirty(False)
        self.banner.clear_message()
        self.concerns.select(0)

    def _clear(self) -> None:
        self._loading = True
        self.candidate = None
        for edit in (self.name, self.email, self.phone):
            edit.clear()
        self.summary.clear()
        self.concern_model.set_items([])
        self._loading = False
        self.setEnabled(False)
        self._set_dirty(False)

    def has_draft(self) -> bool:
        return self.candidate is not None

    def subject(self) -> str:
        name = self.candidate.name.strip() if self.candidate else ""
        # a draft not named yet is "The new candidate", never 'The dossier of “”'
        return arg(self.tr("The dossier of “%1”"), name) if name \
            else self.tr("The new candidate")

    def write(self) -> Callable[[Desk], Candidate]:
        candidate = self.candidate
        assert candidate is not None
        return lambda desk: desk.catalog.save_candidate(candidate)

    def written(self, value: Candidate) -> str:
        return value.id

    def changes(self) -> Changes:
        return Changes.of(Aggregate.CANDIDATES)

    # edits
    def _on_form_edited(self, *_: object) -> None:
        c = self.candidate
        if c is None or self._loading:
            return
        c.name = self.name.text()
        c.email = self.email.text().strip()
        c.phone = self.phone.text()
        c.role_id = self.role.currentData() or None
        c.stage = self.stage.currentText().strip()
        c.first_round_summary = self.summary.toPlainText()
        self.touch()

    def _on_concerns_edited(self) -> None:
        self._show_concern(self.concerns.current_row())
        self.touch()

    def _current(self) -> Concern | None:
        row = self.concerns.current_row()
        return self.concern_model.item(row) if row >= 0 else None

    def _show_concern(self, row: int) -> None:
        c = self.concern_model.item(row) if 0 <= row < self.concern_model.rowCount() else None
        was, self._loading = self._loading, True
        self.concern_box.setEnabled(c is not None)
        if c is None:
            self.c_text.clear()
            self.c_question.setCurrentIndex(0)
            self.c_lead_only.setChecked(False)
        else:
            set_plain(self.c_text, c.text)
            if c.question_id and self.c_question.findData(c.question_id) < 0:
                self.c_question.addItem(self._question_text(c), c.question_id)
            select_data(self.c_question, c.question_id or "")
            self.c_lead_only.setChecked(c.lead_only)
        self._loading = was

    def _on_concern_form_edited(self, *_: object) -> None:
        c = self._current()
        if c is None or self._loading:
            return
        c.text = self.c_text.toPlainText()
        c.question_id = self.c_question.currentData() or None
        c.lead_only = self.c_lead_only.isChecked()
        self.concern_model.refresh_row(self.concerns.current_row())
        self.touch()


class CandidatesPage(MasterDetailPage):
    """Candidates, searchable by name, role and any text of the dossier."""

    shows = (Aggregate.CANDIDATES, Aggregate.ROLES)

    def __init__(self, catalog: CatalogService, ops: OpRunner,
                 parent: QWidget | None = None) -> None:
        editor = CandidateEditor(catalog, ops)
        title = QCoreApplication.translate("CandidatesPage", "Candidates")
        self._roles: dict[str, str] = {}

        def load(search: str) -> list[CandidateListing]:
            self._roles = {r.id: r.name for r in catalog.list_roles()}
            return catalog.candidate_listing(search)  # names and roles, not dossiers

        super().__init__(
            title,
            [Column(QT_TRANSLATE_NOOP("", "Name"), lambda c: c.name),
             Column(QT_TRANSLATE_NOOP("", "Role"), lambda c: self._roles.get(c.role_id or "", ""))],
            load, editor, parent, search=True,
            new_text=QCoreApplication.translate("CandidatesPage", "&New candidate"))
        self.catalog = catalog
        self.candidate_editor = editor
        self.search.setPlaceholderText(self.tr("Search name, role, summary, concerns…"))
        self.set_list_width(340)
        self.select_first()

    def open_item(self, ident: str) -> None:
        self.candidate_editor.load(ident)

    def start_new(self) -> None:
        self.candidate_editor.load_new()

    def delete_item(self, ident: str) -> Callable[[Desk], object]:
        return lambda desk: desk.catalog.delete_candidate(ident)

    def describe(self, ident: str) -> str:
        return arg(self.tr("the dossier of “%1”"), self.catalog.get_candidate(ident).name)
