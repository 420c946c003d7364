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
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlite_utils import Database

from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import (
    Button,
    ButtonPress,
    ChatRef,
    ClosePoll,
    Command,
    Document,
    Outgoing,
    PollAnswer,
    QuizPoll,
    Sent,
)
from bot.core.payloads import decode, encode
from bot.features.class_report import report_html
from bot.features.class_summary import points_for, streak_before, summarise
from bot.features.defang import defang
from bot.features.nickname_filter import is_rude
from bot.storage import classroom, polls, users
from bot.storage.classroom import FINISHED, PAUSED, RUNNING, STOPPED, ClassAnswer, Session
from bot.storage.timestamps import iso
from bot.text_safety import one_line, visible
from quizzes import Bank, Item

ANSWER = "cqa"
DEFAULT_QUESTIONS = 10
DEFAULT_SECONDS = 20
COUNTDOWN_SECONDS = 10
MIN_SECONDS, MAX_SECONDS = 5, 600
MAX_QUESTIONS = 50
MAX_NICKNAME = 12
CONTROLS = ("pause", "resume", "skip", "stop")
BALANCE = 0.3
DELIVERY_GRACE_SECONDS = 60
"""A question's timer starts when it is delivered; one that cannot be delivered closes after this."""
KIDS_TEMPLATES = frozenset(
    {"class_started", "class_question", "class_results", "class_podium", "class_summary"}
)


def kids_class(bank: Bank, item_ids: list[str] | tuple[str, ...]) -> bool:
    """Every question is a 小学生 one (a class filtered to that level or to the kids' deck)."""
    return bool(item_ids) and all(bank.items[i].level == "小学生" for i in item_ids)


def words_for(bank: Bank, item_ids: list[str] | tuple[str, ...], name: str) -> str:
    """The template for a class: `<name>_kids` (kana, 点 and 位) for a class of 小学生 questions."""
    return f"{name}_kids" if name in KIDS_TEMPLATES and kids_class(bank, item_ids) else name


@dataclass(frozen=True)
class Options:
    wanted: str = ""
    questions: int = DEFAULT_QUESTIONS
    seconds: int = DEFAULT_SECONDS
    speed_bonus: bool = True
    teams: int = 0
    countdown: bool = False
    region: str = ""


def parse_options(args: str) -> Options | str:
    """Options from `/quiz` arguments, or the offending word."""
    values: dict[str, object] = {}
    for word in args.split():
        lower = word.lower()
        if re.fullmatch(r"\d+", word):
            values["questions"] = int(word)
        elif m := re.fullmatch(r"(\d+)(s|sec|秒)", lower):
            values["seconds"] = int(m.group(1))
        elif lower in ("nospeed", "スピードなし"):
            values["speed_bonus"] = False
        elif m := re.fullmatch(r"(?:teams|チーム)=?(\d)", lower):
            values["teams"] = int(m.group(1))
        elif lower in ("countdown", "カウントダウン"):
            values["countdown"] = True
        elif m := re.fullmatch(r"(?:region|地域)=(.{1,20})", word):
            values["region"] = one_line(m.group(1))
        elif "wanted" not in values:
            values["wanted"] = word
        else:
            return word
    options = Options(**values)  # type: ignore[arg-type]  # values hold each field's own type, set above
    if not 1 <= options.questions <= MAX_QUESTIONS:
        return str(options.questions)
    if not MIN_SECONDS <= options.seconds <= MAX_SECONDS:
        return f"{options.seconds}s"
    if options.teams == 1 or options.teams > 6:
        return f"teams={options.teams}"
    return options


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


def ref(session: Session) -> str:
    return f"cq.{session.id}.{session.current}.{session.attempt}"


def close_poll(session: Session) -> ClosePoll:
    """Close the session's current question poll in its chat."""
    return ClosePoll(chat=ChatRef(session.platform, session.chat_id), ref=ref(session))


def parse_ref(value: str) -> tuple[int, int] | None:
    parts = value.split(".")
    if len(parts) != 4 or parts[0] != "cq" or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return int(parts[1]), int(parts[2])


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
        return [ctx.say("class_bad_option", word=options[:30])]
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
        return [ctx.say("quiz_unknown_filter", wanted=options.wanted[:30], decks=sorted(bank.decks))]
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


def ask(ctx: Speaker, session: Session, seconds: int) -> QuizPoll:
    """The current question as a timed poll, with answer buttons for platforms without quiz polls."""
    item = ctx.services.bank.items[session.items[session.current - 1]]
    lang = ctx.lang
    question = item.field("question", lang) or ctx.t("quiz_judge_question", level=item.level)
    post = defang(item.field("post", lang))
    text = ctx.t(
        words_for(ctx.services.bank, session.items, "class_question"),
        number=session.current,
        total=len(session.items),
        post=post,
        question=question,
        seconds=seconds,
        ja_only=item.ja_only,
    )
    options = tuple(c.text(lang) for c in item.choices)
    buttons = tuple(
        (Button(option, encode(ANSWER, session.id, session.current, index)),)
        for index, option in enumerate(options)
    )
    native_question = f"{post}\n\n{question}" if post and len(post) + len(question) + 2 <= 300 else question
    return QuizPoll(
        chat=ChatRef(session.platform, session.chat_id),
        ref=ref(session),
        question=native_question,
        options=options,
        correct=item.answer_index,
        explanation=item.field("explanation", lang)[:200],
        open_seconds=seconds,
        text=text,
        buttons=buttons,
    )


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


