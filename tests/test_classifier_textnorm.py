"""Normalisation folds width and case, and the offset map points back into the original text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from classifier.textnorm import (
    _has_combining,
    drop_repeats,
    inside_quotes,
    join_spaced,
    normalise,
    normalise_with_offsets,
    reading_form,
)


def test_folds_full_width_half_width_and_case() -> None:
    assert normalise("ＵＲＬ：ｈｔｔｐｓ ０９０ ｶﾞｽ Ｈｅｌｌｏ") == "url:https 090 がす hello"


def test_ascii_maps_to_itself() -> None:
    mapped = normalise_with_offsets("Call NOW")
    assert mapped.text == "call now"
    assert mapped.original_span(5, 8) == (5, 8)


def test_voiced_half_width_kana_map_to_both_original_characters() -> None:
    mapped = normalise_with_offsets("ｶﾞｽ代")
    assert mapped.text == "がす代"
    assert mapped.original_span(0, 1) == (0, 2)
    assert mapped.original_span(1, 3) == (2, 4)


def test_expanding_characters_keep_offsets() -> None:
    mapped = normalise_with_offsets("㈱ＡＢＣ‼")
    assert mapped.text == "(株)abc!!"
    assert mapped.original_span(3, 6) == (1, 4)
    assert mapped.original_span(6, 8) == (4, 5)


@given(st.text(max_size=40))
def test_offsets_are_valid_and_in_order(text: str) -> None:
    mapped = normalise_with_offsets(text)
    spans = [mapped.original_span(index, index + 1) for index in range(len(mapped.text))]
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert [start for start, _ in spans] == sorted(start for start, _ in spans)


@given(st.text(alphabet="ｱｶﾞﾊﾟｰﾞﾟあがＡｂ０１！？　－ー漢字 ab!", max_size=30))
def test_mapped_text_equals_plain_normalisation_for_japanese_input(text: str) -> None:
    assert normalise_with_offsets(text).text == normalise(text)


def test_invisible_characters_are_dropped_and_offsets_skip_them() -> None:
    mapped = normalise_with_offsets("至\u200b急\ufeffです")
    assert mapped.text == "至急です"
    assert mapped.original_span(0, 1) == (0, 2) and mapped.original_span(1, 2) == (2, 4)
    assert normalise("\u200b") == "\u200b"  # nothing else left: kept


def test_katakana_folds_to_hiragana() -> None:
    assert normalise("パスワード") == normalise("ぱすわーど") == "ぱすわーど"


def test_spaced_out_letters_are_joined_for_reading() -> None:
    assert reading_form("至 急　ご 確 認") == "至急ご確認"
    assert reading_form("U R G E N T call now") == "urgent call now"
    assert reading_form("a big cat") == "a big cat"
    assert normalise("至 急") == "至 急"
    mapped = join_spaced(normalise_with_offsets("パ ス ワ"))
    assert mapped.text == "ぱすわ" and mapped.original_span(0, 3) == (0, 5)


def test_repeated_sentences_are_kept_once() -> None:
    assert drop_repeats("至急です。至急です。\n至急です。ほかの話。") == "至急です。\nほかの話。"


def test_every_combining_mark_is_looked_at() -> None:
    """The fast path skips blocks without marks: every character with a combining class (any Unicode
    version this Python knows) must still be found, alone and inside Japanese text."""
    marks = [chr(code) for code in range(0x110000) if unicodedata.combining(chr(code))]
    assert len(marks) > 900
    missed = [mark for mark in marks if not _has_combining(f"あ{mark}い")]
    assert missed == []
    assert not _has_combining("拡散希望‼️ パスワードを入力してください https://example.com 😱")


def test_inside_quotes_is_after_an_opening_mark_not_yet_closed() -> None:
    text = "母さん、「窓口で聞かれたら『孫の学費』と言って」って電話は詐欺だよ"
    assert inside_quotes(text, text.index("窓口"))
    assert inside_quotes(text, text.index("孫"))
    assert not inside_quotes(text, text.index("電話"))
    assert inside_quotes(text, text.index("孫"), (("「", "」"),))
    assert not inside_quotes("『孫』って言ってね", 4)
