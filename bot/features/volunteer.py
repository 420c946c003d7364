"""/volunteer ORG: a student who finished the lessons offers to help seniors for an organisation.

The organisation sets the discernment score it asks for (`matte helpers org add`); discernment is
the lower of the two accuracies /progress shows (trustworthy posts, misleading posts), so someone who
calls everything fake does not qualify. The organiser still approves each volunteer
(`matte helpers approve`); until then nothing changes for the student.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Command, Outgoing
from bot.features.helpers import tell
from bot.features.progress import percent
from bot.features.selection import accuracy_by
from bot.storage import learning, volunteers

MAX_ORG_NAME = 40


def discernment(ctx: Context) -> int:
    """The lower of the accuracies on trustworthy and on misleading posts, in percent."""
    source = ctx.event.source
    history = learning.answers(ctx.db, source.platform, source.user_id)
    verdicts = accuracy_by(history, ctx.services.bank.items, "verdict")
    trust = verdicts.get("trustworthy", (0, 0))
    mislead = verdicts.get("misleading", (0, 0))
    return min(percent(*trust), percent(*mislead))


async def volunteer(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    source = ctx.event.source
    if source.is_group:
        return [ctx.say("helper_private_only")]
    name = " ".join(ctx.event.args.split())[:MAX_ORG_NAME]
    org = volunteers.organisation(ctx.db, name) if name else None
    if org is None:
        return [ctx.say("volunteer_usage")]
    current = volunteers.get(ctx.db, source.platform, source.user_id)
    if current is not None and current.status == volunteers.APPROVED:
        return [ctx.say("volunteer_already", org=current.org)]
    lessons = learning.lesson_status(ctx.db, source.platform, source.user_id)
    done = sum(1 for status in lessons.values() if status == "done")
    total = len(ctx.services.bank.lessons)
    score = discernment(ctx)
    if done < total or score < org.min_score:
        return [ctx.say("volunteer_not_yet", done=done, total=total, score=score, needed=org.min_score)]
    volunteers.apply(ctx.db, source.platform, source.user_id, org.name, ctx.services.clock())
    out: list[Outgoing] = [ctx.say("volunteer_applied", org=org.name)]
    if org.organiser_platform and org.organiser_user:
        out.append(
            tell(
                ctx,
                org.organiser_platform,
                org.organiser_user,
                "volunteer_application",
                org=org.name,
                who=f"{source.platform}:{source.user_id}",
                score=score,
            )
        )
    return out


def register(dp: Dispatcher) -> None:
    dp.command("volunteer")(volunteer)
