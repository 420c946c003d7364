"""`matte run` and `matte console`: start the bot on one or more adapters in one process."""

from __future__ import annotations

import argparse

from bot.app import App
from bot.config import Settings
from bot.storage.database import Store


def _console(settings: Settings) -> object:
    from bot.adapters.console_adapter import ConsoleAdapter

    return ConsoleAdapter()


def _discord(settings: Settings) -> object:
    from bot.adapters.discord_runner import DiscordAdapter

    return DiscordAdapter(settings)


def _telegram(settings: Settings) -> object:
    from bot.adapters.telegram_runner import TelegramAdapter

    return TelegramAdapter(settings)


ADAPTERS = {"console": _console, "discord": _discord, "telegram": _telegram}


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser(
        "run",
        help="start the bot (default: console chat)",
        description="Start the bot. Several adapters can run together in one process.",
    )
    run.add_argument(
        "--adapter",
        action="append",
        choices=sorted(ADAPTERS),
        metavar="NAME",
        help=f"adapter to run, repeatable ({', '.join(sorted(ADAPTERS))}; default: console)",
    )
    run.set_defaults(func=run_bot)
    console = subparsers.add_parser(
        "console",
        help="chat with the bot in this terminal",
        description=(
            "Chat with the bot in this terminal. Buttons appear as numbers; /forward simulates a forward."
        ),
    )
    console.set_defaults(func=run_bot, adapter=["console"])


async def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    app = App(settings, store)
    for name in dict.fromkeys(args.adapter or ["console"]):
        app.add_adapter(ADAPTERS[name](settings))
    try:
        await app.run()
    finally:
        store.close()
    return 0
