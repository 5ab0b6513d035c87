"""The transcript's rules without a model, a database or a widget."""

from __future__ import annotations

import pytest

from interview_desk.domain.transcript import (
    Consent,
    ConsentError,
    ConsentMethod,
    ConsentScope,
    HeardSegment,
    QuestionOpened,
    StarPart,
    anchor,
    check_consent,
    make_pin,
    question_at,
)

TIMELINE = [QuestionOpened("p", "q2", 120.0), QuestionOpened("p", "q1", 5.0),
            QuestionOpened("p", "q3", 300.5)]


def test_the_question_current_is_the_last_one_opened_at_or_before_the_moment() -> None:
    assert question_at(TIMELINE, 0.0) is None  # before any question: small talk
    assert question_at(TIMELINE, 5.0) == "q1"
    assert question_at(TIMELINE, 119.9) == "q1"
    assert question_at(TIMELINE, 120.0) == "q2"
    assert question_at(TIMELINE, 5000) == "q3"
    # going back to a question makes it current again
    back = [*TIMELINE, QuestionOpened("p", "q1", 400.0)]
    assert question_at(back, 401) == "q1"


def test_anchoring_puts_each_segment_on_the_session_clock_under_its_question() -> None:
    heard = [HeardSegment(0.0, 4.0, "  I led the  migration "), HeardSegment(10.0, 12.0, " "),
             HeardSegment(30.0, 35.5, "We shipped it")]
    out = anchor("s", "p", heard, TIMELINE, offset=100.0)
    assert [(s.start, s.end, s.text, s.question_id) for s in out] == [
        (100.0, 104.0, "I led the migration", "q1"),
        (130.0, 135.5, "We shipped it", "q2")]  # the blank one is not stored


def test_a_pin_keeps_its_span_and_is_for_one_target_only() -> None:
    seg = anchor("s", "p", [HeardSegment(130, 135, "We shipped it on time")], TIMELINE)[0]
    pin = make_pin(seg, "p", competency_key="delivery", quote="shipped it")
    assert (pin.quote, pin.start, pin.end, pin.segment_id) == ("shipped it", 130, 135, seg.id)
    assert make_pin(seg, "p", star_part=StarPart.RESULT).quote == "We shipped it on time"
    with pytest.raises(ValueError, match="either"):
        make_pin(seg, "p", competency_key="delivery", star_part=StarPart.RESULT)
    with pytest.raises(ValueError, match="either"):
        make_pin(seg, "p")
    with pytest.raises(ValueError, match="part of what"):
        make_pin(seg, "p", competency_key="delivery", quote="words never heard")
    seg.not_said = True
    with pytest.raises(ValueError, match="not said"):
        make_pin(seg, "p", competency_key="delivery")


def _consent(**kw: object) -> Consent:
    base: dict[str, object] = dict(session_id="s", candidate_name="Amara Okonkwo",
                                   method=ConsentMethod.SAID_ALOUD,
                                   scope=ConsentScope.TRANSCRIPT_ONLY, retention_days=90,
                                   recorded_by="Claire Dubois")
    base.update(kw)
    return Consent(**base)  # type: ignore[arg-type]


def test_consent_must_be_the_candidates_and_complete() -> None:
    check_consent(_consent(), "amara okonkwo ")
    with pytest.raises(ConsentError, match="from the candidate, Amara Okonkwo"):
        check_consent(_consent(candidate_name="Rahul Mehta"), "Amara Okonkwo")
    with pytest.raises(ConsentError, match="name of the candidate"):
        check_consent(_consent(candidate_name=" "), "Amara Okonkwo")
    with pytest.raises(ConsentError, match="recorded it"):
        check_consent(_consent(recorded_by=""), "Amara Okonkwo")
    for days in (0, -1, 3650):
        with pytest.raises(ConsentError, match="Retention"):
            check_consent(_consent(retention_days=days), "Amara Okonkwo")
