"""The role editor: competencies with description, weight (shown as a share) and anchors.

Editing a role version that a session already uses stores a new version (the catalog service
decides); the editor says so before saving, next to the version, and after, in the banner,
as the kit editor does for kits.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.model import Competency, Role
from interview_desk.domain.scale import SCALE
from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.services.catalog import CatalogService
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.ui.i18n import arg
from interview_desk.ui.look import Tone, text_style, tint
from interview_desk.ui.models import Column
from interview_desk.ui.ops import OpError, OpRunner
from interview_desk.ui.prepare.common import DraftEditor, MasterDetailPage, OrderedList
from interview_desk.ui.prepare.models import DraftListModel, Field
from interview_desk.ui.prepare.widgets import focus_all, set_plain, text_box, wrapped

MAX_WEIGHT = 100.0


def _set_weight(c: Competency, value: object) -> None:
    with contextlib.suppress(ValueError):
        c.weight = min(max(float(str(value).replace(",", ".")), 0.0), MAX_WEIGHT)


def _number(value: float) -> str:
    """A weight as the interface's language writes it ("8.25", "8,25")."""
    return QLocale().toString(float(value), "g", 6)


def _set_name(c: Competency, value: object) -> None:
    c.name = str(value)


class RoleEditor(DraftEditor):
    def __init__(self, catalog: CatalogService, ops: OpRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.catalog = catalog
        self.role: Role | None = None
        self._used_by = 0
        self._new_version_note = ""

        self.name = QLineEdit(self)
        self.name.setObjectName("role_name")
        self.description = text_box(self, 2, object_name="role_description")
        self.version = QLabel(self)
        self.version.setObjectName("role_version")
        self.version.setWordWrap(True)
        head = QFormLayout()
        head.addRow(self.tr("&Role name"), self.name)
        head.addRow(self.tr("Descr&iption"), self.description)
        head.addRow(self.tr("Version"), self.version)
        # The debrief's override rule: 0 reads "no rule", so each side can be left unset.
        self.hire_below = self._threshold_box("role_hire_below")
        self.no_hire_above = self._threshold_box("role_no_hire_above")
        rule = QHBoxLayout()
        for text, threshold in ((self.tr("a hire below"), self.hire_below),
                                (self.tr("or a no-hire above"), self.no_hire_above)):
            label = QLabel(text, self)
            label.setBuddy(threshold)  # the box's name for a screen reader
            rule.addWidget(label)
            rule.addWidget(threshold)
        rule.addWidget(QLabel(self.tr("the composite needs a written override reason"), self),
                       1)
        head.addRow(self.tr("Override rule"), rule)

        self.comp_model = DraftListModel([
            Field(QT_TRANSLATE_NOOP("", "Competency"), lambda c: c.name, _set_name),
            Field(QT_TRANSLATE_NOOP("", "Weight"), lambda c: _number(c.weight), _set_weight,
                  align_right=True),
            Field(QT_TRANSLATE_NOOP("", "Share"), self._share_text, align_right=True),
            Field(QT_TRANSLATE_NOOP("", "Anchors"), self._anchor_text,
                  warn=lambda c: bool(c.missing_anchors())),
        ], self)
        self.competencies = OrderedList(self.comp_model, self._new_competency, self,
                                        add_text=self.tr("Add competency"),
                                        list_name=self.tr("List of competencies"),
                                        object_name="competency_list")
        self.total = QLabel(self)
        self.total.setObjectName("weight_total")

        self.c_name = QLineEdit(self)
        self.c_name.setObjectName("competency_name")
        self.c_weight = QDoubleSpinBox(self)
        self.c_weight.setObjectName("competency_weight")
        self.c_weight.setRange(0.0, MAX_WEIGHT)
        self.c_weight.setSingleStep(0.25)
        self.c_weight.setDecimals(2)
        self.c_description = text_box(self, 2, object_name="competency_description")
        self.anchors = [text_box(self, 3, object_name=f"anchor_{point}",
                                 placeholder=self.tr("What evidence earns this rating?"))
                        for point in SCALE.points]
        self.detail = QGroupBox(self.tr("Selected competency"), self)
        form = QFormLayout()
        form.addRow(self.tr("Na&me"), self.c_name)
        form.addRow(self.tr("&Weight"), self.c_weight)
        form.addRow(self.tr("Description"), self.c_description)
        grid = QGridLayout()
        for i, (point, box) in enumerate(zip(SCALE.points, self.anchors, strict=True)):
            label = QLabel(self._rating_label(point), self)
            label.setBuddy(box)
            grid.addWidget(label, (i // 2) * 2, i % 2)
            grid.addWidget(box, (i // 2) * 2 + 1, i % 2)
        dv = QVBoxLayout(self.detail)
        dv.addLayout(form)
        dv.addLayout(grid)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(head)
        comp_label = wrapped(self.tr("<b>Competencies</b> — weights are shown as a share of "
                                     "the total; drag or Alt+↑/↓ to reorder"), self)
        layout.addWidget(comp_label)
        layout.addWidget(self.competencies, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.detail)
        layout.addLayout(self.button_row())

        self.name.textEdited.connect(self._on_name_edited)
        self.description.textChanged.connect(self._on_description_changed)
        self.comp_model.edited.connect(self._on_list_edited)
        self.competencies.current_changed.connect(self._show_competency)
        self.competencies.added.connect(lambda _row: focus_all(self.c_name))
        self.c_name.textEdited.connect(self._on_detail_edited)
        self.c_weight.valueChanged.connect(self._on_detail_edited)
        self.c_description.textChanged.connect(self._on_detail_edited)
        for box in self.anchors:
            box.textChanged.connect(self._on_detail_edited)
        self._clear()

    def _rating_label(self, point: int) -> str:
        """"Rating 1 — weakest evidence", "Rating 2"…: the ends say which way the scale runs."""
        if point == SCALE.lowest:
            return arg(self.tr("Rating %1 — weakest evidence"), point)
        if point == SCALE.highest:
            return arg(self.tr("Rating %1 — strongest evidence"), point)
        return arg(self.tr("Rating %1"), point)

    def _threshold_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setObjectName(name)
        box.setRange(0.0, float(SCALE.highest))
        box.setDecimals(2)
        box.setSingleStep(0.25)
        box.setSpecialValueText(self.tr("no rule"))
        box.setToolTip(arg(self.tr("A threshold on the composite (the weighted score of the "
                                   "independent ratings, %1–%2); “no rule” leaves it unset"),
                           SCALE.lowest, SCALE.highest))
        box.valueChanged.connect(self._on_rule_edited)
        return box

    def _on_rule_edited(self) -> None:
        if self.role is not None and not self._loading:
            self.role.hire_below = self.hire_below.value() or None
            self.role.no_hire_above = self.no_hire_above.value() or None
            self.touch()

    # columns
    def _share_text(self, c: Competency) -> str:
        if self.role is None:
            return ""
        return f"{self.role.weight_shares().get(c.id, 0.0):.0%}"

    def _anchor_text(self, c: Competency) -> str:
        missing = c.missing_anchors()
        if not missing:
            return arg(self.tr("all %1"), SCALE.size)
        return arg(self.tr("missing %1"), ", ".join(str(m) for m in missing))

    def _new_competency(self) -> Competency:
        return Competency(key="", name=self.tr("New competency"))

    # loading
    def load(self, role_id: str) -> None:
        self._stored_id = role_id
        self._show(copy.deepcopy(self.catalog.get_role(role_id)))

    def load_new(self, role: Role | None = None) -> None:
        """Start a new role (optionally prefilled); it is unsaved until Save."""
        self._stored_id = None
        self._show(role or Role(name=""))
        self._set_dirty(role is not None)  # a prefilled draft is worth asking about
        self.name.setFocus()

    def _show(self, role: Role) -> None:
        self._loading = True
        self.role = role
        self.setEnabled(True)
        self._used_by = self.catalog.role_sessions(role.id) if self._stored_id else 0
        self.name.setText(role.name)
        set_plain(self.description, role.description)
        self.hire_below.setValue(role.hire_below or 0.0)
        self.no_hire_above.setValue(role.no_hire_above or 0.0)
        self.comp_model.set_items(role.competencies)
        self._loading = False
        self._set_dirty(False)
        self.banner.clear_message()
        self._update_version()
        self.competencies.select(0)
        self._update_total()

    def _clear(self) -> None:
        self.role = None
        self._loading = True
        self.name.clear()
        self.description.clear()
        self.comp_model.set_items([])
        self._loading = False
        self.version.clear()
        self.setEnabled(False)
        self._set_dirty(False)

    def has_draft(self) -> bool:
        return self.role is not None

    def subject(self) -> str:
        name = self.role.name.strip() if self.role else ""
        # a draft not named yet is "The new role", never 'The role “”'
        return arg(self.tr("The role “%1”"), name) if name else self.tr("The new role")

    def write(self) -> Callable[[Desk], Role]:
        role = self.role
        assert role is not None
        self._before = (role.id if self._stored_id else None, role.version, self._used_by)
        return lambda desk: desk.catalog.save_role(role)

    def write_refused(self, error: OpError) -> None:
        self._select_incomplete()

    def written(self, stored: Role) -> str:
        before, old_version, used_by = self._before
        self._stored_id = stored.id
        if before is not None and stored.id != before:
            # The draft becomes the new version: keep editing it, with its new ids.
            row = self.competencies.current_row()
            self._loading = True
            self.role = stored
            self.comp_model.set_items(stored.competencies)
            self._loading = False
            self._used_by = 0
            self.competencies.select(max(row, 0))
            self._update_version()
            self.saved.connect(self._after_new_version, Qt.ConnectionType.SingleShotConnection)
            self._new_version_note = arg(self.tr(
                "Saved as version %1. The %n session(s) planned with version %2 keep its "
                "competencies, weights and anchors, so their scores do not change.", "",
                used_by), stored.version, old_version)
        self.comp_model.refresh_all()
        return stored.id

    def changes(self) -> Changes:
        return Changes.of(Aggregate.ROLES)

    def _after_new_version(self, _ident: str) -> None:
        self.banner.show_note(self._new_version_note)

    def _update_version(self) -> None:
        if self.role is None:
            return
        if not self._stored_id:
            self.version.setText(self.tr("new role (not saved yet)"))
        elif self._used_by:
            self.version.setText(arg(self.tr(
                "%1 — used by %n session(s): saving your changes makes version %2; those "
                "sessions keep version %1", "", self._used_by), self.role.version,
                self._next_version()))
            tint(self.version, lambda: text_style(Tone.WARNING, self))
            return
        else:
            self.version.setText(arg(self.tr("%1 — not used by any session yet"),
                                     self.role.version))
        tint(self.version, None)

    def _next_version(self) -> int:
        assert self.role is not None
        return max(r.version for r in self.catalog.role_versions(self.role.family_id)) + 1

    def _select_incomplete(self) -> None:
        assert self.role is not None
        for row, c in enumerate(self.role.competencies):
            if c.missing_anchors() or not c.name.strip():
                self.competencies.select(row)
                missing = c.missing_anchors()
                self.anchors[missing[0] - 1 if missing else 0].setFocus()
                return

    # edits
    def _on_name_edited(self, text: str) -> None:
        if self.role is not None:
            self.role.name = text
            self.touch()

    def _on_description_changed(self) -> None:
        if self.role is not None and not self._loading:
            self.role.description = self.description.toPlainText()
            self.touch()

    def _on_list_edited(self) -> None:
        self.comp_model.refresh_all()  # shares depend on every weight
        self._update_total()
        self._show_competency(self.competencies.current_row())
        self.touch()

    def _current(self) -> Competency | None:
        row = self.competencies.current_row()
        return self.comp_model.item(row) if row >= 0 else None

    def _show_competency(self, row: int) -> None:
        c = self.comp_model.item(row) if 0 <= row < self.comp_model.rowCount() else None
        was_loading, self._loading = self._loading, True
        self.detail.setEnabled(c is not None)
        if c is None:
            self.c_name.clear()
            self.c_weight.setValue(0)
            self.c_description.clear()
            for box in self.anchors:
                box.clear()
        else:
            if self.c_name.text() != c.name:
                self.c_name.setText(c.name)
            self.c_weight.setValue(c.weight)
            set_plain(self.c_description, c.description)
            for box, text in zip(self.anchors, c.anchors, strict=True):
                set_plain(box, text)
        self._loading = was_loading

    def _on_detail_edited(self, *_: object) -> None:
        c = self._current()
        if self._loading or c is None:
            return
        c.name = self.c_name.text()
        c.weight = self.c_weight.value()
        c.description = self.c_description.toPlainText()
        c.anchors = tuple(b.toPlainText() for b in self.anchors)
        self.comp_model.refresh_all()
        self._update_total()
        self.touch()

    def _update_total(self) -> None:
        if self.role is None:
            self.total.clear()
            return
        total = sum(c.weight for c in self.role.competencies)
        self.total.setText(arg(self.tr("Total weight %1 across %n competency(ies)", "",
                                       len(self.role.competencies)), _number(total)))


class RolesPage(MasterDetailPage):
    shows = (Aggregate.ROLES,)

    def __init__(self, catalog: CatalogService, ops: OpRunner,
                 parent: QWidget | None = None) -> None:
        editor = RoleEditor(catalog, ops)
        super().__init__(
            QCoreApplication.translate("RolesPage", "Roles"),
            [Column(QT_TRANSLATE_NOOP("", "Role"), lambda r: r.name),
             Column(QT_TRANSLATE_NOOP("", "Competencies"), lambda r: len(r.competencies))],
            lambda _search: catalog.list_roles(), editor, parent,
            new_text=QCoreApplication.translate("RolesPage", "&New role"))
        self.catalog = catalog
        self.role_editor = editor
        self.from_kit_button = QPushButton(self.tr("New role from &kit…"), self)
        self.more_tools.addWidget(self.from_kit_button)
        self.more_tools.addStretch(1)
        self.from_kit_button.clicked.connect(self.new_from_kit)
        # room for a role's name and the whole "Competencies" heading (it read "ompetencies")
        self.set_list_width(300)
        self.select_first()

    def open_item(self, ident: str) -> None:
        self.role_editor.load(ident)

    def start_new(self) -> None:
        self.role_editor.load_new()

    def new_from_kit(self) -> None:
        kits = self.catalog.list_kits()
        if not kits or not self.editor.maybe_leave():
            return
        names = [arg(self.tr("%1 (v%2)"), k.name, k.version) for k in kits]
        choice, ok = QInputDialog.getItem(self, self.tr("New role from kit"),
                                          self.tr("Adopt the competencies of:"), names, 0, False)
        if not ok:
            return
        kit = kits[names.index(choice)]
        self._current_id = None
        self.view.clearSelection()
        self.role_editor.load_new(Role(name="", competencies=[
            Competency(key=c.key, name=c.name, description=c.description, weight=c.weight,
                       anchors=c.anchors) for c in kit.competencies]))

    def delete_item(self, ident: str) -> Callable[[Desk], object]:
        return lambda desk: desk.catalog.delete_role(ident)

    def describe(self, ident: str) -> str:
        return arg(self.tr("the role “%1”"), self.catalog.get_role(ident).name)
