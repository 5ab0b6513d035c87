"""Build the migration fixture for the schema version this checkout creates.

Run from the repository root, on the commit that introduces a schema version::

    TZ=UTC python tests/data/migrations/make_fixture.py

It writes ``tests/data/migrations/v<N>.sqlite3``: the demo content with fixed dates, plus one
post-debrief change (so both layers of a scorecard are in the file) and, from version 2 on,
a reweighted role (so a role has two versions, the sessions on the first), the WAL
folded in and the journal switched back to DELETE, so the one file holds everything. An
existing fixture is never overwritten: a fixture is what an older app really wrote.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from interview_desk.services.demo import create_demo
from interview_desk.storage.schema import SCHEMA_VERSION

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
HERE = Path(__file__).resolve().parent


def main() -> int:
    target = HERE / f"v{SCHEMA_VERSION}.sqlite3"
    if target.exists():
        print(f"{target} already exists; a fixture is never rebuilt.", file=sys.stderr)
        return 1
    with create_demo(target, now=NOW) as desk:
        decided = next(s for s in desk.sessions.sessions.all() if s.status == "decided")
        rahul = next(p for p in desk.scorecards.panel(decided.id) if p.name == "Rahul Mehta")
        card = desk.scorecards.card(decided.id, rahul.id)
        competency = desk.scorecards.competencies(decided.id)[0]
        desk.scorecards.amend(
            decided.id, card.panelist_id, competency_id=competency.id, rating=2,
            evidence="Raised in the debrief: the migration plan was thin.",
            reason="The debrief looked again at the migration plan.")
        role = desk.catalog.get_role(decided.role_id)
        role.competencies[0].weight = 3.0
        desk.catalog.save_role(role)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
