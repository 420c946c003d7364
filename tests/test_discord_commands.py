"""Slash commands and the context menu: names, ja/en localisations, and `matte discord sync`."""

from __future__ import annotations

import argparse
import asyncio
import re
from dataclasses import replace
from typing import Any

import discord
import pytest
from discord_fakes import FakeDiscord

from bot.adapters.discord.commands import (
    CHECK_MENU,
    LABELS,
    SLASH_COMMANDS,
    MatteTranslator,
    build_tree,
)
from bot.adapters.discord.runner import DiscordAdapter
from bot.app import build_dispatcher
from bot.commands.discord_cmd import sync_commands
from bot.config import ConfigError, Settings
from bot.core.render import Renderer

# Discord's rule for command and option names (lower case where the script has case).
NAME = re.compile(r"^[-_'\w]{1,32}$")


async def payloads(lang: str = "ja") -> dict[str, dict[str, Any]]:
    tree = build_tree(discord.Client(intents=discord.Intents.none()), lang)
    translator = MatteTranslator()
    return {c.name: await c.get_translated_payload(tree, translator) for c in tree.get_commands()}


async def test_the_tree_has_every_command_and_the_context_menu() -> None:
    commands = await payloads()
    assert set(commands) == {*SLASH_COMMANDS, CHECK_MENU}
    assert commands[CHECK_MENU]["type"] == 3
    assert commands[CHECK_MENU]["name_localizations"]["ja"] == "このメッセージを確認"


@pytest.mark.parametrize("name", SLASH_COMMANDS)
async def test_each_command_is_named_and_described_in_japanese_and_english(name: str) -> None:
    command = (await payloads())[name]
    renderer = Renderer()
    assert command["description"] == renderer.render("ja", f"command/{name}")
    assert command["description_localizations"]["ja"] == renderer.render("ja", f"command/{name}")
    assert command["description_localizations"]["en-US"] == renderer.render("en", f"command/{name}")
    assert command["name_localizations"]["ja"] == LABELS["ja"][f"name:{name}"]
    assert command["name_localizations"]["en-GB"] == name
    for text in (command["name"], *command["name_localizations"].values()):
        assert NAME.match(text) and text == text.lower(), text
    for option in command["options"]:
        assert set(option["name_localizations"]) >= {"ja", "en-US"}
        assert all(len(d) <= 100 for d in option["description_localizations"].values())
    assert len(command["description"]) <= 100


async def test_descriptions_default_to_the_configured_language() -> None:
    assert (await payloads("en"))["help"]["description"] == Renderer().render("en", "command/help")


async def test_check_needs_text_and_lang_offers_both_languages() -> None:
    commands = await payloads()
    (text,) = commands["check"]["options"]
    assert text["name"] == "text" and text["required"] and text["name_localizations"]["ja"] == "本文"
    (language,) = commands["lang"]["options"]
    assert [c["value"] for c in language["choices"]] == ["ja", "en"]


async def test_the_course_is_for_direct_messages_only() -> None:
    commands = await payloads()
    assert commands["course"]["contexts"] == [1] and commands["stop"]["contexts"] == [1]
    assert commands["check"]["contexts"] is None


async def test_translator_leaves_other_locales_to_the_defaults() -> None:
    translator = MatteTranslator()
    key = discord.app_commands.locale_str("start", key="name:start")
    context = discord.app_commands.TranslationContext(
        discord.app_commands.TranslationContextLocation.other, None
    )
    assert await translator.translate(key, discord.Locale.korean, context) is None
    assert await translator.translate(key, discord.Locale.japanese, context) == "はじめる"


async def test_sync_registers_localised_commands_globally(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = FakeDiscord(monkeypatch)
    assert await sync_commands(argparse.Namespace(guild=None), _with_token(settings)) == 0
    (put,) = [c for c in fake.calls if c.method == "PUT"]
    assert put.path == "/applications/1286500000000000001/commands"
    sent = {c["name"]: c for c in put.body["list"]}
    assert set(sent) == {*SLASH_COMMANDS, CHECK_MENU}
    assert sent["check"]["name_localizations"]["ja"] == "確認"
    assert "registered 17 commands globally" in capsys.readouterr().out


async def test_sync_for_one_server_leaves_out_dm_only_commands(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    fake = FakeDiscord(monkeypatch)
    await sync_commands(argparse.Namespace(guild=1186000000000000002), _with_token(settings))
    (put,) = [c for c in fake.calls if c.method == "PUT"]
    assert put.path == "/applications/1286500000000000001/guilds/1186000000000000002/commands"
    names = {c["name"] for c in put.body["list"]}
    assert "quiz" in names and CHECK_MENU in names and not names & {"course", "stop"}


async def test_sync_with_a_refused_token_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch, settings: Settings
) -> None:
    FakeDiscord(monkeypatch).token_refused = True
    with pytest.raises(ConfigError, match="refused"):
        await sync_commands(argparse.Namespace(guild=None), _with_token(settings))


async def test_sync_without_a_token_is_a_configuration_error(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="DISCORD_BOT_TOKEN"):
        await sync_commands(argparse.Namespace(guild=None), settings)


def _with_token(settings: Settings) -> Settings:
    return replace(settings, discord_token="test-token")


def test_discord_offers_every_chat_command_it_can() -> None:
    """/autocheck needs group messages Discord sends only with the privileged Message Content intent."""
    core = build_dispatcher()
    assert set(SLASH_COMMANDS) <= set(core.commands)
    assert set(core.listed_commands()) - set(SLASH_COMMANDS) == {"autocheck"}


async def test_without_network_the_bot_retries_and_says_so(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing listens on 127.0.0.1:9: every login attempt fails to connect, as with no network."""
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")
    adapter = DiscordAdapter(_with_token(settings), backoff=0.05)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(adapter.run(object()), 2.0)
    retries = [r.getMessage() for r in caplog.records if "cannot reach Discord" in r.getMessage()]
    assert len(retries) >= 3 and "retrying in 0.1 s" in retries[1]
