"""Per-user profile: language and settings. Languages are `ja` and `en` only."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.languages import LANGUAGES
from bot.storage.timestamps import iso, utc_now


@dataclass(frozen=True)
class User:
    platform: str
    user_id: str
    lang: str
    lang_explicit: bool = False
    settings: dict[str, Any] = field(default_factory=dict)


def language_from_code(code: str | None, default: str) -> str:
    """Map a platform language code (`ja`, `en-GB`, …) to a supported language."""
    if code:
        base = code.split("-")[0].split("_")[0].lower()
        if base in LANGUAGES:
            return base
    return default


def get_or_create(db: Database, platform: str, user_id: str, lang: str) -> User:
    """Fetch a user, creating them with `lang` on first contact."""
    row = _row(db, platform, user_id)
    if row is None:
        now = iso(utc_now())
        db.table("users").insert(
            {
                "platform": platform,
                "user_id": user_id,
                "lang": lang,
                "lang_explicit": 0,
                "settings": "{}",
                "created_at": now,
                "updated_at": now,
            }
        )
        return User(platform, user_id, lang)
    return _user(row)


def get(db: Database, platform: str, user_id: str) -> User | None:
    row = _row(db, platform, user_id)
    return None if row is None else _user(row)


def set_language(db: Database, platform: str, user_id: str, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    db.table("users").update(
        (platform, user_id), {"lang": lang, "lang_explicit": 1, "updated_at": iso(utc_now())}
    )


def update_settings(db: Database, platform: str, user_id: str, **changes: Any) -> None:
    """Merge `changes` into the user's settings."""
    user = get(db, platform, user_id)
    if user is None:
        raise KeyError((platform, user_id))
    merged = {**user.settings, **changes}
    db.table("users").update(
        (platform, user_id),
        {"settings": json.dumps(merged, ensure_ascii=False), "updated_at": iso(utc_now())},
    )


def _row(db: Database, platform: str, user_id: str) -> dict[str, Any] | None:
    rows = list(db.table("users").rows_where("platform = ? and user_id = ?", [platform, user_id]))
    return rows[0] if rows else None


def _user(row: dict[str, Any]) -> User:
    return User(
        row["platform"],
        row["user_id"],
        row["lang"],
        bool(row["lang_explicit"]),
        json.loads(row["settings"] or "{}"),
    )
