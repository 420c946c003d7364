"""Pupil nicknames: length-limited, folded, filtered, unique in a room, or an assigned animal."""

import random

import pytest

from bot.adapters.web.names import ANIMALS, NicknameRefused, animal_name, clean_nickname, unique_name


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("ゆい", "ゆい"),
        ("  Tom&Jerry ", "Tom&Jerry"),
        ("ＡＢＣ１２", "ABC12"),  # full-width folded
        ("<b>ゆい</b>", "bゆいb"),  # no markup characters survive
        ("ゆ い\u200b\n", "ゆい"),  # spaces, zero-width and control characters go
        ("", ""),
        ("   ", ""),
    ],
)
def test_nicknames_are_cleaned(typed, shown):
    assert clean_nickname(typed) == shown


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("あ" * 13, "name_long"),
        ("x" * 65, "name_long"),
        ("09012345678", "name_bad"),  # looks like a phone number
        ("ばかやろう", "name_bad"),
        ("SHIT", "name_bad"),
        ("<<>>", "name_bad"),
    ],
)
def test_unsuitable_nicknames_are_refused(typed, reason):
    with pytest.raises(NicknameRefused) as refused:
        clean_nickname(typed)
    assert refused.value.reason == reason


def test_names_are_unique_within_the_twelve_characters():
    assert unique_name("ゆい", {"ゆい"}) == "ゆい2"
    assert unique_name("ゆい", {"ゆい", "ゆい2"}) == "ゆい3"
    long = "あ" * 8
    assert unique_name(long, {long}) == "あ" * 7 + "2"
    assert unique_name("a" * 12, {"a" * 12}) == "a" * 11 + "2"


@pytest.mark.parametrize(
    ("typed", "ok"), [("あ" * 8, True), ("あ" * 9, False), ("a" * 12, True), ("ゆいa" * 3, True)]
)
def test_names_are_measured_by_display_width(typed, ok):
    if ok:
        assert clean_nickname(typed) == typed
    else:
        with pytest.raises(NicknameRefused, match="name_long"):
            clean_nickname(typed)


def test_animal_names_are_free_until_every_animal_is_used():
    taken = set(ANIMALS["ja"][:-1])
    assert animal_name("ja", taken, random.Random(1)) == ANIMALS["ja"][-1]
    every = set(ANIMALS["ja"])
    assert animal_name("ja", every, random.Random(1)) not in every
    assert animal_name("en", set(), random.Random(1)) in ANIMALS["en"]


def test_interface_texts_exist_in_both_languages():
    """Every text the pages and scripts name, and every reason the server gives, in ja and en."""
    import re
    from pathlib import Path

    from bot.adapters.web.site import WEB, strings

    ja, en = strings("ja"), strings("en")
    assert set(ja) == set(en)
    scripts = "".join(p.read_text(encoding="utf-8") for p in (WEB / "static").glob("*.js"))
    templates = "".join(p.read_text(encoding="utf-8") for p in Path(WEB / "templates").glob("*.j2"))
    named = set(re.findall(r"\bt\(\"(\w+)\"", scripts)) | set(re.findall(r"\bs\.(\w+)", templates))
    named |= set(re.findall(r"control\(\"\w+\", \"(\w+)\"", scripts))
    reasons = {"bad_code", "rate", "name_long", "name_bad", "full", "ended", "network", "late"}
    assert named | reasons <= set(ja)
