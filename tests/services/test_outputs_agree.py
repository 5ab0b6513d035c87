"""The proof of one read model: generated panels on a real SQLite database give the same
figures on the Debrief page's model, in the session JSON, the CSV and the PDF, each checked
against figures computed here by hand; and while the panel is sealed none of them holds
another panelist's rating, evidence or note.

Hypothesis draws 2–5 panelists, ratings 1–4 and "no evidence", partial submission, an early
unseal by the lead, and post-debrief changes of ratings and recommendations.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from interview_desk.domain.debrief import Viewer
from interview_desk.domain.model import Recommendation
from interview_desk.exchange import session_json
from interview_desk.services.desk import Desk
from tests.panel_support import PanelistSpec, PanelSpec, Stored, marker, store_panel

FIXED_TIME = "2026-05-06T08:30:00.000000+00:00"
N_COMPETENCIES = 6  # the shipped kit's

rating = st.one_of(st.none(), st.integers(1, 4))
recommendation = st.sampled_from(list(Recommendation))
panelist = st.builds(
    PanelistSpec,
    ratings=st.tuples(*[rating] * N_COMPETENCIES),
    recommendation=recommendation,
    submitted=st.booleans(),
    changes=st.lists(st.tuples(st.integers(0, N_COMPETENCIES - 1), rating),
                     max_size=2).map(tuple),
    new_recommendation=st.one_of(st.none(), recommendation),
)
panels = st.builds(PanelSpec, panelists=st.lists(panelist, min_size=2, max_size=5).map(tuple),
                   unseal=st.booleans())


# --- figures computed by hand from the description ------------------------------------------


def _score(weights: list[float], ratings: list[int | None]) -> float | None:
    rated = [(w, r) for w, r in zip(weights, ratings, strict=True) if r is not None and w > 0]
    total = sum(w for w, _r in rated)
    return sum(w * r for w, r in rated) / total if total else None


def _panel(weights: list[float], cards: list[list[int | None]]) -> float | None:
    means: list[int | float | None] = []
    for k in range(len(weights)):
        values = [c[k] for c in cards if c[k] is not None]
        means.append(sum(v for v in values if v is not None) / len(values) if values else None)
    rated = [(w, m) for w, m in zip(weights, means, strict=True) if m is not None and w > 0]
    total = sum(w for w, _m in rated)
    return sum(w * m for w, m in rated) / total if total else None


class Expected:
    def __init__(self, spec: PanelSpec, weights: list[float]) -> None:
        submitted = [p.submitted for p in spec.panelists]
        self.open = all(submitted) or spec.unseal
        self.cards = [(i, p) for i, p in enumerate(spec.panelists) if p.submitted]
        self.pre = {i: list(p.ratings) for i, p in self.cards}
        self.post: dict[int, list[int | None]] = {}
        self.rec_post: dict[int, Recommendation] = {}
        for i, p in self.cards:
            after = list(p.ratings)
            for k, value in p.changes if self.open else ():
                after[k] = value
            self.post[i] = after
            self.rec_post[i] = (p.new_recommendation if self.open and p.new_recommendation
                                else p.recommendation)
        self.changed = self.open and any(p.changes or p.new_recommendation
                                         for _i, p in self.cards)
        self.panel_pre = _panel(weights, list(self.pre.values()))
        self.panel_post = _panel(weights, list(self.post.values()))
        self.score_pre = {i: _score(weights, r) for i, r in self.pre.items()}
        self.score_post = {i: _score(weights, r) for i, r in self.post.items()}
        self.tally_pre = {r: sum(p.recommendation is r for _i, p in self.cards)
                          for r in Recommendation}
        # The structure profile's counts, by hand: every rating carries its evidence marker.
        rated = sum(r is not None for _i, p in self.cards for r in p.ratings)
        self.evidence = f"{rated} of {rated} rating{'' if rated == 1 else 's'} have written " \
                        "evidence."
        n, k = len(spec.panelists), len(self.cards)
        self.panel = (f"{n} panelists, {k} scorecard{'' if k == 1 else 's'} submitted.")


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


# --- the outputs ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Desk, str, Path, Iterator[int]]]:
    """One real database for every example (each example is a new session in it)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = Desk.open(folder / "desk.sqlite3")
        kit = desk.catalog.kits.latest_versions()[0]
        role = desk.catalog.role_from_kit(kit, "Engineer")
        assert len(role.competencies) == N_COMPETENCIES
        yield desk, role.id, folder, count()
        desk.close()


