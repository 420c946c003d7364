"""Group updates built by hand for the tests that feed the fake Bot API more than its recordings hold.

The strict class quiz (30 pupils) and the kill -9 fault runs both send group commands and poll
answers by the dozen; they share these builders so the shape Telegram sends (the fields of
tests/payloads/telegram/group_command_*.json and poll_answer.json) is written once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def person(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "ja"}


@dataclass(frozen=True)
class Group:
    """A supergroup the updates come from."""

    id: int
    title: str

    def command(self, update_id: int, user_id: int, text: str) -> dict[str, Any]:
        """A member sending `text` (a command, possibly with @bot and arguments) in this group."""
        command = text.split()[0]
        message = {
            "message_id": update_id % 1_000_000,
            "from": person(user_id),
            "chat": {"id": self.id, "title": self.title, "type": "supergroup"},
            "date": 1767312210,
            "text": text,
            "entities": [{"offset": 0, "length": len(command), "type": "bot_command"}],
        }
        return {"update_id": update_id, "message": message}


def poll_answer(update_id: int, user_id: int, poll_id: str, option: int) -> dict[str, Any]:
    answer = {
        "poll_id": poll_id,
        "user": person(user_id),
        "option_ids": [option],
        "option_persistent_ids": [str(option + 1)],
    }
    return {"update_id": update_id, "poll_answer": answer}
