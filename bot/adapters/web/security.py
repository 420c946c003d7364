"""Guards of the browser classroom: the instructor's key, rate limits and safe response headers.

The instructor proves they hold the secret link (or password) once and gets a session cookie
(`instructor_auth`). Instructor requests must also come from this server's own pages (Origin check).
Join attempts are counted per address, so a join code cannot be guessed by trying many.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable

from aiohttp import web

MAX_KEYS = 10_000
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class RateLimiter:
    """At most `limit` events per `window` seconds per key (a sliding window kept in memory)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.events: dict[str, deque[float]] = {}

    def _recent(self, key: str) -> deque[float]:
        now = self.clock()
        if len(self.events) > MAX_KEYS:
            self.events = {k: v for k, v in self.events.items() if v and v[-1] > now - self.window}
        events = self.events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        return events

    def blocked(self, key: str) -> bool:
        return len(self._recent(key)) >= self.limit

    def hit(self, key: str) -> None:
        self._recent(key).append(self.clock())


def same_origin(request: web.Request) -> bool:
    """False when the browser says the request comes from another site's page."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    return origin in (f"http://{request.host}", f"https://{request.host}")


@web.middleware
async def safe_headers(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """No framing, no sniffing, no referrer to other sites (the secret link must not leak), and
    scripts only from us. (`no-referrer` would make browsers send `Origin: null` on our own forms.)"""
    response = await handler(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if response.content_type == "text/html" and "Content-Disposition" not in response.headers:
        response.headers.setdefault("Content-Security-Policy", CSP)
    return response
