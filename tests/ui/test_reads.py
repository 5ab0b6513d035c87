"""Reads off the UI thread (``ui/reads.py``): what reaches the page that asked."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from interview_desk.services.desk import Desk
from interview_desk.ui.reads import read_in_background, wait_for_reads


def test_a_read_waits_for_its_caller_to_connect_and_loses_no_part(
        qtbot: QtBot, demo_desk: Desk) -> None:
    # The reader started at once: under load it could read its first part, or all of it,
    # before the page had connected, and the Role comparison stayed empty (0 rows, "done").
    started = threading.Event()

    def parts(_desk: Desk) -> Iterator[str]:
        started.set()
        yield "first"
        yield "second"

    read = read_in_background(demo_desk, parts)

    # however long the caller takes to connect, nothing has been read before it returns
    assert not started.wait(0.3)
    got: list[str] = []
    read.part_read.connect(got.append)
    with qtbot.waitSignal(read.finished, timeout=5000):
        pass
    assert got == ["first", "second"]


def test_a_read_left_waiting_for_its_start_is_cancelled_when_the_test_ends(
        qtbot: QtBot, demo_desk: Desk) -> None:
    # The fixture that checks no worker is left behind saw an empty pool while a read still
    # waited for the event loop to start it, in the next test, on this test's file.
    started = threading.Event()

    def parts(_desk: Desk) -> Iterator[str]:
        started.set()
        yield "never read"

    read = read_in_background(demo_desk, parts)
    got: list[str] = []
    read.part_read.connect(got.append)

    assert wait_for_reads(1000)
    with qtbot.waitSignal(read.finished, timeout=5000):
        pass
    assert got == [] and not started.is_set()
