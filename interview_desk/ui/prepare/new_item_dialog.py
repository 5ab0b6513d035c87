"""A candidate or a role created from where it is found missing (the session planner): the
page's own editor, in a dialog, so nobody has to leave a half-made plan to make one."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from interview_desk.ui.prepare.common import DraftEditor, EditorDialog


class NewItemDialog(EditorDialog):
    """Shows ``editor``, loaded with a new draft; accepted once the editor has stored it."""

    def __init__(self, editor: DraftEditor, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = editor
        self.created_id: str | None = None
        editor.setParent(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        editor.saved.connect(self._on_saved)

    def _on_saved(self, ident: str) -> None:
        self.created_id = ident
        self.accept()

