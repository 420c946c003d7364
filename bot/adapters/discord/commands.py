"""Matte's slash commands and "Check this message", named and described in Japanese and English.

Discord sends back the default (English) name whatever the user's language, so the core sees the
same command names as on every other platform. Descriptions are the one-line templates
`command/<name>.j2`, so /help and Discord's command menu say the same thing; names, options and the
context-menu label are Discord-only and live here.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from bot.adapters.discord.limits import MAX_DESCRIPTION
from bot.adapters.discord.views import Receiver
from bot.core.render import Renderer

SLASH_COMMANDS = (
    "start",
    "help",
    "lang",
    "quiz",
    "learn",
    "course",
    "stop",
    "progress",
    "check",
    "nickname",
    "forget",
    "helper",
    "tips",
    "alerts",
    "volunteer",
    "invite",
)
SLOW_COMMANDS = frozenset({"check"})
"""Commands deferred at once: the check scores the text before it answers."""
CHECK_MENU = "Check this message"

LOCALES = {
    discord.Locale.japanese: "ja",
    discord.Locale.american_english: "en",
    discord.Locale.british_english: "en",
}

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "name:start": "はじめる",
        "name:help": "ヘルプ",
        "name:lang": "言語",
        "name:quiz": "クイズ",
        "name:learn": "まなぶ",
        "name:course": "コース",
        "name:progress": "進み具合",
        "name:check": "確認",
        "name:stop": "コースをやめる",
        "name:nickname": "ニックネーム",
        "name:forget": "記録を消す",
        "menu:check": "このメッセージを確認",
        "option:lang:language": "言語",
        "option_description:lang:language": "ja(日本語)または en(English)",
        "option:quiz:options": "オプション",
        "option_description:quiz:options": (
            "デッキやレベル。サーバーでは 10 20s teams=2 など、または stop / pause / resume / skip"
        ),
        "option:learn:topic": "番号",
        "option_description:learn:topic": "開くレッスンの番号(空なら一覧)",
        "option:check:text": "本文",
        "option_description:check:text": "確認したいメッセージの本文",
        "option:nickname:name": "なまえ",
        "option_description:nickname:name": "順位表に出す名前(off で消す)",
        "name:invite": "家族を招待",
        "name:helper": "家族に聞く",
        "option:helper:args": "コード",
        "option_description:helper:args": "家族からもらったコード(空なら自分のコードを作る)",
        "name:tips": "ひとこと",
        "option:tips:args": "設定",
        "option_description:tips:args": "on 水 9 / off",
        "name:alerts": "お知らせ",
        "option:alerts:args": "設定",
        "option_description:alerts:args": "scam on / scam off など",
        "name:volunteer": "ボランティア",
        "option:volunteer:args": "団体",
        "option_description:volunteer:args": "団体の名前",
    },
    "en": {
        "name:start": "start",
        "name:help": "help",
        "name:lang": "lang",
        "name:quiz": "quiz",
        "name:learn": "learn",
        "name:course": "course",
        "name:progress": "progress",
        "name:check": "check",
        "name:stop": "stop",
        "name:nickname": "nickname",
        "name:forget": "forget",
        "menu:check": CHECK_MENU,
        "option:lang:language": "language",
        "option_description:lang:language": "ja (日本語) or en (English)",
        "option:quiz:options": "options",
        "option_description:quiz:options": (
            "A deck or level; in a server e.g. 10 20s teams=2, or stop / pause / resume / skip"
        ),
        "option:learn:topic": "topic",
        "option_description:learn:topic": "The number of the lesson to open (empty: the list)",
        "option:check:text": "text",
        "option_description:check:text": "The text of the message to check",
        "option:nickname:name": "name",
        "option_description:nickname:name": "The name shown on leaderboards (off to hide it)",
        "name:invite": "invite",
        "name:helper": "helper",
        "option:helper:args": "code",
        "option_description:helper:args": "A code from a family member (empty: make your own code)",
        "name:tips": "tips",
        "option:tips:args": "settings",
        "option_description:tips:args": "on wed 9 / off",
        "name:alerts": "alerts",
        "option:alerts:args": "settings",
        "option_description:alerts:args": "e.g. scam on / scam off",
        "name:volunteer": "volunteer",
        "option:volunteer:args": "organisation",
        "option_description:volunteer:args": "The organisation's name",
    },
}


class Labels:
    """Every Discord-facing string by key, in one language."""

    def __init__(self, lang: str, renderer: Renderer | None = None) -> None:
        self.lang = lang
        self.renderer = renderer or Renderer()

    def text(self, key: str) -> str:
        kind, _, name = key.partition(":")
        if kind == "description":
            return self.renderer.render(self.lang, f"command/{name}")[:MAX_DESCRIPTION]
        return LABELS[self.lang][key]

    def string(self, key: str) -> locale_str:
        """The default-language string, keyed so the translator can localise it."""
        return locale_str(self.text(key), key=key)


class MatteTranslator(app_commands.Translator):
    """Gives Discord the Japanese and English names and descriptions when commands are synced."""

    def __init__(self, renderer: Renderer | None = None) -> None:
        renderer = renderer or Renderer()
        self.labels = {lang: Labels(lang, renderer) for lang in LABELS}

    async def translate(
        self, string: locale_str, locale: discord.Locale, context: app_commands.TranslationContextTypes
    ) -> str | None:
        lang = LOCALES.get(locale)
        key = string.extras.get("key")
        if lang is None or key is None:
            return None
        return self.labels[lang].text(key)


def _receiver(interaction: discord.Interaction) -> Receiver | None:
    client = interaction.client
    return client if isinstance(client, Receiver) else None


async def _forward(interaction: discord.Interaction) -> None:
    receiver = _receiver(interaction)
    if receiver is not None:
        await receiver.on_slash_command(interaction)


def _private_with_args(
    name: str, named: dict[str, locale_str], args: tuple[locale_str, locale_str]
) -> app_commands.Command[Any, ..., None]:
    """A DM-only command with one optional text option, handed on like the others (family helpers, tips)."""

    @app_commands.rename(args=args[0])
    @app_commands.describe(args=args[1])
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=False)
    async def callback(interaction: discord.Interaction, args: str | None = None) -> None:
        await _forward(interaction)

    return app_commands.Command(name=named["name"], description=named["description"], callback=callback)


def build_tree(client: discord.Client, lang: str) -> app_commands.CommandTree[discord.Client]:
    """The command tree: every callback hands the raw interaction on, which the adapter translates.

    Names stay English by default (they are what Discord sends back); descriptions default to `lang`.
    """
    tree: app_commands.CommandTree[discord.Client] = app_commands.CommandTree(client)
    labels = Labels("en")
    described = Labels(lang)

    def command(name: str) -> dict[str, locale_str]:
        return {"name": labels.string(f"name:{name}"), "description": described.string(f"description:{name}")}

    def option(name: str, param: str) -> tuple[locale_str, locale_str]:
        return labels.string(f"option:{name}:{param}"), described.string(f"option_description:{name}:{param}")

    @tree.command(**command("start"))
    async def start(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    @tree.command(**command("help"))
    async def help_(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    language, language_description = option("lang", "language")

    @tree.command(**command("lang"))
    @app_commands.rename(language=language)
    @app_commands.describe(language=language_description)
    @app_commands.choices(
        language=[
            app_commands.Choice(name="日本語", value="ja"),
            app_commands.Choice(name="English", value="en"),
        ]
    )
    async def lang_(interaction: discord.Interaction, language: str | None = None) -> None:
        await _forward(interaction)

    options, options_description = option("quiz", "options")

    @tree.command(**command("quiz"))
    @app_commands.rename(options=options)
    @app_commands.describe(options=options_description)
    async def quiz(interaction: discord.Interaction, options: str | None = None) -> None:
        await _forward(interaction)

    topic, topic_description = option("learn", "topic")

    @tree.command(**command("learn"))
    @app_commands.rename(topic=topic)
    @app_commands.describe(topic=topic_description)
    async def learn(interaction: discord.Interaction, topic: str | None = None) -> None:
        await _forward(interaction)

    @tree.command(**command("course"))
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=False)
    async def course(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    @tree.command(**command("stop"))
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=False)
    async def stop(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    @tree.command(**command("progress"))
    async def progress(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    text, text_description = option("check", "text")

    @tree.command(**command("check"))
    @app_commands.rename(text=text)
    @app_commands.describe(text=text_description)
    async def check(interaction: discord.Interaction, text: str) -> None:
        await _forward(interaction)

    name, name_description = option("nickname", "name")

    @tree.command(**command("nickname"))
    @app_commands.rename(name=name)
    @app_commands.describe(name=name_description)
    async def nickname(interaction: discord.Interaction, name: str | None = None) -> None:
        await _forward(interaction)

    @tree.command(**command("forget"))
    async def forget(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    @tree.command(**command("invite"))
    @app_commands.allowed_contexts(guilds=False, dms=True, private_channels=False)
    async def invite(interaction: discord.Interaction) -> None:
        await _forward(interaction)

    for name in ("helper", "tips", "alerts", "volunteer"):
        tree.add_command(_private_with_args(name, command(name), option(name, "args")))

    async def check_message(interaction: discord.Interaction, message: discord.Message) -> None:
        receiver = _receiver(interaction)
        if receiver is not None:
            await receiver.on_check_message(interaction, message)

    tree.add_command(app_commands.ContextMenu(name=labels.string("menu:check"), callback=check_message))
    return tree
