"""Replies committed together with the state change that caused them, sent afterwards.

If the process dies between commit and send, the reply is still here at the next start, so a
reply is never silently lost; it is deleted only once the platform accepted it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from bot.core.events import Outgoing
from bot.core.serialize import outgoing_from_json, outgoing_to_json
from bot.storage.timestamps import iso, utc_now


@dataclass(frozen=True)
class Pending:
    id: int
    outgoing: Outgoing


def add(db: Database, outgoing: Outgoing) -> Pending:
    cursor = db.execute(
        "INSERT INTO outbox (platform, payload, created_at) VALUES (?, ?, ?)",
        [outgoing.chat.platform, outgoing_to_json(outgoing), iso(utc_now())],
    )
    return Pending(int(cursor.lastrowid or 0), outgoing)


def pending(db: Database, platform: str) -> list[Pending]:
    rows = db.execute("SELECT id, payload FROM outbox WHERE platform = ? ORDER BY id", [platform]).fetchall()
    return [Pending(row[0], outgoing_from_json(row[1])) for row in rows]


def ack(db: Database, pending_id: int) -> None:
    db.execute("DELETE FROM outbox WHERE id = ?", [pending_id])
