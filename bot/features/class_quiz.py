"""Class quizzes in a group chat: an instructor starts, everyone in the chat answers.

`/quiz [deck|level|topic] [N] [Ns] [nospeed] [teams=N] [countdown] [region=NAME]` by a chat admin
starts one; `/quiz pause|resume|skip|stop` control it. Each question goes out as a `QuizPoll` (a
native quiz poll on Telegram, answer buttons elsewhere) with a timer; when the timer ends the
scheduler locks the answers, shows the answer, the explanation and how the class answered, then
asks the next question. At the end: podium, class summary and the instructor's report by DM.
Everything lives in SQLite, so a restart picks the session up where it was.
"""

from __future__ import annotations

import math
import random
import re
from datetime import datetime, timedelta

from sqlite_utils import Database

from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import (
    ButtonPress,
    ChatRef,
    Command,
    Document,
    Outgoing,
    PollAnswer,
    QuizPoll,
    Sent,
)
from bot.core.payloads import decode
from bot.features import quiz_view
from bot.features.class_options import COUNTDOWN_SECONDS, Options, parse_options
from bot.features.class_report import report_html
from bot.features.class_scoring import ANSWER_TEMPLATES, answer
from bot.features.class_summary import summarise
from bot.features.class_view import (
    ANSWER,
    ask,
    close_poll,
    final_messages,
    parse_ref,
    ref,
    results,
    words_for,
)
from bot.features.nickname_filter import is_rude
from bot.storage import classroom, polls, users
from bot.storage.classroom import FINISHED, PAUSED, RUNNING, STOPPED, Session
from bot.storage.timestamps import iso
from bot.text_safety import MAX_ECHO, visible
from quizzes import Bank, Item

MAX_NICKNAME = 12
CONTROLS = ("pause", "resume", "skip", "stop")
BALANCE = 0.3
DELIVERY_GRACE_SECONDS = 60
"""A question's timer starts when it is delivered; one that cannot be delivered closes after this."""


