"""A liveness signal from inside the event loop, for health checks of adapters with no HTTP endpoint.

Long polling and Discord serve nothing a supervisor could ask, and opening the database proves only
that the file is there: a loop stuck in a blocking call would look healthy. So a task in the loop
touches a file every few seconds; it can only do so while the loop runs, and `deploy/healthcheck.py`
fails when the file is older than `STALE_AFTER_SECONDS`, well inside Docker's 30-second interval.
The file sits beside the database and is named after the adapters (processes running different
adapters on one database each have their own), is empty, and is removed when the bot stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Iterable
from pathlib import Path

from bot.storage.private_files import create_private

INTERVAL_SECONDS = 5.0
STALE_AFTER_SECONDS = 20.0


def path_for(db_path: str, adapters: Iterable[str]) -> Path | None:
    """The heartbeat file of a process running these adapters (None for an in-memory database)."""
    if db_path == ":memory:":
        return None
    names = sorted(set(adapters)) or ["console"]
    return Path(f"{db_path}.alive-{'-'.join(names)}")


async def beat(path: Path, interval: float) -> None:
    """Touch `path` now and every `interval` seconds until cancelled; then remove it."""
    try:
        while True:
            create_private(path)
            os.utime(path)
            await asyncio.sleep(interval)
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def problem(path: Path | None, now: float | None = None) -> str | None:
    """None when the heartbeat is fresh, else why the loop looks dead."""
    if path is None:
        return None
    try:
        age = (time.time() if now is None else now) - path.stat().st_mtime
    except FileNotFoundError:
        return f"no heartbeat at {path}: the bot is not running"
    except OSError as exc:
        return f"cannot read the heartbeat {path}: {exc.strerror}"
    if age > STALE_AFTER_SECONDS:
        return f"no heartbeat for {age:.0f} s ({path}): the event loop is blocked or stopped"
    return None
