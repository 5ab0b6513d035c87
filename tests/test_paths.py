"""Bundled resources are found in a source checkout and inside a frozen desktop build."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from interview_desk.paths import resource
from tests.conftest import REPO_ROOT


def test_source_checkout_reads_the_top_level_resources_folder() -> None:
    kit = resource("kits", "second_interview_panel.json")

    assert kit.is_file()
    assert Path(str(kit)).resolve().is_relative_to(REPO_ROOT / "resources")


def test_frozen_build_reads_resources_from_the_bundle(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # What PyInstaller does at start-up: sys.frozen is set and sys._MEIPASS names the folder
    # holding the bundled data (the spec copies resources/ there).
    bundled = tmp_path / "resources" / "schemas"
    bundled.mkdir(parents=True)
    shutil.copy(REPO_ROOT / "resources" / "schemas" / "kit.schema.json", bundled)
    (bundled / "kit.schema.json").write_text('{"bundled": true}', encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    schema = resource("schemas", "kit.schema.json")

    assert Path(str(schema)) == bundled / "kit.schema.json"
    assert schema.read_text(encoding="utf-8") == '{"bundled": true}'


def test_a_stray_meipass_without_frozen_is_ignored(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource("kits", "second_interview_panel.json").is_file()
