"""The live connections: a pupil's socket carries answers up and screens down, the projector's
only screens down. A pupil's socket must say who it is (room code and token) first; a socket that
floods messages or sends anything but small JSON objects is closed."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from aiohttp import WSMsgType, web

from bot.adapters.web.rooms import Pupil, Room
from bot.adapters.web.security import RateLimiter
from bot.adapters.web.site import ADAPTER, LIMITS, client_address

HEARTBEAT = 15.0
HELLO_SECONDS = 10.0
MAX_MESSAGE = 1024
MESSAGES_PER_SECOND = 5


def _parse(message: Any) -> dict[str, Any] | None:
    if message.type != WSMsgType.TEXT:
        return None
    try:
        data = json.loads(message.data)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


async def _hello(ws: web.WebSocketResponse, request: web.Request) -> tuple[Room, Pupil] | None:
    """The room and pupil the first message names, or None. Failures are counted, since a token
    from one class could otherwise be used to try join codes; the limit is higher than for joins
    because a whole class behind one address reconnects at once after a restart."""
    limiter = request.app[LIMITS]["bad_hellos"]
    address = client_address(request)
    if limiter.blocked(address):
        await _send(ws, {"t": "gone", "reason": "rate"})
        return None
    try:
        hello = _parse(await ws.receive(timeout=HELLO_SECONDS))
    except TimeoutError:
        hello = None
    found = None
    if hello is not None and hello.get("t") == "hello":
        found = request.app[ADAPTER].rejoin(hello.get("code"), hello.get("token"))
    if found is None:
        limiter.hit(address)
        await _send(ws, {"t": "gone", "reason": "bad_code"})
    return found


async def _send(ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
    with contextlib.suppress(ConnectionError, RuntimeError):
        await ws.send_json(data)


async def pupil_socket(request: web.Request) -> web.WebSocketResponse:
    adapter = request.app[ADAPTER]
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=MAX_MESSAGE)
    await ws.prepare(request)
    found = await _hello(ws, request)
    if found is None:
        await ws.close()
        return ws
    room, pupil = found
    pupil.sockets.add(ws)
    adapter.touch(room, (pupil.user_id,))
    flood = RateLimiter(MESSAGES_PER_SECOND, 1.0)
    try:
        async for message in ws:
            data = _parse(message)
            if data is None or flood.blocked(""):
                break
            flood.hit("")
            if data.get("t") == "answer":
                status = await adapter.answer(room, pupil, data.get("ref"), data.get("choice"))
                await _send(ws, {"t": "ack", "ref": data.get("ref"), "status": status})
    finally:
        pupil.sockets.discard(ws)
        adapter.touch(room, ())
        await ws.close()
    return ws


async def teach_socket(request: web.Request) -> web.WebSocketResponse:
    adapter = request.app[ADAPTER]
    if not adapter.key.allows(request):
        raise web.HTTPForbidden(text="instructor only")
    room = adapter.rooms.get(request.match_info["code"])
    if room is None:
        raise web.HTTPNotFound()
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=MAX_MESSAGE)
    await ws.prepare(request)
    room.instructors.add(ws)
    adapter.touch(room, ())
    try:
        async for _message in ws:
            continue
    finally:
        room.instructors.discard(ws)
    return ws
