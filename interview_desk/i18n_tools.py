"""Extract and compile the translations (a developer's tool; docs/translations.md).

    python -m interview_desk.i18n_tools update    # pyside6-lupdate, one .ts per area and language
    python -m interview_desk.i18n_tools compile   # pyside6-lrelease, every area into one .qm
    python -m interview_desk.i18n_tools status    # what is still unfinished, per area
    python -m interview_desk.i18n_tools todo AREA > t.json       # its unfinished, as JSON
    python -m interview_desk.i18n_tools fill AREA t.json         # the translations written in

Each area has its own ``.ts`` file (``resources/i18n/<language>/<area>.ts``) so that people
translating different parts of the app never edit the same file; ``compile`` merges them into
the one ``resources/i18n/interview_desk_<language>.qm`` the app loads. English is the source
language: its ``.ts`` files hold only the plural forms ("%n session(s)" → "1 session").
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from interview_desk.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "interview_desk"
I18N = ROOT / "resources" / "i18n"

#: Which files each area's translators own, as globs under interview_desk/. ``core`` is every
#: Python file no other area claims.
AREAS: dict[str, tuple[str, ...]] = {
    "live": ("ui/live/**/*.py", "ui/prepare/**/*.py", "ui/scorecard_pane.py", "ui/welcome.py"),
    "report": ("reports/**/*.py", "domain/**/*.py", "services/**/*.py", "exchange/**/*.py",
               "storage/**/*.py", "ui/debrief_*.py", "ui/calibration_page.py",
               "ui/tell_candidate.py"),
}
CORE = "core"


def area_files() -> dict[str, list[Path]]:
    """Every Python file of the package, by area (each file in exactly one)."""
    claimed: dict[Path, str] = {}
    for area, patterns in AREAS.items():
        for pattern in patterns:
            for path in PACKAGE.glob(pattern):
                claimed.setdefault(path, area)
    out: dict[str, list[Path]] = {CORE: [], **{area: [] for area in AREAS}}
    for path in sorted(PACKAGE.rglob("*.py")):
        out[claimed.get(path, CORE)].append(path)
    return out


def ts_path(language: str, area: str) -> Path:
    return I18N / language / f"{area}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"interview_desk_{language}.qm"


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate…), from the running interpreter's environment first."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def update() -> None:
    """Refresh every area's .ts from the source: new strings added (unfinished), strings no
    longer in the code dropped, existing translations kept."""
    for area, files in area_files().items():
        for language in LANGUAGES:
            target = ts_path(language, area)
            target.parent.mkdir(parents=True, exist_ok=True)
            # No line numbers: they would change the .ts with every edit to the code, and
            # the files would conflict on every merge.
            extra = ["-pluralonly"] if language == SOURCE_LANGUAGE else []
            subprocess.run(
                [tool("pyside6-lupdate"), *map(str, files), "-ts", str(target),
                 "-locations", "none", "-no-obsolete", "-source-language", SOURCE_LANGUAGE,
                 "-target-language", language, "-silent", *extra],
                check=True)


def compile_all(folder: Path = I18N) -> list[Path]:
    """Compile each language's areas into one .qm in ``folder``; returns the files written."""
    written = []
    for language in LANGUAGES:
        sources = sorted((I18N / language).glob("*.ts"))
        target = qm_path(language, folder)
        # Its warnings name the same English text found in two areas (kept once): not news.
        done = subprocess.run([tool("pyside6-lrelease"), *map(str, sources), "-qm",
                               str(target), "-silent"], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"pyside6-lrelease failed for {language}:\n{done.stderr}")
        written.append(target)
    return written


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` that have no finished translation yet."""
    return [msg.findtext("source") or "" for msg in ET.parse(ts).iter("message")
            if (msg.find("translation") is None
                or msg.find("translation").get("type") == "unfinished")]  # type: ignore[union-attr]


def status() -> list[str]:
    """One line per language and area: how many of its messages are still unfinished."""
    lines = []
    for language in LANGUAGES:
        for area in (CORE, *AREAS):
            ts = ts_path(language, area)
            total = sum(1 for _ in ET.parse(ts).iter("message"))
            lines.append(f"{language}/{area}.ts: {len(unfinished(ts))} of {total} unfinished")
    return lines


def fill(language: str, area: str, translations: dict[str, str | list[str]]) -> int:
    """Write ``translations`` (English source → its translation; a list of the numerus forms
    for a plural) into that area's .ts, as finished; returns how many messages were filled.
    Run ``update`` afterwards: lupdate puts the file back in its own layout."""
    ts = ts_path(language, area)
    tree = ET.parse(ts)
    count = 0
    for msg in tree.iter("message"):
        value = translations.get(msg.findtext("source") or "")
        translation = msg.find("translation")
        if value is None or translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            translation.text = None
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
        count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m interview_desk.i18n_tools",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=("update", "compile", "status", "todo", "fill"))
    parser.add_argument("area", nargs="?", choices=(CORE, *AREAS),
                        help="todo, fill: the area (its German .ts)")
    parser.add_argument("file", nargs="?", type=Path,
                        help="fill: a JSON object, English source → German")
    parser.add_argument("--language", default="de", help="todo, fill (default: de)")
    args = parser.parse_args(argv)
    if args.command in ("todo", "fill") and not args.area:
        parser.error(f"{args.command} needs an AREA")
    if args.command == "update":
        update()
    elif args.command == "status":
        print("\n".join(status()))
    elif args.command == "todo":  # a template for fill
        todo = {text: "" for text in unfinished(ts_path(args.language, args.area))}
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif args.command == "fill":
        if args.file is None:
            parser.error("fill needs a FILE")
        given = json.loads(args.file.read_text(encoding="utf-8"))
        done = fill(args.language, args.area, {k: v for k, v in given.items() if v})
        print(f"{done} messages filled; now run update, then compile")
    else:
        for path in compile_all():
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
