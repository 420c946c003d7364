"""Files only the bot's own user may read: the database, its WAL and SHM, and the hash key file.

SQLite gives a database's `-wal` and `-shm` files the permissions of the database file itself, so
creating the database 0600 before SQLite opens it is enough to keep all three private.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600


def create_private(path: str | Path) -> bool:
    """Create `path` empty with mode 0600 unless it exists; True when this call created it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def warn_if_shared(path: str | Path) -> bool:
    """Log once when other users may read `path` (made before Matte created files 0600); True if so."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("%s can be read by other users (mode %o); run: chmod 600 %s", path, mode & 0o777, path)
        return True
    return False
