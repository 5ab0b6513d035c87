"""Telling the candidate: the message for a decided session, and the templates behind it.

The draft is built from the session's read model (candidate, role, decision) and the stored
template for its outcome; sending is the user's (clipboard or mail program), recording the
date the candidate was told is ``DebriefService.mark_candidate_told``.
"""

from __future__ import annotations

from dataclasses import dataclass

from interview_desk.domain.messages import (
    MessageKind,
    MessageTemplate,
    default_timeline,
    kind_for,
)
from interview_desk.domain.model import parse_timestamp
from interview_desk.i18n import Words
from interview_desk.services.debrief import DebriefService
from interview_desk.storage.errors import ValidationError
from interview_desk.storage.handle import Database
from interview_desk.storage.message_templates import MessageTemplateRepository
from interview_desk.storage.repositories import CandidateRepository

#: Messages for people when a write is refused (docs/translations.md): shown with ``say``.
Refusal = Words("Refusal")


@dataclass(frozen=True)
class Draft:
    """What the Tell-the-candidate dialog starts from; the user may change every field."""

    session_id: str
    kind: MessageKind
    candidate: str
    role: str
    to: str
    next_steps: str
    timeline: str
    sender: str
    told_at: str | None  # when the candidate was told, if recorded


class MessageService:
    def __init__(self, db: Database, debrief: DebriefService) -> None:
        self.db = db
        self.debrief = debrief
        self.templates = MessageTemplateRepository(db)
        self.candidates = CandidateRepository(db)

    def draft(self, session_id: str, kind: MessageKind | None = None) -> Draft:
        """The message for a decided session, by default the one its outcome calls for."""
        view = self.debrief.view(session_id)
        if view.decision is None:
            raise ValidationError(Refusal.tr("Record the decision before telling the candidate."))
        kind = kind or kind_for(view.decision.outcome)
        due = parse_timestamp(view.decision.follow_up_due)
        return Draft(
            session_id=session_id, kind=kind, candidate=view.candidate, role=view.role,
            to=self.candidates.get(view.candidate_id).email,
            next_steps=self.templates.get(kind).next_steps,
            timeline=default_timeline(kind, due.date() if due else None),
            sender=view.decision.decided_by, told_at=view.decision.candidate_informed_at)

    def save_template(self, template: MessageTemplate) -> MessageTemplate:
        if not template.subject.strip() or not template.body.strip():
            raise ValidationError(Refusal.tr("A message needs a subject and a text."))
        unknown = template.unknown_placeholders()
        if unknown:
            raise ValidationError(Refusal.tr("Unknown placeholder(s) in the message: %1.").arg(
                ", ".join("{" + u + "}" for u in unknown)))
        self.templates.save(template)
        return template
