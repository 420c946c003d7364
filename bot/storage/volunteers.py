"""Supervised volunteers: organisations, the volunteers their organiser approved, reports and blocks.

A volunteer sees a senior only by a nickname made up when they link; the organiser sees reports
and how many questions each volunteer answered, never the questions themselves.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from bot.storage.timestamps import iso

APPLIED, APPROVED, REVOKED = "applied", "approved", "revoked"
NICKNAMES = (
    "さくら",
    "すみれ",
    "つばき",
    "もみじ",
    "あおい",
    "かえで",
    "ひまわり",
    "なでしこ",
    "ききょう",
    "あやめ",
)


@dataclass(frozen=True)
class Organisation:
    name: str
    min_score: int
    organiser_platform: str | None
    organiser_user: str | None


@dataclass(frozen=True)
class Volunteer:
    platform: str
    user_id: str
    org: str
    status: str
    relays: int
    reports: int = 0


def new_nickname() -> str:
    """A made-up name for the senior, e.g. 「つばき37」: the volunteer never learns the real one."""
    return f"{secrets.choice(NICKNAMES)}{secrets.randbelow(90) + 10}"


def add_organisation(
    db: Database, name: str, min_score: int, organiser: tuple[str, str] | None, now: datetime
) -> None:
    db.execute(
        "INSERT INTO helper_organisations (name, min_score, organiser_platform, organiser_user, created_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET min_score = excluded.min_score,"
        " organiser_platform = excluded.organiser_platform, organiser_user = excluded.organiser_user",
        [name, min_score, *(organiser or (None, None)), iso(now)],
    )


def organisation(db: Database, name: str) -> Organisation | None:
    row = db.execute(
        "SELECT name, min_score, organiser_platform, organiser_user FROM helper_organisations WHERE name = ?",
        [name],
    ).fetchone()
    return None if row is None else Organisation(row[0], int(row[1] or 0), row[2], row[3])


def apply(db: Database, platform: str, user_id: str, org: str, now: datetime) -> None:
    """A student asks to volunteer; the organiser approves them with `matte helpers approve`."""
    db.execute(
        "INSERT INTO helper_volunteers (platform, user_id, org, status, applied_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(platform, user_id) DO UPDATE SET org = excluded.org, status = excluded.status,"
        " applied_at = excluded.applied_at",
        [platform, user_id, org, APPLIED, iso(now)],
    )


def approve(db: Database, platform: str, user_id: str, org: str, now: datetime) -> None:
    db.execute(
        "INSERT INTO helper_volunteers (platform, user_id, org, status, approved_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(platform, user_id) DO UPDATE SET org = excluded.org, status = excluded.status,"
        " approved_at = excluded.approved_at, revoked_at = NULL",
        [platform, user_id, org, APPROVED, iso(now)],
    )


def revoke(db: Database, platform: str, user_id: str, now: datetime) -> bool:
    """Revoke a volunteer; False if there was none."""
    return bool(
        db.execute(
            "UPDATE helper_volunteers SET status = ?, revoked_at = ? WHERE platform = ? AND user_id = ?",
            [REVOKED, iso(now), platform, user_id],
        ).rowcount
    )


def get(db: Database, platform: str, user_id: str) -> Volunteer | None:
    found = _volunteers(db, "v.platform = ? AND v.user_id = ?", [platform, user_id])
    return found[0] if found else None


def approved(db: Database, platform: str, user_id: str) -> Volunteer | None:
    volunteer = get(db, platform, user_id)
    return volunteer if volunteer is not None and volunteer.status == APPROVED else None


def listing(db: Database, org: str | None = None) -> list[Volunteer]:
    return _volunteers(db, "v.org = ?", [org]) if org else _volunteers(db, "1 = 1", [])


def count_relay(db: Database, platform: str, user_id: str) -> None:
    db.execute(
        "UPDATE helper_volunteers SET relays = relays + 1 WHERE platform = ? AND user_id = ?",
        [platform, user_id],
    )


def report(db: Database, volunteer: Volunteer, relay_id: int, now: datetime) -> int:
    cursor = db.execute(
        "INSERT INTO helper_reports (volunteer_platform, volunteer_user, org, relay_id, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [volunteer.platform, volunteer.user_id, volunteer.org, relay_id, iso(now)],
    )
    return int(cursor.lastrowid or 0)


def reports(db: Database, org: str | None = None) -> list[tuple[int, str, str, str, int, str]]:
    """(id, platform, user id, org, relay id, when) of every report, newest first."""
    where, params = ("WHERE org = ?", [org]) if org else ("", [])
    rows = db.execute(
        "SELECT id, volunteer_platform, volunteer_user, org, relay_id, created_at FROM helper_reports"
        f" {where} ORDER BY id DESC",
        params,
    ).fetchall()
    return [(int(r[0]), r[1], r[2], r[3], int(r[4] or 0), r[5]) for r in rows]


def block(db: Database, senior: tuple[str, str], helper: tuple[str, str], now: datetime) -> None:
    db.execute(
        "INSERT OR IGNORE INTO helper_blocks (senior_platform, senior_user, helper_platform, helper_user,"
        " created_at) VALUES (?, ?, ?, ?, ?)",
        [*senior, *helper, iso(now)],
    )


def blocked(db: Database, senior: tuple[str, str], helper: tuple[str, str]) -> bool:
    row = db.execute(
        "SELECT 1 FROM helper_blocks WHERE senior_platform = ? AND senior_user = ? AND helper_platform = ?"
        " AND helper_user = ?",
        [*senior, *helper],
    ).fetchone()
    return row is not None


def forget(db: Database, platform: str, user_id: str) -> int:
    """Delete this person's volunteer record, reports about them and blocks on either side."""
    removed = db.execute(
        "DELETE FROM helper_volunteers WHERE platform = ? AND user_id = ?", [platform, user_id]
    ).rowcount
    removed += db.execute(
        "DELETE FROM helper_reports WHERE volunteer_platform = ? AND volunteer_user = ?", [platform, user_id]
    ).rowcount
    removed += db.execute(
        "DELETE FROM helper_blocks WHERE (senior_platform = ? AND senior_user = ?)"
        " OR (helper_platform = ? AND helper_user = ?)",
        [platform, user_id, platform, user_id],
    ).rowcount
    return removed


def _volunteers(db: Database, where: str, params: list[object]) -> list[Volunteer]:
    rows = db.execute(
        "SELECT v.platform, v.user_id, v.org, v.status, v.relays,"
        " (SELECT count(*) FROM helper_reports r WHERE r.volunteer_platform = v.platform"
        " AND r.volunteer_user = v.user_id)"
        f" FROM helper_volunteers v WHERE {where} ORDER BY v.org, v.platform, v.user_id",
        params,
    ).fetchall()
    return [Volunteer(r[0], r[1], r[2], r[3], int(r[4] or 0), int(r[5])) for r in rows]
