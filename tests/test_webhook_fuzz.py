"""1,000 fuzzed requests, raw bytes over loopback, against the Telegram and LINE webhooks (issue 19).

No credentials are needed to reach a webhook, so whatever arrives (a secret header that is not ASCII
or not even UTF-8, bodies that are not JSON, not UTF-8, nested 100,000 deep, or too big) must get a
4xx, never a 5xx, and the log must stay bounded: no traceback and one short line per endpoint (the
`Refusals` summary), however many requests were refused. Requests are written as raw bytes, since
an HTTP client library would refuse to send most of these headers.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import random
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot import log_setup
from bot.adapters.http_guard import MAX_DEPTH, depth, parse_json, quiet_malformed_requests
from bot.adapters.line.translate import SIGNATURE_HEADER, signature
from bot.adapters.line.webhook import WEBHOOK_PATH
from bot.adapters.line.webhook import add_webhook as add_line_webhook
from bot.adapters.telegram.webhook import SECRET_HEADER
from bot.adapters.telegram.webhook import webhook_app as telegram_app
from bot.config import Settings

SECRET = "s3cret_token-ABC"
CHANNEL_SECRET = "line-channel-secret"
REQUESTS = 1000
UPDATE = {"update_id": 7, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}}}


def line_app(on_events) -> web.Application:
    """LINE's webhook route on an application of its own, as the shared server would mount it."""
    app = web.Application()
    add_line_webhook(app, CHANNEL_SECRET, on_events)
    return app


def bodies(rng: random.Random) -> bytes:
    choice = rng.randrange(12)
    if choice == 0:
        return b""
    if choice == 1:
        return rng.randbytes(rng.randrange(1, 300))
    if choice == 2:
        return b"[" * 100_000 + b"]" * 100_000
    if choice == 3:
        return b'{"a":' * (MAX_DEPTH + rng.randrange(1, 50)) + b"1" + b"}" * 200
    if choice == 4:
        return json.dumps(rng.choice([[], "x", 1, None, True, [UPDATE]])).encode()
    if choice == 5:
        return '{"update_id": 1, "message": "\udcff"}'.encode("utf-8", "surrogatepass")
    if choice == 6:
        return b"\xff\xfe" + json.dumps(UPDATE).encode("utf-16-le")
    if choice == 7:
        return b'{"events": ' + json.dumps([{"type": "message"}] * rng.randrange(3)).encode() + b"}"
    if choice == 8:
        return b"x" * (1024 * 1024 + 10)
    if choice == 9:
        return json.dumps({"events": "nope"}).encode()
    return json.dumps(UPDATE).encode()[: rng.randrange(5, 60)]


def header_values(rng: random.Random, right: bytes) -> list[bytes]:
    choice = rng.randrange(9)
    return [
        [],
        [right],
        [b"wrong"],
        ["ü".encode() * rng.randrange(1, 9)],
        [b"\xff\xfe\x80"],
        [b"A" * 8000],
        [right, b"second"],
        [right + "é".encode()],
        [rng.randbytes(12).replace(b"\r", b"").replace(b"\n", b"").replace(b"\x00", b"")],
    ][choice]


