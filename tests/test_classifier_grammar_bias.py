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
