import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.splitting import split_text


def escaped_len(text: str) -> int:
    return len(html.escape(text, quote=False))


@settings(max_examples=1000, deadline=None)
@given(st.text(), st.integers(min_value=8, max_value=200))
def test_chunks_fit_and_rejoin(text: str, limit: int) -> None:
    chunks = split_text(text, limit, escaped_len)
    assert "".join(chunks) == text
    assert all(escaped_len(c) <= limit for c in chunks)


def test_prefers_line_and_sentence_breaks() -> None:
    text = "一行目です。\n" + "あ" * 40 + "。" + "い" * 30
    chunks = split_text(text, 40)
    assert chunks[0] == "一行目です。\n"
    text = "あ" * 30 + "。" + "い" * 30
    assert split_text(text, 40)[0].endswith("。")


def test_prefers_spaces_over_cutting_words() -> None:
    chunks = split_text("alpha beta gamma delta epsilon", 12)
    assert chunks == ["alpha beta ", "gamma delta ", "epsilon"]


def test_never_splits_emoji_sequences() -> None:
    family = "👨\u200d👩\u200d👧"
    text = family * 40
    for chunk in split_text(text, 7):
        assert not chunk.startswith("\u200d") and not chunk.endswith("\u200d")


def test_five_thousand_characters_for_discord() -> None:
    chunks = split_text("これは長い文章です。" * 500, 2000)
    assert len(chunks) == 3 and all(len(c) <= 2000 for c in chunks)


def test_bad_limit() -> None:
    with pytest.raises(ValueError):
        split_text("x", 0)
