"""Offline Discord for the adapter tests: recorded payloads in, recorded REST calls out.

`FakeDiscord` replaces discord.py's two HTTP entry points (the bot's REST client and the webhook
adapter that interaction responses and followups use) with a recorder that answers like Discord
does, so the real discord.py objects and the real adapter run without a network.
"""

from __future__ import annotations

import asyncio
import copy
import json
from dataclasses import dataclass, replace
from itertools import count
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.http import Route
from discord.webhook.async_ import AsyncWebhookAdapter

from bot.adapters.discord.runner import DiscordAdapter
from bot.app import App
from bot.config import Settings
from bot.core.events import Incoming
from bot.services import Services
from bot.storage.database import Store

PAYLOADS = Path(__file__).parent / "payloads" / "discord"
BOT_USER = {
    "id": "1286500000000000001",
    "username": "Matte",
    "discriminator": "0",
    "avatar": None,
    "bot": True,
}
EPHEMERAL = 64
APPLICATION = {
    "id": BOT_USER["id"],
    "name": "Matte",
    "description": "",
    "icon": None,
    "bot_public": True,
    "bot_require_code_grant": False,
    "owner": {"id": "1100000000000000102", "username": "tanaka_sensei", "discriminator": "0", "avatar": None},
    "verify_key": "0" * 64,
    "flags": 0,
}


def payload(name: str) -> dict[str, Any]:
    """A fresh copy of a recorded payload (tests may change it)."""
    return json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class _Status:
    """The two attributes of an aiohttp response that discord.py's HTTP errors read."""

    status: int
    reason: str = "Not Found"


@dataclass
class Call:
    method: str
    path: str
    body: dict[str, Any]
    files: list[discord.File]

    @property
    def flags(self) -> int:
        data = self.body.get("data", self.body)
        return int(data.get("flags") or 0)

    @property
    def content(self) -> str:
        data = self.body.get("data", self.body)
        return str(data.get("content") or "")

    @property
    def custom_ids(self) -> list[str]:
        data = self.body.get("data", self.body)
        return [c["custom_id"] for row in data.get("components") or [] for c in row["components"]]


class FakeDiscord:
    """Records every REST call and answers with Discord-shaped JSON."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[Call] = []
        self.expired = False
        self.token_refused = False
        self.messages: dict[str, dict[str, Any]] = {}
        self._ids = count(1400000000000000001)
        monkeypatch.setattr(discord.http.HTTPClient, "request", self._rest)
        monkeypatch.setattr(AsyncWebhookAdapter, "request", self._webhook)

    async def _rest(self, route: Route, *, files: Any = None, form: Any = None, **kwargs: Any) -> Any:
        return self._answer(route, kwargs.get("json"), form, files)

    async def _webhook(
        self,
        route: Route,
        session: Any,
        *,
        payload: Any = None,
        multipart: Any = None,
        files: Any = None,
        **_: Any,
    ) -> Any:
        return self._answer(route, payload, multipart, files)

    def _answer(self, route: Route, body: Any, form: Any, files: Any) -> Any:
        if form:
            body = next(json.loads(f["value"]) for f in form if f["name"] == "payload_json")
        path = route.url.removeprefix(Route.BASE)
        call = Call(route.method, path, body if isinstance(body, dict) else {"list": body}, list(files or []))
        self.calls.append(call)
        parts = path.strip("/").split("/")
        if self.expired and parts[0] in ("interactions", "webhooks"):
            raise discord.NotFound(_Status(404), {"code": 10062, "message": "Unknown interaction"})
        if route.method == "POST" and parts[0] == "channels" and parts[2] == "messages":
            return self._store(parts[1], call.body)
        if route.method == "GET" and parts[0] == "channels":
            return copy.deepcopy(self.messages[parts[3]])
        if route.method == "PATCH" and parts[0] == "channels":
            self.messages[parts[3]].update(call.body)
            return copy.deepcopy(self.messages[parts[3]])
        if route.method == "GET" and parts == ["users", "@me"]:
            if self.token_refused:
                raise discord.HTTPException(
                    _Status(401, "Unauthorized"), {"code": 0, "message": "401: Unauthorized"}
                )
            return dict(BOT_USER)
        if route.method == "GET" and parts == ["oauth2", "applications", "@me"]:
            return APPLICATION
        if route.method == "PUT" and parts[0] == "applications":
            return [
                {
                    "description": "",
                    **c,
                    "id": str(next(self._ids)),
                    "application_id": parts[1],
                    "version": "1",
                }
                for c in body
            ]
        if route.method == "POST" and parts[:3] == ["users", "@me", "channels"]:
            return self._dm_channel(call.body["recipient_id"])
        if parts[0] == "interactions":
            return self._callback(parts[1], call.body)
        if route.method == "POST" and parts[0] == "webhooks":
            return self._store("0", call.body)
        return None

    def _store(self, channel_id: str, body: dict[str, Any]) -> dict[str, Any]:
        message_id = str(next(self._ids))
        self.messages[message_id] = {
            "id": message_id,
            "channel_id": channel_id,
            "type": 0,
            "author": BOT_USER,
            "content": body.get("content") or "",
            "components": body.get("components") or [],
            "flags": body.get("flags") or 0,
            "embeds": [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": "2025-06-12T01:23:46.000000+00:00",
            "edited_timestamp": None,
        }
        return copy.deepcopy(self.messages[message_id])

    def _dm_channel(self, user_id: str) -> dict[str, Any]:
        user = {"id": str(user_id), "username": f"user{user_id}", "discriminator": "0", "avatar": None}
        return {"id": str(next(self._ids)), "type": 1, "last_message_id": None, "recipients": [user]}

    def _callback(self, interaction_id: str, body: dict[str, Any]) -> dict[str, Any]:
        kind = body["type"]
        data = body.get("data") or {}
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(int(data.get("flags") or 0) & EPHEMERAL),
            },
            "resource": {"type": kind},
        }
        if kind == 4:
            message = self._store("0", data)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"]["message"] = message
        return answer

    def replies(self) -> list[Call]:
        """Calls that put text in front of someone: responses, followups and channel posts."""
        return [c for c in self.calls if c.method == "POST" and (c.content or c.files or c.custom_ids)]


async def settle(timeout: float = 10.0) -> None:
    """Wait until every task discord.py and the adapter started has finished."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while pending := [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]:
        left = deadline - loop.time()
        if left <= 0:
            raise AssertionError(f"tasks still running: {pending}")
        await asyncio.wait(pending, timeout=left)


