"""Text normalisation shared by the cue detectors and the model.

Japanese messages mix full-width and half-width forms (ＵＲＬ, ０９０, ｶﾞ), so everything is matched on
NFKC-normalised, lower-cased text. Cue spans must still point into what the user actually sent, so the
offset-keeping variant maps every normalised character back to its original position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sklearn.base import BaseEstimator, TransformerMixin

_HALFWIDTH_SOUND_MARKS = frozenset("\uff9e\uff9f")
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\uff9e\uff9f\ufe20-\ufe2f]"
)


def normalise(text: str) -> str:
    """NFKC + lower case: the form every matcher and vectoriser sees. Idempotent.

    Lower-casing can leave text that is no longer NFKC: "W" + U+030A has no precomposed form but
    "w" + U+030A is "ẘ"; "İ" becomes "i" + U+0307, which marks of a lower class must precede. Such
    text is normalised once more.
    """
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFKC", text).lower()
    return folded if unicodedata.is_normalized("NFKC", folded) else unicodedata.normalize("NFKC", folded)


@dataclass(frozen=True, slots=True)
class MappedText:
    """Normalised text plus, for each of its characters, the original [start, end) it came from.

    `starts`/`ends` are None when every character maps to itself (the common case, kept cheap).
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Translate a [start, end) range of the normalised text into the original text's offsets."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else len(self.original)
            return position, position
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Split into base characters with their combining marks, so NFKC can compose each one (ｶﾞ → ガ)."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text):
            char = text[index]
            if unicodedata.combining(char) or char in _HALFWIDTH_SOUND_MARKS:
                continue
        bounds.append((start, index))
        start = index
    return bounds


class _FoldTable(dict[int, str]):
    """`str.translate` table that folds one character at a time, filled lazily (C speed once warm)."""

    def __missing__(self, code: int) -> str:
        folded = normalise(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def normalise_with_offsets(text: str) -> MappedText:
    """Normalise like `normalise`, remembering where each output character came from."""
    if text.isascii():
        return MappedText(text, text.lower())
    if _COMBINING.search(text) is None:
        joined = text.translate(_FOLD)
        if len(joined) == len(text):
            return MappedText(text, joined)
        bounds = [(index, index + 1) for index in range(len(text))]
    else:
        bounds = _clusters(text)
    folded = [normalise(text[start:end]) for start, end in bounds]
    joined = "".join(folded)
    starts: list[int] = []
    ends: list[int] = []
    for piece, (start, end) in zip(folded, bounds, strict=True):
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    return MappedText(text, joined, tuple(starts), tuple(ends))


class TextNormaliser(BaseEstimator, TransformerMixin):
    """Pipeline step applying `normalise`, so every vectoriser sees the same folded text.

    Stateless: it has nothing to learn, but it is a real estimator so the whole model stays one
    inspectable, persistable scikit-learn `Pipeline`.
    """

    def fit(self, texts: list[str], y: object = None) -> TextNormaliser:
        """Nothing to learn; returns self as scikit-learn expects."""
        return self

    def transform(self, texts: list[str]) -> list[str]:
        """Return the normalised texts."""
        return [normalise(text) for text in texts]

    def __sklearn_tags__(self):
        """Declare text input and that there is nothing to fit, so fittedness checks pass."""
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags
