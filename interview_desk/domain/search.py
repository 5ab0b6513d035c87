"""Find: what a typed query means, what a hit is, and who may see it. Plain Python, no I/O.

Whatever is typed is taken as words: FTS5 syntax (quotes, ``*``, ``NEAR``, ``AND``/``OR``,
column filters, parentheses) is never passed through, so no input can be an error or change
what is searched. The words are joined with AND (one record holds them all) or spread over
one candidate's records (``spread_cover``: a name in the dossier, a word in a note). In
names, evidence, flags and the candidate's questions the last word also matches as a prefix
while it is still being typed (no space after it yet). Notes match whole words: a prefix
there merges the postings of every word it starts (all of "plan", "planned", "planning"…
over 700k notes), 100–600 ms where a word takes 10.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from interview_desk.domain.debrief import Viewer, may_see_card, may_see_notes
from interview_desk.domain.scorecard_rules import SealState

#: A pasted page searches its first words; more would only narrow the AND to nothing.
MAX_WORDS = 16
#: Shorter prefixes expand to too many words to rank quickly (and say little).
MIN_PREFIX = 3
#: How many hits a search returns at most.
DEFAULT_LIMIT = 50
#: Marks around a highlighted match in a stored snippet: private-use characters, so nobody
#: types them, and a note's own ``<b>`` or ``[`` stays the text it is.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"


def _is_word_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the index sees them: runs of letters, digits and marks.
    Everything else (punctuation, quotes, ``*``, emoji, spaces) separates words. A word
    given twice counts once (it narrows nothing and costs bm25 a second pass)."""
    words: list[str] = []
    seen: set[str] = set()
    current: list[str] = []
    for ch in text + " ":
        if _is_word_char(ch):
            current.append(ch)
            continue
        word = "".join(current)
        current = []
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
    return words[:MAX_WORDS]


def word_phrases(text: str, min_prefix: int | None = MIN_PREFIX) -> list[str]:
    """Each word of ``text`` as an FTS5 phrase: quoted (so ``AND``, ``NEAR`` are just words),
    the last a prefix while still being typed (of ``min_prefix`` letters or more; ``None``:
    never)."""
    words = words_of(text)
    parts = [f'"{w}"' for w in words]  # a word never contains a quote (see words_of)
    # still being typed: the text ends in its last word, with no space or mark after it
    if words and _is_word_char(text[-1]) and text.casefold().endswith(words[-1].casefold()) \
            and min_prefix is not None and len(words[-1]) >= min_prefix:
        parts[-1] += "*"
    return parts


def match_expression(text: str, min_prefix: int | None = MIN_PREFIX) -> str | None:
    """The FTS5 query for ``text``: all its words (``word_phrases``) in one document.
    ``None`` when there is nothing to look for."""
    return " ".join(word_phrases(text, min_prefix)) or None


class HitKind(StrEnum):
    CANDIDATE = "candidate"
    SESSION = "session"
    NOTE = "note"
    EVIDENCE = "evidence"
    FLAG = "flag"
    CANDIDATE_QUESTION = "candidate_question"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {HitKind.CANDIDATE: "Candidate", HitKind.SESSION: "Session",
                HitKind.NOTE: "Note", HitKind.EVIDENCE: "Evidence", HitKind.FLAG: "Flag",
                HitKind.CANDIDATE_QUESTION: "Candidate's question"}


@dataclass(frozen=True)
class Snippet:
    """A piece of the matching text; ``parts`` alternate plain and highlighted runs."""

    parts: tuple[tuple[str, bool], ...]

    @staticmethod
    def parse(marked: str) -> Snippet:
        """Split a snippet whose matches sit between ``HIGHLIGHT_START``/``HIGHLIGHT_END``."""
        parts: list[tuple[str, bool]] = []
        for i, chunk in enumerate(marked.split(HIGHLIGHT_START)):
            if i == 0:
                if chunk:
                    parts.append((chunk, False))
                continue
            hit, _, rest = chunk.partition(HIGHLIGHT_END)
            if hit:
                parts.append((hit, True))
            if rest:
                parts.append((rest, False))
        return Snippet(tuple(parts))

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.parts)

    def marked(self, start: str, end: str,
               escape: Callable[[str], str] = lambda s: s) -> str:
        """The text with each match between ``start`` and ``end``; every piece of the text
        goes through ``escape`` first (e.g. HTML escaping for a rich-text label)."""
        return "".join(f"{start}{escape(t)}{end}" if hit else escape(t) for t, hit in self.parts)


