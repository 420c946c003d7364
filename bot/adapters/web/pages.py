"""HTTP handlers of the browser classroom: the pupil's page and join, the instructor's pages,
controls and report downloads. Every input is checked here before it reaches the adapter."""

from __future__ import annotations

import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

import segno
from aiohttp import web
from markupsafe import Markup

from bot.adapters.web.clients import give_browser_id
from bot.adapters.web.names import NicknameRefused
from bot.adapters.web.rooms import CODE, JoinRefused, options_from_form
from bot.adapters.web.site import ADAPTER, CLIENTS, LIMITS, client_address, render
from bot.features.class_report import report_csv, report_html
from bot.features.class_summary import summarise
from bot.storage import classroom
from bot.storage.timestamps import local_minute
from quizzes import Bank

RECENT_SESSIONS = 20


def _error(reason: str, status: int) -> web.Response:
    return web.json_response({"error": reason}, status=status)


async def _json_body(request: web.Request) -> dict[str, Any] | None:
    if request.content_type != "application/json":
        return None
    try:
        data = json.loads(await request.text())
    except (ValueError, LookupError, RecursionError):  # LookupError: an unknown charset
        return None
    return data if isinstance(data, dict) else None


def _redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


def quiz_choices(bank: Bank, lang: str) -> dict[str, list[tuple[str, str]]]:
    """What a class quiz can be drawn from: decks, levels and topics that have questions."""
    used_levels = {i.level for i in bank.items.values()}
    used_topics = {i.topic for i in bank.items.values()}
    return {
        "decks": [(d.id, d.title_ja if lang == "ja" else d.title_en) for d in bank.decks.values()],
        "levels": [(k, v[lang]) for k, v in bank.tags.levels.items() if k in used_levels],
        "topics": [(k, v[lang]) for k, v in bank.tags.topics.items() if k in used_topics],
    }


# -- pupils ------------------------------------------------------------------------------------


async def pupil_page(request: web.Request) -> web.Response:
    code = request.query.get("c", "")
    response = render(request, "pupil.html.j2", config={"code": code if CODE.match(code) else ""})
    give_browser_id(request, response)
    return response


async def join(request: web.Request) -> web.Response:
    """`{"code": "123456", "name": "..."}` -> the pupil's token. Failed codes count against the browser
    (and, with a higher ceiling, its address); joins are counted per address and room."""
    adapter = request.app[ADAPTER]
    limits = request.app[LIMITS]
    address, browser = client_address(request), request.app[CLIENTS].browser(request)
    if limits["bad_codes"].blocked(browser) or limits["bad_codes_address"].blocked(address):
        return _error("rate", 429)
    data = await _json_body(request)
    room = adapter.rooms.get(data.get("code")) if data else None
    if data is None or room is None:
        limits["bad_codes"].hit(browser)
        limits["bad_codes_address"].hit(address)
        return _error("bad_code", 404 if data else 400)
    if limits["joins"].blocked(f"{address} {room.code}"):
        return _error("rate", 429)
    limits["joins"].hit(f"{address} {room.code}")
    name = data.get("name", "")
    if not isinstance(name, str):
        return _error("name_bad", 400)
    try:
        token, pupil = await adapter.join(room, name)
    except NicknameRefused as exc:
        return _error(exc.reason, 400)
    except JoinRefused as exc:
        return _error(exc.reason, 409)
    return web.json_response({"token": token, "code": room.code, "name": pupil.name})


# -- the instructor ----------------------------------------------------------------------------


def _instructor(request: web.Request) -> None:
    if not request.app[ADAPTER].key.allows(request):
        raise web.HTTPForbidden(text="instructor only")


async def secret_link(request: web.Request) -> web.Response:
    """`/teach/KEY`: remember the instructor in a cookie and drop the key from the address bar."""
    adapter = request.app[ADAPTER]
    limiter = request.app[LIMITS]["bad_logins"]
    address = client_address(request)
    if limiter.blocked(address):
        raise web.HTTPTooManyRequests()
    if not adapter.key.matches(request.match_info["key"]):
        limiter.hit(address)
        raise web.HTTPNotFound()
    response = _redirect("/teach")
    adapter.key.remember(response, request)
    return response


async def login(request: web.Request) -> web.Response:
    adapter = request.app[ADAPTER]
    limiter = request.app[LIMITS]["bad_logins"]
    address = client_address(request)
    if limiter.blocked(address):
        return render(request, "login.html.j2", status=429, error="login_rate")
    password = (await request.post()).get("password", "")
    if not isinstance(password, str) or not adapter.key.matches(password):
        limiter.hit(address)
        return render(request, "login.html.j2", status=403, error="login_bad")
    response = _redirect("/teach")
    adapter.key.remember(response, request)
    return response


