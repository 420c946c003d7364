"""/learn: micro-lessons of a few cards, each ending with check questions; progress is saved.

Card buttons carry the lesson id and card number, so an old button still shows the right card.
The position is also kept in conversation state, so /learn offers "continue" after a restart.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher
from bot.core.events import Button, ButtonPress, Command, Outgoing
from bot.core.payloads import decode, encode
from bot.features import quiz_view
from bot.features.invite import INVITE
from bot.features.typed_answer import answer_typed
from bot.storage import learning
from bot.storage.learning import Answer
from bot.text_safety import MAX_ECHO
from quizzes import Item, Lesson

FLOW = "lesson"
MENU, OPEN, CARD, CHECK, ANSWER, RESUME = "lm", "ls", "lc", "lk", "lq", "lr"


async def learn(ctx: Context) -> list[Outgoing]:
    """`/learn` shows the menu; `/learn 14` (any digit width) opens the menu's 14th lesson directly."""
    assert isinstance(ctx.event, Command)
    wanted = ctx.event.args.strip()
    if not wanted:
        return [menu(ctx)]
    lessons = ctx.services.bank.lessons_in_order()
    number = unicodedata.normalize("NFKC", wanted)
    if not (number.isdecimal() and 1 <= int(number) <= len(lessons)):
        return [ctx.say("lesson_no_such", wanted=wanted[:MAX_ECHO], total=len(lessons)), menu(ctx)]
    lesson = lessons[int(number) - 1]
    state = ctx.load_state()
    if state and state.flow == FLOW and state.data.get("lesson") == lesson.id:
        return await resume(ctx)
    return [start(ctx, lesson)]


async def show_menu(ctx: Context) -> list[Outgoing]:
    return [menu(ctx)]


async def open_lesson(ctx: Context) -> list[Outgoing]:
    lesson = _lesson(ctx)
    if lesson is None:
        return [ctx.say("bad_button")]
    return [start(ctx, lesson)]


def start(ctx: Context, lesson: Lesson) -> Outgoing:
    """Mark the lesson started and show its first card."""
    source = ctx.event.source
    learning.set_lesson_status(
        ctx.db, source.platform, source.user_id, lesson.id, "started", ctx.services.clock()
    )
    return card(ctx, lesson, 0)


async def show_card(ctx: Context) -> list[Outgoing]:
    lesson = _lesson(ctx)
    args = decode(_payload(ctx)).args
    if lesson is None or len(args) != 2 or not args[1].isdigit() or int(args[1]) >= len(lesson.cards):
        return [ctx.say("bad_button")]
    return [card(ctx, lesson, int(args[1]))]


async def start_check(ctx: Context) -> list[Outgoing]:
    lesson = _lesson(ctx)
    args = decode(_payload(ctx)).args
    if lesson is None or len(args) != 2 or not args[1].isdigit():
        return [ctx.say("bad_button")]
    return [check(ctx, lesson, int(args[1]))]


async def answer(ctx: Context) -> list[Outgoing]:
    args = decode(_payload(ctx)).args
    state = ctx.load_state()
    bank = ctx.services.bank
    item = bank.items.get(args[0]) if len(args) == 2 else None
    if item is None or item.choice(args[1]) is None:
        return [ctx.say("bad_button")]
    data = state.data if state and state.flow == FLOW else {}
    lesson = bank.lessons.get(data.get("lesson", ""))
    if lesson is None or data.get("item") != item.id or data.get("answered"):
        return [ctx.say("quiz_already_answered")]
    return _answered(ctx, lesson, item, args[1], data)


async def typed(ctx: Context) -> list[Outgoing] | None:
    """A word typed at a check question, read as in the solo quiz (`typed_answer`)."""
    state = ctx.load_state()
    assert state is not None
    bank = ctx.services.bank
    lesson = bank.lessons.get(str(state.data.get("lesson", "")))
    item = bank.items.get(str(state.data.get("item", "")))
    if lesson is None or item is None or state.data.get("answered"):
        return None
    return answer_typed(ctx, item, ANSWER, lambda choice: _answered(ctx, lesson, item, choice, state.data))


def _answered(ctx: Context, lesson: Lesson, item: Item, choice: str, data: dict[str, Any]) -> list[Outgoing]:
    """Record the answer to a check question; the next one, or the lesson is done."""
    source = ctx.event.source
    now = ctx.services.clock()
    learning.record_answer(
        ctx.db, source.platform, source.user_id, Answer(item.id, choice, choice == item.answer, "lesson"), now
    )
    ctx.save_state(FLOW, {**data, "answered": True})
    number = lesson.checks.index(item.id)
    if number + 1 < len(lesson.checks):
        after = (Button(ctx.t("button_next"), encode(CHECK, lesson.id, number + 1)),)
        return [quiz_view.feedback(ctx, item, choice, (after,))]
    learning.set_lesson_status(ctx.db, source.platform, source.user_id, lesson.id, "done", now)
    ctx.clear_state()
    return [quiz_view.feedback(ctx, item, choice), finished(ctx, lesson)]


