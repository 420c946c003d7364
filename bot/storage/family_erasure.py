"""What /forget removes of family helpers, volunteers and weekly tips, on either side of a link."""

from __future__ import annotations

from sqlite_utils import Database

from bot.storage import helpers, relays, tips, volunteers


def forget(db: Database, platform: str, user_id: str) -> int:
    """Delete codes, links, relays, volunteer records, blocks and the tips subscription; returns rows."""
    return (
        helpers.forget(db, platform, user_id)
        + relays.forget(db, platform, user_id)
        + volunteers.forget(db, platform, user_id)
        + tips.forget(db, platform, user_id)
    )
