"""Items committed together with the state change that caused them, sent afterwards.

If the process dies between commit and send, the item is still here at the next start, so a reply is
never silently lost; it is deleted once the platform accepted it. Payloads are JSON written by the core
(`bot.core.outbox`): storage neither knows nor imports the core's event types.
"""

from __future__ import annotations

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


def add(db: Database, platform: str, payload: str) -> int:
    """Store one item; returns its id."""
    cursor = db.execute(
        "INSERT INTO outbox (platform, payload, created_at) VALUES (?, ?, ?)",
        [platform, payload, iso(utc_now())],
    )
    return int(cursor.lastrowid or 0)


def rows(db: Database, platform: str) -> list[tuple[int, str]]:
    """(id, payload) of a platform's unsent items, oldest first."""
    found = db.execute("SELECT id, payload FROM outbox WHERE platform = ? ORDER BY id", [platform]).fetchall()
    return [(int(row[0]), str(row[1])) for row in found]


def delete(db: Database, item_id: int) -> str | None:
    """Delete one item; returns its payload (None if it was gone already)."""
    row = db.execute("SELECT payload FROM outbox WHERE id = ?", [item_id]).fetchone()
    db.execute("DELETE FROM outbox WHERE id = ?", [item_id])
    return None if row is None else str(row[0])


def forget(db: Database, platform: str, chat_ids: list[str], user_id: str) -> int:
    """Delete unsent items addressed to these chats or shown to this user only.

    Reads the two fields the core writes into every payload: `chat` ([platform, chat id]) and `for_user`.
    """
    marks = ", ".join("?" * len(chat_ids))
    return db.execute(
        f"DELETE FROM outbox WHERE platform = ? AND (json_extract(payload, '$.chat[1]') IN ({marks})"
        " OR json_extract(payload, '$.for_user') = ?)",
        [platform, *chat_ids, user_id],
    ).rowcount
