"""A senior on LINE and a helper on Telegram (or anyone anywhere) talking to one real App."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.app import App
from bot.core.events import Message, Outgoing
from bot.testing import Chatter, CollectingAdapter


def two_platform_app(app: App) -> tuple[CollectingAdapter, CollectingAdapter]:
    """Adds collecting adapters named `line` and `telegram` to the app; returns them."""
    line, telegram = CollectingAdapter("line"), CollectingAdapter("telegram")
    app.add_adapter(line)
    app.add_adapter(telegram)
    return line, telegram


def person(app: App, adapter: CollectingAdapter, user_id: str, lang: str = "ja") -> Chatter:
    return Chatter(app, adapter, user_id=user_id, language_code=lang)


def to(adapter: CollectingAdapter, user_id: str) -> list[Message]:
    """Everything sent to this person's private chat, by reply or as a direct message."""
    return [
        m for m in adapter.sent if isinstance(m, Message) and m.chat.chat_id in (user_id, f"dm:{user_id}")
    ]


def payloads(message: Outgoing) -> list[str]:
    return [b.payload for row in getattr(message, "buttons", ()) for b in row]


def button(message: Outgoing, prefix: str) -> str:
    [found] = [p for p in payloads(message) if p.startswith(prefix)]
    return found


def dump(db_path: Path) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()
