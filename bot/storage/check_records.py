"""What Matte keeps of a check: a keyed hash of the text, the score and the cue names. Never the text.

The hash lets repeated forwards of the same message be counted without keeping it; it is keyed
(HMAC) so nobody can confirm a guess of a message's wording from the database alone.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from bot.storage.timestamps import iso

HASH_KEY_NAME = "check_hash_key"


@dataclass(frozen=True)
class CheckRecord:
    id: int
    score: float
    cues: tuple[str, ...]
    matches: tuple[str, ...]
    origin: str


def hash_key(db: Database, configured: str) -> bytes:
    """The configured key (MATTE_HASH_KEY), or one generated once and kept in the database."""
    if configured:
        return configured.encode("utf-8")
    row = db.execute("SELECT value FROM secrets WHERE name = ?", [HASH_KEY_NAME]).fetchone()
    if row:
        return bytes.fromhex(row[0])
    key = secrets.token_bytes(32)
    db.execute("INSERT INTO secrets (name, value) VALUES (?, ?)", [HASH_KEY_NAME, key.hex()])
    return key


def text_hash(key: bytes, text: str) -> str:
    return hmac.new(key, text.strip().encode("utf-8"), hashlib.sha256).hexdigest()


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
