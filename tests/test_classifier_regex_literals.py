"""What a regular expression's matches must contain, read from its parse tree."""

from __future__ import annotations

import re

import pytest

from classifier.regex_literals import may_match, required_literals


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("還付金", ("還付金",)),
        ("(?:至急|今すぐ)(?:ご)?連絡", ("連絡",)),
        ("拡散(?:希望|して)|回して", ("回して", "拡散")),
        ("[0-9]+万円", ("万円",)),
        ("(?<!ウイルスは)死ぬ", ("死ぬ",)),
        ("(?:の|が)(?:口座|通帳)", ("口座", "通帳")),
        ("[!?]{4,}", ("!", "?")),
    ],
)
def test_every_match_needs_one_of_these(pattern: str, needed: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == needed


@pytest.mark.parametrize(
    "pattern",
    [
        "至急|(?:今すぐ)?",  # a branch that may match nothing
        "[^。]{3}",  # a negated class
        "(?i:urgent)",  # case-insensitive
        "[一-龯]+",  # too wide a range to list
        ".+",
    ],
)
def test_no_requirement_when_the_match_may_lack_every_string(pattern: str) -> None:
    assert required_literals(re.compile(pattern)) is None


def test_a_case_insensitive_pattern_has_no_requirement() -> None:
    assert required_literals(re.compile("urgent", re.IGNORECASE)) is None


def test_a_text_may_match_only_with_one_of_the_needed_strings() -> None:
    needs = required_literals(re.compile("(?:至急|今すぐ)(?:ご)?連絡"))
    assert may_match(needs, "至急ご連絡ください")
    assert not may_match(needs, "至急お電話ください")
    assert may_match(None, "何でも")
