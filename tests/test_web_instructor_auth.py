"""The instructor's session: random, expiring, forgotten on restart, Secure behind HTTPS; the secret link
kept out of logs; short passwords refused."""

from __future__ import annotations

import io
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from bot.adapters.web.adapter import WebAdapter
from bot.adapters.web.instructor_auth import COOKIE, LIFETIME_SECONDS, InstructorAuth, link_line
from bot.adapters.web.testing import WebClassroom
from bot.app import App
from bot.config import ConfigError

PASSWORD = "correct horse battery"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
async def web(settings, store, services):
    settings = replace(settings, web_password=PASSWORD)
    app = App(settings, store, services)
    adapter = WebAdapter(settings, out=io.StringIO())
    adapter.key = InstructorAuth(PASSWORD, clock=Clock())
    app.add_adapter(adapter)
    adapter.attach(app)
    async with WebClassroom(adapter) as room:
        yield room


async def login(web, **headers: str):
    response = await web.client.post(
        "/teach/login", data={"password": PASSWORD}, allow_redirects=False, headers=headers
    )
    assert response.status == 303
    return response


def cookie_of(response) -> str:
    return response.cookies[COOKIE].value


async def test_each_sign_in_gets_a_new_random_session_that_expires(web) -> None:
    first, second = cookie_of(await login(web)), cookie_of(await login(web))
    assert first != second and len(first) >= 43 and PASSWORD not in first
    header = (await login(web)).headers["Set-Cookie"]
    assert f"Max-Age={LIFETIME_SECONDS}" in header and "HttpOnly" in header and "SameSite=Strict" in header
    assert "Secure" not in header
    assert (await web.client.get("/teach/report/1.csv")).status != 403
    web.adapter.key.clock.now += LIFETIME_SECONDS + 1
    assert (await web.client.get("/teach/report/1.csv")).status == 403


async def test_a_restart_signs_everyone_out(web) -> None:
    await login(web)
    assert (await web.client.get("/teach/report/1.csv")).status != 403
    web.adapter.key = InstructorAuth(PASSWORD)
    assert (await web.client.get("/teach/report/1.csv")).status == 403


async def test_a_forged_or_old_style_cookie_is_refused(web) -> None:
    import hashlib
    import hmac

    old_style = hmac.new(PASSWORD.encode(), b"matte-web-instructor", hashlib.sha256).hexdigest()
    for value in (old_style, "x" * 43, "", "é" * 10):
        web.client.session.cookie_jar.update_cookies({COOKIE: value})
        assert (await web.client.get("/teach/report/1.csv")).status == 403, value


async def test_the_cookie_is_secure_behind_an_https_proxy(web) -> None:
    header = (await login(web, **{"X-Forwarded-Proto": "https"})).headers["Set-Cookie"]
    assert "Secure" in header


def test_a_short_password_is_refused(settings) -> None:
    with pytest.raises(ConfigError, match="at least 10 characters"):
        WebAdapter(replace(settings, web_password="short"), out=io.StringIO())


def test_the_secret_link_goes_to_a_private_file_when_output_is_not_a_terminal(tmp_path: Path) -> None:
    db = str(tmp_path / "matte.db")
    logged = link_line("http://192.168.1.5:8000/teach", "SeCrEtKeY123", io.StringIO(), db)
    assert "SeCrEtKeY123" not in logged and "matte.db.teach-link" in logged
    link_file = Path(db + ".teach-link")
    assert link_file.read_text().strip() == "http://192.168.1.5:8000/teach/SeCrEtKeY123"
    assert stat.S_IMODE(link_file.stat().st_mode) == 0o600
    shown = link_line("http://192.168.1.5:8000/teach", "SeCrEtKeY123", Terminal(), db)
    assert "http://192.168.1.5:8000/teach/SeCrEtKeY123" in shown
    assert "SeCrEtKeY123" not in link_line("http://x/teach", "SeCrEtKeY123", io.StringIO(), ":memory:")
