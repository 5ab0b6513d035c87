"""The op runner a main window would give a widget tested on its own (a page, a pane, a
dialog): ``runner_for(desk)`` makes one per desk; ``close_all()`` (an autouse fixture in
``tests/ui/conftest.py``) drains and stops them after the test, once qtbot has closed the
widgets. Runners the app makes itself (a ``MainWindow``'s) are not closed here: the
thread-leak fixture fails a test that leaves one running."""

from __future__ import annotations

from interview_desk.services.desk import Desk
from interview_desk.ui.ops import OpRunner

_made: dict[int, OpRunner] = {}


def runner_for(desk: Desk) -> OpRunner:
    runner = _made.get(id(desk))
    if runner is None:
        runner = _made[id(desk)] = OpRunner(desk)
    return runner


def close_all() -> None:
    for runner in _made.values():
        runner.close()
    _made.clear()
