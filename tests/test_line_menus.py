"""Long menus on LINE (bot/adapters/line/menus.py): which menu a chat has, what a typed number or a
「次へ ▶」 means, and the pages and notes sent for them (outgoing.answer_message), within LINE's limits."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fake_line_api import _invalid_messages

from bot.adapters.line.limits import QUICK_REPLY_LIMIT
from bot.adapters.line.menus import (
    MENU_SECONDS,
    ChatMenus,
    Menu,
    OutOfRange,
    Page,
    Stale,
    menu_key,
    more_data,
    typed_number,
)
from bot.adapters.line.outgoing import answer_message, to_messages
from bot.core.events import Button, ButtonPress, Card, ChatKind, ChatRef, Message, Source, TextMessage

USER = "U4af4980629a1b2c3d4e5f60718293a4b"
GROUP = "Ca56f94637c3b2a1d0e9f8a7b6c5d4e3f"
CHOICES = tuple((Button(f"レッスン{n}", f"ls:l{n}"),) for n in range(1, 20))
MENU = Message(chat=ChatRef("line", USER), text="レッスン一覧", buttons=CHOICES)
FLAT = [row[0] for row in CHOICES]


def text_from(user: str = USER, text: str = "17", *, chat: str = USER, addressed: bool = True) -> TextMessage:
    kind = ChatKind.GROUP if chat != user else ChatKind.PRIVATE
    source = Source(platform="line", chat_id=chat, user_id=user, chat_kind=kind)
    return TextMessage(source=source, update_id="ev1", addressed=addressed, text=text)


def press(payload: str) -> ButtonPress:
    return ButtonPress(source=Source(platform="line", chat_id=USER, user_id=USER), payload=payload)


def sent(message: Any) -> dict[str, Any]:
    return json.loads(json.dumps(message.to_dict()))


@pytest.mark.parametrize(
    ("typed", "number"), [("17", 17), ("１７", 17), (" 17番 ", 17), ("3.", 3), ("０", 0)]
)
def test_a_number_typed_alone_in_either_width(typed: str, number: int) -> None:
    assert typed_number(typed) == number


@pytest.mark.parametrize("typed", ["17時", "レッスン17", "1 7", "", "12345", "十七"])
def test_anything_else_is_not_a_number(typed: str) -> None:
    assert typed_number(typed) is None


def test_a_typed_number_presses_that_choice_of_the_chats_last_menu() -> None:
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    assert menus.read(text_from(text="１７"), now=1.0) == ButtonPress(
        source=text_from().source, update_id="ev1", payload="ls:l17"
    )


def test_a_number_off_the_menu_is_out_of_range_and_keeps_the_menu() -> None:
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    for typed in ("25", "0"):
        answer = menus.read(text_from(text=typed), now=1.0)
        assert isinstance(answer, OutOfRange) and answer.menu.buttons == tuple(FLAT)
    assert isinstance(menus.read(text_from(text="2"), now=2.0), ButtonPress)


def test_other_text_and_chats_without_a_menu_go_to_the_core_unchanged() -> None:
    menus = ChatMenus()
    assert menus.read(text_from(text="17"), now=0.0) == text_from(text="17")
    menus.sent(USER, MENU, now=0.0)
    assert menus.read(text_from(text="こんにちは"), now=1.0) == text_from(text="こんにちは")


def test_unaddressed_group_chatter_is_never_a_choice() -> None:
    menus = ChatMenus()
    menus.sent(GROUP, MENU, now=0.0)
    chatter = text_from(chat=GROUP, addressed=False)
    assert menus.read(chatter, now=1.0) == chatter
    assert isinstance(menus.read(text_from(chat=GROUP), now=1.0), ButtonPress)


def test_a_later_message_with_other_buttons_forgets_the_menu_one_without_buttons_does_not() -> None:
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    menus.sent(USER, Message(chat=MENU.chat, text="今日の1枚"), now=1.0)
    assert isinstance(menus.read(text_from(), now=2.0), ButtonPress)
    card = Message(chat=MENU.chat, text="カード", buttons=((Button("次へ", "lc:l17:1"),),))
    menus.sent(USER, card, now=3.0)
    assert menus.read(text_from(), now=4.0) == text_from()
    menus.sent(USER, MENU, now=5.0)
    menus.sent(USER, Message(chat=MENU.chat, text="結果", buttons=CHOICES[:2], card=Card("t", "n", ())), 6.0)
    assert len(menus) == 0


def test_more_shows_the_next_page_only_for_the_chats_current_menu() -> None:
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    key = menu_key(FLAT)
    page = menus.read(press(more_data(key, 12)), now=1.0)
    assert isinstance(page, Page) and page.start == 12
    assert menus.read(press(more_data("0123456789", 12)), now=1.0) == Stale()
    assert menus.read(press(f"~more:{key}:x"), now=1.0) == Stale()
    assert ChatMenus().read(press(more_data(key, 12)), now=1.0) == Stale()


def test_an_old_menu_is_stale_once_then_forgotten() -> None:
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    assert menus.read(text_from(), now=MENU_SECONDS + 1) == Stale()
    assert menus.read(text_from(), now=MENU_SECONDS + 2) == text_from()


def test_at_most_size_chats_are_remembered_the_least_recent_going_first() -> None:
    menus = ChatMenus(size=2)
    for n, chat in enumerate(("U1", "U2", "U3")):
        menus.sent(chat, MENU, now=float(n))
    assert len(menus) == 2
    assert menus.read(text_from("U1", chat="U1"), now=5.0) == text_from("U1", chat="U1")
    assert isinstance(menus.read(text_from("U3", chat="U3"), now=5.0), ButtonPress)


def test_every_choice_is_reachable_page_by_page_and_every_page_is_one_line_accepts() -> None:
    (first,) = to_messages(MENU)
    menus = ChatMenus()
    menus.sent(USER, MENU, now=0.0)
    reached, message, seen_pages = [], sent(first), 0
    while seen_pages < 5:
        assert _invalid_messages([message]) is None
        actions = [item["action"] for item in message["quickReply"]["items"]]
        assert len(actions) <= QUICK_REPLY_LIMIT
        reached += [a["data"] for a in actions if not a["data"].startswith("~more")]
        nav = actions[-1]["data"]
        answer = menus.read(press(nav), now=1.0)
        assert isinstance(answer, Page)
        if answer.start == 0:
            break
        message, seen_pages = sent(answer_message(answer, "ja")), seen_pages + 1
    assert reached == [b.payload for b in FLAT]


def test_the_adapters_words_follow_the_persons_language() -> None:
    (message,) = to_messages(MENU, "en")
    assert message.quick_reply.items[-1].action.label == "More ▶"
    note = answer_message(OutOfRange(Menu(menu_key(FLAT), tuple(FLAT), 0.0), 25), "en")
    assert note.text == "There is no number 25. Send a number from 1 to 19."
    assert answer_message(Stale(), "ja").text.startswith("このメニューは古くなった")
