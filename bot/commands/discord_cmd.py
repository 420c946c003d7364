"""`matte discord sync [--guild ID]`: register Matte's slash commands and context menu with Discord.

Global commands reach every server but Discord may take a while to show changes; `--guild` registers
them for one server at once, for testing. Only the REST API is used: no gateway connection.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from bot.config import ConfigError, Settings

if TYPE_CHECKING:
    import discord


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "discord", help="Discord application commands", description="Manage Matte's Discord application."
    )
    actions = parser.add_subparsers(dest="discord_command", metavar="ACTION", required=True)
    sync = actions.add_parser(
        "sync",
        help="register the slash commands with Discord",
        description=(
            "Register the slash commands and the 'Check this message' context menu, with Japanese and "
            "English names, globally or (at once, for testing) in one server. Needs DISCORD_BOT_TOKEN."
        ),
    )
    sync.add_argument("--guild", type=int, metavar="ID", help="register in this server only (its ID)")
    sync.set_defaults(func=sync_commands)


async def sync_commands(args: argparse.Namespace, settings: Settings) -> int:
    import discord  # imported here: every other command starts faster without discord.py

    from bot.adapters.discord.commands import MatteTranslator, build_tree
    from bot.adapters.discord.runner import quiet_voice_warnings

    if not settings.discord_token:
        raise ConfigError("DISCORD_BOT_TOKEN is not set")
    quiet_voice_warnings()
    client = discord.Client(intents=discord.Intents.none())
    tree = build_tree(client, settings.lang)
    await tree.set_translator(MatteTranslator())
    guild = discord.Object(id=args.guild) if args.guild else None
    async with client:
        try:
            await client.login(settings.discord_token)
        except discord.LoginFailure as exc:
            raise ConfigError("DISCORD_BOT_TOKEN was refused by Discord") from exc
        if guild is not None:
            _copy_to_guild(tree, guild)
        synced = await tree.sync(guild=guild)
    where = f"server {args.guild}" if guild is not None else "globally"
    print(f"registered {len(synced)} commands {where}: {', '.join(sorted(c.name for c in synced))}")
    return 0


def _copy_to_guild(tree: discord.app_commands.CommandTree[discord.Client], guild: discord.Object) -> None:
    """Server commands for testing; DM-only ones (/course) cannot be used in a server, so stay out."""
    tree.copy_global_to(guild=guild)
    for command in tree.get_commands(guild=guild):
        contexts = command.allowed_contexts
        if contexts is not None and not contexts.guild:
            tree.remove_command(command.name, guild=guild)
