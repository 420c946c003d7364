"""Text normalisation shared by the cue detectors and the model.

Japanese messages mix full-width and half-width forms (ＵＲＬ, ０９０, ｶﾞ), and scammers dodge filters with
invisible characters (zero-width spaces, joiners), letters spaced out one by one (「至 急」, "U R G E N T")
and katakana instead of hiragana. Everything is therefore matched on one folded form: NFKC, lower case,
formatting characters dropped, katakana folded to hiragana, and the spaces of spaced-out words removed.
Cue spans must still point into what the user actually sent, so the offset-keeping variant maps every
normalised character back to its original position.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sklearn.base import BaseEstimator, TransformerMixin

_HALFWIDTH_SOUND_MARKS = frozenset("\uff9e\uff9f")
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\uff9e\uff9f\ufe20-\ufe2f]"
)


# Blocks with no combining mark at all (Latin to U+02FF, punctuation and symbols, kana other than
# U+3099/U+309A, CJK ideographs, full- and half-width forms other than ﾞﾟ, emoji): only characters
# outside them need their combining class looked up, which keeps Japanese text on the fast path.
_MAY_BE_MARK = re.compile(
    "[^\u0000-\u02ff\u2000-\u20cf\u2100-\u2bff\u3000-\u3029\u3030-\u3098\u309b-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uff00-\uff9d\uffa0-\uffef\U0001f000-\U0001faff]"
)


def _has_combining(text: str) -> bool:
    """Any combining mark (or ﾞ/ﾟ): folding then works on whole clusters, so that NFKC puts marks in
    canonical order the same way whether a text is folded at once or in pieces. The common Latin and
    kana marks are found by the pattern; the rest of Unicode's marks by their combining class."""
    if _COMBINING.search(text) is not None:
        return True
    return any(unicodedata.combining(char) for char in _MAY_BE_MARK.findall(text))


# Katakana ァ..ヶ are hiragana ぁ..ゖ shifted by 0x60; ヷ-ヺ and ー have no hiragana form and stay.
_KANA_FOLD = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_JAPANESE = "ぁ-ゖァ-ヺー一-龯々〆ヶ、。「」"
# Horizontal spaces with a Japanese character on each side: 「至 急 ご 確 認」 reads as 「至急ご確認」.
_SPACED_JAPANESE = re.compile(rf"(?<=[{_JAPANESE}])[ \t\u3000]+(?=[{_JAPANESE}])")
# Three or more single Latin letters or digits separated by one space: "u r g e n t".
_SPACED_LATIN = re.compile(r"(?<![a-z0-9])[a-z0-9](?: [a-z0-9]){2,}(?![a-z0-9])")
# Where a repeated message is cut into sentences (see `drop_repeats`).
_SENTENCE_END = re.compile(r"(?<=[。!?！？\n])")


def fold_kana(text: str) -> str:
    """Katakana to hiragana, one character for one: 「パスワード」 → 「ぱすわーど」."""
    return text.translate(_KANA_FOLD)


QuoteMarks = tuple[tuple[str, str], ...]


def inside_quotes(text: str, position: int, marks: QuoteMarks = (("「", "」"), ("『", "』"))) -> bool:
    """True when `position` comes after an opening quote mark of `marks` whose closing mark has not come yet:
    words there are someone else's, quoted."""
    return any(
        text.rfind(opening, 0, position) > text.rfind(closing, 0, position) for opening, closing in marks
    )


def _is_invisible(char: str) -> bool:
    """Formatting characters (zero-width space and joiners, BOM, soft hyphen) and variation selectors."""
    return unicodedata.category(char) == "Cf" or "\ufe00" <= char <= "\ufe0f"


