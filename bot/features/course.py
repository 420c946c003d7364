"""/course: the seniors' 7-day course, one short message and one question a day at a chosen hour.

Day 1 comes at once; the following days at the chosen hour (Japan time) on the following days.
A scheduler job sends what is due; if the bot was down, the missed day is sent when it is back,
and the plan moves on one day at a time, so no day is skipped or sent twice. /stop ends it.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import Button, ButtonPress, Outgoing
from bot.core.payloads import decode, encode
from bot.features import quiz_view
from bot.storage import course_plan, learning
from bot.storage.course_plan import ACTIVE, FINISHED, STOPPED, Enrolment
from bot.storage.learning import Answer
from bot.storage.timestamps import iso
from quizzes import Course

COURSE_ID = "senior7"
JST = timezone(timedelta(hours=9))
HOURS = (8, 10, 12, 15, 19)
PICK, ANSWER = "ch", "ca"


def next_at_hour(after: datetime, hour: int) -> datetime:
    """The first moment at `hour`:00 Japan time on a later calendar day than `after`."""
    local = after.astimezone(JST)
    return (local + timedelta(days=1)).replace(hour=hour, minute=0, second=0, microsecond=0)


def register(dp: Dispatcher) -> None:
    @dp.command("course")
    async def course(ctx: Context) -> list[Outgoing]:
        if ctx.event.source.is_group:
            return [ctx.say("course_private_only")]
        source = ctx.event.source
        current = course_plan.get(ctx.db, source.platform, source.user_id, COURSE_ID)
        if current and current.status == ACTIVE:
            return [ctx.say("course_status", day=current.next_day, hour=current.hour)]
        rows = tuple((Button(ctx.t("course_hour", hour=h), encode(PICK, h)),) for h in HOURS)
        return [ctx.say("course_intro", title=_title(ctx, _course(ctx)), buttons=rows)]

    @dp.button(PICK)
    async def pick(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, ButtonPress)
        args = decode(ctx.event.payload).args
        if len(args) != 1 or not args[0].isdigit() or int(args[0]) not in HOURS:
            return [ctx.say("bad_button")]
        source = ctx.event.source
        now = ctx.services.clock()
        hour = int(args[0])
        enrolment = Enrolment(
            source.platform,
            source.user_id,
            source.chat_id,
            COURSE_ID,
            hour,
            2,
            0,
            iso(next_at_hour(now, hour)),
            ACTIVE,
        )
        course_plan.enrol(ctx.db, enrolment, now)
        return [ctx.say("course_started", hour=hour), *day_messages(ctx, _course(ctx), 1)]

    @dp.command("stop")
    async def stop(ctx: Context) -> list[Outgoing]:
        source = ctx.event.source
        current = course_plan.get(ctx.db, source.platform, source.user_id, COURSE_ID)
        if current is None or current.status != ACTIVE:
            return [ctx.say("course_not_running")]
        course_plan.update(ctx.db, current, ctx.services.clock(), status=STOPPED)
        return [ctx.say("course_stopped")]

    @dp.button(ANSWER)
    async def answer(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, ButtonPress)
        args = decode(ctx.event.payload).args
        course = _course(ctx)
        days = {d.question: d.day for d in course.days}
        item = ctx.services.bank.items.get(args[0]) if len(args) == 2 else None
        if item is None or item.id not in days or item.choice(args[1]) is None:
            return [ctx.say("bad_button")]
        source = ctx.event.source
        current = course_plan.get(ctx.db, source.platform, source.user_id, COURSE_ID)
        day = days[item.id]
        if current is None or current.answered_day >= day or current.next_day <= day:
            return [ctx.say("quiz_already_answered")]
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
            [ctx.say("course_finished")]
            if day == len(course.days)
            else [ctx.say("course_see_you", hour=current.hour)]
        )
        return [quiz_view.feedback(ctx, item, args[1]), *closing]

    @dp.job
    def deliver_due_days(run: JobRun) -> list[Outgoing]:
        out: list[Outgoing] = []
        for enrolment in course_plan.due(run.db, run.now):
            ctx = run.context_for(enrolment.platform, enrolment.chat_id, enrolment.user_id)
            course = _course(ctx)
            out += day_messages(ctx, course, enrolment.next_day)
            following = enrolment.next_day + 1
            if following > len(course.days):
                course_plan.update(run.db, enrolment, run.now, next_day=following, status=FINISHED)
            else:
                course_plan.update(
                    run.db,
                    enrolment,
                    run.now,
                    next_day=following,
                    next_at=iso(next_at_hour(run.now, enrolment.hour)),
                )
        return out


def _course(ctx: Context) -> Course:
    return ctx.services.bank.courses[COURSE_ID]


def _title(ctx: Context, course: Course) -> str:
    return course.title_ja if ctx.lang == "ja" else course.title_en


def day_messages(ctx: Context, course: Course, number: int) -> list[Outgoing]:
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
