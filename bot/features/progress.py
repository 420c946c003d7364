"""/progress: accuracy per technique and discernment, so learners see what to practise next.

Discernment is shown as two numbers, accuracy on trustworthy posts and on misleading ones: a
learner who calls everything fake scores well on one and poorly on the other, and is told so.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Outgoing
from bot.features.selection import accuracy_by
from bot.storage import learning, relays

IMBALANCE = 0.25


def percent(right: int, total: int) -> int:
    return round(100 * right / total) if total else 0


async def progress(ctx: Context) -> list[Outgoing]:
    source = ctx.event.source
    bank = ctx.services.bank
    history = learning.answers(ctx.db, source.platform, source.user_id)
    lessons = learning.lesson_status(ctx.db, source.platform, source.user_id)
    done = sum(1 for status in lessons.values() if status == "done")
    helped = relays.seniors_helped(ctx.db, source.platform, source.user_id)
    answered = relays.answered_by(ctx.db, source.platform, source.user_id)
    if not history:
        return [
            ctx.say(
                "progress_empty",
                lessons_done=done,
                lessons_total=len(bank.lessons),
                helped=helped,
                answered_questions=answered,
            )
        ]
    techniques = accuracy_by(history, bank.items, "technique")
    rows = sorted(
        ((bank.tags.label(tag, ctx.lang), right, total) for tag, (right, total) in techniques.items()),
        key=lambda row: (row[1] / row[2], -row[2], row[0]),
    )
    verdicts = accuracy_by(history, bank.items, "verdict")
    trust = verdicts.get("trustworthy", (0, 0))
    mislead = verdicts.get("misleading", (0, 0))
    leaning = ""
    if trust[1] and mislead[1]:
        gap = trust[0] / trust[1] - mislead[0] / mislead[1]
        leaning = "too_doubtful" if gap < -IMBALANCE else "too_trusting" if gap > IMBALANCE else ""
    return [
        ctx.say(
            "progress",
            answered=len(history),
            right=sum(a.correct for a in history),
            overall=percent(sum(a.correct for a in history), len(history)),
            techniques=[(label, percent(right, total), total) for label, right, total in rows],
            trust=(percent(*trust), trust[1]),
            mislead=(percent(*mislead), mislead[1]),
            leaning=leaning,
            lessons_done=done,
            lessons_total=len(bank.lessons),
            helped=helped,
            answered_questions=answered,
        )
    ]


def register(dp: Dispatcher) -> None:
    dp.command("progress")(progress)
