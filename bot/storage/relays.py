"""Questions a senior passed on to a helper: metadata kept, the relayed text only for a short while.

The text (already redacted and defanged) is kept from the check until the senior sends it on, at
most `KEEP_TEXT`; sending moves it into the outbox, which deletes it once the helper's platform
accepted it. After that the row holds who, when, which signs and which quick answer: never words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso

DRAFT, SENT, ANSWERED, EXPIRED, CANCELLED = "draft", "sent", "answered", "expired", "cancelled"
KEEP_TEXT = timedelta(days=7)


@dataclass(frozen=True)
class Relay:
    id: int
    link_id: int | None
    senior_platform: str
    senior_user: str
    helper_platform: str | None
    helper_user: str | None
    check_id: int
    cues: tuple[str, ...]
    text: str | None
    status: str
    created_at: str
    sent_at: str | None


def add_draft(
    db: Database, senior: tuple[str, str], check_id: int, cues: tuple[str, ...], text: str, now: datetime
) -> int:
    """Keep the redacted text of a check the senior may pass on; returns the relay id."""
    cursor = db.execute(
        "INSERT INTO helper_relays (senior_platform, senior_user, check_id, cues, text, status, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [*senior, check_id, ",".join(cues), text, DRAFT, iso(now)],
    )
    return int(cursor.lastrowid or 0)


def get(db: Database, relay_id: int) -> Relay | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM helper_relays WHERE id = ?", [relay_id]).fetchone()
    return None if row is None else _relay(row)


def mark_sent(db: Database, relay_id: int, link_id: int, helper: tuple[str, str], now: datetime) -> None:
    """The senior confirmed: the text leaves this table for the outbox item that carries it."""
    db.execute(
        "UPDATE helper_relays SET status = ?, link_id = ?, helper_platform = ?, helper_user = ?, sent_at = ?,"
        " text = NULL WHERE id = ?",
        [SENT, link_id, *helper, iso(now), relay_id],
    )


def drop_draft(db: Database, relay_id: int) -> None:
    """The senior decided not to send it: the text goes now."""
    db.execute(
        "UPDATE helper_relays SET status = ?, text = NULL WHERE id = ? AND status = ?",
        [CANCELLED, relay_id, DRAFT],
    )


def drop_undelivered(db: Database, markers: list[str]) -> int:
    """Delete outbox items still carrying an expired relay's text (found by its answer button)."""
    removed = 0
    for marker in markers:
        removed += db.execute("DELETE FROM outbox WHERE instr(payload, ?) > 0", [f'"{marker}"']).rowcount
    return removed


def mark_answered(db: Database, relay_id: int, answer: str, now: datetime) -> None:
    db.execute(
        "UPDATE helper_relays SET status = ?, answer = ?, answered_at = ?, text = NULL WHERE id = ?",
        [ANSWERED, answer, iso(now), relay_id],
    )


def mark_reminded(db: Database, relay_id: int, now: datetime) -> None:
    db.execute("UPDATE helper_relays SET reminded_at = ? WHERE id = ?", [iso(now), relay_id])


def due_reminders(db: Database, sent_before: datetime) -> list[Relay]:
    """Sent, unanswered and never reminded, sent before the moment given."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM helper_relays WHERE status = ? AND reminded_at IS NULL AND sent_at <= ?"
        " ORDER BY id",
        [SENT, iso(sent_before)],
    ).fetchall()
    return [_relay(row) for row in rows]


def expire(db: Database, now: datetime) -> list[int]:
    """Relays older than `KEEP_TEXT`: text gone, unanswered ones closed; returns the ids closed now."""
    cutoff = iso(now - KEEP_TEXT)
    closing = [
        int(row[0])
        for row in db.execute(
            "SELECT id FROM helper_relays WHERE created_at <= ? AND status IN (?, ?)", [cutoff, DRAFT, SENT]
        ).fetchall()
    ]
    db.execute(
        "UPDATE helper_relays SET status = ?, text = NULL WHERE created_at <= ? AND status IN (?, ?)",
        [EXPIRED, cutoff, DRAFT, SENT],
    )
    db.execute("UPDATE helper_relays SET text = NULL WHERE created_at <= ? AND text IS NOT NULL", [cutoff])
    return closing


def cancel_for_link(db: Database, link_id: int) -> int:
    """An unlinked pair: questions still waiting are closed and their text dropped."""
    return db.execute(
        "UPDATE helper_relays SET status = ?, text = NULL WHERE link_id = ? AND status = ?",
        [CANCELLED, link_id, SENT],
    ).rowcount


def answered_by(db: Database, platform: str, user_id: str) -> int:
    """How many questions this person answered as a helper (shown in /progress)."""
    row = db.execute(
        "SELECT count(*) FROM helper_relays WHERE helper_platform = ? AND helper_user = ? AND status = ?",
        [platform, user_id, ANSWERED],
    ).fetchone()
    return int(row[0])


def seniors_helped(db: Database, platform: str, user_id: str) -> int:
    row = db.execute(
        "SELECT count(DISTINCT senior_platform || ':' || senior_user) FROM helper_relays"
        " WHERE helper_platform = ? AND helper_user = ? AND status = ?",
        [platform, user_id, ANSWERED],
    ).fetchone()
    return int(row[0])


def forget(db: Database, platform: str, user_id: str) -> int:
    """Delete relays this person asked or was asked; returns how many rows went."""
    return db.execute(
        "DELETE FROM helper_relays WHERE (senior_platform = ? AND senior_user = ?)"
        " OR (helper_platform = ? AND helper_user = ?)",
        [platform, user_id, platform, user_id],
    ).rowcount


_COLUMNS = (
    "id, link_id, senior_platform, senior_user, helper_platform, helper_user, check_id, cues, text, status,"
    " created_at, sent_at"
)


def _relay(row: Any) -> Relay:
    cues = tuple(c for c in str(row[7] or "").split(",") if c)
    return Relay(
        int(row[0]),
        None if row[1] is None else int(row[1]),
        str(row[2]),
        str(row[3]),
        None if row[4] is None else str(row[4]),
        None if row[5] is None else str(row[5]),
        int(row[6]),
        cues,
        None if row[8] is None else str(row[8]),
        str(row[9]),
        str(row[10]),
        None if row[11] is None else str(row[11]),
    )