def _outputs(desk: Desk, stored: Stored, folder: Path, *,
             pdf: bool) -> tuple[dict[str, object], list[dict[str, str]], str, str]:
    sid = stored.session_id
    json_path, csv_path, pdf_path = (folder / f"{sid}.json", folder / f"{sid}.csv",
                                     folder / f"{sid}.pdf")
    session_json.write(desk.debrief.view(sid), json_path)
    desk.exchange.export_csv(csv_path, session_id=sid)
    json_text = json_path.read_text(encoding="utf-8")
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    pdf_text = ""
    if pdf:
        desk.reports.export_session(sid, pdf_path, generated_at=FIXED_TIME)
        pdf_text = " ".join("\n".join(p.extract_text() or ""
                                      for p in PdfReader(pdf_path).pages).split())
    return json.loads(json_text), rows, json_text + csv_text, pdf_text


def _check(desk: Desk, role_id: str, folder: Path, n: int, spec: PanelSpec, *,
           pdf: bool) -> None:
    stored = store_panel(desk, spec, role_id, f"Candidate {n}")
    weights = [c.weight for c in stored.competencies]
    want = Expected(spec, weights)
    ids = [p.id for p in stored.panel]
    view = desk.debrief.view(stored.session_id)
    doc, rows, raw, pdf_text = _outputs(desk, stored, folder, pdf=pdf)
    seal = doc["seal"]
    assert isinstance(seal, dict)
    assert view.sealed == (not want.open) == (not seal["open"])

    if not want.open:
        # Sealed: no figure, no rating, no evidence, and only the lead's own notes.
        assert view.pre is None and all(p.pre is None for p in view.panelists)
        assert doc["ratings"] == [] and doc["recommendations"] == [] and rows == []
        # The structure profile counts nothing that reads the ratings or notes while sealed.
        ticks = {c["component"]: c for c in doc["structure"]}  # type: ignore[union-attr]
        assert ticks["evidence"]["tick"] == "pending" == ticks["kit_questions"]["tick"]
        assert doc["agenda"] == []
        rated = {marker(0, "ev", k) for k in range(N_COMPETENCIES)} | {marker(0, "take")}
        lead_own = set(stored.markers[ids[0]]) - rated
        for pid, words in stored.markers.items():
            for word in words:
                if pid == ids[0] and word in lead_own:
                    continue
                assert word not in raw, word
                assert word not in pdf_text, word
        if pdf:
            assert "INTERIM — the panel is sealed" in pdf_text
            assert "Scorecard matrix" not in pdf_text
        return

    assert view.pre is not None and view.post is not None
    scores = doc["scores"]
    assert isinstance(scores, dict)
    # The page's model (the view the Debrief page renders) against the hand-made figures.
    assert view.pre.panel_score == pytest.approx(want.panel_pre)
    assert view.post.panel_score == pytest.approx(want.panel_post)
    assert {r: n for r, n in view.pre.tally} == want.tally_pre
    # JSON
    assert scores["panel"]["pre_debrief"] == pytest.approx(want.panel_pre)
    assert scores["panel"]["post_debrief"] == pytest.approx(want.panel_post)
    by_id = {s["panelist_id"]: s for s in scores["panelists"]}
    assert set(by_id) == {ids[i] for i, _p in want.cards}
    for i, _p in want.cards:
        assert by_id[ids[i]]["pre_debrief"] == pytest.approx(want.score_pre[i])
        assert by_id[ids[i]]["post_debrief"] == pytest.approx(want.score_post[i])
    recs = {r["panelist_id"]: r for r in doc["recommendations"]}  # type: ignore[union-attr]
    for i, p in want.cards:
        assert recs[ids[i]]["pre_debrief"] == p.recommendation.value
        assert recs[ids[i]]["post_debrief"] == want.rec_post[i].value
    # CSV: the same figures, to two decimals, each column saying before or after
    names = {p.id: p.name for p in stored.panel}
    assert sorted(r["panelist"] for r in rows) == sorted(names[ids[i]] for i, _p in want.cards)
    for i, p in want.cards:
        row = next(r for r in rows if r["panelist"] == names[ids[i]])
        assert row["weighted_score_pre_debrief"] == ("" if want.score_pre[i] is None
                                                     else _fmt(want.score_pre[i]))
        assert row["weighted_score_post_debrief"] == ("" if want.score_post[i] is None
                                                      else _fmt(want.score_post[i]))
        assert row["recommendation_pre_debrief"] == p.recommendation.value
        assert row["recommendation_post_debrief"] == want.rec_post[i].value
        for c, before, after in zip(stored.competencies, want.pre[i], want.post[i],
                                    strict=True):
            assert row[c.key] == ("no evidence" if before is None else str(before))
            assert row[f"{c.key}_post_debrief"] == ("no evidence" if after is None
                                                    else str(after))
    # The structure profile: the page's model and the JSON, against the counts made by hand.
    evidence = view.structure.component("evidence").evidence
    panel = view.structure.component("panel").evidence
    assert (evidence, panel) == (want.evidence, want.panel)
    ticks = {c["component"]: c for c in doc["structure"]}  # type: ignore[union-attr]
    assert (ticks["evidence"]["evidence"], ticks["panel"]["evidence"]) == (want.evidence,
                                                                           want.panel)
    assert [c["component"] for c in doc["structure"]] == [  # type: ignore[union-attr]
        c.key for c in view.structure.components]
    if pdf:
        assert view.structure.summary in pdf_text
        assert want.evidence in pdf_text and want.panel in pdf_text
        if want.panel_pre is None:
            assert "not available (no ratings)" in pdf_text
        else:
            assert f"{_fmt(want.panel_pre)} of 4 before the debrief" in pdf_text
        if want.changed:
            assert f"; {_fmt(want.panel_post)} of 4 after the debrief" in pdf_text
        tally = " · ".join(f"{r.label} {want.tally_pre[r]}"
                           for r in (Recommendation.STRONG_YES, Recommendation.YES,
                                     Recommendation.NO, Recommendation.STRONG_NO))
        assert f"before the debrief: {tally}" in pdf_text
        assert ("INTERIM" in pdf_text) == view.interim
        for i, _p in want.cards:  # every shown panelist's evidence is there
            assert marker(i, "ev", 0) in pdf_text


