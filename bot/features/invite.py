"""/invite: a student passes Matte on to their family, with a link (and a QR code) for their platform.

Offered when the last lesson is finished, since those who learned to check are the ones the report
asks to help older people, and open to anyone as /invite. The links come from the settings
(`MATTE_INVITE_*_URL`; without them the student is asked to help add the bot by hand); the QR code is a
PNG document where the platform can send files (LINE cannot: its users forward the text, whose link
opens LINE's own friend-add page with a QR code).
"""

from __future__ import annotations

import io

import segno

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Document, Outgoing

INVITE = "iv"
NO_FILES = {"line"}


def links(ctx: Context) -> list[tuple[str, str]]:
    """(platform name, link) of every platform an invitation can point to, LINE first."""
    s = ctx.settings
    found = [
        ("LINE", s.invite_line_url),
        ("Telegram", s.invite_telegram_url),
        ("Discord", s.invite_discord_url),
    ]
    return [(name, url) for name, url in found if url]


def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def invitation(ctx: Context) -> list[Outgoing]:
    """The words to forward, then (where files can be sent) a QR code of the first link."""
    found = links(ctx)
    out: list[Outgoing] = [ctx.say("invite_intro", links=found), ctx.say("invite_message", links=found)]
    if found and ctx.event.source.platform not in NO_FILES:
        name, url = found[0]
        assert ctx.chat is not None
        out.append(
            Document(
                chat=ctx.chat,
                filename="matte-invite.png",
                data=qr_png(url),
                caption=ctx.t("invite_qr", name=name),
            )
        )
    return out


async def invite(ctx: Context) -> list[Outgoing]:
    if ctx.event.source.is_group:
        return [ctx.say("helper_private_only")]
    return invitation(ctx)


async def invite_button(ctx: Context) -> list[Outgoing]:
    return await invite(ctx)


def register(dp: Dispatcher) -> None:
    dp.command("invite")(invite)
    dp.button(INVITE)(invite_button)
