"""Open the one SQLite file, apply migrations, and run read-modify-writes as single transactions.

WAL lets readers and the writer work side by side; `BEGIN IMMEDIATE` takes the write lock up front,
so a transaction never fails half-way with "database is locked" when another process writes too
(the busy timeout makes it wait instead).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from bot.storage.migrations import MIGRATIONS

BUSY_TIMEOUT_MS = 15_000


class StorageError(Exception):
    """The database cannot be used; the message is one line, fit to show a person."""


class Store:
    """A connection to the Matte database. Use `write()` for anything that changes rows."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open database {self.path}: {exc}") from exc
        self.db = sqlite_utils.Database(conn)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise StorageError(f"cannot use database {self.path}: WAL mode unavailable")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise StorageError(f"database {self.path} is damaged: {verdict}")
            MIGRATIONS.apply(self.db)
        except sqlite3.Error as exc:
            conn.close()
            raise StorageError(f"cannot use database {self.path}: {exc}") from exc
        except StorageError:
            conn.close()
            raise

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One atomic read-modify-write; nested calls become savepoints of the outer one."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.db.close()
