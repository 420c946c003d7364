"""The nickname filter against what pupils type: rude names in many disguises are refused (at least
95%), ordinary names pass (at most 2% refused). The rude names are built from insults as children
write them, each disguised in the ways children use; they are not the word list read back."""

from pathlib import Path

import pytest

from bot.adapters.web.names import NicknameRefused, clean_nickname
from bot.features.nickname_filter import fold, is_reserved, is_rude

CLASSMATES = ("ゆい", "たけし", "Yui")
INSULTS = [
    "しね", "死ね", "氏ね", "タヒね", "ちね", "しんでよ", "ころすぞ", "きえろ", "バーカ", "ばかやろう",
    "アホ", "ブス", "ブサイク", "キモい", "キモ", "うざい", "デブ", "ハゲ", "カス", "クズ", "ゴミ",
    "ザコ", "うんこ",
    "うんち", "ちんこ", "へんたい", "エロ", "きらい", "むかつく", "ぼっち", "ゆいはブス", "たけしバカ",
    "ゆいくさい", "ゆいキモ", "たけしデブ", "fuck", "fuckyou", "shit", "bitch", "idiot", "stupid",
    "loser", "ugly", "die", "kill", "baka", "aho", "busu", "unko", "kimoi", "shine", "dumb", "poop",
    "ass", "yui is ugly", "yui sucks", "moron", "sex", "porn", "dick",
]  # fmt: skip
HALF_WIDTH = str.maketrans(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン",
    "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ",
)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)


def hiragana(text: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)


def disguises(word: str) -> list[str]:
    """The ways a pupil hides a word: the issue's tricks and a few more."""
    full_width = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    return [
        word,
        " ".join(word),
        ".".join(word),
        katakana(word),
        hiragana(word),
        katakana(word).translate(HALF_WIDTH),
        full_width,
        word.upper(),
        word[0] + "\u0301" + word[1:],
        word[:1] + "ー" + word[1:],
        word + "ぇぇ",
        word.replace("a", "4").replace("i", "1").replace("o", "0").replace("e", "3"),
        "".join(c * 2 for c in word[:2]) + word[2:],
    ]


def rude_variants() -> list[str]:
    seen: dict[str, None] = {}
    for word in INSULTS:
        for variant in disguises(word):
            if len(fold(variant)) <= 12:
                seen.setdefault(variant, None)
    return list(seen)


def refused(name: str) -> bool:
    try:
        clean_nickname(name, CLASSMATES)
    except NicknameRefused:
        return True
    return False


def test_at_least_95_percent_of_rude_variants_are_refused():
    variants = rude_variants()
    assert len(variants) >= 200
    passed = [v for v in variants if not refused(v)]
    assert len(passed) <= 0.05 * len(variants), passed


def test_at_most_2_percent_of_ordinary_names_are_refused():
    lines = (Path(__file__).parent / "data" / "nicknames_ordinary.txt").read_text("utf-8").splitlines()
    names = [line for line in lines if line and not line.startswith("#")]
    assert len(names) >= 200
    wrongly = [n for n in names if refused(n)]
    assert len(wrongly) <= 0.02 * len(names), wrongly


@pytest.mark.parametrize(
    "name", ["氏ね", "タヒね", "ﾀﾋね", "ちね", "バーカ", "ブス", "キモ", "うんこ", "ゆいはブス"]
)
def test_the_names_the_issue_found_are_refused(name):
    assert refused(name)


def test_an_insult_about_a_classmate_is_refused_but_the_mild_word_alone_is_not():
    assert is_rude("ゆいくさい", ["ゆい"])
    assert not is_rude("くさい", ["ゆい"]) and not is_rude("ゆいくさい", [])


def test_stacked_combining_marks_are_refused_but_accents_are_kept():
    assert refused("Z" + "\u0301\u0300\u0302" * 4)
    assert clean_nickname("Zoé") == "Zoé"


@pytest.mark.parametrize("name", ["なし", "off", "OFF", "ｏｆｆ"])
def test_words_the_nickname_command_reads_as_none_are_refused(name):
    assert is_reserved(name) and refused(name)
