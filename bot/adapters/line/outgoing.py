"""Pure translation of core replies into LINE message objects (the SDK's models), within LINE's limits.

A text message holds at most TEXT_LIMIT characters (counted here in UTF-16 units, never fewer than
LINE counts), so longer text is split first (bot.core.splitting). Buttons become quick replies on
the last message: at most QUICK_REPLY_LIMIT of them, labels of at most LABEL_LIMIT characters,
postback data of at most DATA_LIMIT. Where a label is longer, every choice is written out,
numbered, at the end of the text and the buttons carry only the numbers (a senior reads the whole
choice, taps a big short button). A tap shows the full choice in the chat (`displayText`). A reply
that comes with a card (the check result) goes as one Flex message instead (flex.py), its buttons
in the card; the limits live in limits.py.

LINE cannot lock answers of a message once sent, so a `ClosePoll` needs no call; it cannot send
files either, so a `Document` (an instructor's report) is refused for good.
"""

from __future__ import annotations

from typing import TypeAlias

from linebot.v3.messaging import FlexMessage, PostbackAction, QuickReply, QuickReplyItem
from linebot.v3.messaging import TextMessage as LineText

from bot.adapters.line.flex import card_message
from bot.adapters.line.limits import (
    DATA_LIMIT,
    DISPLAY_TEXT_LIMIT,
    LABEL_LIMIT,
    MESSAGES_PER_CALL,
    QUICK_REPLY_LIMIT,
    TEXT_LIMIT,
    line_length,
)
from bot.core.adapter import PermanentSendError
from bot.core.events import Button, ClosePoll, Document, Message, Outgoing, QuizPoll
from bot.core.splitting import split_text

__all__ = [
    "LABEL_LIMIT",
    "MESSAGES_PER_CALL",
    "QUICK_REPLY_LIMIT",
    "TEXT_LIMIT",
    "LineMessage",
    "batches",
    "line_length",
    "to_messages",
]

LineMessage: TypeAlias = LineText | FlexMessage


def split_message(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Text cut into chunks LINE accepts; blank chunks are left out (LINE refuses empty text)."""
    return [chunk for chunk in split_text(text, limit, line_length) if chunk.strip()]


def numbered(text: str, buttons: list[Button]) -> tuple[str, list[tuple[str, Button]]]:
    """The text and (label, button) pairs for quick replies; long labels become numbers."""
    if all(len(b.label) <= LABEL_LIMIT for b in buttons):
        return text, [(b.label, b) for b in buttons]
    lines = "\n".join(f"{n}. {b.label}" for n, b in enumerate(buttons, 1))
    return f"{text}\n\n{lines}", [(str(n), b) for n, b in enumerate(buttons, 1)]


def quick_reply(choices: list[tuple[str, Button]]) -> QuickReply | None:
    items = []
    for label, button in choices[:QUICK_REPLY_LIMIT]:
        if len(button.payload) > DATA_LIMIT:
            raise PermanentSendError("a button payload longer than LINE's postback data limit")
        action = PostbackAction(
            label=label, data=button.payload, display_text=button.label[:DISPLAY_TEXT_LIMIT]
        )
        items.append(QuickReplyItem(action=action))
    return QuickReply(items=items) if items else None


def text_messages(text: str, buttons: tuple[tuple[Button, ...], ...]) -> list[LineText]:
    """Text messages for neutral text with buttons (the quick reply rides on the last one)."""
    flat = [b for row in buttons for b in row]
    text, choices = numbered(text, flat)
    chunks = split_message(text)
    if not chunks and choices:
        chunks = ["…"]
    messages = [LineText(text=chunk) for chunk in chunks]
    if messages and choices:
        messages[-1].quick_reply = quick_reply(choices)
    return messages


def to_messages(out: Outgoing) -> list[LineMessage]:
    """The LINE messages that deliver one reply, in order (possibly more than one call's worth).
    A reply with a card (the check result) is one Flex message when it fits, else its text."""
    match out:
        case Message(card=card) if card is not None:
            flex = card_message(card, out.buttons)
            return [flex] if flex is not None else list(text_messages(out.text, out.buttons))
        case Message() | QuizPoll():
            return list(text_messages(out.text, out.buttons))
        case ClosePoll():
            return []
        case Document():
            raise PermanentSendError("LINE bots cannot send files")
    raise PermanentSendError(f"cannot send {type(out).__name__} on LINE")


def batches(messages: list[LineMessage], size: int = MESSAGES_PER_CALL) -> list[list[LineMessage]]:
    """At most `size` messages per API call, in order."""
    return [messages[i : i + size] for i in range(0, len(messages), size)]
