"""Builds ``resources/schemas/candidate-data.schema.json`` from the database schema, so the
documented format of a candidate's export follows every migration.

A test compares the file with what this builds; after a migration adds a table about candidates
or a column to one, update the file with ``python -m tests.candidate_schema_support``.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

from interview_desk.services.desk import Desk
from interview_desk.storage.purge import CANDIDATE_TABLES

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "resources" / "schemas" / \
    "candidate-data.schema.json"
_TYPES = {"TEXT": "string", "INTEGER": "integer", "REAL": "number"}
_DESCRIPTION = (
    "Written by `interview-desk export-candidate ID -o FILE` and by File > Export a "
    "candidate's data, for a candidate's access request. `tables` holds, table by table, "
    "exactly the rows that purging the candidate deletes: the dossier (candidates, concerns), "
    "the sessions with their panel and question assignments, every panelist's notes, flags, "
    "ad-hoc and candidate questions, concern checks, scorecards with ratings and evidence, "
    "post-debrief amendments, decisions (with when the candidate was told), seal events, and "
    "the transcript: consent, question timeline, segments heard and quotes pinned. "
    "Column values are as stored: times are ISO 8601 text, 0/1 are booleans, JSON lists are "
    "stored as text. A panelist's PIN hash is not the candidate's data and is left out.")


# Recordings kept under "transcript and audio kept" consent are files beside the database:
# listed, never inlined.
_KEPT_AUDIO: dict[str, Any] = {
    "description": "Recordings kept on this laptop under 'transcript and audio kept' consent: "
                   "where each WAV file is, its size, length and SHA-256. The audio itself is "
                   "never in this document.",
    "type": "array",
    "items": {
        "type": "object", "additionalProperties": False,
        "required": ["session_id", "panelist_id", "file", "bytes", "seconds", "sha256"],
        "properties": {
            "session_id": {"type": "string"}, "panelist_id": {"type": "string"},
            "file": {"type": "string"}, "bytes": {"type": "integer", "minimum": 0},
            "seconds": {"type": "number", "minimum": 0},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        },
    },
}


def build(db_file: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db_file)
    try:
        defs: dict[str, Any] = {}
        tables: dict[str, Any] = {}
        for table, _where in reversed(CANDIDATE_TABLES):
            props: dict[str, Any] = {}
            for _cid, name, typ, notnull, _default, pk in conn.execute(
                    f"PRAGMA table_info([{table}])"):
                if name == "pin_hash":
                    continue
                json_type = _TYPES[typ.upper()]
                props[name] = {"type": json_type if notnull or pk else [json_type, "null"]}
            defs[f"row_{table}"] = {"type": "object", "additionalProperties": False,
                                    "required": list(props), "properties": props}
            tables[table] = {"type": "array", "items": {"$ref": f"#/$defs/row_{table}"}}
    finally:
        conn.close()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "interview-desk-candidate-data-v1",
        "title": "Interview Desk: everything held about one candidate",
        "description": _DESCRIPTION,
        "type": "object", "additionalProperties": False,
        "required": ["format", "format_version", "created_at", "app_version", "candidate_id",
                     "tables"],
        "properties": {
            "format": {"const": "interview-desk-candidate-data"},
            "format_version": {"const": 1},
            "created_at": {"type": "string", "description": "when the file was written "
                                                            "(RFC 3339)"},
            "app_version": {"type": "string"},
            "candidate_id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
            "tables": {"type": "object", "additionalProperties": False,
                       "required": list(tables), "properties": tables},
            "kept_audio": _KEPT_AUDIO,
        },
        "$defs": defs,
    }


def text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db_file = Path(tmp) / "schema.sqlite3"
        Desk.open(db_file).close()
        SCHEMA_FILE.write_text(text(build(db_file)), encoding="utf-8")
    sys.stdout.write(f"wrote {SCHEMA_FILE}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
