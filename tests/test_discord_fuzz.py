"""Fuzzing the Discord translation with mutated recorded payloads (issue 9, part 2).

Each example takes one recorded INTERACTION_CREATE (slash commands, the button, "Check this
message") or MESSAGE_CREATE (tests/payloads/discord/*.json), applies one to three random edits
(json_mutations.py) and delivers it the way the gateway does: `parse_interaction_create` /
`parse_message_create` on a client with Matte's command tree and payload buttons, the recorded
guild cached. Whatever discord.py routes on arrives at a recording client that calls the adapter's
pure translation, exactly as `MatteClient` does: `command_event`, `button_event`, `check_event`,
`message_event`.

discord.py checks neither JSON types nor every required field (a message without `mentions`
becomes an object without that attribute), so the test sorts each payload with `DISCORD_API`, the
documented shape of every field the translation reads:
- a payload that follows Discord's shape translates to None (messages only) or a valid core event
  (frozen, str ids of digits, text no longer than all the payload's text), and nothing raises;
- one that breaks it may also make the translation raise an ordinary data error (AttributeError,
  TypeError, ValueError, LookupError), as the adapter's docstring says; discord.py logs it
  (`Client.on_error`). Nothing else may escape.
Payloads discord.py itself rejects (its parser raises, or the command tree finds no command) never
reach the adapter; `hypothesis.event` tallies every outcome and the last test checks that most
examples did reach it.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import discord
import event_checks
import pytest
from discord_fakes import PAYLOADS, add_guild, as_logged_in
from hypothesis import HealthCheck, event, example, given, note, settings
from hypothesis import strategies as st
from json_mutations import conforms, mutated, text_budget, texts

from bot.adapters.discord.commands import build_tree
from bot.adapters.discord.translate import button_event, check_event, command_event, message_event
from bot.adapters.discord.views import PayloadButton
from bot.core.events import (
    ButtonPress,
    Command,
    ForwardedMessage,
    ImageMessage,
    TextMessage,
)

RECORDED = {
    path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(PAYLOADS.glob("*.json"))
}
GUILD = RECORDED.pop("guild_create")
MESSAGES = sorted(name for name, data in RECORDED.items() if "token" not in data)
INTERACTIONS = sorted(name for name, data in RECORDED.items() if "token" in data)
EVENT_TYPES = (TextMessage, Command, ButtonPress, ForwardedMessage, ImageMessage)
DATA_ERRORS = (AttributeError, TypeError, ValueError, LookupError)
DIGITS = re.compile(r"[0-9]+")
CHAT_ID = re.compile(r"(dm:)?[0-9]+")  # a channel, or the user's DM when discord.py knows no channel
COVERAGE_SAMPLE = 300


def _snowflake(value: Any) -> bool:
    """An id: a string of digits, never 0 (discord.py reads a guild id of 0 as no guild)."""
    return isinstance(value, str) and value.isascii() and value.isdigit() and int(value) > 0


def _user_or_member(interaction: dict[str, Any]) -> bool:
    """Discord sends `member` (with its `user`) in a guild, `user` elsewhere."""
    if "guild_id" in interaction:
        return isinstance(interaction.get("member"), dict) and "user" in interaction["member"]
    return "user" in interaction


def _data_for_type(interaction: dict[str, Any]) -> bool:
    kinds = {2: "CommandData", 3: "ComponentData"}
    wanted = kinds.get(interaction.get("type"))  # type: ignore[arg-type]
    return wanted is None or conforms(interaction.get("data"), wanted, DISCORD_API)


def _all(*checks: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: all(check(value) for check in checks)


# Discord's shape (discord.com/developers/docs) of what the translation reads, directly or through
# discord.py (display_name, permissions, roles, channel, locale, message snapshots). `channel` is
# required here: Discord sends it with every command and component, and discord.py takes the
# channel id from it.
DISCORD_API: dict[str, Any] = {
    "Interaction": _all(
        lambda i: conforms(i, "InteractionFields", DISCORD_API), _user_or_member, _data_for_type
    ),
    "InteractionFields": {"id": _snowflake, "type": int, "data": dict, "channel": "Channel",
                          "locale": str, "guild_id?": _snowflake, "member?": "Member", "user?": "User",
                          "message?": "Message", "app_permissions?": _snowflake},
    "CommandData": {"name": str, "type": int, "options?": [{"name": str, "type": int,
                                                            "value?": (str, int, float, bool)}],
                    "target_id?": _snowflake, "resolved?": {"messages?": {}}},
    "ComponentData": {"custom_id": str, "component_type": int},
    "Channel": {"id": _snowflake, "type": int},
    "Member": {"user?": "User", "roles": [_snowflake], "permissions?": _snowflake, "nick?": (str, None)},
    "User": {"id": _snowflake, "username": str, "discriminator": str, "global_name": (str, None),
             "avatar": (str, None), "bot?": bool},
    "Message": {"id": _snowflake, "channel_id": _snowflake, "type": int, "author": "User", "content": str,
                "mentions": ["User"], "embeds": ["Embed"], "message_snapshots?": [{"message": "Snapshot"}],
                "webhook_id?": _snowflake, "referenced_message?": ("Message", None), "member?": "Member"},
    "Snapshot": {"content": str, "embeds": ["Embed"]},
    "Embed": {"title?": str, "description?": str},
}  # fmt: skip


def _resolved_messages(data: dict[str, Any]) -> Iterator[Any]:
    resolved = data.get("data", {}).get("resolved", {}) if isinstance(data.get("data"), dict) else {}
    messages = resolved.get("messages", {}) if isinstance(resolved, dict) else {}
    yield from messages.values() if isinstance(messages, dict) else ()


def follows_discord_api(name: str, data: Any) -> bool:
    if name in MESSAGES:
        return conforms(data, "Message", DISCORD_API)
    return conforms(data, "Interaction", DISCORD_API) and all(
        conforms(message, "Message", DISCORD_API) for message in _resolved_messages(data)
    )


def discord_edits(value: Any, path: tuple[str | int, ...]) -> st.SearchStrategy[Any] | None:
    """Edits aimed at what the translation reads: mentions of the bot, commands, ids, types."""
    key = path[-1]
    if key in ("content", "value", "custom_id", "global_name", "nick", "title", "description", "name"):
        return st.one_of(texts, st.sampled_from(["<@1286500000000000001>", "<@!1286500000000000001> /help"]))
    if key in ("id", "channel_id", "guild_id", "webhook_id", "target_id"):
        return st.one_of(st.integers(0, 2**64).map(str), st.sampled_from(["0", "1286500000000000001"]))
    if key == "type":
        return st.integers(-1, 30)
    if key == "locale":
        return st.sampled_from(["ja", "en-US", "en-GB", "xx", "", "zh-TW"])
    return None


class Recorder(discord.Client):
    """Matte's command tree and payload buttons; each translation's result (or error) is noted."""

    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.default())
        self.tree = build_tree(self, "ja")
        self.add_dynamic_items(PayloadButton)
        self.reached: list[tuple[str, object]] = []

    def _translate(self, name: str, translate: Callable[..., object], *args: Any) -> None:
        try:
            self.reached.append((name, translate(*args)))
        except Exception as exc:
            self.reached.append((name, exc))

    async def on_message(self, message: discord.Message) -> None:
        self._translate("message_event", message_event, message, self.user)

    async def on_slash_command(self, interaction: discord.Interaction) -> None:
        self._translate("command_event", command_event, interaction)

    async def on_check_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        self._translate("check_event", check_event, interaction, message)

    async def on_payload_button(self, interaction: discord.Interaction) -> None:
        self._translate("button_event", button_event, interaction)


class Gateway:
    """One client and loop for the whole module (building the command tree is slow); each delivery
    starts from a clean cache holding only the bot user and the recorded guild."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.client = Recorder()
        self.loop.run_until_complete(self.client.__aenter__())

    def deliver(self, name: str, data: Any) -> list[tuple[str, object]] | None:
        """The translations reached, or None when discord.py's parser rejected the payload."""
        return self.loop.run_until_complete(self._deliver(name, data))

    async def _deliver(self, name: str, data: Any) -> list[tuple[str, object]] | None:
        state = self.client._connection
        state.clear(views=False)  # keeps the payload buttons
        as_logged_in(self.client)
        add_guild(self.client, GUILD)
        self.client.reached = []
        try:
            if name in MESSAGES:
                state.parse_message_create(data)
            else:
                state.parse_interaction_create(data)
        except Exception:
            return None
        current = asyncio.current_task()
        while pending := [t for t in asyncio.all_tasks() if t is not current and not t.done()]:
            await asyncio.gather(*pending, return_exceptions=True)  # the tree's own errors stay there
        return self.client.reached

    def close(self) -> None:
        self.loop.run_until_complete(self.client.close())
        self.loop.close()


