"""/quiz in a private chat: one question at a time, feedback at once, the next one by button.

The current question is kept in conversation state, so after a restart /quiz (or a press on the
old buttons) continues with the same question instead of losing it.
"""

from __future__ import annotations

import random
from typing import Any

from bot.core.context import Buttons, Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Button, ButtonPress, Command, Outgoing, TextMessage
from bot.core.payloads import decode, encode
from bot.features import quiz_view
from bot.features.check import MIN_PASTE
from bot.features.selection import pick_next
from bot.features.typed_answer import answer_typed
from bot.storage import learning
from bot.storage.learning import Answer
from bot.storage.timestamps import iso
from bot.text_safety import MAX_ECHO
from quizzes import Bank, Item

FLOW = "quiz"
ANSWER = "qa"
NEXT = "qn"
MORE = "qm"
STOP = "qs"


def candidates(bank: Bank, wanted: str) -> list[Item]:
    """All items, or those of one deck, level or topic (`/quiz health`, `/quiz シニア`)."""
    if not wanted:
        return list(bank.items.values())
    return [i for i in bank.items.values() if wanted in (i.deck, i.level, i.topic)]


async def quiz(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    wanted = ctx.event.args.strip()
    state = ctx.load_state()
    if state and state.flow == FLOW and not wanted:
        # The set goes on where it was (its deck and numbering), also after a message typed in between.
        return await next_(ctx)
    if wanted and not candidates(ctx.services.bank, wanted):
        return [ctx.say("quiz_unknown_filter", wanted=wanted[:MAX_ECHO], decks=quiz_view.decks(ctx))]
    return [next_question(ctx, wanted, count=0)]


async def answer(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    state = ctx.load_state()
    item = ctx.services.bank.items.get(args[0]) if len(args) == 2 else None
    if item is None or item.choice(args[1]) is None:
        return [ctx.say("bad_button")]
    if not state or state.flow != FLOW or state.data.get("item") != item.id or state.data.get("answered"):
        return [ctx.say("quiz_already_answered")]
    return [_answered(ctx, item, args[1], state.data)]


async def typed(ctx: Context) -> list[Outgoing] | None:
    """A word typed while a question waits (`typed_answer`). Once it is answered, typing is no answer:
    a short message gets a reminder with the buttons to go on (LINE and the console hide the old ones),
    a longer one goes its usual way (a message to check)."""
    state = ctx.load_state()
    assert state is not None
    item = ctx.services.bank.items.get(str(state.data.get("item", "")))
    if item is None:
        return None
    if state.data.get("answered"):
        assert isinstance(ctx.event, TextMessage)
        if len(ctx.event.text.strip()) >= MIN_PASTE:
            return None
        reminder = ctx.t("quiz_in_progress", number=state.data.get("count", 1))
        return [ctx.reply(reminder, _after_buttons(ctx, item))]
    return answer_typed(ctx, item, ANSWER, lambda choice: [_answered(ctx, item, choice, state.data)])


def _answered(ctx: Context, item: Item, choice: str, data: dict[str, Any]) -> Outgoing:
    """Record the answer to the current question and give the feedback with what to do next."""
    source = ctx.event.source
    now = ctx.services.clock()
    correct = choice == item.answer
    learning.record_answer(
        ctx.db, source.platform, source.user_id, Answer(item.id, choice, correct, "solo"), now
    )
    ctx.save_state(FLOW, {**data, "answered": True})
    return quiz_view.feedback(ctx, item, choice, _after_buttons(ctx, item))


def _after_buttons(ctx: Context, item: Item) -> Buttons:
    """What can follow an answered question: the next one, more about this one, or stop."""
    buttons = [Button(ctx.t("button_next"), encode(NEXT))]
    if item.field("learn_more", ctx.lang):
        buttons.append(Button(ctx.t("button_more"), encode(MORE, item.id)))
    buttons.append(Button(ctx.t("button_stop"), encode(STOP)))
    return (tuple(buttons),)


async def next_(ctx: Context) -> list[Outgoing]:
    state = ctx.load_state()
    data = state.data if state and state.flow == FLOW else {}
    if data and not data.get("answered"):
        item = ctx.services.bank.items.get(data.get("item", ""))
        if item is not None:
            return [quiz_view.ask(ctx, item, ANSWER, heading=ctx.t("quiz_resume"))]
    return [next_question(ctx, data.get("filter", ""), count=data.get("count", 0), since=data.get("since"))]


async def more(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    item = ctx.services.bank.items.get(args[0]) if args else None
    if item is None or not item.field("learn_more", ctx.lang):
        return [ctx.say("bad_button")]
    nav = ((Button(ctx.t("button_next"), encode(NEXT)), Button(ctx.t("button_stop"), encode(STOP))),)
    return [ctx.reply(item.field("learn_more", ctx.lang), nav)]


async def stop(ctx: Context) -> list[Outgoing]:
    state = ctx.load_state()
    if state and state.flow == FLOW:
        ctx.clear_state()
    return [ctx.say("quiz_stopped")]


def register(dp: Dispatcher) -> None:
    dp.command("quiz")(quiz)
    dp.button(ANSWER)(answer)
    dp.button(NEXT)(next_)
    dp.button(MORE)(more)
    dp.button(STOP)(stop)
    dp.text_in_flow(FLOW)(typed)


def next_question(ctx: Context, wanted: str, count: int, since: int | None = None) -> Outgoing:
    """Pick and ask the next item, remembering it in the conversation state.

    A set (from /quiz to おわる) asks each item once; a miss is due again at once and so comes back
    first in the next set. Only once every candidate has been asked (a deck smaller than the set) does
    a new round through it begin. `since` is where the set's answers start in the learner's history
    (None: here, for a new set).
    """
    source = ctx.event.source
    bank = ctx.services.bank
    history = learning.answers(ctx.db, source.platform, source.user_id)
    since = len(history) if since is None else since
    asked = {a.item_id for a in history[since:] if a.mode == "solo"}
    pool = candidates(bank, wanted)
    if not pool:  # the set's deck was removed from the bank since: go on with every deck
        wanted, pool = "", candidates(bank, "")
    fresh = [item for item in pool if item.id not in asked]
    if not fresh:
        fresh, since = pool, len(history)
    recent = [a.item_id for a in history]
    rng = random.Random(f"{source.platform}:{source.user_id}:{len(history)}")
    item = pick_next(
        fresh,
        learning.boxes(ctx.db, source.platform, source.user_id),
        history,
        iso(ctx.services.clock()),
        recent,
        rng,
        bank.items,
    )
    assert item is not None
    data = {"item": item.id, "answered": False, "filter": wanted, "count": count + 1, "since": since}
    ctx.save_state(FLOW, data)
    return quiz_view.ask(ctx, item, ANSWER, heading=ctx.t("quiz_heading", number=count + 1))
