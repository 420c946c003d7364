"""The seniors' course delivery plan: who is on which day and when the next one is due.

Delivering a day and moving the plan on happen in the same transaction as queuing the message, so
a restart neither skips nor repeats a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso

ACTIVE, STOPPED, FINISHED = "active", "stopped", "finished"


@dataclass(frozen=True)
class Enrolment:
    platform: str
    user_id: str
    chat_id: str
    course_id: str
    hour: int
    next_day: int
    answered_day: int
    next_at: str
    status: str


def enrol(db: Database, e: Enrolment, now: datetime) -> None:
    db.table("course_enrolments").upsert(
        {**e.__dict__, "updated_at": iso(now)}, pk=("platform", "user_id", "course_id")
    )


def get(db: Database, platform: str, user_id: str, course_id: str) -> Enrolment | None:
    rows = list(
        db.table("course_enrolments").rows_where(
            "platform = ? AND user_id = ? AND course_id = ?", [platform, user_id, course_id]
        )
    )
    return _enrolment(rows[0]) if rows else None


def due(db: Database, now: datetime) -> list[Enrolment]:
    rows = db.table("course_enrolments").rows_where(
        "status = ? AND next_at <= ?", [ACTIVE, iso(now)], order_by="next_at"
    )
    return [_enrolment(r) for r in rows]


def update(db: Database, e: Enrolment, now: datetime, **changes: object) -> None:
    db.table("course_enrolments").update(
        (e.platform, e.user_id, e.course_id), {**changes, "updated_at": iso(now)}
    )


def _enrolment(row: dict[str, Any]) -> Enrolment:
    return Enrolment(**{k: row[k] for k in Enrolment.__dataclass_fields__})
