"""A fake LINE Platform on 127.0.0.1 for tests: the Messaging API and its data API, strict like LINE.

line-bot-sdk talks to it as to api.line.me (`LINE_API_URL`) and api-data.line.me
(`LINE_DATA_API_URL`); both are this one server. It records every call and refuses what LINE
refuses (Messaging API reference, https://developers.line.biz/en/reference/messaging-api/):
- a bearer channel access token on every call (401 otherwise);
- reply tokens it issued (`issue_token`), each usable once and only for `token_seconds`: a used,
  expired or unknown token is 400 "Invalid reply token";
- 1-5 messages per reply or push; text 1-5,000 characters; a quick reply of at most 13 items
  (also LINE Developers, "Use quick replies": up to 13 buttons on a message of any type),
  labels of 1-20 characters, postback data of at most 300 characters, displayText at most 300:
  400 "The request body has N error(s)" otherwise, and nothing of the request is sent;
- pushes counted as LINE bills them (`pushed`): one per request and recipient, however many
  message objects it carries (a group's members are not known here: one); replies are free;
  `/v2/bot/message/quota` and `/quota/consumption` answer from that count;
- injected failures per path (`fail`): 429 "Too Many Requests" (LINE sends no Retry-After; the
  client backs off), 500;
- message content (images) from the data API, `GET /v2/bot/message/{id}/content`, for ids given
  to `content`;
- rich menus (`richmenus`): the object's limits (size 800-2,500 wide, at least 250 high, width at
  least 1.45 times the height; name 1-300 characters, chatBarText 1-14, 1-20 areas inside the
  menu, message actions' text 1-300) are 400 otherwise; the picture goes to the data API only
  (`data_url`, a second listener: api.line.me answers 404 there), as PNG or JPEG (415 for another
  Content-Type), at most 1 MB, decodable, of the allowed dimensions, and only once per menu (LINE
  never replaces a menu's picture: 400); a menu without a picture cannot be the default (400).
It also signs and posts webhook bodies to the bot, as LINE does (`post_webhook`).
"""

from __future__ import annotations

import asyncio
import io
import json
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.adapters.line.translate import SIGNATURE_HEADER, signature

PAYLOADS = Path(__file__).parent / "payloads" / "line"
ACCESS_TOKEN = "fake-line-channel-access-token"
CHANNEL_SECRET = "fake-line-channel-secret"
MONTHLY_QUOTA = 200


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    status: int


