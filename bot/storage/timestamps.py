"""Timestamps are stored as ISO 8601 UTC text so they sort and compare as strings."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

DEFAULT_TZ = "Asia/Tokyo"
"""People read times in their own zone (`MATTE_TZ`); 19:28 UTC is 04:28 the next day in Japan."""


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def local_minute(stamp: str, tz: str = DEFAULT_TZ) -> str:
    """A stored UTC stamp as "YYYY-MM-DD HH:MM" in the zone `tz` (stored times stay UTC)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
