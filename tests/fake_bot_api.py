"""A fake Telegram Bot API on 127.0.0.1 for tests and the benchmark: real HTTP, real-shaped JSON.

python-telegram-bot talks to it exactly as to api.telegram.org (base URL `.../bot`, token
appended). It records every call, serves fed updates to getUpdates (long polling included), answers
getChatMember from a table, and injects failures per method: 429 with retry_after, dropped
connections, 500s, answers that come too late, and the permanent refusals ("bot was blocked by the
user", "chat not found").

It is as strict as Telegram where a bot can get it wrong (`Limits`; sources checked 2026-12):
- Flood control (Bot FAQ, https://core.telegram.org/bots/faq "My bot is hitting limits", as quoted
  in https://grammy.dev/advanced/flood.html): at most 20 messages a minute in one group and about
  30 a second overall; over that, 429 with `parameters.retry_after`, the seconds left to wait
  (ResponseParameters, https://core.telegram.org/bots/api#responseparameters). Counted on arrival,
  over sliding windows, for accepted sendMessage/sendPoll/sendDocument calls.
- sendPoll (https://core.telegram.org/bots/api#sendpoll; the same bounds in teloxide-core's
  generated payload docs): question 1-300 characters, 2-12 options (10 before Bot API 9.1) of 1-100
  characters, explanation 0-200 characters with at most 2 line feeds, open_period 5-600 s; lengths
  in UTF-16 units. A poll with open_period closes by itself when it runs out; stopPoll on a closed
  poll is 400 "Bad Request: poll has already been closed" (the description other clients match,
  e.g. teloxide's ApiError::PollHasAlreadyClosed).
- A bot cannot write first: a private chat with a user who never wrote to the bot is 403
  "Forbidden: bot can't initiate conversation with a user" (see TelegramBotAPI/errors#2). The fake
  learns who did from the private messages and button presses it is fed (`started`).
- A group that became a supergroup (`migrate`) answers 400 with `parameters.migrate_to_chat_id`.
- Files (getFile, https://core.telegram.org/bots/api#getfile): `add_file` stores bytes under a file
  id; getFile answers a File with `file_path`, which is then downloaded from
  `/file/bot<token>/<file_path>` (the token in the path, as the real download link has it). Bots may
  download files of up to 20 MB: getFile for a larger one is 400 "Bad Request: file is too big" (the
  description the official server gives, tdlib/telegram-bot-api#51); an unknown id is 400 "Bad
  Request: invalid file_id".
- `message_thread_id` (forum topics) is accepted on sends to groups, echoed in the sent message and
  recorded with the call; `allowed_updates` given to getUpdates or setWebhook is recorded.
Time can be scaled down for tests (`Limits.group_window`, `Limits.poll_second`), keeping the ratios.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import math
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
MESSAGE_METHODS = frozenset({"sendmessage", "sendpoll", "senddocument"})
# What a flood answers with 429 during a storm: everything that sends or changes a message.
STORM_METHODS = MESSAGE_METHODS | {"stoppoll"}
POLL_CLOSED = "Bad Request: poll has already been closed"
MAX_DOWNLOAD = 20 * 1024 * 1024


@dataclass
class Limits:
    """Telegram's limits as the fake enforces them (see the module doc for the sources).

    Tests that cannot wait a real minute scale time: `group_window` (60 s) and `poll_second`, the
    real seconds one second of a poll's open_period lasts.
    """

    group_per_window: int = 20
    group_window: float = 60.0
    overall_per_second: int = 30
    poll_second: float = 1.0
    question: tuple[int, int] = (1, 300)
    options: tuple[int, int] = (2, 12)
    option: tuple[int, int] = (1, 100)
    explanation: int = 200
    explanation_line_feeds: int = 2
    open_period: tuple[int, int] = (5, 600)


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


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
    delay: float = 0.0


class FakeBotApi:
    def __init__(self, token: str = TOKEN, limits: Limits | None = None) -> None:
        self.token = token
        self.limits = limits or Limits()
        self.calls: list[Call] = []
        self.members: dict[tuple[int, int], str] = {}
        self.delays: dict[str, float] = {}
        self.started: set[int] = set()
        """Users who wrote to the bot privately: only they can be written to."""
        self.migrated: dict[int, int] = {}
        self.allowed_updates: list[list[str]] = []
        self._sent_at: dict[int, deque[float]] = defaultdict(deque)
        self._all_sent_at: deque[float] = deque()
        self._closes_at: dict[tuple[int, int], float] = {}
        self._storm_until = 0.0
        self._queue: deque[dict[str, Any] | str] = deque()
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._fed = asyncio.Event()
        self._closing = False
        self._ids = count(1000)
        self.polls: dict[tuple[int, int], dict[str, Any]] = {}
        self.stored_files: dict[str, bytes] = {}
        self.downloads: list[str] = []
        self._file_paths: dict[str, str] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    # lifecycle

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
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
        for update in updates:
            if isinstance(update, dict) and (user := _private_sender(update)) is not None:
                self.started.add(user)
        self._fed.set()

    def add_file(self, data: bytes, width: int = 1280, height: int = 960) -> dict[str, Any]:
        """Keep a file the bot may fetch; returns a PhotoSize for it (usable as a document's ids too)."""
        file_id = f"AgAD{len(self.stored_files) + 1:04d}fake"
        self.stored_files[file_id] = data
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "width": width,
            "height": height,
            "file_size": len(data),
        }

    def storm(self, seconds: float) -> None:
        """Answer every send (and stopPoll) with 429 for the next `seconds`, as a flood would."""
        self._storm_until = time.monotonic() + seconds

    def migrate(self, old: int, new: int) -> None:
        """The group `old` became the supergroup `new`: calls to `old` are refused from now on."""
        self.migrated[old] = new

    def is_closed(self, chat_id: int, message_id: int) -> bool:
        """Whether the poll in that message takes no more votes (stopped, or its open_period ran out)."""
        key = (chat_id, message_id)
        closes_at = self._closes_at.get(key)
        if closes_at is not None and time.monotonic() >= closes_at:
            self.polls[key]["is_closed"] = True
        return bool(self.polls[key]["is_closed"])

    def fail(
        self,
        method: str,
        kind: str,
        *,
        times: int = 1,
        retry_after: float = 1.0,
        migrate_to: int = 0,
        delay: float = 0.0,
    ) -> None:
        """Make the next `times` calls of `method` fail: 429, drop, 500, blocked, chat_not_found,
        migrate, or late (done, but answered only after `delay` seconds, as after a lost response)."""
        self._faults[method.lower()].extend([Fault(kind, retry_after, migrate_to, delay)] * times)

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
        late = 0.0
        if self._faults[method]:
            fault = self._faults[method].popleft()
            call.outcome = fault.kind
            if fault.kind != "late":
                return await _faulty(request, fault)
            late = fault.delay
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            call.outcome = "not_found"
            return _error(404, "Not Found: method not found")
        if "chat_id" in params and not isinstance(params["chat_id"], int):
            call.outcome = "chat_not_found"
            return _error(400, "Bad Request: chat not found")
        if "allowed_updates" in params:
            self.allowed_updates.append(list(params["allowed_updates"]))
        refusal = self._refusal(method, params, call.at)
        if refusal is not None:
            call.outcome, response = refusal
            return response
        if method == "getupdates":
            return await self._m_getupdates(params)
        result = handler(params, files)
        if method in MESSAGE_METHODS:
            self._count(params["chat_id"], call.at)
        if late:
            await asyncio.sleep(late)
        return _ok(result)

    def _refusal(self, method: str, params: dict[str, Any], now: float) -> tuple[str, web.Response] | None:
        """What Telegram would refuse this call with (outcome, response), or None."""
        chat_id = params.get("chat_id")
        if method in STORM_METHODS and now < self._storm_until:
            return "429", _too_many(self._storm_until - now)
        if chat_id in self.migrated:
            return "migrated", _error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                migrate_to_chat_id=self.migrated[chat_id],
            )
        if method == "getfile":
            data = self.stored_files.get(params.get("file_id", ""))
            if data is None:
                return "bad_request", _error(400, "Bad Request: invalid file_id")
            if len(data) > MAX_DOWNLOAD:
                return "bad_request", _error(400, "Bad Request: file is too big")
        if method not in MESSAGE_METHODS:
            return self._poll_refusal(params) if method == "stoppoll" else None
        if chat_id > 0 and chat_id not in self.started:
            return "forbidden", _error(403, "Forbidden: bot can't initiate conversation with a user")
        if "message_thread_id" in params and chat_id > 0:
            return "bad_request", _error(400, "Bad Request: message thread not found")
        if (wait := self._flood_wait(chat_id, now)) > 0:
            return "429", _too_many(wait)
        if method == "sendpoll" and (problem := self._poll_problem(params)):
            return "bad_request", _error(400, f"Bad Request: {problem}")
        return None

    def _flood_wait(self, chat_id: int, now: float) -> float:
        """Seconds until one more message fits the group's and the overall sliding windows."""
        limits = self.limits
        overall = self._all_sent_at
        while overall and overall[0] <= now - 1.0:
            overall.popleft()
        wait = overall[0] + 1.0 - now if len(overall) >= limits.overall_per_second else 0.0
        if chat_id < 0:
            group = self._sent_at[chat_id]
            while group and group[0] <= now - limits.group_window:
                group.popleft()
            if len(group) >= limits.group_per_window:
                wait = max(wait, group[0] + limits.group_window - now)
        return wait

    def _count(self, chat_id: int, at: float) -> None:
        self._all_sent_at.append(at)
        if chat_id < 0:
            self._sent_at[chat_id].append(at)

    def _poll_problem(self, params: dict[str, Any]) -> str | None:
        limits = self.limits
        options = [o["text"] if isinstance(o, dict) else o for o in params.get("options", [])]
        explanation = params.get("explanation", "")
        low, high = limits.open_period
        if not limits.question[0] <= utf16(params.get("question", "")) <= limits.question[1]:
            return f"poll question must be {limits.question[0]}-{limits.question[1]} characters"
        if not limits.options[0] <= len(options) <= limits.options[1]:
            return f"poll must have {limits.options[0]}-{limits.options[1]} options"
        if not all(limits.option[0] <= utf16(str(o)) <= limits.option[1] for o in options):
            return f"poll options must be {limits.option[0]}-{limits.option[1]} characters"
        if utf16(explanation) > limits.explanation:
            return "explanation is too long"
        if explanation.count("\n") > limits.explanation_line_feeds:
            return "explanation has too many line feeds"
        if "open_period" in params and not low <= params["open_period"] <= high:
            return "wrong open period specified"
        correct = params.get("correct_option_ids", [])
        if params.get("type") == "quiz" and not (correct and all(0 <= c < len(options) for c in correct)):
            return "wrong correct option specified"
        return None

    def _poll_refusal(self, params: dict[str, Any]) -> tuple[str, web.Response] | None:
        key = (params["chat_id"], params["message_id"])
        if key not in self.polls:
            return "bad_request", _error(400, "Bad Request: message with poll to stop not found")
        if self.is_closed(*key):
            return "poll_closed", _error(400, POLL_CLOSED)
        return None

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
        return {**self._message(params), "text": text}

    def _m_sendpoll(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = self._message(params)
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
        key = (params["chat_id"], message["message_id"])
        self.polls[key] = poll
        if "open_period" in params:
            self._closes_at[key] = time.monotonic() + params["open_period"] * self.limits.poll_second
        return {**message, "poll": poll}

    def _m_stoppoll(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        poll = self.polls[(params["chat_id"], params["message_id"])]
        poll["is_closed"] = True
        return poll

    def _m_senddocument(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        message = self._message(params)
        data = files.get("document", b"")
        document = {
            "file_id": f"DOC{message['message_id']}",
            "file_unique_id": f"U{message['message_id']}",
            "file_name": params.get("document_name", "file"),
            "file_size": len(data),
        }
        return {**message, "document": document}

    def _m_getfile(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        file_id = params["file_id"]
        path = self._file_paths.setdefault(file_id, f"photos/file_{len(self._file_paths)}.jpg")
        data = self.stored_files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": len(data),
            "file_path": path,
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        """The file download link: only paths getFile handed out, only with the bot's token."""
        if request.match_info["token"] != self.token:
            return web.Response(status=401)
        path = request.match_info["path"]
        self.downloads.append(path)
        for file_id, given in self._file_paths.items():
            if given == path:
                return web.Response(body=self.stored_files[file_id], content_type="application/octet-stream")
        return web.Response(status=404)

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

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params["chat_id"]
        if chat_id < 0:
            chat = {"id": chat_id, "title": "Fake group", "type": "supergroup"}
        else:
            chat = {"id": chat_id, "first_name": "Fake", "type": "private"}
        message = {
            "message_id": next(self._ids),
            "from": self._bot_user(),
            "chat": chat,
            "date": int(time.time()),
        }
        if "message_thread_id" in params:
            chat["is_forum"] = True
            message |= {"message_thread_id": params["message_thread_id"], "is_topic_message": True}
        return message


def _update_id(item: dict[str, Any] | str) -> int | None:
    if isinstance(item, str):
        with contextlib.suppress(ValueError):
            item = json.loads(item)
    found = item.get("update_id") if isinstance(item, dict) else None
    return found if isinstance(found, int) else None


def _private_sender(update: dict[str, Any]) -> int | None:
    """Who wrote to the bot privately in this update (a message or a button in a private chat)."""
    message = update.get("message")
    query = update.get("callback_query")
    if isinstance(query, dict):
        message = {**(query.get("message") or {}), "from": query.get("from")}
    if not isinstance(message, dict):
        return None
    chat, sender = message.get("chat"), message.get("from")
    if isinstance(chat, dict) and chat.get("type") == "private" and isinstance(sender, dict):
        return sender.get("id")
    return None


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


def _too_many(seconds: float) -> web.Response:
    """429 with the wait in whole seconds as Telegram gives it, or hundredths when time is scaled."""
    wait = math.ceil(seconds) if seconds >= 1 else math.ceil(seconds * 100) / 100
    return _error(429, f"Too Many Requests: retry after {wait:g}", retry_after=wait)


def _error(code: int, description: str, **parameters: Any) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=code)


async def _faulty(request: web.Request, fault: Fault) -> web.StreamResponse:
    match fault.kind:
        case "429":
            return _too_many(fault.retry_after)
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
