"""JSON round trip for outgoing messages, so replies can wait in the outbox across a crash."""

from __future__ import annotations

import json
from typing import Any

from bot.core.events import Button, ChatRef, Message, Outgoing


def outgoing_to_json(out: Outgoing) -> str:
    data: dict[str, Any] = {
        "type": "message",
        "chat": [out.chat.platform, out.chat.chat_id],
        "text": out.text,
        "buttons": [[[b.label, b.payload] for b in row] for row in out.buttons],
        "ephemeral": out.ephemeral,
    }
    return json.dumps(data, ensure_ascii=False)


def outgoing_from_json(raw: str) -> Outgoing:
    data = json.loads(raw)
    if data.get("type") != "message":
        raise ValueError(f"unknown outgoing type: {data.get('type')!r}")
    return Message(
        chat=ChatRef(*data["chat"]),
        text=data["text"],
        buttons=tuple(tuple(Button(label, payload) for label, payload in row) for row in data["buttons"]),
        ephemeral=data["ephemeral"],
    )
