"""How long the debrief takes to assemble: run ``python tests/benchmarks/bench_debrief.py``.

Goal: the debrief page, the JSON export and the role comparison feel instant (well under
100 ms) for a realistic panel. Not collected by pytest.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from interview_desk.exchange.session_json import dumps
from interview_desk.services.demo import create_demo


def main() -> None:
    desk = create_demo(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    sid = next(r.id for r in desk.sessions.overview() if r.status == "decided")
    role_id = desk.catalog.roles.all()[0].id
    for label, fn in (("debrief view", lambda: desk.debrief.view(sid)),
                      ("export-json text", lambda: dumps(desk.debrief.view(sid))),
                      ("role comparison", lambda: desk.debrief.role_comparison(role_id)),
                      ("overdue list", lambda: desk.overdue.items())):
        runs = 50
        start = time.perf_counter()
        for _ in range(runs):
            fn()
        ms = (time.perf_counter() - start) / runs * 1000
        print(f"{label:18} {ms:7.2f} ms")
    desk.close()


if __name__ == "__main__":
    main()
