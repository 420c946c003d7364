"""Operators' alert topics a person opted in to, kept in their settings as `alerts`."""

from __future__ import annotations

from sqlite_utils import Database

from bot.storage import users

TOPICS = ("scam", "disaster", "health")


def topics(db: Database, platform: str, user_id: str) -> list[str]:
    user = users.get(db, platform, user_id)
    return [t for t in (user.settings.get("alerts", []) if user else []) if t in TOPICS]


def set_topic(db: Database, platform: str, user_id: str, topic: str, on: bool) -> list[str]:
    current = [t for t in topics(db, platform, user_id) if t != topic]
    chosen = sorted([*current, topic]) if on else current
    users.update_settings(db, platform, user_id, alerts=chosen)
    return chosen


def subscribers(db: Database, topic: str) -> list[tuple[str, str, str]]:
    """(platform, user id, language) of everyone who opted in to `topic`, and no one else."""
    rows = db.execute(
        "SELECT u.platform, u.user_id, u.lang FROM users u, json_each(u.settings, '$.alerts') t"
        " WHERE t.value = ? ORDER BY u.platform, u.user_id",
        [topic],
    ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]
