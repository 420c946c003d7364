"""The pipeline is a real, inspectable scikit-learn Pipeline that learns the tiny data set, and its cue
transformer follows scikit-learn's conventions."""

from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import FeatureUnion, Pipeline

from classifier.cues import CUE_NAMES
from classifier.features import CueFeatures
from classifier.pipeline import WORD_TOKEN_PATTERN, build_pipeline
from classifier.testing import tiny_rows
from classifier.textnorm import TextNormaliser


@pytest.fixture(scope="module")
def fitted() -> Pipeline:
    texts, labels = zip(*tiny_rows(), strict=True)
    return build_pipeline().fit(list(texts), np.array(labels))


def test_structure_is_a_pipeline_of_feature_union_and_calibrated_linear_model() -> None:
    pipeline = build_pipeline()
    assert [name for name, _ in pipeline.steps] == ["normalise", "features", "model"]
    assert isinstance(pipeline.named_steps["normalise"], TextNormaliser)
    union = pipeline.named_steps["features"]
    assert isinstance(union, FeatureUnion)
    assert [name for name, _ in union.transformer_list] == ["chars", "words", "cues"]
    assert isinstance(pipeline.named_steps["model"], CalibratedClassifierCV)


def test_parameters_are_applied_and_unknown_ones_rejected() -> None:
    pipeline = build_pipeline(C=2.0, char_ngram_range=(2, 5), cue_weight=3.0)
    assert pipeline.named_steps["model"].estimator.C == 2.0
    chars = pipeline.named_steps["features"].transformer_list[0][1]
    assert chars.named_steps["hash"].ngram_range == (2, 5)
    assert pipeline.named_steps["features"].transformer_list[2][1].weight == 3.0
    with pytest.raises(TypeError, match="no_such"):
        build_pipeline(no_such=1)


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
    assert copy.get_params()["model__estimator__C"] == fitted.get_params()["model__estimator__C"]
    assert not hasattr(copy.named_steps["model"], "calibrated_classifiers_")


def test_cue_features_follow_sklearn_conventions() -> None:
    transformer = CueFeatures(weight=2.0)
    assert not hasattr(transformer, "cue_names_")
    assert transformer.fit(["x"]) is transformer
    matrix = transformer.transform(["至急！パスワードを入力", "こんにちは"]).toarray()
    assert matrix.shape == (2, len(CUE_NAMES))
    urgency = CUE_NAMES.index("urgency")
    assert matrix[0, urgency] == pytest.approx(2.0 * np.log1p(1))
    assert matrix[1].sum() == 0
    assert list(transformer.get_feature_names_out()) == [f"cue__{name}" for name in CUE_NAMES]


def test_cue_features_count_without_log_scale() -> None:
    matrix = CueFeatures(log_scale=False).fit([]).transform(["至急、至急、至急です"]).toarray()
    assert matrix[0, CUE_NAMES.index("urgency")] == 3


def test_word_tokens_split_english_words_and_japanese_scripts() -> None:
    tokens = re.findall(WORD_TOKEN_PATTERN, "you've won! 今すぐクリックして賞金を受け取って")
    assert tokens[:3] == ["you've", "won", "!"]
    assert "クリック" in tokens and "賞金" in tokens and "今" in tokens


def test_normaliser_folds_width_and_case() -> None:
    assert TextNormaliser().fit_transform(["ＵＲＧＥＮＴ　ｶﾞｽ"]) == ["urgent ガス"]
