"""Platform update ids already handled, so a repeated delivery (also across a restart) is handled once."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


def claim(db: Database, platform: str, update_id: str) -> bool:
    """Mark an update as handled; False if it already was. Call inside the handling transaction."""
    try:
        db.execute(
            "INSERT INTO processed_updates (platform, update_id, processed_at) VALUES (?, ?, ?)",
            [platform, update_id, iso(utc_now())],
        )
    except sqlite3.IntegrityError:
        return False
    return True


def forget_before(db: Database, moment: datetime) -> int:
    """Drop records older than `moment`; platforms stop redelivering long before that."""
    cursor = db.execute("DELETE FROM processed_updates WHERE processed_at < ?", [iso(moment)])
    return cursor.rowcount
