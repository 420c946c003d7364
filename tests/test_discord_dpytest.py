"""Message smoke test with dpytest: a simulated guild where a member mentions Matte and gets an answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace

import discord
import discord.ext.test as dpytest
import pytest

from bot.adapters.discord.runner import DiscordAdapter
from bot.adapters.discord.translate import escape
from bot.app import App
from bot.config import Settings
from bot.core.render import Renderer
from bot.services import Services
from bot.storage.database import Store


@pytest.fixture
async def adapter(settings: Settings, store: Store, services: Services) -> AsyncIterator[DiscordAdapter]:
    app = App(settings, store, services)
    adapter = DiscordAdapter(replace(settings, discord_token="test-token"))
    app.add_adapter(adapter)
    adapter.app = app
    await adapter.client.__aenter__()
    # dpytest keeps its simulated members in discord.py's member cache, which needs the members
    # intent; only the simulation gets it, the real client asks for no privileged intent.
    state = adapter.client._connection
    state._intents = discord.Intents(state._intents.value, members=True)
    state.member_cache_flags = discord.MemberCacheFlags.from_intents(state._intents)
    dpytest.configure(adapter.client, members=["hanako"])
    yield adapter
    await dpytest.empty_queue()


async def test_a_mention_in_a_channel_is_answered_there(adapter: DiscordAdapter) -> None:
    me = adapter.client.user
    assert me is not None
    await dpytest.message(f"<@{me.id}> こんにちは")
    reply = dpytest.get_message()
    assert reply.content == escape(Renderer().render("ja", "text_hint"))
    assert reply.channel == dpytest.get_config().channels[0]


async def test_chatter_that_does_not_mention_matte_gets_no_answer(adapter: DiscordAdapter) -> None:
    await dpytest.message("今日の宿題なんだっけ")
    assert dpytest.verify().message().nothing()
