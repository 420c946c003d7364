"""/start, /help, /lang and the polite answers to anything not understood."""

from __future__ import annotations

from functools import partial

from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import Command, Outgoing
from bot.languages import LANGUAGES
from bot.storage import users
from bot.text_safety import MAX_ECHO


async def start(ctx: Context) -> list[Outgoing]:
    return [ctx.say("start", name=ctx.event.source.display_name)]


async def help_(dp: Dispatcher, ctx: Context) -> list[Outgoing]:
    """The listed commands, read from the dispatcher so /help never forgets one."""
    lines = [(name, ctx.t(f"command/{name}")) for name in dp.listed_commands()]
    return [ctx.say("help", commands=lines)]


async def lang(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    wanted = ctx.event.args.strip().lower()
    if wanted not in LANGUAGES:
        return [ctx.say("lang_usage", current=ctx.lang, choices=LANGUAGES)]
    source = ctx.event.source
    users.set_language(ctx.db, source.platform, source.user_id, wanted)
    ctx.user = users.get(ctx.db, source.platform, source.user_id) or ctx.user
    return [ctx.say("lang_set")]


async def unknown_command(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    return [ctx.say("unknown_command", name=ctx.event.name[:MAX_ECHO])]


async def bad_button(ctx: Context) -> list[Outgoing]:
    return [ctx.say("bad_button")]


async def text_hint(ctx: Context) -> list[Outgoing]:
    return [ctx.say("text_hint")]


def register(dp: Dispatcher) -> None:
    dp.command("start")(start)
    dp.command("help")(partial(help_, dp))
    dp.command("lang")(lang)
    dp.on_unknown_command = unknown_command
    dp.on_bad_button = bad_button
    dp.on_text = text_hint
