"""`matte db backup` and `restore`: live backups keep every committed row; refusals change nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.cli import main
from bot.storage.backup import KEPT_SUFFIX, backup, restore
from bot.storage.database import Store

# Each transaction claims update n and queues reply n, both through Store.write(), then prints n:
# a printed n is committed, and both tables must always hold the same set of n.
WRITER = textwrap.dedent(
    """
    import sys
    from bot.storage.database import Store

    store = Store(sys.argv[1])
    n = 0
    while True:
        n += 1
        with store.write() as db:
            db.execute("INSERT INTO processed_updates VALUES ('w', ?, '2026-04-01')", [str(n)])
            db.execute("INSERT INTO outbox (platform, payload, created_at) VALUES ('w', ?, 'x')", [str(n)])
        print(n, flush=True)
    """
)
HOLDER = "import sys; from bot.storage.database import Store; s = Store(sys.argv[1]); print('open', flush=True); sys.stdin.read()"  # noqa: E501


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def prefilled(path: Path, users: int = 20_000) -> Path:
    """A database of a few MB, so that the backup takes long enough to overlap the writer."""
    store = Store(path)
    with store.write() as db:
        db["users"].insert_all(
            {"platform": "p", "user_id": str(i), "lang": "ja", "settings": "{}" + "x" * 200}
            for i in range(users)
        )
    store.close()
    return path


def files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


def run(monkeypatch: pytest.MonkeyPatch, db: Path, *args: str) -> int:
    monkeypatch.setenv("MATTE_DB", str(db))
    return main(["db", *args])


def test_backup_while_another_process_writes_keeps_every_committed_row(tmp_path: Path) -> None:
    db = prefilled(tmp_path / "matte.db")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    try:
        committed = 0
        while committed < 200:
            committed = int(writer.stdout.readline())  # type: ignore[union-attr]
        copy = backup(db, tmp_path / "backup.db")
        after = committed
        while after < committed + 200:
            after = int(writer.stdout.readline())  # type: ignore[union-attr]
    finally:
        writer.kill()
        writer.wait()
    restored = tmp_path / "restored" / "matte.db"
    restored.parent.mkdir()
    assert restore(copy.path, restored) is None
    assert rows(restored, "PRAGMA integrity_check") == [("ok",)]
    claimed = [int(r[0]) for r in rows(restored, "SELECT update_id FROM processed_updates")]
    queued = [int(r[0]) for r in rows(restored, "SELECT payload FROM outbox")]
    assert sorted(claimed) == sorted(queued) == list(range(1, max(claimed) + 1))
    assert max(claimed) >= committed
    assert rows(restored, "SELECT count(*) FROM users") == [(20_000,)]
    assert not Path(f"{copy.path}-wal").exists()


def test_restore_round_trip_keeps_the_previous_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    assert run(monkeypatch, db, "backup", str(tmp_path / "b.db")) == 0
    store = Store(db)
    store.db["users"].insert({"platform": "p", "user_id": "late", "lang": "en", "settings": "{}"})
    store.close()
    assert run(monkeypatch, db, "restore", str(tmp_path / "b.db")) == 0
    assert rows(db, "SELECT count(*) FROM users") == [(3,)]
    kept = tmp_path / f"matte.db{KEPT_SUFFIX}"
    assert rows(kept, "SELECT user_id FROM users WHERE user_id = 'late'") == [("late",)]
    assert "kept as" in capsys.readouterr().out
    store = Store(db)
    assert store.db["users"].count == 3
    store.close()


def test_backup_refuses_to_overwrite_unless_forced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    target = tmp_path / "b.db"
    target.write_bytes(b"precious")
    before = files(tmp_path)
    assert run(monkeypatch, db, "backup", str(target)) == 2
    assert "already exists" in capsys.readouterr().err
    assert files(tmp_path) == before
    assert run(monkeypatch, db, "backup", "--force", str(target)) == 0
    assert rows(target, "SELECT count(*) FROM users") == [(3,)]


def test_backup_of_a_missing_database_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(monkeypatch, tmp_path / "none.db", "backup", str(tmp_path / "b.db")) == 2
    assert capsys.readouterr().err.strip() == f"matte: error: no database at {tmp_path / 'none.db'}"
    assert files(tmp_path) == {}


def corrupt(path: Path) -> Path:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 4] = bytes(range(256)) * (page * 2 // 256)
    path.write_bytes(bytes(data))
    return path


def not_matte(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("hello") and p, "is not a SQLite database"),
        (not_matte, "is not a Matte database"),
        (lambda p: corrupt(prefilled(p, users=2_000)), "is damaged"),
        (lambda p: p, "no such file"),
    ],
    ids=["text", "other-sqlite", "corrupt", "missing"],
)
def test_restore_refuses_bad_files_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], make, message: str
) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    bad = make(tmp_path / "bad.db")
    before = files(tmp_path)
    assert run(monkeypatch, db, "restore", str(bad)) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert files(tmp_path) == before


def test_restore_refuses_while_the_bot_has_the_database_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    backup(db, tmp_path / "b.db")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline() == "open\n"  # type: ignore[union-attr]
        before = files(tmp_path)
        assert run(monkeypatch, db, "restore", str(tmp_path / "b.db")) == 2
        assert "stop the bot first" in capsys.readouterr().err
        assert files(tmp_path) == before
    finally:
        holder.communicate("")


def test_restore_refuses_to_overwrite_an_earlier_kept_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    backup(db, tmp_path / "b.db")
    (tmp_path / f"matte.db{KEPT_SUFFIX}").write_bytes(b"from last time")
    before = files(tmp_path)
    assert run(monkeypatch, db, "restore", str(tmp_path / "b.db")) == 2
    assert "earlier restore" in capsys.readouterr().err
    assert files(tmp_path) == before


def test_restore_keeps_an_unmerged_wal_with_the_previous_database(tmp_path: Path) -> None:
    db = prefilled(tmp_path / "matte.db", users=3)
    backup(db, tmp_path / "b.db")
    crashed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; from bot.storage.database import Store; s = Store(sys.argv[1]); "
            "s.db['users'].insert({'platform': 'p', 'user_id': 'wal', 'lang': 'ja', 'settings': '{}'}); "
            "os._exit(0)",
            str(db),
        ],
        check=True,
    )
    assert crashed.returncode == 0 and Path(f"{db}-wal").stat().st_size > 0
    kept = restore(tmp_path / "b.db", db)
    assert kept is not None and not Path(f"{db}-wal").exists()
    assert rows(kept, "SELECT user_id FROM users WHERE user_id = 'wal'") == [("wal",)]
    assert rows(db, "SELECT count(*) FROM users") == [(3,)]
