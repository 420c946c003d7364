"""Conversation state: which lesson, quiz or check a user is in, per platform, chat and user.

Saved after every step, so a restart resumes where the user was and one process can serve
several platforms. The data is JSON and holds stable ids only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso, utc_now


@dataclass(frozen=True)
class State:
    flow: str
    data: dict[str, Any] = field(default_factory=dict)


def load(db: Database, platform: str, chat_id: str, user_id: str) -> State | None:
    rows = list(
        db.table("conversation_state").rows_where(
            "platform = ? and chat_id = ? and user_id = ?", [platform, chat_id, user_id]
        )
    )
    if not rows:
        return None
    return State(rows[0]["flow"], json.loads(rows[0]["data"] or "{}"))


def save(db: Database, platform: str, chat_id: str, user_id: str, state: State) -> None:
    db.table("conversation_state").upsert(
        {
            "platform": platform,
            "chat_id": chat_id,
            "user_id": user_id,
            "flow": state.flow,
            "data": json.dumps(state.data, ensure_ascii=False, sort_keys=True),
            "updated_at": iso(utc_now()),
        },
        pk=("platform", "chat_id", "user_id"),
    )


def clear(db: Database, platform: str, chat_id: str, user_id: str) -> None:
    db.table("conversation_state").delete_where(
        "platform = ? and chat_id = ? and user_id = ?", [platform, chat_id, user_id]
    )
