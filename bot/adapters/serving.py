"""What the adapters that run their own loop or HTTP server share: signal handling and serving aiohttp.

Not an adapter: every adapter package may import it, and it imports none of them.

Adapters that serve HTTP on `--host`/`--port` (LINE's webhook, the browser classroom, and Telegram's
webhook when TELEGRAM_WEBHOOK_LISTEN names that address) share one server there through a
`Listener`: each mounts its routes, the server starts once the last expected adapter has mounted
(aiohttp takes no routes after it starts) and stops when the last has left. The listener answers
GET /healthz itself, once for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import socket
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.adapters.http_guard import quiet_malformed_requests
from bot.config import ConfigError

HEALTH_PATH = "/healthz"
RouteAdder = Callable[[web.Application], None]

REASONS = {
    errno.EADDRINUSE: "the port is already in use (another Matte or another program); choose another --port",
    errno.EADDRNOTAVAIL: "this computer has no such address; "
    "use 127.0.0.1, 0.0.0.0 or one of its own addresses",
    errno.EACCES: "not allowed (ports below 1024 need administrator rights); choose a port such as 8000",
}


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[], None], enabled: bool = True) -> Iterator[None]:
    """SIGTERM and SIGINT call `stop` while inside the block (where the platform allows handlers)."""
    loop = asyncio.get_running_loop()
    installed = []
    if enabled:
        for sig in (signal.SIGTERM, signal.SIGINT):
            try:
                loop.add_signal_handler(sig, stop)
            except (NotImplementedError, RuntimeError, ValueError):
                continue
            installed.append(sig)
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


async def serve(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Start listening; the caller cleans up the returned runner to stop."""
    runner = web.AppRunner(app, shutdown_timeout=2.0, access_log=None)
    await runner.setup()
    await listen(runner, host, port)
    return runner


async def listen(runner: web.AppRunner, host: str, port: int) -> None:
    """Open the listening socket; a busy port or an unknown host is one line (ConfigError), not a trace."""
    quiet_malformed_requests()
    try:
        await web.TCPSite(runner, host, port).start()
    except socket.gaierror as exc:
        await runner.cleanup()
        raise ConfigError(f"cannot listen on {host}: no such host name or address ({exc.strerror})") from exc
    except (OSError, OverflowError) as exc:
        await runner.cleanup()
        reason = REASONS.get(getattr(exc, "errno", None) or 0) or str(exc)
        raise ConfigError(f"cannot listen on {host}:{port}: {reason}") from exc


async def read_body(request: web.Request, limit: int) -> bytes | None:
    """The request body, or None when it is longer than `limit`. Reads the stream itself, so a
    route's own limit holds whatever the shared application's `client_max_size` is."""
    if request.content_length is not None and request.content_length > limit:
        return None
    body = await request.content.read(limit + 1)
    return None if len(body) > limit else body


async def health(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


@dataclass
class _Mount:
    add_routes: RouteAdder
    max_body: int | None
    middlewares: tuple[Middleware, ...]


class Listener:
    """One aiohttp server on one address, for the `users` adapters of this process that serve there."""

    def __init__(self, host: str, port: int, users: int = 1) -> None:
        self.host, self.port, self.users = host, port, users
        self._mounts: list[_Mount] = []
        self._started: asyncio.Future[tuple[str, int]] | None = None
        self._runner: web.AppRunner | None = None
        self._left = 0

    async def mount(
        self, add_routes: RouteAdder, *, max_body: int | None = None, middlewares: Iterable[Middleware] = ()
    ) -> tuple[str, int]:
        """Add routes; return the address once the server listens. `max_body` caps the bodies that
        routes read with aiohttp's own methods (the smallest of all mounts applies to all of them;
        a route that needs more reads with `read_body`)."""
        if self._started is None:
            self._started = asyncio.get_running_loop().create_future()
        self._mounts.append(_Mount(add_routes, max_body, tuple(middlewares)))
        if len(self._mounts) == self.users:
            try:
                self._runner = await serve(self._application(), self.host, self.port)
            except BaseException as exc:
                self._started.set_exception(exc)
                self._started.exception()  # retrieved: the caller gets it raised here
                raise
            host, port = self._runner.addresses[0][:2]
            self._started.set_result((host, port))
        return await asyncio.shield(self._started)

    async def leave(self) -> None:
        """One user is done; the last one stops the server."""
        self._left += 1
        if self._left >= len(self._mounts) and self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    def _application(self) -> web.Application:
        limits = [m.max_body for m in self._mounts if m.max_body is not None]
        middlewares = [mw for m in self._mounts for mw in m.middlewares]
        app = web.Application(client_max_size=min(limits, default=1024**2), middlewares=middlewares)
        app.router.add_get(HEALTH_PATH, health)
        for m in self._mounts:
            m.add_routes(app)
        return app
