"""The scorecard pane: one panelist rates each competency against its anchors, then judges.

Dockable beside the live view (``ScorecardDock``). Everything typed is saved as a draft a moment
after typing stops; submitting locks the card; later changes go to the post-debrief layer with a
reason. Other panelists' ratings are never shown here: the seal is the debrief's business.

Every write (draft, submission, PIN, post-debrief change) is a copy of the card handed to the
window's op runner, so typing here never waits for the database (e.g. for an import).
"""

from __future__ import annotations

import copy
from functools import partial

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from interview_desk.domain.model import Competency, Recommendation, Scorecard
from interview_desk.domain.scale import SCALE
from interview_desk.domain.scorecard_rules import all_decided, missing_evidence, undecided
from interview_desk.services.changes import Aggregate, Changes
from interview_desk.services.desk import Desk
from interview_desk.services.scorecards import EvidenceOption, SubmitRefused, with_rating
from interview_desk.ui.actions import (
    RECOMMEND_KEYS,
    SCORECARD_KEYS,
    SPECS,
    ActionId,
    ScorecardKey,
    pane_actions,
)
from interview_desk.ui.look import Tone, banner_style, text_style, tint
from interview_desk.ui.ops import OpError, OpRunner

NO_EVIDENCE = 0  # button id of "no evidence" in the rating group
_SAVE_DELAY_MS = 400
_NARROW = 760  # below this width the two columns stack


def _recommendation_label(widget: QWidget, r: Recommendation) -> str:
    return {Recommendation.STRONG_NO: widget.tr("Strong no"), Recommendation.NO: widget.tr("No"),
            Recommendation.YES: widget.tr("Yes"),
            Recommendation.STRONG_YES: widget.tr("Strong yes")}[r]


def _wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _check_only(group: QButtonGroup, ident: int | None) -> None:
    """Check the button with ``ident`` and no other (``None``: none at all).

    An exclusive group refuses to uncheck its checked button with ``setChecked(False)``: on a
    shared laptop the previous panelist's choice stayed pressed on the next one's empty card.
    """
    group.setExclusive(False)
    for b in group.buttons():
        b.setChecked(group.id(b) == ident)
    group.setExclusive(True)