def _fold_piece(piece: str) -> str:
    """NFKC + lower case + kana fold, invisible characters dropped, for one character or cluster.

    Lower-casing can leave text that is no longer NFKC: "W" + U+030A has no precomposed form but
    "w" + U+030A is "ẘ"; "İ" becomes "i" + U+0307, which marks of a lower class must precede. Such
    text is normalised once more.
    """
    piece = "".join(char for char in piece if not _is_invisible(char))
    folded = unicodedata.normalize("NFKC", piece).lower()
    if not unicodedata.is_normalized("NFKC", folded):
        folded = unicodedata.normalize("NFKC", folded)
    return fold_kana("".join(char for char in folded if not _is_invisible(char)))


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
        folded = _fold_piece(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


class _InvisibleTable(dict[int, str | None]):
    """`str.translate` table deleting invisible characters only, to see whether a text has any."""

    def __missing__(self, code: int) -> str | None:
        kept = None if _is_invisible(chr(code)) else chr(code)
        self[code] = kept
        return kept


_INVISIBLE = _InvisibleTable()


def _spaces_to_remove(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of spacing inside spaced-out Japanese or Latin words."""
    ranges = [match.span() for match in _SPACED_JAPANESE.finditer(text)]
    for match in _SPACED_LATIN.finditer(text):
        ranges.extend((index, index + 1) for index in range(match.start() + 1, match.end(), 2))
    return sorted(ranges)


def _cut(text: str, ranges: list[tuple[int, int]]) -> str:
    pieces, previous = [], 0
    for start, end in ranges:
        pieces.append(text[previous:start])
        previous = end
    pieces.append(text[previous:])
    return "".join(pieces)


def _fold_once(text: str) -> str:
    """One folding pass; text made only of invisible characters is kept (there is nothing else)."""
    if text.isascii():
        return text.lower()
    if not _has_combining(text):
        folded = text.translate(_FOLD)
    else:
        folded = "".join(_fold_piece(text[start:end]) for start, end in _clusters(text))
    return folded if folded or not text else text


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """NFKC, lower case, katakana as hiragana, invisible characters dropped. Idempotent.

    Folding piece by piece can leave combining marks out of canonical order (a mark, a zero-width
    character, another mark), so the pass is repeated until nothing changes. Remembered for the last
    texts: the model's cue columns, the rumour matcher and the stance rules each ask for the same text.
    """
    folded = _fold_once(text)
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def _merge_invisible(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Give each piece that folds to nothing (a zero-width space) to its neighbour, so spans tile."""
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for start, end in bounds:
        if _fold_piece(text[start:end]):
            merged.append((pending_start if pending_start is not None else start, end))
            pending_start = None
        elif merged:
            merged[-1] = (merged[-1][0], end)
        elif pending_start is None:
            pending_start = start
    return merged


def normalise_with_offsets(text: str) -> MappedText:
    """Normalise like `normalise` (one pass), remembering where each output character came from.

    A dropped invisible character belongs to the span of the character before it (or after it, at
    the start), so the spans cover the original without gaps.
    """
    if text.isascii():
        return MappedText(text, text.lower())
    if not _has_combining(text):
        joined = text.translate(_FOLD)
        if len(joined) == len(text) and len(text.translate(_INVISIBLE)) == len(text):
            return MappedText(text, joined)
        bounds = [(index, index + 1) for index in range(len(text))]
    else:
        bounds = _clusters(text)
    bounds = _merge_invisible(text, bounds)
    if not bounds:
        return MappedText(text, text)
    folded = [_fold_piece(text[start:end]) for start, end in bounds]
    starts: list[int] = []
    ends: list[int] = []
    for piece, (start, end) in zip(folded, bounds, strict=True):
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
    return MappedText(text, "".join(folded), tuple(starts), tuple(ends))


def join_spaced(mapped: MappedText) -> MappedText:
    """Remove the spaces of spaced-out words (「至 急」, "u r g e n t") from normalised text, keeping
    the map to the original: what the cues and the model read, never what is shown."""
    ranges = _spaces_to_remove(mapped.text)
    if not ranges:
        return mapped
    dropped = bytearray(len(mapped.text))
    for start, end in ranges:
        dropped[start:end] = b"\x01" * (end - start)
    kept = [index for index, drop in enumerate(dropped) if not drop]
    if mapped.starts is None or mapped.ends is None:
        starts, ends = list(range(len(mapped.text))), list(range(1, len(mapped.text) + 1))
    else:
        starts, ends = list(mapped.starts), list(mapped.ends)
    return MappedText(
        mapped.original,
        _cut(mapped.text, ranges),
        tuple(starts[i] for i in kept),
        tuple(ends[i] for i in kept),
    )


def reading_form(text: str) -> str:
    """`normalise`, then spaced-out words joined: the text the model and the cues read."""
    folded = normalise(text)
    ranges = _spaces_to_remove(folded)
    return _cut(folded, ranges) if ranges else folded


def drop_repeats(normalised: str) -> str:
    """Keep the first copy of each sentence or line: saying a thing ten times must not score higher."""
    seen: set[str] = set()
    kept = []
    for sentence in _SENTENCE_END.split(normalised):
        key = sentence.strip()
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(sentence)
    return "".join(kept)


class TextNormaliser(BaseEstimator, TransformerMixin):  # type: ignore[misc]  # sklearn is untyped: its bases are Any
    """Pipeline step applying `reading_form` and `drop_repeats`, so every vectoriser sees the same text.

    Stateless: it has nothing to learn, but it is a real estimator so the whole model stays one
    inspectable, persistable scikit-learn `Pipeline`.
    """

    def fit(self, texts: list[str], y: object = None) -> TextNormaliser:
        """Nothing to learn; returns self as scikit-learn expects."""
        return self

    def transform(self, texts: list[str]) -> list[str]:
        """Return the texts in reading form, repeated sentences dropped."""
        return [drop_repeats(reading_form(text)) for text in texts]

    def __sklearn_tags__(self) -> Any:
        """Declare text input and that there is nothing to fit, so fittedness checks pass."""
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags
