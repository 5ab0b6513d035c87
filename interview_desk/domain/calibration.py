"""Interviewer calibration and time to decision, across sessions.

Built only from the read model (``domain.debrief.PanelView`` and the role comparison's rows):
each session's panelist scores, per-competency figures, agreement and amendments are the ones
its own debrief shows, so nothing here computes a rating mean or an agreement a second time.
What is computed here is how those per-session figures line up across sessions.

Interviewers are matched across sessions by name (a panel is stored per session), ignoring
case and repeated spaces: "Ana  Ruiz" and "ana ruiz" are one interviewer.

A figure that rests on fewer than ``MIN_SESSIONS`` sessions says so (``Estimate.enough``):
with three sessions an interviewer who rated one strong candidate high looks lenient.

Plain Python, no I/O.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from interview_desk.domain.debrief import ComparisonRow, PanelistView, PanelView
from interview_desk.domain.model import Recommendation, SessionStatus, parse_timestamp
from interview_desk.i18n import Figure, Words

#: Calibration's words (docs/translations.md): pages and reports show them with ``say``.
Calib = Words("Calib")
UNDATED = Calib.tr("undated")

#: Below this many sessions a leniency, trend or agreement figure is marked as too few to
#: read anything into. Five is a judgement, not a law: the interval says the rest.
MIN_SESSIONS = 5

#: The recommendation as a number, to compare an interviewer's with the rest of the panel's.
RECOMMENDATION_VALUE = {Recommendation.STRONG_NO: 1, Recommendation.NO: 2,
                        Recommendation.YES: 3, Recommendation.STRONG_YES: 4}

# Student's t, two-sided 95 %, for 1..30 degrees of freedom (any statistics table); beyond 30
# the normal 1.96 is within 2 % of it.
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042)


def signed(value: float) -> str:
    """"+0.25", "-0.10", and "0.00" for anything that rounds to zero (never "-0.00")."""
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text


def t95(df: int) -> float:
    """The two-sided 95 % quantile of Student's t with ``df`` degrees of freedom."""
    if df < 1:
        raise ValueError("a t interval needs at least one degree of freedom")
    return _T95[df - 1] if df <= len(_T95) else 1.96


@dataclass(frozen=True)
class Estimate:
    """The mean of per-session differences with its 95 % interval (Student's t).

    ``low``/``high`` are ``None`` with fewer than two sessions (no spread to go on).
    """

    n: int
    mean: float | None
    low: float | None = None
    high: float | None = None

    @property
    def enough(self) -> bool:
        return self.n >= MIN_SESSIONS

    @property
    def reading(self) -> str:
        """"higher than the panel", "lower than the panel", "in line with the panel", or
        why no reading is given."""
        if self.n == 0 or self.mean is None:
            return Calib.tr("no sessions to compare")
        if not self.enough:
            return Calib.tr("too few sessions (%1 of %2 needed)").arg(self.n, MIN_SESSIONS)
        if self.low is not None and self.low > 0:
            return Calib.tr("higher than the panel")
        if self.high is not None and self.high < 0:
            return Calib.tr("lower than the panel")
        return Calib.tr("in line with the panel")


    @property
    def shown(self) -> str:
        """"+1.40 (95 % +1.12 to +1.68, 5 sessions)" for a page or a report cell."""
        if self.mean is None:
            return "–"
        sessions = Calib.tr("%n session(s)", "", self.n)
        if self.low is None or self.high is None:
            return Calib.tr("%1 (%2)").arg(Figure(signed(self.mean)), sessions)
        return Calib.tr("%1 (95 % %2 to %3, %4)").arg(
            Figure(signed(self.mean)), Figure(signed(self.low)), Figure(signed(self.high)),
            sessions)


def estimate(values: Sequence[float]) -> Estimate:
    """Mean and 95 % t-interval of ``values`` (one per session)."""
    n = len(values)
    if n == 0:
        return Estimate(0, None)
    mean = statistics.fmean(values)
    if n < 2:
        return Estimate(n, mean)
    half = t95(n - 1) * statistics.stdev(values) / math.sqrt(n)
    return Estimate(n, mean, mean - half, mean + half)


