"""What Matte keeps of a check: a keyed hash of the text, the score and the cue names. Never the text.

The hash lets repeated forwards of the same message be counted without keeping it; it is keyed
(HMAC) with a key that is not in the database (`bot.storage.hash_key`), so nobody can confirm a guess
of a message's wording from the database alone.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from bot.storage.timestamps import iso


@dataclass(frozen=True)
class CheckRecord:
    id: int
    score: float
    cues: tuple[str, ...]
    matches: tuple[str, ...]
    origin: str


def text_hash(key: str, text: str) -> str:
    if not key:
        raise ValueError("no hash key: the app resolves one at start (bot.storage.hash_key)")
    return hmac.new(key.encode("utf-8"), text.strip().encode("utf-8"), hashlib.sha256).hexdigest()


def add(
    db: Database,
    *,
    platform: str,
    user_id: str,
    chat_kind: str,
    digest: str,
    score: float,
    cues: tuple[str, ...],
    matches: tuple[str, ...],
    origin: str,
    now: datetime,
) -> int:
    cursor = db.execute(
        "INSERT INTO check_records (platform, user_id, chat_kind, text_hash, score, cues, matches, origin,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            platform,
            user_id,
            chat_kind,
            digest,
            round(score, 4),
            ",".join(cues),
            ",".join(matches),
            origin,
            iso(now),
        ],
    )
    return int(cursor.lastrowid or 0)


def get(db: Database, record_id: int) -> CheckRecord | None:
    row = db.execute(
        "SELECT id, score, cues, matches, origin FROM check_records WHERE id = ?", [record_id]
    ).fetchone()
    if row is None:
        return None
    return CheckRecord(row[0], row[1], _split(row[2]), _split(row[3]), row[4] or "")


def set_helpful(db: Database, record_id: int, helpful: bool) -> None:
    db.execute("UPDATE check_records SET helpful = ? WHERE id = ?", [int(helpful), record_id])


def purge_before(db: Database, moment: datetime) -> int:
    return db.execute("DELETE FROM check_records WHERE created_at < ?", [iso(moment)]).rowcount


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)
