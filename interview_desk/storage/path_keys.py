"""SHA-256 keys of file paths, without loading OpenSSL before the first window.

The instance lock's socket name and the clean-close record are named by a SHA-256 of the
database's path, and both are needed before the window shows. ``hashlib`` loads OpenSSL
(``_hashlib``, ~2.5 ms) as it is imported; CPython's own SHA-256 (``_sha2``, ``_sha256``
before 3.12) gives the same digest, so every key stays what older versions computed: two
versions on one file still find each other's lock and records.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, cast

# CPython's built-in SHA-256 module, by its name since 3.12 and before.
_BUILTIN_SHA256 = ("_sha2", "_sha256")


def _sha256() -> Callable[[bytes], Any]:
    for name in _BUILTIN_SHA256:
        try:
            return cast("Callable[[bytes], Any]", importlib.import_module(name).sha256)
        except (ImportError, AttributeError):
            continue
    import hashlib  # an interpreter built without them: the same digest through OpenSSL

    return hashlib.sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex, as ``hashlib.sha256(data).hexdigest()``."""
    return str(_sha256()(data).hexdigest())
