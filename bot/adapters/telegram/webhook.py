"""The webhook endpoint: an aiohttp server (python-telegram-bot's own needs tornado).

Telegram sends the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token; anything else
is refused, compared in constant time. The update is handled before the 200 goes back, so a crash
makes Telegram deliver it again (the engine drops it if it was handled). GET /healthz answers
"ok" for load balancers and process supervisors.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"

UpdateHandler = Callable[[dict[str, Any]], Awaitable[None]]


def webhook_app(path: str, secret: str, on_update: UpdateHandler) -> web.Application:
    """An aiohttp application that passes authenticated update JSON to `on_update`."""
    expected = secret.encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        try:
            data = await request.json()
        except ValueError:
            return web.Response(status=400, text="not JSON")
        if not isinstance(data, dict):
            return web.Response(status=400, text="not an update")
        await on_update(data)
        return web.Response(text="ok")

    async def health(_request: web.Request) -> web.Response:
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post(path or "/", receive)
    app.router.add_get(HEALTH_PATH, health)
    return app
