"""What the interface calls the domain's kinds of question, in its own catalog (context
``QuestionTypes``), so the kit editor and the live view show them in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from interview_desk.domain.model import QuestionType
from interview_desk.i18n import QT_TRANSLATE_NOOP

QUESTION_TYPES = {
    QuestionType.BEHAVIOURAL: QT_TRANSLATE_NOOP("QuestionTypes", "Behavioural (STAR)"),
    QuestionType.SITUATIONAL: QT_TRANSLATE_NOOP("QuestionTypes", "Situational"),
    QuestionType.MOTIVATION_FIT: QT_TRANSLATE_NOOP("QuestionTypes", "Motivation & fit"),
    QuestionType.TECHNICAL: QT_TRANSLATE_NOOP("QuestionTypes", "Technical / role-specific"),
    QuestionType.CASE_PRESENTATION: QT_TRANSLATE_NOOP("QuestionTypes",
                                                      "Case study / presentation"),
    QuestionType.TALKING_POINT: QT_TRANSLATE_NOOP("QuestionTypes",
                                                  "Talking point (job preview)"),
    QuestionType.GENERAL: QT_TRANSLATE_NOOP("QuestionTypes", "General"),
}


def question_type_words(qtype: QuestionType) -> str:
    """"Behavioural (STAR)"…, in the interface's language."""
    return QCoreApplication.translate("QuestionTypes", QUESTION_TYPES[qtype])


def question_type_short(qtype: QuestionType) -> str:
    """The words before the brackets ("Behavioural"), for a narrow column."""
    return question_type_words(qtype).split(" (")[0]
