"""UI fixtures: the op runner of widgets tested on their own, stopped at teardown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from interview_desk.services.desk import Desk
from interview_desk.ui.ops import OpRunner
from tests.ui.no_prompts_at_teardown import pytest_runtest_teardown  # noqa: F401 (a hook)
from tests.ui.ops_support import close_all, runner_for


@pytest.fixture(autouse=True)
def _close_test_runners() -> Iterator[None]:
    yield
    close_all()


@pytest.fixture
def ops(desk: Desk) -> OpRunner:
    return runner_for(desk)
