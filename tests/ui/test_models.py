"""The item roles the models name as plain ints are Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from interview_desk.ui import models


def test_the_roles_named_as_ints_are_qts() -> None:
    named = (models.DISPLAY_ROLE, models.TOOL_TIP_ROLE, models.USER_ROLE, models.ID_ROLE,
             models.SORT_ROLE)
    role = Qt.ItemDataRole

    assert named == (role.DisplayRole, role.ToolTipRole, role.UserRole, role.UserRole + 1,
                     role.UserRole + 2)
