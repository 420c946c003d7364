"""Offline Discord for the adapter tests: recorded payloads in, a strict fake REST server out.

`FakeDiscord` stands in for Discord's HTTP API underneath discord.py: it replaces the aiohttp session
that both of discord.py's HTTP paths use (the bot's REST client and the webhook adapter that interaction
responses and followups go through), so discord.py's own request handling (429 retries, 5xx retries,
errors) runs for real, and the real adapter runs without a network.

The fake refuses what Discord refuses, so a test fails where Discord would (each rule cites the docs):
- an interaction must be acknowledged within 3 s of its creation, once; its token then lasts 15 minutes
  for followups and edits of the original response;
- message content at most 2,000 characters, at most 5 action rows of at most 5 buttons, custom_id at
  most 100 characters, never an empty message (400 with Discord's JSON error shape);
- it can be told to fail (5xx) for a while, or to answer 429 with `retry_after`, or to hold a request;
- attachments are served from their CDN URL (`add_attachment`, which returns the attachment object of
  a message payload: id, filename, size, url, proxy_url, content_type, width, height; Discord's
  "Attachment Object", https://discord.com/developers/docs/resources/message#attachment-object); a
  URL it never handed out is 404, as for a deleted attachment.
Every message it accepts is kept with who can see it (`visible_in`, `direct_messages`).
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import count
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import aiohttp
import discord
import pytest
from discord.http import Route
from multidict import CIMultiDict

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

# Message flag EPHEMERAL (1 << 6): shown only to the user who used the interaction; allowed on
# interaction responses and followups only (Discord developer docs, "Message Resource" > Message Flags;
# https://discord.com/developers/docs/resources/message#message-object-message-flags).
EPHEMERAL = 64

# "Interaction tokens are valid for 15 minutes ... you must send an initial response within 3 seconds
# of receiving the event. If the 3 second deadline is exceeded, the token will be invalidated."
# (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction)
ACK_DEADLINE = 3.0
TOKEN_LIFETIME = 15 * 60.0

# Message content at most 2,000 characters; at most 5 action rows per message, each of at most 5
# buttons; a button's custom_id at most 100 characters and its label at most 80
# (https://discord.com/developers/docs/resources/message#create-message,
# https://discord.com/developers/docs/components/reference#action-row and #button). Content is counted
# in UTF-16 units here, never fewer than Discord's count of characters.
MAX_CONTENT = 2000
MAX_ROWS = 5
MAX_BUTTONS = 5
MAX_CUSTOM_ID = 100
MAX_LABEL = 80

# Interaction callback types (receiving-and-responding#interaction-response-object-interaction-callback-type).
CHANNEL_MESSAGE, DEFERRED_MESSAGE, DEFERRED_UPDATE = 4, 5, 6


def payload(name: str) -> dict[str, Any]:
    """A fresh copy of a recorded payload (tests may change it)."""
    return json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))


class DiscordError(Exception):
    """What the fake answers instead of a success: a status and Discord's JSON error body.

    Error bodies follow "Opcodes and Status Codes" > JSON Error Codes: `{"code", "message"}`, with an
    `errors` object naming each invalid field for 50035 Invalid Form Body
    (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
    """

    def __init__(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().__init__(status, body)
        self.status = status
        self.body = body
        self.headers = headers or {}


def invalid_form(field_name: str, code: str, message: str) -> DiscordError:
    return DiscordError(
        400,
        {
            "code": 50035,
            "message": "Invalid Form Body",
            "errors": {field_name: {"_errors": [{"code": code, "message": message}]}},
        },
    )


UNKNOWN_INTERACTION = {"code": 10062, "message": "Unknown interaction"}
ALREADY_ACKNOWLEDGED = {"code": 40060, "message": "Interaction has already been acknowledged."}
UNKNOWN_WEBHOOK = {"code": 10015, "message": "Unknown Webhook"}
INVALID_WEBHOOK_TOKEN = {"code": 50027, "message": "Invalid Webhook Token"}
REASONS = {400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 429: "Too Many Requests"}


class _Response:
    """The part of an aiohttp response discord.py reads: status, reason, headers, text."""

    def __init__(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.reason = REASONS.get(status, "Server Error" if status >= 500 else "OK")
        self.headers: CIMultiDict[str] = CIMultiDict(headers or {})
        self._text = ""
        if body is not None:
            self.headers["Content-Type"] = "application/json"
            self._text = json.dumps(body)

    async def text(self, encoding: str = "utf-8") -> str:
        return self._text

    async def read(self) -> bytes:
        return self._text.encode() if isinstance(self._text, str) else self._text

    async def __aenter__(self) -> _Response:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Session:
    """Stands in for discord.py's aiohttp session: every request goes to the fake."""

    closed = False

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def request(self, method: str, url: str, **kwargs: Any) -> _Pending:
        return _Pending(self.fake, method, url, kwargs.get("data"))

    def get(self, url: str, **kwargs: Any) -> _Cdn:
        """discord.py fetches attachments with a plain GET on the session (`get_from_cdn`)."""
        return _Cdn(self.fake, url)

    async def close(self) -> None:
        return None


class _Pending:
    """`async with session.request(...) as response`: the fake answers on entry."""

    def __init__(self, fake: FakeDiscord, method: str, url: str, data: Any) -> None:
        self.fake, self.method, self.url, self.data = fake, method, url, data

    async def __aenter__(self) -> _Response:
        return await self.fake.answer(self.method, self.url, self.data)

    async def __aexit__(self, *exc: object) -> None:
        return None


class _Cdn:
    """`async with session.get(url)` for an attachment: its bytes, or 404."""

    def __init__(self, fake: FakeDiscord, url: str) -> None:
        self.fake, self.url = fake, url

    async def __aenter__(self) -> _Response:
        self.fake.downloads.append(self.url)
        data = self.fake.cdn.get(self.url)
        response = _Response(200 if data is not None else 404, None)
        response._text = data if data is not None else ""  # type: ignore[assignment]
        return response

    async def __aexit__(self, *exc: object) -> None:
        return None


@dataclass(frozen=True)
class Upload:
    filename: str


@dataclass
class Call:
    """One request as the fake saw it, answered with `status`."""

    method: str
    path: str
    body: dict[str, Any]
    files: list[Upload]
    status: int = 200

    @property
    def data(self) -> dict[str, Any]:
        data = self.body.get("data", self.body)
        return data if isinstance(data, dict) else {}

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")

    @property
    def custom_ids(self) -> list[str]:
        return [c["custom_id"] for row in self.data.get("components") or [] for c in row["components"]]


@dataclass
class _Interaction:
    """What Discord knows of an interaction it sent: when, where, and how it was answered."""

    channel_id: str
    created: float
    acknowledged: int | None = None
    ephemeral_deferral: bool = False
    followups: int = 0


@dataclass
class Stored:
    """A message Discord accepted, with who can see it."""

    data: dict[str, Any]
    ephemeral: bool
    created: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")


class FakeDiscord:
    """A strict Discord REST API: records every request, answers or refuses it like Discord."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[Call] = []
        self.token_refused = False
        self.messages: dict[str, dict[str, Any]] = {}
        self.stored: dict[str, Stored] = {}
        self.dm_channels: dict[str, str] = {}
        self.dms_closed: set[str] = set()
        self.cdn: dict[str, bytes] = {}
        self.downloads: list[str] = []
        self.lag = 0.0  # how old each interaction is when it reaches the bot
        self.skew = 0.0  # how far Discord's clock has been moved ahead (`advance`)
        self._interactions: dict[str, _Interaction] = {}
        self._tokens: dict[str, str] = {}
        self._failing_until = 0.0
        self._failing_status = 503
        self._rate_limits: list[tuple[Callable[[str, str], bool], float, bool]] = []
        self._holds: list[tuple[Callable[[str, str], bool], float]] = []
        self._ids = count(1400000000000000001)
        self.session = _Session(self)
        fake = self

        async def static_login(http: discord.http.HTTPClient, token: str) -> Any:
            """discord.py's login, on the fake session (discord.py opens a real one)."""
            fake.attach(http)
            http.token = token
            try:
                return await http.request(Route("GET", "/users/@me"))
            except discord.HTTPException as exc:
                if exc.status == 401:
                    raise discord.LoginFailure("Improper token has been passed.") from exc
                raise

        monkeypatch.setattr(discord.http.HTTPClient, "static_login", static_login)

    def attach(self, http: discord.http.HTTPClient) -> None:
        """Point a client's HTTP layer (and the interactions it builds) at this fake."""
        http._HTTPClient__session = self.session  # type: ignore[attr-defined]
        http._global_over = asyncio.Event()
        http._global_over.set()

    # What a test can make Discord do.

    def add_attachment(self, data: bytes, filename: str, content_type: str | None) -> dict[str, Any]:
        """Put a file on the CDN; returns its attachment object for a message payload."""
        attachment_id = str(next(self._ids))
        url = f"https://cdn.discordapp.com/attachments/1186000000000000010/{attachment_id}/{filename}"
        self.cdn[url] = data
        found: dict[str, Any] = {
            "id": attachment_id,
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url.replace("cdn.discordapp.com", "media.discordapp.net"),
            "width": 1080,
            "height": 640,
        }
        if content_type is not None:
            found["content_type"] = content_type
        return found

    def now(self) -> float:
        return asyncio.get_running_loop().time() + self.skew

    def advance(self, seconds: float) -> None:
        """Let Discord's clock run ahead (interaction deadlines) without waiting for it."""
        self.skew += seconds

    def fail_for(self, seconds: float, status: int = 503) -> None:
        """Answer every request with `status` (a 5xx outage) for the next `seconds`."""
        self._failing_until = self.now() + seconds
        self._failing_status = status

    def rate_limit(
        self, matches: Callable[[str, str], bool], retry_after: float, *, by_cloudflare: bool = False
    ) -> None:
        """Answer the next request that `matches(method, path)` with 429 and `retry_after` seconds.

        The body and headers follow "Rate Limits" > Exceeding A Rate Limit (`message`, `retry_after` in
        seconds, `global`; a `Retry-After` header; https://discord.com/developers/docs/topics/rate-limits).
        `by_cloudflare`: the 429 comes from Cloudflare in front of the API (too many invalid requests),
        without the `Via` header of Discord's own answers, which discord.py does not wait out.
        """
        self._rate_limits.append((matches, retry_after, by_cloudflare))

    def hold(self, matches: Callable[[str, str], bool], seconds: float) -> None:
        """Delay the answer to the next request that `matches(method, path)` (a slow network)."""
        self._holds.append((matches, seconds))

    def interaction_arrives(self, data: dict[str, Any]) -> None:
        """Discord created this interaction `lag` seconds before the bot received it."""
        interaction_id = str(data["id"])
        channel = data.get("channel_id") or (data.get("channel") or {}).get("id") or ""
        created = self.now() - self.lag
        self._interactions.setdefault(interaction_id, _Interaction(str(channel), created))
        self._tokens[str(data["token"])] = interaction_id

    # What a test can read.

    def replies(self) -> list[Call]:
        """Accepted calls that put text in front of someone: responses, followups and channel posts."""
        return [
            c
            for c in self.calls
            if c.method == "POST" and c.status < 300 and (c.content or c.files or c.custom_ids)
        ]

    def visible_in(self, channel_id: str) -> list[str]:
        """The texts everyone in a channel can see (ephemeral messages left out)."""
        return [
            m.content for m in self.stored.values() if m.data["channel_id"] == channel_id and not m.ephemeral
        ]

    def direct_messages(self, user_id: str) -> list[str]:
        """The texts the bot sent to a user's DM channel."""
        channel = self.dm_channels.get(user_id)
        return [] if channel is None else self.visible_in(channel)

    # The server.

    async def answer(self, method: str, url: str, data: Any) -> _Response:
        path = url.removeprefix(Route.BASE)
        body, files = _body(data)
        call = Call(method, path, body, files)
        self.calls.append(call)
        for held in self._holds:
            if held[0](method, path):
                self._holds.remove(held)
                await asyncio.sleep(held[1])
                break
        try:
            result = self._answer(method, [unquote(part) for part in path.strip("/").split("/")], call)
        except DiscordError as refusal:
            call.status = refusal.status
            return _Response(refusal.status, refusal.body, refusal.headers)
        call.status = 200 if result is not None else 204
        return _Response(call.status, result)

    def _answer(self, method: str, parts: list[str], call: Call) -> Any:
        self._refuse_if_unavailable(method, "/".join(parts))
        body = call.body
        if parts[0] == "interactions":
            return self._callback(parts[1], body)
        if parts[0] == "webhooks":
            return self._webhook(method, parts[2], parts[3:], body)
        if method == "POST" and parts[0] == "channels" and parts[2] == "messages":
            self._refuse_closed_dms(parts[1])
            return self._store(parts[1], _checked(body, call.files), ephemeral=False)
        if method == "GET" and parts[0] == "channels":
            return copy.deepcopy(self.messages[parts[3]])
        if method == "PATCH" and parts[0] == "channels":
            self.messages[parts[3]].update(_checked(body, [], editing=True))
            return copy.deepcopy(self.messages[parts[3]])
        if method == "GET" and parts == ["users", "@me"]:
            if self.token_refused:
                raise DiscordError(401, {"code": 0, "message": "401: Unauthorized"})
            return dict(BOT_USER)
        if method == "GET" and parts == ["oauth2", "applications", "@me"]:
            return APPLICATION
        if method == "PUT" and parts[0] == "applications":
            return [
                {
                    "description": "",
                    **c,
                    "id": str(next(self._ids)),
                    "application_id": parts[1],
                    "version": "1",
                }
                for c in body["list"]
            ]
        if method == "POST" and parts[:3] == ["users", "@me", "channels"]:
            return self._dm_channel(str(body["recipient_id"]))
        return None

    def _refuse_if_unavailable(self, method: str, path: str) -> None:
        if self.now() < self._failing_until:
            raise DiscordError(self._failing_status, {"code": 0, "message": "Service Unavailable"})
        for limit in self._rate_limits:
            matches, retry_after, by_cloudflare = limit
            if matches(method, "/" + path):
                self._rate_limits.remove(limit)
                headers = {"Retry-After": str(retry_after)}
                if not by_cloudflare:
                    headers |= {"Via": "1.1 google", "X-RateLimit-Scope": "user"}
                raise DiscordError(
                    429,
                    {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
                    headers,
                )

    def _refuse_closed_dms(self, channel_id: str) -> None:
        """A user who accepts no DMs from server members: 403, 50007 "Cannot send messages to this user"."""
        if any(self.dm_channels.get(user) == channel_id for user in self.dms_closed):
            raise DiscordError(403, {"code": 50007, "message": "Cannot send messages to this user"})

    def _callback(self, interaction_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST /interactions/{id}/{token}/callback: once, within 3 s of the interaction's creation."""
        interaction = self._interactions.get(interaction_id)
        if interaction is None or self.now() - interaction.created > ACK_DEADLINE:
            raise DiscordError(404, UNKNOWN_INTERACTION)
        if interaction.acknowledged is not None:
            raise DiscordError(400, ALREADY_ACKNOWLEDGED)
        kind = body["type"]
        data = body.get("data") or {}
        ephemeral = bool(int(data.get("flags") or 0) & EPHEMERAL)
        answer: dict[str, Any] = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == DEFERRED_MESSAGE,
                "response_message_ephemeral": ephemeral,
            },
            "resource": {"type": kind},
        }
        if kind == CHANNEL_MESSAGE:
            message = self._store(interaction.channel_id, _checked(data, []), ephemeral=ephemeral)
            answer["interaction"]["response_message_id"] = message["id"]
            answer["resource"]["message"] = message
        interaction.acknowledged = kind
        interaction.ephemeral_deferral = kind == DEFERRED_MESSAGE and ephemeral
        return answer

    def _webhook(self, method: str, token: str, rest: list[str], body: dict[str, Any]) -> Any:
        """Followups and edits of the original response: an acknowledged interaction, for 15 minutes.

        The first followup after a deferred response replaces its "thinking…" message and keeps the
        deferral's visibility; later followups are new messages with their own flags.
        """
        interaction = self._interactions.get(self._tokens.get(token, ""))
        if interaction is None or interaction.acknowledged is None:
            raise DiscordError(404, UNKNOWN_WEBHOOK)
        if self.now() - interaction.created > TOKEN_LIFETIME:
            raise DiscordError(401, INVALID_WEBHOOK_TOKEN)
        if method == "POST" and not rest:
            first_after_defer = interaction.acknowledged == DEFERRED_MESSAGE and interaction.followups == 0
            interaction.followups += 1
            own = bool(int(body.get("flags") or 0) & EPHEMERAL)
            ephemeral = interaction.ephemeral_deferral if first_after_defer else own
            return self._store(interaction.channel_id, _checked(body, []), ephemeral=ephemeral)
        if method == "PATCH":
            _checked(body, [], editing=True)
        return None

    def _store(self, channel_id: str, body: dict[str, Any], *, ephemeral: bool) -> dict[str, Any]:
        message_id = str(next(self._ids))
        stored = Stored({}, ephemeral)
        stored.data = {
            "id": message_id,
            "channel_id": channel_id,
            "type": 0,
            "author": BOT_USER,
            "content": body.get("content") or "",
            "components": body.get("components") or [],
            "flags": EPHEMERAL if ephemeral else 0,
            "embeds": [],
            "attachments": [],
            "mentions": [],
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": False,
            "timestamp": stored.created.isoformat(),
            "edited_timestamp": None,
        }
        self.stored[message_id] = stored
        self.messages[message_id] = stored.data
        return copy.deepcopy(stored.data)

    def _dm_channel(self, user_id: str) -> dict[str, Any]:
        channel_id = self.dm_channels.setdefault(user_id, str(next(self._ids)))
        user = {"id": user_id, "username": f"user{user_id}", "discriminator": "0", "avatar": None}
        return {"id": channel_id, "type": 1, "last_message_id": None, "recipients": [user]}


def _body(data: Any) -> tuple[dict[str, Any], list[Upload]]:
    """A request's JSON body (plain, or the `payload_json` part of a multipart upload) and its files."""
    if isinstance(data, aiohttp.FormData):
        body: Any = {}
        files = []
        for options, _, value in data._fields:
            if options["name"] == "payload_json":
                body = json.loads(value)
            elif "filename" in options:
                files.append(Upload(options["filename"]))
        return body, files
    if data is None:
        return {}, []
    body = json.loads(data)
    return (body if isinstance(body, dict) else {"list": body}), []


def _checked(body: dict[str, Any], files: list[Upload], *, editing: bool = False) -> dict[str, Any]:
    """Refuse a message body Discord would refuse (400, 50035 Invalid Form Body, or 50006 empty)."""
    content = body.get("content") or ""
    if len(content.encode("utf-16-le")) // 2 > MAX_CONTENT:
        raise invalid_form("content", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CONTENT} or fewer in length.")
    rows = body.get("components") or []
    if len(rows) > MAX_ROWS:
        raise invalid_form(
            "components", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {MAX_ROWS} in length."
        )
    for row in rows:
        if not 1 <= len(row["components"]) <= MAX_BUTTONS:
            raise invalid_form(
                "components", "BASE_TYPE_BAD_LENGTH", f"Must be between 1 and {MAX_BUTTONS} in length."
            )
        for button in row["components"]:
            if len(button.get("custom_id", "")) > MAX_CUSTOM_ID:
                raise invalid_form(
                    "custom_id", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CUSTOM_ID} or fewer in length."
                )
            if len(button.get("label") or "") > MAX_LABEL:
                raise invalid_form(
                    "label", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_LABEL} or fewer in length."
                )
    if not editing and not (content or rows or files):
        raise DiscordError(400, {"code": 50006, "message": "Cannot send an empty message"})
    return body


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
        fake.attach(adapter.client.http)
        add_guild(adapter.client, payload("guild_create"))
        return cls(app, adapter, fake)

    async def close(self) -> None:
        await self.client.close()

    async def interact(self, data: dict[str, Any]) -> list[Call]:
        """Deliver one interaction and return the REST calls it caused."""
        before = len(self.fake.calls)
        self.fake.interaction_arrives(data)
        feed(self.client, data)
        await settle()
        return self.fake.calls[before:]
