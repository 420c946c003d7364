"""The fake Discord refuses what Discord refuses, through discord.py's real HTTP handling: late or
repeated acknowledgements, expired tokens, oversized messages, outages and rate limits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import discord
import pytest
from discord.http import Route
from discord_fakes import EPHEMERAL, FakeDiscord, Harness, payload

from bot.adapters.discord.runner import InteractionReply
from bot.config import Settings
from bot.core.events import ChatRef, Message
from bot.services import Services
from bot.storage.database import Store

CHANNEL = "1186000000000000010"
HANAKO = "1100000000000000101"


@pytest.fixture
async def bot(
    settings: Settings, store: Store, services: Services, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    harness = await Harness.start(settings, store, services, FakeDiscord(monkeypatch))
    yield harness
    await harness.close()


def arrived(bot: Harness, name: str = "slash_help") -> discord.Interaction[Any]:
    """A recorded interaction Discord has just created and the bot has just received."""
    data = payload(name)
    bot.fake.interaction_arrives(data)
    return discord.Interaction(data=data, state=bot.client._connection)  # type: ignore[arg-type]


async def post(bot: Harness, body: dict[str, Any]) -> Any:
    """A raw Create Message, for bodies discord.py itself would not build."""
    route = Route("POST", "/channels/{channel_id}/messages", channel_id=CHANNEL)
    return await bot.client.http.request(route, json=body)


def row(n: int, custom_id: str = "demo:a") -> dict[str, Any]:
    buttons = [{"type": 2, "style": 1, "label": "x", "custom_id": f"{custom_id}{i}"} for i in range(n)]
    return {"type": 1, "components": buttons}


async def test_an_interaction_acknowledged_after_three_seconds_is_unknown(bot: Harness) -> None:
    interaction = arrived(bot)
    bot.fake.advance(3.1)
    with pytest.raises(discord.NotFound) as refused:
        await interaction.response.send_message("late")
    assert refused.value.code == 10062
    assert bot.fake.visible_in(CHANNEL) == [] and not bot.fake.stored


async def test_an_interaction_is_acknowledged_once(bot: Harness) -> None:
    interaction = arrived(bot)
    await interaction.response.defer(thinking=True, ephemeral=True)
    again = arrived(bot)  # the same interaction, answered a second time
    with pytest.raises(discord.HTTPException) as refused:
        await again.response.send_message("twice")
    assert refused.value.status == 400 and refused.value.code == 40060


async def test_followups_need_an_acknowledgement_and_stop_after_fifteen_minutes(bot: Harness) -> None:
    interaction = arrived(bot)
    with pytest.raises(discord.NotFound) as unknown:
        await interaction.followup.send("before any response", wait=True)
    assert unknown.value.code == 10015
    await interaction.response.defer(thinking=True)
    await interaction.followup.send("in time", wait=True)
    bot.fake.advance(15 * 60)
    with pytest.raises(discord.HTTPException) as expired:
        await interaction.followup.send("too late", wait=True)
    assert expired.value.status == 401 and expired.value.code == 50027
    with pytest.raises(discord.HTTPException):
        await interaction.edit_original_response(content="too late")


async def test_who_sees_what_an_interaction_answered(bot: Harness) -> None:
    deferred = arrived(bot, "slash_start")
    await deferred.response.defer(thinking=True, ephemeral=True)
    await deferred.followup.send("first: takes the deferral's visibility", wait=True)
    await deferred.followup.send("second: public, it has no flag", wait=True)
    await deferred.followup.send("third: private", ephemeral=True, wait=True)
    answered = arrived(bot, "slash_help")
    await answered.response.send_message("private answer", ephemeral=True)
    assert bot.fake.visible_in(CHANNEL) == ["second: public, it has no flag"]
    flags = [c.flags & EPHEMERAL for c in bot.fake.calls if c.method == "POST"]
    assert flags == [EPHEMERAL, 0, 0, EPHEMERAL, EPHEMERAL], "flags recorded as sent"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"content": "あ" * 2001}, "content"),
        ({"content": "🙂" * 1001}, "content"),
        ({"content": "x", "components": [row(1)] * 6}, "components"),
        ({"content": "x", "components": [row(6)]}, "components"),
        ({"content": "x", "components": [row(1, "c" * 101)]}, "custom_id"),
    ],
)
async def test_a_message_over_discords_limits_is_refused_with_its_error_shape(
    bot: Harness, body: dict[str, Any], field: str
) -> None:
    with pytest.raises(discord.HTTPException) as refused:
        await post(bot, body)
    assert refused.value.status == 400 and refused.value.code == 50035
    assert field in str(refused.value), "discord.py names the field from Discord's `errors` object"
    assert not bot.fake.stored


async def test_a_message_at_discords_limits_is_accepted(bot: Harness) -> None:
    await post(bot, {"content": "あ" * 2000, "components": [row(5, "c" * 99)] * 5})
    with pytest.raises(discord.HTTPException) as empty:
        await post(bot, {"content": ""})
    assert empty.value.code == 50006
    assert len(bot.fake.stored) == 1


async def test_an_outage_answers_5xx_until_it_ends(bot: Harness) -> None:
    channel = bot.client.get_partial_messageable(int(CHANNEL))
    bot.fake.fail_for(0.3, status=503)
    with pytest.raises(discord.DiscordServerError):
        await channel.send("during")
    await asyncio.sleep(0.3)
    await channel.send("after")
    assert bot.fake.visible_in(CHANNEL) == ["after"]


async def test_discord_py_retries_a_500_by_itself(bot: Harness) -> None:
    channel = bot.client.get_partial_messageable(int(CHANNEL))
    bot.fake.fail_for(0.5, status=500)
    await channel.send("after a retry")
    assert [c.status for c in bot.fake.calls] == [500, 200]
    assert bot.fake.visible_in(CHANNEL) == ["after a retry"]


async def test_a_429_is_waited_out_and_the_message_sent_once(bot: Harness) -> None:
    loop = asyncio.get_running_loop()
    bot.fake.rate_limit(lambda method, path: path.startswith("/channels/"), retry_after=0.4)
    started = loop.time()
    await bot.client.get_partial_messageable(int(CHANNEL)).send("once")
    assert loop.time() - started >= 0.4
    assert [c.status for c in bot.fake.calls] == [429, 200]
    assert bot.fake.visible_in(CHANNEL) == ["once"]


async def test_a_rate_limited_followup_arrives_once_and_stays_private(bot: Harness) -> None:
    interaction = arrived(bot, "slash_start")
    reply = InteractionReply(interaction, ChatRef("discord", CHANNEL), private=True)
    await reply.acknowledge()
    bot.fake.rate_limit(lambda method, path: path.startswith("/webhooks/"), retry_after=0.2)
    await bot.adapter.send(_private("結果です"), reply)
    assert [c.status for c in bot.fake.calls if c.path.startswith("/webhooks/")] == [429, 200]
    assert bot.fake.visible_in(CHANNEL) == []
    assert [m.content for m in bot.fake.stored.values()] == ["結果です"]


def _private(text: str) -> Message:
    return Message(chat=ChatRef("discord", CHANNEL), text=text, ephemeral=True, for_user=HANAKO)
