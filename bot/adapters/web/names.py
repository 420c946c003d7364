"""Pupil nicknames for the browser classroom: short, plain, and never personal or rude.

Pupils are children, so a nickname is checked before anyone sees it: Unicode is folded (NFKC),
anything but letters, digits and a few harmless marks is removed, names that look like phone
numbers, stack combining marks, are rude (`bot.features.nickname_filter`, which also catches a
classmate's name with an insult) or are the words `/nickname` reads as "none" are refused, and a
pupil who types nothing gets an animal name.
Names are limited by display width (`MAX_WIDTH`) as well as the chat platforms' 12 characters.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Collection

from bot.features.class_quiz import MAX_NICKNAME
from bot.features.nickname_filter import is_reserved, is_rude

MAX_RAW = 64
MAX_WIDTH = 16
"""A name's width as phones draw it: kanji and kana count two, Latin letters one, so the longest
name (8 kanji, or 12 letters under the chat platforms' limit) fits a phone's final screen on one line."""
MAX_DIGITS = 4
ALLOWED_MARKS = set("-・ー'&!?.♪☆★")
MAX_MARKS = 2
"""Combining marks allowed on one letter (é needs one; "Z" under eleven is a way to deface the screen)."""
ANIMALS = {
    "ja": (
        "パンダ",
        "コアラ",
        "ペンギン",
        "イルカ",
        "ラッコ",
        "キリン",
        "ゾウ",
        "ウサギ",
        "リス",
        "カメ",
        "フクロウ",
        "カピバラ",
        "アザラシ",
        "ヒツジ",
        "キツネ",
        "タヌキ",
        "ライオン",
        "クジラ",
        "インコ",
        "ハムスター",
    ),
    "en": (
        "Panda",
        "Koala",
        "Penguin",
        "Dolphin",
        "Otter",
        "Giraffe",
        "Elephant",
        "Rabbit",
        "Squirrel",
        "Turtle",
        "Owl",
        "Capybara",
        "Seal",
        "Sheep",
        "Fox",
        "Raccoon",
        "Lion",
        "Whale",
        "Parrot",
        "Hamster",
    ),
}


class NicknameRefused(ValueError):
    """A nickname we will not show; `reason` is `name_long` or `name_bad`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _kept(char: str) -> bool:
    return unicodedata.category(char)[0] in "LMN" or char in ALLOWED_MARKS


def _stacked_marks(text: str) -> bool:
    run = 0
    for char in text:
        run = run + 1 if unicodedata.category(char) in ("Mn", "Me") else 0
        if run > MAX_MARKS:
            return True
    return False


def clean_nickname(raw: str, classmates: Collection[str] = ()) -> str:
    """The nickname to show, or "" when the pupil typed none; raises NicknameRefused if refused."""
    if len(raw) > MAX_RAW:
        raise NicknameRefused("name_long")
    folded = unicodedata.normalize("NFKC", raw).strip()
    name = "".join(char for char in folded if _kept(char))
    if (folded and not name) or _stacked_marks(folded):
        raise NicknameRefused("name_bad")
    if len(name) > MAX_NICKNAME or display_width(name) > MAX_WIDTH:
        raise NicknameRefused("name_long")
    if sum(char.isdigit() for char in name) > MAX_DIGITS or is_rude(name, classmates) or is_reserved(name):
        raise NicknameRefused("name_bad")
    return name


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _fit(text: str, width: int) -> str:
    while display_width(text) > width:
        text = text[:-1]
    return text


def animal_name(lang: str, taken: Collection[str], rng: random.Random | None = None) -> str:
    """A free animal name ("パンダ"), or one with a number once every animal is in use."""
    animals = list(ANIMALS.get(lang, ANIMALS["en"]))
    (rng or random.SystemRandom()).shuffle(animals)
    free = [a for a in animals if a not in taken]
    return free[0] if free else unique_name(animals[0], taken)


def unique_name(name: str, taken: Collection[str]) -> str:
    """`name`, or `name2`, `name3`... so two pupils never share a label on the projector."""
    if name not in taken:
        return name
    for number in range(2, 1000):
        suffix = str(number)
        candidate = _fit(name[: MAX_NICKNAME - len(suffix)], MAX_WIDTH - len(suffix)) + suffix
        if candidate not in taken:
            return candidate
    raise NicknameRefused("name_bad")
