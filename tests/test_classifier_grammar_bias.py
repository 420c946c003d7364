"""The grammar-only reweighting: what the skeleton keeps, and whose weight goes up or down."""

from __future__ import annotations

import numpy as np
import pytest

from classifier.grammar_bias import WEIGHT_FLOOR, grammar_bias_weights, grammar_skeleton, keep_file_totals


@pytest.mark.parametrize(
    ("text", "skeleton"),
    [
        ("担当の者が戻りましたら、ご連絡いたします。", "WのWがWりましたら、ごWいたします。"),
        (
            "ヤマト運輸です。お荷物を確認してください https://x.example/1",
            "Wです。おWをWしてください W://W.W/0",
        ),
        ("ＡＴＭで１０万円", "Wで0W"),
    ],
)
def test_the_skeleton_masks_words_and_keeps_grammar(text: str, skeleton: str) -> None:
    assert grammar_skeleton(text) == skeleton


def _toy() -> tuple[list[str], np.ndarray]:
    """Suspicious rows mostly in keigo, ordinary rows mostly casual, each with a few of the other register."""
    business = ["口座", "年金", "還付", "荷物", "料金", "契約", "会員", "保険", "税金", "書類"]
    family = ["写真", "宿題", "夕飯", "映画", "天気", "散歩", "野球", "旅行", "花見", "洗濯"]
    keigo = [f"{word}についてご連絡いたします。" for word in business]
    casual = [f"{word}、あとで見とくね！" for word in family]
    texts = keigo * 3 + casual[:3] + casual * 3 + keigo[:3]
    labels = np.array([1] * 33 + [0] * 33)
    return texts, labels


def test_rows_whose_grammar_gives_their_label_away_count_less_than_those_against_it() -> None:
    texts, labels = _toy()
    groups = np.arange(len(texts))
    factor = grammar_bias_weights(texts, labels, groups, np.ones(len(texts), dtype=bool), 1.0, seed=0)
    keigo_scam, casual_scam = factor[:30].mean(), factor[30:33].mean()
    casual_chat, keigo_notice = factor[33:63].mean(), factor[63:].mean()
    assert casual_scam > 2 * keigo_scam
    assert keigo_notice > 2 * casual_chat
    assert factor.min() >= WEIGHT_FLOOR


def test_a_stronger_setting_is_the_same_weight_raised_to_that_power() -> None:
    texts, labels = _toy()
    groups = np.arange(len(texts))
    everything = np.ones(len(texts), dtype=bool)
    once = grammar_bias_weights(texts, labels, groups, everything, 1.0, seed=0)
    twice = grammar_bias_weights(texts, labels, groups, everything, 2.0, seed=0)
    above = once**2 > WEIGHT_FLOOR
    assert above.sum() >= 6
    assert twice[above] == pytest.approx(once[above] ** 2)
    assert (twice[~above] == WEIGHT_FLOOR).all()


def test_copies_of_a_message_are_scored_by_a_model_that_saw_none_of_them() -> None:
    scam_endings = [
        "やんか",
        "だべさ",
        "ずらよ",
        "じゃけ",
        "ばってん",
        "だっちゃ",
        "なんよ",
        "やけんね",
        "だがや",
        "さかい",
    ]
    chat_endings = ["だね", "かな", "よね", "だよ", "かも", "ってさ", "なの", "だっけ", "でしょ", "みたい"]
    texts = [f"口座{ending}！" for ending in scam_endings for _ in range(3)]
    texts += [f"写真{ending}。" for ending in chat_endings for _ in range(3)]
    labels = np.array([1] * 30 + [0] * 30)
    everything = np.ones(len(texts), dtype=bool)
    apart = grammar_bias_weights(texts, labels, np.arange(60), everything, 1.0, seed=0)
    together = grammar_bias_weights(texts, labels, np.arange(60) // 3, everything, 1.0, seed=0)
    # With a copy in training the grammar-only model has seen each ending and is sure of it.
    assert together.mean() > apart.mean() + 0.05


def test_a_row_with_nothing_to_mask_takes_its_groups_weight() -> None:
    texts, labels = _toy()
    texts = [*texts, "こうざについてごれんらくいたします。"]
    labels = np.append(labels, 1)
    groups = np.append(np.arange(len(texts) - 1), 0)  # a hiragana copy of row 0
    factor = grammar_bias_weights(texts, labels, groups, np.ones(len(texts), dtype=bool), 1.0, seed=0)
    assert factor[-1] == factor[0]


def test_too_few_messages_of_a_label_leave_every_weight_at_one() -> None:
    texts, labels = _toy()
    groups = np.arange(len(texts)) % 4  # four groups: too few for five folds
    factor = grammar_bias_weights(texts, labels, groups, np.ones(len(texts), dtype=bool), 1.0, seed=0)
    assert (factor == 1).all()


def test_rows_outside_the_mask_and_a_zero_strength_are_left_alone() -> None:
    texts, labels = _toy()
    groups = np.arange(len(texts))
    mask = np.zeros(len(texts), dtype=bool)
    mask[:40] = True
    assert (grammar_bias_weights(texts, labels, groups, mask, 1.0, seed=0)[40:] == 1).all()
    everything = np.ones(len(texts), dtype=bool)
    assert (grammar_bias_weights(texts, labels, groups, everything, 0.0, seed=0) == 1).all()


def test_each_file_keeps_its_total_weight() -> None:
    weights = np.array([1.0, 1.0, 1.0, 3.0, 3.0])
    factor = np.array([0.1, 1.0, 0.5, 0.2, 1.0])
    kept = keep_file_totals(weights, factor, [3, 2])
    assert kept[:3].sum() == pytest.approx(3.0) and kept[3:].sum() == pytest.approx(6.0)
    assert kept[1] > kept[2] > kept[0]
    with pytest.raises(ValueError, match="rows"):
        keep_file_totals(weights, factor, [3, 3])
