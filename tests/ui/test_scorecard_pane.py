"""The scorecard pane driven as a panelist would: keys, clicks, typing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from interview_desk.domain.model import Recommendation, Scorecard
from interview_desk.domain.transcript import Consent, ConsentMethod, ConsentScope, HeardSegment
from interview_desk.services.desk import Desk
from interview_desk.services.scorecards import with_rating
from interview_desk.ui.scorecard_pane import NO_EVIDENCE, AmendDialog, ScorecardPane
from tests.ui.ops_support import runner_for


def _live(desk: Desk) -> str:
    return next(r.id for r in desk.sessions.overview() if r.status == "live")


def _pane(qtbot: QtBot, desk: Desk, sid: str, pid: str) -> ScorecardPane:
    pane = ScorecardPane(desk, runner_for(desk), sid, pid)
    qtbot.addWidget(pane)
    pane.resize(1200, 740)
    with qtbot.waitActive(pane):  # shortcuts only reach the active window
        pane.show()
        pane.activateWindow()
    pane.list.setFocus()
    return pane


def _settled(qtbot: QtBot, pane: ScorecardPane) -> None:
    """Wait until every write the pane handed to the op runner has come back."""
    qtbot.waitUntil(lambda: pane.ops.pending() == 0, timeout=5000)


def _rate_all_by_keyboard(qtbot: QtBot, pane: ScorecardPane, keys: list[Qt.Key]) -> None:
    for key in keys:
        qtbot.keyClick(pane.list, key)
        qtbot.keyClick(pane.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)


def test_recommendation_is_locked_until_every_competency_is_decided(
        qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    pane = _pane(qtbot, demo_desk, sid, pid)
    n = len(pane.competencies)
    assert n == 6
    assert not any(b.isEnabled() for b in pane.rec_buttons.values())
    _rate_all_by_keyboard(qtbot, pane, [Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2,
                                        Qt.Key.Key_3, Qt.Key.Key_0])
    assert pane.current == 5
    assert not any(b.isEnabled() for b in pane.rec_buttons.values())
    qtbot.mouseClick(pane.rec_buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    _settled(qtbot, pane)
    assert demo_desk.scorecards.card(sid, pid).recommendation is None  # still locked
    qtbot.keyClick(pane.list, Qt.Key.Key_1)
    assert all(b.isEnabled() for b in pane.rec_buttons.values())
    qtbot.mouseClick(pane.rec_buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    _settled(qtbot, pane)
    stored = demo_desk.scorecards.card(sid, pid)
    assert stored.recommendation is Recommendation.YES
    values = [stored.ratings[c.id].rating for c in pane.competencies]
    assert values == [3, 4, 2, 3, None, 1]
    assert stored.ratings[pane.competencies[4].id].no_evidence
    assert stored.submitted_at is None
    # Alt+Up goes back; a digit typed into the evidence box is text, not a rating
    qtbot.keyClick(pane.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert pane.current == 4
    pane.evidence.setFocus()
    qtbot.keyClicks(pane.evidence, "2 incidents")
    assert pane.evidence.toPlainText() == "2 incidents"
    qtbot.keyClick(pane.evidence, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    pane.flush()
    _settled(qtbot, pane)
    r = demo_desk.scorecards.card(sid, pid).ratings[pane.competencies[4].id]
    assert (r.rating, r.evidence) == (4, "2 incidents")


def test_submit_warns_then_locks(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[1].id
    pane = _pane(qtbot, demo_desk, sid, pid)
    _rate_all_by_keyboard(qtbot, pane, [Qt.Key.Key_3] * 6)  # a halo, no evidence
    qtbot.mouseClick(pane.rec_buttons[Recommendation.NO], Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(pane.scorecard_submitted):
        qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(pane.warnings.isVisible, timeout=5000)  # the refusal comes back
    text = pane.warnings_label.text()
    assert "without evidence" in text and "halo" in text
    assert demo_desk.scorecards.card(sid, pid).submitted_at is None
    with qtbot.waitSignal(pane.scorecard_submitted):
        qtbot.mouseClick(pane.submit_anyway, Qt.MouseButton.LeftButton)
    stored = demo_desk.scorecards.card(sid, pid)
    assert stored.submitted_at
    assert pane.locked and not pane.submit_button.isVisible()
    assert pane.amend_button.isVisible()
    assert not any(b.isEnabled() for b in pane.rating_group.buttons())
    assert pane.evidence.isReadOnly() and pane.takeaways.isReadOnly()
    qtbot.keyClick(pane.list, Qt.Key.Key_1)  # keys no longer change anything
    _settled(qtbot, pane)
    assert demo_desk.scorecards.card(sid, pid).ratings == stored.ratings
    assert "locked" in pane.status_label.text()


def test_evidence_from_own_notes_and_takeaways_are_saved(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "live")
    ingrid = demo_desk.scorecards.panel(sid)[0]
    pane = _pane(qtbot, demo_desk, sid, ingrid.id)
    collab = next(i for i, c in enumerate(pane.competencies)
                  if c.key == "collaboration_communication")
    pane.list.setCurrentRow(collab)
    assert pane.notes.count() > 0 and pane.notes.item(0).text().startswith("★")
    pane.notes.setCurrentRow(0)
    pane.notes.setFocus()
    qtbot.keyClick(pane.notes, Qt.Key.Key_Return)
    assert "CTO" in pane.evidence.toPlainText()
    pane.takeaways.setFocus()
    with qtbot.waitSignal(pane.scorecard_saved, timeout=3000):  # saved a moment after typing
        qtbot.keyClicks(pane.takeaways, "Strong on ownership & <conflict> ")
        pane.takeaways.insertPlainText("👍")  # QTest cannot type outside ASCII; paste it
    stored = demo_desk.scorecards.card(sid, ingrid.id)
    assert stored.takeaways == "Strong on ownership & <conflict> 👍"
    assert "CTO" in stored.ratings[pane.competencies[collab].id].evidence


def test_switching_panelist_keeps_each_card_and_asks_for_a_pin(
        qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    first, second, _ = demo_desk.scorecards.panel(sid)
    demo_desk.scorecards.set_pin(second.id, "1357")
    pane = _pane(qtbot, demo_desk, sid, first.id)
    qtbot.keyClick(pane.list, Qt.Key.Key_4)
    pane.evidence.setFocus()
    qtbot.keyClicks(pane.evidence, "typed just before switching")
    pane.switcher.setCurrentIndex(1)
    pane.switcher.activated.emit(1)
    assert pane.stack.currentIndex() == 0  # the PIN page, not the card
    assert not pane.pin_button.isEnabled()  # only the unlocked panelist may change the PIN
    assert "0 of 6" in pane.status_label.text()  # the new panelist's status (first: 1 of 6)
    _settled(qtbot, pane)
    mine = demo_desk.scorecards.card(sid, first.id).ratings[pane.competencies[0].id]
    assert (mine.rating, mine.evidence) == (4, "typed just before switching")
    qtbot.keyClicks(pane.pin_edit, "0000")
    qtbot.keyClick(pane.pin_edit, Qt.Key.Key_Return)
    assert pane.stack.currentIndex() == 0 and pane.pin_error.text()
    qtbot.keyClick(pane.list, Qt.Key.Key_3)  # the locked card cannot be rated
    _settled(qtbot, pane)
    assert demo_desk.scorecards.card(sid, second.id).ratings == {}
    pane.pin_edit.clear()
    qtbot.keyClicks(pane.pin_edit, "1357")
    qtbot.keyClick(pane.pin_edit, Qt.Key.Key_Return)
    assert pane.stack.currentIndex() == 1 and pane.panelist_id == second.id
    assert pane.evidence.toPlainText() == ""  # nobody else's evidence shows
    assert all(not b.isChecked() for b in pane.rating_group.buttons())


def test_post_debrief_change_keeps_the_original(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = next(r.id for r in demo_desk.sessions.overview() if r.status == "decided")
    rahul = demo_desk.scorecards.panel(sid)[1]
    pane = _pane(qtbot, demo_desk, sid, rahul.id)
    assert pane.locked and pane.amend_button.isVisible()
    collab = next(i for i, c in enumerate(pane.competencies)
                  if c.key == "collaboration_communication")
    pane.list.setCurrentRow(collab)
    qtbot.mouseClick(pane.amend_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AmendDialog) and w.isVisible())
    assert dialog.target.currentData() == pane.competencies[collab].id
    assert dialog.rating.currentData() == 2
    dialog.rating.setCurrentIndex(dialog.rating.findData(3))
    dialog.buttons.accepted.emit()  # no reason yet: refused, dialog stays
    qtbot.waitUntil(lambda: "why" in dialog.error.text(), timeout=5000)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Claire's account of the conflict convinced me")
    with qtbot.waitSignal(pane.scorecard_amended):
        dialog.buttons.accepted.emit()
    cid = pane.competencies[collab].id
    original = demo_desk.scorecards.card(sid, rahul.id)
    assert original.ratings[cid].rating == 2
    assert demo_desk.scorecards.effective(original).ratings[cid].rating == 3
    rows = list(demo_desk.db.query("SELECT rating, reason FROM amendments"))
    assert rows == [{"rating": 3, "reason": "Claire's account of the conflict convinced me"}]


def test_leaving_a_pin_locked_card_never_erases_its_evidence(
        qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    first, second, _ = demo_desk.scorecards.panel(sid)
    pane = _pane(qtbot, demo_desk, sid, second.id)
    pane.evidence.setFocus()
    qtbot.keyClicks(pane.evidence, "her own words")
    qtbot.keyClick(pane.evidence, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    demo_desk.scorecards.set_pin(second.id, "1357")
    pane.set_panelist(first.id)
    pane.set_panelist(second.id)  # PIN page
    assert pane.stack.currentIndex() == 0
    pane.set_panelist(first.id)  # walk away without unlocking
    pane.close()
    _settled(qtbot, pane)
    r = demo_desk.scorecards.card(sid, second.id).ratings[pane.competencies[0].id]
    assert (r.rating, r.evidence) == (2, "her own words")


def test_text_typed_just_before_quitting_is_saved(qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    pid = demo_desk.scorecards.panel(sid)[0].id
    pane = _pane(qtbot, demo_desk, sid, pid)
    pane.takeaways.setFocus()
    qtbot.keyClicks(pane.takeaways, "last words")
    assert pane._save_timer.isActive()  # not yet written...
    QApplication.instance().aboutToQuit.emit()  # ...when the app quits
    pane.ops.close()  # as the window does next: the runner finishes its queue
    assert demo_desk.scorecards.card(sid, pid).takeaways == "last words"


def _card_on_screen(pane: ScorecardPane) -> dict[str, object]:
    """Every control of the card as the panelist sees it, competency by competency."""
    shown: dict[str, object] = {}
    for row, c in enumerate(pane.competencies):
        pane.list.setCurrentRow(row)
        pressed = [pane.rating_group.id(b) for b in pane.rating_group.buttons() if b.isChecked()]
        rateable = [b.isEnabled() for b in pane.rating_group.buttons()]
        highlighted = [n for n, label in enumerate(pane.anchor_labels, start=1)
                       if label.styleSheet()]
        my_notes = [pane.notes.item(i).toolTip() for i in range(pane.notes.count())]
        shown[c.id] = (pane.list.item(row).text(), pressed, rateable, highlighted,
                       pane.evidence.toPlainText(), pane.evidence.isReadOnly(), my_notes)
    shown["recommendation"] = [r for r, b in pane.rec_buttons.items() if b.isChecked()]
    shown["recommendation enabled"] = [b.isEnabled() for b in pane.rec_buttons.values()]
    shown["takeaways"] = (pane.takeaways.toPlainText(), pane.takeaways.isReadOnly())
    return shown


def _card_as_stored(pane: ScorecardPane, card: Scorecard) -> dict[str, object]:
    """What ``_card_on_screen`` must show for this stored card (and its panelist's notes)."""
    locked = bool(card.submitted_at)
    expected: dict[str, object] = {}
    for c in pane.competencies:
        r = card.ratings.get(c.id)
        decided = r is not None and r.is_decided
        pressed = ([] if r is None or not decided
                   else [NO_EVIDENCE] if r.no_evidence else [r.rating])
        mark = (f"○  {c.name}" if r is None or not decided
                else f"✓  {c.name} — no evidence" if r.no_evidence
                else f"✓  {c.name} — {r.rating}")
        highlighted = [r.rating] if r is not None and r.rating is not None else []
        options = pane.service.evidence_options(card.session_id, card.panelist_id, c)
        expected[c.id] = (mark, pressed, [not locked] * len(pane.rating_group.buttons()),
                          highlighted, r.evidence if r else "", locked,
                          [o.text for o in options] or [""])
    all_decided = all(c.id in card.ratings and card.ratings[c.id].is_decided
                      for c in pane.competencies)
    expected["recommendation"] = [card.recommendation] if card.recommendation else []
    expected["recommendation enabled"] = [all_decided and not locked] * len(pane.rec_buttons)
    expected["takeaways"] = (card.takeaways, locked)
    return expected


def _switch(pane: ScorecardPane, index: int) -> None:
    pane.switcher.setCurrentIndex(index)
    pane.switcher.activated.emit(index)


def test_after_a_submit_the_next_panelist_sees_only_their_own_card(
        qtbot: QtBot, demo_desk: Desk) -> None:
    """Shared laptop: Ingrid's verdict must not show pressed on Rahul's card."""
    sid = _live(demo_desk)
    ingrid, rahul, third = demo_desk.scorecards.panel(sid)
    # the third panelist has a draft of their own, saved earlier on this laptop
    draft = demo_desk.scorecards.card(sid, third.id)
    first_competency = demo_desk.scorecards.competencies(sid)[0]
    with_rating(draft, first_competency.id, 2)
    draft.ratings[first_competency.id].evidence = "their own draft"
    draft.takeaways = "a draft takeaway"
    demo_desk.scorecards.save_draft(draft)

    pane = _pane(qtbot, demo_desk, sid, ingrid.id)
    _rate_all_by_keyboard(qtbot, pane, [Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2,
                                        Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_4])
    pane.list.setCurrentRow(0)
    pane.evidence.setFocus()
    qtbot.keyClicks(pane.evidence, "Ingrid's evidence")
    pane.takeaways.setFocus()
    qtbot.keyClicks(pane.takeaways, "Ingrid's takeaway")
    qtbot.mouseClick(pane.rec_buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.scorecard_submitted):
        assert pane.submit(accept_warnings=True)
    submitted = demo_desk.scorecards.card(sid, ingrid.id)
    assert submitted.submitted_at and submitted.recommendation is Recommendation.YES
    ingrid_on_screen = _card_on_screen(pane)
    assert ingrid_on_screen == _card_as_stored(pane, submitted)

    _switch(pane, 1)
    assert pane.panelist_id == rahul.id and pane.stack.currentIndex() == 1
    empty = _card_on_screen(pane)
    assert empty == _card_as_stored(pane, Scorecard(session_id=sid, panelist_id=rahul.id))
    assert not pane.locked and pane.submit_button.isVisible()

    _switch(pane, 2)
    assert pane.panelist_id == third.id
    assert _card_on_screen(pane) == _card_as_stored(pane, demo_desk.scorecards.card(sid,
                                                                                   third.id))

    _switch(pane, 0)
    assert pane.panelist_id == ingrid.id and pane.locked
    assert _card_on_screen(pane) == ingrid_on_screen
    assert demo_desk.scorecards.card(sid, rahul.id).ratings == {}  # looking changed nothing


def test_switching_panelist_after_a_submit_shows_a_clean_card(
        qtbot: QtBot, demo_desk: Desk) -> None:
    """Shared laptop: Ingrid chooses Yes and submits; Rahul's card shows none of it."""
    sid = _live(demo_desk)
    ingrid, rahul = demo_desk.scorecards.panel(sid)[:2]
    pane = _pane(qtbot, demo_desk, sid, ingrid.id)
    _rate_all_by_keyboard(qtbot, pane, [Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2,
                                        Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_1])
    pane.evidence.setFocus()
    qtbot.keyClicks(pane.evidence, "Ingrid's evidence")
    pane.takeaways.setFocus()
    qtbot.keyClicks(pane.takeaways, "Ingrid's takeaway")
    qtbot.mouseClick(pane.rec_buttons[Recommendation.YES], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.scorecard_submitted, timeout=5000):
        qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)
        # the submission comes back: submitted, or warnings to accept
        qtbot.waitUntil(lambda: pane.warnings.isVisible() or pane.locked, timeout=5000)
        if pane.warnings.isVisible():
            qtbot.mouseClick(pane.submit_anyway, Qt.MouseButton.LeftButton)
    assert demo_desk.scorecards.card(sid, ingrid.id).submitted_at
    pane.set_panelist(rahul.id)
    assert pane.panelist_id == rahul.id and not pane.locked
    assert [b for b in pane.rec_buttons.values() if b.isChecked()] == []
    assert not any(b.isEnabled() for b in pane.rec_buttons.values())  # nothing rated yet
    for row in range(len(pane.competencies)):
        pane.list.setCurrentRow(row)
        assert [b for b in pane.rating_group.buttons() if b.isChecked()] == [], row
        assert pane.evidence.toPlainText() == ""
        assert pane.list.item(row).text().startswith("○")
    assert pane.takeaways.toPlainText() == ""
    assert all(b.isEnabled() for b in pane.rating_group.buttons())
    assert "Ingrid" not in pane.notes.item(0).text() or pane.notes.count() == 0
    assert "locked" not in pane.status_label.text().split("\n")[0]