def _home(request: web.Request, status: int = 200, error: str = "") -> web.Response:
    adapter = request.app[ADAPTER]
    db = adapter.app.store.db
    sessions = [s for s in classroom.all_sessions(db) if s.platform == "web"][-RECENT_SESSIONS:]
    past = [(s, len(classroom.players(db, s.id))) for s in reversed(sessions)]
    rooms = [r for r in adapter.rooms.by_code.values() if not r.ended]
    return render(
        request,
        "teach_home.html.j2",
        status=status,
        error=error,
        choices=quiz_choices(adapter.app.services.bank, adapter.lang),
        rooms=rooms,
        past=[(s, n, local_minute(s.created_at, adapter.settings.tz)) for s, n in past],
    )


async def teach_home(request: web.Request) -> web.Response:
    if not request.app[ADAPTER].key.allows(request):
        return render(request, "login.html.j2", error="")
    return _home(request)


async def create_room(request: web.Request) -> web.Response:
    _instructor(request)
    adapter = request.app[ADAPTER]
    choices = quiz_choices(adapter.app.services.bank, adapter.lang)
    allowed = {key for group in choices.values() for key, _label in group}
    options = options_from_form(await request.post(), allowed)
    if isinstance(options, str):
        return _home(request, 400, error=options)
    room = adapter.rooms.create(options)
    if room is None:
        return _home(request, 503, error="too_many_rooms")
    return _redirect(f"/teach/room/{room.code}")


def qr_svg(url: str) -> Markup:
    """The join link as an inline SVG QR code (made here, so it works without internet)."""
    return Markup(
        segno.make(url, error="m").svg_inline(scale=10, border=2, light="#fff", omitsize=True, title=url)
    )


async def room_page(request: web.Request) -> web.Response:
    _instructor(request)
    adapter = request.app[ADAPTER]
    room = adapter.rooms.get(request.match_info["code"])
    if room is None:
        raise web.HTTPNotFound()
    link = f"{adapter.join_url}?c={room.code}"
    config = {"code": room.code}
    host = urlsplit(link).hostname or ""
    return render(
        request,
        "teach_room.html.j2",
        room=room,
        link=link,
        qr=qr_svg(link),
        config=config,
        loopback=host if _loopback(host) else "",
    )


def _loopback(host: str) -> bool:
    """A join address only this computer can open (pupils' phones would see nothing)."""
    try:
        return host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def room_action(request: web.Request) -> web.Response:
    """start, pause, resume, skip, stop, next, lock, unlock, or rename / remove (`{"pupil": id}`)."""
    _instructor(request)
    adapter = request.app[ADAPTER]
    room = adapter.rooms.get(request.match_info["code"])
    if room is None:
        raise web.HTTPNotFound()
    action = request.match_info["action"]
    if action == "start":
        done = await adapter.start(room)
    elif action == "rename":
        data = await _json_body(request) or {}
        done = await adapter.rename(room, str(data.get("pupil", ""))) is not None
    elif action == "remove":
        data = await _json_body(request) or {}
        done = await adapter.remove(room, str(data.get("pupil", "")))
    elif action in ("lock", "unlock"):
        adapter.lock(room, action == "lock")
        done = True
    elif action in ("pause", "resume", "skip", "stop", "next"):
        done = await adapter.control(room, action)
    else:
        raise web.HTTPNotFound()
    return web.json_response({"ok": done}, status=200 if done else 409)


async def report(request: web.Request) -> web.Response:
    """The class-quiz issue's report, built from the database on each request (HTML or CSV)."""
    _instructor(request)
    adapter = request.app[ADAPTER]
    db = adapter.app.store.db
    session = classroom.get(db, int(request.match_info["session"]))
    if session is None or session.platform != "web":
        raise web.HTTPNotFound()
    bank = adapter.app.services.bank
    players = classroom.players(db, session.id)
    answers = classroom.answers(db, session.id)
    fmt = request.match_info["fmt"]
    if fmt == "csv":
        body = report_csv(bank, session, players, answers, adapter.lang).encode("utf-8-sig")
        content_type = "text/csv"
    else:
        summary = summarise(bank, session.items, session.current, players, answers, adapter.lang)
        body = report_html(bank, session, summary, adapter.lang, adapter.settings.tz).encode("utf-8")
        content_type = "text/html"
    return web.Response(
        body=body,
        content_type=content_type,
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="matte-class-{session.id}.{fmt}"'},
    )
