"""A session full of text that breaks naive PDF code, stored through the real repositories."""

from __future__ import annotations

from dataclasses import dataclass

from interview_desk.domain.model import (
    Candidate,
    Concern,
    Decision,
    Note,
    NoteState,
    Outcome,
    Panelist,
    QuestionType,
    Rating,
    Recommendation,
    Scorecard,
    Session,
    SessionStatus,
    new_id,
    utc_now,
)
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import (
    DecisionRepository,
    NoteRepository,
    ScorecardRepository,
)

MARKUP = [
    "<font color=red>not red</font>",
    '<img src="/etc/passwd">',
    '<img src="https://example.com/pixel.png"/>',
    "<para>not a para</para>",
    "unclosed <b>bold and <i>italic",
    "quotes \"double\" and 'single'",
    "Tom & Jerry &amp; &lt; &#60; &nbsp;",
    "a < b > c <<>> </font>",
    '<a href="file:///etc/passwd">link</a>',
    "<![CDATA[x]]> <!-- comment --> <br/> <seq/>",
]

SCRIPTS = {
    "latin": "Zoë Ångström façade naïve Łódź Đuro straße",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Привет мир Ёжик",
    "chinese": "中文测试汉字",
    "japanese": "日本語のテキスト",
    "korean": "한국어 텍스트",
    "emoji": "👍 🎉 😀",
}
RTL = {"hebrew": "שלום עולם", "arabic": "مرحبا بالعالم"}

LONG_WORD = "Supercalifragilistic" * 15  # 300 letters, no space
BIG_NOTE = " ".join(f"w{i:05d}" for i in range(3400))  # ~20,000 characters
UNDRAWABLE = "\U00013000"  # an Egyptian hieroglyph: none of the bundled fonts has it

CANDIDATE = "Zoë <b>O'Brien & 山田"
ROLE = "Ingénieure <para> Backend"
PANEL = ["Ingrid <font color=red>Solberg</font>", "Дмитрий Иванов", "山田 太郎"]


@dataclass
class Tricky:
    session_id: str
    role_id: str
    panelist_ids: list[str]


def build(desk: Desk, *, with_undrawable: bool = False) -> Tricky:
    kit = desk.catalog.kits.latest_versions()[0]
    role = desk.catalog.role_from_kit(kit, ROLE, "A role & its <description>")
    desk.catalog.save_role(role)
    questions = kit.questions()
    behavioural = next(q for q in questions if q.qtype is QuestionType.BEHAVIOURAL)
    others = [q for q in questions if q.qtype is not QuestionType.BEHAVIOURAL
              and q.qtype is not QuestionType.TALKING_POINT]
    preview = [q for q in questions if q.qtype is QuestionType.TALKING_POINT]
    cand = Candidate(name=CANDIDATE, role_id=role.id,
                     first_round_summary="First round:\nline two <i>",
                     concerns=[Concern(text="Concern <b>one</b> & more",
                                       question_id=behavioural.id),
                               Concern(text="Concern two, open")])
    desk.catalog.save_candidate(cand)
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-05-04T10:00:00.000000+00:00",
                      location="Room <42> & co", status=SessionStatus.DECIDED)
    panel = [Panelist(name=n, panel_role=r, is_lead=i == 0)
             for i, (n, r) in enumerate(zip(PANEL, ["Lead", "Peer", "HR"], strict=True))]
    desk.sessions.plan(session, panel, {behavioural.id: panel[0].id})
    notes = NoteRepository(desk.db)
    star = Note(session_id=session.id, panelist_id=panel[0].id, question_id=behavioural.id,
                text="\n".join(MARKUP), situation=SCRIPTS["greek"], task=SCRIPTS["cyrillic"],
                action=SCRIPTS["chinese"] + " " + SCRIPTS["japanese"],
                result=SCRIPTS["korean"] + " " + SCRIPTS["emoji"], state=NoteState.ASKED)
    notes.save(star)
    script_lines = [*SCRIPTS.values(), *RTL.values()]
    if with_undrawable:
        script_lines.append(f"hieroglyph {UNDRAWABLE}")
    notes.save(Note(session_id=session.id, panelist_id=panel[1].id,
                    question_id=others[0].id, text="\n".join(script_lines),
                    state=NoteState.ASKED))
    notes.save(Note(session_id=session.id, panelist_id=panel[2].id, question_id=others[1].id,
                    text=f"long word: {LONG_WORD} end", state=NoteState.ASKED))
    notes.save(Note(session_id=session.id, panelist_id=panel[0].id, question_id=others[2].id,
                    text=BIG_NOTE, state=NoteState.ASKED))
    notes.save(Note(session_id=session.id, panelist_id=panel[1].id, question_id=others[3].id,
                    text="", state=NoteState.SKIPPED))
    notes.save(Note(session_id=session.id, panelist_id=panel[0].id, question_id=preview[0].id,
                    state=NoteState.ASKED))
    comps = role.competencies
    cards = ScorecardRepository(desk.db)
    ratings_by_panelist = [[3, 4, None, 2, 3, 4], [4, 4, 3, 2, 2, 3], [2, 3, 3, 3, 4, 4]]
    card_ids = []
    for p, ratings in zip(panel, ratings_by_panelist, strict=True):
        card = Scorecard(
            session_id=session.id, panelist_id=p.id,
            ratings={c.id: Rating(c.id, r, r is None,
                                  f"Evidence from {p.name}: <b>{c.key}</b> & \"so on\"")
                     for c, r in zip(comps, ratings, strict=True)},
            recommendation=Recommendation.YES, takeaways=f"Takeaway of {p.name}\nsecond line",
            submitted_at="2026-05-04T12:00:00.000000+00:00")
        cards.save(card)
        card_ids.append(card.id)
    stamp = utc_now()
    desk.db.insert("amendments", {
        "id": new_id(), "scorecard_id": card_ids[1], "competency_id": comps[3].id,
        "rating": 3, "no_evidence": 0, "evidence": "Amended <evidence> & why",
        "recommendation": None, "reason": "Heard Claire's point <u>", "amended_at": stamp,
        "created_at": stamp, "updated_at": stamp})
    desk.db.insert("amendments", {
        "id": new_id(), "scorecard_id": card_ids[2], "competency_id": None,
        "rating": None, "no_evidence": 0, "evidence": "",
        "recommendation": "strong_yes", "reason": "Changed my mind", "amended_at": stamp,
        "created_at": stamp, "updated_at": stamp})
    desk.db.insert("flags", {
        "id": new_id(), "session_id": session.id, "panelist_id": panel[0].id,
        "question_id": behavioural.id, "kind": "strong", "text": "flag <text>",
        "elapsed_seconds": 754, "flagged_at": stamp, "created_at": stamp, "updated_at": stamp})
    desk.db.insert("candidate_questions", {
        "id": new_id(), "session_id": session.id, "panelist_id": panel[2].id,
        "text": "What does success <look> like?", "answer": "Shipping & learning",
        "created_at": stamp, "updated_at": stamp})
    desk.db.insert("concern_checks", {
        "id": new_id(), "session_id": session.id, "concern_id": cand.concerns[0].id,
        "panelist_id": panel[0].id, "note_id": star.id, "addressed_at": stamp,
        "created_at": stamp, "updated_at": stamp})
    DecisionRepository(desk.db).save(Decision(
        session_id=session.id, outcome=Outcome.HIRE,
        rationale="Because <b>reasons</b> & evidence\nline two",
        decided_by=PANEL[0], decided_at="2026-05-05T09:00:00.000000+00:00"))
    return Tricky(session.id, role.id, [p.id for p in panel])
