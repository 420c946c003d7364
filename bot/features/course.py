"""/course: short daily courses, one message and one question a day at a chosen hour.

The seniors' course is the default; `/course parents` (or 保護者, 先生 ...) or a button on the intro
offers the one for parents and teachers. Day 1 comes at once; the following days at the chosen hour
(Japan time) on the following days. A scheduler job sends what is due; if the bot was down, the
missed day is sent when it is back, and the plan moves on one day at a time, so no day is skipped or
sent twice. /stop ends every course the person is taking.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import Button, ButtonPress, Command, Message, Outgoing
from bot.core.payloads import decode, encode
from bot.features import quiz_view
from bot.storage import course_plan, learning
from bot.storage.course_plan import ACTIVE, FINISHED, STOPPED, Enrolment
from bot.storage.learning import Answer
from bot.storage.timestamps import DEFAULT_TZ, iso
from quizzes import Course

DEFAULT_COURSE = "senior7"
COURSE_NAMES = {
    "seniors": "senior7",
    "シニア": "senior7",
    "parents": "parents7",
    "teachers": "parents7",
    "保護者": "parents7",
    "教職員": "parents7",
    "先生": "parents7",
}
"""Words that pick a course after /course, besides its id; anything else keeps the default."""
HOURS = (8, 10, 12, 15, 19)
TYPED_HOURS = range(6, 22)
"""Hours a learner may type (`/course 8`, `/course 8時`): waking hours only."""
HOUR_WORD = re.compile(r"^(\d{1,2})(?:時|じ|h|:00)?$")
PICK, ANSWER, CHOOSE = "ch", "ca", "cc"


def next_at_hour(after: datetime, hour: int, tz: str = DEFAULT_TZ) -> datetime:
    """The first moment at `hour`:00 local time (`MATTE_TZ`) on a later calendar day than `after`."""
    local = after.astimezone(ZoneInfo(tz))
    return (local + timedelta(days=1)).replace(hour=hour, minute=0, second=0, microsecond=0)


def chosen_hour(args: str) -> int | None:
    """The hour typed after /course ("8", "８時", "19h"), if it is a waking hour."""
    for word in unicodedata.normalize("NFKC", args).lower().split():
        found = HOUR_WORD.match(word)
        if found and int(found.group(1)) in TYPED_HOURS:
            return int(found.group(1))
    return None


async def course(ctx: Context) -> list[Outgoing]:
    if ctx.event.source.is_group:
        return [ctx.say("course_private_only")]
    assert isinstance(ctx.event, Command)
    wanted = chosen_course(ctx.event.args, ctx.services.bank.courses)
    running = _running(ctx)
    hour = chosen_hour(ctx.event.args)
    if hour is not None and running:
        now = ctx.services.clock()
        for current in running:
            next_at = iso(next_at_hour(now, hour, ctx.settings.tz))
            course_plan.update(ctx.db, current, now, hour=hour, next_at=next_at)
        return [_status(ctx, current) for current in _running(ctx)]
    if hour is not None:
        return _enrol(ctx, wanted or DEFAULT_COURSE, hour)
    if wanted is None and running:
        return [_status(ctx, current) for current in running]
    return [intro(ctx, wanted or DEFAULT_COURSE)]


async def choose(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    if len(args) != 1 or args[0] not in ctx.services.bank.courses:
        return [ctx.say("bad_button")]
    return [intro(ctx, args[0])]


async def pick(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    course_id = args[1] if len(args) == 2 else DEFAULT_COURSE
    if (
        len(args) not in (1, 2)
        or not args[0].isdigit()
        or int(args[0]) not in HOURS
        or course_id not in ctx.services.bank.courses
    ):
        return [ctx.say("bad_button")]
    return _enrol(ctx, course_id, int(args[0]))


async def stop(ctx: Context) -> list[Outgoing]:
    running = _running(ctx)
    if not running:
        return [ctx.say("course_not_running")]
    for current in running:
        course_plan.update(ctx.db, current, ctx.services.clock(), status=STOPPED)
    return [ctx.say("course_stopped")]


async def answer(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    courses = ctx.services.bank.courses.values()
    item = ctx.services.bank.items.get(args[0]) if len(args) == 2 else None
    containing = [c for c in courses if item is not None and item.id in _days(c)]
    if item is None or not containing or item.choice(args[1]) is None:
        return [ctx.say("bad_button")]
    source = ctx.event.source
    due = [
        (course, current)
        for course in containing
        if (current := course_plan.get(ctx.db, source.platform, source.user_id, course.id))
        and current.answered_day < _days(course)[item.id] < current.next_day
    ]
    if not due:
        return [ctx.say("quiz_already_answered")]
    course, current = due[0]
    day = _days(course)[item.id]
    now = ctx.services.clock()
    learning.record_answer(
        ctx.db,
        source.platform,
        source.user_id,
        Answer(item.id, args[1], args[1] == item.answer, "course"),
        now,
    )
    course_plan.update(ctx.db, current, now, answered_day=day)
    closing = (
        [ctx.say("course_finished", total=len(course.days))]
        if day == len(course.days)
        else [ctx.say("course_see_you", hour=current.hour)]
    )
    return [quiz_view.feedback(ctx, item, args[1]), *closing]


def deliver_due_days(run: JobRun) -> list[Outgoing]:
    out: list[Outgoing] = []
    for enrolment in course_plan.due(run.db, run.now):
        ctx = run.context_for(enrolment.platform, enrolment.chat_id, enrolment.user_id)
        course = ctx.services.bank.courses.get(enrolment.course_id)
        if course is None:
            course_plan.update(run.db, enrolment, run.now, status=STOPPED)
            continue
        out += [_bulk(message) for message in day_messages(ctx, course, enrolment.next_day)]
        following = enrolment.next_day + 1
        if following > len(course.days):
            course_plan.update(run.db, enrolment, run.now, next_day=following, status=FINISHED)
        else:
            course_plan.update(
                run.db,
                enrolment,
                run.now,
                next_day=following,
                next_at=iso(next_at_hour(run.now, enrolment.hour, ctx.settings.tz)),
            )
    return out


def register(dp: Dispatcher) -> None:
    dp.command("course")(course)
    dp.button(CHOOSE)(choose)
    dp.button(PICK)(pick)
    dp.command("stop")(stop)
    dp.button(ANSWER)(answer)
    dp.job(deliver_due_days)


def _enrol(ctx: Context, course_id: str, hour: int) -> list[Outgoing]:
    """Start a course: day 1 now, the following days at `hour` local time."""
    source = ctx.event.source
    now = ctx.services.clock()
    next_at = iso(next_at_hour(now, hour, ctx.settings.tz))
    enrolment = Enrolment(
        source.platform, source.user_id, source.chat_id, course_id, hour, 2, 0, next_at, ACTIVE
    )
    course_plan.enrol(ctx.db, enrolment, now)
    course = ctx.services.bank.courses[course_id]
    return [ctx.say("course_started", hour=hour), *day_messages(ctx, course, 1)]


def chosen_course(args: str, courses: Mapping[str, Course]) -> str | None:
    """The course the words after /course name (its id or a word in COURSE_NAMES), if any."""
    for word in args.lower().split():
        course_id = word if word in courses else COURSE_NAMES.get(word)
        if course_id in courses:
            return course_id
    return None


def intro(ctx: Context, course_id: str) -> Outgoing:
    """The course's status if it is running, else its intro: hour buttons, then the other courses."""
    current = _enrolment(ctx, course_id)
    if current is not None:
        return _status(ctx, current)
    courses = ctx.services.bank.courses
    course = courses[course_id]
    rows = tuple((Button(ctx.t("course_hour", hour=h), encode(PICK, h, course_id)),) for h in HOURS)
    others = tuple(
        (Button(ctx.t("course_other", title=_title(ctx, other)), encode(CHOOSE, other.id)),)
        for other in courses.values()
        if other.id != course_id
    )
    return ctx.say("course_intro", title=_title(ctx, course), total=len(course.days), buttons=rows + others)


