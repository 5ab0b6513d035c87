"""The list of every session, read as plain tuples: the Sessions page and the CLI's
``sessions`` (which must start quickly on years of data, issue 13)."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from interview_desk.domain.statuses import SessionStatus


class SessionSummary(NamedTuple):
    """A session as lists show it: who, for which role, when, where, how far along.

    A named tuple, not a frozen dataclass: years of sessions are thousands of rows, and a
    frozen dataclass sets each field through ``object.__setattr__`` (50 ms for 6,000)."""

    id: str
    candidate: str
    role: str
    status: SessionStatus
    scheduled_at: str
    location: str
    candidate_id: str
    role_id: str
    kit_id: str


def session_overview(conn: sqlite3.Connection, *, first: int | None = None,
                     after: SessionSummary | None = None) -> list[SessionSummary]:
    """One row per session with candidate and role names, newest first: all of them, or the
    ``first`` ones, or (``after``) those listed after that row.

    The first window shows the first rows at once and reads the rest when they are scrolled
    to: sorting every session costs more than reading a screenful (issue 13).

    Plain tuples, not dicts: building a dict per row was most of the time of
    listing years of sessions."""
    statuses = {s.value: s for s in SessionStatus}
    make = SessionSummary._make
    where = ""
    params: list[str | int] = []
    if after is not None:  # the order below, continued from that row
        where = " WHERE s.scheduled_at < ? OR (s.scheduled_at = ? AND s.id > ?)"
        params = [after.scheduled_at, after.scheduled_at, after.id]
    limit = ""
    if first is not None:
        limit = " LIMIT ?"
        params.append(first)
    return [make((sid, candidate, role, statuses[status], *rest))
            for sid, candidate, role, status, *rest in conn.execute(
        "SELECT s.id, c.name AS candidate, r.name AS role, s.status, s.scheduled_at, "
        "s.location, s.candidate_id, s.role_id, s.kit_id "
        "FROM sessions s JOIN candidates c ON c.id = s.candidate_id "
        "JOIN roles r ON r.id = s.role_id" + where + " ORDER BY s.scheduled_at DESC, s.id"
        + limit, params)]


class SessionChoice(NamedTuple):
    """A session as a chooser names it: who, when, how far along (the Debrief page)."""

    id: str
    candidate: str
    scheduled_at: str
    status: SessionStatus


def session_choices(conn: sqlite3.Connection, keep: str | None = None) -> list[SessionChoice]:
    """Every session past planning, and ``keep`` whatever its status, newest first: the rows
    of ``session_overview``, in its order.

    Four columns, not the list's nine: the Debrief page holds every held session of years of
    data for its chooser, and the full rows were most of the page's memory (issue 13)."""
    statuses = {s.value: s for s in SessionStatus}
    return [SessionChoice(sid, candidate, scheduled_at, statuses[status])
            for sid, candidate, scheduled_at, status in conn.execute(
        "SELECT s.id, c.name, s.scheduled_at, s.status "
        "FROM sessions s JOIN candidates c ON c.id = s.candidate_id "
        # the role too, as the list does: a salvaged file may keep a session whose role is lost
        "JOIN roles r ON r.id = s.role_id "
        "WHERE s.status != ? OR s.id = ? ORDER BY s.scheduled_at DESC, s.id",
        [SessionStatus.PLANNED.value, keep])]
