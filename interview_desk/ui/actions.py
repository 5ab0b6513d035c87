"""One registry of QActions keyed by an enum, each with its text and shortcut declared once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from interview_desk.i18n import QT_TRANSLATE_NOOP
from interview_desk.ui.i18n import arg, tr

if TYPE_CHECKING:
    # Named only where used: the first use of ``Qt`` makes every enum of the Qt namespace
    # (~14 ms), which the first window need not wait for (see models.py).
    from PySide6.QtCore import Qt


class ActionId(Enum):
    QUIT = "quit"
    SHOW_SESSIONS = "show_sessions"
    SHOW_CANDIDATES = "show_candidates"
    SHOW_ROLES = "show_roles"
    SHOW_KITS = "show_kits"
    SHOW_LIVE = "show_live"
    SHOW_SCORECARD = "show_scorecard"
    SCORECARD_BESIDE_LIVE = "scorecard_beside_live"
    SHOW_DEBRIEF = "show_debrief"
    SHOW_ROLE_COMPARISON = "show_role_comparison"
    SHOW_OVERDUE = "show_overdue"
    SHOW_CALIBRATION = "show_calibration"
    SETTINGS = "settings"
    EXPORT_SESSION_REPORT = "export_session_report"
    EXPORT_ROLE_REPORT = "export_role_report"
    EXPORT_PANEL = "export_panel"
    EXPORT_RETURN = "export_return"
    IMPORT_FILES = "import_files"
    WATCH_FOLDER = "watch_folder"
    SIGNING_CODES = "signing_codes"
    PURGE_OLD = "purge_old"
    EXPORT_CANDIDATE = "export_candidate"
    RESTORE_BACKUP = "restore_backup"
    FIND = "find"
    FIND_OUTSIDE_TEXT = "find_outside_text"
    # live session view (group "live": active only while the live view has focus)
    LIVE_CHEAT_SHEET = "live_cheat_sheet"
    LIVE_NEXT = "live_next"
    LIVE_PREVIOUS = "live_previous"
    LIVE_ASKED_NEXT = "live_asked_next"
    LIVE_SKIP = "live_skip"
    LIVE_NEXT_SECTION = "live_next_section"
    LIVE_PREVIOUS_SECTION = "live_previous_section"
    LIVE_GO_TO = "live_go_to"
    LIVE_FREE_TEXT = "live_free_text"
    LIVE_SITUATION = "live_situation"
    LIVE_TASK = "live_task"
    LIVE_ACTION = "live_action"
    LIVE_RESULT = "live_result"
    LIVE_FLAG_STRONG = "live_flag_strong"
    LIVE_FLAG_CONCERN = "live_flag_concern"
    LIVE_FLAG_FOLLOW_UP = "live_flag_follow_up"
    LIVE_ADHOC = "live_adhoc"
    LIVE_CANDIDATE_QUESTION = "live_candidate_question"
    LIVE_CONCERN_ADDRESSED = "live_concern_addressed"
    LIVE_CONCERNS = "live_concerns"
    LIVE_TIMER = "live_timer"
    LIVE_END = "live_end"
    LIVE_SWITCH_PANELIST = "live_switch_panelist"
    LIVE_BACK_TO_NOTE = "live_back_to_note"
    LIVE_ONLY_MINE = "live_only_mine"
    LIVE_LISTEN = "live_listen"
    LIVE_DELETE_CAPTURED = "live_delete_captured"
    LIVE_PIN = "live_pin"
    TRANSCRIBE_RECORDING = "transcribe_recording"
    # one key per look-for a question may list (domain.model.MAX_LOOK_FORS)
    LIVE_LOOK_FOR_1 = "live_look_for_1"
    LIVE_LOOK_FOR_2 = "live_look_for_2"
    LIVE_LOOK_FOR_3 = "live_look_for_3"
    LIVE_LOOK_FOR_4 = "live_look_for_4"
    LIVE_LOOK_FOR_5 = "live_look_for_5"
    LIVE_LOOK_FOR_6 = "live_look_for_6"
    LIVE_LOOK_FOR_7 = "live_look_for_7"
    LIVE_LOOK_FOR_8 = "live_look_for_8"
    # preparation pages (page-scoped: built with page_action, not on the window)
    SAVE = "save"
    NEW_ITEM = "new_item"
    MOVE_UP = "move_up"
    MOVE_DOWN = "move_down"
    REMOVE_ROW = "remove_row"
    UNDO_REMOVE = "undo_remove"
    PLAN_SESSION = "plan_session"
    IMPORT_KIT = "import_kit"
    EXPORT_KIT = "export_kit"


@dataclass(frozen=True)
class ActionSpec:
    # A StandardKey where the platform has one; QKeySequence objects must not be built at
    # import time (before the QApplication exists), so specs hold plain values.
    text: str
    shortcut: QKeySequence.StandardKey | str = ""
    tip: str = ""
    # "main": the main window; "live": the live session view; "page": built by a page
    # or editor with ``page_action`` (its shortcut works only while that page is shown)
    group: str = "main"


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionId.SHOW_SESSIONS: ActionSpec(QT_TRANSLATE_NOOP("", "&Sessions"), "Ctrl+1"),
    ActionId.SHOW_CANDIDATES: ActionSpec(QT_TRANSLATE_NOOP("", "&Candidates"), "Ctrl+2"),
    ActionId.SHOW_ROLES: ActionSpec(QT_TRANSLATE_NOOP("", "&Roles"), "Ctrl+3"),
    ActionId.SHOW_KITS: ActionSpec(QT_TRANSLATE_NOOP("", "&Kits"), "Ctrl+4"),
    # back and forth between the session just held and its scorecard, without the mouse
    ActionId.SHOW_LIVE: ActionSpec(QT_TRANSLATE_NOOP("", "&Live session"), "Ctrl+5"),
    ActionId.SHOW_SCORECARD: ActionSpec(QT_TRANSLATE_NOOP("", "Score&card"), "Ctrl+6"),
    ActionId.SCORECARD_BESIDE_LIVE: ActionSpec(
        QT_TRANSLATE_NOOP("", "Scorecard &beside the live session"), "Ctrl+Shift+S",
        QT_TRANSLATE_NOOP("", "Dock your scorecard next to the notes (rate while it is fresh)")),
    ActionId.SHOW_DEBRIEF: ActionSpec(QT_TRANSLATE_NOOP("", "&Debrief"), "Ctrl+7"),
    ActionId.SHOW_ROLE_COMPARISON: ActionSpec(QT_TRANSLATE_NOOP("", "Role &comparison"), "Ctrl+8"),
    ActionId.SHOW_OVERDUE: ActionSpec(QT_TRANSLATE_NOOP("", "What is &overdue"), "Ctrl+9"),
    ActionId.SHOW_CALIBRATION: ActionSpec(
        QT_TRANSLATE_NOOP("", "Interviewer ca&libration"), "Ctrl+0"),
    # Ctrl+, everywhere, plus the platform's own Preferences key where it has another one
    # (added in ui/settings_dialog.py: many platforms have none).
    ActionId.SETTINGS: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Settings…"), "Ctrl+,",
        QT_TRANSLATE_NOOP("", "Retention, backups, overdue thresholds, message templates")),
    ActionId.EXPORT_SESSION_REPORT: ActionSpec(
        QT_TRANSLATE_NOOP("", "Export &report…"), "Ctrl+E",
        QT_TRANSLATE_NOOP("", "Save the selected session's consolidated report as PDF")),
    ActionId.EXPORT_ROLE_REPORT: ActionSpec(
        QT_TRANSLATE_NOOP("", "Export role &comparison…"), "Ctrl+Alt+E",
        QT_TRANSLATE_NOOP("", "Save a PDF comparing every "
                          "candidate for the selected session's role")),
    ActionId.EXPORT_PANEL: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Export for panel…"), "Ctrl+Alt+P",
        QT_TRANSLATE_NOOP("", "Write the selected session as a file for the panelists")),
    ActionId.EXPORT_RETURN: ActionSpec(
        QT_TRANSLATE_NOOP("", "Export my &return file…"), "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("", "Write your notes and scorecard for the panel lead")),
    ActionId.IMPORT_FILES: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Import…"), "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("", "Import panel or return files (or drop them here)")),
    ActionId.WATCH_FOLDER: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Watch a shared folder…"), "",
        QT_TRANSLATE_NOOP("", "Import panel and return files as they appear in a folder")),
    ActionId.SIGNING_CODES: ActionSpec(
        QT_TRANSLATE_NOOP("", "Return-file &codes…"), "",
        QT_TRANSLATE_NOOP("", "Your code, and the codes of the "
                          "people whose files you imported, to compare aloud")),
    ActionId.PURGE_OLD: ActionSpec(
        QT_TRANSLATE_NOOP("", "P&urge old candidates…"), "",
        QT_TRANSLATE_NOOP("", "Delete candidates past the retention period, for good")),
    ActionId.EXPORT_CANDIDATE: ActionSpec(
        QT_TRANSLATE_NOOP("", "Export a &candidate's data…"), "",
        QT_TRANSLATE_NOOP("", "Write everything held about one candidate "
                          "as one file (an access request)")),
    ActionId.RESTORE_BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("", "Restore from &backup…"), "",
        QT_TRANSLATE_NOOP("", "Replace the database with one of its backups")),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Find…"), "Ctrl+K",
        QT_TRANSLATE_NOOP("", "Search candidates, sessions, notes, "
                          "evidence, flags and candidate questions")),
    # the platform's Find key too, but only where it cannot mean "find in this text"
    ActionId.FIND_OUTSIDE_TEXT: ActionSpec(
        QT_TRANSLATE_NOOP("", "Find (outside a text box)"), QKeySequence.StandardKey.Find),
    ActionId.LIVE_CHEAT_SHEET: ActionSpec(
        QT_TRANSLATE_NOOP("", "Keyboard cheat sheet"), "F1",
        group="live"),
    ActionId.LIVE_NEXT: ActionSpec(
        QT_TRANSLATE_NOOP("", "Next question"), "Alt+Down",
        group="live"),
    ActionId.LIVE_PREVIOUS: ActionSpec(
        QT_TRANSLATE_NOOP("", "Previous question"), "Alt+Up",
        group="live"),
    ActionId.LIVE_ASKED_NEXT: ActionSpec(
        QT_TRANSLATE_NOOP("", "Mark asked (or covered) and go to the next"), "Ctrl+Return",
        group="live"),
    ActionId.LIVE_SKIP: ActionSpec(
        QT_TRANSLATE_NOOP("", "Skip this question"), "Alt+K",
        group="live"),
    ActionId.LIVE_NEXT_SECTION: ActionSpec(
        QT_TRANSLATE_NOOP("", "Next section"), "Alt+PgDown",
        group="live"),
    ActionId.LIVE_PREVIOUS_SECTION: ActionSpec(
        QT_TRANSLATE_NOOP("", "Previous section"), "Alt+PgUp",
        group="live"),
    ActionId.LIVE_GO_TO: ActionSpec(
        QT_TRANSLATE_NOOP("", "Go to a section or question (arrows, Enter)"), "Ctrl+G",
        group="live"),
    ActionId.LIVE_FREE_TEXT: ActionSpec(QT_TRANSLATE_NOOP("", "Free notes"), "Alt+N", group="live"),
    ActionId.LIVE_SITUATION: ActionSpec(
        QT_TRANSLATE_NOOP("", "STAR: Situation"), "Alt+S",
        group="live"),
    ActionId.LIVE_TASK: ActionSpec(QT_TRANSLATE_NOOP("", "STAR: Task"), "Alt+T", group="live"),
    ActionId.LIVE_ACTION: ActionSpec(QT_TRANSLATE_NOOP("", "STAR: Action"), "Alt+A", group="live"),
    ActionId.LIVE_RESULT: ActionSpec(QT_TRANSLATE_NOOP("", "STAR: Result"), "Alt+R", group="live"),
    ActionId.LIVE_FLAG_STRONG: ActionSpec(
        QT_TRANSLATE_NOOP("", "Flag: strong signal"), "F2",
        group="live"),
    ActionId.LIVE_FLAG_CONCERN: ActionSpec(
        QT_TRANSLATE_NOOP("", "Flag: concern"), "F3",
        group="live"),
    ActionId.LIVE_FLAG_FOLLOW_UP: ActionSpec(
        QT_TRANSLATE_NOOP("", "Flag: follow up"), "F4",
        group="live"),
    ActionId.LIVE_ADHOC: ActionSpec(
        QT_TRANSLATE_NOOP("", "Add an ad-hoc question"), "Alt+Q",
        group="live"),
    ActionId.LIVE_CANDIDATE_QUESTION: ActionSpec(
        QT_TRANSLATE_NOOP("", "Capture the candidate's question"), "Alt+C",
        group="live"),
    ActionId.LIVE_CONCERN_ADDRESSED: ActionSpec(
        QT_TRANSLATE_NOOP("", "Mark this question's first-round concern addressed"), "Alt+D",
        group="live"),
    ActionId.LIVE_CONCERNS: ActionSpec(
        QT_TRANSLATE_NOOP("", "Pick a concern (arrows, Space marks addressed)"), "Alt+O",
        group="live"),
    ActionId.LIVE_TIMER: ActionSpec(
        QT_TRANSLATE_NOOP("", "Start / pause the clock"), "Ctrl+T",
        group="live"),
    ActionId.LIVE_END: ActionSpec(
        QT_TRANSLATE_NOOP("", "End the session (press twice)"), "Ctrl+Shift+E",
        group="live"),
    ActionId.LIVE_SWITCH_PANELIST: ActionSpec(
        QT_TRANSLATE_NOOP("", "Write as the next panelist"), "Ctrl+Shift+P",
        group="live"),
    ActionId.LIVE_BACK_TO_NOTE: ActionSpec(
        QT_TRANSLATE_NOOP("", "Back to the note"), "Esc",
        group="live"),
    ActionId.LIVE_ONLY_MINE: ActionSpec(
        QT_TRANSLATE_NOOP("", "Show only the questions I ask (again: all)"), "Alt+M",
        group="live"),
    ActionId.LIVE_LISTEN: ActionSpec(
        QT_TRANSLATE_NOOP("", "Transcription: listen (after consent) / pause"), "Ctrl+Shift+L",
        group="live"),
    ActionId.LIVE_DELETE_CAPTURED: ActionSpec(
        QT_TRANSLATE_NOOP("", "Transcription: delete everything captured in this session "
                          "(press twice)"), "Ctrl+Shift+Backspace",
        group="live"),
    ActionId.LIVE_PIN: ActionSpec(
        QT_TRANSLATE_NOOP("", "Transcription: pin the selected segment, or mark it not said"), "F6",
        group="live"),
    ActionId.TRANSCRIBE_RECORDING: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Transcribe a recording…"), "",
        QT_TRANSLATE_NOOP("", "Transcribe a WAV recording of the "
                          "selected session (needs the candidate's consent)")),
    # %1: the look-for's number, filled in when the action is made
    **{ActionId(f"live_look_for_{n}"): ActionSpec(
        QT_TRANSLATE_NOOP("", "Tick look-for %1 (again: untick)"), f"Alt+{n}",
        group="live") for n in range(1, 9)},
    ActionId.SAVE: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Save"), QKeySequence.StandardKey.Save,
        group="page"),
    ActionId.NEW_ITEM: ActionSpec(
        QT_TRANSLATE_NOOP("", "&New"), QKeySequence.StandardKey.New,
        group="page"),
    ActionId.MOVE_UP: ActionSpec(QT_TRANSLATE_NOOP("", "Move up"), "Alt+Up", group="page"),
    ActionId.MOVE_DOWN: ActionSpec(QT_TRANSLATE_NOOP("", "Move down"), "Alt+Down", group="page"),
    ActionId.REMOVE_ROW: ActionSpec(
        QT_TRANSLATE_NOOP("", "Remove"), QKeySequence.StandardKey.Delete,
        group="page"),
    ActionId.UNDO_REMOVE: ActionSpec(
        QT_TRANSLATE_NOOP("", "Undo remove"), QKeySequence.StandardKey.Undo,
        group="page"),
    ActionId.PLAN_SESSION: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Plan session…"), "Ctrl+Shift+N",
        group="page"),
    ActionId.IMPORT_KIT: ActionSpec(QT_TRANSLATE_NOOP("", "&Import kit…"), "Ctrl+I",
                                    group="page"),
    ActionId.EXPORT_KIT: ActionSpec(
        QT_TRANSLATE_NOOP("", "&Export kit…"), "Ctrl+Alt+X",
        group="page"),
}


LOOK_FOR_KEYS = tuple(ActionId(f"live_look_for_{n}") for n in range(1, 9))


class Actions:
    """The QActions of one window, created from ``SPECS``."""

    def __init__(self, parent: QWidget, group: str = "main",
                 context: Qt.ShortcutContext | None = None) -> None:
        """``context``: where the shortcuts work; by default (None) QAction's own, the
        window."""
        self._actions: dict[ActionId, QAction] = {}
        for ident, spec in SPECS.items():
            if spec.group != group:
                continue
            action = QAction(arg(tr(spec.text), ident.value.rsplit("_", 1)[-1])
                             if ident in LOOK_FOR_KEYS else tr(spec.text), parent)
            if context is not None:
                action.setShortcutContext(context)
            if spec.shortcut:
                # the list overload: resolving setShortcut's overloads (one takes a Qt.Key)
                # makes the Qt namespace's enums
                action.setShortcuts([QKeySequence(spec.shortcut)])
            if spec.tip:
                action.setToolTip(tr(spec.tip))
            action.setObjectName(f"action_{ident.value}")
            parent.addAction(action)
            self._actions[ident] = action

    def __getitem__(self, ident: ActionId) -> QAction:
        return self._actions[ident]

    def items(self) -> list[tuple[ActionId, QAction]]:
        return list(self._actions.items())

def page_action(ident: ActionId, parent: QWidget,
                context: Qt.ShortcutContext | None = None) -> QAction:
    """A QAction from ``SPECS`` on a page: its shortcut works only while the page is shown.

    ``context``: by default (None) QAction's own, the window (which a hidden page is not
    part of)."""
    spec = SPECS[ident]
    action = QAction(tr(spec.text), parent)
    if spec.shortcut:
        action.setShortcuts([QKeySequence(spec.shortcut)])  # as in Actions
    if context is not None:
        action.setShortcutContext(context)
    action.setObjectName(f"action_{ident.value}")
    parent.addAction(action)
    return action


class ScorecardKey(Enum):
    """Keys of the scorecard pane; live only while the pane (or a child) has focus."""

    RATE_1 = 1
    RATE_2 = 2
    RATE_3 = 3
    RATE_4 = 4
    NO_EVIDENCE = "no_evidence"
    NEXT = "next"
    PREVIOUS = "previous"
    SUBMIT = "submit"
    EVIDENCE = "evidence"
    RECOMMEND_STRONG_NO = "recommend_strong_no"
    RECOMMEND_NO = "recommend_no"
    RECOMMEND_YES = "recommend_yes"
    RECOMMEND_STRONG_YES = "recommend_strong_yes"


# Plain digits rate when focus is not in a text field (a text field keeps its typed digits);
# the Alt variants work everywhere in the pane, also while typing evidence.
SCORECARD_KEYS: dict[ScorecardKey, tuple[str, tuple[str, ...]]] = {
    ScorecardKey.RATE_1: (QT_TRANSLATE_NOOP("", "Rate 1"), ("1", "Alt+1")),
    ScorecardKey.RATE_2: (QT_TRANSLATE_NOOP("", "Rate 2"), ("2", "Alt+2")),
    ScorecardKey.RATE_3: (QT_TRANSLATE_NOOP("", "Rate 3"), ("3", "Alt+3")),
    ScorecardKey.RATE_4: (QT_TRANSLATE_NOOP("", "Rate 4"), ("4", "Alt+4")),
    ScorecardKey.NO_EVIDENCE: (QT_TRANSLATE_NOOP("", "No evidence"), ("0", "Alt+0")),
    ScorecardKey.NEXT: (QT_TRANSLATE_NOOP("", "Next competency"), ("Alt+Down", "Ctrl+PgDown")),
    ScorecardKey.PREVIOUS: (QT_TRANSLATE_NOOP("", "Previous competency"), ("Alt+Up", "Ctrl+PgUp")),
    # the same key that moves on in the live view: nobody reaches for the mouse to finish
    ScorecardKey.SUBMIT: (QT_TRANSLATE_NOOP("", "Submit scorecard"), ("Ctrl+Return", "Ctrl+Enter")),
    ScorecardKey.EVIDENCE: (QT_TRANSLATE_NOOP("", "Write the evidence for this rating"),
                           ("Alt+E",)),
    # four keys side by side, in the order of the buttons: no digit (digits rate)
    ScorecardKey.RECOMMEND_STRONG_NO: (QT_TRANSLATE_NOOP("", "Recommend: strong no"), ("F5",)),
    ScorecardKey.RECOMMEND_NO: (QT_TRANSLATE_NOOP("", "Recommend: no"), ("F6",)),
    ScorecardKey.RECOMMEND_YES: (QT_TRANSLATE_NOOP("", "Recommend: yes"), ("F7",)),
    ScorecardKey.RECOMMEND_STRONG_YES: (QT_TRANSLATE_NOOP("", "Recommend: strong yes"), ("F8",)),
}

RECOMMEND_KEYS = (ScorecardKey.RECOMMEND_STRONG_NO, ScorecardKey.RECOMMEND_NO,
                  ScorecardKey.RECOMMEND_YES, ScorecardKey.RECOMMEND_STRONG_YES)


def pane_actions(parent: QWidget) -> dict[ScorecardKey, QAction]:
    """The scorecard pane's actions, scoped to the pane so a second pane never clashes."""
    from PySide6.QtCore import Qt

    out: dict[ScorecardKey, QAction] = {}
    for ident, (text, keys) in SCORECARD_KEYS.items():
        action = QAction(tr(text), parent)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setObjectName(f"scorecard_{ident.name.lower()}")
        parent.addAction(action)
        out[ident] = action
    return out
