"""`matte run` and `matte console`: start the bot on one or more adapters in one process."""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings
from bot.storage.database import StorageError, Store

if TYPE_CHECKING:
    from bot.adapters.serving import Listener

SERVING = ("line", "web")
"""Adapters that serve HTTP on --host/--port: in one process they share one server (serving.Listener),
and Telegram's webhook joins it when TELEGRAM_WEBHOOK_LISTEN names the same address."""


def _console(settings: Settings, listener: Listener | None) -> object:
    from bot.adapters.console.adapter import ConsoleAdapter

    return ConsoleAdapter()


def _discord(settings: Settings, listener: Listener | None) -> object:
    from bot.adapters.discord.runner import DiscordAdapter

    return DiscordAdapter(settings)


def _line(settings: Settings, listener: Listener | None) -> object:
    from bot.adapters.line.runner import LineAdapter

    return LineAdapter(settings, listener=listener)


def _telegram(settings: Settings, listener: Listener | None) -> object:
    from bot.adapters.telegram.runner import TelegramAdapter

    return TelegramAdapter(settings, listener=listener)


def _web(settings: Settings, listener: Listener | None) -> object:
    from bot.adapters.web.adapter import WebAdapter

    return WebAdapter(settings, listener=listener)


ADAPTERS = {"console": _console, "discord": _discord, "line": _line, "telegram": _telegram, "web": _web}


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
    run.add_argument(
        "--host",
        help="web and LINE adapters (one server for both): address to listen on (default 127.0.0.1; "
        "0.0.0.0 for a class network)",
    )
    run.add_argument("--port", type=int, help="web and LINE adapters: port to listen on (default 8000)")
    run.set_defaults(func=run_bot)
    console = subparsers.add_parser(
        "console",
        help="chat with the bot in this terminal",
        description=(
            "Chat with the bot in this terminal. Buttons appear as numbers; /forward simulates a forward."
        ),
    )
    console.set_defaults(func=run_bot, adapter=["console"])


def _telegram_shares(settings: Settings) -> bool:
    """Telegram's webhook joins the shared server when TELEGRAM_WEBHOOK_LISTEN is its address."""
    from bot.adapters.telegram.runner import listen_address

    if not settings.telegram_webhook_url:
        return False
    return listen_address(settings.telegram_webhook_listen) == (settings.web_host, settings.web_port)


async def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.serving import Listener
    from bot.app import App  # imported here: commands such as `check` start faster without the bot

    listen = {"web_host": getattr(args, "host", None), "web_port": getattr(args, "port", None)}
    settings = replace(settings, **{k: v for k, v in listen.items() if v is not None})
    if not 0 <= settings.web_port <= 65535:
        raise ConfigError(f"--port must be a port number (0-65535), got {settings.web_port}")
    names = dict.fromkeys(args.adapter or ["console"])
    sharing = {n for n in names if n in SERVING}
    if sharing and "telegram" in names and _telegram_shares(settings):
        sharing.add("telegram")
    listener = Listener(settings.web_host, settings.web_port, users=len(sharing))
    store = Store(settings.db_path)
    try:
        check_writable(store)
    except StorageError:
        store.close()
        raise
    app = App(settings, store)
    for name in names:
        app.add_adapter(ADAPTERS[name](settings, listener if name in sharing else None))
    try:
        await app.run()
    finally:
        store.close()
    return 0


def check_writable(store: Store) -> None:
    """A database Matte can read but not write would fail at every message; say so once, at start.
    Setting user_version to its own value inside a rolled-back transaction is a write that changes nothing."""
    conn = store.db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"PRAGMA user_version = {version}")
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise StorageError(
            f"cannot write database {store.path}: {exc} (check the permissions of the file and its folder)"
        ) from exc