def feed(client: discord.Client, data: dict[str, Any]) -> None:
    """Deliver a recorded INTERACTION_CREATE as the gateway would."""
    client._connection.parse_interaction_create(data)  # type: ignore[arg-type]


def add_guild(client: discord.Client, data: dict[str, Any]) -> discord.Guild:
    """Cache a recorded GUILD_CREATE, as the (non-privileged) guilds intent does at start-up."""
    return client._connection._add_guild_from_data(data)  # type: ignore[arg-type]


def message_from(client: discord.Client, data: dict[str, Any]) -> discord.Message:
    """A discord.Message built from a recorded MESSAGE_CREATE, the way the gateway handler does."""
    state = client._connection
    channel, _ = state._get_guild_channel(data)  # type: ignore[arg-type]
    return discord.Message(state=state, channel=channel, data=data)  # type: ignore[arg-type]


def as_logged_in(client: discord.Client) -> discord.Client:
    """Give the client the bot user that logging in would give it (discord.py needs it for guilds)."""
    client._connection.user = discord.ClientUser(state=client._connection, data=BOT_USER)  # type: ignore[arg-type]
    return client


class Harness:
    """An app with the Discord adapter whose client is fed recorded payloads; every core event noted."""

    def __init__(self, app: App, adapter: DiscordAdapter, fake: FakeDiscord) -> None:
        self.app = app
        self.adapter = adapter
        self.client = adapter.client
        self.fake = fake
        self.events: list[Incoming] = []
        process = app.process

        async def noting(event: Incoming, via: object | None = None, *, wait: bool = True) -> None:
            self.events.append(event)
            await process(event, via, wait=wait)

        app.process = noting  # type: ignore[method-assign]

    @classmethod
    async def start(
        cls, settings: Settings, store: Store, services: Services, fake: FakeDiscord, defer_after: float = 1.0
    ) -> Harness:
        """What `DiscordAdapter.run` does before `client.start`, with the guild already cached."""
        app = App(settings, store, services)
        adapter = DiscordAdapter(replace(settings, discord_token="test-token"), defer_after=defer_after)
        app.add_adapter(adapter)
        adapter.app = app
        as_logged_in(adapter.client)
        await adapter.client.__aenter__()
        add_guild(adapter.client, payload("guild_create"))
        return cls(app, adapter, fake)

    async def close(self) -> None:
        await self.client.close()

    async def interact(self, data: dict[str, Any]) -> list[Call]:
        """Deliver one interaction and return the REST calls it caused."""
        before = len(self.fake.calls)
        feed(self.client, data)
        await settle()
        return self.fake.calls[before:]
