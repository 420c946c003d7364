"""/tips on|off: one short tip a week at the weekday and hour a person chose (Japan time).

Each tip is the week's tip from `quizzes/tips` (seasonal ones in their season), followed by what is
"going round now": the newest records of the rumour bank with who checked them. Tips are optional
pushes, so they are sent as bulk (paced, and on LINE dropped once the monthly push limit is reached),
and every tip carries 「停止」: a button, and on LINE the word itself stops them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import Button, ChatRef, Command, Message, Outgoing
from bot.core.payloads import encode
from bot.storage import alert_topics
from bot.storage import tips as subscriptions
from bot.storage.timestamps import DEFAULT_TZ
from quizzes.tips import tip_for

WEEKDAYS = {
    "月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6,
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
DEFAULT_WEEKDAY, DEFAULT_HOUR = 2, 9
GOING_ROUND = 3
OFF = "tp"
_HOUR = re.compile(r"^(\d{1,2})(?:時|h|:00)?$")


def next_at(after: datetime, weekday: int, hour: int, tz: str = DEFAULT_TZ) -> datetime:
    """The first `weekday` at `hour`:00 local time (`MATTE_TZ`) strictly after `after`."""
    local = after.astimezone(ZoneInfo(tz))
    moment = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    moment += timedelta(days=(weekday - local.weekday()) % 7)
    return moment if moment > local else moment + timedelta(days=7)


def parse_when(words: list[str]) -> tuple[int, int] | None:
    """(weekday, hour) from words like 「水曜」「9時」 or `wed 9`; defaults for what is left out."""
    weekday, hour = DEFAULT_WEEKDAY, DEFAULT_HOUR
    for word in words:
        word = word.lower()
        match = _HOUR.match(word)
        if match:
            hour = int(match.group(1))
            if hour > 23:
                return None
        elif (day := _weekday(word)) is not None:
            weekday = day
        else:
            return None
    return weekday, hour


def _weekday(word: str) -> int | None:
    if len(word) >= 3 and word[:3] in WEEKDAYS:
        return WEEKDAYS[word[:3]]
    if word[:1] in WEEKDAYS and word[1:] in ("", "曜", "曜日"):
        return WEEKDAYS[word[:1]]
    return None


@cache
def going_round() -> tuple[tuple[str, str, str, str], ...]:
    """(title_ja, title_en, organisation, date) of the newest rumour-bank records, newest first.

    Imported here, not at start-up: the bank is small TOML, but the classifier package is optional.
    """
    try:
        from classifier.rumour_bank import load_bank
    except ModuleNotFoundError:
        return ()
    newest = sorted(load_bank(), key=lambda r: r.date, reverse=True)[:GOING_ROUND]
    return tuple((r.title_ja, r.title_en, r.organisation, r.date) for r in newest)


async def tips_command(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    source = ctx.event.source
    if source.is_group:
        return [ctx.say("tips_private_only")]
    words = ctx.event.args.split()
    if words[:1] in (["off"], ["停止"], ["やめる"]):
        return _stop(ctx)
    if words[:1] not in (["on"], ["開始"], ["はじめる"]):
        current = subscriptions.get(ctx.db, source.platform, source.user_id)
        return [
            ctx.say(
                "tips_usage",
                on=current is not None,
                weekday=current.weekday if current is not None else 0,
                hour=current.hour if current is not None else 0,
            )
        ]
    when = parse_when(words[1:])
    if when is None:
        return [ctx.say("tips_usage", on=False, weekday=0, hour=0)]
    now = ctx.services.clock()
    weekday, hour = when
    subscriptions.subscribe(
        ctx.db,
        source.platform,
        source.user_id,
        weekday,
        hour,
        next_at(now, weekday, hour, ctx.settings.tz),
        now,
    )
    return [ctx.say("tips_on", weekday=weekday, hour=hour)]


async def tips_off(ctx: Context) -> list[Outgoing]:
    return _stop(ctx)


async def off_button(ctx: Context) -> list[Outgoing]:
    return _stop(ctx)


async def alerts(ctx: Context) -> list[Outgoing]:
    """Opt in to (or out of) an operator's alert topic; nobody gets alerts without asking."""
    assert isinstance(ctx.event, Command)
    source = ctx.event.source
    words = ctx.event.args.lower().split()
    chosen = alert_topics.topics(ctx.db, source.platform, source.user_id)
    if (
        source.is_group
        or len(words) != 2
        or words[0] not in alert_topics.TOPICS
        or words[1] not in ("on", "off")
    ):
        return [ctx.say("alerts_usage", topics=alert_topics.TOPICS, chosen=chosen)]
    chosen = alert_topics.set_topic(ctx.db, source.platform, source.user_id, words[0], words[1] == "on")
    return [ctx.say("alerts_set", chosen=chosen)]


def send_tips(run: JobRun) -> list[Outgoing]:
    out: list[Outgoing] = []
    for subscription in subscriptions.due(run.db, run.now):
        ctx = run.context_for(subscription.platform, subscription.user_id, subscription.user_id)
        following = next_at(run.now, subscription.weekday, subscription.hour, ctx.settings.tz)
        subscriptions.sent(run.db, subscription, following)
        tip = tip_for(run.now.astimezone(ZoneInfo(ctx.settings.tz)).date())
        text = ctx.t(
            "tips_weekly",
            tip=tip.text(ctx.lang),
            rumours=[(ja if ctx.lang == "ja" else en, org, day) for ja, en, org, day in going_round()],
        )
        stop = ((Button(ctx.t("tips_button_stop"), encode(OFF, "off")),),)
        chat = ChatRef.direct(subscription.platform, subscription.user_id)
        out.append(Message(chat=chat, text=text, buttons=stop, bulk=True))
    return out


def register(dp: Dispatcher) -> None:
    dp.command("tips")(tips_command)
    dp.command("tipsoff", listed=False)(tips_off)
    dp.button(OFF)(off_button)
    dp.command("alerts")(alerts)
    dp.job(send_tips)


def _stop(ctx: Context) -> list[Outgoing]:
    source = ctx.event.source
    subscriptions.unsubscribe(ctx.db, source.platform, source.user_id)
    return [ctx.say("tips_off")]
