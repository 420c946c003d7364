"""Which checked messages are about a disaster or an evacuation (their replies put safety first)."""

import pytest

from bot.features.disaster_topic import about_disaster


@pytest.mark.parametrize(
    "text",
    [
        "〇〇ダムが決壊しそうだから今すぐ逃げて！拡散して",
        "明日大地震が来るって",
        "南海トラフ地震が来週来る",
        "富士山が噴火するらしい",
        "【避難指示】警戒レベル4 川沿いの地区に避難指示を発令しました。",
        "ＥＡＲＴＨＱＵＡＫＥ tomorrow, tell everyone",
        "The dam will burst tonight, evacuate now",
        # As seniors type: hiragana, spaced.
        "おかあさん、 いま きしょうちょう から おおあめ とくべつ けいほう が でた。 けいかい れべる 5",
        "じしん きた。 こっち は だいじょうぶ。",
        "かわ の すいい が あがってる ので ひなん の じゅんび を って",
        "しんど 5じゃく って でてた",
    ],
)
def test_disasters_and_evacuations_are_found(text: str) -> None:
    assert about_disaster(text)


@pytest.mark.parametrize(
    "text",
    [
        "明日の町内会の集まりは10時からです。",
        "〇〇を飲むとコロナが治る",
        "アムステルダムの写真を送ります",
        "See you in Amsterdam, Damien",
        "きょうは しんどいから はやく ねるね",
        "",
    ],
)
def test_other_messages_are_not(text: str) -> None:
    assert not about_disaster(text)


def test_a_resembled_rumours_title_counts() -> None:
    assert about_disaster("あの話、本当？", "能登半島地震の前日に消された記事")
