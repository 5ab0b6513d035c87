"""Scorecards: drafting, the checks before submit, submit-and-lock, the post-debrief layer, the
seal and the shared-laptop PINs."""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_desk.domain.live import LookForTick
from interview_desk.domain.model import (
    Competency,
    Note,
    Panelist,
    Rating,
    Recommendation,
    Scorecard,
    utc_now,
)
from interview_desk.domain.rules import rating_problem
from interview_desk.domain.scale import SCALE
from interview_desk.domain.scorecard_rules import (
    Amendment,
    SealState,
    SubmitCheck,
    apply_amendments,
    check_before_submit,
)
from interview_desk.domain.transcript import Pin, clock_label
from interview_desk.i18n import Words
from interview_desk.storage.errors import NotFoundError, ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.live_repositories import LiveRepository
from interview_desk.storage.repositories import (
    NoteRepository,
    RoleRepository,
    ScorecardRepository,
    SessionRepository,
)
from interview_desk.storage.scorecard_repositories import (
    AmendmentRepository,
    PanelistPinRepository,
    SealEvent,
    SealRepository,
    question_index,
    scorecard_for,
)
from interview_desk.storage.transcript_repositories import TranscriptRepository

# scrypt parameters: about 16 MiB and a few tens of milliseconds per check; a PIN is short, so
# the hash must be slow to guess offline, yet switching panelists must still feel immediate.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
MIN_PIN_LENGTH = 4

#: Messages for people when a write is refused (docs/translations.md): shown with ``say``.
Refusal = Words("Refusal")


# hashlib, hmac and secrets are imported where a PIN is set or checked: each loads OpenSSL
# (~3.5 MiB), which a window that only shows the panel's scorecards never needs.


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    import hashlib
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R,
                            p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    import hashlib
    import hmac

    candidate = hashlib.scrypt(pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n),
                               r=int(r), p=int(p), dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)


class SubmitRefused(ValidationError):
    """Submission stopped by the checks; ``check`` says why (blockers, or unconfirmed warnings)."""

    def __init__(self, check: SubmitCheck) -> None:
        super().__init__(" ".join(check.blockers + check.warnings))
        self.check = check


@dataclass(frozen=True)
class EvidenceOption:
    """One of the panelist's own notes (or quotes pinned from the transcript) offered as
    evidence for a competency."""

    note_id: str
    question: str
    text: str
    tagged: bool  # the note (or its question) is tagged with the competency
    quote: bool = False  # the candidate's own words, pinned from the transcript


@dataclass
class PanelStatus:
    panel: list[Panelist]
    seal: SealState
    submitted_at: dict[str, str] = field(default_factory=dict)

    def name(self, panelist_id: str) -> str:
        return next((p.name for p in self.panel if p.id == panelist_id), panelist_id)


def note_as_evidence(note: Note) -> str:
    """A note's text with its STAR parts, as one block of evidence text."""
    parts = [note.text.strip()] if note.text.strip() else []
    for label, value in (("S", note.situation), ("T", note.task), ("A", note.action),
                         ("R", note.result)):
        if value.strip():
            parts.append(f"{label}: {value.strip()}")
    return "\n".join(parts)


