"""Where a panelist lands when the session ends, until the scorecard pane is wired in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ScorecardPlaceholder(QWidget):
    """A clear stand-in for ``ScorecardPane(desk, session_id, panelist_id)``."""

    def __init__(self, session_id: str, panelist_id: str, panelist_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_placeholder")
        self.session_id = session_id
        self.panelist_id = panelist_id
        title = QLabel(self.tr("Scorecard"), self)
        font = title.font()
        font.setPointSize(20)
        font.setBold(True)
        title.setFont(font)
        body = QLabel(self.tr(
            "The session has ended.\n\n"
            "%1, your scorecard comes next: rate each competency with its evidence before "
            "you see anyone else's. (The scorecard pane is not part of this build yet.)")
            .replace("%1", panelist_name), self)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
