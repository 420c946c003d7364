"""Validation and guards of the browser classroom, with aiohttp's test client: bad join codes,
forged answers, oversized nicknames, rate limits, the instructor's key, escaping and headers."""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace

import pytest
from aiohttp import WSMsgType

from bot.adapters.web import sockets as web_sockets
from bot.adapters.web.adapter import WebAdapter
from bot.adapters.web.rooms import RoomOptions
from bot.adapters.web.security import RateLimiter
from bot.adapters.web.server import TEMPLATES, listen_urls, make_server
from bot.adapters.web.testing import WebClassroom, next_message, state_where
from bot.app import App
from bot.config import ConfigError, load_settings
from bot.features.class_options import Options
from bot.storage import classroom

PASSWORD = "correct horse battery"


@pytest.fixture
async def web(settings, store, services):
    settings = replace(settings, web_password=PASSWORD)
    app = App(settings, store, services)
    adapter = WebAdapter(settings, out=io.StringIO())
    app.add_adapter(adapter)
    adapter.attach(app)
    async with WebClassroom(adapter) as room:
        yield room


async def teacher(web) -> str:
    await web.login()
    return await web.create_room(questions="2")


async def test_healthz_and_safe_headers(web):
    response = await web.client.get("/healthz")
    assert (response.status, await response.text()) == (200, "ok")
    page = await web.client.get("/")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["Referrer-Policy"] == "same-origin"
    assert "http" not in (await page.text()).replace('href="/static', "")


async def test_instructor_pages_need_the_key(web):
    code = web.adapter.rooms.create(RoomOptions(Options(questions=2))).code
    assert "password" in await (await web.client.get("/teach")).text()
    assert (await web.client.post("/teach/rooms", data={"questions": "2"})).status == 403
    assert (await web.client.get(f"/teach/room/{code}")).status == 403
    assert (await web.action(code, "start")).status == 403
    assert (await web.client.get("/teach/report/1.csv")).status == 403
    assert (await web.client.get(f"/teach/ws/{code}")).status == 403
    assert (await web.client.get("/teach/not-the-key", allow_redirects=False)).status == 404


async def test_login_by_password_and_its_rate_limit(web):
    wrong = await web.client.post("/teach/login", data={"password": "guess"})
    assert wrong.status == 403
    for _ in range(4):
        await web.client.post("/teach/login", data={"password": "guess"})
    assert (await web.client.post("/teach/login", data={"password": PASSWORD})).status == 429


async def test_password_login_sets_the_cookie(web):
    ok = await web.client.post("/teach/login", data={"password": PASSWORD}, allow_redirects=False)
    assert (
        ok.status == 303
        and "HttpOnly" in ok.headers["Set-Cookie"]
        and "SameSite=Strict" in ok.headers["Set-Cookie"]
    )
    assert PASSWORD not in ok.headers["Set-Cookie"]
    assert "teach/rooms" in await (await web.client.get("/teach")).text()


async def test_another_site_cannot_act_for_the_instructor(web):
    code = await teacher(web)
    evil = {"Origin": "http://evil.example"}
    assert (await web.client.post(f"/teach/api/rooms/{code}/start", json={}, headers=evil)).status == 403
    assert (await web.client.post("/teach/rooms", data={"questions": "2"}, headers=evil)).status == 403
    assert (await web.action(code, "nonsense")).status == 404


async def test_bad_create_options_are_refused(web):
    await web.login()
    for form in ({"questions": "0"}, {"seconds": "2"}, {"teams": "1"}, {"wanted": "no-such-deck"}):
        response = await web.client.post("/teach/rooms", data={"questions": "3", "seconds": "20", **form})
        assert response.status == 400, form
        assert "入力を確認してください" in await response.text()


@pytest.mark.parametrize(
    ("body", "status", "error"),
    [
        ({"code": "12345", "name": "a"}, 404, "bad_code"),
        ({"code": "999999", "name": "a"}, 404, "bad_code"),
        ({"code": ["1"], "name": "a"}, 404, "bad_code"),
        ("not json", 400, "bad_code"),
    ],
)
async def test_bad_join_codes(web, body, status, error):
    if isinstance(body, str):
        response = await web.client.post("/api/join", data=body, headers={"Content-Type": "application/json"})
    else:
        response = await web.client.post("/api/join", json=body)
    assert response.status == status
    assert (await response.json())["error"] == error


@pytest.mark.parametrize(
    ("name", "error"),
    [("あ" * 13, "name_long"), ("x" * 5000, "name_long"), ("しね", "name_bad"), (123, "name_bad")],
)
async def test_oversized_or_unsuitable_nicknames(web, name, error):
    code = await teacher(web)
    response = await web.client.post("/api/join", json={"code": code, "name": name})
    assert (response.status, (await response.json())["error"]) == (400, error)
    assert web.adapter.rooms.get(code).pupils == {}


