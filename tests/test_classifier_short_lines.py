"""A Japanese line with no warning sign is held to a higher bar, the higher the shorter; anything else
keeps its score."""

from __future__ import annotations

import pytest

from classifier.short_lines import PLAIN_CHARS, SHORT_BAR, SHORT_CHARS, held_to_short_bar, unsigned_bar

SHORT = "すぐに参ります"
MIDDLE = "担当の者が戻りましたら、こちらから折り返しご連絡いたします。"  # 31 characters


def test_a_short_unsigned_line_needs_the_whole_bar_to_reach_the_threshold() -> None:
    assert held_to_short_bar(0.8, SHORT, signed=False) < 0.5
    assert (
        held_to_short_bar(SHORT_BAR, SHORT, signed=False)
        >= 0.5
        > held_to_short_bar(0.899, SHORT, signed=False)
    )
    assert held_to_short_bar(SHORT_BAR, SHORT, signed=False, threshold=0.3) == pytest.approx(0.3)
    assert held_to_short_bar(0.995, SHORT, signed=False) > 0.5


def test_the_bar_slides_from_the_short_bar_to_the_threshold() -> None:
    assert unsigned_bar(SHORT_CHARS) == pytest.approx(SHORT_BAR)
    assert unsigned_bar(1) == pytest.approx(SHORT_BAR)
    halfway = (SHORT_CHARS + PLAIN_CHARS) / 2
    assert unsigned_bar(halfway) == pytest.approx(0.5 + (SHORT_BAR - 0.5) / 2)
    assert unsigned_bar(PLAIN_CHARS) == 0.5
    assert unsigned_bar(PLAIN_CHARS, threshold=0.3) == 0.3
    assert unsigned_bar(SHORT_CHARS, threshold=0.995) == 0.995  # never under the checker's own threshold
    bars = [unsigned_bar(length) for length in range(PLAIN_CHARS + 5)]
    assert bars == sorted(bars, reverse=True)


def test_a_middle_length_line_needs_less_than_a_short_one() -> None:
    bar = unsigned_bar(len(MIDDLE))
    assert 0.5 < bar < SHORT_BAR
    assert held_to_short_bar(bar - 0.01, MIDDLE, signed=False) < 0.5 <= held_to_short_bar(bar, MIDDLE, False)
    assert held_to_short_bar(bar, SHORT, signed=False) < 0.5


def test_the_bar_keeps_the_order_of_scores() -> None:
    scores = [0.1, 0.4, 0.6, 0.89, 0.91, 1.0]
    held = [held_to_short_bar(score, SHORT, signed=False) for score in scores]
    assert held == sorted(held) and held[0] < held[-1] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (SHORT, True),  # a cue, a link or a checked rumour: the model's score stands
        (MIDDLE * 2, False),  # long enough to read
        ("Call me now", False),  # English: short spam is common
    ],
)
def test_signed_long_or_english_text_keeps_its_score(text: str, signed: bool) -> None:
    assert held_to_short_bar(0.8, text, signed) == 0.8


def test_a_threshold_over_the_bar_leaves_the_score_alone() -> None:
    assert held_to_short_bar(0.8, SHORT, signed=False, threshold=0.995) == 0.8
