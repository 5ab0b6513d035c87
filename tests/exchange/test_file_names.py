"""Panel and return files have extensions of their own; the old ``.json`` names still count."""

from __future__ import annotations

from pathlib import Path

from interview_desk.exchange.file_names import with_suffix
from interview_desk.services.exchange_report import inbox_files


def test_a_shared_folder_offers_both_kinds_and_the_old_json_names(tmp_path: Path) -> None:
    for name in ("a.idpanel", "b.IDRETURN", "c.json", "notes.txt", ".d.idreturn",
                 "e.idreturn.part", "f"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / "folder.idpanel").mkdir()

    assert sorted(p.name for p in inbox_files(tmp_path)) == ["a.idpanel", "b.IDRETURN", "c.json"]


def test_a_name_typed_without_an_extension_gets_the_kind_s_own() -> None:
    assert with_suffix(Path("/x/for bob"), ".idpanel") == Path("/x/for bob.idpanel")
    assert with_suffix(Path("/x/v1.2"), ".idreturn") == Path("/x/v1.2.idreturn")
    assert with_suffix(Path("/x/bob.idreturn"), ".idreturn") == Path("/x/bob.idreturn")
    assert with_suffix(Path("/x/bob.json"), ".idreturn") == Path("/x/bob.json")