@dataclass(frozen=True)
class Count:
    """``times`` out of ``of`` (e.g. outlier on 2 of 15 competencies rated)."""

    times: int
    of: int

    @property
    def share(self) -> float | None:
        return self.times / self.of if self.of else None

    @property
    def shown(self) -> str:
        return Calib.tr("%1 of %2").arg(self.times, self.of) if self.of else "–"


@dataclass(frozen=True)
class QuarterPoint:
    quarter: str  # "2026-Q3"
    estimate: Estimate

    @property
    def shown(self) -> str:
        """"+0.25 (n=4)": the quarter's mean difference and its number of sessions."""
        mean = self.estimate.mean
        return "–" if mean is None else Calib.tr("%1 (n=%2)").arg(Figure(signed(mean)),
                                                                    self.estimate.n)


@dataclass(frozen=True)
class InterviewerCalibration:
    name: str
    sessions: int  # sessions on the panel (held, panel open, at least one card in)
    scorecards: int  # scorecards submitted in those sessions
    submission_hours: tuple[float, ...]  # session end to submission, one per scorecard
    score_vs_panel: Estimate  # own weighted score minus the mean of the others', per session
    recommendation_vs_panel: Estimate  # own recommendation (1-4) minus the others' mean
    outlier: Count  # alone at the low or high end of a disagreement, of competencies rated
    changed: Count  # ratings changed after the debrief, of ratings given
    trend: tuple[QuarterPoint, ...]  # score_vs_panel per quarter, oldest first

    @property
    def id(self) -> str:
        return interviewer_key(self.name)

    @property
    def median_submission_hours(self) -> float | None:
        return statistics.median(self.submission_hours) if self.submission_hours else None

    @property
    def worst_submission_hours(self) -> float | None:
        return max(self.submission_hours) if self.submission_hours else None

    @property
    def submission_shown(self) -> str:
        """"median 3.0 h, worst 26.0 h" from session end to submitted scorecard."""
        median, worst = self.median_submission_hours, self.worst_submission_hours
        if median is None or worst is None:
            return "–"
        return Calib.tr("median %1 h, worst %2 h").arg(Figure(f"{median:.1f}"),
                                                       Figure(f"{worst:.1f}"))


@dataclass(frozen=True)
class AgreementGroup:
    """Agreement (Krippendorff's alpha, each session's own) over a group of sessions."""

    label: str  # a role's name or a quarter
    alphas: tuple[float, ...]
    unmeasurable: int = 0  # sessions whose alpha could not be computed

    @property
    def id(self) -> str:
        return self.label

    @property
    def n(self) -> int:
        return len(self.alphas)

    @property
    def reading(self) -> str:
        mean = self.mean
        if mean is None:
            return Calib.tr("no alpha")
        if not self.enough:
            return Calib.tr("too few sessions (%1 of %2 needed)").arg(self.n, MIN_SESSIONS)
        if mean >= 0.8:
            return Calib.tr("agrees closely")
        return Calib.tr("agrees in part") if mean >= 0.667 else Calib.tr("does not agree")

    @property
    def shown(self) -> str:
        """"0.72 (0.55 – 0.90)" over the sessions with an alpha."""
        mean, low, high = self.mean, self.low, self.high
        if mean is None or low is None or high is None:
            return "–"
        return Calib.tr("%1 (%2 – %3)").arg(Figure(f"{mean:.2f}"), Figure(f"{low:.2f}"),
                                             Figure(f"{high:.2f}"))

    @property
    def mean(self) -> float | None:
        return statistics.fmean(self.alphas) if self.alphas else None

    @property
    def low(self) -> float | None:
        return min(self.alphas) if self.alphas else None

    @property
    def high(self) -> float | None:
        return max(self.alphas) if self.alphas else None

    @property
    def enough(self) -> bool:
        return self.n >= MIN_SESSIONS


@dataclass(frozen=True)
class Calibration:
    sessions: int  # sessions that count (held, panel open, at least one scorecard)
    interviewers: tuple[InterviewerCalibration, ...]  # by name
    by_role: tuple[AgreementGroup, ...]
    by_quarter: tuple[AgreementGroup, ...]

    @property
    def enough(self) -> bool:
        return self.sessions >= MIN_SESSIONS


