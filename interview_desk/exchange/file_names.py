"""The names panel and return files go by: their own extensions, still JSON inside.

A distinct extension is what lets the desktop (shared-mime-info on Linux, the file
associations of a Windows or macOS build) open a double-clicked file in Interview Desk
rather than in a text editor. Files written before these extensions existed are named
``*.json``; they stay importable everywhere a file is taken in.
"""

from __future__ import annotations

from pathlib import Path

PANEL_SUFFIX = ".idpanel"
RETURN_SUFFIX = ".idreturn"
#: The old name of both kinds of file.
LEGACY_SUFFIX = ".json"
#: What File → Import, a watched folder and a double-click take in.
IMPORTABLE_SUFFIXES = (PANEL_SUFFIX, RETURN_SUFFIX, LEGACY_SUFFIX)
#: The MIME types declared in packaging/interview-desk-mime.xml.
PANEL_MIME_TYPE = "application/x-interview-desk-panel"
RETURN_MIME_TYPE = "application/x-interview-desk-return"


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORTABLE_SUFFIXES


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` as typed, with ``suffix`` added when it names no known kind of file."""
    return path if is_importable(path) else path.with_name(path.name + suffix)

