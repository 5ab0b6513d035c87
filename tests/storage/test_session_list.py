"""The Sessions list read in parts (the first rows, then those after the last one shown) is
the list read whole, in the same order, also where sessions share their scheduled time."""

from __future__ import annotations

from interview_desk.services.desk import Desk


def test_the_first_rows_and_the_rest_after_them_are_the_whole_list(demo_desk: Desk) -> None:
    ids = [r.id for r in demo_desk.session_overview()]
    assert len(ids) >= 3
    # two sessions at the very same time: the order (and where a part ends) falls to the id
    demo_desk.db.execute("UPDATE sessions SET scheduled_at = '2026-01-05T09:00:00+00:00' "
                         "WHERE id IN (?, ?)", ids[:2])
    demo_desk.db.conn.commit()
    whole = demo_desk.session_overview()
    assert whole == demo_desk.sessions.overview()

    for first in range(1, len(whole) + 1):
        head = demo_desk.session_overview(first=first)
        assert head == whole[:first]
        assert head + demo_desk.session_overview(after=head[-1]) == whole
