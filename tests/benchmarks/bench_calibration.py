"""How long the calibration takes over a large database:
``python tests/benchmarks/bench_calibration.py --db FILE`` (a file made by ``generate.py``).

It builds every session's read model (the one the debrief shows) and lines them up, so it
grows with the number of sessions. Goal: under a second for a year of a busy team's
interviews. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.services.desk import Desk


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    with Desk.open(args.db, create=False) as desk:
        sessions = len(desk.sessions.overview())
        start = time.perf_counter()
        cal = desk.calibration.calibration()
        seconds = time.perf_counter() - start
        roles = desk.catalog.roles.all()
        start = time.perf_counter()
        for role in roles:
            desk.calibration.time_to_decision(role.id)
        per_role = (time.perf_counter() - start) / max(1, len(roles)) * 1000
    print(f"{sessions} sessions ({cal.sessions} with an open panel), "
          f"{len(cal.interviewers)} interviewers: calibration {seconds:.2f} s, "
          f"time to decision {per_role:.0f} ms per role")


if __name__ == "__main__":
    main()