async def resume(ctx: Context) -> list[Outgoing]:
    state = ctx.load_state()
    data = state.data if state and state.flow == FLOW else {}
    lesson = ctx.services.bank.lessons.get(data.get("lesson", ""))
    if lesson is None:
        return [menu(ctx)]
    if "check" in data:
        return [check(ctx, lesson, data["check"])]
    return [card(ctx, lesson, min(data.get("card", 0), len(lesson.cards) - 1))]


def register(dp: Dispatcher) -> None:
    dp.command("learn")(learn)
    dp.button(MENU)(show_menu)
    dp.button(OPEN)(open_lesson)
    dp.button(CARD)(show_card)
    dp.button(CHECK)(start_check)
    dp.button(ANSWER)(answer)
    dp.button(RESUME)(resume)
    dp.text_in_flow(FLOW)(typed)


def _payload(ctx: Context) -> str:
    assert isinstance(ctx.event, ButtonPress)
    return ctx.event.payload


def _lesson(ctx: Context) -> Lesson | None:
    args = decode(_payload(ctx)).args
    return ctx.services.bank.lessons.get(args[0]) if args else None


def _title(ctx: Speaker, lesson: Lesson) -> str:
    return lesson.title_ja if ctx.lang == "ja" else lesson.title_en


def menu(ctx: Context) -> Outgoing:
    source = ctx.event.source
    bank = ctx.services.bank
    status = learning.lesson_status(ctx.db, source.platform, source.user_id)
    lessons = bank.lessons_in_order()
    state = ctx.load_state()
    current = state.data.get("lesson", "") if state and state.flow == FLOW else ""
    marks = {"done": "✓ ", "started": "… "}
    rows: list[tuple[Button, ...]] = []
    for lesson in lessons:
        if lesson.id == current:
            # "Continue" takes the unfinished lesson's own place: where buttons are numbered (console,
            # LINE with long labels) an extra entry on top would shift every lesson's number by one.
            rows.append((Button(ctx.t("lesson_continue", title=_title(ctx, lesson)), encode(RESUME)),))
            continue
        mark = marks.get(status.get(lesson.id, ""), "")
        rows.append((Button(mark + _title(ctx, lesson), encode(OPEN, lesson.id)),))
    done = sum(1 for lesson in lessons if status.get(lesson.id) == "done")
    return ctx.reply(ctx.t("lesson_menu", done=done, total=len(lessons)), tuple(rows))


def card(ctx: Context, lesson: Lesson, number: int) -> Outgoing:
    ctx.save_state(FLOW, {"lesson": lesson.id, "card": number})
    last = number + 1 == len(lesson.cards)
    label = ctx.t("lesson_to_checks") if last else ctx.t("button_next_card")
    target = encode(CHECK, lesson.id, 0) if last else encode(CARD, lesson.id, number + 1)
    text = ctx.t(
        "lesson_card",
        title=_title(ctx, lesson),
        number=number + 1,
        total=len(lesson.cards),
        body=lesson.cards[number].ja if ctx.lang == "ja" else lesson.cards[number].en,
    )
    return ctx.reply(text, ((Button(label, target),),))


def check(ctx: Context, lesson: Lesson, number: int) -> Outgoing:
    number = max(0, min(number, len(lesson.checks) - 1))
    item = ctx.services.bank.items[lesson.checks[number]]
    ctx.save_state(FLOW, {"lesson": lesson.id, "check": number, "item": item.id, "answered": False})
    heading = ctx.t("lesson_check_heading", number=number + 1, total=len(lesson.checks))
    return quiz_view.ask(ctx, item, ANSWER, heading=heading)


def finished(ctx: Context, lesson: Lesson) -> Outgoing:
    lessons = ctx.services.bank.lessons_in_order()
    following = lessons[lessons.index(lesson) + 1 :]
    buttons = [Button(ctx.t("lesson_menu_button"), encode(MENU))]
    if following:
        buttons.insert(
            0, Button(ctx.t("lesson_next", title=_title(ctx, following[0])), encode(OPEN, following[0].id))
        )
    else:
        buttons.insert(0, Button(ctx.t("invite_button"), encode(INVITE)))
    return ctx.reply(ctx.t("lesson_done", title=_title(ctx, lesson)), tuple((b,) for b in buttons))