class ScorecardService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.cards = ScorecardRepository(db)
        self.sessions = SessionRepository(db)
        self.roles = RoleRepository(db)
        self.notes = NoteRepository(db)
        self.amendments = AmendmentRepository(db)
        self.seals = SealRepository(db)
        self.pins = PanelistPinRepository(db)
        self.live = LiveRepository(db)
        self.transcripts = TranscriptRepository(db)

    # --- what is rated ----------------------------------------------------------------------

    def competencies(self, session_id: str) -> list[Competency]:
        return self.roles.competencies(self.sessions.get(session_id).role_id)

    def panel(self, session_id: str) -> list[Panelist]:
        return self.sessions.panel(session_id)

    def _panelist(self, session_id: str, panelist_id: str) -> Panelist:
        for p in self.panel(session_id):
            if p.id == panelist_id:
                return p
        raise NotFoundError("panelist in this session", panelist_id)

    # --- drafting ---------------------------------------------------------------------------

    def card(self, session_id: str, panelist_id: str) -> Scorecard:
        """The panelist's scorecard as stored, or a fresh empty draft (not stored yet)."""
        self._panelist(session_id, panelist_id)
        return scorecard_for(self.db, session_id, panelist_id) or Scorecard(
            session_id=session_id, panelist_id=panelist_id)

    def save_draft(self, card: Scorecard) -> Scorecard:
        """Store a draft. A submitted scorecard is locked: changes go through ``amend``."""
        stored = scorecard_for(self.db, card.session_id, card.panelist_id)
        if stored is not None and stored.submitted_at:
            raise ValidationError(Refusal.tr("This scorecard was submitted and is locked; "
                                             "record a post-debrief change with a reason "
                                             "instead."))
        self._validate(card)
        card.submitted_at = None
        self.cards.save(card)
        return card

    def _validate(self, card: Scorecard) -> None:
        known = {c.id for c in self.competencies(card.session_id)}
        self._panelist(card.session_id, card.panelist_id)
        for cid, r in card.ratings.items():
            if cid not in known:
                raise ValidationError(Refusal.tr("Competency %1 is not part of this role.").arg(
                    repr(cid)))
            problem = rating_problem(r)
            if problem is not None:
                raise ValidationError(problem.message)

    def check(self, card: Scorecard) -> SubmitCheck:
        return check_before_submit(self.competencies(card.session_id), card)

    def submit(self, card: Scorecard, *, accept_warnings: bool = False) -> Scorecard:
        """Stamp the time and lock. Blockers always refuse; warnings refuse unless accepted.

        The submission that completes the panel opens the consolidated view; that is recorded.
        """
        result = self.check(card)
        if result.blockers or (result.warnings and not accept_warnings):
            raise SubmitRefused(result)
        self._validate(card)
        with self.db.atomic():
            stored = scorecard_for(self.db, card.session_id, card.panelist_id)
            if stored is not None and stored.submitted_at:
                raise ValidationError(Refusal.tr("This scorecard was already submitted."))
            was_open = self.seal_state(card.session_id).is_open
            card.submitted_at = utc_now()
            self.cards.save(card)
            state = self.seal_state(card.session_id)
            if state.all_submitted and not was_open:
                self.seals.record(card.session_id, "opened", "", "every panelist submitted",
                                  card.submitted_at)
        return card

    # --- the post-debrief layer -------------------------------------------------------------

    def amend(self, session_id: str, panelist_id: str, *, reason: str,
              competency_id: str | None = None, rating: int | None = None,
              no_evidence: bool = False, evidence: str = "",
              recommendation: Recommendation | None = None) -> Amendment:
        """Record a change after submission; the submitted original stays untouched."""
        if not reason.strip():
            raise ValidationError(Refusal.tr("Say why the scorecard changes after the debrief."))
        stored = scorecard_for(self.db, session_id, panelist_id)
        if stored is None or not stored.submitted_at:
            raise ValidationError(Refusal.tr("Only a submitted scorecard takes post-debrief "
                                             "changes; a draft can still be edited directly."))
        if competency_id is None and recommendation is None:
            raise ValidationError(Refusal.tr(
                "Choose what changes: a competency or the recommendation."))
        if competency_id is not None:
            if competency_id not in {c.id for c in self.competencies(session_id)}:
                raise ValidationError(Refusal.tr("Competency %1 is not part of this role.").arg(
                    repr(competency_id)))
            if (rating is None) == (not no_evidence):
                raise ValidationError(Refusal.tr(
                    "Give a rating of %1 to %2 or choose “no evidence”.").arg(
                        SCALE.lowest, SCALE.highest))
            if rating is not None and rating not in SCALE:
                raise ValidationError(Refusal.tr("A rating must be %1 to %2, not %3.").arg(
                    SCALE.lowest, SCALE.highest, rating))
        a = Amendment(scorecard_id=stored.id, reason=reason.strip(), amended_at=utc_now(),
                      competency_id=competency_id, rating=rating, no_evidence=no_evidence,
                      evidence=evidence, recommendation=recommendation)
        self.amendments.add(a)
        return a

    def effective(self, card: Scorecard) -> Scorecard:
        """The post-debrief version of a stored card (the card itself if never amended)."""
        return apply_amendments(card, self.amendments.for_session(card.session_id))

    # --- the seal ---------------------------------------------------------------------------

    def seal_state(self, session_id: str) -> SealState:
        row = self.sessions.row(session_id)
        panel = tuple(p.id for p in self.panel(session_id))
        submitted = frozenset(c.panelist_id for c in self.cards.for_session(session_id)
                              if c.submitted_at)
        return SealState(panel=panel, submitted=submitted, unsealed_at=row["unsealed_at"],
                         unsealed_by=row["unsealed_by"])

    def status(self, session_id: str) -> PanelStatus:
        return PanelStatus(
            panel=self.panel(session_id), seal=self.seal_state(session_id),
            submitted_at={c.panelist_id: c.submitted_at
                          for c in self.cards.for_session(session_id) if c.submitted_at})

    def unseal(self, session_id: str, lead_id: str, reason: str = "") -> SealState:
        """The lead opens the consolidated view before everyone submitted; recorded."""
        lead = self._panelist(session_id, lead_id)
        if not lead.is_lead:
            raise ValidationError(Refusal.tr(
                "Only the panel lead can unseal; %1 is not the lead.").arg(lead.name))
        state = self.seal_state(session_id)
        if state.is_open:
            raise ValidationError(Refusal.tr("The consolidated view is already open."))
        at = utc_now()
        with self.db.atomic():
            self.sessions.update_fields(session_id, unsealed_at=at, unsealed_by=lead.name)
            self.seals.record(session_id, "unsealed", lead.name, reason.strip(), at)
        return self.seal_state(session_id)

    def seal_events(self, session_id: str) -> list[SealEvent]:
        return self.seals.events(session_id)

    # --- PINs on a shared laptop ------------------------------------------------------------

    def has_pin(self, panelist_id: str) -> bool:
        return bool(self.pins.get(panelist_id))

    def set_pin(self, panelist_id: str, pin: str | None) -> None:
        """Set (or with ``None``/"" remove) a panelist's PIN; only a salted hash is stored."""
        if pin:
            if len(pin) < MIN_PIN_LENGTH:
                raise ValidationError(Refusal.tr("A PIN needs at least %1 characters.").arg(
                    MIN_PIN_LENGTH))
            self.pins.set(panelist_id, hash_pin(pin))
        else:
            self.pins.set(panelist_id, None)

    def verify_pin(self, panelist_id: str, pin: str) -> bool:
        stored = self.pins.get(panelist_id)
        return True if not stored else pin_matches(pin, stored)

    # --- evidence from the panelist's own notes ---------------------------------------------

    def evidence_options(self, session_id: str, panelist_id: str,
                         competency: Competency) -> list[EvidenceOption]:
        """The panelist's own non-empty notes, those tagged with the competency first."""
        questions = question_index(self.db, session_id)
        options = []
        for note in self.notes.for_session(session_id, panelist_id):
            if note.is_empty():
                continue
            text, keys = questions.get(note.question_id, ("", []))
            tagged = competency.key in note.competency_keys or competency.key in keys
            options.append(EvidenceOption(note.id, text, note_as_evidence(note), tagged))
        # A look-for ticked in the room is evidence for every competency its question measures.
        for tick in self.live.look_for_ticks(session_id, panelist_id):
            text, keys = questions.get(tick.question_id, ("", []))
            if competency.key in keys:
                options.append(EvidenceOption(tick.id, text, look_for_as_evidence(tick), True))
        # Quotes the panelist pinned from the transcript for this competency, never one on a
        # segment since marked "not said" (a mis-hearing is left out everywhere).
        segments = {s.id: s for s in self.transcripts.segments(session_id)
                    if s.panelist_id == panelist_id and not s.not_said}
        for pin in self.transcripts.pins(session_id):
            segment = segments.get(pin.segment_id)
            if (segment is None or pin.panelist_id != panelist_id
                    or pin.competency_key != competency.key):
                continue
            text = questions.get(segment.question_id or "", ("", []))[0]
            options.append(EvidenceOption(pin.id, text, pin_as_evidence(pin), True, quote=True))
        # the candidate's own pinned words first, then tagged notes; stable: kit order within
        return sorted(options, key=lambda o: (not o.tagged, not o.quote))


def pin_as_evidence(pin: Pin) -> str:
    """A pinned quote as a line of evidence: the candidate's words, quoted, with their span."""
    return f"“{pin.quote}” ({clock_label(pin.start)}–{clock_label(pin.end)})"


def look_for_as_evidence(tick: LookForTick) -> str:
    """A ticked look-for as a line of evidence: what was seen, and when in the session."""
    seconds = max(0, tick.elapsed_seconds)
    return f"☑ {tick.look_for} ({seconds // 60}:{seconds % 60:02d})"


def with_rating(card: Scorecard, competency_id: str, rating: int | None, *,
                no_evidence: bool = False) -> Scorecard:
    """Set a competency's rating (or "no evidence") on a draft, keeping its evidence."""
    current = card.ratings.get(competency_id)
    card.ratings[competency_id] = Rating(competency_id=competency_id, rating=rating,
                                         no_evidence=no_evidence,
                                         evidence=current.evidence if current else "")
    return card
