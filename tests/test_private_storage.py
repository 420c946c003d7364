"""What a stolen database (or its WAL, or a backup) gives away: the files' modes, the hash key's home,
and whether deleted text is still in the bytes on disk."""

import hashlib
import hmac
import os
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Settings
from bot.services import Services
from bot.storage import check_records, hash_key
from bot.storage.database import StorageError, Store
from bot.testing import Chatter, CollectingAdapter

PHONE = "090-4417-2958"
SCAM = f"【拡散希望】至急この番号 {PHONE} に電話してください。今日中に手続きしないと年金が止まります！"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def on_disk(db_path: Path) -> bytes:
    """Every byte of the database and its WAL, as someone copying the files would get them."""
    return b"".join(p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists())


def test_database_wal_and_shm_are_created_0600(db_path: Path) -> None:
    os.umask(0o022)
    store = Store(db_path)
    try:
        store.db.execute("CREATE TABLE t (x)")
        store.db.execute("INSERT INTO t VALUES (1)")
        for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            assert path.exists() and mode(path) == 0o600, path
    finally:
        store.close()


def test_an_existing_shared_database_is_reported(db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    Store(db_path).close()
    db_path.chmod(0o644)
    Store(db_path).close()
    assert "can be read by other users" in caplog.text and "chmod 600" in caplog.text


def test_secure_delete_and_journal_size_limit_are_on(store: Store) -> None:
    assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert store.db.execute("PRAGMA journal_size_limit").fetchone()[0] > 0


def test_generated_key_lives_in_its_own_0600_file_not_the_database(db_path: Path) -> None:
    key = hash_key.resolve("", str(db_path), "")
    key_file = Path(f"{db_path}.key")
    assert key_file.read_text().strip() == key and len(key) == 64
    assert mode(key_file) == 0o600
    assert hash_key.resolve("", str(db_path), "") == key, "the same key on every start"
    assert hash_key.resolve("from-env", str(db_path), "") == "from-env"
    elsewhere = db_path.parent / "keys" / "matte.key"
    elsewhere.parent.mkdir()
    assert hash_key.resolve("", str(db_path), str(elsewhere)) != key


def test_an_unusable_key_file_is_refused_clearly(db_path: Path) -> None:
    Path(f"{db_path}.key").write_text("short\n")
    with pytest.raises(StorageError, match="holds no usable key"):
        hash_key.resolve("", str(db_path), "")


async def test_the_database_alone_cannot_confirm_a_guessed_text(
    db_path: Path, services: Services, settings: Settings
) -> None:
    """Someone holding only the database (or a backup) guesses the wording and tries every key the
    database offers: none reproduces the stored hash. With the key file, it does."""
    store = Store(db_path)
    app = App(replace(settings, hash_key=""), store, services)
    adapter = CollectingAdapter()
    app.add_adapter(adapter)
    await Chatter(app, adapter).forward(SCAM)
    [stored] = [r["text_hash"] for r in store.db["check_records"].rows]
    store.close()
    conn = sqlite3.connect(db_path)
    values = [
        value
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for row in conn.execute(f"SELECT * FROM [{table}]").fetchall()
        for value in row
        if isinstance(value, str)
    ]
    conn.close()
    assert "secrets" not in values
    guesses = {check_records.text_hash(value, SCAM) for value in values if value}
    guesses |= {hmac.new(b"", SCAM.encode(), hashlib.sha256).hexdigest()}
    assert stored not in guesses
    key = Path(f"{db_path}.key").read_text().strip()
    assert check_records.text_hash(key, SCAM) == stored


def test_a_key_left_in_an_old_database_is_deleted(db_path: Path) -> None:
    """A database from before m009 (which kept the key in `secrets`) loses the key when opened."""
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO secrets VALUES ('check_hash_key', ?)", ["ab" * 32])
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_no_secrets_in_db'")
    conn.commit()
    conn.close()
    Store(db_path).close()
    assert "secrets" not in {
        name for (name,) in sqlite3.connect(db_path).execute("SELECT name FROM sqlite_master").fetchall()
    }
    assert ("ab" * 32).encode() not in on_disk(db_path)


@pytest.mark.parametrize("secure_delete", ["ON", "OFF"])
async def test_a_sent_check_reply_leaves_no_phone_number_on_disk(
    secure_delete: str, db_path: Path, services: Services, settings: Settings
) -> None:
    """The reply quotes the message, phone number included, and waits in the outbox until sent. After
    sending and the next scheduler tick (a second), the number must be in neither the database nor
    its WAL. With secure_delete forced off the
    deleted row's bytes stay in the page: the test sees them, so it can fail."""
    store = Store(db_path)
    store.db.execute(f"PRAGMA secure_delete = {secure_delete}")
    app = App(settings, store, services)
    adapter = CollectingAdapter()
    app.add_adapter(adapter)
    [reply] = await Chatter(app, adapter).forward(SCAM)
    assert PHONE in reply.text, "the reply quotes the number (else this test proves nothing)"
    assert store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert store.scrub_due
    await app.tick(wait=True)
    found = PHONE.encode() in on_disk(db_path)
    store.close()
    assert found == (secure_delete == "OFF")


async def test_a_busy_wal_is_scrubbed_on_a_later_tick(
    db_path: Path, services: Services, settings: Settings
) -> None:
    store = Store(db_path)
    app = App(settings, store, services)
    adapter = CollectingAdapter()
    app.add_adapter(adapter)
    reader = sqlite3.connect(db_path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM users").fetchone()
    await Chatter(app, adapter).forward(SCAM)
    await app.tick(wait=True)
    assert store.scrub_due and PHONE.encode() in on_disk(db_path), "a reader holds the WAL: not yet"
    reader.execute("COMMIT")
    reader.close()
    await app.tick(wait=True)
    assert not store.scrub_due and PHONE.encode() not in on_disk(db_path)
    store.close()
