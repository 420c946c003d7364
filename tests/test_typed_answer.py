"""Typed words matched to a quiz question's options: only a word that points at one option counts."""

import pytest

from bot.features.typed_answer import normalise, typed_choice
from quizzes import Item
from quizzes.loader import JUDGE_CHOICES, KIDS_JUDGE_CHOICES
from quizzes.model import Choice


def item(choices: tuple[Choice, ...], kind: str = "action") -> Item:
    return Item(
        id="x-001",
        deck="d",
        kind=kind,
        topic="money",
        level="一般",
        techniques=("pause",),
        choices=choices,
        answer=choices[0].id,
        explanation_ja="x",
        explanation_en="x",
        verdict="misleading" if kind == "judge" else None,
    )


JUDGE = item(JUDGE_CHOICES, "judge")
KIDS = item(KIDS_JUDGE_CHOICES, "judge")
LINKS = item((Choice("a", "リンクを開く", "Open the link"), Choice("b", "リンクを消す", "Delete the link")))


def test_width_case_katakana_and_punctuation_do_not_matter() -> None:
    assert normalise("「ウソ！」") == normalise("うそ") == "うそ"
    assert normalise("ＦＡＫＥ") == "fake" and normalise("２") == "2"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("本当", "t"), ("True", "t"), ("信頼", "t"), ("うそ", "m"), ("デマ", "m"), ("fake", "m"), ("×", "m")],
)
def test_common_words_for_the_judge_answers(typed: str, expected: str) -> None:
    assert typed_choice(JUDGE, typed) == expected
    assert typed_choice(KIDS, typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("開く", "a"), ("delete", "b"), ("2", "b"), ("リンク", None), ("link", None), ("3", None), ("0", None)],
)
def test_option_text_or_number_must_point_at_exactly_one_option(typed: str, expected: str | None) -> None:
    assert typed_choice(LINKS, typed) == expected


@pytest.mark.parametrize("typed", ["", "！", "う", "信頼できそうにない", "本当かどうかわからない"])
def test_a_single_letter_a_negation_or_a_doubt_is_no_answer(typed: str) -> None:
    assert typed_choice(JUDGE, typed) is None


def test_judge_words_mean_nothing_for_questions_with_their_own_options() -> None:
    calls = item((Choice("t", "電話する", "Call"), Choice("m", "メールする", "Send a mail")))
    assert typed_choice(calls, "うそ") is None and typed_choice(calls, "true") is None
