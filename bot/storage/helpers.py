"""Links between a senior and the people they trust to ask: one-time codes, attempts, the links.

A code is kept only as a keyed hash (the same HMAC key as check records), so the database alone
does not let anyone join a senior. Failed attempts are counted per person to stop guessing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso

PENDING, ACTIVE = "pending", "active"
FAMILY, VOLUNTEER = "family", "volunteer"


@dataclass(frozen=True)
class Link:
    id: int
    senior_platform: str
    senior_user: str
    senior_name: str
    helper_platform: str
    helper_user: str
    helper_name: str
    kind: str
    status: str

    def involves(self, platform: str, user_id: str) -> bool:
        return (platform, user_id) in (
            (self.senior_platform, self.senior_user),
            (self.helper_platform, self.helper_user),
        )


@dataclass(frozen=True)
class Code:
    platform: str
    user_id: str
    name: str
    expires_at: str


def put_code(
    db: Database, digest: str, platform: str, user_id: str, name: str, now: datetime, expires: datetime
) -> None:
    """Store a new code for the senior, replacing any earlier one (one live code per senior)."""
    db.execute("DELETE FROM helper_codes WHERE platform = ? AND user_id = ?", [platform, user_id])
    db.execute(
        "INSERT INTO helper_codes (code_hash, platform, user_id, name, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [digest, platform, user_id, name, iso(now), iso(expires)],
    )


def find_code(db: Database, digest: str, now: datetime) -> Code | None:
    """The live code with this hash; None if unknown or expired. It stays until `use_code`."""
    row = db.execute(
        "SELECT platform, user_id, name, expires_at FROM helper_codes WHERE code_hash = ?", [digest]
    ).fetchone()
    if row is None or row[3] <= iso(now):
        return None
    return Code(row[0], row[1], row[2] or "", row[3])


def use_code(db: Database, digest: str) -> None:
    """A code works once: deleted when it links someone."""
    db.execute("DELETE FROM helper_codes WHERE code_hash = ?", [digest])


def purge_codes(db: Database, now: datetime) -> int:
    return db.execute("DELETE FROM helper_codes WHERE expires_at <= ?", [iso(now)]).rowcount


def record_attempt(db: Database, platform: str, user_id: str, now: datetime) -> None:
    db.execute(
        "INSERT INTO helper_attempts (platform, user_id, attempted_at) VALUES (?, ?, ?)",
        [platform, user_id, iso(now)],
    )


def attempts_since(db: Database, platform: str, user_id: str, since: datetime) -> int:
    row = db.execute(
        "SELECT count(*) FROM helper_attempts WHERE platform = ? AND user_id = ? AND attempted_at > ?",
        [platform, user_id, iso(since)],
    ).fetchone()
    return int(row[0])


def purge_attempts(db: Database, before: datetime) -> int:
    return db.execute("DELETE FROM helper_attempts WHERE attempted_at <= ?", [iso(before)]).rowcount


def add_link(
    db: Database,
    *,
    senior: tuple[str, str, str],
    helper: tuple[str, str, str],
    kind: str,
    now: datetime,
) -> int:
    """A pending link: (platform, user id, name) of each side; the senior confirms it later."""
    cursor = db.execute(
        "INSERT INTO helper_links (senior_platform, senior_user, senior_name, helper_platform, helper_user,"
        " helper_name, kind, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*senior, *helper, kind, PENDING, iso(now)],
    )
    return int(cursor.lastrowid or 0)


def get_link(db: Database, link_id: int) -> Link | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM helper_links WHERE id = ?", [link_id]).fetchone()
    return None if row is None else Link(*row)


def confirm(db: Database, link_id: int, now: datetime) -> None:
    db.execute(
        "UPDATE helper_links SET status = ?, confirmed_at = ? WHERE id = ?", [ACTIVE, iso(now), link_id]
    )


def remove(db: Database, link_id: int) -> None:
    db.execute("DELETE FROM helper_links WHERE id = ?", [link_id])


def helpers_of(db: Database, platform: str, user_id: str, *, active_only: bool = False) -> list[Link]:
    """The senior's links (pending ones too unless `active_only`), oldest first."""
    return _links(db, "senior_platform = ? AND senior_user = ?", [platform, user_id], active_only)


def seniors_of(db: Database, platform: str, user_id: str, *, active_only: bool = False) -> list[Link]:
    """The links where this person is the helper, oldest first."""
    return _links(db, "helper_platform = ? AND helper_user = ?", [platform, user_id], active_only)


def between(db: Database, senior: tuple[str, str], helper: tuple[str, str]) -> Link | None:
    found = _links(
        db,
        "senior_platform = ? AND senior_user = ? AND helper_platform = ? AND helper_user = ?",
        [*senior, *helper],
        False,
    )
    return found[0] if found else None


def remove_helper_links(db: Database, platform: str, user_id: str) -> list[Link]:
    """Remove every link where this person helps (a revoked volunteer); returns what was removed."""
    removed = seniors_of(db, platform, user_id)
    db.execute("DELETE FROM helper_links WHERE helper_platform = ? AND helper_user = ?", [platform, user_id])
    return removed


def forget(db: Database, platform: str, user_id: str) -> int:
    """Delete codes, attempts and links of this person, on either side; returns how many rows went."""
    removed = 0
    for table in ("helper_codes", "helper_attempts"):
        removed += db.execute(
            f"DELETE FROM {table} WHERE platform = ? AND user_id = ?", [platform, user_id]
        ).rowcount
    removed += db.execute(
        "DELETE FROM helper_links WHERE (senior_platform = ? AND senior_user = ?)"
        " OR (helper_platform = ? AND helper_user = ?)",
        [platform, user_id, platform, user_id],
    ).rowcount
    return removed


_COLUMNS = (
    "id, senior_platform, senior_user, senior_name, helper_platform, helper_user, helper_name, kind, status"
)


def _links(db: Database, where: str, params: list[Any], active_only: bool) -> list[Link]:
    if active_only:
        where += " AND status = ?"
        params = [*params, ACTIVE]
    rows = db.execute(f"SELECT {_COLUMNS} FROM helper_links WHERE {where} ORDER BY id", params).fetchall()
    return [Link(*row) for row in rows]