def request(path: str, header: str, values: list[bytes], body: bytes, rng: random.Random) -> bytes:
    method = rng.choice([b"POST"] * 9 + [b"GET", b"PUT"])
    lines = [method + b" " + path.encode() + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close"]
    lines += [header.encode() + b": " + value for value in values]
    content_type = rng.choice([b"application/json", b"text/plain", b"application/json; charset=\xff", b""])
    if content_type:
        lines.append(b"Content-Type: " + content_type)
    lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


async def status_of(port: int, raw: bytes) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        with contextlib.suppress(ConnectionError):  # answered (413) and closed before the whole body
            await writer.drain()
        line = await reader.readline()
        return int(line.split()[1])
    finally:
        writer.close()


@pytest.fixture
def production_log() -> Iterator[io.StringIO]:
    """Logging exactly as `matte run` sets it up (at DEBUG), into a buffer; restored afterwards."""
    root, server = logging.getLogger(), logging.getLogger("aiohttp.server")
    saved = (root.handlers[:], root.level, server.filters[:])
    levels = {name: logging.getLogger(name).level for name in log_setup.PAYLOAD_LOGGERS}
    stream = io.StringIO()
    log_setup.configure(Settings(log_level="DEBUG"), stream)
    quiet_malformed_requests()
    yield stream
    root.handlers, root.level, server.filters = saved
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def test_fuzzed_requests_get_4xx_and_a_bounded_log(production_log: io.StringIO) -> None:
    handled: list[Any] = []

    async def on_update(data: dict[str, Any]) -> None:
        handled.append(data)

    servers = {
        "telegram": TestServer(telegram_app("/telegram", SECRET, on_update)),
        "line": TestServer(line_app(handled.append)),
    }
    for server in servers.values():
        await server.start_server()
    rng = random.Random(19)
    statuses: dict[int, int] = {}
    try:
        for n in range(REQUESTS):
            body = bodies(rng)
            if n % 2:
                right = signature(CHANNEL_SECRET, body).encode()
                raw = request(WEBHOOK_PATH, SIGNATURE_HEADER, header_values(rng, right), body, rng)
                port = servers["line"].port
            else:
                raw = request("/telegram", SECRET_HEADER, header_values(rng, SECRET.encode()), body, rng)
                port = servers["telegram"].port
            status = await status_of(port, raw)
            statuses[status] = statuses.get(status, 0) + 1
            assert status < 500, (status, raw[:300])
    finally:
        for server in servers.values():
            await server.close()
    assert sum(statuses.values()) == REQUESTS and statuses.get(200, 0) > 0, statuses
    assert {400, 401, 403, 413} <= set(statuses), statuses
    lines = [line for line in production_log.getvalue().splitlines() if "WARNING" in line or "ERROR" in line]
    assert "Traceback" not in production_log.getvalue()
    assert sorted(line.split()[3] for line in lines) == [
        "aiohttp.server:",
        "bot.adapters.line.webhook:",
        "bot.adapters.telegram.webhook:",
    ], lines
    assert all(len(line) < 200 for line in lines), lines


def test_depth_is_counted_without_recursion() -> None:
    assert depth(1) == 0 and depth([]) == 1 and depth({"a": [1, {"b": []}]}) == 4
    nested: Any = []
    for _ in range(200_000):
        nested = [nested]
    assert depth(nested) == 200_001


def test_parse_json_refuses_what_json_cannot_or_should_not_read() -> None:
    for body in (b"[" * 100_000, b"{", b"\xff", b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1)):
        with pytest.raises(ValueError):
            parse_json(body)
    assert parse_json(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None


async def test_the_web_classroom_answers_fuzzed_requests_with_4xx(settings, store, services) -> None:
    """The same bodies and odd header values (cookie, origin) against the classroom's endpoints."""
    from bot.adapters.web.adapter import WebAdapter
    from bot.adapters.web.server import make_server
    from bot.app import App

    app = App(settings, store, services)
    adapter = WebAdapter(settings, out=io.StringIO())
    app.add_adapter(adapter)
    adapter.attach(app)
    server = TestServer(make_server(adapter))
    await server.start_server()
    rng = random.Random(1919)
    paths = [
        "/api/join",
        "/teach/login",
        "/teach/rooms",
        "/teach/api/rooms/123456/start",
        "/teach/" + "k" * 30,
    ]
    try:
        for _ in range(300):
            body = bodies(rng)
            header = rng.choice(["Cookie", "Origin", "X-Forwarded-Proto"])
            values = [b"matte_teach=" + v for v in header_values(rng, b"x")] if header == "Cookie" else None
            raw = request(rng.choice(paths), header, values or header_values(rng, b"x"), body, rng)
            status = await status_of(server.port, raw)
            assert status < 500, (status, raw[:300])
    finally:
        await server.close()


@pytest.mark.parametrize("secret", ["ü".encode(), b"\xff\xfe", "秘密".encode()])
async def test_the_audit_s_non_ascii_secret_gets_403_and_one_short_line(
    production_log: io.StringIO, secret: bytes
) -> None:
    handled: list[Any] = []

    async def on_update(data: dict[str, Any]) -> None:
        handled.append(data)

    server = TestServer(telegram_app("/telegram", SECRET, on_update))
    await server.start_server()
    try:
        rng = random.Random(0)
        for _ in range(50):
            raw = request("/telegram", SECRET_HEADER, [secret], json.dumps(UPDATE).encode(), rng)
            assert await status_of(server.port, raw) in (403, 405)
    finally:
        await server.close()
    logged = production_log.getvalue()
    assert handled == [] and "Traceback" not in logged
    assert len([line for line in logged.splitlines() if "refused" in line]) == 1
