"""Menus longer than LINE's quick replies: every choice stays reachable, by a 「次へ ▶」 button or by number.

LINE shows at most 13 quick reply buttons under a message (LINE Developers, "Use quick replies",
https://developers.line.biz/en/docs/messaging-api/using-quick-reply/; line-bot-sdk's QuickReply
model holds to the same 13) and refuses a request that breaks a limit whole, with 400, so nothing
of it is shown. The lesson menu has more choices than that. So when a reply's
choices do not all fit (or a label is too long for a button), outgoing.py writes every choice out,
numbered, in the text; the quick replies carry the first ones and, in the last slot, 「次へ ▶」 for
the next ones. Such a numbered menu is remembered here per chat, so that

- 「次へ ▶」 (postback data `MORE:key:start`, which no core payload can be: core actions start with
  a letter) shows the next choices, with 「◀ 最初へ」 on the last page;
- a number typed in the chat (「17」, 「１７」, 「17番」) presses that choice, as the console does.

Only the last message with buttons sent to a chat counts: one without numbers (a lesson card, a
quiz question with short answers) makes Matte forget the menu, so a typed number then means what
it meant before (a typed quiz answer). A number that is not on the menu, or 「次へ ▶」 of a menu that
is no longer the chat's last (or older than MENU_SECONDS, or from before a restart), gets a short
note and changes nothing. Memory is the adapter's alone, at most MAX_CHATS chats: the core knows no
menus, and a lost menu only means a typed number goes to the core as plain text, as before.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

from bot.adapters.line.limits import LABEL_LIMIT, QUICK_REPLY_LIMIT
from bot.core.events import Button, ButtonPress, Incoming, Message, Outgoing, QuizPoll, TextMessage

MORE = "~more"
"""Postback data prefix of 「次へ ▶」 and 「◀ 最初へ」, the adapter's own buttons."""
MENU_SECONDS = 24 * 3600.0
"""A menu older than this is stale: a senior may come back the next day, not next week."""
MAX_CHATS = 500
"""Menus remembered at once; the least recently used chat's is forgotten first."""
NUMBER = re.compile(r"^(\d{1,3})(?:番|ばん|\.)?$")
TEXTS = {
    "ja": {
        "more": "次へ ▶",
        "first": "◀ 最初へ",
        "page": "{first}〜{last}番です。ボタンを押すか、番号を送ってください。",
        "range": "{number}番はありません。1〜{count}の番号を送ってください。",
        "stale": "このメニューは古くなったため使えません。もう一度コマンドから始めてください(/help)。",
    },
    "en": {
        "more": "More ▶",
        "first": "◀ First",
        "page": "Choices {first} to {last}. Tap a button or send the number.",
        "range": "There is no number {number}. Send a number from 1 to {count}.",
        "stale": "This menu is out of date. Please start again from a command (/help).",
    },
}


def text(lang: str, name: str, **values: object) -> str:
    """One of the adapter's own sentences, in the person's language (Japanese when unknown)."""
    return TEXTS.get(lang, TEXTS["ja"])[name].format(**values)


def is_numbered(buttons: list[Button]) -> bool:
    """Whether the choices are written out, numbered: more than fit, or a label too long for a button."""
    return len(buttons) > QUICK_REPLY_LIMIT or any(len(b.label) > LABEL_LIMIT for b in buttons)


def is_paged(buttons: int) -> bool:
    """Whether a reply with this many choices needs 「次へ ▶」 (and so the adapter's own words)."""
    return buttons > QUICK_REPLY_LIMIT


def page_end(start: int, choices: int) -> int:
    """Where the page of a paged menu that starts at `start` ends: the last slot is 「次へ ▶」."""
    return min(start + QUICK_REPLY_LIMIT - 1, choices)


def menu_key(buttons: list[Button]) -> str:
    """A short name for a menu's choices, so a 「次へ ▶」 from another menu is told apart."""
    joined = "\n".join(b.payload for b in buttons)
    return hashlib.sha256(joined.encode()).hexdigest()[:10]


def more_data(key: str, start: int) -> str:
    return f"{MORE}:{key}:{start}"


def typed_number(typed: str) -> int | None:
    """The number a person typed alone (full-width digits too), or None for any other text."""
    match = NUMBER.match(unicodedata.normalize("NFKC", typed).strip())
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class Menu:
    key: str
    buttons: tuple[Button, ...]
    sent_at: float


@dataclass(frozen=True)
class Page:
    """Show the menu's choices from `start` on (a 「次へ ▶」 or 「◀ 最初へ」 tap)."""

    menu: Menu
    start: int


@dataclass(frozen=True)
class OutOfRange:
    """A typed number that is not on the menu: say which are, offer the first page again."""

    menu: Menu
    number: int


@dataclass(frozen=True)
class Stale:
    """A 「次へ ▶」 or number for a menu Matte no longer has."""


Answer = Page | OutOfRange | Stale


class ChatMenus:
    """The numbered menu last sent to each chat (LRU, at most `size` chats)."""

    def __init__(self, size: int = MAX_CHATS, seconds: float = MENU_SECONDS) -> None:
        self.size = size
        self.seconds = seconds
        self._menus: OrderedDict[str, Menu] = OrderedDict()

    def __len__(self) -> int:
        return len(self._menus)

    def sent(self, chat_id: str, out: Outgoing, now: float) -> None:
        """Note what went to a chat: a numbered menu is kept, other buttons forget it, no buttons
        change nothing (a course day arriving under the menu leaves its numbers valid)."""
        if not isinstance(out, Message | QuizPoll):
            return
        buttons = [b for row in out.buttons for b in row]
        if not buttons:
            return
        if (isinstance(out, Message) and out.card is not None) or not is_numbered(buttons):
            self._menus.pop(chat_id, None)
            return
        self._menus[chat_id] = Menu(menu_key(buttons), tuple(buttons), now)
        self._menus.move_to_end(chat_id)
        while len(self._menus) > self.size:
            self._menus.popitem(last=False)

    def read(self, event: Incoming, now: float) -> Incoming | Answer:
        """What an event means given the chat's menu: the event itself, the button a typed number
        stands for, or something the adapter answers itself. Unaddressed text (a group's chatter)
        is never read as a choice."""
        chat_id = event.source.chat_id
        menu = self._menus.get(chat_id)
        if menu is not None and now - menu.sent_at > self.seconds:
            del self._menus[chat_id]
        elif menu is not None:
            self._menus.move_to_end(chat_id)
        fresh = self._menus.get(chat_id)
        match event:
            case ButtonPress(payload=payload) if payload.startswith(MORE + ":"):
                _, key, start = [*payload.split(":", 2), ""][:3]
                if fresh is None or key != fresh.key or not start.isdecimal():
                    return Stale()
                return Page(fresh, min(int(start), len(fresh.buttons) - 1))
            case TextMessage(addressed=True, text=typed) if menu is not None:
                number = typed_number(typed)
                if number is None:
                    return event
                if fresh is None:
                    return Stale()
                if not 1 <= number <= len(fresh.buttons):
                    return OutOfRange(fresh, number)
                pressed = fresh.buttons[number - 1].payload
                return ButtonPress(source=event.source, update_id=event.update_id, payload=pressed)
        return event
