"""The classifier as one scikit-learn `Pipeline`: normalise, vectorise three ways, calibrated linear model.

N-grams are hashed rather than kept in a vocabulary: a 2**18-column hash space loses nothing measurable on
CONSTRAINT, and the saved model is a few megabytes that load in well under a second.

Character n-grams cope with Japanese (no spaces) and with spam spelling ("fr33", "ｶｰﾄﾞ"); word n-grams
carry English phrasing; cue counts carry the hand-written detectors. A linear SVM is fast to train and to
apply on one core, and sigmoid calibration turns its margin into a probability-like score the bot can
threshold and explain.
"""

from __future__ import annotations

from typing import Any

from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from classifier.features import CueFeatures
from classifier.textnorm import TextNormaliser

# Latin words (with an apostrophe tail), runs of hiragana, katakana or kanji, and single symbols:
# splits English on words and Japanese on script changes, a cheap stand-in for a morphological analyser.
WORD_TOKEN_PATTERN = r"[a-z0-9]+(?:'[a-z]+)?|[ぁ-ゖ]+|[ァ-ヺー]+|[一-龯々〆ヶ]+|[^\w\s]"

DEFAULT_PARAMS: dict[str, Any] = {
    "char_analyzer": "char_wb",
    "char_ngram_range": (2, 5),
    "word_ngram_range": (1, 2),
    "n_features_log2": 18,
    "C": 1.0,
    "cue_weight": 1.0,
    "calibration_folds": 5,
    "seed": 0,
}


def _hashed_tfidf(n_features_log2: int, **analyzer: Any) -> Pipeline:
    """Hashing + TF-IDF: no vocabulary to store or look up, so the model is small and loads fast."""
    return Pipeline(
        [
            (
                "hash",
                HashingVectorizer(
                    n_features=2**n_features_log2,
                    alternate_sign=False,
                    norm=None,
                    lowercase=False,
                    **analyzer,
                ),
            ),
            ("tfidf", TfidfTransformer(sublinear_tf=True)),
        ]
    )


def build_pipeline(**params: Any) -> Pipeline:
    """An unfitted pipeline; keyword arguments override `DEFAULT_PARAMS` (unknown names are an error)."""
    unknown = set(params) - set(DEFAULT_PARAMS)
    if unknown:
        raise TypeError(f"unknown pipeline parameter(s): {', '.join(sorted(unknown))}")
    p = {**DEFAULT_PARAMS, **params}
    features = FeatureUnion(
        [
            (
                "chars",
                _hashed_tfidf(
                    p["n_features_log2"],
                    analyzer=p["char_analyzer"],
                    ngram_range=tuple(p["char_ngram_range"]),
                ),
            ),
            (
                "words",
                _hashed_tfidf(
                    p["n_features_log2"],
                    analyzer="word",
                    token_pattern=WORD_TOKEN_PATTERN,
                    ngram_range=tuple(p["word_ngram_range"]),
                ),
            ),
            ("cues", CueFeatures(weight=p["cue_weight"])),
        ]
    )
    model = CalibratedClassifierCV(
        LinearSVC(C=p["C"], random_state=p["seed"]),
        method="sigmoid",
        cv=p["calibration_folds"],
        ensemble=False,
    )
    return Pipeline([("normalise", TextNormaliser()), ("features", features), ("model", model)])
