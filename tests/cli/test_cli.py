import json
from pathlib import Path

from tests.helpers import run_cli


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("interview-desk 0.")


def test_demo_then_sessions_json(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    made = run_cli("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    listed = run_cli("sessions", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 3
    assert {"id", "candidate", "role", "status", "scheduled_at", "role_id"} <= set(rows[0])
    assert sorted(r["status"] for r in rows) == ["decided", "live", "planned"]
    plain = run_cli("sessions", "--db", str(db))
    assert all(r["candidate"] in plain.stdout for r in rows)
    roles = run_cli("roles", "--json", "--db", str(db))
    assert roles.returncode == 0, roles.stderr
    listed_roles = json.loads(roles.stdout)
    assert {r["role_id"] for r in rows} <= {r["id"] for r in listed_roles}
    assert all(r["role"] in run_cli("roles", "--db", str(db)).stdout for r in rows)


def test_db_before_the_subcommand_is_the_database_used(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert run_cli("--db", str(db), "demo").returncode == 0
    assert db.exists()
    listed = run_cli("--db", str(db), "sessions", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 3
    # nothing fell back to the default database in the per-user folder
    assert run_cli("sessions", "--json").stdout.strip() in ("", "[]")


def test_demo_refuses_to_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    db.write_bytes(b"precious")
    result = run_cli("demo", "--db", str(db))
    assert result.returncode == 1
    assert "never overwrites" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == b"precious"


def test_errors_are_one_line_never_a_traceback(tmp_path: Path) -> None:
    missing = run_cli("sessions", "--db", str(tmp_path / "nope.sqlite3"))
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "no database" in missing.stderr
    bad_arg = run_cli("sessions", "--frobnicate")
    assert bad_arg.returncode == 2
    assert "Traceback" not in bad_arg.stderr and bad_arg.stderr.count("\n") == 1
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database")
    refused = run_cli("sessions", "--db", str(junk))
    assert refused.returncode == 1 and "not an Interview Desk database" in refused.stderr


def test_env_variable_selects_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    assert run_cli("demo", INTERVIEW_DESK_DB=str(db)).returncode == 0
    listed = run_cli("sessions", "--json", INTERVIEW_DESK_DB=str(db))
    assert len(json.loads(listed.stdout)) == 3


def test_import_kit_then_export_kit(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    csv_file = tmp_path / "my_questions.csv"
    csv_file.write_text("section,text,minutes\nOpening,Why this team?,5\n", encoding="utf-8")
    imported = run_cli("import-kit", str(csv_file), "--db", str(db))
    assert imported.returncode == 0, imported.stderr
    kits = json.loads(run_cli("kits", "--json", "--db", str(db)).stdout)
    mine = next(k for k in kits if k["name"] == "my questions")
    assert mine["questions"] == 1 and mine["minutes"] == 5
    out = tmp_path / "out.json"
    exported = run_cli("export-kit", mine["id"], "-o", str(out), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "interview-desk-kit"
    assert data["sections"][0]["questions"][0]["text"] == "Why this team?"
    again = run_cli("import-kit", str(out), "--db", str(db))
    assert again.returncode == 0, again.stderr


def test_import_kit_bad_file_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    from tests.helpers import dump

    db = tmp_path / "desk.sqlite3"
    assert run_cli("demo", "--db", str(db)).returncode == 0
    before = dump(db)
    bad = tmp_path / "bad.csv"
    bad.write_text("text,type\nOk,general\nNope,quiz\n", encoding="utf-8")
    result = run_cli("import-kit", str(bad), "--db", str(db))
    assert result.returncode == 1
    assert "row 3, column 'type'" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert dump(db) == before
    missing = run_cli("export-kit", "nope", "-o", str(tmp_path / "x.json"), "--db", str(db))
    assert missing.returncode == 1 and "No kit" in missing.stderr
    assert not (tmp_path / "x.json").exists()
