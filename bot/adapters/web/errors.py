"""Error pages people can read: a teacher who opens an instructor page without the key, or a
mistyped address, gets a short page in the classroom's language (aiohttp's own pages say
"403: Forbidden" in English). API and WebSocket paths keep their plain statuses for the scripts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.adapters.web.site import ADAPTER, render, strings

PLAIN = ("/api/", "/teach/api/", "/teach/ws/", "/ws", "/static/", "/healthz", "/line/")


@web.middleware
async def error_pages(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or request.path.startswith(PLAIN):
            raise
        texts = strings(request.app[ADAPTER].lang)
        message = texts.get(f"error_{exc.status}") or texts["error_other"].format(status=exc.status)
        return render(request, "error.html.j2", status=exc.status, message=message)
