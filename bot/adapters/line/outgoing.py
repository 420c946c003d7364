"""Pure translation of core replies into LINE message objects (the SDK's models), within LINE's limits.

A text message holds at most TEXT_LIMIT characters (counted here in UTF-16 units, never fewer than
LINE counts), so longer text is split first (bot.core.splitting). Buttons become quick replies on
the last message: at most QUICK_REPLY_LIMIT of them, labels of at most LABEL_LIMIT characters,
postback data of at most DATA_LIMIT. Where a label is longer, or there are more choices than
buttons, every choice is written out, numbered, at the end of the text and the buttons carry only
the numbers (a senior reads the whole choice, taps a big short button); when they do not all fit,
the last button is 「次へ ▶」 and a typed number works too (menus.py). A tap shows the full choice
in the chat (`displayText`). A reply
that comes with a card (the check result) goes as one Flex message instead (flex.py), its buttons
in the card; the limits live in limits.py.

LINE cannot lock answers of a message once sent, so a `ClosePoll` needs no call; it cannot send
files either, so a `Document` (an instructor's report) is refused for good.
"""

from __future__ import annotations

from typing import TypeAlias

from linebot.v3.messaging import FlexMessage, PostbackAction, QuickReply, QuickReplyItem
from linebot.v3.messaging import TextMessage as LineText

from bot.adapters.line import menus
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
from bot.adapters.line.menus import Answer, Menu, OutOfRange, Page
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
    """The text and (label, button) pairs for quick replies; numbered when they do not all fit."""
    if not menus.is_numbered(buttons):
        return text, [(b.label, b) for b in buttons]
    lines = "\n".join(f"{n}. {b.label}" for n, b in enumerate(buttons, 1))
    return f"{text}\n\n{lines}", [(str(n), b) for n, b in enumerate(buttons, 1)]


def quick_reply(choices: list[tuple[str, Button]], lang: str = "ja", start: int = 0) -> QuickReply | None:
    """All choices when they fit; else the page from `start` and, in the last slot, 「次へ ▶」 to the
    next page or, on the last page, 「◀ 最初へ」 back to the first."""
    if not menus.is_paged(len(choices)):
        shown, nav = choices, None
    else:
        end = menus.page_end(start, len(choices))
        shown = choices[start:end]
        key = menus.menu_key([b for _, b in choices])
        name, target = ("more", end) if end < len(choices) else ("first", 0)
        label = menus.text(lang, name)
        nav = (label, Button(label, menus.more_data(key, target)))
    items = [_item(label, button) for label, button in shown]
    if nav is not None:
        items.append(_item(*nav))
    return QuickReply(items=items) if items else None


def _item(label: str, button: Button) -> QuickReplyItem:
    if len(button.payload) > DATA_LIMIT:
        raise PermanentSendError("a button payload longer than LINE's postback data limit")
    action = PostbackAction(label=label, data=button.payload, display_text=button.label[:DISPLAY_TEXT_LIMIT])
    return QuickReplyItem(action=action)


def text_messages(text: str, buttons: tuple[tuple[Button, ...], ...], lang: str = "ja") -> list[LineText]:
    """Text messages for neutral text with buttons (the quick reply rides on the last one)."""
    flat = [b for row in buttons for b in row]
    text, choices = numbered(text, flat)
    chunks = split_message(text)
    if not chunks and choices:
        chunks = ["…"]
    messages = [LineText(text=chunk) for chunk in chunks]
    if messages and choices:
        messages[-1].quick_reply = quick_reply(choices, lang)
    return messages


def answer_message(answer: Answer, lang: str) -> LineText:
    """The adapter's own reply about a menu (menus.py): a page of it, or a note on a bad choice."""
    match answer:
        case Page(menu=menu, start=start):
            choices = _numbered_choices(menu)
            end = menus.page_end(start, len(choices))
            lines = "\n".join(f"{n}. {b.label}" for n, b in enumerate(menu.buttons[start:end], start + 1))
            heading = menus.text(lang, "page", first=start + 1, last=end)
            return LineText(text=f"{heading}\n\n{lines}", quick_reply=quick_reply(choices, lang, start))
        case OutOfRange(menu=menu, number=number):
            note = menus.text(lang, "range", number=number, count=len(menu.buttons))
            return LineText(text=note, quick_reply=quick_reply(_numbered_choices(menu), lang))
    return LineText(text=menus.text(lang, "stale"))


def _numbered_choices(menu: Menu) -> list[tuple[str, Button]]:
    return [(str(n), b) for n, b in enumerate(menu.buttons, 1)]


def to_messages(out: Outgoing, lang: str = "ja") -> list[LineMessage]:
    """The LINE messages that deliver one reply, in order (possibly more than one call's worth).
    A reply with a card (the check result) is one Flex message when it fits, else its text. `lang`
    is the language of the adapter's own words (「次へ ▶」), the person's."""
    match out:
        case Message(card=card) if card is not None:
            flex = card_message(card, out.buttons)
            return [flex] if flex is not None else list(text_messages(out.text, out.buttons, lang))
        case Message() | QuizPoll():
            return list(text_messages(out.text, out.buttons, lang))
        case ClosePoll():
            return []
        case Document():
            raise PermanentSendError("LINE bots cannot send files")
    raise PermanentSendError(f"cannot send {type(out).__name__} on LINE")


def batches(messages: list[LineMessage], size: int = MESSAGES_PER_CALL) -> list[list[LineMessage]]:
    """At most `size` messages per API call, in order."""
    return [messages[i : i + size] for i in range(0, len(messages), size)]
