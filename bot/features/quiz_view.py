"""How a quiz item is asked and answered, the same in solo practice, lessons and the course."""

from __future__ import annotations

from bot.core.context import Buttons, Context, Speaker
from bot.core.events import Button, Message
from bot.core.payloads import encode
from bot.features.defang import defang
from quizzes import Item


def ask(ctx: Speaker, item: Item, answer_action: str, *, heading: str = "", extra: Buttons = ()) -> Message:
    """The question with one button per choice; payloads carry the item and choice ids.

    The post is defanged: sample scam links in quiz posts must not become tappable either.
    """
    lang = ctx.lang
    question = item.field("question", lang) or ctx.t("quiz_judge_question", level=item.level)
    post = defang(item.field("post", lang))
    text = ctx.t("quiz_question", heading=heading, post=post, question=question, ja_only=item.ja_only)
    return ctx.reply(text, answer_buttons(ctx, item, answer_action) + extra)


def decks(ctx: Speaker) -> list[dict[str, str]]:
    """Each deck's id (what `/quiz` takes) and its title in the chat's language, for saying which exist.

    A shared deck may have a title in one language only; then that one, or the id, is shown.
    """
    bank = ctx.services.bank
    shown = []
    for deck_id in sorted(bank.decks):
        deck = bank.decks[deck_id]
        titles = (deck.title_ja, deck.title_en) if ctx.lang == "ja" else (deck.title_en, deck.title_ja)
        shown.append({"id": deck_id, "title": next((t for t in titles if t.strip()), deck_id)})
    return shown


def answer_buttons(ctx: Speaker, item: Item, answer_action: str) -> Buttons:
    """One button per choice, one per row; the payload carries the item and choice ids."""
    return tuple((Button(c.text(ctx.lang), encode(answer_action, item.id, c.id)),) for c in item.choices)


def feedback(ctx: Context, item: Item, choice_id: str, next_buttons: Buttons = ()) -> Message:
    """Right or not, the correct answer, why, and what technique or skill was at work."""
    lang = ctx.lang
    bank = ctx.services.bank
    chosen = item.choice(choice_id)
    correct = item.choice(item.answer)
    assert correct is not None
    text = ctx.t(
        "quiz_feedback",
        correct=choice_id == item.answer,
        chosen=chosen.text(lang) if chosen else "",
        answer=correct.text(lang),
        explanation=item.field("explanation", lang),
        techniques=[bank.tags.label(tag, lang) for tag in item.techniques],
        source=item.source,
        source_note=(item.source.note_ja if lang == "ja" else item.source.note_en) if item.source else "",
    )
    return ctx.reply(text, next_buttons)
