"""People who may run class quizzes where the platform names no admins (LINE groups)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


@dataclass(frozen=True)
class Instructor:
    platform: str
    user_id: str
    enrolled_at: str


def enrol(db: Database, platform: str, user_id: str) -> None:
    """Make `user_id` an instructor (again). Call inside a write transaction."""
    db.execute(
        "INSERT OR REPLACE INTO instructors (platform, user_id, enrolled_at) VALUES (?, ?, ?)",
        [platform, user_id, iso(utc_now())],
    )


def remove(db: Database, platform: str, user_id: str) -> bool:
    """Take the rights away; False when `user_id` was no instructor. Call inside a write transaction."""
    cursor = db.execute("DELETE FROM instructors WHERE platform = ? AND user_id = ?", [platform, user_id])
    return bool(cursor.rowcount)


def all_instructors(db: Database) -> list[Instructor]:
    rows = db.execute(
        "SELECT platform, user_id, enrolled_at FROM instructors ORDER BY platform, enrolled_at, user_id"
    ).fetchall()
    return [Instructor(*row) for row in rows]


def is_instructor(db: Database, platform: str, user_id: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM instructors WHERE platform = ? AND user_id = ?", [platform, user_id]
    ).fetchone()
    return row is not None
