"""A plain start of the window parses its switches without building every subcommand."""

from __future__ import annotations

import argparse

import pytest

from interview_desk import cli

GUI_LINES = [[], ["--demo"], ["--db", "a.sqlite3"], ["--db=a.sqlite3", "--demo"],
             ["--session", "s1", "--panelist", "p1", "--db", "a.sqlite3"],
             ["--db", "a.sqlite3", "--db", "b.sqlite3"], ["--session=s1"]]


def _whole(tokens: list[str]) -> argparse.Namespace:
    args = cli.build_parser().parse_args(tokens)
    args.open_files = []
    return args


@pytest.mark.parametrize("tokens", [*GUI_LINES, ["--dem"], ["--sess", "s1"]])
def test_gui_switches_parse_as_the_whole_parser_does(tokens: list[str]) -> None:
    assert cli.parse(tokens) == _whole(tokens)


@pytest.mark.parametrize("tokens", GUI_LINES)
def test_gui_switches_do_not_build_the_subcommands(
        tokens: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> argparse.ArgumentParser:
        raise AssertionError("the whole parser was built for a plain start")

    monkeypatch.setattr(cli, "build_parser", refuse)

    assert cli.parse(tokens).command is None


@pytest.mark.parametrize("tokens", [["--db"], ["--db", "--demo"], ["--bogus"],
                                    ["--demo=1"], ["--session", "-x"]])
def test_a_malformed_gui_line_gets_the_whole_parsers_answer(
        tokens: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as whole:
        _whole(tokens)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as parsed:
        cli.parse(tokens)

    assert (parsed.value.code, capsys.readouterr()) == (whole.value.code, expected)


@pytest.mark.parametrize("tokens", [["--help"], ["--db", "a.sqlite3", "-h"], ["--version"]])
def test_help_and_version_still_name_every_command(
        tokens: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as whole:
        _whole(tokens)
    expected = capsys.readouterr()
    with pytest.raises(SystemExit) as parsed:
        cli.parse(tokens)

    assert (parsed.value.code, capsys.readouterr()) == (whole.value.code, expected)
