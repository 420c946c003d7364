"""The webhook endpoint: POST /line/webhook, mounted on the process's HTTP server (serving.Listener,
which also answers GET /healthz for supervisors).

The signature (x-line-signature, HMAC-SHA256 of the raw body with the channel secret) is checked in
constant time before the body is even parsed: missing is 400, wrong is 401, and refusals are logged
without the body, at a bounded rate (`http_guard`). LINE waits for the 200 only a short while and
redelivers what timed out, so the events are handed to `on_events`, which must not wait for their
handling, and the 200 goes back at once. LINE's verification request (no events) gets its 200 the same way.
The body is read with this route's own size limit, whatever the limit of the routes it shares the
server with.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web

from bot.adapters.http_guard import BadRequest, Refusals, ascii_header, parse_json
from bot.adapters.line.translate import SIGNATURE_HEADER, signature_ok
from bot.adapters.serving import read_body

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/line/webhook"
MAX_BODY_BYTES = 1024 * 1024
"""LINE sends at most a few dozen small events per request; anything near this is not LINE."""

EventsHandler = Callable[[list[dict[str, Any]]], None]


def add_webhook(app: web.Application, secret: str, on_events: EventsHandler) -> None:
    """Route the events of signed webhook requests on `app` to `on_events`."""

    refusals = Refusals("LINE webhook", log)

    async def receive(request: web.Request) -> web.Response:
        if not request.headers.get(SIGNATURE_HEADER):
            return refusals.refuse(400, "missing signature")
        given = ascii_header(request, SIGNATURE_HEADER)
        body = await read_body(request, MAX_BODY_BYTES)
        if body is None:
            return refusals.refuse(413, "body too large")
        if not signature_ok(secret, body, given):
            return refusals.refuse(401, "bad signature")
        try:
            data = parse_json(body)
        except BadRequest as exc:
            return refusals.refuse(400, str(exc))
        events = data.get("events") if isinstance(data, dict) else None
        if not isinstance(events, list):
            return refusals.refuse(400, "no events")
        on_events([e for e in events if isinstance(e, dict)])
        return web.Response(text="ok")

    app.router.add_post(WEBHOOK_PATH, receive)
