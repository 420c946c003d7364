"""/forget: delete everything about the user, after one confirmation."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Button, ButtonPress, Outgoing
from bot.core.payloads import decode, encode
from bot.storage.erasure import forget_user

CONFIRM = "fg"


def register(dp: Dispatcher) -> None:
    @dp.command("forget")
    async def forget(ctx: Context) -> list[Outgoing]:
        buttons = (
            (Button(ctx.t("forget_yes"), encode(CONFIRM, "yes")),),
            (Button(ctx.t("forget_no"), encode(CONFIRM, "no")),),
        )
        return [ctx.say("forget_confirm", buttons)]

    @dp.button(CONFIRM)
    async def confirm(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, ButtonPress)
        if decode(ctx.event.payload).args != ("yes",):
            return [ctx.say("forget_kept")]
        reply = ctx.say("forget_done")
        source = ctx.event.source
        forget_user(ctx.db, source.platform, source.user_id)
        return [reply]
