"""The pipeline is a real, inspectable scikit-learn Pipeline that learns the tiny data set, and its cue
transformer follows scikit-learn's conventions."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifier.cues import CUE_NAMES, FEATURE_NAMES
from classifier.features import CueFeatures
from classifier.pipeline import (
    WORD_TOKEN_PATTERN,
    LanguageRouter,
    build_pipeline,
    language_of,
    rescale,
    shrink,
)
from classifier.testing import tiny_rows
from classifier.textnorm import TextNormaliser


@pytest.fixture(scope="module")
def fitted() -> Pipeline:
    texts, labels = zip(*tiny_rows(), strict=True)
    return build_pipeline().fit(list(texts), np.array(labels))


def test_structure_is_normaliser_then_one_model_per_language() -> None:
    pipeline = build_pipeline()
    assert [name for name, _ in pipeline.steps] == ["normalise", "model"]
    assert isinstance(pipeline.named_steps["normalise"], TextNormaliser)
    router = pipeline.named_steps["model"]
    assert isinstance(router, LanguageRouter)
    japanese = router.japanese.named_steps["features"]
    assert [name for name, _ in japanese.transformer_list] == ["chars", "cues"]
    assert isinstance(router.japanese.named_steps["classifier"], LogisticRegression)
    other = router.other.named_steps["features"]
    assert isinstance(other, FeatureUnion)
    assert [name for name, _ in other.transformer_list] == ["chars", "words", "cues"]
    assert isinstance(router.other.named_steps["classifier"], CalibratedClassifierCV)


def test_parameters_are_applied_and_unknown_ones_rejected() -> None:
    pipeline = build_pipeline(C=2.0, char_ngram_range=(2, 5), cue_weight=3.0, ja_C=5.0, ja_cue_weight=0)
    router = pipeline.named_steps["model"]
    assert router.other.named_steps["classifier"].estimator.C == 2.0
    chars = router.other.named_steps["features"].transformer_list[0][1]
    assert chars.named_steps["hash"].ngram_range == (2, 5)
    assert router.other.named_steps["features"].transformer_list[2][1].weight == 3.0
    assert router.japanese.named_steps["classifier"].C == 5.0
    assert [name for name, _ in router.japanese.named_steps["features"].transformer_list] == ["chars"]
    with pytest.raises(TypeError, match="no_such"):
        build_pipeline(no_such=1)


def test_language_is_told_by_kana() -> None:
    assert language_of("きょうはあめ") == "ja" and language_of("パスワード") == "ja"
    assert language_of("call now") == "other" and language_of("中文新闻") == "other"


def test_each_language_threshold_is_mapped_to_one_half() -> None:
    scores = rescale(np.array([0.0, 0.2, 0.3, 0.65, 1.0]), 0.3)
    np.testing.assert_allclose(scores, [0.0, 0.2 / 0.6, 0.5, 0.75, 1.0])


def test_router_uses_each_language_model_and_falls_back_without_one() -> None:
    texts, labels = zip(*tiny_rows(), strict=True)
    fitted = build_pipeline().fit(list(texts), np.array(labels))
    assert set(fitted.named_steps["model"].models_) == {"ja", "other"}
    english = [(t, y) for t, y in tiny_rows() if t.isascii()]
    only_english = build_pipeline().set_params(model__min_rows=5)
    only_english.fit([t for t, _ in english], np.array([y for _, y in english]))
    assert set(only_english.named_steps["model"].models_) == {"other"}
    assert only_english.predict_proba(["至急！パスワードを入力"]).shape == (1, 2)


def test_learns_tiny_data_and_generalises_to_new_wording(fitted: Pipeline) -> None:
    scores = fitted.predict_proba(
        [
            "【拡散希望】看護師の友人によると、お茶でウイルスが消えるらしい！！！みんなに教えて",
            "今日の練習は中止です。また来週ね",
        ]
    )[:, 1]
    assert scores[0] > 0.5 > scores[1]
    assert np.all((scores >= 0) & (scores <= 1))


def test_clone_gives_an_unfitted_copy_with_same_params(fitted: Pipeline) -> None:
    copy = clone(fitted)
    key = "model__other__classifier__estimator__C"
    assert copy.get_params()[key] == fitted.get_params()[key]
    assert not hasattr(copy.named_steps["model"], "models_")


def test_cue_features_follow_sklearn_conventions() -> None:
    transformer = CueFeatures(weight=2.0)
    assert not hasattr(transformer, "cue_names_")
    assert transformer.fit(["x"]) is transformer
    matrix = transformer.transform(["至急！パスワードを入力", "こんにちは"]).toarray()
    assert matrix.shape == (2, len(FEATURE_NAMES))
    urgency = CUE_NAMES.index("urgency")
    assert matrix[0, urgency] == pytest.approx(2.0 * np.log1p(1))
    assert matrix[1].sum() == 0
    assert list(transformer.get_feature_names_out()) == [f"cue__{name}" for name in FEATURE_NAMES]


def test_the_japanese_model_goes_without_the_link_column_and_english_keeps_it() -> None:
    """In Japanese the link sign weighed against suspicion (stop 39); it is still named and decides stance."""
    router = build_pipeline().named_steps["model"]
    japanese = dict(router.japanese.named_steps["features"].transformer_list)["cues"].fit([])
    other = dict(router.other.named_steps["features"].transformer_list)["cues"].fit([])
    assert "cue__suspicious_link" not in japanese.get_feature_names_out()
    assert "cue__suspicious_link" in other.get_feature_names_out()
    matrix = japanese.transform(["至急 http://bit.ly/x"]).toarray()
    assert matrix.shape == (1, len(FEATURE_NAMES) - 1)
    assert matrix[0, list(japanese.cue_names_).index("urgency")] > 0


def test_a_cue_left_out_must_be_a_model_feature() -> None:
    with pytest.raises(ValueError, match="handover"):
        CueFeatures(leave_out=("handover",)).fit([])


def test_cue_features_count_without_log_scale() -> None:
    matrix = CueFeatures(log_scale=False).fit([]).transform(["至急、至急、至急です"]).toarray()
    assert matrix[0, CUE_NAMES.index("urgency")] == 3


def test_word_tokens_split_english_words_and_japanese_scripts() -> None:
    tokens = re.findall(WORD_TOKEN_PATTERN, "you've won! 今すぐクリックして賞金を受け取って")
    assert tokens[:3] == ["you've", "won", "!"]
    assert "クリック" in tokens and "賞金" in tokens and "今" in tokens


def test_normaliser_folds_width_and_case() -> None:
    assert TextNormaliser().fit_transform(["ＵＲＧＥＮＴ　ｶﾞｽ"]) == ["urgent がす"]


def test_normaliser_drops_repeated_sentences() -> None:
    assert TextNormaliser().fit_transform(["至急です。至急です。\n至急です。"]) == ["至急です。\n"]


def test_shrink_stores_weights_in_float32_and_keeps_scores() -> None:
    texts, labels = zip(*tiny_rows(), strict=True)
    model = build_pipeline().fit(list(texts), np.array(labels))
    before = model.predict_proba(list(texts))[:, 1]
    shrink(model)
    router = model.named_steps["model"]
    ja = router.models_["ja"]
    other = router.models_["other"]
    assert ja.named_steps["classifier"].coef_.dtype == np.float32
    assert other.named_steps["classifier"].calibrated_classifiers_[0].estimator.coef_.dtype == np.float32
    idfs = [
        block.named_steps["tfidf"].idf_
        for m in (ja, other)
        for _, block in m.steps[0][1].transformer_list
        if isinstance(block, Pipeline)
    ]
    assert len(idfs) == 3 and all(idf.dtype == np.float32 for idf in idfs)
    np.testing.assert_allclose(model.predict_proba(list(texts))[:, 1], before, atol=1e-6)
