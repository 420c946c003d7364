"""A fake Telegram Bot API on 127.0.0.1 for tests and the benchmark: real HTTP, real-shaped JSON.

python-telegram-bot talks to it exactly as to api.telegram.org (base URL `.../bot`, token
appended). It records every call, serves fed updates to getUpdates (long polling included), answers
getChatMember from a table, and injects failures per method: 429 with retry_after, dropped
connections, 500s and the permanent refusals ("bot was blocked by the user", "chat not found").
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import re
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

from aiohttp import web

PAYLOADS = Path(__file__).parent / "payloads" / "telegram"
TOKEN = "123456:TEST-token_for-the-fake"
BOT_ID = 424242
BOT_USERNAME = "MatteTestBot"
# Form values PTB sends as plain strings; everything else is JSON-encoded.
STRING_FIELDS = {
    "text",
    "caption",
    "question",
    "explanation",
    "parse_mode",
    "type",
    "language_code",
    "callback_query_id",
    "url",
    "secret_token",
}
TAG = re.compile(r"<[^>]+>")


def load_updates(name: str) -> list[dict[str, Any]]:
    """The updates of a recorded getUpdates response in tests/payloads/telegram/NAME.json."""
    data = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    return data["result"]


def private_text(
    update_id: int, user_id: int, text: str, *, forward_from: str | None = None
) -> dict[str, Any]:
    """A real-shaped private text update (optionally forwarded from a channel) for bulk feeding."""
    user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "ja"}
    message: dict[str, Any] = {
        "message_id": update_id,
        "from": user,
        "chat": {"id": user_id, "first_name": f"User{user_id}", "type": "private"},
        "date": 1767225600,
        "text": text,
    }
    if text.startswith("/"):
        command = text.split()[0]
        message["entities"] = [{"offset": 0, "length": len(command), "type": "bot_command"}]
    if forward_from:
        message["forward_origin"] = {
            "type": "channel",
            "chat": {"id": -1001000000001, "title": forward_from, "type": "channel"},
            "message_id": 77,
            "date": 1767225000,
        }
    return {"update_id": update_id, "message": message}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    outcome: str = "ok"
    at: float = 0.0


@dataclass(frozen=True)
class Fault:
    kind: str
    retry_after: float = 1.0
    migrate_to: int = 0


class FakeBotApi:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.members: dict[tuple[int, int], str] = {}
        self.delays: dict[str, float] = {}
        self._queue: deque[dict[str, Any] | str] = deque()
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._fed = asyncio.Event()
        self._closing = False
        self._ids = count(1000)
        self.polls: dict[tuple[int, int], dict[str, Any]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    # lifecycle

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        self._closing = True
        self._fed.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    # what tests do

    def feed(self, *updates: dict[str, Any] | str) -> None:
        """Queue updates (dicts, or raw JSON text to send as is); getUpdates serves them until an
        offset confirms them, and entries without an update id once."""
        self._queue.extend(updates)
        self._fed.set()

    def fail(
        self, method: str, kind: str, *, times: int = 1, retry_after: float = 1.0, migrate_to: int = 0
    ) -> None:
        """Make the next `times` calls of `method` fail: 429, drop, 500, blocked, chat_not_found, migrate."""
        self._faults[method.lower()].extend([Fault(kind, retry_after, migrate_to)] * times)

    def calls_to(self, method: str, outcome: str | None = "ok") -> list[Call]:
        return [
            c for c in self.calls if c.method == method.lower() and (outcome is None or c.outcome == outcome)
        ]

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        """Texts of accepted sendMessage calls, HTML entities decoded."""
        return [
            html.unescape(c.params["text"])
            for c in self.calls_to("sendMessage")
            if chat_id is None or c.params["chat_id"] == chat_id
        ]

    async def wait_for(self, condition: Callable[[], object], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls]}")
            await asyncio.sleep(0.005)

    async def polling(self, timeout: float = 20.0) -> None:
        """Wait until the bot is long polling."""
        await self.wait_for(lambda: self.calls_to("getUpdates"), timeout)

    # the server

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"].lower()
        params, files = await _params(request)
        call = Call(method, params, files, at=time.monotonic())
        self.calls.append(call)
        if request.match_info["token"] != self.token:
            call.outcome = "unauthorized"
            return _error(401, "Unauthorized")
        if self._faults[method]:
            fault = self._faults[method].popleft()
            call.outcome = fault.kind
            return await _faulty(request, fault)
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            call.outcome = "not_found"
            return _error(404, "Not Found: method not found")
        if "chat_id" in params and not isinstance(params["chat_id"], int):
            call.outcome = "chat_not_found"
            return _error(400, "Bad Request: chat not found")
        if method == "getupdates":
            return await self._m_getupdates(params)
        return _ok(handler(params, files))

    async def _m_getupdates(self, params: dict[str, Any]) -> web.Response:
        """Like Telegram: updates stay until a later offset confirms them (long poll if none)."""
        self._confirm(int(params.get("offset") or 0))
        if not self._queue and not self._closing:
            self._fed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._fed.wait(), float(params.get("timeout") or 0))
        limit = int(params.get("limit") or 100)
        batch = list(self._queue)[:limit]
        for item in batch:
            if _update_id(item) is None:
                self._queue.remove(item)
        raw = ",".join(item if isinstance(item, str) else json.dumps(item) for item in batch)
        return web.Response(text=f'{{"ok":true,"result":[{raw}]}}', content_type="application/json")

    def _confirm(self, offset: int) -> None:
        if offset:
            self._queue = deque(u for u in self._queue if (_update_id(u) or offset) >= offset)

    def _m_getme(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _m_deletewebhook(self, params: dict[str, Any], files: dict[str, bytes]) -> bool:
        return True

    _m_setwebhook = _m_deletewebhook
    _m_setmycommands = _m_deletewebhook
    _m_answercallbackquery = _m_deletewebhook

    def _m_sendmessage(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        text = html.unescape(TAG.sub("", params["text"]))
        return {**self._message(params["chat_id"]), "text": text}

    def _m_sendpoll(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = self._message(params["chat_id"])
        options = [o["text"] if isinstance(o, dict) else o for o in params["options"]]
        poll = {
            "id": str(5_000_000_000 + message["message_id"]),
            "question": params["question"],
            "options": [
                {"persistent_id": str(i + 1), "text": o, "voter_count": 0} for i, o in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": params.get("is_anonymous", True),
            "type": params.get("type", "regular"),
            "allows_multiple_answers": False,
            "allows_revoting": params.get("allows_revoting", False),
            "members_only": False,
        }
        if "correct_option_ids" in params:
            poll["correct_option_ids"] = params["correct_option_ids"]
        if "open_period" in params:
            poll["open_period"] = params["open_period"]
        if "explanation" in params:
            poll["explanation"] = params["explanation"]
        self.polls[(params["chat_id"], message["message_id"])] = poll
        return {**message, "poll": poll}

    def _m_stoppoll(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        poll = self.polls[(params["chat_id"], params["message_id"])]
        poll["is_closed"] = True
        return poll

    def _m_senddocument(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = self._message(params["chat_id"])
        data = files.get("document", b"")
        document = {
            "file_id": f"DOC{message['message_id']}",
            "file_unique_id": f"U{message['message_id']}",
            "file_name": params.get("document_name", "file"),
            "file_size": len(data),
        }
        return {**message, "document": document}

    def _m_getchatmember(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        user_id = params["user_id"]
        status = self.members.get((params["chat_id"], user_id), "member")
        member: dict[str, Any] = {"status": status, "user": _user(user_id)}
        if status == "creator":
            member["is_anonymous"] = False
        if status == "administrator":
            member |= {
                "can_be_edited": False,
                "is_anonymous": False,
                "can_manage_chat": True,
                "can_delete_messages": True,
                "can_manage_video_chats": True,
                "can_restrict_members": True,
                "can_promote_members": False,
                "can_change_info": True,
                "can_invite_users": True,
                "can_post_stories": False,
                "can_edit_stories": False,
                "can_delete_stories": False,
                "can_pin_messages": True,
            }
        if status == "kicked":
            member["until_date"] = 0
        return member

    def _bot_user(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Matte", "username": BOT_USERNAME}

    def _message(self, chat_id: int) -> dict[str, Any]:
        if chat_id < 0:
            chat = {"id": chat_id, "title": "Fake group", "type": "supergroup"}
        else:
            chat = {"id": chat_id, "first_name": "Fake", "type": "private"}
        return {
            "message_id": next(self._ids),
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
        }


def _update_id(item: dict[str, Any] | str) -> int | None:
    if isinstance(item, str):
        with contextlib.suppress(ValueError):
            item = json.loads(item)
    found = item.get("update_id") if isinstance(item, dict) else None
    return found if isinstance(found, int) else None


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}


async def _params(request: web.Request) -> tuple[dict[str, Any], dict[str, bytes]]:
    if request.content_type == "application/json":
        body = await request.json()
        return dict(body or {}), {}
    form = await request.post()
    params: dict[str, Any] = {}
    files: dict[str, bytes] = {}
    for name, value in form.items():
        if isinstance(value, web.FileField):
            files[name] = value.file.read()
            params[f"{name}_name"] = value.filename
        elif name in STRING_FIELDS:
            params[name] = value
        else:
            try:
                params[name] = json.loads(value)
            except ValueError:
                params[name] = value
    return params, files


def _ok(result: object) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(code: int, description: str, **parameters: Any) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


async def _faulty(request: web.Request, fault: Fault) -> web.StreamResponse:
    match fault.kind:
        case "429":
            seconds = fault.retry_after
            return _error(429, f"Too Many Requests: retry after {seconds:g}", retry_after=seconds)
        case "drop":
            assert request.transport is not None
            request.transport.abort()
            return web.Response()
        case "500":
            return _error(500, "Internal Server Error")
        case "blocked":
            return _error(403, "Forbidden: bot was blocked by the user")
        case "chat_not_found":
            return _error(400, "Bad Request: chat not found")
        case "migrate":
            return _error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to_chat_id=fault.migrate_to,
            )
    raise ValueError(f"unknown fault {fault.kind!r}")
