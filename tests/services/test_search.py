"""Find over a real database: every kind of text, ranked and grouped, and the seal obeyed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from interview_desk.domain.model import Candidate, Concern, Recommendation
from interview_desk.domain.search import HitKind
from interview_desk.services.desk import Desk
from interview_desk.services.live import Flag
from interview_desk.storage.schema import FIND_TABLES
from interview_desk.storage.search import SearchRepository
from tests.panel_support import PanelistSpec, PanelSpec, marker, store_panel

YES = Recommendation.YES


def _kinds(desk: Desk, text: str) -> list[HitKind]:
    return [h.kind for h in desk.search.find(text).hits]


def _role(desk: Desk) -> str:
    kit = desk.catalog.kits.latest_versions()[0]
    return desk.catalog.role_from_kit(kit, "Engineer").id


def test_every_kind_of_text_is_found_and_says_where_it_is(desk: Desk) -> None:
    stored = store_panel(desk, PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),
                                          PanelistSpec((2, 3, 3, 3, 3, 3), YES))),
                         _role(desk), "Wilhelmina Quartz")
    lead = stored.panel[0]
    note = desk.search.find(marker(0, "sit")).hits  # a STAR part
    assert [h.kind for h in note] == [HitKind.NOTE]
    assert note[0].author_name == lead.name and note[0].where  # the question's text
    assert note[0].candidate_name == "Wilhelmina Quartz"
    assert note[0].raw.snippet.parts == ((marker(0, "sit"), True),)
    [evidence] = desk.search.find(marker(1, "ev", 2)).hits
    assert evidence.kind is HitKind.EVIDENCE
    assert evidence.where == stored.competencies[2].name
    assert evidence.raw.competency_id == stored.competencies[2].id
    assert _kinds(desk, marker(0, "flag", 1)) == [HitKind.FLAG]
    assert _kinds(desk, marker(1, "answer")) == [HitKind.CANDIDATE_QUESTION]
    assert HitKind.CANDIDATE in _kinds(desk, "wilhelmina")  # any case
    assert _kinds(desk, "Concern of Wilhelmina") == [HitKind.CANDIDATE]
    desk.sessions.sessions.update_fields(stored.session_id, location="Bergamo boardroom")
    [session] = desk.search.find("bergamo").hits
    assert (session.kind, session.raw.session_id) == (HitKind.SESSION, stored.session_id)


def test_hits_are_grouped_by_candidate_then_session_best_first(desk: Desk) -> None:
    role = _role(desk)
    spec = PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),))
    first = store_panel(desk, spec, role, "Ada Lovelace")
    second = store_panel(desk, spec, role, "Grace Hopper")
    for stored, text in ((first, "outage outage outage postmortem"),
                         (second, "one outage")):
        desk.live.add_flag(Flag(stored.session_id, stored.panel[0].id,
                                desk.live.flags(stored.session_id)[0].kind, None, text, 5))
    result = desk.search.find("outage")
    assert [g.name for g in result.groups] == ["Ada Lovelace", "Grace Hopper"]  # bm25 order
    assert [s.session_id for s in result.groups[0].sessions] == [first.session_id]
    scores = [h.raw.score for h in result.hits]
    assert scores == sorted(scores)
    assert len(desk.search.find("outage", limit=1).hits) == 1


def test_a_sealed_panel_shows_only_the_leads_own_notes_and_nobodys_evidence(
        desk: Desk) -> None:
    spec = PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),
                      PanelistSpec((2, 3, 3, 3, 3, 3), YES, submitted=False)))
    stored = store_panel(desk, spec, _role(desk), "Sealed Sam")
    lead, peer = stored.panel
    assert not desk.scorecards.seal_state(stored.session_id).is_open
    assert _kinds(desk, marker(0, "text")) == [HitKind.NOTE]  # the lead's own
    assert _kinds(desk, marker(0, "flag", 0)) == [HitKind.FLAG]
    for word in (marker(1, "text"), marker(1, "act"), marker(1, "flag", 0), marker(1, "cq"),
                 marker(0, "ev", 0), marker(1, "ev", 0)):
        assert desk.search.find(word).hits == [], word  # sealed
    desk.scorecards.unseal(stored.session_id, lead.id, "the panel meets now")
    for word in (marker(1, "text"), marker(1, "flag", 0), marker(0, "ev", 0),
                 marker(1, "ev", 0)):
        assert len(desk.search.find(word).hits) == 1, word
    assert peer.id in {h.raw.author_id for h in desk.search.find(marker(1, "cq")).hits}


def test_the_index_follows_every_change(desk: Desk) -> None:
    role = _role(desk)
    stored = store_panel(desk, PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),)), role,
                         "Index Ivy")
    sid, pid = stored.session_id, stored.panel[0].id
    cid = stored.competencies[0].id
    desk.scorecards.amend(sid, pid, reason="typo", competency_id=cid, rating=3,
                          evidence="amended")  # the original evidence stays as submitted
    assert _kinds(desk, marker(0, "ev", 0)) == [HitKind.EVIDENCE]
    # a draft's evidence is rewritten on every save (sealed: seen here before the seal)
    draft = store_panel(desk, PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES,
                                                      submitted=False),)), role, "Draft Dan")
    card = desk.scorecards.card(draft.session_id, draft.panel[0].id)
    card.ratings[draft.competencies[1].id].evidence = "platypus"
    desk.scorecards.save_draft(card)
    index = SearchRepository(desk.db)
    assert [(h.kind, h.session_id) for h in index.hits('"platypus"', 10, 10)] == [
        (HitKind.EVIDENCE, draft.session_id)]
    assert {h.session_id for h in index.hits(f'"{marker(0, "ev", 1)}"', 10, 10)} == {sid}
    cand = desk.catalog.get_candidate(desk.sessions.sessions.get(sid).candidate_id)
    cand.concerns.append(Concern(text="relocation to Zürich"))
    desk.catalog.save_candidate(cand)
    assert _kinds(desk, "zurich") == [HitKind.CANDIDATE]  # diacritics folded
    cand.concerns = []
    desk.catalog.save_candidate(cand)
    assert _kinds(desk, "zurich") == []
    the_role = desk.catalog.get_role(role)
    the_role.name = "Lighthouse keeper"
    desk.catalog.roles.save(the_role)
    assert {HitKind.CANDIDATE, HitKind.SESSION} <= set(_kinds(desk, "lighthouse"))
    desk.catalog.save_candidate(Candidate(name="Nobody Yet"))
    assert _kinds(desk, "nobody yet") == [HitKind.CANDIDATE]


def test_the_candidates_filter_uses_the_index(desk: Desk) -> None:
    desk.catalog.save_candidate(Candidate(name="Zoë Adébáyọ̀", email="zoe@example.org",
                                          first_round_summary="Kafka at scale"))
    desk.catalog.save_candidate(Candidate(name="Bob"))
    names = lambda s: [c.name for c in desk.catalog.list_candidates(s)]  # noqa: E731
    assert names("zo") == ["Zoë Adébáyọ̀"]  # a prefix, still being typed
    assert names("zoe kafka") == ["Zoë Adébáyọ̀"]  # every word, any field, no accents
    assert names('"kafka*') == ["Zoë Adébáyọ̀"]  # syntax is words
    assert names("kafka NEAR(") == []  # "near" is a word, and not in the dossier
    assert names("  ") == ["Bob", "Zoë Adébáyọ̀"]


def test_a_database_from_before_find_gets_its_old_text_indexed(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[1] / "data" / "migrations" / "v2.sqlite3"
    copy = tmp_path / "v2.sqlite3"
    shutil.copy(fixture, copy)
    conn = sqlite3.connect(copy)
    evidence, names = conn.execute("SELECT (SELECT count(*) FROM ratings WHERE evidence != ''),"
                                   " (SELECT count(*) FROM candidates)").fetchone()
    conn.close()
    with Desk.open(copy) as desk:
        count = lambda fts: desk.db.execute(f"SELECT count(*) FROM {fts}").fetchone()[0]  # noqa: E731
        assert count("find_candidates_fts") == names
        assert count("find_evidence_fts") == evidence > 0
        for fts, _body, _prefix in FIND_TABLES.values():
            desk.db.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
        assert SearchRepository(desk.db).seals([]) == {}


def test_a_name_and_a_word_from_her_note_find_her_across_records(desk: Desk) -> None:
    role = _role(desk)
    spec = PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),
                      PanelistSpec((2, 3, 3, 3, 3, 3), YES)))
    priya = store_panel(desk, spec, role, "Priya Raman")
    other = store_panel(desk, spec, role, "Ada Lovelace")
    word = marker(0, "text")  # in both candidates' notes, in no dossier
    result = desk.search.find(f"Priya {word}")
    assert [g.name for g in result.groups] == ["Priya Raman"]  # not Ada, not nothing
    kinds = {(h.kind, h.raw.session_id) for h in result.hits}
    assert {(HitKind.CANDIDATE, None), (HitKind.NOTE, priya.session_id)} <= kinds
    assert all(h.raw.spread for h in result.hits)
    note = next(h for h in result.hits if h.kind is HitKind.NOTE)
    assert (word, True) in note.raw.snippet.parts  # the note's word is highlighted
    # a word from her evidence and one from her flag, with a prefix of her name being typed
    assert {h.kind for h in desk.search.find(f"{marker(1, 'ev', 2)} {marker(0, 'flag', 1)} "
                                             "Pri").hits} == {HitKind.CANDIDATE,
                                                               HitKind.EVIDENCE, HitKind.FLAG}
    # every word must be somewhere in her records; syntax is still words
    assert desk.search.find(f"Priya {word} zzznowhere").hits == []
    assert [g.name for g in desk.search.find(f'"Priya AND {word}" NEAR(').groups] == []
    assert [g.name for g in desk.search.find(f"Priya AND {word}").groups] == []  # "and"
    assert [g.name for g in desk.search.find(f"Lovelace {word}").groups] == ["Ada Lovelace"]
    assert other.session_id in {h.raw.session_id for h in desk.search.find(
        f"Lovelace {word}").hits}
    # the Candidates page's filter follows
    assert [c.name for c in desk.catalog.list_candidates(f"priya {word}")] == ["Priya Raman"]


def test_a_record_holding_every_word_ranks_before_words_spread_over_records(
        desk: Desk) -> None:
    role = _role(desk)
    spec = PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),))
    spread = store_panel(desk, spec, role, "Priya Raman")
    store_panel(desk, spec, role, "Grace Hopper")
    hopper = desk.catalog.list_candidates("Hopper")[0]
    hopper.first_round_summary = f"Worked with Priya on {marker(0, 'text')}"
    desk.catalog.save_candidate(hopper)
    result = desk.search.find(f"Priya {marker(0, 'text')}")
    assert [g.name for g in result.groups] == ["Grace Hopper", "Priya Raman"]
    assert not result.hits[0].raw.spread and result.hits[-1].raw.spread
    assert spread.session_id in {h.raw.session_id for h in result.hits}
    assert len(desk.search.find(f"Priya {marker(0, 'text')}", limit=1).hits) == 1


def test_a_sealed_note_never_makes_its_candidate_a_match(desk: Desk) -> None:
    spec = PanelSpec((PanelistSpec((3, 3, 2, 4, 3, 3), YES),
                      PanelistSpec((2, 3, 3, 3, 3, 3), YES, submitted=False)))
    stored = store_panel(desk, spec, _role(desk), "Sealed Sam")
    for word in (marker(1, "text"), marker(1, "flag", 0), marker(0, "ev", 0)):
        assert desk.search.find(f"Sam {word}").hits == [], word
        assert desk.catalog.list_candidates(f"Sam {word}") == [], word
    assert [h.kind for h in desk.search.find(f"Sam {marker(0, 'text')}").hits] == [
        HitKind.CANDIDATE, HitKind.NOTE]  # the lead's own note is no secret from the lead
    desk.scorecards.unseal(stored.session_id, stored.panel[0].id, "the panel meets now")
    assert HitKind.NOTE in {h.kind for h in desk.search.find(f"Sam {marker(1, 'text')}").hits}