@dataclass
class FakeLineApi:
    token_seconds: float = 60.0
    calls: list[Call] = field(default_factory=list)
    pushed: int = 0
    contents: dict[str, bytes] = field(default_factory=dict)
    _tokens: dict[str, float] = field(default_factory=dict)
    _failures: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    _ids: count[int] = field(default_factory=lambda: count(700000000000000001))
    richmenus: dict[str, dict[str, Any]] = field(default_factory=dict)
    richmenu_images: dict[str, bytes] = field(default_factory=dict)
    default_richmenu: str | None = None
    _runner: web.AppRunner | None = None
    _data_runner: web.AppRunner | None = None
    base_url: str = ""
    data_url: str = ""

    async def __aenter__(self) -> FakeLineApi:
        app = web.Application()
        app.router.add_post("/v2/bot/message/reply", self._reply)
        app.router.add_post("/v2/bot/message/push", self._push)
        app.router.add_post("/v2/bot/chat/loading/start", self._loading)
        app.router.add_get("/v2/bot/message/quota", self._quota)
        app.router.add_get("/v2/bot/message/quota/consumption", self._consumption)
        app.router.add_get("/v2/bot/message/{id}/content", self._content)
        app.router.add_post("/v2/bot/richmenu", self._create_richmenu)
        app.router.add_get("/v2/bot/richmenu/list", self._list_richmenus)
        app.router.add_delete("/v2/bot/richmenu/{id}", self._delete_richmenu)
        app.router.add_post("/v2/bot/user/all/richmenu/{id}", self._set_default_richmenu)
        app.router.add_get("/v2/bot/user/all/richmenu", self._get_default_richmenu)
        data = web.Application(client_max_size=8 * 1024 * 1024)
        data.router.add_post("/v2/bot/richmenu/{id}/content", self._upload_richmenu_image)
        data.router.add_get("/v2/bot/richmenu/{id}/content", self._download_richmenu_image)
        self._runner, self.base_url = await _listen(app)
        self._data_runner, self.data_url = await _listen(data)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._runner is not None and self._data_runner is not None
        await self._runner.cleanup()
        await self._data_runner.cleanup()

    # test controls

    def issue_token(self) -> str:
        """A fresh reply token, as LINE puts in a webhook event."""
        token = f"rt{next(self._ids)}"
        self._tokens[token] = time.monotonic()
        return token

    def fail(self, path: str, *statuses: int, message: str = "") -> None:
        """The next calls to `path` fail with these statuses, in order (LINE's usual message, or
        `message`: "You have reached your monthly limit." is LINE's 429 once the quota is used up)."""
        usual = {429: "Too Many Requests", 500: "Internal Server Error"}
        self._failures[path].extend((s, message or usual.get(s, "Error")) for s in statuses)

    def calls_to(self, path: str, *, ok: bool = True) -> list[Call]:
        return [c for c in self.calls if c.path == path and (c.status == 200) == ok]

    def texts(self, path: str) -> list[str]:
        """Texts of the accepted messages sent by `path` (reply or push), in order; a Flex message's
        is every text in it, one a line."""
        return [shown(m) for c in self.calls_to(path) for m in c.body["messages"]]

    async def wait_for(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met in time")
            await asyncio.sleep(0.01)

    # handlers

    async def _call(self, request: web.Request) -> tuple[dict[str, Any], web.Response | None]:
        body = await request.json() if request.can_read_body else {}
        path = request.path
        failure: web.Response | None = None
        if request.headers.get("Authorization") != f"Bearer {ACCESS_TOKEN}":
            failure = _error(401, "Authentication failed. Confirm that the access token is valid.")
        elif self._failures[path]:
            failure = _error(*self._failures[path].pop(0))
        return body, failure

    def _record(self, path: str, body: dict[str, Any], response: web.Response) -> web.Response:
        self.calls.append(Call(path, body, response.status))
        return response

    async def _reply(self, request: web.Request) -> web.Response:
        body, failure = await self._call(request)
        if failure is None:
            failure = _invalid_messages(body.get("messages"))
        if failure is None:
            issued = self._tokens.pop(body.get("replyToken"), None)
            if issued is None or time.monotonic() - issued > self.token_seconds:
                failure = _error(400, "Invalid reply token")
        return self._record(request.path, body, failure or self._sent(body["messages"]))

    async def _push(self, request: web.Request) -> web.Response:
        body, failure = await self._call(request)
        if failure is None:
            failure = _invalid_messages(body.get("messages"))
        if failure is None and not str(body.get("to", "")).startswith(("U", "C", "R")):
            failure = _error(400, "The property, 'to', in the request body is invalid")
        if failure is None:
            self.pushed += 1
        return self._record(request.path, body, failure or self._sent(body["messages"]))

    async def _loading(self, request: web.Request) -> web.Response:
        body, failure = await self._call(request)
        if failure is None and not (5 <= body.get("loadingSeconds", 20) <= 60):
            failure = _error(400, "The request body has 1 error(s)")
        return self._record(request.path, body, failure or web.json_response({}, status=202))

    async def _quota(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        answer = web.json_response({"type": "limited", "value": MONTHLY_QUOTA})
        return self._record(request.path, {}, failure or answer)

    async def _consumption(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        return self._record(request.path, {}, failure or web.json_response({"totalUsage": self.pushed}))

    async def _content(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        data = self.contents.get(request.match_info["id"])
        if failure is None and data is None:
            failure = _error(404, "Not found")
        answer = web.Response(body=data, content_type="image/jpeg")
        return self._record(request.path, {}, failure or answer)

    async def _create_richmenu(self, request: web.Request) -> web.Response:
        body, failure = await self._call(request)
        if failure is None:
            failure = _invalid_richmenu(body)
        if failure is None:
            menu_id = f"richmenu-{next(self._ids):032x}"
            self.richmenus[menu_id] = {**body, "richMenuId": menu_id}
            return self._record(request.path, body, web.json_response({"richMenuId": menu_id}))
        return self._record(request.path, body, failure)

    async def _list_richmenus(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        answer = web.json_response({"richmenus": list(self.richmenus.values())})
        return self._record(request.path, {}, failure or answer)

    async def _delete_richmenu(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        menu_id = request.match_info["id"]
        if failure is None and self.richmenus.pop(menu_id, None) is None:
            failure = _error(404, "Not found")
        if failure is None and self.default_richmenu == menu_id:
            self.default_richmenu = None
        return self._record(request.path, {}, failure or web.json_response({}))

    async def _set_default_richmenu(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        menu_id = request.match_info["id"]
        if failure is None and menu_id not in self.richmenus:
            failure = _error(404, "Not found")
        if failure is None and menu_id not in self.richmenu_images:
            failure = _error(400, "must upload richmenu image before applying it to user")
        if failure is None:
            self.default_richmenu = menu_id
        return self._record(request.path, {}, failure or web.json_response({}))

    async def _get_default_richmenu(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        if failure is None and self.default_richmenu is None:
            failure = _error(404, "no default richmenu")
        return self._record(
            request.path, {}, failure or web.json_response({"richMenuId": self.default_richmenu})
        )

    async def _upload_richmenu_image(self, request: web.Request) -> web.Response:
        data = await request.read()
        failure: web.Response | None = None
        menu_id = request.match_info["id"]
        if request.headers.get("Authorization") != f"Bearer {ACCESS_TOKEN}":
            failure = _error(401, "Authentication failed. Confirm that the access token is valid.")
        elif self._failures.get(request.path):
            failure = _error(*self._failures[request.path].pop(0))
        elif menu_id not in self.richmenus:
            failure = _error(404, "Not found")
        elif menu_id in self.richmenu_images:
            failure = _error(400, "An image has already been uploaded to the richmenu")
        else:
            failure = _invalid_image(request.headers.get("Content-Type", ""), data)
        if failure is None:
            self.richmenu_images[menu_id] = data
        return self._record(request.path, {"bytes": len(data)}, failure or web.json_response({}))

    async def _download_richmenu_image(self, request: web.Request) -> web.Response:
        _, failure = await self._call(request)
        data = self.richmenu_images.get(request.match_info["id"])
        if failure is None and data is None:
            failure = _error(404, "Not found")
        return self._record(request.path, {}, failure or web.Response(body=data, content_type="image/png"))

    def _sent(self, messages: list[Any]) -> web.Response:
        sent = [{"id": str(next(self._ids)), "quoteToken": f"q{n}"} for n, _ in enumerate(messages)]
        return web.json_response({"sentMessages": sent})


async def _listen(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    return runner, f"http://{host}:{port}"


def _invalid_richmenu(body: dict[str, Any]) -> web.Response | None:
    """LINE's 400 for a rich menu object outside the documented limits, or None."""
    errors = []
    size = body.get("size") or {}
    width, height = size.get("width", 0), size.get("height", 0)
    if not (800 <= width <= 2500 and height >= 250 and width / height >= 1.45):
        errors.append("size: must be 800-2500 wide, 250 or more high, width/height 1.45 or more")
    if not 1 <= len(body.get("name") or "") <= 300:
        errors.append("name: length must be between 1 and 300")
    if not 1 <= len(body.get("chatBarText") or "") <= 14:
        errors.append("chatBarText: length must be between 1 and 14")
    if not isinstance(body.get("selected"), bool):
        errors.append("selected: must be a boolean")
    menu_areas = body.get("areas") or []
    if not 1 <= len(menu_areas) <= 20:
        errors.append("areas: size must be between 1 and 20")
    for area in menu_areas:
        b = area.get("bounds") or {}
        if (
            b.get("x", -1) < 0
            or b.get("y", -1) < 0
            or b.get("width", 0) < 1
            or b.get("height", 0) < 1
            or b["x"] + b["width"] > width
            or b["y"] + b["height"] > height
        ):
            errors.append("bounds: must be inside the rich menu")
        action = area.get("action") or {}
        if action.get("type") == "message" and not 1 <= len(action.get("text") or "") <= 300:
            errors.append("action.text: length must be between 1 and 300")
        if len(action.get("label") or "") > 20:
            errors.append("action.label: length must be at most 20")
    if errors:
        return _error(400, f"The request body has {len(errors)} error(s)")
    return None


def _invalid_image(content_type: str, data: bytes) -> web.Response | None:
    """LINE's answer to a rich menu picture it will not take, or None."""
    from PIL import Image, UnidentifiedImageError

    formats = {"image/png": "PNG", "image/jpeg": "JPEG"}
    expected = formats.get(content_type.split(";")[0].strip())
    if expected is None:
        return _error(415, "Unsupported media type")
    if len(data) > 1024 * 1024:
        return _error(400, "image size is too large (at most 1 MB)")
    try:
        with Image.open(io.BytesIO(data)) as image:
            found, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError):
        return _error(400, "invalid image")
    if found != expected or not (800 <= width <= 2500 and height >= 250 and width / height >= 1.45):
        return _error(400, "invalid image size or format")
    return None


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"message": message}, status=status)


def _invalid_messages(messages: Any) -> web.Response | None:
    """LINE's 400 for a message array it will not send, or None."""
    errors = []
    if not isinstance(messages, list) or not 1 <= len(messages) <= 5:
        errors.append("messages: size must be between 1 and 5")
        messages = []
    for message in messages:
        if isinstance(message, dict) and message.get("type") == "flex":
            errors += _flex_errors(message)
        else:
            text = message.get("text", "") if isinstance(message, dict) else ""
            if message.get("type") != "text" or not 1 <= len(text.encode("utf-16-le")) // 2 <= 5000:
                errors.append("text: length must be between 1 and 5000")
        items = (message.get("quickReply") or {}).get("items", [])
        if len(items) > 13:
            errors.append("quickReply.items: size must be between 0 and 13")
        for item in items:
            action = item.get("action", {})
            if not 1 <= len(action.get("label", "")) <= 20:
                errors.append("label: length must be between 1 and 20")
            if len(action.get("data", "")) > 300 or len(action.get("displayText", "")) > 300:
                errors.append("data: length must be between 0 and 300")
    if errors:
        return _error(400, f"The request body has {len(errors)} error(s)")
    return None


def shown(message: dict[str, Any]) -> str:
    """What a message shows: a text message's text, every text component of a Flex message."""
    if message.get("type") != "flex":
        return str(message["text"])
    return "\n".join(node["text"] for node in _nodes(message["contents"], "text"))


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The actions a message offers: its quick replies, or the buttons of a Flex message."""
    if message.get("type") != "flex":
        return [item["action"] for item in (message.get("quickReply") or {}).get("items", [])]
    return [node["action"] for node in _nodes(message["contents"], "button")]


def _nodes(node: Any, kind: str) -> list[dict[str, Any]]:
    """The Flex components of type `kind` under `node`, in document order."""
    if isinstance(node, list):
        return [found for child in node for found in _nodes(child, kind)]
    if not isinstance(node, dict):
        return []
    here = [node] if node.get("type") == kind else []
    return here + [found for value in node.values() for found in _nodes(value, kind)]


def _flex_errors(message: dict[str, Any]) -> list[str]:
    """What LINE refuses in a Flex message: altText of 1-1,500 characters, a bubble (JSON at most
    30 KB) or a carousel (at most 12 bubbles, 50 KB), boxes with a layout and contents, no empty
    text, buttons with a postback or message action, labels of 1-40 characters, data and
    displayText of at most 300."""
    errors = []
    alt = message.get("altText")
    if not isinstance(alt, str) or not 1 <= len(alt.encode("utf-16-le")) // 2 <= 1500:
        errors.append("altText: length must be between 1 and 1500")
    contents = message.get("contents") or {}
    size = len(json.dumps(contents, ensure_ascii=False).encode())
    if contents.get("type") == "bubble":
        bubbles, limit = [contents], 30 * 1024
    elif contents.get("type") == "carousel":
        bubbles, limit = contents.get("contents") or [], 50 * 1024
        if not 1 <= len(bubbles) <= 12:
            errors.append("contents.contents: size must be between 1 and 12")
    else:
        return [*errors, "contents.type: must be bubble or carousel"]
    if size > limit:
        errors.append("contents: too large")
    for bubble in bubbles:
        for block in ("header", "hero", "body", "footer"):
            if block in bubble:
                errors += _component_errors(bubble[block])
    return errors


def _component_errors(component: Any) -> list[str]:
    if not isinstance(component, dict):
        return ["component: must be an object"]
    match component.get("type"):
        case "box":
            children = component.get("contents")
            if component.get("layout") not in ("horizontal", "vertical", "baseline") or not isinstance(
                children, list
            ):
                return ["box: layout and contents are required"]
            return [e for child in children for e in _component_errors(child)]
        case "text":
            return [] if component.get("text") or component.get("contents") else ["text: must not be empty"]
        case "button":
            action = component.get("action") or {}
            errors = []
            if action.get("type") not in ("postback", "message", "uri"):
                errors.append("button.action.type: unknown")
            if not 1 <= len(action.get("label") or "") <= 40:
                errors.append("button.action.label: length must be between 1 and 40")
            if len(action.get("data") or "") > 300 or len(action.get("displayText") or "") > 300:
                errors.append("button.action.data: length must be at most 300")
            return errors
        case "separator" | "image" | "icon" | "filler" | "span":
            return []
    return [f"component type {component.get('type')!r}: unknown"]


def load_body(name: str, **replace_token: str) -> dict[str, Any]:
    """A recorded webhook body; `reply_token=...` puts a token the fake issued in its events."""
    body = json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))
    for event in body["events"]:
        if "replyToken" in event and "reply_token" in replace_token:
            event["replyToken"] = replace_token["reply_token"]
    return body


async def post_webhook(url: str, body: dict[str, Any] | bytes, secret: str | None = CHANNEL_SECRET) -> int:
    """POST a webhook body as LINE does (signed with `secret`; None: no signature); the status."""
    raw = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SIGNATURE_HEADER] = signature(secret, raw)
    async with aiohttp.ClientSession() as session, session.post(url, data=raw, headers=headers) as response:
        return response.status
