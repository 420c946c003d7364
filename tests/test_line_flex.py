"""The check result as a LINE Flex bubble, within LINE's limits (the fake's checks are LINE's)."""

from __future__ import annotations

import json
from typing import Any

from fake_line_api import _flex_errors, buttons, shown
from linebot.v3.messaging import FlexContainer, FlexMessage

from bot.adapters.line.flex import ALT_TEXT_LIMIT, BUBBLE_BYTES, alt_text, card_message
from bot.adapters.line.limits import line_length
from bot.adapters.line.outgoing import to_messages
from bot.core.events import Button, Card, CardSection, ChatRef, Message

CHAT = ChatRef("line", "U4af4980629a1b2c3d4e5f60718293a4b")
ROWS = (
    (Button("だれが言っている？", "ck:7:who"),),
    (Button("もとの情報は？", "ck:7:source"),),
    (Button("役に立った", "cf:7:y"), Button("立たなかった", "cf:7:n")),
)
CARD = Card(
    "気をつけたいサインがあります",
    "本当かうそかを、ここで決めることはしません。",
    (
        CardSection("⚠ 急がせています", "「今すぐ」\n公式のサイトやアプリで確かめましょう。"),
        CardSection(
            "🔗 このリンクの本当の行き先は delivery-check[.]com です。", "・会社の名前をまねた住所です。"
        ),
        CardSection("⚠ 「広めて」とたのんでいます"),
    ),
    "返事や支払い、転送をする前に、下のボタンの問いを1つずつ一緒に考えてみましょう。",
)


def sent(message: Any) -> dict[str, Any]:
    """The JSON the SDK sends for a message."""
    return json.loads(json.dumps(message.to_dict()))


def test_the_card_is_one_flex_message_line_accepts() -> None:
    (message,) = to_messages(Message(chat=CHAT, text="全文", buttons=ROWS, card=CARD))
    body = sent(message)
    assert body["type"] == "flex" and _flex_errors(body) == []
    text = shown(body)
    for part in (CARD.title, CARD.note, "「今すぐ」", "delivery-check[.]com", CARD.closing):
        assert part in text
    assert [(a["label"], a["data"], a["displayText"]) for a in buttons(body)] == [
        (b.label, b.payload, b.label) for row in ROWS for b in row
    ]
    assert "quickReply" not in body


def test_the_alt_text_names_the_signs_but_not_the_quotes() -> None:
    assert alt_text(CARD) == "気をつけたいサインがあります: 急がせています / 「広めて」とたのんでいます"
    many = Card("t", "n", tuple(CardSection("⚠ " + "長" * 100) for _ in range(40)))
    assert 1 <= line_length(alt_text(many)) <= ALT_TEXT_LIMIT


def test_a_card_too_big_for_a_bubble_goes_as_text() -> None:
    huge = Card("t", "n", tuple(CardSection("⚠ 見出し", "あ" * 1000) for _ in range(10)))
    assert card_message(huge, ROWS) is None
    messages = to_messages(Message(chat=CHAT, text="全文", buttons=ROWS, card=huge))
    assert [m.type for m in messages] == ["text"] and messages[0].quick_reply is not None
    assert len(json.dumps(sent(card_message(CARD, ROWS)))) < BUBBLE_BYTES


def test_a_button_label_too_long_for_flex_goes_as_text() -> None:
    rows = ((Button("長" * 41, "ck:7:who"),),)
    assert card_message(CARD, rows) is None
    (message,) = to_messages(Message(chat=CHAT, text="全文", buttons=rows, card=CARD))
    assert message.type == "text" and message.text.endswith("1. " + "長" * 41)


def test_empty_parts_are_left_out() -> None:
    """LINE refuses an empty text component: a section without body and an empty note are skipped."""
    bare = Card("題", "", (CardSection("⚠ 見出し"),), "")
    body = sent(card_message(bare, ()))
    assert _flex_errors(body) == [] and "footer" not in body["contents"]


def test_the_fake_refuses_what_line_refuses_in_flex() -> None:
    good = sent(card_message(CARD, ROWS))
    assert _flex_errors({**good, "altText": "あ" * 1501}) and _flex_errors({**good, "altText": ""})
    empty_text = json.loads(
        json.dumps(good, ensure_ascii=False).replace(f'"text": "{CARD.note}"', '"text": ""')
    )
    assert _flex_errors(empty_text)
    long_label = json.loads(
        json.dumps(good, ensure_ascii=False).replace('"label": "役に立った"', '"label": "' + "あ" * 41 + '"')
    )
    assert _flex_errors(long_label)
    big = {**good, "contents": {**good["contents"], "padding": "x" * BUBBLE_BYTES}}
    assert _flex_errors(big)
    assert _flex_errors({**good, "contents": {"type": "carousel", "contents": [good["contents"]] * 13}})
    no_layout = {**good, "contents": {"type": "bubble", "body": {"type": "box", "contents": []}}}
    assert _flex_errors(no_layout)


def test_the_prebuilt_card_is_what_the_sdks_own_models_accept_and_send() -> None:
    """The card skips the SDK's validation at run time; here it must pass it and come out the same."""
    body = sent(card_message(CARD, ROWS))
    rebuilt = FlexMessage(alt_text=body["altText"], contents=FlexContainer.from_dict(body["contents"]))
    assert sent(rebuilt) == body
