"""Which columns of which tables travel in panel and return files, and of what kind.

Files carry rows column for column, so the lead's and the panelists' databases keep the same
global ids. The list is fixed here (not read from the live schema) so that a column added by
a later migration never changes format version 1 behind its back; the JSON Schemas in
``resources/schemas/`` are checked against this list by the tests.
"""

from __future__ import annotations

from enum import StrEnum

from interview_desk.domain.model import (
    FlagKind,
    NoteState,
    QuestionType,
    Recommendation,
    SectionKind,
    SessionStatus,
)
from interview_desk.domain.transcript import ConsentMethod, ConsentScope, StarPart


class Kind(StrEnum):
    ID = "id"  # a uuid4 hex id
    REF = "ref"  # the id of another record
    OPT_REF = "opt_ref"  # the id of another record, or null
    PAIR_ID = "pair_id"  # "<uuid>:<uuid>" (assignments, ratings) or a plain uuid
    TS = "ts"  # ISO-8601 timestamp
    OPT_TS = "opt_ts"
    TEXT = "text"  # free text a person typed (long)
    SHORT = "short"  # a name, a title, a date
    OPT_SHORT = "opt_short"
    INT = "int"
    BOOL = "bool"  # SQLite 0/1
    NUMBER = "number"
    OPT_NUMBER = "opt_number"  # a number, or null
    JSON_LIST = "json_list"  # a JSON array of strings, stored as text
    OPT_RATING = "opt_rating"  # a point of the rating scale, or null ("no evidence")
    POINT = "point"  # a point of the rating scale
    SECONDS = "seconds"  # a time on the session clock, in seconds (0 to a day)
    SEGMENT_TEXT = "segment_text"  # what the model heard in one go (at most 2 000 characters)


_TS = {"created_at": Kind.TS, "updated_at": Kind.TS}

# Enum columns: the allowed values come from the domain model.
ENUMS: dict[tuple[str, str], list[str]] = {
    ("kit_sections", "kind"): [k.value for k in SectionKind],
    ("questions", "qtype"): [q.value for q in QuestionType],
    ("sessions", "status"): [s.value for s in SessionStatus],
    ("notes", "state"): [s.value for s in NoteState],
    ("flags", "kind"): [f.value for f in FlagKind],
    ("scorecards", "recommendation"): [r.value for r in Recommendation],
    ("transcript_consents", "method"): [m.value for m in ConsentMethod],
    ("transcript_consents", "scope"): [s.value for s in ConsentScope],
    ("transcript_pins", "star_part"): [s.value for s in StarPart],
}

