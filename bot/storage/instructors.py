"""People who may run class quizzes where the platform names no admins (LINE groups)."""

from __future__ import annotations

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


def enrol(db: Database, platform: str, user_id: str) -> None:
    """Make `user_id` an instructor (again). Call inside a write transaction."""
    db.execute(
        "INSERT OR REPLACE INTO instructors (platform, user_id, enrolled_at) VALUES (?, ?, ?)",
        [platform, user_id, iso(utc_now())],
    )


def is_instructor(db: Database, platform: str, user_id: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM instructors WHERE platform = ? AND user_id = ?", [platform, user_id]
    ).fetchone()
    return row is not None
