"""Open the one SQLite file, apply migrations, and run read-modify-writes as single transactions.

WAL lets readers and the writer work side by side; `BEGIN IMMEDIATE` takes the write lock up front,
so a transaction never fails half-way with "database is locked" when another process writes too
(the busy timeout makes it wait instead).

Deleted rows must not linger: `secure_delete` overwrites freed content with zeros, the WAL is kept
small (`journal_size_limit`), and `scrub()` empties the WAL once something private was deleted (a
sent reply that quoted a forwarded message; the engine sets `scrub_due` and its next tick scrubs).
The file is created 0600, so its WAL and SHM are too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from bot.storage.errors import StorageError as StorageError  # also named from here by its callers
from bot.storage.migrations import MIGRATIONS
from bot.storage.private_files import create_private, warn_if_shared

BUSY_TIMEOUT_MS = 15_000
JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024


class Store:
    """A connection to the Matte database. Use `write()` for anything that changes rows."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.scrub_due = False
        try:
            created = self.path != ":memory:" and create_private(self.path)
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"cannot open database {self.path}: {exc}") from exc
        self.db = sqlite_utils.Database(conn)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
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
            if self.path != ":memory:" and not created:
                warn_if_shared(self.path)
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

    def scrub(self) -> bool:
        """Copy the WAL into the database and truncate it to nothing, so deleted text is in neither.

        Never waits: if a reader holds the WAL, `scrub_due` stays set and a later call tries again.
        """
        conn = self.db.conn
        if self.path == ":memory:" or conn.in_transaction:
            self.scrub_due = self.path != ":memory:"
            return False
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError:
            busy = 1
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.scrub_due = bool(busy)
        return not busy

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        """`with Store(path) as store:` closes the database however the block ends (CLI commands)."""
        self.close()
