"""Katakana compares as hiragana: a typed 「ウソ」 is the word 「うそ」, and nothing else changes."""

from bot.kana import hiragana


def test_katakana_letters_become_hiragana() -> None:
    assert hiragana("ウソ") == "うそ"
    assert hiragana("フェイクニュース") == "ふぇいくにゅーす"
    assert hiragana("ヴァ") == "ゔぁ" and hiragana("ヶ") == "ゖ"


def test_everything_else_is_unchanged() -> None:
    assert hiragana("本当？ fake 123 ー・") == "本当？ fake 123 ー・"