async def test_oversized_bodies_are_refused(web):
    response = await web.client.post(
        "/api/join", data="x" * 20_000, headers={"Content-Type": "application/json"}
    )
    assert response.status == 413


async def test_failed_joins_are_rate_limited(web):
    code = await teacher(web)
    for _ in range(10):
        await web.client.post("/api/join", json={"code": "100000", "name": ""})
    response = await web.client.post("/api/join", json={"code": code, "name": "ゆい"})
    assert (response.status, (await response.json())["error"]) == (429, "rate")


async def proxied_classroom(settings, store, services, trusted: str):
    settings = replace(settings, web_password=PASSWORD, web_trusted_proxies=trusted)
    app = App(settings, store, services)
    adapter = WebAdapter(settings, out=io.StringIO())
    app.add_adapter(adapter)
    adapter.attach(app)
    return WebClassroom(adapter)


def via_nginx(client_address: str) -> dict[str, str]:
    """What deploy/nginx.conf sends: `$proxy_add_x_forwarded_for` appends the address nginx saw."""
    return {"X-Forwarded-For": f"10.9.9.9, {client_address}"}


async def test_behind_a_trusted_proxy_one_clients_wrong_codes_do_not_block_another(settings, store, services):
    async with await proxied_classroom(settings, store, services, "127.0.0.1, ::1") as web:
        code = await teacher(web)
        for _ in range(100):
            await web.client.post("/api/join", json={"code": "100000"}, headers=via_nginx("203.0.113.5"))
        blocked = await web.client.post("/api/join", json={"code": code}, headers=via_nginx("203.0.113.5"))
        assert blocked.status == 429
        other = await web.client.post(
            "/api/join", json={"code": code, "name": "ゆい"}, headers=via_nginx("198.51.100.7")
        )
        assert other.status == 200 and (await other.json())["name"] == "ゆい"


async def test_forwarded_for_is_ignored_from_an_untrusted_peer(settings, store, services):
    async with await proxied_classroom(settings, store, services, "192.0.2.1") as web:
        code = await teacher(web)
        for n in range(10):
            await web.client.post("/api/join", json={"code": "100000"}, headers=via_nginx(f"203.0.113.{n}"))
        response = await web.client.post("/api/join", json={"code": code}, headers=via_nginx("198.51.100.7"))
        assert response.status == 429


async def test_one_browsers_wrong_codes_do_not_block_its_classmates_behind_one_address(web):
    code = await teacher(web)
    for _ in range(30):
        await web.client.post("/api/join", json={"code": "100000"}, headers={"Cookie": "matte_browser=tom"})
    mine = await web.client.post("/api/join", json={"code": code}, headers={"Cookie": "matte_browser=tom"})
    assert mine.status == 429
    classmate = await web.client.post(
        "/api/join", json={"code": code}, headers={"Cookie": "matte_browser=yui"}
    )
    assert classmate.status == 200


async def test_the_pupil_page_gives_each_browser_an_id(web):
    response = await web.client.get("/")
    assert "matte_browser=" in response.headers["Set-Cookie"]
    assert "matte_browser" not in (await web.client.get("/")).headers.get("Set-Cookie", "")


def test_trusted_proxies_must_be_addresses():
    with pytest.raises(ConfigError, match="MATTE_TRUSTED_PROXIES: 'nginx'"):
        load_settings(environ={"MATTE_TRUSTED_PROXIES": "127.0.0.1, nginx"})
    assert load_settings(environ={"MATTE_TRUSTED_PROXIES": "10.0.0.0/8"}).web_trusted_proxies == "10.0.0.0/8"


def test_rate_limiter_forgets_after_its_window():
    now = [0.0]
    limiter = RateLimiter(2, 60.0, clock=lambda: now[0])
    limiter.hit("a")
    limiter.hit("a")
    assert limiter.blocked("a") and not limiter.blocked("b")
    now[0] = 61.0
    assert not limiter.blocked("a")


async def test_animal_names_only_when_the_instructor_says_so(web):
    await web.login()
    code = await web.create_room(questions="2", animal_names="on")
    pupil = await web.join(code, "ゆい")
    assert pupil.name != "ゆい" and pupil.name


async def test_nicknames_reach_pages_only_as_data(web):
    code = await teacher(web)
    pupil = await web.join(code, "Tom&'Jerry")
    teach = await web.teach_socket(code)
    state = await next_message(teach, state_where(lambda s: bool(s["pupils"])))
    assert state["pupils"][0]["name"] == "Tom&'Jerry" == pupil.name
    env = web.client.server.app[TEMPLATES]
    assert env.from_string("{{ x }}").render(x="<b>&") == "&lt;b&gt;&amp;"
    assert "</script>" not in env.from_string("{{ x|tojson }}").render(x="</script>")


