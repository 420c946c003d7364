"""What every webhook endpoint does with requests it refuses: a 4xx, and a bounded log.

Anyone can reach a webhook URL without credentials, so a refusal must cost nothing: no traceback, no
5xx (a client that sees 5xx retries), and not one log line per request, or a flood of junk would fill
the disk and bury real problems. `Refusals` writes one short line for the first refusal and then at
most one per `every` seconds, with the counts by reason since the last line; `MalformedHttp` does the
same for what aiohttp itself refuses before any handler runs.

Header values come from aiohttp as `str`, with bytes that are not UTF-8 kept as surrogates; encoding
such a value without care raises. `ascii_header` returns only values a secret could ever match.
JSON bodies are parsed with `parse_json`, which turns too-deep nesting (RecursionError in `json`) and
anything not JSON into `BadRequest`; Telegram and LINE nest a few levels, so 32 is plenty.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

MAX_DEPTH = 32
REPORT_EVERY_SECONDS = 60.0


class BadRequest(ValueError):
    """A body that is not usable JSON; the message is the short reason for the client."""


class Tally:
    """Counts refusals by reason; `add` returns a one-line summary at most once per `every` seconds."""

    def __init__(
        self, what: str, every: float = REPORT_EVERY_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.what = what
        self.every = every
        self.clock = clock
        self.counts: Counter[str] = Counter()
        self._next_report = float("-inf")

    def add(self, reason: str) -> str | None:
        self.counts[reason] += 1
        now = self.clock()
        if now < self._next_report:
            return None
        summary = ", ".join(f"{why} x{n}" for why, n in sorted(self.counts.items()))
        line = f"{self.what} refused {self.counts.total()} request(s): {summary}"
        self.counts.clear()
        self._next_report = now + self.every
        return line


class Refusals:
    """Answers refused requests with a 4xx and logs them through a `Tally`."""

    def __init__(self, endpoint: str, logger: logging.Logger, tally: Tally | None = None) -> None:
        self.log = logger
        self.tally = tally or Tally(endpoint)

    def refuse(self, status: int, reason: str) -> web.Response:
        line = self.tally.add(reason)
        if line:
            self.log.warning("%s", line)
        return web.Response(status=status, text=reason)


class MalformedHttp(logging.Filter):
    """For aiohttp's server logger: a request that is not valid HTTP (a header value with control
    bytes, say) is answered 400 by aiohttp, which logs it at ERROR with a traceback. This filter
    turns those records into the same bounded one-line summaries; real handler errors pass untouched."""

    def __init__(self, tally: Tally | None = None) -> None:
        super().__init__()
        self.tally = tally or Tally("HTTP server")

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, HttpProcessingError):
            return True
        line = self.tally.add(f"malformed HTTP ({error.code})")
        if line is None:
            return False
        record.msg, record.args = line, None
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def quiet_malformed_requests() -> None:
    """Put one fresh `MalformedHttp` on aiohttp's server logger; every server Matte starts calls this
    (not the logging set-up, so commands that serve nothing never import aiohttp)."""
    server = logging.getLogger("aiohttp.server")
    server.filters = [f for f in server.filters if not isinstance(f, MalformedHttp)]
    server.addFilter(MalformedHttp())


def ascii_header(request: web.Request, name: str) -> str:
    """The header's value if it is printable ASCII, else "" (it cannot be a secret or a signature)."""
    value = request.headers.get(name, "")
    return value if value.isascii() and value.isprintable() else ""


def parse_json(body: bytes) -> Any:
    """The JSON value in `body`; BadRequest if it is not JSON or nests deeper than MAX_DEPTH."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise BadRequest("not JSON") from None
    if depth(data) > MAX_DEPTH:
        raise BadRequest("nested too deeply")
    return data


def depth(value: Any) -> int:
    """How deeply lists and objects nest in a parsed JSON value, counted without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest
