"""The shipped list of the current schema's tables and columns (``resources/schemas/
database-tables.json``), which a file's check reads instead of running every migration.

Run this module (``python -m tests.storage.test_schema_snapshot``) to write the list again
after adding a migration.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from interview_desk.storage.database import SCHEMA_TABLES, built_schema, open_database
from interview_desk.storage.schema import SCHEMA_VERSION
from tests.conftest import REPO_ROOT

SNAPSHOT = REPO_ROOT / "resources" / Path(*SCHEMA_TABLES)


def snapshot() -> str:
    tables = built_schema(SCHEMA_VERSION)
    return json.dumps({"schema_version": SCHEMA_VERSION,
                       "tables": {t: sorted(tables[t]) for t in sorted(tables)}},
                      indent=1) + "\n"


def test_the_shipped_table_list_is_what_the_migrations_build() -> None:
    assert SNAPSHOT.read_text(encoding="utf-8") == snapshot(), (
        f"{SNAPSHOT} is stale: python -m tests.storage.test_schema_snapshot writes it")


def _open_in_another_process(path: Path) -> list[str]:
    """What opening ``path`` says, and whether it loaded sqlite-utils to say it."""
    code = ("import sys\n"
            "from interview_desk.storage.database import open_database\n"
            "from interview_desk.storage.errors import StorageError\n"
            "try:\n"
            f"    open_database({str(path)!r}, create=False).close()\n"
            "    print('opened')\n"
            "except StorageError as exc:\n"
            "    print(exc)\n"
            "print('sqlite_utils' in sys.modules)\n")
    env = {"INTERVIEW_DESK_DATA_DIR": os.environ["INTERVIEW_DESK_DATA_DIR"]}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                          text=True, check=True, env=env).stdout.splitlines()


def _changed_behind_the_apps_back(path: Path, sql: str) -> None:
    # Another program's write: the file is no longer the one the app closed cleanly, so the
    # next open checks it in full.
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_file_to_check_is_held_to_the_list_without_loading_sqlite_utils(
        db_path: Path) -> None:
    open_database(db_path).close()
    _changed_behind_the_apps_back(db_path, "CREATE TABLE scratch (a)")

    assert _open_in_another_process(db_path) == ["opened", "False"]

    _changed_behind_the_apps_back(db_path, "ALTER TABLE decisions DROP COLUMN override_reason")
    said, loaded = _open_in_another_process(db_path)

    assert "the table decisions lacks the column override_reason" in said
    assert loaded == "False"


def test_a_file_missing_a_table_is_refused_by_name(db_path: Path) -> None:
    open_database(db_path).close()
    _changed_behind_the_apps_back(db_path, "DROP TABLE seal_events")

    assert "the table seal_events is missing" in _open_in_another_process(db_path)[0]


if __name__ == "__main__":
    SNAPSHOT.write_text(snapshot(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
