"""What every page and socket handler of the browser classroom shares: app keys, texts and rendering.

Kept apart from `server.py` (which wires the routes) so handlers and the server do not import each other.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import web
from jinja2 import Environment

from bot.adapters.web.clients import Clients
from bot.adapters.web.security import RateLimiter

if TYPE_CHECKING:
    from bot.adapters.web.adapter import WebAdapter

WEB = Path(__file__).resolve().parent
ADAPTER: web.AppKey[WebAdapter] = web.AppKey("adapter")
LIMITS: web.AppKey[dict[str, RateLimiter]] = web.AppKey("limits")
TEMPLATES: web.AppKey[Environment] = web.AppKey("templates")
CLIENTS: web.AppKey[Clients] = web.AppKey("clients")


def client_address(request: web.Request) -> str:
    return request.app[CLIENTS].address(request)


@cache
def strings(lang: str) -> dict[str, str]:
    """The interface texts in one language (`strings.toml` beside this module)."""
    with open(WEB / "strings.toml", "rb") as f:
        return tomllib.load(f)[lang]


def render(request: web.Request, name: str, status: int = 200, **values: Any) -> web.Response:
    adapter = request.app[ADAPTER]
    html = (
        request.app[TEMPLATES].get_template(name).render(lang=adapter.lang, s=strings(adapter.lang), **values)
    )
    return web.Response(text=html, content_type="text/html", status=status)
