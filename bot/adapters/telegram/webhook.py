"""The webhook endpoint: an aiohttp server (python-telegram-bot's own needs tornado).

Telegram sends the secret given to setWebhook in X-Telegram-Bot-Api-Secret-Token; anything else
is refused, compared in constant time; refusals are logged in a bounded way (`http_guard`). The
update is handled before the 200 goes back, so a crash makes Telegram deliver it again (the engine
drops it if it was handled). GET /healthz answers "ok" for load balancers and process supervisors.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.adapters.http_guard import BadRequest, Refusals, ascii_header, parse_json
from bot.adapters.serving import HEALTH_PATH, health, read_body

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1024 * 1024
"""aiohttp's default limit, which this route had on a server of its own."""

UpdateHandler = Callable[[dict[str, Any]], Awaitable[None]]


def webhook_app(path: str, secret: str, on_update: UpdateHandler) -> web.Application:
    """An aiohttp application of its own that passes authenticated update JSON to `on_update`."""
    app = web.Application()
    add_webhook(app, path, secret, on_update)
    app.router.add_get(HEALTH_PATH, health)
    return app


def add_webhook(app: web.Application, path: str, secret: str, on_update: UpdateHandler) -> None:
    """Route authenticated updates posted to `path` on `app` (its own, or the process's shared
    server, serving.Listener) to `on_update`. The body is read with this route's own limit."""
    expected = secret.encode()
    refusals = Refusals("Telegram webhook", log)

    async def receive(request: web.Request) -> web.Response:
        given = ascii_header(request, SECRET_HEADER).encode()
        if not hmac.compare_digest(given, expected):
            return refusals.refuse(403, "forbidden")
        body = await read_body(request, MAX_BODY_BYTES)
        if body is None:
            return refusals.refuse(413, "body too large")
        try:
            data = parse_json(body)
        except BadRequest as exc:
            return refusals.refuse(400, str(exc))
        if not isinstance(data, dict):
            return refusals.refuse(400, "not an update")
        await on_update(data)
        return web.Response(text="ok")

    app.router.add_post(path or "/", receive)
