"""What the adapters that run their own loop or HTTP server share: signal handling and serving aiohttp.

Not an adapter: every adapter package may import it, and it imports none of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import signal
import socket
from collections.abc import Callable, Iterator

from aiohttp import web

from bot.config import ConfigError

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
    try:
        await web.TCPSite(runner, host, port).start()
    except socket.gaierror as exc:
        await runner.cleanup()
        raise ConfigError(f"cannot listen on {host}: no such host name or address ({exc.strerror})") from exc
    except (OSError, OverflowError) as exc:
        await runner.cleanup()
        reason = REASONS.get(getattr(exc, "errno", None) or 0) or str(exc)
        raise ConfigError(f"cannot listen on {host}:{port}: {reason}") from exc
