"""Pure translation of LINE webhook events into core events (the outgoing side: outgoing.py).

No I/O here, so every rule is tested against recorded, real-shaped payloads. A webhook event's
`webhookEventId` travels as the core `update_id`: LINE redelivers an event with the same id, so the
engine handles it once, also across a restart.

LINE gives bots no forward metadata, so any text of MIN_PASTE characters or more in a one-to-one
chat is checked (the check feature does that for private text). Seniors type words rather than
commands: 「クイズ」「使い方」「講座」「確認」 map to the commands they name, as does `/name`.

LINE bots see every message in a group or room. Matte answers there only when mentioned
(`mention.mentionees[].isSelf`) or sent a `/command`; anything else is marked unaddressed and the
core stays quiet. A picture in a one-to-one chat becomes an `ImageMessage` naming the message id
(the runner fetches its content); pictures in groups cannot mention Matte and are left alone. Event
types the core has no use for translate to None.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from bot.core.command_text import parse_command
from bot.core.events import ButtonPress, ChatKind, Command, ImageMessage, Incoming, Source, TextMessage

PLATFORM = "line"
SIGNATURE_HEADER = "x-line-signature"
WORDS = {
    "クイズ": "quiz",
    "使い方": "help",
    "講座": "course",
    "確認": "check",
    "確かめる": "check",
    "7日間講座": "course",
    "はじめる": "start",
    "先生": "teacher",
    "家族に聞く": "helper",
    "停止": "tipsoff",
}
"""Plain Japanese words that work as commands (typed, or sent by a rich menu button: richmenu.py)."""


def signature(secret: str, body: bytes) -> str:
    """What LINE puts in x-line-signature: base64 of HMAC-SHA256 of the raw body."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def signature_ok(secret: str, body: bytes, given: str) -> bool:
    """Compare in constant time, so the comparison leaks nothing about the right value."""
    return hmac.compare_digest(signature(secret, body).encode(), given.encode())


def is_group_chat(chat_id: str) -> bool:
    """LINE ids say what they are: U… a user, C… a group, R… a multi-person chat (room)."""
    return chat_id.startswith(("C", "R"))


def reply_token(event: dict[str, Any]) -> str | None:
    token = event.get("replyToken")
    return token if isinstance(token, str) and token else None


def event_id(event: dict[str, Any]) -> str | None:
    found = event.get("webhookEventId")
    return found if isinstance(found, str) and found else None


def is_redelivery(event: dict[str, Any]) -> bool:
    context = event.get("deliveryContext")
    return isinstance(context, dict) and context.get("isRedelivery") is True


def to_event(event: dict[str, Any]) -> Incoming | None:
    """The core event for a webhook event, or None when the core has nothing to do with it.

    Assumes LINE's documented shape; a field of the wrong JSON type may raise (the runner logs and
    skips that event).
    """
    source = _source(event.get("source"))
    if source is None:
        return None
    update_id = event_id(event)
    match event.get("type"):
        case "follow" if not source.is_group:
            return Command(source=source, update_id=update_id, name="start")
        case "unfollow" if not source.is_group:
            return Command(source=source, update_id=update_id, name="stop")
        case "postback":
            data = (event.get("postback") or {}).get("data")
            if not isinstance(data, str) or not data:
                return None
            return ButtonPress(source=source, update_id=update_id, payload=data)
        case "message":
            return _from_message(event.get("message") or {}, source, update_id)
    return None


def _source(raw: Any) -> Source | None:
    if not isinstance(raw, dict):
        return None
    user = raw.get("userId")
    match raw.get("type"):
        case "user" if isinstance(user, str):
            return Source(platform=PLATFORM, chat_id=user, user_id=user)
        case "group" | "room" as kind:
            chat = raw.get(f"{kind}Id")
            if not isinstance(chat, str) or not isinstance(user, str):
                return None
            return Source(platform=PLATFORM, chat_id=chat, user_id=user, chat_kind=ChatKind.GROUP)
    return None


def _from_message(message: dict[str, Any], source: Source, update_id: str | None) -> Incoming | None:
    match message.get("type"):
        case "text":
            text = message.get("text")
            if not isinstance(text, str):
                return None
        case "image" if not source.is_group:
            return _picture(message, source, update_id)
        case _:
            return None
    mentioned = _mentions_me(message)
    if mentioned:
        text = _without_mentions(text, message)
    command = parse_command(text.strip())
    if command is None and (mentioned or not source.is_group):
        word, _, args = text.strip().partition(" ")
        if word in WORDS:
            command = WORDS[word], args.strip()
    if command is not None:
        name, args = command
        return Command(source=source, update_id=update_id, name=name, args=args)
    addressed = mentioned or not source.is_group
    return TextMessage(source=source, update_id=update_id, addressed=addressed, text=text)


def _picture(message: dict[str, Any], source: Source, update_id: str | None) -> ImageMessage | None:
    """A picture LINE holds (fetched by id); one it links from elsewhere cannot be fetched."""
    ref = message.get("id")
    if not isinstance(ref, str) or not ref:
        return None
    provider = message.get("contentProvider")
    held = not isinstance(provider, dict) or provider.get("type", "line") == "line"
    return ImageMessage(
        source=source, update_id=update_id, ref=ref, fetch_problem="" if held else "unavailable"
    )


def _mentionees(message: dict[str, Any]) -> list[dict[str, Any]]:
    mention = message.get("mention")
    found = mention.get("mentionees") if isinstance(mention, dict) else None
    return [m for m in found if isinstance(m, dict)] if isinstance(found, list) else []


def _mentions_me(message: dict[str, Any]) -> bool:
    return any(m.get("isSelf") is True for m in _mentionees(message))


def _without_mentions(text: str, message: dict[str, Any]) -> str:
    """The text without the @mentions of Matte (LINE gives their index and length in characters)."""
    spans = sorted(
        (m["index"], m["length"])
        for m in _mentionees(message)
        if m.get("isSelf") is True and isinstance(m.get("index"), int) and isinstance(m.get("length"), int)
    )
    for index, length in reversed(spans):
        text = text[:index] + text[index + length :]
    return text.strip()
