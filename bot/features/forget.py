"""/forget: delete everything about the user, after one confirmation.

The confirmation names the user's chat, so once sent it is scrubbed from disk like a check reply.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Button, ButtonPress, ChatRef, Outgoing
from bot.core.payloads import decode, encode
from bot.storage.erasure import forget_user

CONFIRM = "fg"


async def forget(ctx: Context) -> list[Outgoing]:
    buttons = (
        (Button(ctx.t("forget_yes"), encode(CONFIRM, "yes")),),
        (Button(ctx.t("forget_no"), encode(CONFIRM, "no")),),
    )
    return [ctx.say("forget_confirm", buttons)]


async def confirm(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    if decode(ctx.event.payload).args != ("yes",):
        return [ctx.say("forget_kept")]
    reply = replace(ctx.say("forget_done"), scrub_after_send=True)
    source = ctx.event.source
    own_chats = [ChatRef.direct(source.platform, source.user_id).chat_id]
    if not source.is_group:
        own_chats.append(source.chat_id)
    forget_user(ctx.db, source.platform, source.user_id, own_chats)
    return [reply]


def register(dp: Dispatcher) -> None:
    dp.command("forget")(forget)
    dp.button(CONFIRM)(confirm)
