"""Cue counts as model features.

The n-gram vectorisers learn wording; these few dense columns carry what the hand-written detectors know
(a look-alike domain, a request for a PIN), which generalises to phrasings the training data never showed,
and the stance columns (an official alert relay, a warning about a scam) let the model learn that a message
naming a scam in order to warn against it is not one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from classifier import cues
from classifier.textnorm import normalise


class CueFeatures(BaseEstimator, TransformerMixin):  # type: ignore[misc]  # sklearn is untyped: its bases are Any
    """Turn texts into one column per cue: how often it fires, log-scaled and weighted.

    Parameters
    ----------
    weight:
        Multiplier for every column, so the cue block can be balanced against the L2-normalised
        TF-IDF blocks it is concatenated with.
    log_scale:
        Use log1p(count) so ten exclamation marks do not count ten times as much as one.
    leave_out:
        Cues this model does not take as columns (they are still named and still decide stance).
    """

    def __init__(self, weight: float = 1.0, log_scale: bool = True, leave_out: tuple[str, ...] = ()) -> None:
        self.weight = weight
        self.log_scale = log_scale
        self.leave_out = leave_out

    def fit(self, texts: list[str], y: object = None) -> CueFeatures:
        """Record the cue and stance vocabulary (`classifier.cues`, less `leave_out`); returns self."""
        unknown = set(self.leave_out) - set(cues.FEATURE_NAMES)
        if unknown:
            raise ValueError(f"not model features: {sorted(unknown)}")
        self.cue_names_ = tuple(name for name in cues.FEATURE_NAMES if name not in self.leave_out)
        self.n_features_out_ = len(self.cue_names_)
        return self

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """A sparse (n_texts, n_cues) matrix of weighted cue counts."""
        columns = [cues.FEATURE_NAMES.index(name) for name in self.cue_names_]
        counts = np.array([cues.count(normalise(text)) for text in texts], dtype=np.float64)
        counts = counts.reshape(len(texts), len(cues.FEATURE_NAMES))[:, columns]
        if self.log_scale:
            counts = np.log1p(counts)
        return sparse.csr_matrix(counts * self.weight)

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Column names `cue__<name>` for inspection of the model's coefficients."""
        return np.array([f"cue__{name}" for name in self.cue_names_], dtype=object)

    def __sklearn_tags__(self) -> Any:
        """Declare raw-text input so scikit-learn does not try to validate a numeric array."""
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
