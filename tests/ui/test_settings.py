"""Settings keep their values in forms that read back without extra imports."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from interview_desk.ui import settings


def test_the_window_geometry_is_kept_as_a_byte_array_not_a_pickled_object() -> None:
    # PySide pickles a Python bytes object: reading the geometry back at every start then
    # loaded pickle (issue 13).
    settings.put(settings.MAIN_GEOMETRY, b"\x01\xd9\xd0\xcb geometry")

    assert isinstance(settings.settings().value(settings.MAIN_GEOMETRY.name), QByteArray)
    assert settings.get(settings.MAIN_GEOMETRY) == b"\x01\xd9\xd0\xcb geometry"