def test_pinned_quotes_are_offered_as_evidence_marked_as_the_candidates_words(
        qtbot: QtBot, demo_desk: Desk) -> None:
    sid = _live(demo_desk)
    view = demo_desk.debrief.view(sid)
    lead, other = view.panel[0].id, view.panel[1].id
    t = demo_desk.transcripts
    t.record_consent(Consent(session_id=sid, candidate_name=view.candidate,
                             method=ConsentMethod.SAID_ALOUD,
                             scope=ConsentScope.TRANSCRIPT_ONLY, retention_days=90,
                             recorded_by=view.panel[0].name))
    q = demo_desk.live.open(sid).kit.questions()[0]
    t.open_question(sid, lead, q.id, 0.0)
    t.open_question(sid, other, q.id, 0.0)
    kept, misheard = t.add_heard(sid, lead, [HeardSegment(62, 70, "I rewrote the billing job"),
                                             HeardSegment(80, 84, "a word misheard")])
    (others,) = t.add_heard(sid, other, [HeardSegment(90, 95, "heard on another laptop")])
    first = demo_desk.scorecards.competencies(sid)[0]
    for segment, who in ((kept, lead), (misheard, lead), (others, other)):
        t.pin(segment.id, who, competency_key=first.key)
    t.set_not_said(misheard.id)

    pane = _pane(qtbot, demo_desk, sid, lead)
    pane.show_competency(first.id)
    texts = [pane.notes.item(i).text() for i in range(pane.notes.count())]
    quotes = [x for x in texts if x.startswith("❝ Pinned quote from the transcript")]
    # only the panelist's own quote, never one since marked "not said", never another's
    assert quotes == [f"❝ Pinned quote from the transcript · {q.text}\n"
                      "“I rewrote the billing job” (1:02–1:10)"]
    row = texts.index(quotes[0])
    pane.notes.setCurrentRow(row)
    pane.notes.setFocus()
    qtbot.keyClick(pane.notes, Qt.Key.Key_Return)
    assert pane.evidence.toPlainText().endswith("“I rewrote the billing job” (1:02–1:10)")
