"""A plain question list kept in a spreadsheet, read as a kit (CSV, UTF-8, header row).

Columns (only ``text`` is required; order is free; names are case-insensitive):
``section``, ``text``, ``type``, ``minutes``, ``competencies`` (keys separated by ``;``),
``probes`` (follow-ups separated by ``|``), ``good``, ``red_flags``, ``ref``,
``look_fors`` (observable signals separated by ``|``, at most eight), ``required``
(``yes``/``no``, ``1``/``0``, or empty for no).

A bad file is refused whole: the first problem is reported with its row (the header is row 1,
as a spreadsheet numbers it) and column, and no kit is returned.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from interview_desk.domain.model import (
    Kit,
    KitCompetency,
    Question,
    QuestionType,
    Section,
    clean_look_fors,
)
from interview_desk.exchange.kit_file import KitFileError, read_text_file

COLUMNS = ("section", "text", "type", "minutes", "competencies", "probes", "good",
           "red_flags", "ref", "look_fors", "required")
_YES = ("yes", "y", "true", "1", "x", "required")
_NO = ("", "no", "n", "false", "0")
DEFAULT_SECTION = "Questions"
MAX_MINUTES = 240
_KEY = re.compile(r"^[a-z0-9][a-z0-9_]*$")


def _question_type(value: str) -> QuestionType | None:
    """Accept the stored value (``behavioural``) or the label (``Behavioural (STAR)``)."""
    wanted = value.strip().lower()
    if not wanted:
        return QuestionType.GENERAL
    for qt in QuestionType:
        if wanted in (qt.value, qt.label.lower(), qt.label.split(" (")[0].lower()):
            return qt
    return None


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    # Spreadsheets in many locales save with semicolons; let the header decide.
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def parse_question_csv(text: str, source: str = "CSV file", name: str = "") -> Kit:
    """Parse CSV text into a new kit named ``name`` (or after ``source``)."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise KitFileError(source, "", "the file is empty; expected a header row with a "
                                       "'text' column")
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text))
    try:
        header = [h.strip().lower().replace(" ", "_") for h in next(reader)]
    except csv.Error as exc:
        raise KitFileError(source, "row 1", f"not readable as CSV ({exc})") from None
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise KitFileError(source, "row 1", f"unknown column {unknown[0]!r}; the columns are "
                                            + ", ".join(COLUMNS))
    if "text" not in header:
        raise KitFileError(source, "row 1", "no 'text' column")
    dupes = [h for h in header if header.count(h) > 1]
    if dupes:
        raise KitFileError(source, "row 1", f"the column {dupes[0]!r} appears twice")

    sections: list[Section] = []
    keys: list[str] = []
    refs: set[str] = set()
    row_no = 1
    try:
        for cells in reader:
            row_no += 1
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise KitFileError(source, f"row {row_no}",
                                   f"{len(cells)} cells but the header has {len(header)}")
            row = dict(zip(header, [c.strip() for c in cells], strict=False))
            sections_title = row.get("section", "")
            q = _question(row, source, row_no, refs)
            if sections_title and (not sections or sections[-1].title != sections_title):
                sections.append(Section(title=sections_title))
            elif not sections:
                sections.append(Section(title=DEFAULT_SECTION))
            sections[-1].questions.append(q)
            keys += [k for k in q.competency_keys if k not in keys]
    except csv.Error as exc:
        raise KitFileError(source, f"row {row_no}", f"not readable as CSV ({exc})") from None
    if not sections:
        raise KitFileError(source, "", "no questions: every row below the header is empty")
    comps = [KitCompetency(key=k, name=k.replace("_", " ").capitalize()) for k in keys]
    return Kit(name=name or Path(source).stem or "Imported questions", sections=sections,
               competencies=comps)


def _question(row: dict[str, str], source: str, row_no: int, refs: set[str]) -> Question:
    def fail(column: str, problem: str) -> KitFileError:
        return KitFileError(source, f"row {row_no}, column '{column}'", problem)

    text = row.get("text", "")
    if not text:
        raise fail("text", "the question text is empty")
    qtype = _question_type(row.get("type", ""))
    if qtype is None:
        raise fail("type", f"unknown question type {row['type']!r}; use one of "
                           + ", ".join(qt.value for qt in QuestionType))
    minutes_text = row.get("minutes", "") or "0"
    if not minutes_text.isdigit() or int(minutes_text) > MAX_MINUTES:
        raise fail("minutes", f"{minutes_text!r} is not a whole number of minutes "
                              f"between 0 and {MAX_MINUTES}")
    comps = [k.strip() for k in row.get("competencies", "").split(";") if k.strip()]
    bad = [k for k in comps if not _KEY.match(k)]
    if bad:
        raise fail("competencies", f"{bad[0]!r} is not a competency key (lower-case letters, "
                                   "digits and _; separate keys with ;)")
    ref = row.get("ref", "")
    if ref:
        if ref in refs:
            raise fail("ref", f"the ref {ref!r} is used twice")
        refs.add(ref)
    try:
        look_fors = clean_look_fors(row.get("look_fors", "").split("|"))
    except ValueError as exc:
        raise fail("look_fors", str(exc)) from None
    required = row.get("required", "").strip().lower()
    if required not in _YES + _NO:
        raise fail("required", f"{row['required']!r} is neither yes nor no")
    return Question(
        text=text, qtype=qtype, competency_keys=comps,
        probes=[p.strip() for p in row.get("probes", "").split("|") if p.strip()],
        good=row.get("good", ""), red_flags=row.get("red_flags", ""),
        minutes=int(minutes_text), ref=ref, look_fors=look_fors, required=required in _YES)


def load_question_csv(path: str | Path) -> Kit:
    path = Path(path)
    text = read_text_file(path, "a question list", " (save the sheet as “CSV UTF-8”)")
    return parse_question_csv(text, str(path), name=path.stem.replace("_", " "))
