"""Delete everything Matte keeps about one person (/forget) and what is older than the retention."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from bot.storage import check_records, family_erasure, updates

PERSONAL_TABLES = (
    "users",
    "conversation_state",
    "answers",
    "item_boxes",
    "lesson_progress",
    "course_enrolments",
    "check_records",
    "instructors",
)


def forget_user(db: Database, platform: str, user_id: str) -> int:
    """Delete the user's rows from every table that holds them; returns how many rows went."""
    removed = 0
    for table in ("class_answers", "class_players"):
        removed += db.execute(
            f"DELETE FROM {table} WHERE user_id = ?"
            " AND session_id IN (SELECT id FROM class_sessions WHERE platform = ?)",
            [user_id, platform],
        ).rowcount
    for table in PERSONAL_TABLES:
        removed += db.execute(
            f"DELETE FROM {table} WHERE platform = ? AND user_id = ?", [platform, user_id]
        ).rowcount
    removed += family_erasure.forget(db, platform, user_id)
    return removed


def purge(db: Database, before: datetime) -> dict[str, int]:
    """Drop check records and handled-update ids older than `before`."""
    return {
        "check_records": check_records.purge_before(db, before),
        "processed_updates": updates.forget_before(db, before),
    }
