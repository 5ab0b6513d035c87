"""Generate a large, realistic Interview Desk database, deterministic from a seed.

    python tests/benchmarks/generate.py --years 5 --seed 1 --db /tmp/five-years.sqlite3

One "year" is a fifth of a busy hiring team's five years: 10 roles, 600 candidates, 1,200
sessions with four panelists each and ~140,000 notes of about 1,000 characters. ``--years``
takes fractions (0.5 is the 1/10 scale used while developing; 0.02 builds in a second).

Everything is written through the app's own services and repositories (notes in bulk through
``NoteRepository.add_many``), so the file is what the app itself would have written. Every id
and every text comes from the seed: the same seed gives the same content (only the
``created_at``/``updated_at`` stamps the services take from the clock differ; ``digest`` leaves
them out). Text is made here from word lists — common interview words, rare company names,
some Cyrillic, Greek, Arabic, Hebrew, Devanagari and CJK, some emoji — with no corpus or network.
Not collected by pytest (``tests/benchmarks/test_generate.py`` runs it at a tiny scale).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from interview_desk.domain.model import (
    Candidate,
    Competency,
    Concern,
    Decision,
    FlagKind,
    Kit,
    KitCompetency,
    Note,
    NoteState,
    Outcome,
    Panelist,
    Question,
    QuestionType,
    Rating,
    Recommendation,
    Role,
    Scorecard,
    Section,
    SectionKind,
    Session,
    SessionStatus,
)
from interview_desk.services.desk import Desk
from interview_desk.services.live import CandidateQuestion, ConcernCheck, Flag
from interview_desk.storage.database import open_connection
from interview_desk.storage.repositories import (
    DecisionRepository,
    NoteRepository,
    ScorecardRepository,
)

#: The last day of the generated history. Fixed, so that a seed always gives the same file;
#: sessions after it are planned ones, the latest held ones are still waiting for a decision.
DEFAULT_UNTIL = date(2026, 11, 30)

PER_YEAR_ROLES = 10
PER_YEAR_CANDIDATES = 600
PER_YEAR_SESSIONS = 1200
PANEL_SIZE = 4
NOTE_CHARS = 1000

# --- words -------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


COMMON = _words(
    "team project customer deadline release migration incident latency database service "
    "design review feedback stakeholder priority roadmap budget quality testing deployment "
    "rollback monitoring alert outage postmortem process ownership mentoring hiring onboarding "
    "conflict decision trade-off estimate scope requirement prototype experiment metric "
    "revenue churn retention growth pipeline backlog sprint planning retrospective manager "
    "colleague partner vendor contract negotiation presentation report analysis data model "
    "architecture refactoring performance security compliance audit risk mitigation plan "
    "communication clarity empathy initiative learning mistake failure success outcome "
    "impact result action situation task goal challenge problem solution approach method "
    "tool framework library cloud cost savings automation script dashboard documentation "
    "support escalation ticket client user interview survey research insight hypothesis "
    "launch market competitor pricing strategy vision culture values trust respect calm "
    "pressure weekend overtime handover shift rota night coverage quickly carefully clearly")
VERBS = _words(
    "led owned shipped built reviewed measured reduced improved negotiated explained "
    "escalated fixed debugged migrated designed planned coordinated mentored presented "
    "rewrote automated tested documented challenged convinced delegated prioritised "
    "questioned simplified replaced monitored analysed proposed hired onboarded")
FILLERS = _words("the a our their that this every one two several most some each")
PREPS = _words("with for at during after before across despite under without")
OPINIONS = (
    "Strong example", "Vague on the numbers", "Good structure", "Rambled a bit",
    "Clear ownership", "Blamed the team", "Impressive depth", "Needed prompting",
    "Honest about the failure", "Very concrete", "Hand-wavy on the result",
    "Would probe again next round", "Reasoned out loud", "Asked clarifying questions first",
)
FOREIGN = (
    "очень хорошо", "команда", "проект сдан вовремя", "καλή δουλειά", "ομάδα",
    "مشروع ناجح", "فريق العمل", "צוות מצוין", "परियोजना", "टीम के साथ",
    "团队合作", "项目经理", "プロジェクト", "チームワーク", "팀 프로젝트", "ถูกต้อง",
    "Zusammenarbeit", "équipe soudée", "reunião de equipa", "sürdürülebilir",
)
EMOJI = ("👍", "🚀", "✅", "🤔", "⚠️", "🎯", "💡", "😅", "🔥", "📉", "📈", "🙂")
SYLLABLES = ("qua", "vel", "zor", "tri", "nex", "lum", "bra", "kor", "fin", "dax", "mir",
             "ost", "pel", "rho", "syn", "tav", "ulm", "vex", "wyn", "yar", "zet", "cal")
COMPANY_TAILS = ("Labs", "Analytics", "Logistics", "Systems", "GmbH", "Health", "Bank",
                 "Robotics", "Foods", "Energy", "AB", "SARL", "Studio", "Capital")
GIVEN = ("Amara", "Jonas", "Priya", "Mateo", "Chloé", "Wei", "Fatima", "Oliver", "Yuki",
         "Sofia", "Kwame", "Ingrid", "Diego", "Aisha", "Lukas", "Mei", "Noah", "Zainab",
         "Elena", "Tomás", "Hana", "Ravi", "Saoirse", "Emil", "Leila", "Björn", "Nia",
         "Ольга", "Дмитрий", "Νίκος", "محمد", "ليلى", "דנה", "अनन्या", "李娜", "佐藤", "지민")
FAMILY = ("Okonkwo", "Schmidt", "Sharma", "García", "Dubois", "Zhang", "Haddad", "Smith",
          "Tanaka", "Rossi", "Mensah", "Larsen", "Fernández", "Khan", "Müller", "Chen",
          "O'Brien", "Nowak", "Novák", "Kowalski", "Åberg", "Nguyen", "Yılmaz", "Petrov",
          "Иванова", "Παπαδόπουλος", "الحسن", "כהן", "पटेल", "王", "鈴木", "김")
ROLE_NAMES = ("Backend Engineer", "Frontend Engineer", "Data Scientist", "Product Manager",
              "Designer", "Site Reliability Engineer", "Engineering Manager", "QA Engineer",
              "Account Executive", "Customer Success Manager", "Recruiter", "Data Engineer",
              "Security Engineer", "Technical Writer", "Finance Analyst", "Support Engineer")
LEVELS = ("Junior", "", "Senior", "Staff", "Lead", "Principal")
COMPETENCIES = ("Problem solving", "Ownership", "Collaboration & communication",
                "Technical depth", "Customer focus", "Learning agility", "Leadership",
                "Planning & execution", "Judgement", "Craft & quality", "Commercial sense",
                "Resilience", "Systems thinking", "Coaching others", "Data literacy",
                "Stakeholder management", "Attention to detail", "Écoute active")
PANEL_ROLES = ("hiring manager", "peer", "bar raiser", "cross-functional", "HR")
QUESTION_STEMS = (
    ("behavioural", "Tell me about a time you {v} {f} {n} {p} {n2}."),
    ("behavioural", "Describe a situation where you {v} {f} {n}."),
    ("situational", "What would you do if {f} {n} slipped {p} {f} {n2}?"),
    ("technical", "Walk us through how you would design {f} {n} for {n2}."),
    ("motivation_fit", "Why does {n} matter to you, and what about {n2}?"),
    ("general", "How do you think about {n} and {n2}?"),
)


def _company(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{name} {rng.choice(COMPANY_TAILS)}"


class Words:
    """Sentences and names drawn from the seed; rare words stay rare (Zipf weights)."""

    def __init__(self, rng: random.Random, companies: int) -> None:
        self.rng = rng
        self.companies = [_company(rng) for _ in range(companies)]
        # The first companies come up often, the last ones almost never: rare-name searches.
        self.company_weights = [1 / (k + 1) for k in range(companies)]
        self.pool = [self._sentence() for _ in range(6000)]

    def company(self) -> str:
        return self.rng.choices(self.companies, self.company_weights)[0]

    def _sentence(self) -> str:
        r = self.rng
        words = [r.choice(FILLERS).capitalize(), r.choice(COMMON), r.choice(VERBS),
                 r.choice(FILLERS), r.choice(COMMON), r.choice(PREPS), r.choice(COMMON)]
        words += [r.choice(COMMON) for _ in range(r.randint(0, 8))]
        sentence = " ".join(words)
        return sentence + r.choice((".", ".", ".", "!", "?", " — interesting.", "; ok."))

    def text(self, chars: int) -> str:
        r = self.rng
        out: list[str] = []
        size = 0
        while size < chars:
            roll = r.random()
            if roll < 0.08:
                part = f"At {self.company()} they {r.choice(VERBS)} the {r.choice(COMMON)}."
            elif roll < 0.11:
                part = r.choice(FOREIGN)
            elif roll < 0.14:
                part = r.choice(EMOJI)
            elif roll < 0.20:
                part = r.choice(OPINIONS) + "."
            elif roll < 0.22:
                part = f"{r.randint(2, 95)}% {r.choice(COMMON)} in {r.randint(2, 18)} weeks."
            else:
                part = r.choice(self.pool)
            out.append(part)
            size += len(part) + 1
        text = " ".join(out)
        if r.random() < 0.3:  # people press Enter now and then
            cut = text.find(" ", len(text) // 2)
            if cut > 0:
                text = text[:cut] + "\n" + text[cut + 1:]
        return text

    def name(self) -> str:
        return f"{self.rng.choice(GIVEN)} {self.rng.choice(FAMILY)}"


# --- scale -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scale:
    roles: int
    candidates: int
    sessions: int

    @classmethod
    def of(cls, years: float) -> Scale:
        return cls(roles=max(1, round(PER_YEAR_ROLES * years)),
                   candidates=max(2, round(PER_YEAR_CANDIDATES * years)),
                   sessions=max(3, round(PER_YEAR_SESSIONS * years)))


class Ids:
    """uuid4-shaped hex ids from the seed (the app's own ids are random)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"ids-{seed}")

    def __call__(self) -> str:
        return f"{self.rng.getrandbits(128):032x}"


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="microseconds")