async def test_forged_answers_are_refused_and_change_nothing(web, store, monkeypatch):
    monkeypatch.setattr(web_sockets, "MESSAGES_PER_SECOND", 100)
    code = await teacher(web)
    pupil = await web.join(code, "ゆい")
    await web.action(code, "start")
    ref = (await pupil.state(lambda s: s["stage"] == "question"))["question"]["ref"]
    session = classroom.live_in_chat(store.db, "web", code)
    assert (await pupil.answer("cq.999.1.0", 0))["status"] == "late"
    assert (await pupil.answer(ref.replace(".1.0", ".2.0"), 0))["status"] == "late"
    for choice in (99, -1, True, "1", 0.5, None):
        assert (await pupil.answer(ref, choice))["status"] == "invalid"
    assert classroom.answers(store.db, session.id) == []
    await pupil.ws.send_json({"t": "start"})
    await pupil.ws.send_json({"t": "answer", "ref": ref, "choice": 0, "user": "instructor"})
    ack = await next_message(pupil.ws, lambda m: m["t"] == "ack")
    assert ack["status"] == "ok"
    assert [a.user_id for a in classroom.answers(store.db, session.id)] == [
        next(iter(web.adapter.rooms.get(code).pupils))
    ]


async def test_a_socket_must_say_who_it_is(web, monkeypatch):
    code = await teacher(web)
    ws = await web.client.ws_connect("/ws")
    await ws.send_json({"t": "hello", "code": code, "token": "not a token!"})
    assert (await ws.receive_json())["t"] == "gone"
    monkeypatch.setattr(web_sockets, "HELLO_SECONDS", 0.05)
    silent = await web.client.ws_connect("/ws")
    assert (await silent.receive_json())["reason"] == "bad_code"


async def closed_by_server(ws) -> bool:
    async with asyncio.timeout(5):
        while (await ws.receive()).type not in (WSMsgType.CLOSE, WSMsgType.CLOSED):
            continue
    return True


async def test_floods_and_binary_messages_close_the_socket(web):
    code = await teacher(web)
    pupil = await web.join(code, "ゆい")
    await pupil.state()
    await pupil.ws.send_bytes(b"\x00")
    assert await closed_by_server(pupil.ws)
    again = await web.client.ws_connect("/ws")
    await again.send_json({"t": "hello", "code": code, "token": pupil.token})
    for _ in range(20):
        await again.send_json({"t": "ping"})
    assert await closed_by_server(again)


def test_web_settings_come_from_the_environment():
    settings = load_settings(
        environ={"MATTE_WEB_HOST": "0.0.0.0", "MATTE_WEB_PORT": "9000", "MATTE_WEB_PASSWORD": "p"}
    )
    assert (settings.web_host, settings.web_port, settings.web_password) == ("0.0.0.0", 9000, "p")
    assert "web_password" not in repr(settings)
    with pytest.raises(ConfigError, match="MATTE_WEB_PORT"):
        load_settings(environ={"MATTE_WEB_PORT": "70000"})


def test_pupils_get_the_lan_address_when_listening_on_all_interfaces():
    local, shown = listen_urls("0.0.0.0", 8000)
    assert local == "http://127.0.0.1:8000/" and shown.endswith(":8000/")
    assert listen_urls("127.0.0.1", 8001) == ("http://127.0.0.1:8001/", "http://127.0.0.1:8001/")


def test_make_server_builds_every_route(settings):
    routes = {r.resource.canonical for r in make_server(WebAdapter(settings)).router.routes() if r.resource}
    assert {"/healthz", "/", "/api/join", "/ws", "/teach", "/teach/ws/{code}"} <= routes


async def test_error_pages_are_in_the_classrooms_language(web):
    code = web.adapter.rooms.create(RoomOptions(Options(questions=2))).code
    forbidden = await web.client.get(f"/teach/room/{code}")
    assert forbidden.status == 403 and "先生用のページです" in await forbidden.text()
    missing = await web.client.get("/no/such/page")
    assert missing.status == 404 and "ページが 見つかりません" in await missing.text()
    assert "Not Found" not in await missing.text()
    api = await web.client.post("/teach/api/rooms/000000/start")
    assert api.status == 403 and "先生用" not in await api.text()


@pytest.mark.parametrize(
    ("join_url", "warned"),
    [("http://127.0.0.1:8000/", True), ("http://[::1]:8000/", True), ("http://192.168.1.20:8000/", False)],
)
async def test_the_projector_warns_when_phones_cannot_reach_the_join_address(web, join_url, warned):
    web.adapter.join_url = join_url
    code = await teacher(web)
    page = await (await web.client.get(f"/teach/room/{code}")).text()
    assert ('id="loopback"' in page) is warned
    assert ("このパソコンの 中でしか" in page) is warned
