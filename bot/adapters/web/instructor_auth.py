"""The instructor's sign-in for the browser classroom: the key once, then a short-lived session.

The key is MATTE_WEB_PASSWORD or, without one, a random key in a secret link. Proving it once gives the
browser a random session id (256 bits) in an HttpOnly, SameSite=Strict cookie that expires after a
school day. The server keeps only a SHA-256 of each id, in memory: a restart signs everyone out, a copy
of the cookie is useless after it expires, and nothing in the cookie can be tested offline against
guesses of the password (the old cookie, a fixed HMAC of the password, could). Each sign-in gets a new
id, so an id planted before sign-in is never promoted.

The cookie is `Secure` when the page came over HTTPS: directly, or through a reverse proxy that says so
in `X-Forwarded-Proto` (deploy/nginx.conf sets it). Believing the header from anyone is safe here: a
client that lies only makes its own cookie HTTPS-only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from aiohttp import web

from bot.adapters.web.security import same_origin
from bot.config import ConfigError
from bot.storage.private_files import PRIVATE_MODE

COOKIE = "matte_teach"
LIFETIME_SECONDS = 12 * 3600
MAX_SESSIONS = 50
MIN_PASSWORD = 10
LINK_SUFFIX = ".teach-link"


def checked_password(password: str) -> str:
    """MATTE_WEB_PASSWORD, refused if short: sign-in attempts are rate-limited, not impossible."""
    if password and len(password) < MIN_PASSWORD:
        raise ConfigError(
            f"MATTE_WEB_PASSWORD must be at least {MIN_PASSWORD} characters "
            "(or leave it empty for a generated secret link)"
        )
    return password


class InstructorAuth:
    """Checks the key, starts sessions and recognises them; `key` is the secret (link or password)."""

    def __init__(
        self, key: str, clock: Callable[[], float] = time.monotonic, lifetime: float = LIFETIME_SECONDS
    ) -> None:
        self.key = key
        self.clock = clock
        self.lifetime = lifetime
        self._sessions: dict[str, float] = {}
        """SHA-256 of each live session id -> when it expires (on `clock`)."""

    def matches(self, offered: str) -> bool:
        return hmac.compare_digest(offered.encode("utf-8"), self.key.encode("utf-8"))

    def allows(self, request: web.Request) -> bool:
        """The request carries a live session cookie and, if it says where it came from, is ours."""
        digest = _digest(request.cookies.get(COOKIE, ""))
        expires = self._sessions.get(digest)
        if expires is None:
            return False
        if expires <= self.clock():
            del self._sessions[digest]
            return False
        return same_origin(request)

    def remember(self, response: web.StreamResponse, request: web.Request) -> None:
        """Start a new session and give its id to the browser."""
        now = self.clock()
        self._sessions = {d: t for d, t in self._sessions.items() if t > now}
        while len(self._sessions) >= MAX_SESSIONS:
            del self._sessions[min(self._sessions, key=self._sessions.__getitem__)]
        session_id = secrets.token_urlsafe(32)
        self._sessions[_digest(session_id)] = now + self.lifetime
        response.set_cookie(
            COOKIE,
            session_id,
            max_age=int(self.lifetime),
            httponly=True,
            samesite="Strict",
            secure=over_https(request),
            path="/",
        )


def over_https(request: web.Request) -> bool:
    forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    return request.secure or forwarded == "https"


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8", "replace")).hexdigest()


def link_line(teach_url: str, key: str, out: TextIO, db_path: str) -> str:
    """How the start-up message gives the secret link: on a terminal, itself; otherwise (journald,
    `docker logs`) only the name of a 0600 file beside the database that holds it."""
    link = f"{teach_url}/{key}"
    if out.isatty():
        return f"  instructor / 先生用:       {link}  (keep this link secret)"
    if db_path == ":memory:":
        return f"  instructor / 先生用:       {teach_url}  (set MATTE_WEB_PASSWORD: the link is not logged)"
    path = Path(db_path + LINK_SUFFIX)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    try:
        os.fchmod(fd, PRIVATE_MODE)
        os.write(fd, (link + "\n").encode("utf-8"))
    finally:
        os.close(fd)
    return f"  instructor / 先生用:       {teach_url}/…  (secret link in {path}, readable only by this user)"
