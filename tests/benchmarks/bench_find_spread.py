"""Find across records on a generated database: ``python tests/benchmarks/bench_find_spread.py
--db FILE`` (a file from ``generate.py``; it is only read).

Queries a person types to find someone by name and a word from her notes: "Okonkwo pricing",
"Priya Okonkwo negotiation" — family names and full names of the file's own candidates, each
with a common interview word (in hundreds of thousands of notes at five years). Each round is
the p95 over the queries; the figure is the median of the rounds. Goal as Find's: p95 < 50 ms.
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.services.desk import Desk

WORDS = ("negotiation", "pricing", "rollback", "outage", "team", "retrospective", "deadline",
         "escalation", "migration", "onboarding")


def queries(desk: Desk) -> list[str]:
    names = [c.name for c in desk.catalog.list_candidates()[::37]][:20]
    out = [f"{name.split()[-1]} {WORDS[i % len(WORDS)]}" for i, name in enumerate(names)]
    out += [f"{name} {WORDS[-1 - i % len(WORDS)]}" for i, name in enumerate(names[:10])]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    desk = Desk.open(args.db, create=False, read_only=True)
    asked = queries(desk)
    rounds, spread = [], 0
    for _ in range(args.repeat):
        times = []
        for q in asked:
            start = time.perf_counter()
            result = desk.search.find(q)
            times.append((time.perf_counter() - start) * 1000)
            spread += sum(h.raw.spread for h in result.hits)
        rounds.append(statistics.quantiles(times, n=20)[-1])
    desk.close()
    print(f"Find across records: {len(asked)} queries, p95 {statistics.median(rounds):.1f} ms "
          f"(median of {args.repeat} rounds; goal < 50 ms); "
          f"{spread // args.repeat} hits found across records per round")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
