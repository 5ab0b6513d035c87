"""The SQL of Find: the notes' full-text index and Find's five (``schema.FIND_TABLES``),
ranked with bm25.

Ranking every match of a common word costs a scan of all of them (552k notes hold "team"), so
each kind is ranked among its newest matches (``notes``/``others`` of ``hits``): FTS5 reads
those in rowid order and stops, and bm25 (whose word statistics still cover the whole index)
orders them. A rare word has fewer matches than that and is ranked over all of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from interview_desk.domain.scorecard_rules import SealState
from interview_desk.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind, RawHit, Snippet
from interview_desk.storage.handle import Database
from interview_desk.storage.schema import FIND_TABLES

#: Words of context a snippet shows around the match.
SNIPPET_TOKENS = 12

_NOTES = f"""
SELECT n.id, n.session_id, n.panelist_id, n.question_id, s.candidate_id, hits.score, hits.snip
FROM (SELECT rowid, bm25(notes_fts) AS score,
             snippet(notes_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…',
                     {SNIPPET_TOKENS}) AS snip
      FROM notes_fts WHERE notes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS hits
JOIN notes n ON n.rowid = hits.rowid JOIN sessions s ON s.id = n.session_id
"""

# Per kind: its index, and how its source row ``x`` names what it is about (id, session,
# author, question, competency, candidate).
_SOURCES: dict[HitKind, tuple[str, str]] = {
    HitKind.CANDIDATE: (FIND_TABLES["candidates"][0], """x.id, NULL, NULL, NULL, NULL, x.id
        FROM hits JOIN candidates x ON x.rowid = hits.rowid"""),
    HitKind.SESSION: (FIND_TABLES["sessions"][0], """x.id, x.id, NULL, NULL, NULL,
        x.candidate_id FROM hits JOIN sessions x ON x.rowid = hits.rowid"""),
    HitKind.EVIDENCE: (FIND_TABLES["ratings"][0], """x.id, c.session_id, c.panelist_id, NULL,
        x.competency_id, s.candidate_id
        FROM hits JOIN ratings x ON x.rowid = hits.rowid
        JOIN scorecards c ON c.id = x.scorecard_id JOIN sessions s ON s.id = c.session_id"""),
    HitKind.FLAG: (FIND_TABLES["flags"][0], """x.id, x.session_id, x.panelist_id,
        x.question_id, NULL, s.candidate_id
        FROM hits JOIN flags x ON x.rowid = hits.rowid JOIN sessions s ON s.id = x.session_id"""),
    HitKind.CANDIDATE_QUESTION: (FIND_TABLES["candidate_questions"][0], """x.id, x.session_id,
        x.panelist_id, NULL, NULL, s.candidate_id
        FROM hits JOIN candidate_questions x ON x.rowid = hits.rowid
        JOIN sessions s ON s.id = x.session_id"""),
}

# Find across records: how a candidate's rows of each kind lie in rowid order (a session's
# notes, a scorecard's ratings… are written together), so that one range lookup per run of
# rows asks an index for a word among that candidate's documents only. ``{ids}``: candidates.
# (The candidate's questions are left out: nothing indexes them by session, and reading the
# whole table per search costs more than they add.)
_RANGES: dict[HitKind, str] = {
    HitKind.CANDIDATE: "SELECT id, rowid, rowid FROM candidates WHERE id IN ({ids})",
    HitKind.SESSION: """SELECT candidate_id, rowid, rowid FROM sessions
        WHERE candidate_id IN ({ids})""",
    HitKind.NOTE: """SELECT s.candidate_id, min(x.rowid), max(x.rowid) FROM sessions s
        JOIN notes x ON x.session_id = s.id WHERE s.candidate_id IN ({ids})
        GROUP BY x.session_id, x.panelist_id""",
    HitKind.EVIDENCE: """SELECT s.candidate_id, min(x.rowid), max(x.rowid) FROM sessions s
        JOIN scorecards c ON c.session_id = s.id JOIN ratings x ON x.scorecard_id = c.id
        WHERE s.candidate_id IN ({ids}) GROUP BY c.id""",
    HitKind.FLAG: """SELECT s.candidate_id, min(x.rowid), max(x.rowid) FROM sessions s
        JOIN flags x ON x.session_id = s.id WHERE s.candidate_id IN ({ids})
        GROUP BY x.session_id, x.panelist_id""",
}

_NOTE_SOURCE = """x.id, x.session_id, x.panelist_id, x.question_id, NULL, s.candidate_id
    FROM hits JOIN notes x ON x.rowid = hits.rowid JOIN sessions s ON s.id = x.session_id"""

# The newest few matches of each run only, before their rows are read: a common word may
# hold most of a candidate's notes, and a handful per run is all that is ever shown.
_IN_RANGES = """
WITH ranges(lo, hi) AS (VALUES {values}),
found AS MATERIALIZED (
    SELECT f.rowid AS rowid,
           row_number() OVER (PARTITION BY ranges.lo ORDER BY f.rowid DESC) AS nth
    FROM ranges  -- CROSS: each run asks the index, never a pass over every match
    CROSS JOIN {fts} f ON f.{fts} MATCH ? AND f.rowid BETWEEN ranges.lo AND ranges.hi),
hits AS MATERIALIZED (SELECT rowid FROM found WHERE nth <= ?)
SELECT hits.rowid, {source}
"""

# ... and a word found in few documents of a kind at all: every one of them, at once.
_ALL_OF_FEW = """
WITH hits AS MATERIALIZED (SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?)
SELECT hits.rowid, {source}
"""

_DOCS = f"""
WITH hits AS MATERIALIZED (
    SELECT rowid, bm25({{fts}}) AS score,
           snippet({{fts}}, 0, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…',
                   {SNIPPET_TOKENS}) AS snip
    FROM {{fts}} WHERE {{fts}} MATCH ? ORDER BY rowid DESC LIMIT ?)
SELECT hits.score, hits.snip, {{source}}
"""


@dataclass(frozen=True)
class Names:
    """What a list of hits needs to say where each is: names by id."""

    candidates: dict[str, str]
    sessions: dict[str, tuple[str, str]]  # id -> (role name, scheduled_at)
    panelists: dict[str, str]
    questions: dict[str, str]
    competencies: dict[str, str]


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def hits(self, match: str, notes: int, others: int,
             notes_match: str | None = None) -> list[RawHit]:
        """The newest ``notes`` matching notes (for ``notes_match``, by default ``match``)
        and ``others`` matches of each other kind, with bm25 scores, unsorted, unsealed."""
        out = [RawHit(HitKind.NOTE, r[0], r[5], Snippet.parse(r[6]), r[4], r[1], r[2], r[3])
               for r in self.db.execute(_NOTES, [notes_match or match, notes])]
        for kind, (fts, source) in _SOURCES.items():
            for score, snip, ref, session, author, question, competency, candidate in \
                    self.db.execute(_DOCS.format(fts=fts, source=source), [match, others]):
                out.append(RawHit(kind, ref, score, Snippet.parse(snip), candidate, session,
                                  author, question, competency))
        return out

    def sizes(self) -> tuple[int, int]:
        """How many candidates and sessions there are."""
        return (self.db.execute("SELECT count(*) FROM candidates").fetchone()[0],
                self.db.execute("SELECT count(*) FROM sessions").fetchone()[0])

    def who(self, phrase: str, most: tuple[int, int]) -> dict[str, float] | None:
        """The candidates whose dossier or sessions (role, place) hold the FTS5 ``phrase``,
        each with its best bm25; ``None`` when more than ``most`` (dossiers, sessions) hold
        it: a word that names nobody in particular, not worth looking further for."""
        found: dict[str, float] = {}
        for kind, column, table, at_most in (
                (HitKind.CANDIDATE, "x.id", "candidates", most[0]),
                (HitKind.SESSION, "x.candidate_id", "sessions", most[1])):
            fts = _SOURCES[kind][0]
            rows = self.db.execute(
                f"SELECT {column}, hits.score FROM (SELECT rowid, bm25({fts}) AS score "
                f"FROM {fts} WHERE {fts} MATCH ? LIMIT ?) AS hits "
                f"JOIN {table} x ON x.rowid = hits.rowid", [phrase, at_most + 1]).fetchall()
            if len(rows) > at_most:
                return None
            for candidate_id, score in rows:
                found[candidate_id] = min(score, found.get(candidate_id, score))
        return found

    def ranges(self, kind: HitKind,
               candidate_ids: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        """Per candidate, the rowid runs holding their rows of ``kind`` (overlapping or
        adjacent runs of the same candidate joined): what ``holding`` looks in."""
        if not candidate_ids:
            return {}
        marks = ",".join("?" for _ in candidate_ids)
        mine: dict[str, list[tuple[int, int]]] = {}
        for cid, lo, hi in sorted(self.db.execute(_RANGES[kind].format(ids=marks),
                                                  list(candidate_ids))):
            runs = mine.setdefault(cid, [])
            if runs and lo <= runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], max(runs[-1][1], hi))
            else:
                runs.append((lo, hi))
        return mine

    def few(self, kind: HitKind, phrase: str, most: int) -> list[tuple[int, RawHit]] | None:
        """Every document of ``kind`` holding the FTS5 ``phrase``, as ``holding`` gives them,
        or ``None`` when more than ``most`` do (then ``holding`` looks within runs): a name
        or a rare word costs one lookup, not one per run."""
        fts, source = ("notes_fts", _NOTE_SOURCE) if kind is HitKind.NOTE else _SOURCES[kind]
        many = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} "
                               "MATCH ? LIMIT ?)", [phrase, most + 1]).fetchone()[0]
        if many > most:  # counted without reading the rows: a common word is left to runs
            return None
        return self._raw(_ALL_OF_FEW.format(fts=fts, source=source), [phrase, most], kind)

    def _raw(self, sql: str, args: list[Any], kind: HitKind) -> list[tuple[int, RawHit]]:
        return [(rowid, RawHit(kind, ref, 0.0, Snippet(()), candidate, session, author,
                               question, competency))
                for rowid, ref, session, author, question, competency, candidate in
                self.db.execute(sql, args)]

    def holding(self, kind: HitKind, runs: Sequence[tuple[int, int]], phrase: str,
                per_run: int) -> list[tuple[int, RawHit]]:
        """The newest ``per_run`` documents of ``kind`` in each of ``runs`` (rowids) holding
        the FTS5 ``phrase``, by rowid, unranked and without snippet (``snippets`` adds those
        to the few shown). A run may hold other candidates' rows too: the caller keeps its
        own."""
        if not runs:
            return []
        fts, source = ("notes_fts", _NOTE_SOURCE) if kind is HitKind.NOTE else _SOURCES[kind]
        sql = _IN_RANGES.format(values=",".join("(?, ?)" for _ in runs), fts=fts,
                                source=source)
        args: list[Any] = [x for run in runs for x in run]
        return self._raw(sql, [*args, phrase, per_run], kind)

    def snippets(self, kind: HitKind, rowids: Sequence[int],
                 match: str) -> dict[int, Snippet]:
        """The snippets of these documents of ``kind`` for ``match`` (by rowid)."""
        if not rowids:
            return {}
        fts, column = ("notes_fts", -1) if kind is HitKind.NOTE else (_SOURCES[kind][0], 0)
        marks = ",".join("?" for _ in rowids)
        return {rowid: Snippet.parse(snip) for rowid, snip in self.db.execute(
            f"SELECT rowid, snippet({fts}, {column}, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', "
            f"'…', {SNIPPET_TOKENS}) FROM {fts} WHERE {fts} MATCH ? AND rowid IN ({marks})",
            [match, *rowids])}

    def seals(self, session_ids: Iterable[str]) -> dict[str, tuple[SealState, str | None]]:
        """Each session's seal and its lead, as ``ScorecardService.seal_state`` builds them,
        for many sessions in one query."""
        ids = sorted(set(session_ids))
        if not ids:
            return {}
        marks = ",".join("?" for _ in ids)
        panel: dict[str, list[str]] = {}
        submitted: dict[str, set[str]] = {}
        lead: dict[str, str | None] = {}
        unsealed: dict[str, tuple[str | None, str | None]] = {}
        for sid, pid, is_lead, done, unsealed_at, unsealed_by in self.db.execute(
                "SELECT s.id, p.id, p.is_lead, k.submitted_at IS NOT NULL, s.unsealed_at, "
                "s.unsealed_by FROM sessions s LEFT JOIN panelists p ON p.session_id = s.id "
                "LEFT JOIN scorecards k ON k.session_id = s.id AND k.panelist_id = p.id "
                f"WHERE s.id IN ({marks}) ORDER BY s.id, p.position", ids):
            unsealed[sid] = (unsealed_at, unsealed_by)
            members = panel.setdefault(sid, [])
            done_by = submitted.setdefault(sid, set())
            if pid is None:  # a session without a panel yet
                continue
            members.append(pid)
            if done:
                done_by.add(pid)
            if is_lead and lead.get(sid) is None:
                lead[sid] = pid
        out: dict[str, tuple[SealState, str | None]] = {}
        for sid, (unsealed_at, unsealed_by) in unsealed.items():
            out[sid] = (SealState(panel=tuple(panel[sid]), submitted=frozenset(submitted[sid]),
                                  unsealed_at=unsealed_at, unsealed_by=unsealed_by),
                        lead.get(sid))
        return out

    def names(self, hits: Sequence[RawHit]) -> Names:
        """The names a list of hits shows, in one query per table."""
        def by_id(sql: str, ids: Iterable[str | None]) -> dict[str, Any]:
            wanted = sorted({i for i in ids if i})
            if not wanted:
                return {}
            marks = ",".join("?" for _ in wanted)
            return {r[0]: (r[1] if len(r) == 2 else tuple(r[1:]))
                    for r in self.db.execute(sql.format(marks=marks), wanted)}

        return Names(
            candidates=by_id("SELECT id, name FROM candidates WHERE id IN ({marks})",
                             (h.candidate_id for h in hits)),
            sessions=by_id("SELECT s.id, r.name, s.scheduled_at FROM sessions s "
                           "JOIN roles r ON r.id = s.role_id WHERE s.id IN ({marks})",
                           (h.session_id for h in hits)),
            panelists=by_id("SELECT id, name FROM panelists WHERE id IN ({marks})",
                            (h.author_id for h in hits)),
            questions={**by_id("SELECT id, text FROM adhoc_questions WHERE id IN ({marks})",
                               (h.question_id for h in hits)),
                       **by_id("SELECT id, text FROM questions WHERE id IN ({marks})",
                               (h.question_id for h in hits))},
            competencies=by_id("SELECT id, name FROM competencies WHERE id IN ({marks})",
                               (h.competency_id for h in hits)))

