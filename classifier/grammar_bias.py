"""Sample weights that keep the Japanese model from learning grammar and register as the label.

The training messages of one label share a register more than real messages do: scams impersonate
companies in keigo, rumours travel as casual hearsay. A model trained on them flags an ordinary keigo
line or a dialect quip on its wording alone (issue #14). Reweighting against a known bias (Utama, Moosavi
and Gurevych, "Towards Debiasing NLU Models from Unknown Biases", EMNLP 2020; Clark, Yatskar and
Zettlemoyer, "Don't Take the Easy Way Out", EMNLP 2019) counters this without new data:

1. a small "grammar-only" model reads each Japanese message with its words masked (`grammar_skeleton`:
   runs of kanji, katakana and Latin letters become one symbol, digits another; kana endings, particles
   and punctuation stay), and scores it out of fold;
2. each row is weighted by how unsure that model is of the row's label, `(1 - p(label)) ** strength`,
   with a floor: rows whose grammar already gives their label away count less, rows whose grammar points
   the other way (a keigo notice that is genuine, a casual scam) count more.

Weights are computed once, out of fold over all rows, and used both in cross-validation and in the final
fit. On the development sets (`eval/README.md`, stop 28) this lowered false alarms on ordinary sentences
at equal recall; strength 2 or 0.5, a floor of 0.25, a skeleton keeping only kana, and one telling kanji
from katakana did worse than strength 1 with this skeleton.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import make_pipeline

BIAS_FOLDS = 5
WEIGHT_FLOOR = 0.1
"""No row is silenced: a scam whose grammar is typical of scams still counts a tenth."""

_WORDS = re.compile(r"[一-龯々〆ヶァ-ヺーA-Za-z]+")
_DIGITS = re.compile(r"[0-9]+")


def grammar_skeleton(text: str) -> str:
    """The message with its words masked: what is left is grammar, register and punctuation.

    A run of kanji, katakana and Latin letters becomes one `W` (a run mixing them is one word to this
    model), a run of digits one `0`.

    >>> grammar_skeleton("担当の者が戻りましたら、ご連絡いたします。")
    'WのWがWりましたら、ごWいたします。'
    """
    return _DIGITS.sub("0", _WORDS.sub("W", unicodedata.normalize("NFKC", text)))


def grammar_bias_weights(
    texts: list[str],
    labels: np.ndarray,
    groups: np.ndarray,
    rows: np.ndarray,
    strength: float,
    seed: int,
) -> np.ndarray:
    """A weight factor per row: 1 outside `rows` (a boolean mask, the Japanese rows), elsewhere how little a
    grammar-only model, scored out of fold (copies of a message in the same fold, `groups`), is sure of
    the row's label, to the power `strength`, at least `WEIGHT_FLOOR`."""
    factor = np.ones(len(texts))
    chosen = np.flatnonzero(rows)
    if strength <= 0 or np.bincount(labels[chosen], minlength=2).min() < BIAS_FOLDS:
        return factor
    skeletons = np.asarray([grammar_skeleton(texts[index]) for index in chosen], dtype=object)
    chosen_labels = labels[chosen]
    confidence = np.zeros(len(chosen))
    folds = StratifiedGroupKFold(n_splits=BIAS_FOLDS, shuffle=True, random_state=seed + 1)
    for train_index, test_index in folds.split(skeletons, chosen_labels, groups[chosen]):
        model = make_pipeline(
            TfidfVectorizer(analyzer="char", ngram_range=(1, 4), sublinear_tf=True, min_df=2),
            LogisticRegression(max_iter=2000),
        )
        model.fit(list(skeletons[train_index]), chosen_labels[train_index])
        suspicious = model.predict_proba(list(skeletons[test_index]))[:, 1]
        confidence[test_index] = np.where(chosen_labels[test_index] == 1, suspicious, 1 - suspicious)
    factor[chosen] = np.maximum(WEIGHT_FLOOR, (1 - confidence) ** strength)
    return factor


def keep_file_totals(weights: np.ndarray, factor: np.ndarray, rows_per_file: list[int]) -> np.ndarray:
    """`weights * factor`, rescaled so that each file keeps the total weight it had."""
    out = []
    start = 0
    for rows in rows_per_file:
        before = weights[start : start + rows]
        after = before * factor[start : start + rows]
        out.append(after * (before.sum() / after.sum()) if after.sum() > 0 else before)
        start += rows
    return np.concatenate(out) if out else weights
