"""The message templates that tell a candidate the outcome, one row per kind."""

from __future__ import annotations

from interview_desk.domain.messages import SHIPPED, MessageKind, MessageTemplate
from interview_desk.domain.model import utc_now
from interview_desk.storage.handle import Database


class MessageTemplateRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, kind: MessageKind) -> MessageTemplate:
        """The stored template, or the shipped one if its row is gone."""
        row = self.db.execute(
            "SELECT subject, body, next_steps FROM message_templates WHERE kind = ?",
            [kind.value]).fetchone()
        if row is None:
            return SHIPPED[kind]
        return MessageTemplate(kind, row[0], row[1], row[2])

    def all(self) -> list[MessageTemplate]:
        return [self.get(kind) for kind in MessageKind]

    def save(self, template: MessageTemplate) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO message_templates (kind, subject, body, next_steps, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET "
                "subject = excluded.subject, body = excluded.body, "
                "next_steps = excluded.next_steps, updated_at = excluded.updated_at",
                [template.kind.value, template.subject, template.body, template.next_steps,
                 utc_now()])
