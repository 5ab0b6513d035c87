"""Find: one box over candidates, sessions, notes, evidence, flags and candidate questions."""

from __future__ import annotations

from sqlite_utils import Database

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.search import (
    DEFAULT_LIMIT,
    Hit,
    HitKind,
    RawHit,
    SearchResult,
    best_first,
    group,
    match_expression,
    may_see,
)
from interview_desk.storage.search import Names, SearchRepository

#: Matches ranked per search, of notes and of each other kind: enough that a few sealed ones
#: never leave the list short, few enough that a common word is ranked in milliseconds.
NOTES_RANKED = 200
OTHERS_RANKED = 100


class SearchService:
    def __init__(self, db: Database) -> None:
        self.repo = SearchRepository(db)

    def find(self, text: str, limit: int = DEFAULT_LIMIT) -> SearchResult:
        """The best ``limit`` hits for ``text``, grouped by candidate and session, as the
        panel's consolidated view (looked at by each session's lead) may show them: a sealed
        session shows only its lead's own notes and nobody's evidence."""
        match = match_expression(text)
        if match is None or limit <= 0:
            return SearchResult(text, ())
        raw = self.repo.hits(match, NOTES_RANKED, OTHERS_RANKED,
                             notes_match=match_expression(text, min_prefix=None))
        best: list[RawHit] = []
        ranked = best_first(raw, len(raw))
        # the seal is read for the sessions of the best hits only, a batch at a time, until
        # ``limit`` hits may be shown (most often the first batch)
        for start in range(0, len(ranked), 2 * limit):
            batch = ranked[start:start + 2 * limit]
            seals = self.repo.seals(h.session_id for h in batch if h.session_id)
            for hit in batch:
                seal, lead = seals.get(hit.session_id or "", (None, None))
                if may_see(hit, seal, Viewer.panel(lead)):
                    best.append(hit)
            if len(best) >= limit:
                break
        best = best[:limit]
        names = self.repo.names(best)
        return group(text, [_named(h, names) for h in best])


def _named(hit: RawHit, names: Names) -> Hit:
    role, scheduled = names.sessions.get(hit.session_id or "", ("", ""))
    label = f"{role} · {scheduled[:10]}" if hit.session_id else ""
    where = names.competencies.get(hit.competency_id or "", "") \
        if hit.kind is HitKind.EVIDENCE else names.questions.get(hit.question_id or "", "")
    return Hit(raw=hit, candidate_name=names.candidates.get(hit.candidate_id, ""),
               session_label=label, author_name=names.panelists.get(hit.author_id or "", ""),
               where=where)
