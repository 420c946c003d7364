"""A browser classroom driven over real HTTP and WebSockets without a browser, for tests and the
benchmark: an instructor who holds the secret link and pupils who join and answer like the pages do.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import ClientResponse, ClientWebSocketResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.adapters.web.adapter import WebAdapter
from bot.adapters.web.server import make_server

State = dict[str, Any]


async def next_message(
    ws: ClientWebSocketResponse, wanted: Callable[[State], bool], timeout: float = 5.0
) -> State:
    """The first JSON message on `ws` that `wanted` accepts (others are skipped)."""
    async with asyncio.timeout(timeout):
        while True:
            message = await ws.receive_json()
            if wanted(message):
                return message


def state_where(check: Callable[[State], bool]) -> Callable[[State], bool]:
    return lambda m: m.get("t") == "state" and check(m)


@dataclass
class PupilClient:
    code: str
    token: str
    name: str
    ws: ClientWebSocketResponse

    async def state(self, check: Callable[[State], bool] = lambda s: True, timeout: float = 5.0) -> State:
        return await next_message(self.ws, state_where(check), timeout)

    async def answer(self, ref: object, choice: object) -> State:
        """Send an answer as the page does and return the server's acknowledgement."""
        await self.ws.send_json({"t": "answer", "ref": ref, "choice": choice})
        return await next_message(self.ws, lambda m: m.get("t") == "ack")


class WebClassroom:
    """The adapter's aiohttp application on a free local port, with an HTTP client."""

    def __init__(self, adapter: WebAdapter) -> None:
        self.adapter = adapter
        self.client = TestClient(TestServer(make_server(adapter)))

    async def __aenter__(self) -> WebClassroom:
        await self.client.start_server()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.close()

    async def login(self) -> None:
        response = await self.client.get(f"/teach/{self.adapter.key.key}", allow_redirects=False)
        assert response.status == 303, response.status

    async def create_room(self, **form: str) -> str:
        defaults = {"questions": "3", "seconds": "20", "teams": "0", "speed_bonus": "on"}
        response = await self.client.post("/teach/rooms", data={**defaults, **form}, allow_redirects=False)
        assert response.status == 303, await response.text()
        return response.headers["Location"].rsplit("/", 1)[1]

    async def action(self, code: str, action: str, **body: Any) -> ClientResponse:
        return await self.client.post(f"/teach/api/rooms/{code}/{action}", json=body)

    async def teach_socket(self, code: str) -> ClientWebSocketResponse:
        return await self.client.ws_connect(f"/teach/ws/{code}")

    async def join(self, code: str, name: str = "") -> PupilClient:
        """Join with the form's request, then open the live socket and say hello."""
        response = await self.client.post("/api/join", json={"code": code, "name": name})
        data = await response.json()
        assert response.status == 200, data
        ws = await self.client.ws_connect("/ws")
        await ws.send_json({"t": "hello", "code": code, "token": data["token"]})
        return PupilClient(code, data["token"], data["name"], ws)
