"""The web adapter through the real core, over HTTP and WebSockets (no browser): translation of the
core's replies, the class flow with results between questions, and recovery after a restart."""

from __future__ import annotations

import asyncio
import io
from dataclasses import replace

import pytest

from bot.adapters.web.adapter import WebAdapter
from bot.adapters.web.testing import WebClassroom, next_message, state_where
from bot.app import App
from bot.commands.run_cmd import ADAPTERS
from bot.core.events import ChatRef, ClosePoll, Document, Message, QuizPoll, Sent
from bot.storage import classroom
from bot.storage.classroom import FINISHED, PAUSED, RUNNING
from bot.storage.database import Store


class FakeSocket:
    """Stands in for a pupil's open socket and keeps what was sent to it."""

    closed = False

    def __init__(self) -> None:
        self.sent: list[dict] = []

    async def send_json(self, data: dict) -> None:
        self.sent.append(data)


async def settle(adapter: WebAdapter) -> None:
    """Let the adapter's own work (pushes, the pause between questions) finish."""
    while adapter._tasks:
        await asyncio.gather(*list(adapter._tasks))


def make_adapter(settings, store, services) -> WebAdapter:
    app = App(settings, store, services)
    adapter = WebAdapter(settings, out=io.StringIO())
    app.add_adapter(adapter)
    adapter.attach(app)
    return adapter


@pytest.fixture
async def web(settings, store, services):
    async with WebClassroom(make_adapter(settings, store, services)) as room:
        await room.login()
        yield room


def item_of(web, store, code, number):
    session = classroom.live_in_chat(store.db, "web", code) or classroom.all_sessions(store.db)[-1]
    return web.adapter.app.services.bank.items[session.items[number - 1]]


async def close_question(web, clock, seconds=20):
    clock.advance(seconds=seconds + 1)
    await web.adapter.app.tick(wait=True)
    await settle(web.adapter)


async def test_web_is_an_adapter_of_matte_run():
    assert "web" in ADAPTERS


async def test_a_class_quiz_with_results_between_questions(web, store, clock):
    code = await web.create_room(wanted="小学生", questions="2", seconds="20")
    teach = await web.teach_socket(code)
    yui = await web.join(code, "ゆい")
    other = await web.join(code, "")
    assert (await yui.state())["stage"] == "lobby"
    lobby = await next_message(teach, state_where(lambda s: len(s["pupils"]) == 2))
    assert [p["name"] for p in lobby["pupils"]] == ["ゆい", other.name]

    assert (await web.action(code, "start")).status == 200
    question = (await yui.state(lambda s: s["stage"] == "question"))["question"]
    item = item_of(web, store, code, 1)
    right, wrong = item.answer_index, (item.answer_index + 1) % len(item.choices)
    assert question["options"] == [c.text("ja") for c in item.choices]
    assert question["mine"] is None and question["ref"].endswith(".1.0")

    assert (await yui.answer(question["ref"], right))["status"] == "ok"
    assert (await yui.answer(question["ref"], wrong))["status"] == "ok"  # the first answer stays
    assert (await other.answer(question["ref"], wrong))["status"] == "ok"
    live = await next_message(teach, state_where(lambda s: s["question"] and s["question"]["answered"] == 2))
    assert live["stage"] == "question"
    mine = await yui.state(lambda s: s["question"] and s["question"]["mine"] is not None)
    assert mine["question"]["mine"] == right

    await close_question(web, clock)
    session = classroom.live_in_chat(store.db, "web", code)
    assert (session.status, session.current) == (PAUSED, 2)  # question 2 waits for the instructor
    results = await yui.state(lambda s: s["stage"] == "results")
    assert results["feedback"]["correct"] and results["feedback"]["points"] == 1000
    assert results["score"] == {"points": 1000, "correct": 1, "rank": 1, "players": 2, "team": 0}
    board = web.adapter.view(web.adapter.rooms.get(code)).teach()["results"]
    assert board["number"] == 1 and board["answered"] == 2 and board["right"] == 1
    assert [s["count"] for s in board["shares"]][right] == 1
    assert board["leaders"][0] == {"label": "ゆい", "points": 1000}
    assert (await yui.answer(question["ref"], right))["status"] == "late"

    assert (await web.action(code, "next")).status == 200
    second = (await other.state(lambda s: s["question"] and s["question"]["number"] == 2))["question"]
    assert second["ref"].endswith(".2.1")
    await close_question(web, clock)
    assert classroom.get(store.db, session.id).status == FINISHED
    last = await yui.state(lambda s: s["stage"] == "results")
    assert last["feedback"] == {**last["feedback"], "number": 2, "answered": False, "points": 0}
    assert web.adapter.view(web.adapter.rooms.get(code)).teach()["results"]["last"] is True

    assert (await web.action(code, "next")).status == 200
    final = await yui.state(lambda s: s["stage"] == "podium")
    assert final["podium"][0] == {"label": "ゆい", "points": 1000}
    summary = web.adapter.view(web.adapter.rooms.get(code)).teach()["final"]
    assert summary["overall"] == 50 and summary["players"] == 2
    assert summary["reports"]["csv"] == f"/teach/report/{session.id}.csv"


