"""A class quiz on Discord: the instructor starts it with /quiz, pupils answer with buttons, the timer
locks the question (buttons disabled), and /quiz stop ends it with the report sent to the instructor's DM."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

import pytest
from discord_fakes import EPHEMERAL, FakeDiscord, Harness, payload

from bot.config import Settings
from bot.core.render import Renderer
from bot.services import Services
from bot.storage import classroom
from bot.storage.database import Store
from quizzes import Bank

CHANNEL = "1186000000000000010"
INSTRUCTOR_ROLE = "1186000000000000050"
TEACHER = {"id": "1100000000000000102", "username": "tanaka_sensei", "global_name": "田中先生"}
PUPILS = [
    {"id": f"11000000000000002{i:02d}", "username": f"pupil{i}", "global_name": f"生徒{i}"} for i in range(3)
]
_ids = count(1300000000000010001)
HELD = 1.5


def as_member(data: dict[str, Any], user: dict[str, str], roles: list[str] | None = None) -> dict[str, Any]:
    data["id"] = str(next(_ids))
    data["member"]["user"] = {**data["member"]["user"], **user}
    data["member"]["roles"] = roles or []
    return data


def quiz(user: dict[str, str], options: str = "", roles: list[str] | None = None) -> dict[str, Any]:
    data = as_member(payload("slash_quiz"), user, roles)
    if options:
        data["data"]["options"] = [{"name": "options", "type": 3, "value": options}]
    return data


def press(user: dict[str, str], message: dict[str, Any], custom_id: str) -> dict[str, Any]:
    data = as_member(payload("button"), user)
    data["message"] = message
    data["data"]["custom_id"] = custom_id
    return data


def text(name: str, **values: Any) -> str:
    return Renderer().render("ja", name, **values)


@pytest.fixture
async def room(
    settings: Settings, store: Store, services: Services, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    harness = await Harness.start(settings, store, services, FakeDiscord(monkeypatch))
    yield harness
    await harness.close()


async def test_a_pupil_is_refused_a_class_quiz(room: Harness) -> None:
    calls = await room.interact(quiz(PUPILS[0], "3"))
    assert not room.events[-1].source.is_admin
    (answer,) = calls
    assert answer.content == text("class_admins_only")
    assert not [c for c in room.fake.calls if c.path.startswith("/channels/")], "no question posted"


async def test_a_class_quiz_runs_on_discord(room: Harness, clock: Any) -> None:
    calls = await room.interact(quiz(TEACHER, "2 10s", roles=[INSTRUCTOR_ROLE]))
    assert room.events[-1].source.is_admin
    intro = calls[0]
    assert (
        intro.body["type"] == 4 and not intro.flags & EPHEMERAL and "クラスクイズを始めます" in intro.content
    )
    (question,) = [c for c in calls if c.path == f"/channels/{CHANNEL}/messages"]
    answers = question.custom_ids
    assert len(answers) >= 2 and all(
        a.startswith("cqa:") and a.endswith(f":1:{i}") for i, a in enumerate(answers)
    )
    message_id = next(
        k for k, m in room.fake.messages.items() if m["components"] == question.body["components"]
    )
    posted = room.fake.messages[message_id]

    for pupil, choice in zip(PUPILS, answers, strict=False):
        (ack,) = await room.interact(press(pupil, posted, choice))
        assert ack.flags & EPHEMERAL and ack.content == text("class_answer_ok")
    (again,) = await room.interact(press(PUPILS[0], posted, answers[-1]))
    assert again.content == text("class_answer_twice")

    before = len(room.fake.calls)
    clock.advance(seconds=11)
    await room.app.tick(wait=True)
    timer = room.fake.calls[before:]
    assert [c.method for c in timer[:2]] == ["GET", "PATCH"], "the question is fetched and locked"
    locked = room.fake.messages[message_id]["components"][0]["components"]
    assert all(button["disabled"] for button in locked)
    assert [c.custom_ids[0].split(":")[2] for c in timer if c.method == "POST" and c.custom_ids] == ["2"]

    calls = await room.interact(quiz(TEACHER, "stop", roles=[INSTRUCTOR_ROLE]))
    dm = [c for c in calls if c.path == "/users/@me/channels"]
    assert [str(c.body["recipient_id"]) for c in dm] == [TEACHER["id"]]
    (report,) = [c for c in calls if c.files]
    assert report.files[0].filename.startswith("matte-class-") and report.path.endswith("/messages")
    assert report.path != f"/channels/{CHANNEL}/messages", "the report goes to the instructor only"


async def test_the_question_timer_starts_when_discord_shows_the_question(
    settings: Settings, store: Store, bank: Bank, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow POST of the question (network, rate limits) must not eat the pupils' seconds."""
    services = Services(bank=bank, clock=lambda: datetime.now(UTC))
    fake = FakeDiscord(monkeypatch)
    room = await Harness.start(settings, store, services, fake)
    fake.hold(lambda method, path: method == "POST" and path == f"/channels/{CHANNEL}/messages", HELD)
    asked = datetime.now(UTC)
    try:
        await room.interact(quiz(TEACHER, "2 10s", roles=[INSTRUCTOR_ROLE]))
    finally:
        await room.close()
    (question,) = [
        m for m in fake.stored.values() if m.data["channel_id"] == CHANNEL and m.data["components"]
    ]
    session = classroom.live_in_chat(store.db, "discord", CHANNEL)
    assert session is not None
    ends_at = datetime.fromisoformat(session.ends_at)
    assert question.created - asked >= timedelta(seconds=HELD)
    assert abs(ends_at - (question.created + timedelta(seconds=10))) < timedelta(seconds=1)
