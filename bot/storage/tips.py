"""Who wants the weekly tip, on which weekday and hour (Japan time), and when the next one is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from bot.storage.timestamps import iso


@dataclass(frozen=True)
class Subscription:
    platform: str
    user_id: str
    weekday: int
    """0 = Monday, as `datetime.weekday()`."""
    hour: int
    next_at: str
    sent: int


def subscribe(
    db: Database, platform: str, user_id: str, weekday: int, hour: int, next_at: datetime, now: datetime
) -> None:
    db.execute(
        "INSERT INTO tip_subscriptions (platform, user_id, weekday, hour, next_at, sent, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT(platform, user_id) DO UPDATE SET"
        " weekday = excluded.weekday,"
        " hour = excluded.hour, next_at = excluded.next_at, updated_at = excluded.updated_at",
        [platform, user_id, weekday, hour, iso(next_at), iso(now)],
    )


def unsubscribe(db: Database, platform: str, user_id: str) -> bool:
    return bool(
        db.execute(
            "DELETE FROM tip_subscriptions WHERE platform = ? AND user_id = ?", [platform, user_id]
        ).rowcount
    )


def get(db: Database, platform: str, user_id: str) -> Subscription | None:
    row = db.execute(
        "SELECT platform, user_id, weekday, hour, next_at, sent FROM tip_subscriptions"
        " WHERE platform = ? AND user_id = ?",
        [platform, user_id],
    ).fetchone()
    return None if row is None else Subscription(*row)


def due(db: Database, now: datetime) -> list[Subscription]:
    rows = db.execute(
        "SELECT platform, user_id, weekday, hour, next_at, sent FROM tip_subscriptions WHERE next_at <= ?"
        " ORDER BY next_at",
        [iso(now)],
    ).fetchall()
    return [Subscription(*row) for row in rows]


def sent(db: Database, subscription: Subscription, next_at: datetime) -> None:
    db.execute(
        "UPDATE tip_subscriptions SET next_at = ?, sent = sent + 1 WHERE platform = ? AND user_id = ?",
        [iso(next_at), subscription.platform, subscription.user_id],
    )


def forget(db: Database, platform: str, user_id: str) -> int:
    return db.execute(
        "DELETE FROM tip_subscriptions WHERE platform = ? AND user_id = ?", [platform, user_id]
    ).rowcount