def results(ctx: Speaker, session: Session) -> Outgoing:
    bank = ctx.services.bank
    summary = summarise(
        bank,
        session.items,
        session.current,
        classroom.players(ctx.db, session.id),
        classroom.answers(ctx.db, session.id),
        ctx.lang,
    )
    figures = summary.questions[session.current - 1]
    item = figures.item
    shares = [
        (choice.text(ctx.lang), count, round(100 * count / figures.answered) if figures.answered else 0)
        for choice, count in zip(item.choices, figures.choice_counts, strict=True)
    ]
    return ctx.say(
        words_for(bank, session.items, "class_results"),
        number=session.current,
        answer=item.right_choice.text(ctx.lang),
        explanation=item.field("explanation", ctx.lang),
        techniques=[bank.tags.label(t, ctx.lang) for t in item.techniques],
        shares=shares,
        answered=figures.answered,
        leaders=summary.podium,
    )


class AnswerStatus(StrEnum):
    """What became of a pupil's answer; `ANSWER_TEMPLATES` names the reply for each."""

    OK = "ok"
    LATE = "late"
    TWICE = "twice"
    INVALID = "invalid"


ANSWER_TEMPLATES = {
    AnswerStatus.OK: "class_answer_ok",
    AnswerStatus.LATE: "class_answer_late",
    AnswerStatus.TWICE: "class_answer_twice",
    AnswerStatus.INVALID: "class_answer_invalid",
}


def answer(ctx: Context, session_id: int, number: int, choice: int) -> AnswerStatus:
    """Record one pupil's answer."""
    session = classroom.get(ctx.db, session_id)
    source = ctx.event.source
    if session is None or session.platform != source.platform:
        return AnswerStatus.INVALID
    now = ctx.services.clock()
    if (
        session.status != RUNNING
        or session.current != number
        or now >= datetime.fromisoformat(session.ends_at)
    ):
        return AnswerStatus.LATE
    item = ctx.services.bank.items[session.items[number - 1]]
    if not 0 <= choice < len(item.choices):
        return AnswerStatus.INVALID
    user = users.get(ctx.db, source.platform, source.user_id)
    nickname = user.settings.get("nickname", "") if user else ""
    classroom.join(ctx.db, session.id, source.user_id, nickname, session.teams, now)
    opened = datetime.fromisoformat(classroom.opened_at(ctx.db, session.id, number) or iso(now))
    elapsed = int((now - opened).total_seconds() * 1000)
    correct = choice == item.answer_index
    previous = classroom.answers(ctx.db, session.id)
    points = points_for(
        correct,
        elapsed,
        session.seconds,
        session.speed_bonus,
        streak_before(previous, source.user_id, number),
    )
    stored = classroom.record(
        ctx.db, session.id, ClassAnswer(number, source.user_id, choice, correct, elapsed, points), now
    )
    return AnswerStatus.OK if stored else AnswerStatus.TWICE


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
    hardest = [
        (
            q.number,
            _question_text(q.item, ctx.lang),
            round(100 * q.accuracy),
            _lesson_title(bank, q.item, ctx.lang),
        )
        for q in summary.hardest
    ]
    right, total = summary.overall
    out.append(
        ctx.say(
            words_for(bank, session.items, "class_podium"),
            podium=summary.podium,
            teams=sorted(summary.teams.items(), key=lambda t: -t[1]),
        )
    )
    out.append(
        ctx.say(
            words_for(bank, session.items, "class_summary"),
            asked=asked,
            players=summary.players,
            overall=round(100 * right / total) if total else 0,
            questions=[(q.number, round(100 * q.accuracy), q.answered) for q in summary.questions],
            techniques=sorted(
                (
                    (bank.tags.label(t, ctx.lang), round(100 * r / n))
                    for t, (r, n) in summary.techniques.items()
                    if n
                ),
                key=lambda row: row[1],
            ),
            trust=_percent(summary.trustworthy),
            mislead=_percent(summary.misleading),
            hardest=hardest,
        )
    )
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


def _percent(pair: tuple[int, int]) -> int | None:
    return round(100 * pair[0] / pair[1]) if pair[1] else None


def _question_text(item: Item, lang: str) -> str:
    return item.field("question", lang) or item.field("post", lang)[:60]


def _lesson_title(bank: Bank, item: Item, lang: str) -> str:
    lesson = bank.lesson_for(item.techniques)
    if lesson is None:
        return ""
    return lesson.title_ja if lang == "ja" else lesson.title_en
