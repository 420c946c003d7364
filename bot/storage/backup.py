"""Online backup and restore of the Matte database, built so that no step can lose data.

A backup uses SQLite's online backup API in one step: it reads one consistent snapshot while the
bot keeps writing (WAL lets the writer go on), and the copy is a single self-contained file
(rollback journal, no `-wal` beside it) checked with `PRAGMA integrity_check` before it gets its
name. Restoring swaps files, so the bot must be stopped; the previous database, with its `-wal`
if it has one, is kept as `<db>.before-restore`. Every new file is written under a temporary
name in the same directory, fsynced, and only then given its final name.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.storage.database import BUSY_TIMEOUT_MS
from bot.storage.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"
MIGRATION_SET = "matte"
KEPT_SUFFIX = ".before-restore"
# SQLite's unix VFS keeps a shared lock on this byte of the `-shm` file for as long as a
# connection is open ("DMS" in https://www.sqlite.org/walformat.html).
SHM_DMS_BYTE = 128


class BackupError(StorageError):
    """A backup or restore that was refused or failed; nothing was changed."""


@dataclass(frozen=True)
class Copied:
    path: Path
    size: int


def backup(db_path: str | Path, dest: str | Path, force: bool = False) -> Copied:
    """Copy the live database to `dest`; refuses an existing `dest` unless `force`."""
    source, target = Path(db_path), Path(dest)
    if not source.is_file():
        raise BackupError(f"no database at {source}")
    if target.exists() and not force:
        raise BackupError(f"{target} already exists (use --force to overwrite it)")
    if target.exists() and target.samefile(source):
        raise BackupError(f"{target} is the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"directory {target.parent} does not exist")
    with _temporary(target) as tmp:
        _snapshot(source, tmp, live=True)
        _place(tmp, target, overwrite=force)
    _fsync_dir(target.parent)
    return Copied(target, target.stat().st_size)


def restore(source: str | Path, db_path: str | Path) -> Path | None:
    """Install a backup as the database; returns where the previous database was kept, if any."""
    backup_file, target = Path(source), Path(db_path)
    check_matte_database(backup_file)
    if target.exists() and target.samefile(backup_file):
        raise BackupError(f"{backup_file} is the database itself")
    if not target.parent.is_dir():
        raise BackupError(f"directory {target.parent} does not exist")
    kept = target.with_name(target.name + KEPT_SUFFIX)
    for path in (kept, _wal(kept)):
        if path.exists():
            raise BackupError(f"{path} is left from an earlier restore; move it away first")
    if in_use(target):
        raise BackupError(f"{target} is open in another process; stop the bot first")
    with _temporary(target) as tmp:
        _snapshot(backup_file, tmp, live=False)
        if not target.exists():
            _place(tmp, target, overwrite=False)
            _fsync_dir(target.parent)
            return None
        _copy_mode(target, tmp)
        _keep(target, kept)
        if _wal(target).exists() and _wal(target).stat().st_size:
            _keep(_wal(target), _wal(kept))
        for stale in (_wal(target), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(tmp, target)
    _fsync_dir(target.parent)
    return kept


def check_matte_database(path: Path) -> None:
    """Raise BackupError unless `path` is an undamaged SQLite file with Matte's migrations table."""
    if not path.is_file():
        raise BackupError(f"no such file: {path}")
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise BackupError(f"{path} is not a SQLite database")
    conn = _connect(path, live=False)
    try:
        _check_integrity(conn, path)
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
        ).fetchone()
        if (
            not has_table
            or not conn.execute(
                f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET]
            ).fetchone()
        ):
            raise BackupError(f"{path} is not a Matte database (no {MIGRATIONS_TABLE} entries)")
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is damaged: {exc}") from exc
    finally:
        conn.close()


def in_use(db_path: Path) -> bool:
    """Whether another process has the database open (a WAL connection holds the -shm DMS lock).

    Call it only while this process has no connection to the database: closing a descriptor of
    the -shm file drops every POSIX lock this process holds on it, SQLite's included.
    """
    try:
        import fcntl
    except ImportError:  # no POSIX locks (Windows): rely on the documented "stop the bot first"
        return False
    try:
        fd = os.open(f"{db_path}-shm", os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise BackupError(f"cannot tell whether {db_path} is in use: {exc.strerror}") from exc
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, SHM_DMS_BYTE)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def _connect(path: Path, live: bool) -> sqlite3.Connection:
    """Open without ever creating. The live database is opened read-write so that it takes part in
    WAL locking and its last connection tidies up; a backup file with no `-wal` beside it is opened
    immutable, so that reading it leaves no `-shm` or `-wal` behind."""
    readonly = "ro" if _wal(path).exists() else "ro&immutable=1"
    mode = "rw" if live else readonly
    try:
        return sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as exc:
        raise BackupError(f"cannot open {path}: {exc}") from exc


def _snapshot(source: Path, dest: Path, live: bool) -> None:
    """One consistent copy of `source` into the (new, empty) file `dest`, checked and fsynced."""
    src = _connect(source, live)
    dst = sqlite3.connect(dest, isolation_level=None)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
        _check_integrity(dst, source)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"cannot copy {source}: {exc}") from exc
    finally:
        dst.close()
        src.close()
    _fsync(dest)


def _check_integrity(conn: sqlite3.Connection, name: Path) -> None:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if [tuple(row) for row in rows] != [("ok",)]:
        problems = [line for row in rows for line in str(row[0]).splitlines() if not line.startswith("***")]
        raise BackupError(f"{name} is damaged: {problems[0]} ({len(problems)} problems found)")


def _keep(path: Path, dest: Path) -> None:
    """Copy a file byte for byte to `dest`, which must not exist yet."""
    with _temporary(dest) as tmp:
        shutil.copyfile(path, tmp)
        _copy_mode(path, tmp)
        _fsync(tmp)
        _place(tmp, dest, overwrite=False)


def _place(tmp: Path, dest: Path, overwrite: bool) -> None:
    """Give a finished temporary file its name, atomically; never replaces `dest` unless asked."""
    if overwrite:
        os.replace(tmp, dest)
        return
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise BackupError(f"{dest} already exists") from None
    except OSError:  # no hard links on this file system: check, then rename
        if dest.exists():
            raise BackupError(f"{dest} already exists") from None
        os.replace(tmp, dest)


@contextlib.contextmanager
def _temporary(near: Path) -> Iterator[Path]:
    """A new empty file (mode 0600) beside `near`, on the same file system; removed afterwards."""
    fd, name = tempfile.mkstemp(prefix=f".{near.name}.", suffix=".tmp", dir=near.parent)
    os.close(fd)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _copy_mode(like: Path, path: Path) -> None:
    """Give `path` the permissions (and, as root, the owner) of `like`, so the bot can open it."""
    stat = like.stat()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.chown(path, stat.st_uid, stat.st_gid)
    os.chmod(path, stat.st_mode & 0o7777)


def _wal(path: Path) -> Path:
    return Path(f"{path}-wal")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make the new directory entry durable (a no-op where directories cannot be opened)."""
    with contextlib.suppress(OSError):
        _fsync(path)
