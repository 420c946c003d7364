"""Sample weights that keep the Japanese model from learning grammar and register as the label.

The training messages of one label share a register more than real messages do: scams impersonate
companies in keigo, rumours travel as casual hearsay. A model trained on them flags an ordinary keigo
line or a dialect quip on its wording alone (issue #14). Reweighting examples by how confident a model of
the bias alone is (Utama, Moosavi and Gurevych, "Towards Debiasing NLU Models from Unknown Biases", EMNLP
2020; the bias-only model is Clark, Yatskar and Zettlemoyer's, "Don't Take the Easy Way Out", EMNLP 2019,
who combine it as a product of experts instead) counters this without new data:

1. a small "grammar-only" model reads each Japanese message with its words masked (`grammar_skeleton`:
   runs of kanji, katakana and Latin letters become one symbol, digits another; kana endings, particles
   and punctuation stay), and scores it out of fold;
2. each row is weighted by how unsure that model is of the row's label, `(1 - p(label)) ** strength`,
   with a floor: rows whose grammar already gives their label away count less, rows whose grammar points
   the other way (a keigo notice that is genuine, a casual scam) count more.

Weights are computed once, out of fold over all rows, and used both in cross-validation and in the final
fit. In cross-validation a training row's weight then comes from a grammar-only model that saw the test
fold's grammar and labels (not its words); that reaches only the weights, never a test row's score, and
recomputing them per fold would take five times as long for what is a small, smooth quantity.

On the development sets (`eval/README.md`, stop 28) this lowered false alarms on ordinary sentences
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

_WORDS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f々〆ヶァ-ヺーA-Za-z]+")
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
    the row's label, to the power `strength`, at least `WEIGHT_FLOOR`.

    A row with nothing to mask (written all in kana, as the hiragana copies are) would show that model
    its words, not its grammar: it is neither trained on nor scored, and takes the mean factor of the
    rows of its group that were (1 if none). All factors are 1 when `strength` is 0 or less, or when
    either label has fewer groups than `BIAS_FOLDS`: there is then nothing to weigh or no honest way to
    score out of fold.
    """
    factor = np.ones(len(texts))
    skeletons = {index: grammar_skeleton(texts[index]) for index in np.flatnonzero(rows)}
    masked = np.array(
        [
            index
            for index, skeleton in skeletons.items()
            if skeleton != unicodedata.normalize("NFKC", texts[index])
        ],
        dtype=int,
    )
    masked_labels = labels[masked]
    enough = all(len(set(groups[masked][masked_labels == label].tolist())) >= BIAS_FOLDS for label in (0, 1))
    if strength <= 0 or not enough:
        return factor
    sample = np.asarray([skeletons[index] for index in masked], dtype=object)
    confidence = np.zeros(len(masked))
    folds = StratifiedGroupKFold(n_splits=BIAS_FOLDS, shuffle=True, random_state=seed + 1)
    for train_index, test_index in folds.split(sample, masked_labels, groups[masked]):
        model = make_pipeline(
            TfidfVectorizer(analyzer="char", ngram_range=(1, 4), sublinear_tf=True, min_df=2),
            LogisticRegression(max_iter=2000),
        )
        model.fit(list(sample[train_index]), masked_labels[train_index])
        suspicious = model.predict_proba(list(sample[test_index]))[:, 1]
        confidence[test_index] = np.where(masked_labels[test_index] == 1, suspicious, 1 - suspicious)
    factor[masked] = np.maximum(WEIGHT_FLOOR, (1 - confidence) ** strength)
    by_group: dict[int, list[float]] = {}
    for index in masked:
        by_group.setdefault(int(groups[index]), []).append(float(factor[index]))
    for index in set(skeletons) - set(masked.tolist()):
        shared = by_group.get(int(groups[index]))
        factor[index] = float(np.mean(shared)) if shared else 1.0
    return factor


def keep_file_totals(weights: np.ndarray, factor: np.ndarray, rows_per_file: list[int]) -> np.ndarray:
    """`weights * factor`, rescaled so that each file keeps the total weight it had (the balance between
    files is `train.file_balancing_weights`' job). A row outside the reweighted ones in a file that has
    some (an English line in a Japanese file) is rescaled with its file."""
    if sum(rows_per_file) != len(weights):
        raise ValueError(f"files hold {sum(rows_per_file)} rows, weights {len(weights)}")
    out = []
    start = 0
    for rows in rows_per_file:
        before = weights[start : start + rows]
        after = before * factor[start : start + rows]
        out.append(after * (before.sum() / after.sum()))
        start += rows
    return np.concatenate(out) if out else weights
