"""The aiohttp application of the browser classroom: routes and addresses.

Pages are Jinja2 templates with autoescaping on; the scripts and styles are served from `static/` beside
this package's modules and nothing is loaded from anywhere else, because school networks block CDNs.
"""

from __future__ import annotations

import contextlib
import socket
from typing import TYPE_CHECKING

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.adapters.serving import HEALTH_PATH, health
from bot.adapters.web import pages, sockets
from bot.adapters.web.clients import Clients
from bot.adapters.web.errors import error_pages
from bot.adapters.web.security import RateLimiter, safe_headers
from bot.adapters.web.site import ADAPTER, CLIENTS, LIMITS, TEMPLATES, WEB

if TYPE_CHECKING:
    from bot.adapters.web.adapter import WebAdapter

MAX_BODY = 16 * 1024
FAILED_JOINS_PER_MINUTE = 10
FAILED_JOINS_PER_ADDRESS_PER_MINUTE = 60
"""Ten wrong codes a minute per browser; a whole class behind one address may mistype sixty."""
JOINS_PER_MINUTE = 120
FAILED_HELLOS_PER_MINUTE = 60
FAILED_LOGINS_PER_MINUTE = 5
ALL_INTERFACES = ("0.0.0.0", "::", "")


def lan_address() -> str:
    """The address other machines on this network reach us at. Connecting a UDP socket sends nothing."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    return "127.0.0.1"


def listen_urls(host: str, port: int) -> tuple[str, str]:
    """(this server's own URL, the URL pupils open): on all interfaces, the LAN address."""
    local = "127.0.0.1" if host in ALL_INTERFACES else host
    shown = lan_address() if host in ALL_INTERFACES else host
    return f"http://{_bracketed(local)}:{port}/", f"http://{_bracketed(shown)}:{port}/"


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def make_server(adapter: WebAdapter) -> web.Application:
    """The classroom as an application of its own (tests); `matte run` mounts `add_routes` on the
    process's shared server instead (serving.Listener)."""
    app = web.Application(client_max_size=MAX_BODY, middlewares=[safe_headers, error_pages])
    app.router.add_get(HEALTH_PATH, health)
    add_routes(app, adapter)
    return app


def add_routes(app: web.Application, adapter: WebAdapter) -> None:
    app[ADAPTER] = adapter
    app[CLIENTS] = Clients(adapter.settings.web_trusted_proxies)
    app[LIMITS] = {
        "bad_codes": RateLimiter(FAILED_JOINS_PER_MINUTE, 60.0),
        "bad_codes_address": RateLimiter(FAILED_JOINS_PER_ADDRESS_PER_MINUTE, 60.0),
        "joins": RateLimiter(JOINS_PER_MINUTE, 60.0),
        "bad_hellos": RateLimiter(FAILED_HELLOS_PER_MINUTE, 60.0),
        "bad_logins": RateLimiter(FAILED_LOGINS_PER_MINUTE, 60.0),
    }
    app[TEMPLATES] = Environment(
        loader=FileSystemLoader(str(WEB / "templates")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    app.router.add_get("/", pages.pupil_page)
    app.router.add_post("/api/join", pages.join)
    app.router.add_get("/ws", sockets.pupil_socket)
    app.router.add_get("/teach", pages.teach_home)
    app.router.add_post("/teach/login", pages.login)
    app.router.add_post("/teach/rooms", pages.create_room)
    app.router.add_get("/teach/room/{code}", pages.room_page)
    app.router.add_post("/teach/api/rooms/{code}/{action}", pages.room_action)
    app.router.add_get("/teach/report/{session:[0-9]{1,9}}.{fmt:html|csv}", pages.report)
    app.router.add_get("/teach/ws/{code}", sockets.teach_socket)
    app.router.add_get("/teach/{key}", pages.secret_link)
    app.router.add_static("/static", WEB / "static", show_index=False, follow_symlinks=False)
