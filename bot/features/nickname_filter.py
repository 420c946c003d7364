"""Is a nickname fit for a classroom projector? Built for what children type on a playground.

Pupils dodge word lists with spacing (し ね), script changes (シネ, ｼﾈ, ｓｈｉｎｅ), small kana and long
vowels (しねぇぇ, バーーカ), look-alikes (タヒね for 死ね, f4ck), combining marks stacked on letters,
and by naming a classmate (ゆいはブス). So the name is folded the same way as every word of the list
(`quizzes/moderation/nicknames.toml`) before they are compared; see that file for the three lists.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.kana import hiragana

WORDS = Path(__file__).resolve().parents[2] / "quizzes" / "moderation" / "nicknames.toml"
RESERVED = {"off", "なし", "none"}
"""Words the chat command `/nickname` reads as "no nickname"; as a typed name they are refused."""
SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎゕゖ", "あいうえおつやゆよわかけ")
LOOK_ALIKES = (("たひ", "し"), ("歹匕", "死"), ("氏", "死"))
LEET = str.maketrans(
    "013457@$!|аеорсхуі", "oieastasiiaeopcxyi"
)  # digits, symbols and Cyrillic letters that stand in for Latin ones
LONG_VOWELS = set("ー〜～")
KANA_MARKS = "\u3099\u309a"
LATIN = re.compile(r"[a-z]+")
MIN_CLASSMATE_NAME = 2


def _collapse(text: str) -> str:
    """One of each run of a repeated character: "fuuuck" -> "fuck", "しねええ" -> "しねえ"."""
    return re.sub(r"(.)\1+", r"\1", text)


def _plain(text: str) -> str:
    """NFKC with accents and stacked marks taken off letters (ś -> s); kana keep their voicing marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me") or c in KANA_MARKS)
    return unicodedata.normalize("NFKC", kept).casefold()


def fold(text: str) -> str:
    """The comparable form: lower-case, hiragana, large kana, no marks, symbols or spaces."""
    text = hiragana(_plain(text)).translate(SMALL_KANA).translate(LEET)
    return "".join(c for c in text if unicodedata.category(c)[0] in "LN" and c not in LONG_VOWELS)


def key(text: str) -> str:
    """`fold`, stretched letters shrunk, then look-alikes read as what they imitate (タヒ -> し)."""
    text = _collapse(fold(text))
    for look, meant in LOOK_ALIKES:
        text = text.replace(look, meant)
    return text


@dataclass(frozen=True)
class Lists:
    anywhere: tuple[str, ...]
    whole: frozenset[str]
    stretched: frozenset[str]
    """`whole` words with repeated letters shrunk, matched only by names whose letters were stretched
    ("kkiill"), so "Po" is not read as "poo"."""
    classmate: tuple[str, ...]


@cache
def _lists() -> Lists:
    data = tomllib.loads(WORDS.read_text(encoding="utf-8"))
    return Lists(
        anywhere=tuple(key(w) for w in data["anywhere"]),
        whole=frozenset(fold(w) for w in data["whole"]),
        stretched=frozenset(_collapse(fold(w)) for w in data["whole"]),
        classmate=tuple(key(w) for w in data["classmate"]),
    )


def _whole_words(name: str) -> list[str]:
    """The name, and its Latin words also joined up ("b a k a" -> "baka"): each matched whole."""
    lowered = _plain(name).translate(LEET)
    latin = LATIN.findall(lowered)
    return [fold(name), *latin, "".join(latin)]


def _is_whole_word(word: str, lists: Lists) -> bool:
    shrunk = _collapse(word)
    return word in lists.whole or (shrunk != word and shrunk in lists.stretched)


def is_rude(name: str, classmates: Collection[str] = ()) -> bool:
    """True if the name insults, threatens or is crude, alone or about a classmate."""
    lists = _lists()
    folded = key(name)
    if any(word in folded for word in lists.anywhere):
        return True
    if any(_is_whole_word(word, lists) for word in _whole_words(name)):
        return True
    others = [key(c) for c in classmates]
    named = any(len(o) >= MIN_CLASSMATE_NAME and o in folded and o != folded for o in others)
    return named and any(word in folded for word in lists.classmate)


def is_reserved(name: str) -> bool:
    return fold(name) in RESERVED
