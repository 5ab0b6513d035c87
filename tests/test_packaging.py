"""The install and the desktop build ship every package and the resources they read."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree

from interview_desk.exchange.file_names import (
    PANEL_MIME_TYPE,
    PANEL_SUFFIX,
    RETURN_MIME_TYPE,
    RETURN_SUFFIX,
)
from interview_desk.ui.app_icon import ICON_SIZES
from tests.conftest import REPO_ROOT


def _pyproject() -> dict[str, object]:
    with (REPO_ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_every_python_package_is_listed_for_the_wheel() -> None:
    # setuptools ships only the packages it is told about; a forgotten sub-package works in a
    # checkout and fails only after `pip install .` (and so in the desktop build).
    packages = _pyproject()["tool"]["setuptools"]["packages"]  # type: ignore[index]
    on_disk = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in (REPO_ROOT / "interview_desk").rglob("__init__.py")
    }

    assert on_disk - set(packages) == set()


def test_desktop_build_bundles_the_resources_folder() -> None:
    spec = (REPO_ROOT / "packaging" / "interview-desk.spec").read_text(encoding="utf-8")

    assert '(str(ROOT / "resources"), "resources")' in spec


# --- desktop integration: the files the desktop reads agree with the app -----------------------

PACKAGING = REPO_ROOT / "packaging"
METAINFO = PACKAGING / "org.example.InterviewDesk.metainfo.xml"


def _desktop_entry() -> dict[str, str]:
    lines = (PACKAGING / "interview-desk.desktop").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def test_the_gui_entry_starts_the_same_app_without_a_console() -> None:
    project = _pyproject()["project"]
    assert project["gui-scripts"] == {"interview-desk-gui": "interview_desk.__main__:main"}  # type: ignore[index]
    assert project["scripts"] == {"interview-desk": "interview_desk.__main__:main"}  # type: ignore[index]


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    for size in ICON_SIZES:
        data = (REPO_ROOT / "resources" / "icons" / f"interview-desk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
        assert (width, height) == (size, size)
    assert min(ICON_SIZES) == 16 and max(ICON_SIZES) == 512


def test_the_menu_entry_runs_the_command_with_files_and_claims_both_file_types() -> None:
    entry = _desktop_entry()
    assert entry["Exec"] == "interview-desk %F"
    assert entry["Icon"] == "interview-desk"
    assert entry["MimeType"] == f"{PANEL_MIME_TYPE};{RETURN_MIME_TYPE};"


def test_the_mime_types_are_the_app_s_extensions_and_json_inside() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(PACKAGING / "interview-desk-mime.xml").getroot()
    declared = {
        t.get("type"): ([g.get("pattern") for g in t.findall("m:glob", ns)],
                        [s.get("type") for s in t.findall("m:sub-class-of", ns)])
        for t in root.findall("m:mime-type", ns)
    }
    assert declared == {PANEL_MIME_TYPE: ([f"*{PANEL_SUFFIX}"], ["application/json"]),
                        RETURN_MIME_TYPE: ([f"*{RETURN_SUFFIX}"], ["application/json"])}


_MIME_PROBE = """
import sys
from PySide6.QtCore import QMimeDatabase
print(" ".join(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))
"""


def test_a_desktop_with_the_mime_file_installed_knows_panel_and_return_files(
        tmp_path: Path) -> None:
    # Qt reads the same shared-mime-info XML a file manager does: installed into a data
    # folder of its own, it is what decides which app a double-click opens.
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(PACKAGING / "interview-desk-mime.xml", packages)
    files = [tmp_path / "a.idpanel", tmp_path / "b.idreturn"]
    for f in files:
        f.write_text("{}", encoding="utf-8")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"),
               XDG_DATA_DIRS=str(tmp_path / "share"))
    probed = subprocess.run([sys.executable, "-c", _MIME_PROBE, *map(str, files)], env=env,
                            capture_output=True, text=True, timeout=60, check=True)
    assert probed.stdout.split() == [PANEL_MIME_TYPE, RETURN_MIME_TYPE]


def test_the_metainfo_names_the_menu_entry_the_file_types_the_screenshots_and_this_version(
        ) -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("launchable") == "interview-desk.desktop"
    assert root.findtext("icon") == _desktop_entry()["Icon"]
    assert [m.text for m in root.iter("mediatype")] == [PANEL_MIME_TYPE, RETURN_MIME_TYPE]
    shots = [Path(i.text or "").name for i in root.iter("image")]
    assert shots == ["live-view.png", "scorecard.png", "debrief.png", "report.png"]
    for name in shots:
        assert (REPO_ROOT / "docs" / "screenshots" / name).is_file()
        assert f"docs/screenshots/{name}" in (REPO_ROOT / "README.md").read_text(
            encoding="utf-8")
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == _pyproject()["project"]["version"]  # type: ignore[index]
