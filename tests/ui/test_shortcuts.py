"""Shortcuts are declared once; a clash makes Qt fire neither action ("ambiguous shortcut")."""

from PySide6.QtGui import QKeySequence

from interview_desk.ui.actions import SCORECARD_KEYS, SPECS


def _key(spec_shortcut: object) -> str:
    seq = (QKeySequence(spec_shortcut) if isinstance(spec_shortcut, str)
           else QKeySequence(QKeySequence.StandardKey(spec_shortcut)))
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def test_no_two_actions_share_a_shortcut(qapp) -> None:
    # Main-window actions are live on every page, so they may clash with no other action;
    # the live view's and the editors' groups are never on screen together.
    by_group: dict[str, dict[str, str]] = {}
    for ident, spec in SPECS.items():
        if not spec.shortcut:
            continue
        key = _key(spec.shortcut)
        seen = by_group.setdefault(spec.group, {})
        assert key not in seen, f"{ident.name} and {seen[key]} both use {key}"
        seen[key] = ident.name
    main = by_group.pop("main")
    for group, keys in by_group.items():
        shared = set(main) & set(keys)
        assert not shared, f"{group} actions reuse main-window shortcuts {shared}"


def test_scorecard_keys_do_not_shadow_main_window_shortcuts(qapp) -> None:
    main = {_key(s.shortcut) for s in SPECS.values() if s.shortcut and s.group == "main"}
    for ident, (_text, keys) in SCORECARD_KEYS.items():
        for k in keys:
            assert _key(k) not in main, f"scorecard {ident.name} uses main shortcut {k}"


def test_menu_mnemonics_leave_the_live_views_alt_keys_alone(qtbot, desk) -> None:
    """Alt+letter on a menu title would steal e.g. Alt+R (STAR Result) while typing."""
    from interview_desk.ui.main_window import MainWindow

    window = MainWindow(desk)
    qtbot.addWidget(window)
    live_alt = {_key(s.shortcut) for s in SPECS.values()
                if s.group == "live" and isinstance(s.shortcut, str)
                and s.shortcut.startswith("Alt+")}
    for menu_action in window.menuBar().actions():
        title = menu_action.text()
        if "&" in title:
            letter = title[title.index("&") + 1].upper()
            assert f"Alt+{letter}" not in live_alt, f"menu {title!r} steals Alt+{letter}"


def test_there_is_one_rating_key_per_point_of_the_scale() -> None:
    from interview_desk.domain.scale import SCALE
    from interview_desk.ui.actions import ScorecardKey

    rate_keys = [k for k in SCORECARD_KEYS if isinstance(k.value, int)]
    assert [k.value for k in rate_keys] == list(SCALE.points)
    assert all(k is ScorecardKey(k.value) for k in rate_keys)


def test_there_is_one_look_for_key_per_look_for_a_question_may_list() -> None:
    from interview_desk.domain.model import MAX_LOOK_FORS
    from interview_desk.ui.actions import LOOK_FOR_KEYS

    assert len(LOOK_FOR_KEYS) == MAX_LOOK_FORS
    assert [SPECS[k].shortcut for k in LOOK_FOR_KEYS] == [
        f"Alt+{n}" for n in range(1, MAX_LOOK_FORS + 1)]
