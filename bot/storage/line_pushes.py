"""LINE push messages sent per month: LINE charges for them and caps them on cheaper plans.

LINE counts one message per push request and recipient, however many message objects (up to
five) the request carries; replies are not counted at all.

The month is LINE's billing month, counted in Japan time (UTC+9), so the count starts again when
LINE's own count does.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlite_utils import Database

JST = timezone(timedelta(hours=9))


def month_of(moment: datetime) -> str:
    """`YYYY-MM` of the moment in Japan time."""
    return moment.astimezone(JST).strftime("%Y-%m")


def this_month() -> str:
    return month_of(datetime.now(UTC))


def count(db: Database, month: str) -> int:
    """Pushes counted in `month`."""
    row = db.execute("SELECT count FROM line_pushes WHERE month = ?", [month]).fetchone()
    return int(row[0]) if row else 0


def add(db: Database, month: str, messages: int) -> None:
    """Count `messages` more pushed messages (requests times recipients) in `month`. Call inside a
    write transaction."""
    db.execute(
        "INSERT INTO line_pushes (month, count) VALUES (?, ?)"
        " ON CONFLICT(month) DO UPDATE SET count = count + excluded.count",
        [month, messages],
    )