# --- the generator -----------------------------------------------------------------------


class Generator:
    def __init__(self, desk: Desk, years: float, seed: int, until: date) -> None:
        self.desk = desk
        self.scale = Scale.of(years)
        self.years = years
        self.rng = random.Random(f"content-{seed}")
        self.new_id = Ids(seed)
        self.words = Words(self.rng, companies=max(40, self.scale.candidates // 4))
        self.until = until
        self.notes = NoteRepository(desk.db)
        self.cards = ScorecardRepository(desk.db)
        self.decisions = DecisionRepository(desk.db)
        self.interviewers = [self.words.name() for _ in range(max(8, self.scale.roles * 6))]
        self.note_count = 0

    def run(self, progress: bool = True) -> None:
        roles = [self._role(i) for i in range(self.scale.roles)]
        # A few roles hire most people (the busiest one is what the comparison page shows).
        weights = [1 / (i + 1) ** 0.9 for i in range(len(roles))]
        candidates = []
        with self.desk.db.atomic():
            for _ in range(self.scale.candidates):
                role, kit = self.rng.choices(roles, weights)[0]
                candidates.append((self._candidate(role), role, kit))
        days = max(1, round(self.years * 365))
        start = datetime.combine(self.until - timedelta(days=days), datetime.min.time(),
                                 tzinfo=UTC)
        # Each candidate has a first slot; the rest are second rounds for random candidates.
        plan = [candidates[i % len(candidates)] for i in range(self.scale.sessions)]
        offsets = sorted(self.rng.uniform(0, days + 14) for _ in plan)
        self.rng.shuffle(plan)
        started = time.perf_counter()
        batch = 50
        for n in range(0, len(plan), batch):
            with self.desk.db.atomic():
                for k in range(n, min(n + batch, len(plan))):
                    cand, role, kit = plan[k]
                    when = start + timedelta(days=offsets[k], hours=self.rng.randint(8, 17))
                    when = when.replace(minute=self.rng.choice((0, 15, 30, 45)),
                                        second=0, microsecond=0)
                    self._session(cand, role, kit, when, is_last=k == len(plan) - 1)
            if progress and (n // batch) % 20 == 0:
                print(f"  {min(n + batch, len(plan))}/{len(plan)} sessions, "
                      f"{self.note_count} notes, {time.perf_counter() - started:.0f} s",
                      flush=True)

    def _role(self, i: int) -> tuple[Role, Kit]:
        r = self.rng
        level = LEVELS[i % len(LEVELS)]
        name = f"{level} {ROLE_NAMES[i % len(ROLE_NAMES)]}".strip()
        if i >= len(ROLE_NAMES):
            name += f" ({self.words.company().split()[0]} team)"
        picked = r.sample(COMPETENCIES, r.randint(5, 7))
        comps = [KitCompetency(key=f"c{j}_{r.getrandbits(20):05x}", name=c,
                               description=self.words.text(120),
                               weight=r.choice((1.0, 1.0, 1.5, 2.0, 0.5)),
                               anchors=tuple(self.words.text(60) for _ in range(4)))  # type: ignore[arg-type]
                 for j, c in enumerate(picked)]
        sections = []
        kinds = [(SectionKind.OPENING, 2), (SectionKind.EXPERIENCE, 4),
                 (SectionKind.BEHAVIOURAL, r.randint(7, 10)),
                 (SectionKind.SITUATIONAL, r.randint(5, 7)),
                 (SectionKind.MOTIVATION, r.randint(3, 5)), (SectionKind.PREVIEW, 4),
                 (SectionKind.CANDIDATE_QUESTIONS, 1), (SectionKind.CLOSE, 1)]
        for pos, (kind, count) in enumerate(kinds):
            questions = []
            for q in range(count):
                qtype, stem = r.choice(QUESTION_STEMS)
                if kind is SectionKind.BEHAVIOURAL:
                    qtype, stem = QUESTION_STEMS[r.randint(0, 1)]
                elif kind is SectionKind.PREVIEW:
                    qtype = "talking_point"
                questions.append(Question(
                    text=stem.format(v=r.choice(VERBS), f=r.choice(FILLERS), n=r.choice(COMMON),
                                     p=r.choice(PREPS), n2=r.choice(COMMON)),
                    qtype=QuestionType(qtype), ref=f"q{pos}-{q}",
                    competency_keys=[c.key for c in r.sample(comps, r.randint(1, 2))],
                    probes=[self.words.text(50) for _ in range(r.randint(1, 3))],
                    good=self.words.text(150), red_flags=self.words.text(100),
                    minutes=r.randint(2, 6), id=self.new_id(), position=q))
            sections.append(Section(title=kind.value.replace("_", " ").capitalize(), kind=kind,
                                    guidance=self.words.text(80), questions=questions,
                                    id=self.new_id(), position=pos))
        kit = self.desk.catalog.import_kit(Kit(
            name=f"{name} — panel interview", description=self.words.text(200),
            sections=sections, competencies=comps, id=self.new_id(),
            family_id=self.new_id()))
        role = self.desk.catalog.save_role(Role(
            name=name, description=self.words.text(300), id=self.new_id(),
            family_id=self.new_id(), competencies=[
                Competency(key=c.key, name=c.name, description=c.description, weight=c.weight,
                           anchors=c.anchors, id=self.new_id()) for c in comps]))
        return role, kit

    def _candidate(self, role: Role) -> Candidate:
        r = self.rng
        name = self.words.name()
        concerns = [Concern(text=self.words.text(r.randint(40, 160)), id=self.new_id(),
                            lead_only=r.random() < 0.2)
                    for _ in range(r.choice((0, 0, 1, 1, 2, 3)))]
        handle = f"{r.getrandbits(24):06x}"
        return self.desk.catalog.save_candidate(Candidate(
            name=name, role_id=role.id, email=f"candidate.{handle}@example.org",
            phone=f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            stage=r.choice(("second interview", "final round", "onsite")),
            first_round_summary=self.words.text(r.randint(200, 700)), concerns=concerns,
            id=self.new_id()))

    def _session(self, cand: Candidate, role: Role, kit: Kit, when: datetime,
                 is_last: bool) -> None:
        r = self.rng
        age = (datetime.combine(self.until, datetime.min.time(), tzinfo=UTC) - when).days
        if is_last:
            status = SessionStatus.LIVE
        elif age < 0:
            status = SessionStatus.PLANNED
        elif age < 10 or r.random() < 0.03:  # recent, or a decision that never got made
            status = SessionStatus.COMPLETED
        else:
            status = SessionStatus.DECIDED
        panel = [Panelist(name=name, panel_role=r.choice(PANEL_ROLES), is_lead=j == 0,
                          id=self.new_id())
                 for j, name in enumerate(r.sample(self.interviewers, PANEL_SIZE))]
        questions = kit.questions()
        session = self.desk.sessions.plan(
            Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                    scheduled_at=when.replace(tzinfo=None).isoformat(timespec="minutes"),
                    location=r.choice(("Room 2.14", "Zoom", "Teams", "Berlin office",
                                       "会议室 3", "Salle Lovelace")),
                    planned_minutes=r.choice((45, 60, 60, 90)), status=status,
                    id=self.new_id()),
            panel, {q.id: panel[i % PANEL_SIZE].id for i, q in enumerate(questions)})
        if status is SessionStatus.PLANNED:
            return
        minutes = session.planned_minutes
        ended = when + timedelta(minutes=minutes)
        self.desk.sessions.sessions.update_fields(
            session.id, started_at=_iso(when),
            ended_at=None if status is SessionStatus.LIVE else _iso(ended),
            elapsed_seconds=minutes * 60 if status is not SessionStatus.LIVE else 1500)
        asked = questions if status is not SessionStatus.LIVE else questions[:len(questions) // 2]
        self.notes.add_many(self._notes(session.id, panel, asked, when))
        for _ in range(r.randint(1, 6)):
            q = r.choice(asked)
            minute = r.randint(1, minutes)
            self.desk.live.add_flag(Flag(
                session_id=session.id, panelist_id=r.choice(panel).id,
                kind=r.choice(list(FlagKind)), question_id=q.id,
                text=self.words.text(r.randint(20, 120)), elapsed_seconds=minute * 60,
                flagged_at=_iso(when + timedelta(minutes=minute)), id=self.new_id()))
        for _ in range(r.randint(0, 3)):
            self.desk.live.save_candidate_question(CandidateQuestion(
                session_id=session.id, panelist_id=panel[0].id,
                text=self.words.text(r.randint(40, 140)), answer=self.words.text(100),
                id=self.new_id()))
        for concern in cand.concerns:
            if r.random() < 0.6:
                self.desk.live.set_concern_addressed(session.id, ConcernCheck(
                    concern_id=concern.id, panelist_id=panel[0].id, note_id=None,
                    addressed_at=_iso(when + timedelta(minutes=r.randint(5, minutes)))),
                    concern.id)
        if status is SessionStatus.LIVE:
            return
        self._scorecards(session.id, panel, role, cand, ended, decided=status
                         is SessionStatus.DECIDED)

    def _notes(self, session_id: str, panel: list[Panelist], asked: list[Question],
               when: datetime) -> Iterator[Note]:
        r = self.rng
        for p in panel:
            for i, q in enumerate(asked):
                if r.random() < 0.03:  # nothing written on this one
                    continue
                size = max(80, int(r.gauss(NOTE_CHARS, 300)))
                stamp = _iso(when + timedelta(minutes=i * 2, seconds=r.randint(0, 119)))
                note = Note(session_id=session_id, panelist_id=p.id, question_id=q.id,
                            competency_keys=list(q.competency_keys), state=NoteState.ASKED,
                            id=self.new_id(), updated_at=stamp)
                if q.qtype is QuestionType.BEHAVIOURAL:
                    part = size // 5
                    note.text = self.words.text(part // 2)
                    note.situation, note.task, note.action, note.result = (
                        self.words.text(part), self.words.text(part // 2),
                        self.words.text(part * 2), self.words.text(part))
                else:
                    note.text = self.words.text(size)
                self.note_count += 1
                yield note

    def _scorecards(self, session_id: str, panel: list[Panelist], role: Role, cand: Candidate,
                    ended: datetime, decided: bool) -> None:
        r = self.rng
        quality = r.gauss(2.6, 0.6)  # how good this candidate is, as the panel sees it
        recs = list(Recommendation)
        scores = []
        for p in panel:
            if not decided and r.random() < 0.25:
                continue  # still writing it up
            ratings = {}
            for c in role.competencies:
                value = min(4, max(1, round(r.gauss(quality, 0.7))))
                none = r.random() < 0.04
                ratings[c.id] = Rating(competency_id=c.id, rating=None if none else value,
                                       no_evidence=none, evidence=self.words.text(
                                           r.randint(60, 300)))
            mean = sum(x.rating or quality for x in ratings.values()) / len(ratings)
            scores.append(mean)
            self.cards.save(Scorecard(
                session_id=session_id, panelist_id=p.id, ratings=ratings,
                recommendation=recs[min(3, max(0, round(mean + r.gauss(0, 0.4)) - 1))],
                takeaways=self.words.text(r.randint(100, 400)),
                submitted_at=_iso(ended + timedelta(hours=r.uniform(0.5, 30))),
                id=self.new_id()))
        if not decided:
            return
        avg = sum(scores) / len(scores)
        outcome = (Outcome.HIRE if avg >= 3.1 else Outcome.NO_HIRE if avg < 2.5
                   else r.choice((Outcome.ANOTHER_ROUND, Outcome.ADDITIONAL_ASSESSMENT,
                                  Outcome.NO_HIRE)))
        decided_at = ended + timedelta(days=r.uniform(1, 6))
        told = r.random() < 0.9
        self.decisions.save(Decision(
            session_id=session_id, outcome=outcome, rationale=self.words.text(400),
            decided_by=panel[0].name, decided_at=_iso(decided_at),
            follow_up_due=(decided_at + timedelta(days=r.randint(3, 14))).date().isoformat(),
            candidate_informed_at=_iso(decided_at + timedelta(days=r.uniform(0, 5)))
            if told else None, id=self.new_id()))


# --- the content digest ------------------------------------------------------------------

#: Stamps the services take from the clock, and ids they mint themselves: not content.
_NOT_CONTENT = {"created_at", "updated_at"}
_MINTED = {("concern_checks", "id"),
           ("session_revisions", "rev")}  # random by design (migration 0012): no content


def digest(path: str | Path) -> str:
    """SHA-256 of every table's rows (sorted), leaving out the load-time stamps."""
    conn = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'notes_fts%' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")
                    if r[1] not in _NOT_CONTENT and (table, r[1]) not in _MINTED]
            h.update(f"{table}({','.join(cols)})".encode())
            rows = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in cols)} FROM [{table}]")
            for row in sorted(repr(r) for r in rows):
                h.update(row.encode())
        return h.hexdigest()
    finally:
        conn.close()


def generate(path: Path, years: float, seed: int, until: date = DEFAULT_UNTIL,
             progress: bool = True) -> Generator:
    """Build the database at ``path`` (which must not exist yet)."""
    desk = Desk(open_connection(path), path)
    try:
        gen = Generator(desk, years, seed, until)
        gen.run(progress)
        desk.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        desk.db.execute("ANALYZE")
    finally:
        desk.close()
    return gen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=0.5,
                        help="how much history (5 = the five-year figures; default 0.5)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--db", type=Path, required=True, help="the file to create")
    parser.add_argument("--until", type=date.fromisoformat, default=DEFAULT_UNTIL,
                        help=f"last day of the history (default {DEFAULT_UNTIL})")
    parser.add_argument("--digest", action="store_true", help="print the content digest")
    args = parser.parse_args(argv)
    if args.years <= 0:
        parser.error("--years must be more than 0")
    if args.db.exists():
        parser.error(f"{args.db} already exists; the generator never overwrites a file")
    scale = Scale.of(args.years)
    print(f"generating {args.years} years into {args.db}: {scale.roles} roles, "
          f"{scale.candidates} candidates, {scale.sessions} sessions × {PANEL_SIZE} panelists",
          flush=True)
    started = time.perf_counter()
    gen = generate(args.db, args.years, args.seed, args.until)
    size = args.db.stat().st_size
    print(f"done in {time.perf_counter() - started:.0f} s: {gen.note_count} notes, "
          f"{size / 1e6:.0f} MB")
    if args.digest:
        print(f"digest {digest(args.db)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
