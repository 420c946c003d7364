"""Delete everything Matte keeps about one person (/forget) and what is older than the retention."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database

from bot.storage import check_records, family_erasure, outbox, updates

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
CHAT_TABLES = ("chats", "conversation_state", "polls")
"""Tables keyed by chat: the person's private chat goes too (its id is, or stands for, theirs)."""


def forget_user(db: Database, platform: str, user_id: str, own_chats: Iterable[str] = ()) -> int:
    """Delete the user's rows from every table that holds them; returns how many rows went.

    Also their own chats (`own_chats`: the private chat, whose id is the user's on Telegram and LINE
    and another on Discord, and the core's direct-message address), items still waiting to be sent
    there or shown to them only, and their id and region label on class quizzes they ran (the pupils'
    anonymous answers stay for the class statistics).
    """
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
    chat_ids = sorted({user_id, *own_chats})
    for table in CHAT_TABLES:
        for chat_id in chat_ids:
            removed += db.execute(
                f"DELETE FROM {table} WHERE platform = ? AND chat_id = ?", [platform, chat_id]
            ).rowcount
    removed += outbox.forget(db, platform, chat_ids, user_id)
    removed += db.execute(
        "UPDATE class_sessions SET instructor_id = '', region = '' WHERE platform = ? AND instructor_id = ?",
        [platform, user_id],
    ).rowcount
    removed += family_erasure.forget(db, platform, user_id)
    return removed


def purge(db: Database, before: datetime) -> dict[str, int]:
    """Drop check records and handled-update ids older than `before`."""
    return {
        "check_records": check_records.purge_before(db, before),
        "processed_updates": updates.forget_before(db, before),
    }
