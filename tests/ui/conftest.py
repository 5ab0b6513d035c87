"""UI fixtures: the one op runner over a test database, stopped at teardown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview_desk.services.desk import Desk
from interview_desk.ui.ops import OpRunner


@pytest.fixture
def ops(desk: Desk) -> Iterator[OpRunner]:
    runner = OpRunner(desk)
    yield runner
    runner.close()


@pytest.fixture
def demo_ops(demo_desk: Desk) -> Iterator[OpRunner]:
    runner = OpRunner(demo_desk)
    yield runner
    runner.close()
