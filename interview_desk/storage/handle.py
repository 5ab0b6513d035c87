"""The app's handle on one open database: statements in, rows out, transactions.

Every repository and service works through this rather than sqlite-utils' ``Database``:
importing sqlite-utils also loads click, dateutil, pluggy and importlib.metadata, about
11 MiB of a process whose bare Qt window takes 53 (issue 13's peak-RSS figure), and none of
that is needed to read or write the app's own tables. sqlite-utils still builds the schema:
the migrations get it through :attr:`Database.utils`, made the first time it is asked for.

The semantics are sqlite-utils' where the app relied on them: a write run by :meth:`execute`
outside a transaction is committed at once, and :meth:`atomic` nests with savepoints.
:meth:`query` is stricter: it runs only statements that read.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

Parameters = Sequence[Any] | Mapping[str, Any] | None

#: Statements that open or close a transaction themselves: never committed behind them.
_TRANSACTION_WORDS = frozenset({"BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK", "COMMIT", "END"})
#: What a statement that only reads starts with (a WITH that ends in a write is not used).
_READS = frozenset({"SELECT", "WITH", "VALUES", "PRAGMA", "EXPLAIN"})
_LEADING_COMMENTS = re.compile(r"^\s*(?:(?:--[^\n]*(?:\n|$)|/\*.*?\*/)\s*)*", re.DOTALL)
_savepoints = itertools.count(1)


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _insert(table: str, columns: list[str]) -> str:
    return (f"INSERT INTO {_name(table)} ({', '.join(map(_name, columns))}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def _first_word(sql: str) -> str:
    words = _LEADING_COMMENTS.sub("", sql, count=1).split(None, 1)
    return words[0].upper() if words else ""


class Database:
    """One connection and what the app asks of it. ``memory``: no file behind it (nothing to
    back up or compact; ``storage/purge.py`` asks)."""

    def __init__(self, conn: sqlite3.Connection, *, memory: bool = False) -> None:
        self.conn = conn
        self.memory = memory

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement. A write outside any transaction is committed before this
        returns (the ``sqlite3`` module would otherwise leave the transaction it opened for
        it, and that would swallow every later write until someone commits). A write that
        returns rows (``RETURNING``) belongs inside :meth:`atomic`: it cannot be committed
        before its rows are read."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (self.conn.execute(sql) if parameters is None
                      else self.conn.execute(sql, parameters))
        except BaseException:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.rollback()
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None and _first_word(sql) not in _TRANSACTION_WORDS):
            self.conn.commit()
        return cursor

    def query(self, sql: str, parameters: Parameters = None) -> Iterator[dict[str, Any]]:
        """The rows of a statement that reads, each a dict by column name, read as they are
        iterated. A statement that writes is refused before it runs (``RETURNING`` belongs
        in :meth:`execute` inside :meth:`atomic`), and two columns of one name are refused:
        one would hide the other."""
        if _first_word(sql) not in _READS:
            raise ValueError(f"query() only reads: {sql[:80]!r}")
        cursor = self.execute(sql, parameters)
        if cursor.description is None:
            raise ValueError(f"query() needs a statement that returns rows: {sql[:80]!r}")
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):
            twice = sorted({k for k in keys if keys.count(k) > 1})
            raise ValueError(f"the query returns the column {', '.join(twice)} twice")
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """Everything inside happens or nothing does. Inside another ``atomic`` (or any open
        transaction) it is a savepoint: a failure undoes only its own part, and the error
        goes on to the outer block."""
        if self.conn.in_transaction:
            name = f"atomic_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger or a full disk may have ended the whole
                # transaction already; then there is no savepoint left to go back to.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.rollback()
            raise

    # Rows by column name. Table and column names come from the code, never from input.

    def insert(self, table: str, row: Mapping[str, Any]) -> None:
        self.execute(_insert(table, list(row)), list(row.values()))

    def insert_all(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert rows that all have the same columns: all of them or, on an error, none."""
        rows = iter(rows)
        first = next(rows, None)
        if first is None:
            return
        columns = list(first)
        with self.atomic():
            self.conn.executemany(_insert(table, columns), (
                [r[c] for c in columns] for r in itertools.chain([first], rows)))

    def upsert(self, table: str, row: Mapping[str, Any]) -> None:
        """Insert the row, or update the one with its ``id``: only the columns given change,
        the others keep what they hold."""
        changed = ", ".join(f"{_name(c)} = excluded.{_name(c)}" for c in row if c != "id")
        self.execute(_insert(table, list(row)) + " ON CONFLICT(id) DO "
                     + (f"UPDATE SET {changed}" if changed else "NOTHING"), list(row.values()))

    def update(self, table: str, ident: str, fields: Mapping[str, Any]) -> bool:
        """Change these columns of the row with this ``id``; False when there is none."""
        assignments = ", ".join(f"{_name(c)} = ?" for c in fields)
        cursor = self.execute(f"UPDATE {_name(table)} SET {assignments} WHERE id = ?",
                              [*fields.values(), ident])
        return cursor.rowcount > 0

    def get(self, table: str, ident: str) -> dict[str, Any] | None:
        """The row with this ``id``, or None."""
        rows = list(self.query(f"SELECT * FROM {_name(table)} WHERE id = ?", [ident]))
        return rows[0] if rows else None

    def close(self) -> None:
        self.conn.close()

    @cached_property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection: the migrations build the schema with it."""
        from sqlite_utils import Database as UtilsDatabase

        # No sqlite-utils plugins: whatever else is installed must not touch candidate
        # data, and looking them up scans every installed package.
        db = UtilsDatabase(self.conn, execute_plugins=False)
        # sqlite-utils finds out whether SQLite has ON CONFLICT by creating a table at the
        # first upsert; if that probe meets another connection's lock it decides "no" for the
        # connection's life, and its fallback (INSERT OR IGNORE, then UPDATE) silently drops
        # every new row that has a NOT NULL column. Every SQLite since 3.24 has it.
        if sqlite3.sqlite_version_info >= (3, 24, 0):
            db._supports_on_conflict = True
        db.memory = self.memory
        return db