@pytest.fixture(scope="module")
def gateway() -> Iterator[Gateway]:
    gateway = Gateway()
    yield gateway
    gateway.close()


def assert_valid_event(result: object, budget: int) -> None:
    """A valid core event for Discord (a chat is a channel, or the user's DM)."""
    event_checks.assert_valid_event(
        result, platform="discord", kinds=EVENT_TYPES, budget=budget, ids=DIGITS, chat_ids=CHAT_ID
    )


# Each recording with its own edits; grafts may bring in keys and values from any recording.
MUTATED = {
    name: mutated([data], graft_from=list(RECORDED.values()), targeted=discord_edits)
    for name, data in RECORDED.items()
}
recordings = st.sampled_from(MESSAGES + INTERACTIONS).flatmap(
    lambda name: st.tuples(st.just(name), MUTATED[name])
)


def _edited(name: str, key: str, value: Any) -> tuple[str, Any]:
    data = copy.deepcopy(RECORDED[name])
    data[key] = value
    return name, data


# Found by this test. discord.py builds no channel for a channel type it does not know, and the
# event's chat was then "None" (shared by every such channel, never deliverable); it is now the
# user's DM.
UNKNOWN_CHANNEL_TYPE = _edited("slash_quiz", "channel", {"id": "1186000000000000099", "type": 99})


