"""Telling the candidate: a message template per outcome, filled in, and a ``mailto:`` link.

Templates are stored in the database (the lead edits them in Settings); the shipped ones are
here, courteous and specific, and are what a fresh database starts with. Placeholders are
``{name}`` words from ``PLACEHOLDERS``; filling is one pass over the template only, so a
candidate whose name contains ``{role}`` or ``%`` is written exactly as typed.

Plain Python, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import quote

from interview_desk.domain.model import Outcome
from interview_desk.i18n import QT_TRANSLATE_NOOP


class MessageKind(StrEnum):
    MOVING_FORWARD = "moving_forward"
    NOT_MOVING_FORWARD = "not_moving_forward"
    ANOTHER_ROUND = "another_round"

    @property
    def label(self) -> str:
        """Its name for people, in English: shown through the translation catalogs."""
        return {MessageKind.MOVING_FORWARD: QT_TRANSLATE_NOOP("", "Moving forward"),
                MessageKind.NOT_MOVING_FORWARD: QT_TRANSLATE_NOOP("", "Not moving forward"),
                MessageKind.ANOTHER_ROUND: QT_TRANSLATE_NOOP(
                    "", "Another round or assessment")}[self]


def kind_for(outcome: Outcome) -> MessageKind:
    """The message a decision calls for."""
    if outcome is Outcome.HIRE:
        return MessageKind.MOVING_FORWARD
    if outcome is Outcome.NO_HIRE:
        return MessageKind.NOT_MOVING_FORWARD
    return MessageKind.ANOTHER_ROUND


#: What a template may contain, and what each stands for (in English: shown translated).
PLACEHOLDERS: Mapping[str, str] = {
    "candidate": QT_TRANSLATE_NOOP("", "the candidate's full name"),
    "first_name": QT_TRANSLATE_NOOP("", "the candidate's first name"),
    "role": QT_TRANSLATE_NOOP("", "the role interviewed for"),
    "next_steps": QT_TRANSLATE_NOOP("", "what happens next (typed when telling)"),
    "timeline": QT_TRANSLATE_NOOP("", "when it happens (typed when telling)"),
    "sender": QT_TRANSLATE_NOOP("", "who signs the message"),
}

_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


@dataclass(frozen=True)
class MessageTemplate:
    kind: MessageKind
    subject: str
    body: str
    next_steps: str  # the default next steps offered when telling; edited per candidate

    def unknown_placeholders(self) -> list[str]:
        """Placeholders in the subject or body that filling would leave as typed."""
        found = _PLACEHOLDER.findall(self.subject) + _PLACEHOLDER.findall(self.body)
        return sorted({name for name in found if name not in PLACEHOLDERS})


SHIPPED: Mapping[MessageKind, MessageTemplate] = {
    MessageKind.MOVING_FORWARD: MessageTemplate(
        MessageKind.MOVING_FORWARD,
        "Your interview for {role}: next steps",
        "Dear {candidate},\n\n"
        "Thank you for the time you gave us in your interview for the {role} position. The "
        "panel was impressed by what you shared with us, and we are glad to tell you that we "
        "would like to move forward with your application.\n\n"
        "Next steps: {next_steps}\n"
        "Timeline: {timeline}\n\n"
        "If you have any questions in the meantime, just reply to this message.\n\n"
        "Kind regards,\n{sender}",
        "We will contact you to discuss an offer and answer any questions you have about it."),
    MessageKind.NOT_MOVING_FORWARD: MessageTemplate(
        MessageKind.NOT_MOVING_FORWARD,
        "Your interview for {role}",
        "Dear {candidate},\n\n"
        "Thank you for interviewing with us for the {role} position and for the care you put "
        "into your answers. After weighing every interview carefully, we have decided not to "
        "move forward with your application this time.\n\n"
        "{next_steps}\n\n"
        "We know this is not the news you hoped for, and we are grateful for your interest. "
        "We wish you every success in your search.\n\n"
        "Kind regards,\n{sender}",
        "If it would help, we are happy to share some feedback from the panel: reply to this "
        "message and we will arrange a short call."),
    MessageKind.ANOTHER_ROUND: MessageTemplate(
        MessageKind.ANOTHER_ROUND,
        "Your interview for {role}: one more step",
        "Dear {candidate},\n\n"
        "Thank you for your interview for the {role} position. The panel enjoyed the "
        "conversation and would like to learn a little more before deciding.\n\n"
        "Next steps: {next_steps}\n"
        "Timeline: {timeline}\n\n"
        "We appreciate your patience and will keep you informed at each stage. Please reply "
        "if anything about this step is unclear.\n\n"
        "Kind regards,\n{sender}",
        "A further conversation (or a short assessment) focused on the areas the panel "
        "could not yet cover; we will send you the details and suggested times."),
}


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else full_name


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace each ``{placeholder}`` of ``text`` by its value, in one pass: a value is never
    read for placeholders itself. Unknown ones stay as typed."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class Message:
    to: str
    subject: str
    body: str

    def mailto(self) -> str:
        """A ``mailto:`` link (RFC 6068): everything percent-encoded as UTF-8, spaces as
        ``%20`` (not ``+``), line breaks as ``%0D%0A``."""
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        return (f"mailto:{quote(self.to.strip(), safe='@')}"
                f"?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}")

    @property
    def text(self) -> str:
        """For the clipboard: the subject line, then the message."""
        return f"{self.subject}\n\n{self.body}"


def compose(template: MessageTemplate, *, candidate: str, role: str, next_steps: str,
            timeline: str, sender: str, to: str = "") -> Message:
    values = {"candidate": candidate.strip(), "first_name": first_name(candidate),
              "role": role.strip(), "next_steps": next_steps.strip(),
              "timeline": timeline.strip(), "sender": sender.strip()}
    return Message(to=to, subject=fill(template.subject, values),
                   body=fill(template.body, values))


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def default_timeline(kind: MessageKind, follow_up_due: date | None) -> str:
    """A specific timeline from the decision's follow-up date, or a plain promise."""
    if kind is MessageKind.NOT_MOVING_FORWARD:
        return ""
    if follow_up_due is not None:
        # Named here, not by strftime: Qt sets the C locale from the environment, and the
        # template's language is the template's, not the laptop's.
        d = follow_up_due
        return f"by {_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"
    return "within the next five working days"
