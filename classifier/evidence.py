"""The wording that raised a message's score, as a sign the bot can name when no cue fires.

A reply that flags a message must say why. Most flagged messages fire a cue; for the rest, the honest
answer is the model's own evidence: the stretches of the message whose character n-grams carry the
largest positive weights. They are quoted back to the user in plain words (「この言い回しが、注意が必要な
メッセージによく出てきます」), never as a verdict.

Only the character block of a fitted model is read: each n-gram's hashed column (the same MurmurHash3
that `HashingVectorizer` uses), its weight in the linear classifier and its IDF. Each n-gram's
contribution is spread over the characters it covers; the best runs of characters with a positive sum are
the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.utils import murmurhash3_32

from classifier.pipeline import language_of
from classifier.result import Span
from classifier.textnorm import MappedText, join_spaced, normalise_with_offsets

EVIDENCE_CUE = "wording"
MAX_QUOTES = 2
MAX_QUOTE_CHARS = 16
MIN_QUOTE_CHARS = 2


@dataclass(frozen=True, slots=True)
class _CharWeights:
    """What is needed to weigh one n-gram: hash width, n-gram lengths, and weight x IDF per column."""

    n_features: int
    ngram_range: tuple[int, int]
    weights: np.ndarray


def _linear_coefficients(classifier: Any) -> np.ndarray | None:
    """The weight vector of a logistic regression, or of the SVM inside a non-ensemble calibration."""
    if hasattr(classifier, "coef_"):
        return np.asarray(classifier.coef_).ravel()
    calibrated = getattr(classifier, "calibrated_classifiers_", None)
    if calibrated and len(calibrated) == 1 and hasattr(calibrated[0].estimator, "coef_"):
        return np.asarray(calibrated[0].estimator.coef_).ravel()
    return None


def _char_weights(language_model: Any) -> _CharWeights | None:
    """Weights of the character n-gram block of a features-then-linear-classifier pipeline, if any."""
    if not (isinstance(language_model, Pipeline) and isinstance(language_model.steps[0][1], FeatureUnion)):
        return None
    coefficients = _linear_coefficients(language_model.steps[-1][1])
    if coefficients is None:
        return None
    offset = 0
    for name, block in language_model.steps[0][1].transformer_list:
        hashing = block.named_steps.get("hash") if isinstance(block, Pipeline) else None
        width = int(hashing.n_features) if hashing is not None else len(block.get_feature_names_out())
        if name == "chars" and hashing is not None and hashing.analyzer in ("char", "char_wb"):
            idf = np.asarray(block.named_steps["tfidf"].idf_)
            low, high = hashing.ngram_range
            return _CharWeights(width, (int(low), int(high)), coefficients[offset : offset + width] * idf)
        offset += width
    return None


def _per_character(text: str, weights: _CharWeights) -> np.ndarray:
    """Each character's share of the weight of the n-grams that cover it."""
    scores = np.zeros(len(text))
    low, high = weights.ngram_range
    for size in range(low, high + 1):
        for start in range(len(text) - size + 1):
            gram = text[start : start + size]
            if gram.isspace():
                continue
            column = abs(murmurhash3_32(gram, seed=0)) % weights.n_features
            scores[start : start + size] += weights.weights[column] / size
    return scores


def _best_runs(scores: np.ndarray, text: str) -> list[tuple[int, int]]:
    """Up to `MAX_QUOTES` runs of positive-scoring characters, best total first, each cut to the
    `MAX_QUOTE_CHARS` window with the highest sum, in text order."""
    runs: list[tuple[float, int, int]] = []
    start = None
    for index, value in enumerate([*scores.tolist(), -1.0]):
        positive = value > 0 and index < len(text) and text[index] not in _EDGE_JUNK
        if positive and start is None:
            start = index
        elif not positive and start is not None:
            end = index
            if end - start > MAX_QUOTE_CHARS:
                window = np.convolve(scores[start:end], np.ones(MAX_QUOTE_CHARS), mode="valid")
                start += int(window.argmax())
                end = start + MAX_QUOTE_CHARS
            if end - start >= MIN_QUOTE_CHARS:
                runs.append((float(scores[start:end].sum()), start, end))
            start = None
    best = sorted(runs, reverse=True)[:MAX_QUOTES]
    return sorted((start, end) for _, start, end in best)


_WORD_CHAR = re.compile(r"[一-龯々〆ヶァ-ヺーa-z0-9]")
# Hiragana at the edges of a quote are particles or word tails cut in half (「る簡単なお仕事」).
_KANA_EDGES = re.compile(r"[ぁ-ゖ]*(.+?)[ぁ-ゖ]*", re.DOTALL)
_EDGE_JUNK = "、。,.!?・「」『』()（） \n\t"


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a run to whole kanji, katakana or Latin words at its ends (「下記」, not 「記」), then drop
    punctuation and hiragana at its edges, so the quote reads as words."""
    reach = 4
    while start > 0 and reach and _WORD_CHAR.match(text[start]) and _WORD_CHAR.match(text[start - 1]):
        start, reach = start - 1, reach - 1
    reach = 4
    while end < len(text) and reach and _WORD_CHAR.match(text[end - 1]) and _WORD_CHAR.match(text[end]):
        end, reach = end + 1, reach - 1
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    core = _KANA_EDGES.fullmatch(text, start, end)
    if core and _WORD_CHAR.search(core.group(1)) and len(core.group(1)) >= MIN_QUOTE_CHARS:
        return core.start(1), core.end(1)
    return start, end


def evidence(model: Pipeline, text: str) -> tuple[Span, ...]:
    """The stretches of `text` that raised its score most, in the original text's offsets (may be empty
    when the model is not the linear kind this reads)."""
    router = model.steps[-1][1]
    mapped: MappedText = join_spaced(normalise_with_offsets(text))
    models = getattr(router, "models_", {})
    language_model = models.get(language_of(mapped.text)) or next(iter(models.values()), None)
    weights = _char_weights(language_model)
    if weights is None or not mapped.text:
        return ()
    spans = []
    for run in _best_runs(_per_character(mapped.text, weights), mapped.text):
        start, end = _snap(mapped.text, *run)
        if end - start < MIN_QUOTE_CHARS:
            continue
        original_start, original_end = mapped.original_span(start, end)
        spans.append(Span(original_start, original_end, text[original_start:original_end]))
    return tuple(spans)
