"""Typed answers to quiz questions: which option a typed word means, and the reply when it means none.

People used to chat quizzes type 「うそ」 or "fake" as often as they tap, and on LINE the answer
buttons vanish as soon as they type. A typed word counts only when it points at exactly one option:
the option's number or its text (either language, or a part of it), or, for the two fixed answers of
a judge question, a common word for them (本当, うそ, フェイク, true, fake…). Anything else is no answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from bot.core.context import Context
from bot.core.events import Outgoing, TextMessage
from bot.features import quiz_view
from bot.features.check import MIN_PASTE, short_claim
from bot.kana import hiragana
from quizzes import Item

JUDGE_WORDS = {
    "t": {"本当", "ほんとう", "ほんと", "真実", "事実", "正しい", "ただしい", "信頼", "信頼できる",
          "信用できる", "信じる", "しんじる", "信じられる", "大丈夫", "だいじょうぶ", "安全", "true", "real",
          "trust", "trustworthy", "fact", "○", "まる"},
    "m": {"うそ", "嘘", "ふぇいく", "でま", "偽", "にせ", "偽物", "にせもの", "ぎじょうほう", "偽情報",
          "誤情報", "誤解", "あやしい", "怪しい", "詐欺", "さぎ", "false", "fake", "misleading", "suspicious",
          "hoax", "lie", "scam", "×", "ばつ"},
}  # fmt: skip
"""Words for the judge answers "t" (looks trustworthy) and "m" (misleading or suspicious), normalised."""
IGNORED = re.compile(r"[\s「」『』\"'!！?？。、.,~〜ー…]+")
MIN_PART = 2
"""A typed part of an option's text must be at least this long, so one letter or kana matches nothing."""


def normalise(text: str) -> str:
    """Width, case, katakana and punctuation no longer matter (ウソ！ and うそ are the same word)."""
    return IGNORED.sub("", hiragana(unicodedata.normalize("NFKC", text).casefold()))


def typed_choice(item: Item, typed: str) -> str | None:
    """The id of the one option `typed` points at, or None if it points at none or at several."""
    word = normalise(typed)
    if not word:
        return None
    if word.isdecimal():
        number = int(word)
        return item.choices[number - 1].id if 1 <= number <= len(item.choices) else None
    texts = {c.id: (normalise(c.ja), normalise(c.en)) for c in item.choices}
    for found in (
        [cid for cid, both in texts.items() if word in both],
        [cid for cid in texts if item.kind == "judge" and word in JUDGE_WORDS.get(cid, set())],
        [cid for cid, both in texts.items() if len(word) >= MIN_PART and any(word in t for t in both)],
    ):
        if found:
            return found[0] if len(found) == 1 else None
    return None


def answer_typed(
    ctx: Context, item: Item, answer_action: str, record: Callable[[str], list[Outgoing]]
) -> list[Outgoing] | None:
    """Text typed while `item` waits for an answer: `record(choice)` if it names one option, else a short
    note naming the options, with their buttons again (LINE hides quick replies once someone types).
    Longer text that names no option, or a short one that reads like a claim (`check.short_claim`: a
    rumour pasted mid-quiz, perhaps about a disaster), is a message to check: None lets it go its
    usual way."""
    assert isinstance(ctx.event, TextMessage)
    choice = typed_choice(item, ctx.event.text)
    if choice is not None:
        return record(choice)
    if len(ctx.event.text.strip()) >= MIN_PASTE or short_claim(ctx, ctx.event.text) is not None:
        return None
    options = [c.text(ctx.lang) for c in item.choices]
    return [
        ctx.reply(
            ctx.t("quiz_tap_button", options=options), quiz_view.answer_buttons(ctx, item, answer_action)
        )
    ]