class ScorecardPane(QWidget):
    """One panelist's scorecard for one session, with a switcher for a shared laptop."""

    scorecard_saved = Signal(str)  # panelist id
    scorecard_submitted = Signal(str)  # panelist id
    scorecard_amended = Signal(str)  # panelist id
    panelist_changed = Signal(str)  # panelist id

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str, panelist_id: str, *,
                 verified: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_pane")
        self.desk = desk
        self.ops = ops
        self.service = desk.scorecards  # reads; writes go through ``ops``
        # Drafts handed to the runner and not yet confirmed, by panelist: switching back to a
        # panelist shows these, not the older card still on disk.
        self._in_flight: dict[str, tuple[int, Scorecard]] = {}
        self._draft_seq = 0
        self._submitting = False
        self.session_id = session_id
        self.competencies: list[Competency] = self.service.competencies(session_id)
        self.panel = self.service.panel(session_id)
        self.card: Scorecard = Scorecard(session_id=session_id, panelist_id=panelist_id)
        self.current = 0
        self._shown_panelist: str | None = None
        self._options: list[EvidenceOption] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_now)
        self._build()
        self._actions = pane_actions(self)
        for n in SCALE.points:
            self._actions[ScorecardKey(n)].triggered.connect(
                lambda _=False, n=n: self.rate(n))
        self._actions[ScorecardKey.NO_EVIDENCE].triggered.connect(
            lambda: self.rate(None))
        self._actions[ScorecardKey.NEXT].triggered.connect(lambda: self.step_competency(1))
        self._actions[ScorecardKey.PREVIOUS].triggered.connect(lambda: self.step_competency(-1))
        self._actions[ScorecardKey.SUBMIT].triggered.connect(lambda: self.submit())
        self._actions[ScorecardKey.EVIDENCE].triggered.connect(self.focus_evidence)
        for key, rec in zip(RECOMMEND_KEYS, Recommendation, strict=True):
            self._actions[key].triggered.connect(lambda _=False, r=rec: self.recommend(r))
        self.set_panelist(panelist_id, verified=verified)
        app = QCoreApplication.instance()
        if app is not None:  # quitting destroys windows without hide events: save first
            app.aboutToQuit.connect(self._on_about_to_quit)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Panelist:"), self))
        self.switcher = QComboBox(self)
        self.switcher.setObjectName("panelist_switcher")
        for p in self.panel:
            label = p.name + (self.tr(" (lead)") if p.is_lead else "")
            self.switcher.addItem(label, p.id)
        self.switcher.activated.connect(self._on_switcher_activated)
        top.addWidget(self.switcher, 1)
        self.pin_button = QPushButton(self.tr("Set PIN…"), self)
        self.pin_button.clicked.connect(self._on_pin_clicked)
        top.addWidget(self.pin_button)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_lock_page())
        self.stack.addWidget(self._build_card_page())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.stack, 1)

    def _build_lock_page(self) -> QWidget:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.lock_label = QLabel(page)
        self.lock_label.setWordWrap(True)
        self.pin_edit = QLineEdit(page)
        self.pin_edit.setObjectName("pin_edit")
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_edit.returnPressed.connect(self._on_unlock)
        unlock = QPushButton(self.tr("Unlock"), page)
        unlock.clicked.connect(self._on_unlock)
        self.pin_error = QLabel(page)
        tint(self.pin_error, lambda: text_style(Tone.ERROR, page))
        row = QHBoxLayout()
        row.addWidget(self.pin_edit, 1)
        row.addWidget(unlock)
        box.addWidget(self.lock_label)
        box.addLayout(row)
        box.addWidget(self.pin_error)
        box.addStretch(1)
        return page

    def _build_card_page(self) -> QWidget:
        # left: competencies and their anchors
        left = QWidget(self)
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(left)
        self.list.setObjectName("competency_list")
        self.list.setAccessibleName(self.tr("Competencies"))
        self.list.setMaximumHeight(150)
        for c in self.competencies:
            QListWidgetItem(c.name, self.list)
        self.list.currentRowChanged.connect(self._on_competency_selected)
        lbox.addWidget(self.list)
        self.comp_title = QLabel(left)
        self.comp_title.setWordWrap(True)
        self.comp_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.comp_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.comp_title.setFont(font)
        self.comp_desc = QLabel(left)
        self.comp_desc.setWordWrap(True)
        self.comp_desc.setTextFormat(Qt.TextFormat.PlainText)
        lbox.addWidget(self.comp_title)
        lbox.addWidget(self.comp_desc)
        anchors = QGridLayout()
        anchors.setColumnStretch(1, 1)
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        self.anchor_labels: list[QLabel] = []
        for row, n in enumerate(SCALE.points):
            b = QPushButton(str(n), left)
            b.setCheckable(True)
            b.setFixedWidth(36)
            b.setToolTip(self.tr("Rate %1 (key %1)").replace("%1", str(n)))
            self.rating_group.addButton(b, n)
            label = QLabel(left)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(4)
            self.anchor_labels.append(label)
            anchors.addWidget(b, row, 0, Qt.AlignmentFlag.AlignTop)
            anchors.addWidget(label, row, 1)
        none = QPushButton(self.tr("No evidence (0)"), left)
        none.setCheckable(True)
        self.rating_group.addButton(none, NO_EVIDENCE)
        anchors.addWidget(none, SCALE.size, 0, 1, 2)
        self.rating_group.idClicked.connect(self._on_rating_clicked)
        lbox.addLayout(anchors)
        hint = QLabel(self.tr("Keys: %1 rate, 0 no evidence (Alt+digit while typing), "
                              "Alt+E evidence, Alt+↑/↓ previous/next competency, "
                              "F5–F8 overall recommendation, Ctrl+Return submits.")
                      .replace("%1", SCALE.span), left)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        lbox.addWidget(hint)
        lbox.addStretch(1)

        # right: evidence, takeaways, the overall judgement
        right = QWidget(self)
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(_wrapped(self.tr("Evidence for this rating:"), right))
        self.evidence = QPlainTextEdit(right)
        self.evidence.setObjectName("evidence_edit")
        self.evidence.setAccessibleName(self.tr("Evidence for this rating"))
        self.evidence.setPlaceholderText(self.tr("What the candidate said or did that earns "
                                                 "this rating"))
        self.evidence.setMinimumHeight(90)
        self.evidence.setTabChangesFocus(True)  # Tab moves on, as in every other text box
        self.evidence.textChanged.connect(self._on_evidence_edited)
        rbox.addWidget(self.evidence, 2)
        rbox.addWidget(_wrapped(self.tr("From my notes (★ = tagged with this competency); "
                                        "Enter or double-click adds one:"), right))
        self.notes = QListWidget(right)
        self.notes.setObjectName("evidence_notes")
        self.notes.setAccessibleName(self.tr("From my notes"))
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setMinimumHeight(120)
        self.notes.itemActivated.connect(self._on_note_activated)
        rbox.addWidget(self.notes, 2)
        rbox.addWidget(QLabel(self.tr("Key takeaways:"), right))
        self.takeaways = QPlainTextEdit(right)
        self.takeaways.setObjectName("takeaways_edit")
        self.takeaways.setAccessibleName(self.tr("Key takeaways"))
        self.takeaways.setMinimumHeight(70)
        self.takeaways.setTabChangesFocus(True)
        self.takeaways.textChanged.connect(self._on_takeaways_edited)
        rbox.addWidget(self.takeaways, 1)
        rec_box = QGroupBox(self.tr("Overall recommendation"), right)
        rec_row = QGridLayout(rec_box)  # two by two: it must fit a dock beside the notes
        self.rec_group = QButtonGroup(self)
        self.rec_buttons: dict[Recommendation, QPushButton] = {}
        keys = [SCORECARD_KEYS[k][1][0] for k in RECOMMEND_KEYS]
        for i, r in enumerate(Recommendation):
            b = QPushButton(_recommendation_label(self, r), rec_box)
            b.setCheckable(True)
            b.setObjectName(f"recommend_{r.value}")
            b.setToolTip(keys[i])
            # the palette's own highlight: plain to see in a light or a dark theme
            b.setStyleSheet("QPushButton:checked { background: palette(highlight); "
                            "color: palette(highlighted-text); font-weight: bold; "
                            "border: 2px solid palette(text); }")
            self.rec_group.addButton(b, i)
            self.rec_buttons[r] = b
            rec_row.addWidget(b, i // 2, i % 2)
        self.rec_group.idClicked.connect(self._on_recommendation_clicked)
        rbox.addWidget(rec_box)
        self.rec_hint = QLabel(right)
        self.rec_hint.setWordWrap(True)
        rbox.addWidget(self.rec_hint)

        self.warnings = QFrame(right)
        self.warnings.setObjectName("submit_warnings")
        self.warnings.setFrameShape(QFrame.Shape.StyledPanel)
        tint(self.warnings, lambda: banner_style(
            Tone.WARNING, self, "#submit_warnings, #submit_warnings QLabel"))
        wbox = QVBoxLayout(self.warnings)
        self.warnings_label = QLabel(self.warnings)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        wrow = QHBoxLayout()
        self.submit_anyway = QPushButton(self.tr("Submit anyway"), self.warnings)
        self.submit_anyway.clicked.connect(lambda: self.submit(accept_warnings=True))
        back = QPushButton(self.tr("Go back and fix"), self.warnings)
        back.setObjectName("go_back_and_fix")
        back.clicked.connect(self.go_to_first_problem)
        wrow.addStretch(1)
        wrow.addWidget(back)
        wrow.addWidget(self.submit_anyway)
        wbox.addWidget(self.warnings_label)
        wbox.addLayout(wrow)
        self.warnings.hide()
        rbox.addWidget(self.warnings)

        buttons = QHBoxLayout()
        self.amend_button = QPushButton(self.tr("Change after debrief…"), right)
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.submit_button = QPushButton(self.tr("Submit scorecard"), right)
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setToolTip(self.tr("Ctrl+Return"))
        self.submit_button.clicked.connect(lambda: self.submit())
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.submit_button)
        rbox.addLayout(buttons)

        # A box layout rather than a splitter: it honours the word-wrapped anchors' height for
        # their width, so stacking the columns in a narrow dock never squashes them.
        body = QWidget(self)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(left, 1)
        self.columns.addWidget(right, 1)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Scorecard"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the keys, not it
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    # --- state --------------------------------------------------------------------------------

    @property
    def panelist_id(self) -> str:
        return self.card.panelist_id

    @property
    def locked(self) -> bool:
        return bool(self.card.submitted_at)

    def set_panelist(self, panelist_id: str, *, verified: bool = False) -> None:
        """Show another panelist's scorecard; asks for their PIN first if they have one."""
        self._take_evidence()
        self.flush()
        with QSignalBlocker(self.evidence):
            self.evidence.clear()
        changed = panelist_id != self._shown_panelist
        self._shown_panelist = panelist_id
        pending = self._in_flight.get(panelist_id)
        self.card = copy.deepcopy(pending[1]) if pending is not None \
            else self.service.card(self.session_id, panelist_id)
        if changed:
            # Each panelist starts at their own first open competency, not wherever the
            # previous one stopped (on a shared laptop that was the end of the list).
            still_open = {c.id for c in undecided(self.competencies, self.card)}
            open_rows = [i for i, c in enumerate(self.competencies) if c.id in still_open]
            self.current = open_rows[0] if open_rows else 0
        with QSignalBlocker(self.switcher):
            self.switcher.setCurrentIndex(self.switcher.findData(panelist_id))
        needs_pin = self.service.has_pin(panelist_id) and not verified
        self.pin_button.setEnabled(not needs_pin)
        self.pin_button.setText(self.tr("Change PIN…") if self.service.has_pin(panelist_id)
                                else self.tr("Set PIN…"))
        if needs_pin:
            name = self._name(panelist_id)
            self.lock_label.setText(self.tr("%1's scorecard is protected. Enter the PIN to "
                                            "open it.").replace("%1", name))
            self.pin_edit.clear()
            self.pin_error.clear()
            self.stack.setCurrentIndex(0)
            self._refresh_status()  # never leave the previous panelist's status on show
            self.pin_edit.setFocus()
        else:
            self.stack.setCurrentIndex(1)
            self._show_card()
        self.panelist_changed.emit(panelist_id)

    def _name(self, panelist_id: str) -> str:
        return next((p.name for p in self.panel if p.id == panelist_id), panelist_id)

    def _show_card(self) -> None:
        self.warnings.hide()
        with QSignalBlocker(self.takeaways):
            self.takeaways.setPlainText(self.card.takeaways)
        self._refresh_list()
        self.current = max(0, min(self.current, len(self.competencies) - 1))
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(self.current)
        self._show_competency()
        self._refresh_state()

    def _refresh_list(self) -> None:
        for i, c in enumerate(self.competencies):
            r = self.card.ratings.get(c.id)
            if r is None or not r.is_decided:
                mark = "○"
                value = ""
            elif r.no_evidence:
                mark, value = "✓", self.tr("no evidence")
            else:
                mark, value = "✓", str(r.rating)
            item = self.list.item(i)
            item.setText(f"{mark}  {c.name}" + (f" — {value}" if value else ""))

    def _show_competency(self) -> None:
        if not self.competencies:
            return
        c = self.competencies[self.current]
        self.comp_title.setText(self.tr("%1 (weight %2)").replace("%1", c.name)
                                .replace("%2", f"{c.weight:g}"))
        self.comp_desc.setText(c.description)
        for label, text in zip(self.anchor_labels, c.anchors, strict=True):
            label.setText(text)
        r = self.card.ratings.get(c.id)
        checked = None
        if r is not None and r.rating is not None:
            checked = r.rating
        elif r is not None and r.no_evidence:
            checked = NO_EVIDENCE
        _check_only(self.rating_group, checked)
        for n, label in zip(SCALE.points, self.anchor_labels, strict=True):
            tint(label, partial(_chosen_style, label) if checked == n else None)
        with QSignalBlocker(self.evidence):
            self.evidence.setPlainText(r.evidence if r else "")
        self._options = self.service.evidence_options(self.session_id, self.panelist_id, c)
        self.notes.clear()
        for o in self._options:
            if o.quote:  # the candidate's own words, marked apart from the panelist's notes
                head = self.tr("❝ Pinned quote from the transcript")
                head += f" · {o.question}" if o.question else ""
            else:
                head = ("★ " if o.tagged else "") + (o.question or self.tr("(note)"))
            item = QListWidgetItem(f"{head}\n{o.text}", self.notes)
            item.setToolTip(o.text)
        if not self._options:
            self.notes.addItem(self.tr("No notes of yours in this session yet."))

    def _refresh_state(self) -> None:
        locked = self.locked
        decided = all_decided(self.competencies, self.card)
        for b in self.rating_group.buttons():
            b.setEnabled(not locked)
        self.evidence.setReadOnly(locked)
        self.takeaways.setReadOnly(locked)
        self.notes.setEnabled(not locked)
        for b in self.rec_buttons.values():
            b.setEnabled(decided and not locked)
        chosen = self.card.recommendation
        _check_only(self.rec_group, None if chosen is None else list(Recommendation).index(chosen))
        for r, b in self.rec_buttons.items():
            b.setText(("✓ " if r is chosen else "") + _recommendation_label(self, r))
        if locked:
            self.rec_hint.setText("")
        elif decided:
            self.rec_hint.setText(self.tr("Every competency is decided: now judge overall."))
        else:
            left = sum(1 for c in self.competencies
                       if not (c.id in self.card.ratings and self.card.ratings[c.id].is_decided))
            self.rec_hint.setText(self.tr("The overall recommendation unlocks when every "
                                          "competency has a rating or “no evidence” (%1 to go).")
                                  .replace("%1", str(left)))
        self.submit_button.setEnabled(not locked)
        self.submit_button.setVisible(not locked)
        self.amend_button.setVisible(locked)
        self._refresh_status()

    def _refresh_status(self) -> None:
        status = self.service.status(self.session_id)
        done = [p.name for p in status.panel if p.id in status.seal.submitted]
        waiting = [p.name for p in status.panel if p.id not in status.seal.submitted]
        if self.locked:
            stamp = (self.card.submitted_at or "")[:16].replace("T", " ")
            mine = self.tr("Submitted %1 UTC — locked. Changes after the debrief are recorded "
                           "separately, with a reason.").replace("%1", stamp)
        else:
            decided = sum(1 for r in self.card.ratings.values() if r.is_decided)
            mine = self.tr("Draft, saved as you type — %1 of %2 competencies decided.") \
                .replace("%1", str(decided)).replace("%2", str(len(self.competencies)))
        if status.seal.is_open:
            # say where it is: the scorecard gives no other hint of the next step
            panel = self.tr("Panel: every scorecard is in; the consolidated view is open on "
                            "the Debrief page (%1).").replace(
                "%1", str(SPECS[ActionId.SHOW_DEBRIEF].shortcut))
        else:
            panel = self.tr("Panel: %1 of %2 submitted (waiting for %3). Nobody sees anyone "
                            "else's ratings until everyone has submitted.") \
                .replace("%1", str(len(done))).replace("%2", str(len(status.panel))) \
                .replace("%3", ", ".join(waiting))
        self.status_label.setText(mine + "\n" + panel)

    # --- rating ---------------------------------------------------------------------------------

    def current_competency(self) -> Competency:
        return self.competencies[self.current]

    def rate(self, value: int | None) -> None:
        """Rate the current competency on the scale, or ``None`` for "no evidence"."""
        if self.locked or self.stack.currentIndex() != 1 or not self.competencies:
            return
        c = self.current_competency()
        self._take_evidence()
        with_rating(self.card, c.id, value, no_evidence=value is None)
        self._save_now()
        self._refresh_list()
        self._show_competency()
        self._refresh_state()
        # The keys go on to the evidence: letters typed next are the reason for the rating,
        # and a digit there is text, never a silent re-rating.
        self.focus_evidence()

    def focus_evidence(self) -> None:
        if self.stack.currentIndex() == 1 and self.competencies:
            self.evidence.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.evidence.moveCursor(QTextCursor.MoveOperation.End)

    def recommend(self, r: Recommendation) -> None:
        """Choose the overall recommendation (once every competency is decided)."""
        if self.stack.currentIndex() != 1 or self.locked:
            return
        if not all_decided(self.competencies, self.card):
            self.go_to_first_problem()
            return
        self._on_recommendation_clicked(list(Recommendation).index(r))
        self.rec_buttons[r].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def go_to_first_problem(self) -> None:
        """"Go back and fix": the first thing the submit check complained about, ready to fix
        from the keyboard (a competency to rate, the recommendation, evidence to write)."""
        self.warnings.hide()
        if self.stack.currentIndex() != 1 or not self.competencies:
            return
        self._take_evidence()
        open_ids = {c.id for c in undecided(self.competencies, self.card)}
        bare_ids = {c.id for c in missing_evidence(self.competencies, self.card)}
        rows = range(len(self.competencies))
        unrated = next((i for i in rows if self.competencies[i].id in open_ids), None)
        if unrated is not None:
            self.list.setCurrentRow(unrated)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)  # a digit rates it
            return
        if self.card.recommendation is None:
            self.rec_buttons[next(iter(Recommendation))].setFocus(
                Qt.FocusReason.OtherFocusReason)
            return
        bare = next((i for i in rows if self.competencies[i].id in bare_ids), 0)
        self.list.setCurrentRow(bare)
        self.focus_evidence()

    def step_competency(self, step: int) -> None:
        if not self.competencies:
            return
        self.list.setCurrentRow(max(0, min(len(self.competencies) - 1, self.current + step)))

    def show_competency(self, competency_id: str) -> bool:
        """Select a competency by id (as Find's Enter does); False when it is not rated here."""
        row = next((i for i, c in enumerate(self.competencies) if c.id == competency_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)
        return row >= 0

    def _on_competency_selected(self, row: int) -> None:
        if row < 0 or row == self.current:
            return
        self._take_evidence()  # the evidence box still belongs to the competency we leave
        self.flush()
        self.current = row
        self._show_competency()

    def _on_rating_clicked(self, ident: int) -> None:
        self.rate(None if ident == NO_EVIDENCE else ident)

    def _take_evidence(self) -> None:
        """Copy the evidence box into the draft (for the competency it belongs to)."""
        if self.locked or not self.competencies or self.stack.currentIndex() != 1:
            return  # behind the PIN page the box is empty and must not erase stored evidence
        c = self.current_competency()
        text = self.evidence.toPlainText()
        r = self.card.ratings.get(c.id)
        if r is None:
            if not text:
                return
            with_rating(self.card, c.id, None)
            r = self.card.ratings[c.id]
        if r.evidence != text:
            r.evidence = text
            self._save_timer.start()

    def _on_evidence_edited(self) -> None:
        self._take_evidence()

    def _on_takeaways_edited(self) -> None:
        if self.locked:
            return
        self.card.takeaways = self.takeaways.toPlainText()
        self._save_timer.start()

    def _on_note_activated(self, item: QListWidgetItem) -> None:
        row = self.notes.row(item)
        if self.locked or row >= len(self._options):
            return
        text = self._options[row].text
        current = self.evidence.toPlainText().rstrip()
        self.evidence.setPlainText(f"{current}\n{text}" if current else text)
        self.evidence.setFocus()

    def _on_recommendation_clicked(self, ident: int) -> None:
        if self.locked or not all_decided(self.competencies, self.card):
            return
        self.card.recommendation = list(Recommendation)[ident]
        self._save_now()
        self._refresh_state()

    # --- saving and submitting ------------------------------------------------------------------

    def flush(self) -> None:
        """Write a pending draft now (before switching panelist, closing, submitting)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_now()

    def _save_now(self) -> None:
        self._save_timer.stop()
        if self.locked:
            return
        card = copy.deepcopy(self.card)  # typing goes on while the writer stores this copy
        self._draft_seq += 1
        seq = self._draft_seq
        self._in_flight[card.panelist_id] = (seq, card)
        op = self.ops.run(lambda desk, _report: desk.scorecards.save_draft(card), owner=self)
        op.succeeded.connect(lambda _card: self._on_draft_done(card.panelist_id, seq, None))
        op.failed.connect(lambda error: self._on_draft_done(card.panelist_id, seq, error))

    def _on_draft_done(self, panelist_id: str, seq: int, error: OpError | None) -> None:
        if self._in_flight.get(panelist_id, (None,))[0] == seq:
            del self._in_flight[panelist_id]
        if error is not None:
            self.status_label.setText(error.message)
            if error.transient and panelist_id == self.panelist_id:
                self._save_timer.start()  # the draft is still here: try again shortly
            return
        self.scorecard_saved.emit(panelist_id)

    def submit(self, *, accept_warnings: bool = False) -> bool:
        """Submit after the checks; warnings are shown inline with "Submit anyway".

        False when there is nothing to submit; otherwise the outcome arrives later:
        ``scorecard_submitted``, or the warnings shown.
        """
        if self.locked or self._submitting:
            return False
        self._take_evidence()
        self.flush()
        card = copy.deepcopy(self.card)
        self._submitting = True
        self.submit_button.setEnabled(False)
        op = self.ops.run(
            lambda desk, _report: desk.scorecards.submit(card, accept_warnings=accept_warnings),
            changes=Changes.of(Aggregate.SCORECARDS, Aggregate.SESSIONS,
                               ids=[self.session_id]),
            label=self.tr("Submitting the scorecard…"), owner=self)
        op.succeeded.connect(self._on_submitted)
        op.failed.connect(self._on_submit_failed)
        return True

    def _on_submitted(self, card: Scorecard) -> None:
        self._submitting = False
        if card.panelist_id == self.panelist_id:  # still showing the card just submitted
            self.card = self.service.card(self.session_id, self.panelist_id)
            self._show_card()
        self.scorecard_submitted.emit(card.panelist_id)

    def _on_submit_failed(self, error: OpError) -> None:
        self._submitting = False
        self.submit_button.setEnabled(not self.locked)
        if isinstance(error.exception, SubmitRefused):
            check = error.exception.check
            lines = [*check.blockers, *check.warnings]
            self.warnings_label.setText("\n".join(f"• {line}" for line in lines))
            self.submit_anyway.setVisible(not check.blockers)
        else:
            self.warnings_label.setText(error.message)
            self.submit_anyway.hide()
        self.warnings.show()

    def _on_amend_clicked(self) -> None:
        dialog = AmendDialog(self, self.competencies, self.service.effective(self.card),
                             self.current)
        dialog.amended.connect(lambda: self.scorecard_amended.emit(self.panelist_id))
        dialog.open()

    # --- the switcher and PINs ------------------------------------------------------------------

    def _on_switcher_activated(self, index: int) -> None:
        pid = self.switcher.itemData(index)
        if pid and pid != self.panelist_id:
            self.set_panelist(pid)

    def _on_unlock(self) -> None:
        if self.service.verify_pin(self.panelist_id, self.pin_edit.text()):
            self.pin_edit.clear()
            self.pin_button.setEnabled(True)
            self.stack.setCurrentIndex(1)
            self._show_card()
            self.list.setFocus()
        else:
            self.pin_error.setText(self.tr("That PIN is not right."))
            self.pin_edit.selectAll()

    def _on_pin_clicked(self) -> None:
        if self.stack.currentIndex() != 1:
            return  # only the panelist who opened their card may change its PIN
        dialog = PinDialog(self, self._name(self.panelist_id))
        dialog.pin_chosen.connect(self._on_pin_chosen)
        dialog.open()

    def _on_pin_chosen(self, pin: str) -> None:
        panelist_id = self.panelist_id
        op = self.ops.run(lambda desk, _report: desk.scorecards.set_pin(panelist_id, pin or None),
                          owner=self)
        op.succeeded.connect(lambda _none: self._on_pin_set(panelist_id, bool(pin)))
        op.failed.connect(lambda error: self.status_label.setText(error.message))

    def _on_pin_set(self, panelist_id: str, has_pin: bool) -> None:
        if panelist_id == self.panelist_id:
            self.pin_button.setText(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))

    # --- layout and lifetime --------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < _NARROW
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                  else QBoxLayout.Direction.LeftToRight)
        # Side by side, the text boxes grow into whatever height is left: their tall size hints
        # must not push the submit button below a 768-pixel screen. Stacked in a narrow dock,
        # the pane scrolls instead, so they keep their natural height and never overlap.
        vertical = QSizePolicy.Policy.Expanding if narrow else QSizePolicy.Policy.Ignored
        for grow in (self.evidence, self.notes, self.takeaways):
            grow.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        super().resizeEvent(event)

    def _on_about_to_quit(self) -> None:
        self._take_evidence()
        self.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self._take_evidence()
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._take_evidence()
        self.flush()
        super().closeEvent(event)


class ScorecardDock(QDockWidget):
    """The pane in a dock, to sit beside the live view; Esc hands the keys back to the note."""

    back_to_notes = Signal()

    def __init__(self, desk: Desk, ops: OpRunner, session_id: str, panelist_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scorecard (Esc: back to the notes)"))
        self.setObjectName("scorecard_dock")
        self.pane = ScorecardPane(desk, ops, session_id, panelist_id, parent=self)
        self.setWidget(self.pane)
        back = QAction(self.tr("Back to the notes"), self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.setObjectName("scorecard_back_to_notes")
        back.triggered.connect(self._on_back)
        self.addAction(back)

    def _on_back(self) -> None:
        self.pane.flush()
        self.back_to_notes.emit()


class PinDialog(QDialog):
    """Choose (or clear) a PIN; typed twice so a slip does not lock the panelist out."""

    pin_chosen = Signal(str)

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PIN for %1").replace("%1", name))
        form = QFormLayout(self)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QLabel(self.tr("Leave both empty to remove the PIN."), self))
        form.addRow(self.tr("New PIN:"), self.first)
        form.addRow(self.tr("Again:"), self.second)
        self.error = QLabel(self)
        tint(self.error, lambda: text_style(Tone.ERROR, self))
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _on_accepted(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two PINs differ."))
            return
        if self.first.text() and len(self.first.text()) < 4:
            self.error.setText(self.tr("A PIN needs at least 4 characters."))
            return
        self.pin_chosen.emit(self.first.text())
        self.accept()


class AmendDialog(QDialog):
    """A post-debrief change to one competency or to the recommendation, with its reason."""

    amended = Signal()

    def __init__(self, pane: ScorecardPane, competencies: list[Competency],
                 effective: Scorecard, current: int) -> None:
        super().__init__(pane)
        self.pane = pane
        self.competencies = competencies
        self.effective = effective
        self.setWindowTitle(self.tr("Change after debrief"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The submitted scorecard stays as it was; this change is "
                                   "recorded beside it, with your reason."), self))
        self.target = QComboBox(self)
        for c in competencies:
            self.target.addItem(c.name, c.id)
        self.target.addItem(self.tr("Overall recommendation"), None)
        self.target.setCurrentIndex(current)
        self.target.currentIndexChanged.connect(self._on_target_changed)
        form.addRow(self.tr("Change:"), self.target)
        self.rating = QComboBox(self)
        for n in SCALE.points:
            self.rating.addItem(str(n), n)
        self.rating.addItem(self.tr("No evidence"), None)
        form.addRow(self.tr("New rating:"), self.rating)
        self.evidence = QPlainTextEdit(self)
        self.evidence.setMaximumHeight(90)
        form.addRow(self.tr("Evidence:"), self.evidence)
        self.recommendation = QComboBox(self)
        for r in Recommendation:
            self.recommendation.addItem(_recommendation_label(self, r), r.value)
        form.addRow(self.tr("New recommendation:"), self.recommendation)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("amend_reason")
        self.reason.setPlaceholderText(self.tr("Why, after the debrief (required)"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        tint(self.error, lambda: text_style(Tone.ERROR, self))
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._on_target_changed(self.target.currentIndex())

    def _on_target_changed(self, _index: int) -> None:
        cid = self.target.currentData()
        is_rec = cid is None
        self.rating.setEnabled(not is_rec)
        self.evidence.setEnabled(not is_rec)
        self.recommendation.setEnabled(is_rec)
        if cid is not None:
            r = self.effective.ratings.get(cid)
            self.rating.setCurrentIndex(self.rating.findData(r.rating) if r and r.rating
                                        else SCALE.size)
            self.evidence.setPlainText(r.evidence if r else "")
        elif self.effective.recommendation is not None:
            self.recommendation.setCurrentIndex(
                self.recommendation.findData(self.effective.recommendation.value))

    def _on_accepted(self) -> None:
        cid = self.target.currentData()
        sid, pid, reason = self.pane.session_id, self.pane.panelist_id, self.reason.text()
        if cid is None:
            recommendation = Recommendation(self.recommendation.currentData())

            def amend(desk: Desk, _report: object) -> object:
                return desk.scorecards.amend(sid, pid, reason=reason,
                                             recommendation=recommendation)
        else:
            value = self.rating.currentData()
            evidence = self.evidence.toPlainText()

            def amend(desk: Desk, _report: object) -> object:
                return desk.scorecards.amend(sid, pid, reason=reason, competency_id=cid,
                                             rating=value, no_evidence=value is None,
                                             evidence=evidence)
        self.buttons.setEnabled(False)  # one change per click
        op = self.pane.ops.run(amend, changes=Changes.of(Aggregate.SCORECARDS, ids=[sid]),
                               owner=self)
        op.succeeded.connect(self._on_amended)
        op.failed.connect(self._on_amend_failed)

    def _on_amended(self, _amendment: object) -> None:
        self.amended.emit()
        self.accept()

    def _on_amend_failed(self, error: OpError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error.message)



def _chosen_style(label: QLabel) -> str:
    return banner_style(Tone.CHOSEN, label) + " QLabel { font-weight: bold; }"
