"""The app's own icon reaches Qt at every rendered size."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from interview_desk.ui.app_icon import ICON_SIZES, app_icon


def test_the_window_icon_holds_every_size_from_16_to_512(qtbot: QtBot) -> None:
    icon = app_icon()

    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert all(s.width() == s.height() for s in icon.availableSizes())
    assert not icon.pixmap(16, 16).toImage().isNull()