@dataclass(frozen=True)
class RawHit:
    """One matching document as the index returns it, before the seal is applied."""

    kind: HitKind
    ref_id: str  # the id of the note, rating, flag, question, candidate or session
    score: float  # bm25: lower is better
    snippet: Snippet
    candidate_id: str
    session_id: str | None = None
    author_id: str | None = None  # the panelist who typed it
    question_id: str | None = None
    competency_id: str | None = None
    #: One of a candidate's records that hold the words between them (``spread_cover``),
    #: not every word itself; its score is the candidate's (how well the record naming
    #: them matched).
    spread: bool = False


@dataclass(frozen=True)
class Hit:
    """A hit as shown: the raw hit and the names that say where it is."""

    raw: RawHit
    candidate_name: str
    session_label: str = ""
    author_name: str = ""
    where: str = ""  # the question or competency

    @property
    def kind(self) -> HitKind:
        return self.raw.kind


@dataclass(frozen=True)
class SessionGroup:
    session_id: str | None  # None: hits about the candidate, not one session
    label: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True)
class CandidateGroup:
    candidate_id: str
    name: str
    sessions: tuple[SessionGroup, ...]


@dataclass(frozen=True)
class SearchResult:
    text: str
    groups: tuple[CandidateGroup, ...]

    @property
    def hits(self) -> list[Hit]:
        return [h for g in self.groups for s in g.sessions for h in s.hits]


def may_see(hit: RawHit, seal: SealState | None, viewer: Viewer) -> bool:
    """The read model's seal rule for one hit: notes, flags and the candidate's questions as
    ``may_see_notes``, evidence as ``may_see_card``; candidates and sessions are no one's."""
    if hit.session_id is None or hit.kind in (HitKind.CANDIDATE, HitKind.SESSION):
        return True
    if seal is None or hit.author_id is None:  # a session that vanished meanwhile
        return False
    if hit.kind is HitKind.EVIDENCE:
        return may_see_card(seal, viewer, hit.author_id)
    return may_see_notes(seal, viewer, hit.author_id)


def best_first(hits: Iterable[RawHit], limit: int) -> list[RawHit]:
    """The ``limit`` best hits in bm25 order (lower is better; a stable sort keeps ties in
    the order the index returned them)."""
    return sorted(hits, key=lambda h: h.score)[:limit]


def spread_cover(words: int, holds: Sequence[frozenset[int]], most: int) -> list[int]:
    """Which of one candidate's records to show for a query of ``words`` words spread over
    them ("Priya negotiation": her name in the dossier, the word in a note): ``holds[i]`` is
    the set of word positions record ``i`` holds, records in the order to prefer (most telling
    kind first, then newest). Greedily the record adding most words not yet shown, until
    every word is; then more records holding any word, in order, up to ``most``. ``[]`` when
    some word is in none of them (the candidate is no match)."""
    if not words or set().union(*holds) != set(range(words)):
        return []
    chosen: list[int] = []
    covered: set[int] = set()
    while len(covered) < words:
        best = max(range(len(holds)), key=lambda i: (len(holds[i] - covered), -i))
        chosen.append(best)
        covered |= holds[best]
    rest = [i for i, held in enumerate(holds) if held and i not in chosen]
    return (chosen + rest)[:max(most, len(chosen))]


def group(text: str, hits: Sequence[Hit]) -> SearchResult:
    """Hits grouped by candidate, then session; groups in the order of their best hit."""
    by_candidate: dict[str, dict[str | None, list[Hit]]] = {}
    names: dict[str, str] = {}
    labels: dict[str | None, str] = {None: ""}
    for hit in hits:  # already best first, so dict order is best-hit order
        names[hit.raw.candidate_id] = hit.candidate_name
        labels[hit.raw.session_id] = hit.session_label
        by_candidate.setdefault(hit.raw.candidate_id, {}).setdefault(
            hit.raw.session_id, []).append(hit)
    return SearchResult(text, tuple(
        CandidateGroup(cid, names[cid], tuple(
            SessionGroup(sid, labels[sid], tuple(session_hits))
            for sid, session_hits in sessions.items()))
        for cid, sessions in by_candidate.items()))
