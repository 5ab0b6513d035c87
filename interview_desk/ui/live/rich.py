"""Small helpers for the live view's rich-text labels: user text is escaped before it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget) -> QLabel:
    return QLabel(f"<b>{esc(text)}</b>", parent)


def esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
