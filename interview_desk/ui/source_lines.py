"""PySide6's import hook reads the source of every module imported after it (PYSIDE-2029).

PySide6 installs an import hook (its ``__feature__`` support) that asks ``inspect.getsource``
of every module imported after it, to see whether the module mentions PySide6 and so might
select a feature (``from __feature__ import snake_case``). ``inspect`` reads through
``linecache``, which keeps every line of every file it read: the app's imports left about
10 MiB of source text in memory for good, a sixth of a bare window. Reading them cost time
too: ~110 modules, ~10 ms of every start (issue 13), mostly the standard library's, which the
command line had loaded before any Qt.
"""

from __future__ import annotations

import linecache
import sys

#: What PySide's hook records for a module that selects no feature (``__feature__``'s own
#: "ignore this module in switching").
_NO_FEATURE = -1


def forget_module_sources() -> None:
    """Drop the source lines read so far; call it once a batch of imports is done."""
    linecache.clearcache()


def spare_loaded_modules() -> None:
    """Tell PySide6's hook, once it is installed, that no module loaded so far selects a
    feature, so it does not read their sources when they are imported again.

    True of every module loaded before PySide6 (none of them can have imported
    ``__feature__``, which PySide6 provides) and of the app's own: it uses no feature. The hook
    keeps its answers in ``__feature__.pyside_feature_dict`` by module name; if a PySide6
    release keeps them elsewhere, nothing is changed and the hook reads the sources as before.
    """
    import PySide6  # noqa: F401  # installs the hook and ``__feature__``

    known = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):
        known.setdefault(name, _NO_FEATURE)