def interviewer_key(name: str) -> str:
    """Who an interviewer is across sessions: the name, case and spacing ignored."""
    return " ".join(name.split()).casefold()


def held_at(view: PanelView) -> datetime | None:
    return parse_timestamp(view.started_at) or parse_timestamp(view.scheduled_at)


def quarter_of(when: datetime) -> str:
    return f"{when.year}-Q{(when.month - 1) // 3 + 1}"


def counts(view: PanelView) -> bool:
    """A session counts once it was held and its panel's figures are open."""
    return (view.status is not SessionStatus.PLANNED and view.pre is not None
            and bool(view.shown))


@dataclass
class _Tally:
    name: str
    sessions: int = 0
    scorecards: int = 0
    hours: list[float] = field(default_factory=list)
    score_diffs: list[tuple[str, float]] = field(default_factory=list)  # (quarter, diff)
    rec_diffs: list[float] = field(default_factory=list)
    outlier: int = 0
    rated_in_panels: int = 0
    changed: int = 0
    rated: int = 0


def _others_mean(values: Iterable[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return statistics.fmean(got) if got else None


def _outliers(view: PanelView, me: PanelistView) -> tuple[int, int]:
    """(times alone at an extreme of a disagreement, competencies rated in panels of 3+)."""
    assert view.pre is not None and me.pre is not None
    times = of = 0
    for cid, figures in view.pre.per_competency.items():
        mine = me.pre.ratings.get(cid)
        if mine is None or mine.rating is None:
            continue
        given = [r.rating for p in view.shown if p.pre is not None
                 for r in [p.pre.ratings.get(cid)] if r is not None and r.rating is not None]
        if len(given) < 3:  # with two ratings, both would be "the outlier"
            continue
        of += 1
        if not figures.disagreement:
            continue
        if (mine.rating == figures.low and given.count(figures.low) == 1) or (
                mine.rating == figures.high and given.count(figures.high) == 1):
            times += 1
    return times, of


def calibrate(views: Sequence[PanelView]) -> Calibration:
    """Every interviewer's calibration and the panel's agreement, over ``views`` (each the
    consolidated view of one session; sealed and planned ones are left out)."""
    used = [v for v in views if counts(v)]
    tallies: dict[str, _Tally] = {}
    for v in sorted(used, key=lambda v: (v.started_at or v.scheduled_at, v.session_id)):
        assert v.pre is not None
        when = held_at(v)
        quarter = quarter_of(when) if when else UNDATED
        end = parse_timestamp(v.ended_at)
        scores = v.pre.panelist_scores
        for p in v.panelists:
            t = tallies.setdefault(interviewer_key(p.panelist.name), _Tally(p.panelist.name))
            t.name = p.panelist.name  # the latest spelling
            t.sessions += 1
            if not p.submitted or p.pre is None:
                continue
            t.scorecards += 1
            submitted = parse_timestamp(p.submitted_at)
            if end is not None and submitted is not None:
                t.hours.append(max(0.0, (submitted - end).total_seconds() / 3600))
            others = [q for q in v.shown if q.panelist.id != p.panelist.id]
            own = scores.get(p.panelist.id)
            rest = _others_mean(scores.get(q.panelist.id) for q in others)
            if own is not None and rest is not None:
                t.score_diffs.append((quarter, own - rest))
            rec = p.pre.recommendation
            rest_rec = _others_mean(
                RECOMMENDATION_VALUE[q.pre.recommendation] for q in others
                if q.pre is not None and q.pre.recommendation is not None)
            if rec is not None and rest_rec is not None:
                t.rec_diffs.append(RECOMMENDATION_VALUE[rec] - rest_rec)
            times, of = _outliers(v, p)
            t.outlier += times
            t.rated_in_panels += of
            t.rated += sum(1 for r in p.pre.ratings.values() if r.rating is not None)
            t.changed += sum(1 for a in p.amendments if a.competency_id is not None)

    interviewers = []
    for t in sorted(tallies.values(), key=lambda t: interviewer_key(t.name)):
        per_quarter: dict[str, list[float]] = defaultdict(list)
        for quarter, diff in t.score_diffs:
            per_quarter[quarter].append(diff)
        interviewers.append(InterviewerCalibration(
            name=t.name, sessions=t.sessions, scorecards=t.scorecards,
            submission_hours=tuple(t.hours),
            score_vs_panel=estimate([d for _q, d in t.score_diffs]),
            recommendation_vs_panel=estimate(t.rec_diffs),
            outlier=Count(t.outlier, t.rated_in_panels), changed=Count(t.changed, t.rated),
            trend=tuple(QuarterPoint(q, estimate(per_quarter[q]))
                        for q in sorted(per_quarter))))

    def group(key_of: dict[str, list[PanelView]]) -> tuple[AgreementGroup, ...]:
        out = []
        for label in sorted(key_of, key=str.casefold):
            alphas = [v.pre.agreement.alpha for v in key_of[label]
                      if v.pre is not None and v.pre.agreement.alpha is not None]
            out.append(AgreementGroup(label, tuple(alphas),
                                      unmeasurable=len(key_of[label]) - len(alphas)))
        return tuple(out)

    roles: dict[str, list[PanelView]] = defaultdict(list)
    quarters: dict[str, list[PanelView]] = defaultdict(list)
    for v in used:
        roles[v.role or Calib.tr("(no name)")].append(v)
        when = held_at(v)
        quarters[quarter_of(when) if when else UNDATED].append(v)
    return Calibration(sessions=len(used), interviewers=tuple(interviewers),
                       by_role=group(roles), by_quarter=group(quarters))


# --- time to decision (per role) -------------------------------------------------------------


@dataclass(frozen=True)
class Waits:
    """Whole days from the interview, one per session that got that far."""

    days: tuple[int, ...]

    @property
    def n(self) -> int:
        return len(self.days)

    @property
    def median(self) -> float | None:
        return statistics.median(self.days) if self.days else None

    @property
    def worst(self) -> int | None:
        return max(self.days) if self.days else None

    @property
    def shown(self) -> str:
        """"median 4 days, worst 10 (3 candidates)" — the same words on the page and in the
        PDF."""
        if self.median is None or self.worst is None:
            return Calib.tr("none yet")
        median = f"{self.median:g}"
        candidates = Calib.tr("%n candidate(s)", "", self.n)
        if median == "1":
            return Calib.tr("median 1 day, worst %1 (%2)").arg(self.worst, candidates)
        return Calib.tr("median %1 days, worst %2 (%3)").arg(Figure(median), self.worst,
                                                             candidates)


@dataclass(frozen=True)
class TimeToDecision:
    to_decision: Waits
    to_told: Waits
    undecided: int  # held interviews with no decision yet
    untold: int  # decided, candidate not told yet

    def lines(self) -> list[str]:
        decision = (Calib.tr("Interview to decision: %1; %2 still undecided").arg(
            self.to_decision.shown, self.undecided) if self.undecided
            else Calib.tr("Interview to decision: %1").arg(self.to_decision.shown))
        told = (Calib.tr("Interview to candidate told: %1; %2 decided but not told yet").arg(
            self.to_told.shown, self.untold) if self.untold
            else Calib.tr("Interview to candidate told: %1").arg(self.to_told.shown))
        return [decision, told]


def _day(stamp: str | None) -> date | None:
    when = parse_timestamp(stamp)
    return when.astimezone().date() if when else None


def time_to_decision(rows: Sequence[ComparisonRow]) -> TimeToDecision:
    """Days from each held interview to its decision and to the candidate being told, in
    calendar days (the candidate waits on weekends too)."""
    to_decision: list[int] = []
    to_told: list[int] = []
    undecided = untold = 0
    for r in rows:
        held = _day(r.held_at)
        if r.decision is None:
            undecided += 1
            continue
        decided = _day(r.decision.decided_at)
        if held is not None and decided is not None:
            to_decision.append(max(0, (decided - held).days))
        told = _day(r.decision.candidate_informed_at)
        if told is None:
            untold += 1
        elif held is not None:
            to_told.append(max(0, (told - held).days))
    return TimeToDecision(Waits(tuple(to_decision)), Waits(tuple(to_told)), undecided, untold)