SETTINGS = dict(deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@settings(max_examples=150, **SETTINGS)  # type: ignore[arg-type]
@given(spec=panels)
def test_page_model_json_and_csv_agree_and_keep_the_seal(
        world: tuple[Desk, str, Path, Iterator[int]], spec: PanelSpec) -> None:
    desk, role_id, folder, counter = world
    _check(desk, role_id, folder, next(counter), spec, pdf=False)


@settings(max_examples=40, **SETTINGS)  # type: ignore[arg-type]
@given(spec=panels)
def test_the_pdf_agrees_too_and_keeps_the_seal(
        world: tuple[Desk, str, Path, Iterator[int]], spec: PanelSpec) -> None:
    desk, role_id, folder, counter = world
    _check(desk, role_id, folder, next(counter), spec, pdf=True)


def test_a_panelists_own_view_never_holds_the_others_while_sealed(
        world: tuple[Desk, str, Path, Iterator[int]]) -> None:
    desk, role_id, _folder, counter = world
    spec = PanelSpec((PanelistSpec((3,) * N_COMPETENCIES, Recommendation.YES),
                      PanelistSpec((2,) * N_COMPETENCIES, Recommendation.NO),
                      PanelistSpec((1,) * N_COMPETENCIES, Recommendation.NO, submitted=False)))
    stored = store_panel(desk, spec, role_id, f"Candidate {next(counter)}")
    for p in stored.panel:
        v = desk.debrief.view(stored.session_id, Viewer.panelist(p.id))
        assert [x.panelist.id for x in v.panelists if x.pre is not None] == [p.id]
        assert {n.panelist for q in v.questions for n in q.notes} == {p.name}


def test_the_debrief_widget_shows_the_same_figures(
        qtbot: QtBot, world: tuple[Desk, str, Path, Iterator[int]]) -> None:
    """One look at the real page: the panel row and the agreement text carry the figures
    computed by hand, before and after the debrief, each labelled."""
    from interview_desk.ui.debrief_view import DebriefView
    from interview_desk.ui.ops import OpRunner

    desk, role_id, folder, counter = world
    spec = PanelSpec((
        PanelistSpec((3, 3, 4, 2, None, 4), Recommendation.YES, changes=((3, 4),)),
        PanelistSpec((4, 3, 3, 4, 3, 3), Recommendation.STRONG_YES),
        PanelistSpec((2, 2, 3, 1, 3, None), Recommendation.NO,
                     new_recommendation=Recommendation.YES)))
    stored = store_panel(desk, spec, role_id, f"Candidate {next(counter)}")
    want = Expected(spec, [c.weight for c in stored.competencies])
    ops = OpRunner(desk)  # the view's writes (none here) would run there
    try:
        view = DebriefView(desk, ops, stored.session_id)
        qtbot.addWidget(view)
        view.show()
        model = view.matrix_model
        panel_row = model.rowCount() - 2
        assert model.data(model.index(panel_row, N_COMPETENCIES)) == \
            f"{_fmt(want.panel_pre)} → {_fmt(want.panel_post)}"
        text = view.agreement.text()
    finally:
        ops.close()
    assert f"before the debrief (the independent ratings): {_fmt(want.panel_pre)}" in text
    assert f"after the debrief: {_fmt(want.panel_post)}" in text
    _doc, _rows, _raw, pdf_text = _outputs(desk, stored, folder, pdf=True)
    assert f"{_fmt(want.panel_pre)} of 4 before the debrief" in pdf_text
    assert f"{_fmt(want.panel_post)} of 4 after the debrief" in pdf_text
