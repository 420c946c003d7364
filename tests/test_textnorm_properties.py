"""Properties of the text normalisation (issue 9, part 2), 1,000 examples each.

- `normalise` never raises and is idempotent: normalise(normalise(x)) == normalise(x).
  It was not: NFKC then lower-casing can leave text NFKC would compose further. "W" + U+030A has
  no precomposed form, "w" + U+030A is "ẘ"; "İ" lower-cases to "i" + U+0307, before which a mark
  of lower combining class must be reordered; Greek capitals with a tonos before U+0345 or U+0342
  likewise. 457 (cased letter, combining mark) pairs were not fixed points; `normalise` now
  composes once more when the lower-cased text is not NFKC, and every such pair is (checked).
- `normalise_with_offsets` never raises and its offsets are valid: the spans lie inside the
  original, in order, cover it without gaps or overlaps, and each span's output is exactly the
  normalisation of that span of the original.
  It normalises piece by piece (a character with its combining marks), so its text is not always
  `normalise`'s: NFKC composes Hangul conjoining jamo across pieces, reorders combining marks it
  does not group, and lower-casing picks the final sigma from the neighbours. On text without those
  (e.g. Japanese with half-width kana and sound marks) the two agree, which is tested too.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from classifier.textnorm import normalise, normalise_with_offsets

TRICKY = (
    "AWJTHYIİıΣσςẞßÅÄΆΉΩΩKﬃĲǇ"  # case changes with special lower-casing or compatibility forms
    "\u0300\u0301\u0307\u0308\u030a\u030c\u0316\u0331\u0342\u0345\u05b0\u093c\u3099\u309a"  # marks
    "ＡＷｈｔｐｓ０９ｶﾞﾊﾟｰﾞﾟ㈱‼①㍿ｷﾛ"  # width and compatibility forms
    "\u1100\u1161\u11a8가㉢ᅥ"  # Hangul jamo
    "\u200b\u200d\u202e\ufeff👍🏽🇯🇵 \n.あ漢"
)
texts = st.one_of(
    st.text(max_size=80),  # any code points but surrogates
    st.text(alphabet=TRICKY, max_size=40),
    st.lists(
        st.sampled_from(["W\u030a", "İ\u0316", "Ά\u0345", "ｶﾞ", "\u1100\u1161", "ΑΣ ", "x"]), max_size=12
    ).map("".join),
)
JAPANESE = "ｱｶﾞﾊﾟｰﾞﾟあがＡｂ０１！？　－ー漢字 ab!"


@settings(max_examples=1000, deadline=None)
@given(texts)
@example("W\u030a")  # was "w" + U+030A, then "ẘ"
@example("İ\u0316")  # was "i" + U+0307 + U+0316, then the marks reordered
@example("Ά\u0345")  # was "ά" + U+0345, then "ᾴ"
def test_normalise_never_raises_and_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert isinstance(once, str)
    assert normalise(once) == once


def test_every_cased_letter_with_a_combining_mark_is_a_fixed_point_once_normalised() -> None:
    """The exhaustive form of the failures above: every (cased letter, combining mark) pair."""
    code_points = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    cased = [c for c in code_points if c.lower() != c]
    marks = [c for c in code_points if unicodedata.combining(c)]
    unstable = [b + m for b in cased for m in marks if normalise(normalise(b + m)) != normalise(b + m)]
    assert unstable == []


@settings(max_examples=1000, deadline=None)
@given(texts)
def test_offsets_are_valid_and_each_span_maps_to_its_normalisation(text: str) -> None:
    mapped = normalise_with_offsets(text)
    assert mapped.original == text
    if mapped.starts is None or mapped.ends is None:
        assert mapped.starts is None and mapped.ends is None
        assert len(mapped.text) == len(text)
        spans = [(index, index + 1) for index in range(len(text))]
    else:
        assert len(mapped.starts) == len(mapped.ends) == len(mapped.text)
        spans = list(zip(mapped.starts, mapped.ends, strict=True))
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert [mapped.original_span(i, i + 1) for i in range(len(mapped.text))] == spans
    # Runs of output characters share a span; the distinct spans tile the original in order.
    pieces: list[tuple[int, int, str]] = []
    for (start, end), char in zip(spans, mapped.text, strict=True):
        if pieces and pieces[-1][:2] == (start, end):
            pieces[-1] = (start, end, pieces[-1][2] + char)
        else:
            pieces.append((start, end, char))
    edges = [0] + [end for _, end, _ in pieces]
    assert [start for start, _, _ in pieces] == edges[:-1] and edges[-1] == len(text)
    assert all(normalise(text[start:end]) == out for start, end, out in pieces)
    # Any range of the output maps to a range of the original.
    for start in range(0, len(mapped.text) + 1, 7):
        low, high = mapped.original_span(start, min(start + 5, len(mapped.text)))
        assert 0 <= low <= high <= len(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=JAPANESE, max_size=40))
def test_offsets_text_is_the_plain_normalisation_for_japanese(text: str) -> None:
    assert normalise_with_offsets(text).text == normalise(text)
