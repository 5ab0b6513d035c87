"""Where things live: the per-user data folder, the default database, bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:  # importlib.resources loads only when a resource is read (start-up time)
    from importlib.resources.abc import Traversable

APP_NAME = "InterviewDesk"
DB_ENV = "INTERVIEW_DESK_DB"
DATA_ENV = "INTERVIEW_DESK_DATA_DIR"
LOG_ENV = "INTERVIEW_DESK_LOG_DIR"


def data_dir() -> Path:
    """The per-user data folder (tests redirect it with ``INTERVIEW_DESK_DATA_DIR``)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The per-user log folder (tests redirect it with ``INTERVIEW_DESK_LOG_DIR``)."""
    override = os.environ.get(LOG_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override)
    return data_dir() / "interview-desk.sqlite3"


def signing_key_path() -> Path:
    """This laptop's private signing key for panel and return files (owner-only)."""
    return data_dir() / "signing-key.pem"


def resource(*parts: str) -> Traversable:
    """A bundled file under ``resources/``.

    A desktop build (PyInstaller, see ``packaging/``) unpacks it beside the executable;
    installed wheels carry it as the package ``interview_desk.resources``; a source checkout
    (and an editable install) reads the top-level folder directly.
    """
    root = _resources_root()
    for part in parts:
        root = root / part
    return root


def _resources_root() -> Traversable:
    from importlib import resources

    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        # PyInstaller sets both; its spec copies resources/ to the bundle's data folder.
        return Path(bundle) / "resources"
    try:
        return resources.files("interview_desk.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
