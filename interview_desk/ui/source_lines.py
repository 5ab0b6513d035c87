"""Letting go of the module sources PySide6 reads at every import.

PySide6 installs an import hook (its ``__feature__`` support, PYSIDE-2029) that asks
``inspect.getsource`` of every module imported after it, to see whether the module mentions
PySide6. ``inspect`` reads through ``linecache``, which keeps every line of every file it
read: the app's imports left about 10 MiB of source text in memory for good, a sixth of a
bare window. Nothing in the app needs those lines; a traceback reads its few again.
"""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    """Drop the source lines read so far; call it once a batch of imports is done."""
    linecache.clearcache()
