"""One aiohttp server shared by the adapters that serve HTTP on the same address (serving.Listener)."""

from __future__ import annotations

import asyncio
import socket

import aiohttp
import pytest
from aiohttp import web

from bot.adapters.serving import Listener, read_body
from bot.config import ConfigError


def routes(path: str, limit: int | None = None):
    async def answer(request: web.Request) -> web.Response:
        if request.method == "POST":
            body = await read_body(request, limit) if limit else await request.read()
            if body is None:
                return web.Response(status=413)
        return web.Response(text=path)

    def add(app: web.Application) -> None:
        app.router.add_route("*", path, answer)

    return add


async def fetch(url: str, data: bytes | None = None) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        method = session.post if data is not None else session.get
        async with method(url, data=data) as response:
            return response.status, await response.text()


async def test_two_adapters_answer_on_one_port_and_healthz_once() -> None:
    listener = Listener("127.0.0.1", 0, users=2)
    first = asyncio.create_task(listener.mount(routes("/a"), max_body=1000))
    await asyncio.sleep(0)
    assert not first.done(), "the server starts only when every user has mounted"
    second = await listener.mount(routes("/b", limit=5000))
    assert await first == second
    base = f"http://127.0.0.1:{second[1]}"
    try:
        assert await fetch(f"{base}/a") == (200, "/a") and await fetch(f"{base}/b") == (200, "/b")
        assert await fetch(f"{base}/healthz") == (200, "ok")
        assert (await fetch(f"{base}/a", b"x" * 2000))[0] == 413, "the smallest limit is the application's"
        assert (await fetch(f"{base}/b", b"x" * 2000))[0] == 200, "a route reading its own body keeps its own"
        assert (await fetch(f"{base}/b", b"x" * 6000))[0] == 413
        await listener.leave()
        assert await fetch(f"{base}/healthz") == (200, "ok"), "still serving for the other adapter"
    finally:
        await listener.leave()
    with pytest.raises(aiohttp.ClientConnectionError):
        await fetch(f"{base}/healthz")


async def test_a_busy_port_fails_every_user() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        listener = Listener("127.0.0.1", port, users=2)
        waiting = asyncio.create_task(listener.mount(routes("/a")))
        await asyncio.sleep(0)
        with pytest.raises(ConfigError, match="already in use"):
            await listener.mount(routes("/b"))
        with pytest.raises(ConfigError, match="already in use"):
            await waiting
