"""Dialect endings are read in standard forms, and nothing else in a message changes."""

from __future__ import annotations

import pytest

from classifier.dialect import standard_endings
from classifier.textnorm import reading_form


@pytest.mark.parametrize(
    ("said", "standard"),
    [
        ("そんなこと聞かんけん、来ても入れたらいかんよ", "そんなこと聞かないから、来ても入れたらだめよ"),
        ("「必ず儲かる」言う人はみな嘘やで。気ぃつけよな", "「必ず儲かる」言う人はみな嘘だよ。気をつけよな"),
        ("ばあば、暗証番号は誰にも言わんでね", "ばあば、暗証番号は誰にも言わないでね"),
        ("その動画、回さんといて", "その動画、回さないで"),
        ("それ嘘じゃけ、回さんでええよ", "それ嘘じゃけ、回さなくていいよ"),
        ("息子に聞いたら、そんな電話は絶対せんって", "息子に聞いたら、そんな電話は絶対しないって"),
        ("買うたらあかんよ", "買ったらだめよ"),
        ("家に上げたらかんよ", "家に上げたらだめよ"),
        ("何百万も送ってしもたらしいわ", "何百万も送ってしまったらしいわ"),
        ("そんな職員はおらんって", "そんな職員はいないって"),
        ("水道局じゃなかけんね", "水道局じゃないからね"),
        ("全部にせものやけん、クリックせんでね", "全部にせものだから、くりっくしないでね"),
        ("詐欺ばい", "詐欺だよ"),
        ("口座番号なんか言うたらいかんきね", "口座番号なんか言ったらだめからね"),
        ("ATMさ行がねでけろ", "atmさ行がないでけろ"),
        ("役場はそったなこと言わねがら", "役場はそったなこと言わないから"),
        ("そのSMS偽物じゃけぇ無視しんさい", "そのsms偽物だから無視して"),
    ],
)
def test_dialect_endings_are_read_in_standard_forms(said: str, standard: str) -> None:
    assert standard_endings(reading_form(said)) == standard


@pytest.mark.parametrize(
    "text",
    [
        # ん that ends a name, a noun or a polite past, not a negation.
        "〇〇さん、こんにちは。たくさんありがとう。",
        "はいすいかん の そうじ の ひと が きました",
        "昨日は行けませんでした。すみません。",
        "孫に聞いたら分からんって。",
        "これ、詐欺じゃないよね?",
        "駅前のパン屋さん、来週から営業時間が変わるよ",
    ],
)
def test_words_that_only_look_like_dialect_are_left_alone(text: str) -> None:
    normalised = reading_form(text)
    assert standard_endings(normalised) == normalised
