import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.storage.database import StorageError, Store
from bot.storage.migrations import MIGRATIONS


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def test_wal_mode_and_migrations(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [m.name for m in MIGRATIONS.applied(store.db)] == [m.name for m in MIGRATIONS._migrations]


def test_migrations_applied_twice_change_nothing(db_path: Path) -> None:
    Store(db_path).close()
    before = schema(db_path)
    applied = sqlite3.connect(db_path).execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
    Store(db_path).close()
    assert schema(db_path) == before
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM _sqlite_migrations").fetchone() == applied


def test_concurrent_writers_never_see_locks(db_path: Path) -> None:
    Store(db_path).close()
    errors: list[BaseException] = []
    done = {"n": 0}
    deadline = time.monotonic() + 3.0
    writers = 8

    def writer(worker: int) -> None:
        s = Store(db_path)
        try:
            while time.monotonic() < deadline:
                with s.write() as db:
                    row = db.execute("SELECT value FROM counter WHERE id = 1").fetchone()
                    db.execute("UPDATE counter SET value = ? WHERE id = 1", [row[0] + 1])
                    db.execute("INSERT INTO hits (worker) VALUES (?)", [worker])
        except BaseException as exc:
            errors.append(exc)
        finally:
            s.close()

    setup = Store(db_path)
    setup.db.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER)")
    setup.db.execute("CREATE TABLE hits (worker INTEGER)")
    setup.db.execute("INSERT INTO counter VALUES (1, 0)")
    threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    value = setup.db.execute("SELECT value FROM counter").fetchone()[0]
    done["n"] = setup.db.execute("SELECT count(*) FROM hits").fetchone()[0]
    workers = setup.db.execute("SELECT count(DISTINCT worker) FROM hits").fetchone()[0]
    setup.close()
    assert errors == []
    assert value == done["n"] > writers
    assert workers == writers


def test_failed_write_rolls_back(store: Store) -> None:
    store.db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), store.write() as db:
        db.execute("INSERT INTO t VALUES (1)")
        raise RuntimeError("boom")
    assert store.db.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_nested_write_is_a_savepoint(store: Store) -> None:
    store.db.execute("CREATE TABLE t (x INTEGER)")
    with store.write() as db:
        db.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(RuntimeError), store.write() as inner:
            inner.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("inner")
    assert [r[0] for r in store.db.execute("SELECT x FROM t")] == [1]


def test_corrupt_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError) as info:
        Store(bad)
    assert "\n" not in str(info.value) and str(bad) in str(info.value)


def test_unwritable_path_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as info:
        Store(tmp_path / "no" / "such" / "dir" / "m.db")
    assert "\n" not in str(info.value)
