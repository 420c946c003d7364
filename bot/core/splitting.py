"""Split long neutral text into chunks that fit a platform's message limit once escaped.

Splitting happens before escaping, so an HTML entity or markdown escape is never cut in half, and
`measure` (the escaped length) keeps every chunk within the limit. Breaks prefer (in the second half
of the allowed length, else anywhere) a blank line, then a line end, then a sentence end (。.!?),
then a space; only then do they fall between two characters, never inside one (a surrogate pair or
a combining sequence stays whole).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

BREAKS = ("\n\n", "\n", "。", "! ", "? ", ". ", "!", "?", "、", " ")


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Chunks of `text` whose `measure` is at most `limit`; joining them gives back the text."""
    if limit < 1:
        raise ValueError("limit must be positive")
    chunks: list[str] = []
    rest = text
    while measure(rest) > limit:
        cut = _fit(rest, limit, measure)
        cut = _prefer_break(rest, cut)
        chunks.append(rest[:cut])
        rest = rest[cut:]
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _fit(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """Longest prefix length within the limit that does not split a character."""
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid]) <= limit:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    while cut > 1 and not _boundary(text, cut):
        cut -= 1
    return cut


def _boundary(text: str, index: int) -> bool:
    before, after = text[index - 1], text[index]
    if "\ud800" <= before <= "\udbff":
        return False
    return not (unicodedata.combining(after) or after in "\u200d\ufe0f\ufe0e" or before == "\u200d")


def _prefer_break(text: str, cut: int) -> int:
    """The best break in the second half of the window, else any break, else the hard cut."""
    window = text[:cut]
    for floor in (cut // 2, 1):
        for mark in BREAKS:
            at = window.rfind(mark)
            if at >= floor:
                return at + len(mark)
    return cut
