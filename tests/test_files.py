import stat
from pathlib import Path

import pytest

from interview_desk.files import atomic_write


def test_a_completed_write_replaces_the_file_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old")
    with atomic_write(target, encoding="utf-8") as fh:
        fh.write("new ü")
    assert target.read_text(encoding="utf-8") == "new ü"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the good one")
    with pytest.raises(RuntimeError), atomic_write(target, "wb") as fh:
        fh.write(b"half a rep")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
