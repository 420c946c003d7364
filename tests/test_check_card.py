"""The check result as a card: the same signs, stories and links as the text reply, in parts."""

from __future__ import annotations

from bot.core.events import Card, Message
from bot.features.check_card import section
from bot.testing import Chatter

SCAM = (
    "【拡散希望】医師の友人によると、お湯を飲めばコロナウイルスが死ぬそうです。"
    "今すぐみんなに回して！詳しくは https://corona-info.top/x 090-1234-5678"
)


async def flagged(chatter: Chatter, text: str = SCAM) -> tuple[Message, Card]:
    [reply] = await chatter.forward(text)
    assert isinstance(reply, Message) and reply.card is not None
    return reply, reply.card


async def test_the_card_lists_each_sign_with_its_quote_and_advice(chatter: Chatter) -> None:
    reply, card = await flagged(chatter)
    assert card.title == "気をつけたいサインがあります" and "決めることはしません" in card.note
    signs = [s for s in card.sections if s.heading.startswith("⚠ ")]
    assert len(signs) >= 2 and all(s.heading in reply.text for s in signs)
    spread = next(s for s in signs if "広めて" in s.heading)
    assert "「拡散希望」" in spread.body and "確かめましょう" in spread.body
    assert "下のボタンの問い" in card.closing


async def test_the_card_shows_the_links_true_destination_defanged(chatter: Chatter) -> None:
    _, card = await flagged(
        chatter,
        "【佐川急便】お荷物の住所が不明です。至急こちらで確認 http://sagawa-exp.co.jp.delivery-check.com/abc",
    )
    (link,) = [s for s in card.sections if s.heading.startswith("🔗")]
    assert link.heading == "🔗 このリンクの本当の行き先は delivery-check[.]com です。"
    assert "リンクは開かず" in link.body and not link.body.startswith(("　", " "))
    text = "\n".join(f"{s.heading}\n{s.body}" for s in card.sections)
    assert "delivery-check.com" not in text and "http://sagawa" not in text


async def test_an_ordinary_message_has_no_card(chatter: Chatter) -> None:
    [reply] = await chatter.forward("明日の町内会の集まりは10時からです。よろしくお願いします。")
    assert isinstance(reply, Message) and reply.card is None


def test_a_section_is_its_first_line_and_the_rest_without_indentation() -> None:
    assert section("\n⚠ 見出し\n\n　本文1\n  本文2\n") == section("⚠ 見出し\n本文1\n本文2")
    assert section("⚠ 見出し").body == "" and section("").heading == ""
