"""A short Japanese line with no warning sign is held to a higher bar; anything else keeps its score."""

from __future__ import annotations

import pytest

from classifier.short_lines import SHORT_BAR, SHORT_CHARS, held_to_short_bar

SHORT = "すぐに参ります"


def test_a_short_unsigned_line_needs_the_higher_bar_to_reach_the_threshold() -> None:
    assert held_to_short_bar(0.8, SHORT, signed=False) < 0.5
    assert (
        held_to_short_bar(SHORT_BAR, SHORT, signed=False)
        >= 0.5
        > held_to_short_bar(0.899, SHORT, signed=False)
    )
    assert held_to_short_bar(SHORT_BAR, SHORT, signed=False, threshold=0.3) == pytest.approx(0.3)
    assert held_to_short_bar(0.97, SHORT, signed=False) > 0.5


def test_the_bar_keeps_the_order_of_scores() -> None:
    scores = [0.1, 0.4, 0.6, 0.89, 0.91, 1.0]
    held = [held_to_short_bar(score, SHORT, signed=False) for score in scores]
    assert held == sorted(held) and held[0] < held[-1] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (SHORT, True),  # a cue, a link or a checked rumour: the model's score stands
        ("お世話になっております。担当の者が戻りましたら折り返します。", False),  # long enough to read
        ("Call me now", False),  # English: short spam is common
    ],
)
def test_signed_long_or_english_text_keeps_its_score(text: str, signed: bool) -> None:
    assert held_to_short_bar(0.8, text, signed) == 0.8


def test_length_is_counted_on_the_text_the_model_reads() -> None:
    """Spaced-out or zero-width-padded letters are joined before counting, as the model reads them."""
    spaced = " ".join("はい、すぐに伺います")
    assert len(spaced) >= SHORT_CHARS
    assert held_to_short_bar(0.8, spaced, signed=False) < 0.5
    padded = "\u200b\u200b".join(SHORT)
    assert len(padded) >= SHORT_CHARS
    assert held_to_short_bar(0.8, padded, signed=False) < 0.5
