"""The app's own icon (``resources/icons``), for every window and the task bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from interview_desk.paths import resource

#: The sizes rendered from interview-desk.svg (packaging/README.md says how).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """Every rendered size, so Qt picks a sharp one for the title bar, the task bar, Alt+Tab."""
    icon = QIcon()
    for size in ICON_SIZES:
        found = resource("icons", f"interview-desk-{size}.png")
        if isinstance(found, Path) and found.is_file():
            # Qt decodes it when that size is first drawn: decoding all eight cost ~10 ms of
            # every start, before the window could show.
            icon.addFile(str(found))
            continue
        pixmap = QPixmap()
        # Bytes, not a path: an installed wheel's resources need not be plain files.
        pixmap.loadFromData(found.read_bytes(), "PNG")
        icon.addPixmap(pixmap)
    return icon


def use_app_icon() -> None:
    """Give the application its icon, for every window and the task bar (once). Set once the
    first window has painted, or before a window shown earlier (a refusal, the recovery
    screen): this module and its QIcon cost ~4 ms the first paint need not wait for."""
    if QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(app_icon())
