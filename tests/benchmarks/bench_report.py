"""Benchmark: the consolidated report against a bare Platypus document of the same paragraphs.

Six panelists, thirty questions, a 1,500-character note from every panelist on every question
(180 notes). Times, in the same run and best of N:
  * bare   — reportlab rendering SimpleDocTemplate + one Paragraph per note (escaped, same font);
  * render — ``render_session_report`` from the assembled report data;
  * export — ``ReportService.export_session``: read the database, assemble, render, rename.
Goal: export ≤ 1.5 × bare. Run: ``python tests/benchmarks/bench_report.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from interview_desk.domain.model import (
    Candidate,
    Note,
    NoteState,
    Panelist,
    Question,
    QuestionType,
    Rating,
    Recommendation,
    Scorecard,
    Section,
    SectionKind,
    Session,
    SessionStatus,
)
from interview_desk.exchange.kit_file import shipped_kit
from interview_desk.reports import render_session_report
from interview_desk.reports.fonts import SANS, register_fonts
from interview_desk.services.desk import Desk
from interview_desk.storage.repositories import NoteRepository, ScorecardRepository

PANELISTS = 6
QUESTIONS = 30
NOTE_CHARS = 1500
_PHRASE = ("candidate described the migration plan with clear trade-offs, owned the rollout, "
         "measured latency before and after, explained the incident calmly & honestly; "
         "asked good questions about the team, on-call rota and growth paths")
WORDS = _PHRASE.split()


def _note(rng: random.Random) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < NOTE_CHARS:
        words.append(rng.choice(WORDS))
    text = " ".join(words)[:NOTE_CHARS]
    cut = len(text) // 2
    return text[:cut] + "\n" + text[cut + 1:]  # one line break per note, as people type


def build(path: Path) -> tuple[Desk, str, list[str]]:
    desk = Desk.open(path)
    rng = random.Random(6)
    kit = shipped_kit()
    kinds = [QuestionType.BEHAVIOURAL, QuestionType.TECHNICAL, QuestionType.SITUATIONAL]
    kit.sections = [Section(title=f"Block {b + 1}", kind=SectionKind.OTHER, questions=[
        Question(text=f"Question {b * 10 + i + 1}: tell us about a time you had to decide "
                      "with incomplete information.", qtype=kinds[b],
                 competency_keys=[kit.competencies[i % len(kit.competencies)].key])
        for i in range(QUESTIONS // 3)]) for b in range(3)]
    kit = desk.catalog.import_kit(kit)
    role = desk.catalog.role_from_kit(kit, "Senior Backend Engineer")
    cand = desk.catalog.save_candidate(Candidate(name="Amara Okonkwo", role_id=role.id))
    session = Session(candidate_id=cand.id, role_id=role.id, kit_id=kit.id,
                      scheduled_at="2026-05-04T10:00:00+00:00", status=SessionStatus.DECIDED)
    panel = [Panelist(name=f"Panelist {i + 1}", is_lead=i == 0) for i in range(PANELISTS)]
    desk.sessions.plan(session, panel)
    notes = NoteRepository(desk.db)
    cards = ScorecardRepository(desk.db)
    texts: list[str] = []
    with desk.db.atomic():
        for q in kit.questions():
            for p in panel:
                text = _note(rng)
                texts.append(text)
                notes.save(Note(session_id=session.id, panelist_id=p.id, question_id=q.id,
                                text=text, state=NoteState.ASKED))
        for p in panel:
            cards.save(Scorecard(
                session_id=session.id, panelist_id=p.id,
                ratings={c.id: Rating(c.id, rng.randint(1, 4), evidence=_note(rng)[:300])
                         for c in role.competencies},
                recommendation=rng.choice(list(Recommendation)), takeaways=_note(rng)[:400],
                submitted_at="2026-05-04T12:00:00+00:00"))
    return desk, session.id, texts


def bare(texts: list[str], out: Path) -> None:
    register_fonts()
    style = ParagraphStyle("bare", fontName=SANS, fontSize=9.5, leading=13)
    doc = SimpleDocTemplate(str(out))
    doc.build([Paragraph(escape(t).replace("\n", "<br/>"), style) for t in texts])


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk, session_id, texts = build(folder / "bench.sqlite3")
        view = desk.debrief.view(session_id)
        bare(texts, folder / "warm.pdf")  # font loading is not part of either figure
        t_bare = best(lambda: bare(texts, folder / "bare.pdf"), args.repeat)
        t_render = best(lambda: render_session_report(view, folder / "render.pdf",
                                                      generated_at="2026-05-06T08:30:00+00:00"),
                        args.repeat)
        t_export = best(lambda: desk.reports.export_session(session_id, folder / "export.pdf"),
                        args.repeat)
        from pypdf import PdfReader

        pages = len(PdfReader(folder / "export.pdf").pages)
        bare_pages = len(PdfReader(folder / "bare.pdf").pages)
        desk.close()
    print(f"{PANELISTS} panelists × {QUESTIONS} questions, {NOTE_CHARS}-char notes "
          f"({len(texts)} notes, {sum(map(len, texts)):,} chars); best of {args.repeat}")
    print(f"bare Platypus ({bare_pages} pages): {t_bare:.3f} s")
    print(f"report render ({pages} pages):      {t_render:.3f} s  ratio {t_render / t_bare:.2f}×")
    print(f"report export (db + render):   {t_export:.3f} s  ratio {t_export / t_bare:.2f}×"
          "  (goal ≤ 1.5×)")


if __name__ == "__main__":
    main()
