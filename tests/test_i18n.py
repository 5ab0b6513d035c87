"""#15 item 6, the plain-Python side and the shipped files: the catalogs read the .ts sources
without Qt (German plural forms, placeholders), the committed .qm is what the .ts compile to,
and every source file belongs to exactly one translation area."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_desk import i18n_tools
from interview_desk.i18n import LANGUAGES, Catalog, arg

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>w</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">Entwurf?</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a door</comment>
        <translation>Öffnen</translation>
    </message>
</context>
</TS>
"""


def test_catalog_reads_finished_messages_with_german_plurals() -> None:
    catalog = Catalog("de")
    catalog.add_ts(TS)
    assert catalog.tr("Summary") == "Zusammenfassung"
    assert catalog.tr("Draft") == "Draft"  # unfinished: the translator has not signed it off
    assert [catalog.tr("%n session(s)", "", n) for n in (0, 1, 2, 21)] == [
        "0 Sitzungen", "1 Sitzung", "2 Sitzungen", "21 Sitzungen"]
    assert catalog.translate("Label", "Open") == "Offen"
    assert catalog.translate("Label", "Open", "a door") == "Öffnen"
    assert catalog.tr("Not in the catalog") == "Not in the catalog"


def test_english_is_the_source_and_an_unknown_language_falls_back_to_it() -> None:
    assert Catalog.load("xx").tr("Summary") == "Summary"
    assert Catalog.load("en").tr("%n thing(s) nobody translated", "", 3) == (
        "3 thing(s) nobody translated")
    assert Catalog.load("de_AT").language == "de"


def test_the_shipped_german_catalog_has_the_report_cover() -> None:
    assert Catalog.load("de").tr("Second interview — consolidated panel report") == (
        "Zweitgespräch — konsolidierter Bericht des Panels")


def test_arg_fills_placeholders_in_any_order_once() -> None:
    assert arg("%2 von %1", "A", "B") == "B von A"
    assert arg("%1 — %2", "50%2", "x") == "50%2 — x"  # a value is never filled again


@pytest.mark.skipif(not Path(i18n_tools.PACKAGE).is_dir(), reason="needs the source checkout")
def test_the_committed_qm_files_are_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    """Edit a .ts and forget `python -m interview_desk.i18n_tools compile`: this fails."""
    for fresh in i18n_tools.compile_all(tmp_path):
        shipped = i18n_tools.I18N / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is stale: run `python -m interview_desk.i18n_tools compile`")
    assert {p.name for p in i18n_tools.I18N.glob("*.qm")} == {
        f"interview_desk_{code}.qm" for code in LANGUAGES}


def test_every_source_file_is_in_one_area_and_each_area_has_its_ts() -> None:
    areas = i18n_tools.area_files()
    assert set(areas) == {"core", "live", "report"}
    files = [f for group in areas.values() for f in group]
    assert len(files) == len(set(files)) == len(list(i18n_tools.PACKAGE.rglob("*.py")))
    assert i18n_tools.PACKAGE / "ui" / "welcome.py" in areas["live"]
    assert i18n_tools.PACKAGE / "ui" / "debrief_view.py" in areas["report"]
    assert i18n_tools.PACKAGE / "ui" / "main_window.py" in areas["core"]
    for language in LANGUAGES:
        for area in areas:
            assert i18n_tools.ts_path(language, area).is_file()
