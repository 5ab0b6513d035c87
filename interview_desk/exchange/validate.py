"""Strict values in panel and return files: what the JSON Schema cannot say.

The schema checks the shape, the form of ids, the enums and the lengths. This reads the
values: every time is RFC 3339 with its offset, a day that exists, within the plausible
years; an assignment's id is made of its two parts; and every rule the app applies to a person
applies to the row, through the very same domain functions (``domain/rules.py``,
``check_before_submit``, ``may_see_concern``): a file cannot do what a user cannot.

``check_file`` is called once per file by the import, inside its transaction and before the
merge (so a panel file earlier in the same batch is already visible). The error names the
file, the row and the field; nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from interview_desk.domain.live import (
    AdhocQuestion,
    CandidateQuestion,
    Clock,
    LookForTick,
    may_see_concern,
)
from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    Kit,
    Panelist,
    Question,
    Rating,
    Recommendation,
    Role,
    Scorecard,
    Section,
    SessionStatus,
    timestamp_problem,
)
from interview_desk.domain.rules import (
    Problem,
    adhoc_question_problem,
    candidate_problem,
    candidate_question_problem,
    clock_problem,
    consent_problem,
    kit_problem,
    look_for_tick_problem,
    panel_problem,
    pin_problem,
    planned_minutes_problem,
    rating_problem,
    role_problem,
    scheduled_problem,
    segment_problem,
)
from interview_desk.domain.scale import SCALE
from interview_desk.domain.scorecard_rules import check_before_submit
from interview_desk.domain.transcript import (
    Consent,
    ConsentMethod,
    ConsentScope,
    Pin,
    Segment,
    StarPart,
)
from interview_desk.exchange.panel_file import ExchangeFile, ExchangeFileError, FileKind
from interview_desk.exchange.tables import (
    COLUMNS,
    PANEL_LISTS,
    PANEL_OPTIONAL,
    PANEL_SINGLE,
    RETURN_LISTS,
    Kind,
)
from interview_desk.storage.exchange_rows import ExchangeRows

Row = dict[str, Any]
_TIMES = (Kind.TS, Kind.OPT_TS)


class _Refused(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(where, message)
        self.where, self.message = where, message.rstrip(".")


def check_file(doc: ExchangeFile, rows: ExchangeRows) -> None:
    """Refuse (``ExchangeFileError``) a file holding a value the app would not let a person
    enter; ``rows`` answers what the file refers to in this database."""
    try:
        problem = timestamp_problem(doc.created_at)
        if problem:
            raise _Refused("created_at", problem)
        _check_values(doc)
        if doc.kind is FileKind.PANEL:
            _check_panel(doc.payload)
        else:
            _check_return(doc.payload, rows)
    except _Refused as exc:
        raise ExchangeFileError(doc.source, f"at {exc.where}: {exc.message}") from None


# --- every row: times and pair ids -----------------------------------------------------------


def _located_rows(doc: ExchangeFile) -> Iterator[tuple[str, str, Row]]:
    """(table, where in the file, row) for every row the file carries."""
    p = doc.payload
    if doc.kind is FileKind.PANEL:
        for key, table in PANEL_SINGLE.items():
            yield table, f"payload.{key}", p[key]
        for key, table in PANEL_OPTIONAL.items():
            if p[key] is not None:
                yield table, f"payload.{key}", p[key]
        lists = PANEL_LISTS
    else:
        if p["scorecard"] is not None:
            yield "scorecards", "payload.scorecard", p["scorecard"]
        lists = RETURN_LISTS
    for key in lists:
        for i, row in enumerate(p[key]):
            yield key, f"payload.{key}[{i + 1}]", row


def _check_values(doc: ExchangeFile) -> None:
    for table, where, row in _located_rows(doc):
        for col, kind in COLUMNS[table].items():
            if kind in _TIMES and row[col] is not None:
                problem = timestamp_problem(row[col])
                if problem:
                    raise _Refused(f"{where}.{col}", problem)
        # (A rating's id is not checked: the merge makes it from its card and competency.)
        if table == "assignments" and row["id"] != f"{row['session_id']}:{row['question_id']}":
            raise _Refused(f"{where}.id", "an assignment id is its session_id and question_id "
                                          "joined by ':'")


# --- panel files -----------------------------------------------------------------------------


def _where(key: str, rows: list[Row], item_id: str, field: str) -> str:
    index = next(i for i, r in enumerate(rows) if r["id"] == item_id)
    return f"payload.{key}[{index + 1}].{field}"


def _raise(problem: Problem | None, at: str, parts: str = "", part_rows: list[Row] | None = None
           ) -> None:
    """Refuse with ``problem``, placed at the part it names (a row of ``parts``) or at ``at``."""
    if problem is None:
        return
    if problem.item_id and part_rows is not None:
        raise _Refused(_where(parts, part_rows, problem.item_id, problem.field), problem.message)
    raise _Refused(f"{at}.{problem.field}" if problem.field else at, problem.message)


def _check_panel(p: dict[str, Any]) -> None:
    anchors = {(a["competency_id"], a["point"]): a["text"] for a in p["competency_anchors"]}
    for role_row in p["roles"]:
        comps = [c for c in p["competencies"] if c["role_id"] == role_row["id"]]
        role = Role(name=role_row["name"], id=role_row["id"],
                    hire_below=role_row["hire_below"], no_hire_above=role_row["no_hire_above"],
                    competencies=[
            Competency(key=c["key"], name=c["name"], weight=c["weight"], id=c["id"],
                       # An anchor row missing altogether is the merge's to refuse (one
                       # per point); here only the text of those present is judged.
                       anchors=tuple(anchors.get((c["id"], point), "(missing)")
                                     for point in SCALE.points)) for c in comps])
        problem = role_problem(role)
        if problem and problem.field == "text":
            blank = next(i for i, a in enumerate(p["competency_anchors"])
                         if a["competency_id"] == problem.item_id and not a["text"].strip())
            raise _Refused(f"payload.competency_anchors[{blank + 1}].text", problem.message)
        _raise(problem, f"payload.roles[{p['roles'].index(role_row) + 1}]", "competencies",
               p["competencies"])
    _check_kit_competencies(p["kit"]["competencies_json"])
    kit = Kit(name=p["kit"]["name"], id=p["kit"]["id"], sections=[
        Section(title=s["title"], id=s["id"], questions=[
            Question(text=q["text"], minutes=q["minutes"], id=q["id"],
                     look_fors=json.loads(q["look_fors"]))  # a list of strings: checked
            for q in p["questions"] if q["section_id"] == s["id"]])
        for s in p["kit_sections"]])
    problem = kit_problem(kit)
    if problem and problem.field == "title":
        _raise(problem, "payload.kit", "kit_sections", p["kit_sections"])
    _raise(problem, "payload.kit", "questions", p["questions"])
    cand = Candidate(name=p["candidate"]["name"], id=p["candidate"]["id"], concerns=[
        Concern(text=c["text"], id=c["id"]) for c in p["concerns"]])
    _raise(candidate_problem(cand), "payload.candidate", "concerns", p["concerns"])
    panel = [Panelist(name=x["name"], is_lead=bool(x["is_lead"]), id=x["id"])
             for x in p["panelists"]]
    _raise(panel_problem(panel), "payload.panelists", "panelists", p["panelists"])
    if not any(x.is_lead for x in panel):
        # The planner makes the first panelist lead when nobody was chosen: a stored panel
        # always has its one lead.
        raise _Refused("payload.panelists", "the panel has no lead")
    s = p["session"]
    _raise(planned_minutes_problem(s["planned_minutes"]) or scheduled_problem(s["scheduled_at"])
           or clock_problem(Clock(status=SessionStatus(s["status"]), started_at=s["started_at"],
                                  ended_at=s["ended_at"])), "payload.session")
    c = p["transcript_consent"]
    if c is not None:
        if c["session_id"] != s["id"]:
            raise _Refused("payload.transcript_consent.session_id",
                           "the consent belongs to another session; a panel file carries only "
                           "its own session's consent")
        _raise(consent_problem(_consent(c), p["candidate"]["name"]),
               "payload.transcript_consent")


def _consent(c: Row) -> Consent:
    return Consent(session_id=c["session_id"], candidate_name=c["candidate_name"],
                   method=ConsentMethod(c["method"]), scope=ConsentScope(c["scope"]),
                   retention_days=c["retention_days"], recorded_by=c["recorded_by"],
                   given_at=c["given_at"], shared_with_lead=bool(c["shared_with_lead"]))


def _check_kit_competencies(text: str) -> None:
    """The competencies a kit proposes, stored as JSON text: every kit page and the live view
    read them back, so they must be what the app writes (``KitRepository.save``)."""
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
    fields: dict[str, type | tuple[type, ...]] = {
        "key": str, "name": str, "description": str, "weight": (int, float), "anchors": list}
    ok = isinstance(value, list) and all(
        isinstance(c, dict) and c.keys() == fields.keys()
        and all(isinstance(c[k], t) and not isinstance(c[k], bool) for k, t in fields.items())
        and c["weight"] >= 0 and len(c["anchors"]) == SCALE.size
        and all(isinstance(a, str) for a in c["anchors"]) for c in value)
    if not ok:
        raise _Refused("payload.kit.competencies_json",
                       "not the kit's competencies as the app writes them (a JSON list of "
                       "key, name, description, weight and one anchor per point)")


# --- return files ----------------------------------------------------------------------------


def _check_return(p: dict[str, Any], rows: ExchangeRows) -> None:
    for i, a in enumerate(p["adhoc_questions"]):
        at = f"payload.adhoc_questions[{i + 1}]"
        _raise(adhoc_question_problem(AdhocQuestion(
            session_id=a["session_id"], panelist_id=a["panelist_id"], text=a["text"])), at)
        if rows.kit_of_question(a["id"]) is not None:
            # The agenda, the notes and the assignments tell questions apart by id.
            raise _Refused(f"{at}.id", "an ad-hoc question cannot take the id of a kit "
                                       "question")
    for i, c in enumerate(p["candidate_questions"]):
        _raise(candidate_question_problem(CandidateQuestion(
            session_id=c["session_id"], panelist_id=c["panelist_id"], text=c["text"])),
            f"payload.candidate_questions[{i + 1}]")
    _check_ticks(p, rows)
    _check_transcript(p, rows)
    panelist = rows.get("panelists", p["panelist_id"])
    own_notes = {n["id"] for n in p["notes"]}
    for i, c in enumerate(p["concern_checks"]):
        note = rows.note_key(c["note_id"]) if c["note_id"] not in own_notes | {None} else None
        if note is not None and note[0] == p["session_id"] and note[1] != p["panelist_id"]:
            # The live view links a concern to the note the panelist is writing: their own.
            raise _Refused(f"payload.concern_checks[{i + 1}].note_id",
                           "a concern is marked addressed by a note of one's own, not by "
                           "another panelist's")
        concern = rows.get("concerns", c["concern_id"])
        if panelist is None or concern is None:
            continue  # the merge refuses a check it cannot place
        if not may_see_concern(Panelist(name=panelist["name"], is_lead=bool(panelist["is_lead"])),
                               Concern(text=concern["text"], lead_only=bool(concern["lead_only"]))):
            raise _Refused(f"payload.concern_checks[{i + 1}].concern_id",
                           "this concern is for the lead's eyes only; another panelist "
                           "cannot mark it")
    ratings = {}
    for i, r in enumerate(p["ratings"]):
        rating = Rating(competency_id=r["competency_id"], rating=r["rating"],
                        no_evidence=bool(r["no_evidence"]), evidence=r["evidence"])
        _raise(rating_problem(rating), f"payload.ratings[{i + 1}]")
        ratings[r["competency_id"]] = rating
    card = p["scorecard"]
    session = rows.get("sessions", p["session_id"])
    if card is None or card["submitted_at"] is None or session is None:
        return
    competencies = [Competency(key=c["key"], name=c["name"], id=c["id"])
                    for c in rows.select("competencies", {"role_id": session["role_id"]})]
    if not ratings.keys() <= {c.id for c in competencies}:
        return  # the merge refuses a rating of a competency this role does not have
    recommendation = card["recommendation"]
    draft = Scorecard(session_id=card["session_id"], panelist_id=card["panelist_id"],
                      ratings=ratings, takeaways=card["takeaways"], id=card["id"],
                      recommendation=Recommendation(recommendation) if recommendation else None)
    # Submitting asks check_before_submit of the draft; its blockers refuse here too (its
    # warnings the person may accept, so they pass).
    blockers = check_before_submit(competencies, draft).blockers
    if blockers:
        raise _Refused("payload.scorecard.submitted_at",
                       "a submitted scorecard must be complete: " + blockers[0])


def _check_ticks(p: dict[str, Any], rows: ExchangeRows) -> None:
    """A look-for tick names a question of the session's kit version and one of the look-fors
    it lists there; a tick on any other question (ad-hoc ones list none) is refused."""
    session = rows.get("sessions", p["session_id"])
    if session is None:
        return  # the merge asks for the panel file first
    for i, t in enumerate(p["look_for_ticks"]):
        at = f"payload.look_for_ticks[{i + 1}]"
        question = rows.get("questions", t["question_id"])
        if question is None or question["kit_id"] != session["kit_id"]:
            raise _Refused(f"{at}.question_id", "not a question of the kit this session uses; "
                                                "only its questions have look-fors to tick")
        _raise(look_for_tick_problem(LookForTick(
            session_id=t["session_id"], panelist_id=t["panelist_id"],
            question_id=t["question_id"], look_for=t["look_for"],
            elapsed_seconds=t["elapsed_seconds"]), json.loads(question["look_fors"])), at)


def _segment(r: Row) -> Segment:
    return Segment(session_id=r["session_id"], panelist_id=r["panelist_id"],
                   start=r["start_seconds"], end=r["end_seconds"], text=r["text"],
                   question_id=r["question_id"], not_said=bool(r["not_said"]), id=r["id"])


def _check_transcript(p: dict[str, Any], rows: ExchangeRows) -> None:
    """Segments as the transcriber stores them (``segment_problem``), each under a question of
    the session (its kit's, or an ad-hoc one of the session, here or in this file); pinned
    quotes as ``make_pin`` makes them, from a segment the file carries, for a competency of
    the session's role. Whether they may travel at all, the merge decides (the consent)."""
    session = rows.get("sessions", p["session_id"])
    if session is None:
        return  # the merge asks for the panel file first
    own_adhoc = {a["id"] for a in p["adhoc_questions"]}
    segments: dict[str, Segment] = {}
    for i, r in enumerate(p["transcript_segments"]):
        at = f"payload.transcript_segments[{i + 1}]"
        segment = _segment(r)
        _raise(segment_problem(segment), at)
        qid = segment.question_id
        if qid is not None and qid not in own_adhoc \
                and rows.kit_of_question(qid) != session["kit_id"] \
                and rows.session_of_adhoc_question(qid) != p["session_id"]:
            raise _Refused(f"{at}.question_id", "not a question of this session (of the kit it "
                                                "uses, or asked ad hoc in it)")
        segments[segment.id] = segment
    keys = [c["key"] for c in rows.select("competencies", {"role_id": session["role_id"]})]
    for i, r in enumerate(p["transcript_pins"]):
        at = f"payload.transcript_pins[{i + 1}]"
        pinned_from = segments.get(r["segment_id"])
        if pinned_from is None:
            raise _Refused(f"{at}.segment_id", "a pinned quote travels with the segment it "
                                               "was pinned from, and this file does not "
                                               "carry that segment")
        pin = Pin(segment_id=r["segment_id"], session_id=r["session_id"],
                  panelist_id=r["panelist_id"], quote=r["quote"], start=r["start_seconds"],
                  end=r["end_seconds"], competency_key=r["competency_key"],
                  star_part=StarPart(r["star_part"]) if r["star_part"] else None,
                  pinned_at=r["pinned_at"], id=r["id"])
        _raise(pin_problem(pin, pinned_from, keys), at)
