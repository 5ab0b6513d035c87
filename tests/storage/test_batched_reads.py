"""Lists over many rows read them in batches: the number of SQL statements does not grow with
the number of sessions or candidates (it grew by ~90 per session and one `get` per candidate).

Counted with SQLite's trace callback on real files made by the benchmark generator at two
sizes, one three times the other.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from interview_desk.services.desk import Desk
from tests.conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "tests" / "benchmarks"))

from generate import generate


@pytest.fixture(scope="module")
def two_sizes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("batched")
    small, large = folder / "small.sqlite3", folder / "large.sqlite3"
    generate(small, 0.02, 1, progress=False)  # 24 sessions of one role, 12 candidates
    generate(large, 0.06, 1, progress=False)  # 72 sessions, 36 candidates
    return small, large


def _statements(path: Path, read: Callable[[Desk], Any]) -> tuple[int, Any]:
    with Desk.open(path, create=False) as desk:
        seen: list[str] = []
        desk.db.conn.set_trace_callback(seen.append)
        result = read(desk)
        desk.db.conn.set_trace_callback(None)
    return len(seen), result


def _busiest_role(desk: Desk) -> str:
    return str(desk.db.execute("SELECT role_id FROM sessions GROUP BY role_id "
                               "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0])


@pytest.fixture
def counts(two_sizes: tuple[Path, Path]) -> Iterator[Callable[[Callable[[Desk], Any]],
                                                             tuple[int, int, Any, Any]]]:
    def both(read: Callable[[Desk], Any]) -> tuple[int, int, Any, Any]:
        n_small, small = _statements(two_sizes[0], read)
        n_large, large = _statements(two_sizes[1], read)
        return n_small, n_large, small, large
    yield both


def test_the_role_comparison_reads_a_role_in_a_fixed_number_of_statements(counts: Any) -> None:
    n_small, n_large, small, large = counts(
        lambda desk: desk.debrief.role_comparison(_busiest_role(desk)))

    assert len(large.rows) > 2 * len(small.rows) > 0
    assert n_large == n_small < 120  # was ~90 per session


def test_the_candidates_list_reads_every_candidate_in_a_fixed_number_of_statements(
        counts: Any) -> None:
    n_small, n_large, small, large = counts(lambda desk: desk.catalog.list_candidates(""))

    assert len(large) == 3 * len(small) > 0
    assert n_large == n_small < 10
    assert all(c.concerns is not None and c.name for c in large)


def test_the_overdue_list_is_a_fixed_number_of_statements(counts: Any) -> None:
    n_small, n_large, small, large = counts(lambda desk: desk.overdue.items())

    assert len(large) > len(small) > 0
    assert n_large == n_small == 3  # who has not submitted, named; the held sessions


def test_a_batch_of_sessions_reads_the_same_rows_as_one_session_at_a_time(
        two_sizes: tuple[Path, Path]) -> None:
    with Desk.open(two_sizes[0], create=False) as desk:
        reader = desk.debrief.rows
        ids = reader.session_ids_for_role(_busiest_role(desk))
        batch = reader.load_many(ids)
        one_by_one = [reader.load(sid) for sid in ids]
        without_notes = reader.load_many(ids, notes=False)

    assert batch == one_by_one
    assert any(rows.notes for rows in batch)
    assert all(not rows.notes for rows in without_notes)
    assert [r.scorecards for r in without_notes] == [r.scorecards for r in batch]
