"""The key for hashing checked texts, kept out of the database.

With the key in the database, the database (or any backup of it) alone would confirm a guessed
wording of a forwarded message. So the key is `MATTE_HASH_KEY`, or else a random key generated once
into its own 0600 file (`MATTE_HASH_KEY_FILE`, by default the database path plus `.key`), which a
backup of the database does not contain. An in-memory database gets a key that lives as long as it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from bot.storage.errors import StorageError
from bot.storage.private_files import warn_if_shared

KEY_SUFFIX = ".key"
KEY_BYTES = 32
IN_MEMORY = ":memory:"


def key_path(db_path: str, key_file: str) -> Path:
    """Where the generated key lives: the configured file, else beside the database."""
    return Path(key_file) if key_file else Path(db_path + KEY_SUFFIX)


def resolve(configured: str, db_path: str, key_file: str) -> str:
    """The configured key, else the key file's (created with a new random key the first time)."""
    if configured:
        return configured
    if db_path == IN_MEMORY:
        return secrets.token_hex(KEY_BYTES)
    path = key_path(db_path, key_file)
    with contextlib.suppress(FileNotFoundError):
        return _read(path)
    with contextlib.suppress(FileExistsError):  # another process created it in between: use theirs
        _create(path, secrets.token_hex(KEY_BYTES))
    return _read(path)


def _read(path: Path) -> str:
    """The key in `path`; FileNotFoundError when there is none yet."""
    try:
        key = path.read_text(encoding="ascii").strip()
    except (PermissionError, IsADirectoryError, UnicodeDecodeError) as exc:
        raise StorageError(f"cannot read the hash key file {path}: {exc}") from exc
    if len(key) < 16:
        raise StorageError(f"the hash key file {path} holds no usable key (16 characters at least)")
    warn_if_shared(path)
    return key


def _create(path: Path, key: str) -> None:
    """Write the key under a temporary name (mkstemp makes it 0600), fsync it, then link it into place:
    a crash never leaves an empty key file, and an existing one is never overwritten (FileExistsError)."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise StorageError(f"cannot create the hash key file {path}: {exc.strerror}") from exc
    try:
        try:
            os.write(fd, (key + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError as exc:
        raise StorageError(f"cannot create the hash key file {path}: {exc.strerror}") from exc
    finally:
        os.unlink(tmp)