async def test_auto_advance_goes_straight_to_the_next_question(web, store, clock):
    code = await web.create_room(wanted="小学生", questions="2", auto_advance="on")
    pupil = await web.join(code, "そら")
    await web.action(code, "start")
    await pupil.state(lambda s: s["stage"] == "question")
    await close_question(web, clock)
    state = await pupil.state(lambda s: s["question"] and s["question"]["number"] == 2)
    assert state["stage"] == "question" and state["feedback"]["number"] == 1
    assert classroom.live_in_chat(store.db, "web", code).status == RUNNING


async def test_pause_resume_skip_and_stop(web, store, clock):
    code = await web.create_room(questions="3")
    pupil = await web.join(code, "はると")
    await web.action(code, "start")
    await pupil.state(lambda s: s["stage"] == "question")
    clock.advance(seconds=5)
    await web.action(code, "pause")
    paused = await pupil.state(lambda s: s["stage"] == "paused")
    assert paused["question"]["remaining"] == 15 and paused["question"]["ref"] is None
    await web.action(code, "resume")
    resumed = await pupil.state(lambda s: s["stage"] == "question")
    assert resumed["question"]["ref"].endswith(".1.1")
    await web.action(code, "skip")
    await settle(web.adapter)
    assert (await pupil.state(lambda s: s["stage"] == "results"))["feedback"]["number"] == 1
    assert (await web.action(code, "stop")).status == 200
    assert (await pupil.state(lambda s: s["stage"] == "podium"))["score"]["points"] == 0
    assert (await web.action(code, "start")).status == 409  # one quiz per room


async def test_replies_to_a_pupil_go_to_that_pupil_alone(web, store):
    code = await web.create_room(questions="1")
    yui = await web.join(code, "ゆい")
    sora = await web.join(code, "そら")
    room = web.adapter.rooms.get(code)
    watcher = FakeSocket()
    next(p for p in room.pupils.values() if p.name == "そら").sockets.add(watcher)
    await web.action(code, "start")
    question = (await yui.state(lambda s: s["stage"] == "question"))["question"]
    await yui.ws.send_json({"t": "answer", "ref": question["ref"], "choice": 0})
    notice = await next_message(yui.ws, lambda m: m["t"] == "notice")
    assert notice["text"]  # the core's confirmation, in the class's language
    await settle(web.adapter)
    assert [m["t"] for m in watcher.sent] and all(m["t"] == "state" for m in watcher.sent)
    assert sora.name == "そら"


async def test_send_translates_the_core_replies(web):
    adapter = web.adapter
    code = await web.create_room(questions="1")
    room = adapter.rooms.get(code)
    chat = ChatRef("web", code)
    poll = QuizPoll(
        chat=chat,
        ref="cq.7.1.0",
        question="q",
        options=("a", "b"),
        correct=0,
        explanation="",
        open_seconds=20,
        text="q",
    )
    assert await adapter.send(poll) == Sent(message_id="cq.7.1.0")
    assert room.poll == poll and room.session_id == 7 and not room.holding
    assert await adapter.send(ClosePoll(chat=chat, ref="cq.7.1.0")) is None
    assert room.poll is None
    assert await adapter.send(Message(chat=chat, text="results for everyone")) is None
    assert (
        await adapter.send(Document(chat=ChatRef.direct("web", "instructor"), filename="r.html", data=b""))
        is None
    )
    assert await adapter.send(replace(poll, chat=ChatRef("web", "999999"))) == Sent(message_id="cq.7.1.0")


async def test_rename_replaces_a_nickname_with_an_animal(web, store):
    code = await web.create_room(questions="1")
    pupil = await web.join(code, "やだ")
    await web.action(code, "start")
    question = (await pupil.state(lambda s: s["stage"] == "question"))["question"]
    await pupil.answer(question["ref"], 0)
    room = web.adapter.rooms.get(code)
    user_id = next(iter(room.pupils))
    assert (await web.action(code, "rename", pupil=user_id)).status == 200
    renamed = room.pupils[user_id].name
    assert renamed != "やだ"
    session = classroom.live_in_chat(store.db, "web", code)
    assert classroom.players(store.db, session.id)[0].nickname == renamed
    assert (await web.action(code, "rename", pupil="nobody")).status == 409


