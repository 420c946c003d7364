"""Which platform message and poll id belong to a core question ref (class-quiz polls)."""

from __future__ import annotations

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


def link(db: Database, platform: str, ref: str, chat_id: str, message_id: str, poll_id: str | None) -> None:
    db.table("polls").upsert(
        {
            "platform": platform,
            "ref": ref,
            "chat_id": chat_id,
            "message_id": message_id,
            "poll_id": poll_id,
            "created_at": iso(utc_now()),
        },
        pk=("platform", "ref"),
    )


def message_id(db: Database, platform: str, ref: str) -> str | None:
    row = db.execute(
        "SELECT message_id FROM polls WHERE platform = ? AND ref = ?", [platform, ref]
    ).fetchone()
    return row[0] if row else None


def ref_for_poll(db: Database, platform: str, poll_id: str) -> str | None:
    row = db.execute(
        "SELECT ref FROM polls WHERE platform = ? AND poll_id = ?", [platform, poll_id]
    ).fetchone()
    return row[0] if row else None
