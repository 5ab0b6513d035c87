"""The human-editable kit file (JSON), validated against ``resources/schemas/kit.schema.json``.

A bad file is refused whole with an error that names the file, the place and the problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from interview_desk.domain.model import (
    Kit,
    KitCompetency,
    Question,
    QuestionType,
    Section,
    SectionKind,
    clean_look_fors,
)

# defined apart (exchange/errors.py) for what only classifies it; still importable from here
from interview_desk.exchange.errors import KitFileError as KitFileError
from interview_desk.paths import resource

FORMAT = "interview-desk-kit"
FORMAT_VERSION = 1
MAX_KIT_BYTES = 2 * 1024 * 1024


def _schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource("schemas", "kit.schema.json").read_text(encoding="utf-8"))
    return data


def _place(path: Any) -> str:
    parts = []
    for p in path:
        parts.append(f"[{p + 1}]" if isinstance(p, int) else f".{p}")
    return "".join(parts).lstrip(".")


def parse_kit(text: str, source: str = "kit file") -> Kit:
    """Parse and validate kit JSON text; raise ``KitFileError`` naming place and problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KitFileError(source, f"line {exc.lineno}, column {exc.colno}",
                           f"not valid JSON ({exc.msg})") from None
    if isinstance(data, dict) and isinstance(data.get("format_version"), int) \
            and data.get("format") == FORMAT and data["format_version"] > FORMAT_VERSION:
        raise KitFileError(source, "format_version",
                           f"written for kit format {data['format_version']}; this version "
                           f"of Interview Desk reads format {FORMAT_VERSION}")
    import jsonschema  # here, not at the top: it costs ~0.07 s of every start-up

    errors = sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(data),
                    key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        raise KitFileError(source, _place(err.absolute_path) or "top level", err.message)
    return _build(data, source)


def _build(data: dict[str, Any], source: str) -> Kit:
    comps = [KitCompetency(key=c["key"], name=c["name"], description=c.get("description", ""),
                           weight=float(c.get("weight", 1.0)), anchors=tuple(c["anchors"]))
             for c in data.get("competencies", [])]
    keys = [c.key for c in comps]
    if len(set(keys)) != len(keys):
        dup = next(k for k in keys if keys.count(k) > 1)
        raise KitFileError(source, "competencies", f"the key {dup!r} is used twice")
    refs: set[str] = set()
    sections = []
    for si, s in enumerate(data["sections"]):
        questions = []
        for qi, q in enumerate(s["questions"]):
            place = f"sections[{si + 1}].questions[{qi + 1}]"
            ref = q.get("ref", "")
            if ref:
                if ref in refs:
                    raise KitFileError(source, place + ".ref", f"the ref {ref!r} is used twice")
                refs.add(ref)
            unknown = [k for k in q.get("competencies", []) if k not in keys]
            if unknown and comps:
                raise KitFileError(source, place + ".competencies",
                                   f"unknown competency {unknown[0]!r}")
            try:
                look_fors = clean_look_fors(list(q.get("look_fors", [])))
            except ValueError as exc:
                raise KitFileError(source, place + ".look_fors", str(exc)) from None
            questions.append(Question(
                text=q["text"], qtype=QuestionType(q.get("type", "general")),
                competency_keys=list(q.get("competencies", [])),
                probes=list(q.get("probes", [])), good=q.get("good", ""),
                red_flags=q.get("red_flags", ""), minutes=int(q.get("minutes", 0)), ref=ref,
                look_fors=look_fors, required=bool(q.get("required", False))))
        sections.append(Section(title=s["title"], kind=SectionKind(s.get("kind", "other")),
                                guidance=s.get("guidance", ""), questions=questions))
    return Kit(name=data["name"], description=data.get("description", ""), sections=sections,
               competencies=comps)


def read_text_file(path: Path, what: str, utf8_hint: str = "") -> str:
    """A kit-sized UTF-8 file's text, or a ``KitFileError`` naming the file and the problem."""
    try:
        if path.stat().st_size > MAX_KIT_BYTES:
            raise KitFileError(str(path), "", f"file is larger than 2 MB; not {what}")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KitFileError(str(path), "", "not UTF-8 text" + utf8_hint) from None
    except OSError as exc:
        raise KitFileError(str(path), "", exc.strerror or str(exc)) from None


def load_kit(path: str | Path) -> Kit:
    path = Path(path)
    return parse_kit(read_text_file(path, "a kit file"), str(path))


def kit_to_dict(kit: Kit) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "name": kit.name,
        "description": kit.description,
        "competencies": [
            {"key": c.key, "name": c.name, "description": c.description, "weight": c.weight,
             "anchors": list(c.anchors)} for c in kit.competencies],
        "sections": [
            {"title": s.title, "kind": s.kind.value, "guidance": s.guidance,
             "questions": [
                 {"ref": q.ref, "text": q.text, "type": q.qtype.value,
                  "competencies": q.competency_keys, "probes": q.probes, "good": q.good,
                  "red_flags": q.red_flags, "minutes": q.minutes,
                  "look_fors": q.look_fors, "required": q.required} for q in s.questions]}
            for s in kit.sections],
    }


def dump_kit(kit: Kit) -> str:
    return json.dumps(kit_to_dict(kit), ensure_ascii=False, indent=2) + "\n"


SHIPPED_KIT = ("kits", "second_interview_panel.json")


def shipped_kit() -> Kit:
    return parse_kit(resource(*SHIPPED_KIT).read_text(encoding="utf-8"),
                     "second_interview_panel.json")
