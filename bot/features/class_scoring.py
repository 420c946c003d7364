"""Scoring one pupil's answer to a class question: on time, once, with speed and streak points."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from bot.core.context import Context
from bot.features.class_summary import points_for, streak_before
from bot.storage import classroom, users
from bot.storage.classroom import RUNNING, ClassAnswer
from bot.storage.timestamps import iso


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
