"""The Qt skin: the only package that imports PySide6."""
