"""A courier's missed-parcel SMS is never answered with an already-checked record about another courier.

Real-shaped texts for ヤマト運輸, 佐川急便 and 日本郵便 (links made up) go through the bot with the shipped
model and the real rumour index (the shipped rumour bank and the quiz bank's real cases). A record that
names no courier in what the reply shows (title, explanation, source) is generic and may match any of them;
one that names a courier may match only that courier's texts.

Found by a user trial: the same 「不在の為持ち帰りました」 wording sent in ヤマト運輸's name matched
`fukuyama-2018-sagawa-sms` (0.844 and 0.888), whose explanation says 佐川急便 did not send such texts, and
the quiz case `mn-001` (0.634 and 0.643), whose source reads 「佐川急便（grapeが紹介）」. The index now
drops a record that names other companies than the message does (`classifier.brand_names`).
"""

from __future__ import annotations

import pytest

from bot.testing import Chatter
from classifier.result import Match

COURIERS = {
    "yamato": ("ヤマト", "クロネコ", "yamato", "kuroneko"),
    "sagawa": ("佐川", "sagawa"),
    "post": ("日本郵便", "郵便局", "ゆうパック", "japan post"),
}
SMS = [
    pytest.param(
        "yamato",
        "【ヤマト運輸】お客様宛にお荷物のお届けにあがりましたが、不在の為持ち帰りました。"
        "下記よりご確認ください。 https://yamato-hdd.top/a",
    ),
    pytest.param(
        "yamato",
        "お客様宛にお荷物のお届けにあがりましたが不在のため持ち帰りました。配送物は下記よりご確認ください。"
        "ヤマト運輸 http://yamato-ddn.com/q",
    ),
    (
        "yamato",
        "【クロネコヤマト】ご不在のためお荷物を持ち帰りました。再配達はこちら https://kuroneko-redelivery.top",
    ),
    (
        "yamato",
        "ヤマト運輸よりお荷物のお届けにあがりましたが宛先不明です。お届け先を確認してください https://kuroneko-yamato.xyz/r",
    ),
    (
        "sagawa",
        "【佐川急便】お客様宛にお荷物のお届けにあがりましたが不在の為持ち帰りました。"
        "配送物は下記よりご確認ください。 http://sagawa-ab.com/x",
    ),
    (
        "sagawa",
        "佐川急便より不在のため持ち帰りました。下記URLよりご確認ください http://sagawa-exp.co.jp.delivery-check.com/",
    ),
    (
        "post",
        "日本郵便です。ご不在のためお荷物を持ち帰りました。再配達のお申し込みはこちら http://jppost-redeliver.xyz",
    ),
    (
        "post",
        "【日本郵便】お荷物の発送について確認事項があります。下記URLよりご確認ください https://japanpost-jp.top/c",
    ),
    (
        "post",
        "【郵便局】お届け予定の荷物が住所不明のため保管中です。お手続きはこちら https://post-jp-info.cc/a",
    ),
]


def couriers_named(text: str) -> set[str]:
    lowered = text.casefold()
    return {courier for courier, names in COURIERS.items() if any(name in lowered for name in names)}


def shown(match: Match) -> str:
    """What a Japanese reply shows of a match."""
    return "\n".join((match.title_ja, match.explanation_ja, match.source))


def test_couriers_are_told_apart() -> None:
    assert couriers_named("当時、佐川急便はSMSで…") == {"sagawa"}
    assert couriers_named("宅配便業者を装った「不在通知」の偽SMS") == set()
    assert couriers_named("【クロネコヤマト】と日本郵便") == {"yamato", "post"}


@pytest.mark.shipped_model
@pytest.mark.parametrize(("courier", "text"), SMS, ids=lambda v: v if v in COURIERS else "")
async def test_a_couriers_sms_never_matches_another_couriers_record(
    chatter: Chatter, services, courier: str, text: str
) -> None:
    assert couriers_named(text) == {courier}
    [reply] = await chatter.forward(text)
    wrong = {
        f"{m.rumour_id} {m.similarity:.3f}": couriers_named(shown(m)) - {courier}
        for m in services.score(text).matches
        if couriers_named(shown(m)) - {courier}
    }
    assert wrong == {}
    others = set(COURIERS) - {courier}
    assert not couriers_named(reply.text) & others, reply.text
