"""Shared by the retention tests: age a candidate's record, plant a word, read the file."""

from __future__ import annotations

from pathlib import Path

from interview_desk.services.desk import Desk

SECRET = "Quokkazanzibar7319"  # one word, found nowhere else in the demo
OLD = "2020-03-02T10:00:00+00:00"


def candidate_id(desk: Desk, name_start: str) -> str:
    row = desk.db.execute("SELECT id FROM candidates WHERE name LIKE ?",
                          [f"{name_start}%"]).fetchone()
    return str(row[0])


def age(desk: Desk, cand: str, stamp: str = OLD) -> None:
    """Move every time of a candidate's record back to ``stamp`` (as if long ago)."""
    db = desk.db
    with db.atomic():
        db.execute("UPDATE candidates SET updated_at = ? WHERE id = ?", [stamp, cand])
        db.execute("UPDATE sessions SET scheduled_at = ?, started_at = CASE WHEN started_at "
                   "IS NULL THEN NULL ELSE ? END, ended_at = CASE WHEN ended_at IS NULL "
                   "THEN NULL ELSE ? END WHERE candidate_id = ?", [stamp[:16], stamp, stamp,
                                                                    cand])
        db.execute("UPDATE decisions SET decided_at = ?, candidate_informed_at = CASE WHEN "
                   "candidate_informed_at IS NULL THEN NULL ELSE ? END WHERE session_id IN "
                   "(SELECT id FROM sessions WHERE candidate_id = ?)", [stamp, stamp, cand])


def plant_secret(desk: Desk, cand: str) -> None:
    """The secret word in a note (and so the search index), a flag and the dossier."""
    db = desk.db
    with db.atomic():
        note = db.execute("SELECT n.id FROM notes n JOIN sessions s ON s.id = n.session_id "
                          "WHERE s.candidate_id = ? AND n.text != '' LIMIT 1",
                          [cand]).fetchone()[0]
        db.execute("UPDATE notes SET text = text || ' ' || ? WHERE id = ?", [SECRET, note])
        db.execute("UPDATE flags SET text = ? WHERE session_id IN (SELECT id FROM sessions "
                   "WHERE candidate_id = ?)", [SECRET, cand])
        db.execute("UPDATE candidates SET first_round_summary = ? WHERE id = ?",
                   [f"Summary {SECRET}", cand])


def file_bytes(path: Path) -> bytes:
    """The database as it lies on disk: the main file and its write-ahead log."""
    out = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        out += wal.read_bytes()
    return out