COLUMNS: dict[str, dict[str, Kind]] = {
    # The override thresholds are part of a role version: a session imported elsewhere keeps
    # the rule its debrief is held to.
    "roles": {"id": Kind.ID, "family_id": Kind.ID, "version": Kind.INT, "name": Kind.SHORT,
              "description": Kind.TEXT, "hire_below": Kind.OPT_NUMBER,
              "no_hire_above": Kind.OPT_NUMBER, **_TS},
    "competencies": {
        "id": Kind.ID, "role_id": Kind.REF, "position": Kind.INT, "key": Kind.SHORT,
        "name": Kind.SHORT, "description": Kind.TEXT, "weight": Kind.NUMBER, **_TS},
    "competency_anchors": {"competency_id": Kind.REF, "point": Kind.POINT, "text": Kind.TEXT},
    "kits": {
        "id": Kind.ID, "family_id": Kind.ID, "version": Kind.INT, "name": Kind.SHORT,
        "description": Kind.TEXT, "competencies_json": Kind.TEXT, **_TS},
    "kit_sections": {
        "id": Kind.ID, "kit_id": Kind.REF, "position": Kind.INT, "title": Kind.SHORT,
        "kind": Kind.SHORT, "guidance": Kind.TEXT, **_TS},
    "questions": {
        "id": Kind.ID, "kit_id": Kind.REF, "section_id": Kind.REF, "position": Kind.INT,
        "ref": Kind.SHORT, "text": Kind.TEXT, "qtype": Kind.SHORT,
        "competency_keys": Kind.JSON_LIST, "probes": Kind.JSON_LIST, "good": Kind.TEXT,
        "red_flags": Kind.TEXT, "minutes": Kind.INT, "look_fors": Kind.JSON_LIST,
        "required": Kind.BOOL, **_TS},
    "candidates": {
        "id": Kind.ID, "name": Kind.SHORT, "email": Kind.SHORT, "phone": Kind.SHORT,
        "role_id": Kind.OPT_REF, "stage": Kind.SHORT, "first_round_summary": Kind.TEXT, **_TS},
    "concerns": {
        "id": Kind.ID, "candidate_id": Kind.REF, "position": Kind.INT, "text": Kind.TEXT,
        "question_id": Kind.OPT_REF, "lead_only": Kind.BOOL, **_TS},
    "sessions": {
        "id": Kind.ID, "candidate_id": Kind.REF, "role_id": Kind.REF, "kit_id": Kind.REF,
        "scheduled_at": Kind.SHORT, "location": Kind.SHORT, "planned_minutes": Kind.INT,
        "status": Kind.SHORT, "started_at": Kind.OPT_TS, "ended_at": Kind.OPT_TS,
        "elapsed_seconds": Kind.INT, "current_question_id": Kind.OPT_REF,
        "unsealed_at": Kind.OPT_TS, "unsealed_by": Kind.OPT_SHORT, **_TS},
    # pin_hash never leaves the laptop it was set on.
    "panelists": {
        "id": Kind.ID, "session_id": Kind.REF, "position": Kind.INT, "name": Kind.SHORT,
        "panel_role": Kind.SHORT, "is_lead": Kind.BOOL, **_TS},
    "assignments": {
        "id": Kind.PAIR_ID, "session_id": Kind.REF, "question_id": Kind.REF,
        "panelist_id": Kind.REF, **_TS},
    "adhoc_questions": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF, "text": Kind.TEXT,
        "after_question_id": Kind.OPT_REF, **_TS},
    "notes": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "question_id": Kind.REF, "text": Kind.TEXT, "situation": Kind.TEXT,
        "task": Kind.TEXT, "action": Kind.TEXT, "result": Kind.TEXT,
        "competency_keys": Kind.JSON_LIST, "state": Kind.SHORT, "seconds_spent": Kind.INT,
        **_TS},
    "flags": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "question_id": Kind.OPT_REF, "kind": Kind.SHORT, "text": Kind.TEXT,
        "elapsed_seconds": Kind.INT, "flagged_at": Kind.TS, **_TS},
    "candidate_questions": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF, "text": Kind.TEXT,
        "answer": Kind.TEXT, **_TS},
    "concern_checks": {
        "id": Kind.ID, "session_id": Kind.REF, "concern_id": Kind.REF,
        "panelist_id": Kind.REF, "note_id": Kind.OPT_REF, "addressed_at": Kind.TS, **_TS},
    # A tick keeps the look-for's words (see storage/schema.py); the merge checks them
    # against the question in the session's kit version.
    "look_for_ticks": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "question_id": Kind.REF, "look_for": Kind.SHORT, "elapsed_seconds": Kind.INT, **_TS},
    "scorecards": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "recommendation": Kind.OPT_SHORT, "takeaways": Kind.TEXT,
        "submitted_at": Kind.OPT_TS, **_TS},
    "ratings": {
        "id": Kind.PAIR_ID, "scorecard_id": Kind.REF, "competency_id": Kind.REF,
        "rating": Kind.OPT_RATING, "no_evidence": Kind.BOOL, "evidence": Kind.TEXT, **_TS},
    # Transcripts (issue 17): the lead's consent record travels in the panel file; a
    # panelist's segments, the quotes they pinned from them and the ids of segments they
    # deleted travel in their return file, the segments and quotes only when the consent
    # lets them. Audio never travels.
    "transcript_consents": {
        "session_id": Kind.REF, "candidate_name": Kind.SHORT, "method": Kind.SHORT,
        "scope": Kind.SHORT, "retention_days": Kind.INT, "recorded_by": Kind.SHORT,
        "given_at": Kind.TS, "shared_with_lead": Kind.BOOL, **_TS},
    "transcript_segments": {
        "id": Kind.ID, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "start_seconds": Kind.SECONDS, "end_seconds": Kind.SECONDS, "text": Kind.SEGMENT_TEXT,
        "question_id": Kind.OPT_REF, "not_said": Kind.BOOL, **_TS},
    "transcript_pins": {
        "id": Kind.ID, "segment_id": Kind.REF, "session_id": Kind.REF,
        "panelist_id": Kind.REF, "quote": Kind.SEGMENT_TEXT, "start_seconds": Kind.SECONDS,
        "end_seconds": Kind.SECONDS, "competency_key": Kind.OPT_SHORT,
        "star_part": Kind.OPT_SHORT, "pinned_at": Kind.TS, **_TS},
    "transcript_deletions": {
        "segment_id": Kind.REF, "session_id": Kind.REF, "panelist_id": Kind.REF,
        "deleted_at": Kind.TS},
}

# The panel file: what the lead hands out. Singular keys hold one row, plural keys a list;
# the optional ones may be null (a session without the candidate's consent to transcription).
PANEL_SINGLE = {"session": "sessions", "kit": "kits", "candidate": "candidates"}
PANEL_OPTIONAL = {"transcript_consent": "transcript_consents"}
PANEL_LISTS = ["roles", "competencies", "competency_anchors", "kit_sections", "questions",
               "concerns", "panelists", "assignments"]
# The order rows are written in, so that every foreign key finds its parent.
PANEL_ORDER = ["roles", "competencies", "competency_anchors", "kits", "kit_sections",
               "questions", "candidates", "concerns", "sessions", "panelists", "assignments"]

# The return file: one panelist's own work in one session.
RETURN_LISTS = ["adhoc_questions", "notes", "flags", "candidate_questions", "concern_checks",
                "look_for_ticks", "ratings", "transcript_segments", "transcript_pins",
                "transcript_deletions"]
TRANSCRIPT_LISTS = ["transcript_deletions", "transcript_segments", "transcript_pins"]
RETURN_ORDER = ["adhoc_questions", "notes", "flags", "candidate_questions", "concern_checks",
                "look_for_ticks"]