@settings(
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(recordings)
@example(UNKNOWN_CHANNEL_TYPE)
def test_mutated_payloads_translate_to_none_or_a_valid_event(
    gateway: Gateway, recording: tuple[str, Any]
) -> None:
    name, data = recording
    note(f"{name}, mutated: {json.dumps(data, ensure_ascii=False)[:3000]}")
    reached = gateway.deliver(name, data)
    kind = outcome_of(name, data, reached)
    if kind == "rejected":
        event("discord.py's parser rejects it")
        return
    if kind == "not routed":
        event("not routed to Matte (unknown command, not a payload button, ...)")
        return
    assert reached
    shaped = kind == "Discord shape"
    for translation, result in reached:
        if isinstance(result, DATA_ERRORS) and not shaped:
            event(f"{kind}: {translation} raised {type(result).__name__} (logged by discord.py)")
            continue
        if isinstance(result, BaseException):
            raise result
        event(f"{kind}: {translation} gave {type(result).__name__}")
        assert result is not None or translation == "message_event"
        if result is not None and shaped:
            assert_valid_event(result, text_budget(data))
        elif result is not None:
            assert type(result) in EVENT_TYPES


def outcome_of(name: str, data: Any, reached: list[tuple[str, object]] | None) -> str:
    """Whether discord.py rejects the payload, Matte is not asked, or it reaches the translation."""
    if reached is None:
        return "rejected"
    if not reached:
        return "not routed"
    return "Discord shape" if follows_discord_api(name, data) else "broken shape"


def test_most_mutations_reach_the_translation(gateway: Gateway) -> None:
    """The mutations must mostly test the adapter, not discord.py: checked on a sample of its own."""
    outcomes: Counter[str] = Counter()

    @settings(max_examples=COVERAGE_SAMPLE, database=None, derandomize=True, deadline=None)
    @given(recordings)
    def sample(recording: tuple[str, Any]) -> None:
        name, data = recording
        outcomes[outcome_of(name, data, gateway.deliver(name, data))] += 1

    sample()
    total = sum(outcomes.values())
    assert total >= COVERAGE_SAMPLE * 0.9, outcomes
    assert outcomes["Discord shape"] + outcomes["broken shape"] >= total * 0.5, outcomes
    assert outcomes["Discord shape"] >= total * 0.3, outcomes
