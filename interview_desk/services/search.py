"""Find: one box over candidates, sessions, notes, evidence, flags and candidate questions."""

from __future__ import annotations

from dataclasses import replace

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
    spread_cover,
    word_phrases,
)
from interview_desk.storage.handle import Database
from interview_desk.storage.search import Names, SearchRepository

#: Matches ranked per search, of notes and of each other kind: enough that a few sealed ones
#: never leave the list short, few enough that a common word is ranked in milliseconds.
NOTES_RANKED = 200
OTHERS_RANKED = 100
#: Find across records: a word held by more than this share of the dossiers (or of the
#: sessions' roles and places) names nobody in particular (a role, a common word) and starts
#: no search over anyone's records; a name is in a few percent at most.
SPREAD_NAMES_SHARE = 0.05
#: ... and in a small database, any word held by this many or fewer does.
SPREAD_NAMES_MIN = 20
#: At most this many candidates named by the words are looked through, best named first.
SPREAD_POOL = 20
#: A word in at most this many documents of a kind is fetched whole, not run by run.
SPREAD_FEW = 100
#: Hits shown per candidate whose records hold the words between them.
SPREAD_PER_CANDIDATE = 5
#: A spread hit before it is shown: its kind, rowid, hit and its candidate's score.
_Chosen = tuple[HitKind, int, RawHit, float]
#: Which of a candidate's records is shown first when several hold the same words.
_SPREAD_ORDER = (HitKind.CANDIDATE, HitKind.SESSION, HitKind.NOTE, HitKind.EVIDENCE,
                 HitKind.FLAG)


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
        best += self._with_snippets(text, self._spread(
            text, limit - len(best), {(h.kind, h.ref_id) for h in best}))
        names = self.repo.names(best)
        return group(text, [_named(h, names) for h in best])

    def spread_candidates(self, text: str) -> list[str]:
        """The candidates whose records hold the words of ``text`` between them (a name and
        a word from a note), best named first: what the Candidates page's filter adds to the
        dossiers that hold every word themselves."""
        room = SPREAD_POOL * SPREAD_PER_CANDIDATE
        return list(dict.fromkeys(hit.candidate_id for _, _, hit, _ in
                                  self._spread(text, room, set())))

    def _spread(self, text: str, room: int,
                shown: set[tuple[HitKind, str]]) -> list[_Chosen]:
        """Up to ``room`` more hits: candidates whose records hold the words between them
        (a name in the dossier, a word in a note), after every record holding all of them.

        Only candidates that some word names (in their dossier or a session's role or place;
        a word held by more than ``SPREAD_NAMES_SHARE`` of those names nobody) are looked
        through, best named first: each kind of their records is asked for each word within
        their own rowid runs, so a common word costs a lookup per run, never a pass over all
        its matches. The seal applies before a record counts: a sealed note never makes its
        candidate a match."""
        other = word_phrases(text)
        notes = word_phrases(text, min_prefix=None)
        if len(other) < 2 or room <= 0:
            return []
        named: dict[str, dict[int, float]] = {}  # candidate -> word -> best bm25
        most = tuple(max(SPREAD_NAMES_MIN, int(n * SPREAD_NAMES_SHARE))
                     for n in self.repo.sizes())
        for i, phrase in enumerate(other):
            for candidate_id, score in (self.repo.who(phrase, (most[0], most[1]))
                                        or {}).items():
                named.setdefault(candidate_id, {})[i] = score

        def how_well(candidate_id: str) -> tuple[int, float]:
            return -len(named[candidate_id]), sum(named[candidate_id].values())

        pool = sorted(named, key=lambda c: (*how_well(c), c))[:SPREAD_POOL]
        if not pool:
            return []
        runs: dict[HitKind, dict[str, list[tuple[int, int]]]] = {}  # read when first needed
        holds: dict[tuple[HitKind, int], tuple[RawHit, set[int]]] = {}
        alive = set(pool)
        # the word naming fewest of them first: each word looked for only among those that
        # held every word before it, so a common word last costs a few runs, not the pool's
        for i in sorted(range(len(other)),
                        key=lambda w: (sum(w in named[c] for c in pool) or len(pool) + 1)):
            holders: set[str] = set()
            for kind in _SPREAD_ORDER:
                phrase = notes[i] if kind is HitKind.NOTE else other[i]
                found = self.repo.few(kind, phrase, SPREAD_FEW)
                if found is None:  # a common word: only within the candidates' own runs,
                    # of those not already known to hold it (a kind shown earlier did)
                    wanted = sorted(alive - holders)
                    known = runs.setdefault(kind, {})
                    known.update(self.repo.ranges(kind, [c for c in wanted if c not in known]))
                    looked = [run for c in wanted for run in known.get(c, ())]
                    found = self.repo.holding(kind, looked, phrase, SPREAD_PER_CANDIDATE)
                for rowid, hit in found:
                    if hit.candidate_id in alive:
                        holders.add(hit.candidate_id)
                        holds.setdefault((kind, rowid), (hit, set()))[1].add(i)
            alive &= holders
            if not alive:
                return []
        seals = self.repo.seals(h.session_id for h, _ in holds.values() if h.session_id)
        records: dict[str, list[tuple[HitKind, int, RawHit, frozenset[int]]]] = {}
        for (kind, rowid), (hit, words) in holds.items():
            seal, lead = seals.get(hit.session_id or "", (None, None))
            if may_see(hit, seal, Viewer.panel(lead)):
                records.setdefault(hit.candidate_id, []).append(
                    (kind, rowid, hit, frozenset(words)))
        chosen: list[_Chosen] = []
        for candidate_id in sorted(records, key=how_well):
            mine = sorted(records[candidate_id],
                          key=lambda r: (_SPREAD_ORDER.index(r[0]), -r[1]))
            cover = spread_cover(len(other), [r[3] for r in mine], SPREAD_PER_CANDIDATE)
            new = [mine[i] for i in cover if (mine[i][0], mine[i][2].ref_id) not in shown]
            chosen += [(kind, rowid, hit, how_well(candidate_id)[1])
                       for kind, rowid, hit, _ in new][:room - len(chosen)]
            if len(chosen) >= room:
                break
        return chosen

    def _with_snippets(self, text: str, chosen: list[_Chosen]) -> list[RawHit]:
        """The spread hits as shown: each with its snippet, marked spread, scored as its
        candidate was named."""
        phrases = {HitKind.NOTE: word_phrases(text, min_prefix=None)}
        snippets = {kind: self.repo.snippets(
            kind, [rowid for k, rowid, _, _ in chosen if k is kind],
            " OR ".join(phrases.get(kind) or word_phrases(text))) for kind in _SPREAD_ORDER}
        return [replace(hit, score=score, spread=True,
                        snippet=snippets[kind].get(rowid, hit.snippet))
                for kind, rowid, hit, score in chosen]


def _named(hit: RawHit, names: Names) -> Hit:
    role, scheduled = names.sessions.get(hit.session_id or "", ("", ""))
    label = f"{role} · {scheduled[:10]}" if hit.session_id else ""
    where = names.competencies.get(hit.competency_id or "", "") \
        if hit.kind is HitKind.EVIDENCE else names.questions.get(hit.question_id or "", "")
    return Hit(raw=hit, candidate_name=names.candidates.get(hit.candidate_id, ""),
               session_label=label, author_name=names.panelists.get(hit.author_id or "", ""),
               where=where)