def _enrolment(ctx: Context, course_id: str) -> Enrolment | None:
    """The person's running enrolment in this course, if any."""
    source = ctx.event.source
    current = course_plan.get(ctx.db, source.platform, source.user_id, course_id)
    return current if current is not None and current.status == ACTIVE else None


def _running(ctx: Context) -> list[Enrolment]:
    return [e for e in (_enrolment(ctx, c) for c in ctx.services.bank.courses) if e is not None]


def _status(ctx: Context, current: Enrolment) -> Outgoing:
    course = ctx.services.bank.courses[current.course_id]
    return ctx.say("course_status", title=_title(ctx, course), day=current.next_day, hour=current.hour)


def _days(course: Course) -> dict[str, int]:
    return {d.question: d.day for d in course.days}


def _title(ctx: Speaker, course: Course) -> str:
    return course.title_ja if ctx.lang == "ja" else course.title_en


def day_messages(ctx: Speaker, course: Course, number: int) -> list[Outgoing]:
    day = course.days[number - 1]
    item = ctx.services.bank.items[day.question]
    text = ctx.t(
        "course_day",
        title=_title(ctx, course),
        day=number,
        total=len(course.days),
        message=day.message_ja if ctx.lang == "ja" else day.message_en,
    )
    return [ctx.reply(text), quiz_view.ask(ctx, item, ANSWER)]


def _bulk(out: Outgoing) -> Outgoing:
    """Course days go to everyone at the same hour: paced so they never crowd out a class quiz."""
    return replace(out, bulk=True) if isinstance(out, Message) else out