async def test_a_pupil_removed_during_question_2_is_gone_everywhere_and_late_joins_can_be_stopped(
    web, store, clock
):
    code = await web.create_room(questions="2", seconds="20")
    yui = await web.join(code, "ゆい")
    tom = await web.join(code, "トム")
    await web.action(code, "start")
    for pupil in (yui, tom):
        first = (await pupil.state(lambda s: s["stage"] == "question"))["question"]
        await pupil.answer(first["ref"], 0)
    await close_question(web, clock)
    await web.action(code, "next")
    second = (await tom.state(lambda s: s["question"] and s["question"]["number"] == 2))["question"]
    await tom.answer(second["ref"], 0)
    room = web.adapter.rooms.get(code)
    tom_id = next(p.user_id for p in room.pupils.values() if p.name == "トム")
    assert (await web.action(code, "remove", pupil=tom_id)).status == 200
    assert await next_message(tom.ws, lambda m: m.get("t") == "gone") == {"t": "gone", "reason": "removed"}
    assert [p["name"] for p in web.adapter.view(room).teach()["pupils"]] == ["ゆい"]
    session = classroom.live_in_chat(store.db, "web", code)
    assert [p.nickname for p in classroom.players(store.db, session.id)] == ["ゆい"]
    assert {a.user_id for a in classroom.answers(store.db, session.id)} == set(room.pupils)
    assert web.adapter.rejoin(code, tom.token) is None
    assert (await web.action(code, "remove", pupil=tom_id)).status == 409

    assert (await web.action(code, "lock")).status == 200
    late = await web.client.post("/api/join", json={"code": code, "name": "はな"})
    assert (late.status, (await late.json())["error"]) == (409, "locked")
    assert web.adapter.view(room).teach()["locked"] is True
    await web.action(code, "unlock")
    assert (await web.client.post("/api/join", json={"code": code, "name": "はな"})).status == 200


async def test_restart_pauses_the_open_question_and_pupils_come_back(settings, store, services, db_path):
    async with WebClassroom(make_adapter(settings, store, services)) as web:
        await web.login()
        code = await web.create_room(questions="2")
        pupil = await web.join(code, "ゆい")
        await web.action(code, "start")
        question = (await pupil.state(lambda s: s["stage"] == "question"))["question"]
        await pupil.answer(question["ref"], 1)

    second = Store(db_path)
    app = App(replace(settings, web_port=0), second, services)
    adapter = WebAdapter(app.settings, out=io.StringIO())
    app.add_adapter(adapter)
    running = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(adapter.started.wait(), 5)
        assert "/teach/" in adapter.out.getvalue() and adapter.base_url in adapter.out.getvalue()
        assert classroom.live_in_chat(second.db, "web", code).status == PAUSED
        async with WebClassroom(adapter) as web:
            ws = await web.client.ws_connect("/ws")
            await ws.send_json({"t": "hello", "code": code, "token": pupil.token})
            back = await next_message(ws, state_where(lambda s: True))
            assert back["name"] == "ゆい" and back["stage"] == "paused" and back["question"]["mine"] == 1
            stranger = await web.client.ws_connect("/ws")
            await stranger.send_json({"t": "hello", "code": code, "token": "x" * 24})
            assert (await stranger.receive_json())["t"] == "gone"
    finally:
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)
        second.close()


async def test_start_up_message_never_shows_the_password(settings, store, services):
    adapter = WebAdapter(replace(settings, web_password="s3cret-pass", web_port=0), out=io.StringIO())
    app = App(adapter.settings, store, services)
    app.add_adapter(adapter)
    running = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(adapter.started.wait(), 5)
        shown = adapter.out.getvalue()
        assert "s3cret-pass" not in shown and "MATTE_WEB_PASSWORD" in shown and "--host 0.0.0.0" in shown
    finally:
        running.cancel()
        await asyncio.gather(running, return_exceptions=True)


async def test_next_clicked_before_the_pause_between_questions_still_works(web, store, clock):
    code = await web.create_room(questions="2")
    pupil = await web.join(code, "ゆい")
    await web.action(code, "start")
    await pupil.state(lambda s: s["stage"] == "question")
    clock.advance(seconds=21)
    await web.adapter.app.tick(wait=True)
    assert (await web.action(code, "next")).status == 200
    await settle(web.adapter)
    session = classroom.live_in_chat(store.db, "web", code)
    assert (session.status, session.current) == (RUNNING, 2)


async def test_team_mode_shows_team_points(web, store, clock):
    code = await web.create_room(questions="1", teams="2", speed_bonus="")
    pupils = [await web.join(code, name) for name in ("ゆい", "そら", "はると")]
    await web.action(code, "start")
    ref = (await pupils[0].state(lambda s: s["stage"] == "question"))["question"]["ref"]
    right = item_of(web, store, code, 1).answer_index
    for pupil in pupils:
        assert (await pupil.answer(ref, right))["status"] == "ok"
    await close_question(web, clock)
    final = await pupils[2].state(lambda s: s["stage"] == "results")
    assert final["score"]["team"] == 1  # teams go round robin in answer order
    teams = web.adapter.view(web.adapter.rooms.get(code)).teach()["results"]["teams"]
    assert teams == [{"team": 1, "points": 2000}, {"team": 2, "points": 1000}]


async def test_a_tap_after_time_is_up_is_kept_as_answered_late(web, store, clock):
    code = await web.create_room(questions="2", seconds="20")
    yui = await web.join(code, "ゆい")
    await web.action(code, "start")
    question = (await yui.state(lambda s: s["stage"] == "question"))["question"]
    await close_question(web, clock)
    assert (await yui.answer(question["ref"], 0))["status"] == "late"
    results = await yui.state(lambda s: s["stage"] == "results" and s["feedback"]["late"])
    assert results["feedback"]["answered"] is False and results["feedback"]["points"] == 0
