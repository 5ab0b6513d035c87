"""UI fixtures: the op runner of widgets tested on their own, stopped at teardown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from interview_desk.services.desk import Desk
from interview_desk.ui.i18n import use_language
from interview_desk.ui.ops import OpRunner
from tests.ui.no_prompts_at_teardown import pytest_runtest_teardown  # noqa: F401 (a hook)
from tests.ui.ops_support import close_all, runner_for


@pytest.fixture(scope="session", autouse=True)
def _interface_in_english(qapp: QApplication) -> None:
    """The translators the app installs at start-up, in English (the conftest above keeps the
    machine's locale out): English plural forms, as a user sees them."""
    use_language(qapp, "en")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The interface in German for one test, English again after it."""
    use_language(qapp, "de")
    yield
    use_language(qapp, "en")


@pytest.fixture(autouse=True)
def _close_test_runners() -> Iterator[None]:
    yield
    close_all()


@pytest.fixture
def ops(desk: Desk) -> OpRunner:
    return runner_for(desk)