def choose_items(bank: Bank, wanted: str, count: int, rng: random.Random) -> list[Item]:
    """A shuffled set with both trustworthy and misleading posts, so the class practises discernment."""
    pool = [i for i in bank.items.values() if not wanted or wanted in (i.deck, i.level, i.topic)]
    pool.sort(key=lambda i: i.id)
    rng.shuffle(pool)
    share = math.ceil(count * BALANCE)
    chosen = [i for i in pool if i.verdict == "trustworthy"][:share]
    chosen += [i for i in pool if i.verdict == "misleading"][:share]
    chosen += [i for i in pool if i not in chosen][: max(count - len(chosen), 0)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    return chosen


async def class_quiz(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    source = ctx.event.source
    if not source.is_admin:
        return [ctx.reply(ctx.t("class_admins_only"), ephemeral=True)]
    args = ctx.event.args.strip()
    live = classroom.live_in_chat(ctx.db, source.platform, source.chat_id)
    if args.lower() in CONTROLS:
        return control(ctx, live, args.lower())
    if live is not None:
        return [ctx.say("class_already_running")]
    options = parse_options(args)
    if isinstance(options, str):
        return [ctx.say("class_bad_option", word=options[:MAX_ECHO])]
    return start(ctx, options)


async def nickname(ctx: Context) -> list[Outgoing]:
    """The confirmation is for the pupil only: in a group it must not spend the class's messages."""
    assert isinstance(ctx.event, Command)
    wanted = re.sub(r"[\s@<>`*_~|\\]+", "", visible(ctx.event.args))[:MAX_NICKNAME]
    source = ctx.event.source

    def confirm(name: str, **values: str) -> Outgoing:
        return ctx.reply(ctx.t(name, **values), ephemeral=source.is_group)

    if ctx.event.args.strip().lower() in ("", "off", "なし"):
        users.update_settings(ctx.db, source.platform, source.user_id, nickname="")
        return [confirm("class_nickname_off")]
    if not wanted or is_rude(wanted):
        return [confirm("class_nickname_bad")]
    users.update_settings(ctx.db, source.platform, source.user_id, nickname=wanted)
    live = classroom.live_in_chat(ctx.db, source.platform, source.chat_id)
    if live is not None and classroom.player(ctx.db, live.id, source.user_id):
        ctx.db.execute(
            "UPDATE class_players SET nickname = ? WHERE session_id = ? AND user_id = ?",
            [wanted, live.id, source.user_id],
        )
    return [confirm("class_nickname_set", nickname=wanted)]


async def button_answer(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    if len(args) != 3 or not all(a.isdigit() for a in args):
        return [ctx.say("bad_button")]
    status = answer(ctx, int(args[0]), int(args[1]), int(args[2]))
    return [ctx.reply(ctx.t(ANSWER_TEMPLATES[status]), ephemeral=True)]


async def poll_answer(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, PollAnswer)
    found = polls.ref_for_poll(ctx.db, ctx.event.source.platform, ctx.event.poll_id)
    parsed = parse_ref(found) if found else None
    if parsed and ctx.event.option_ids:
        answer(ctx, parsed[0], parsed[1], ctx.event.option_ids[0])
    return []


def advance_due_sessions(run: JobRun) -> list[Outgoing]:
    out: list[Outgoing] = []
    for session in classroom.due(run.db, run.now):
        ctx = run.context_for(session.platform, session.chat_id, session.instructor_id)
        out += advance(ctx, session, run.now)
    return out


def register(dp: Dispatcher) -> None:
    dp.group_command("quiz")(class_quiz)
    dp.command("nickname")(nickname)
    dp.button(ANSWER)(button_answer)
    dp.on_poll_answer = poll_answer
    dp.on_delivered(question_delivered)
    dp.job(advance_due_sessions)


def start(ctx: Context, options: Options) -> list[Outgoing]:
    source = ctx.event.source
    bank = ctx.services.bank
    now = ctx.services.clock()
    rng = random.Random(f"{source.platform}:{source.chat_id}:{iso(now)}")
    items = choose_items(bank, options.wanted, options.questions, rng)
    if not items:
        return [ctx.say("quiz_unknown_filter", wanted=options.wanted[:MAX_ECHO], decks=quiz_view.decks(ctx))]
    session = classroom.create(
        ctx.db,
        platform=source.platform,
        chat_id=source.chat_id,
        instructor_id=source.user_id,
        title=options.wanted,
        deck=options.wanted if options.wanted in bank.decks else "",
        level=options.wanted if options.wanted in bank.tags.levels else "",
        region=options.region,
        items=[i.id for i in items],
        seconds=options.seconds,
        speed_bonus=options.speed_bonus,
        teams=options.teams,
        status=RUNNING,
        current=0,
        attempt=0,
        ends_at=iso(now + timedelta(seconds=COUNTDOWN_SECONDS)),
        remaining=0.0,
        created_at=iso(now),
        ended_at=None,
    )
    intro = ctx.say(
        words_for(bank, session.items, "class_started"),
        count=len(items),
        seconds=options.seconds,
        speed=options.speed_bonus,
        teams=options.teams,
        countdown=COUNTDOWN_SECONDS if options.countdown else 0,
    )
    if options.countdown:
        return [intro]
    return [intro, *open_next(ctx, session, now)]


def control(ctx: Context, session: Session | None, action: str) -> list[Outgoing]:
    if session is None:
        return [ctx.say("class_not_running")]
    now = ctx.services.clock()
    if action == "pause":
        if session.status != RUNNING or session.current == 0:
            return [ctx.say("class_cannot", action=action)]
        left = min(max((datetime.fromisoformat(session.ends_at) - now).total_seconds(), 1.0), session.seconds)
        classroom.update(ctx.db, session.id, status=PAUSED, remaining=left)
        return [close_poll(session), ctx.say("class_paused")]
    if action == "resume":
        if session.status != PAUSED:
            return [ctx.say("class_cannot", action=action)]
        classroom.update(
            ctx.db,
            session.id,
            status=RUNNING,
            attempt=session.attempt + 1,
            ends_at=iso(now + timedelta(seconds=session.remaining + DELIVERY_GRACE_SECONDS)),
        )
        already = timedelta(seconds=session.seconds - session.remaining)
        classroom.reopen_question(ctx.db, session.id, session.current, now - already)
        resumed = classroom.get(ctx.db, session.id)
        assert resumed is not None
        return [ctx.say("class_resumed"), ask(ctx, resumed, round(session.remaining))]
    if action == "skip":
        if session.status != RUNNING:
            return [ctx.say("class_cannot", action=action)]
        return advance(ctx, session, now)
    return finish(ctx, session, now, STOPPED)


def open_next(ctx: Speaker, session: Session, now: datetime) -> list[Outgoing]:
    number = session.current + 1
    if number > len(session.items):
        return finish(ctx, session, now, FINISHED)
    waiting = timedelta(seconds=session.seconds + DELIVERY_GRACE_SECONDS)
    classroom.update(ctx.db, session.id, current=number, attempt=0, ends_at=iso(now + waiting))
    classroom.open_question(ctx.db, session.id, number, session.items[number - 1], now)
    opened = classroom.get(ctx.db, session.id)
    assert opened is not None
    return [ask(ctx, opened, session.seconds)]


def question_delivered(db: Database, out: Outgoing, sent: Sent | None, at: datetime) -> None:
    """Start the question's timer when the class can see it, not when the core asked it.

    A question waits in its chat's queue behind earlier messages (and a platform's rate limits); timing it
    from the moment it was asked would eat the pupils' time, or close it before they saw it. The
    platform's ids are kept too, so votes and the close find their poll.
    """
    if not isinstance(out, QuizPoll):
        return
    if sent is not None:
        polls.link(db, out.chat.platform, out.ref, out.chat.chat_id, sent.message_id, sent.poll_id)
    if (parsed := parse_ref(out.ref)) is None:
        return
    session = classroom.get(db, parsed[0])
    if session is None or session.status != RUNNING or ref(session) != out.ref:
        return
    classroom.update(db, session.id, ends_at=iso(at + timedelta(seconds=out.open_seconds)))
    already = timedelta(seconds=max(session.seconds - out.open_seconds, 0))
    classroom.reopen_question(db, session.id, session.current, at - already)


def advance(ctx: Speaker, session: Session, now: datetime) -> list[Outgoing]:
    """Close the open question (if any) with its results, then ask the next or finish."""
    if session.current == 0:
        return open_next(ctx, session, now)
    classroom.close_question(ctx.db, session.id, session.current, now)
    return [close_poll(session), results(ctx, session), *open_next(ctx, session, now)]


def finish(ctx: Speaker, session: Session, now: datetime, status: str) -> list[Outgoing]:
    """End the session: podium and class summary in the chat, the report to the instructor."""
    out: list[Outgoing] = []
    if status == STOPPED and session.current and session.status == RUNNING:
        classroom.close_question(ctx.db, session.id, session.current, now)
        out.append(close_poll(session))
    classroom.update(ctx.db, session.id, status=status, ended_at=iso(now))
    bank = ctx.services.bank
    asked = session.current
    summary = summarise(
        bank,
        session.items,
        asked,
        classroom.players(ctx.db, session.id),
        classroom.answers(ctx.db, session.id),
        ctx.lang,
    )
    out += final_messages(ctx, session, summary, asked)
    if asked and session.instructor_id:  # empty once the instructor used /forget
        out.append(
            Document(
                chat=ChatRef.direct(session.platform, session.instructor_id),
                filename=f"matte-class-{session.id}.html",
                data=report_html(
                    bank, classroom.get(ctx.db, session.id) or session, summary, ctx.lang, ctx.settings.tz
                ).encode("utf-8"),
                caption=ctx.t("class_report_caption", session=session.id),
            )
        )
    return out
