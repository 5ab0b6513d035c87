"""The Qt skin: the only package that imports PySide6."""

from interview_desk.ui.source_lines import spare_loaded_modules

# First thing of the Qt side, before its modules import the standard library's again.
spare_loaded_modules()
