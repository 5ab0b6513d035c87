"""File dialogs that start where the user last saved or opened something.

Every save/open dialog of the app went to the home folder (reports kept their own folder): a
panel file, then its return files, then the report, each needed the same folder found again.
One remembered folder is shared by them all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from interview_desk.ui import settings


def last_folder() -> Path:
    """The folder of the last file saved or opened, or the home folder."""
    stored = settings.get(settings.LAST_FOLDER)
    if stored and Path(stored).is_dir():
        return Path(stored)
    return Path.home()


def remember_folder(path: Path) -> None:
    """Remember where ``path`` (a file or a folder) lies, for the next dialog."""
    settings.put(settings.LAST_FOLDER, str(path if path.is_dir() else path.parent))


def save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """Ask where to save, offering ``suggested`` (a file name) in the last folder used."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(last_folder() / suggested),
                                                file_filter)
    if not name:
        return None
    remember_folder(Path(name))
    return Path(name)


def open_paths(parent: QWidget, title: str, file_filter: str) -> list[Path]:
    names, _filter = QFileDialog.getOpenFileNames(parent, title, str(last_folder()),
                                                  file_filter)
    if names:
        remember_folder(Path(names[0]))
    return [Path(n) for n in names]


def open_path(parent: QWidget, title: str, file_filter: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(last_folder()),
                                                file_filter)
    if not name:
        return None
    remember_folder(Path(name))
    return Path(name)


def choose_folder(parent: QWidget, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(last_folder()))
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)
