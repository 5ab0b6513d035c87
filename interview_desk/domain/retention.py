"""How long candidate data is kept by default (a module of its own: the command line's help
names it without loading the retention service)."""

from __future__ import annotations

DEFAULT_RETENTION_DAYS = 180
