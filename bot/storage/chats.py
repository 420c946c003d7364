"""Chats the bot is in, with per-chat settings that group admins control."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


def remember(db: Database, platform: str, chat_id: str, kind: str) -> None:
    """Record a chat on first contact; later contacts change nothing. Plain SQL: this runs for every
    event, and sqlite-utils' insert reads the table's schema each time (bench/bench_line.py)."""
    db.execute(
        "INSERT OR IGNORE INTO chats (platform, chat_id, kind, settings, created_at) VALUES (?, ?, ?, ?, ?)",
        [platform, chat_id, kind, "{}", iso(utc_now())],
    )


def settings(db: Database, platform: str, chat_id: str) -> dict[str, Any]:
    rows = list(db.table("chats").rows_where("platform = ? and chat_id = ?", [platform, chat_id]))
    return json.loads(rows[0]["settings"] or "{}") if rows else {}


def update_settings(db: Database, platform: str, chat_id: str, **changes: Any) -> None:
    merged = {**settings(db, platform, chat_id), **changes}
    db.table("chats").update((platform, chat_id), {"settings": json.dumps(merged, ensure_ascii=False)})


def migrate(db: Database, platform: str, old: str, new: str) -> None:
    """A group became a supergroup with a new id (Telegram): its settings and class sessions follow."""
    db.execute(
        "UPDATE OR IGNORE chats SET chat_id = ? WHERE platform = ? AND chat_id = ?", [new, platform, old]
    )
    db.execute(
        "UPDATE class_sessions SET chat_id = ? WHERE platform = ? AND chat_id = ?", [new, platform, old]
    )
