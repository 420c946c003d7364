"""The fake Bot API refuses what Telegram refuses (plain HTTP against it, no bot in between)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from fake_bot_api import TOKEN, FakeBotApi, Limits, private_text

GROUP, OTHER_GROUP, USER = -100111, -100222, 5001


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi(limits=Limits(poll_second=0.01)) as server:
        server.started.add(USER)
        yield server


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def call(fake: FakeBotApi, http: aiohttp.ClientSession, method: str, **params: Any) -> dict[str, Any]:
    async with http.post(f"{fake.base_url}{TOKEN}/{method}", json=params) as response:
        body = await response.json()
        assert response.status == (200 if body["ok"] else body["error_code"])
        return body


def poll(**changes: Any) -> dict[str, Any]:
    params = {
        "chat_id": GROUP,
        "question": "Q",
        "options": ["a", "b"],
        "type": "quiz",
        "correct_option_ids": [0],
    }
    return params | changes


async def test_a_group_gets_twenty_messages_a_minute(fake: FakeBotApi, http: aiohttp.ClientSession) -> None:
    for _ in range(20):
        assert (await call(fake, http, "sendMessage", chat_id=GROUP, text="x"))["ok"]
    refused = await call(fake, http, "sendMessage", chat_id=GROUP, text="x")
    assert refused["error_code"] == 429 and 0 < refused["parameters"]["retry_after"] <= 60
    assert (await call(fake, http, "sendMessage", chat_id=OTHER_GROUP, text="x"))["ok"]
    assert (await call(fake, http, "getChatMember", chat_id=GROUP, user_id=USER))["ok"]


async def test_about_thirty_messages_a_second_overall(fake: FakeBotApi, http: aiohttp.ClientSession) -> None:
    fake.started.update(range(1, 40))
    answers = [await call(fake, http, "sendMessage", chat_id=user, text="x") for user in range(1, 32)]
    assert [a["ok"] for a in answers] == [True] * 30 + [False]
    assert answers[-1]["parameters"]["retry_after"] <= 1


@pytest.mark.parametrize(
    "changes",
    [
        {"question": ""},
        {"question": "あ" * 301},
        {"question": "😀" * 151},  # 302 UTF-16 units
        {"options": ["a"]},
        {"options": [str(i) for i in range(13)]},
        {"options": ["a", ""]},
        {"options": ["a", "b" * 101]},
        {"explanation": "x" * 201},
        {"explanation": "a\nb\nc\nd"},
        {"open_period": 4},
        {"open_period": 601},
        {"correct_option_ids": [2]},
    ],
)
async def test_polls_out_of_telegrams_limits_are_refused(
    fake: FakeBotApi, http: aiohttp.ClientSession, changes: dict[str, Any]
) -> None:
    refused = await call(fake, http, "sendPoll", **poll(**changes))
    assert refused["error_code"] == 400 and fake.polls == {}


async def test_a_poll_closes_by_itself_and_cannot_be_stopped_again(
    fake: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    sent = await call(fake, http, "sendPoll", **poll(question="あ" * 300, options=["a"] * 12, open_period=5))
    message_id = sent["result"]["message_id"]
    assert not fake.is_closed(GROUP, message_id)
    await asyncio.sleep(5 * 0.01)
    assert fake.is_closed(GROUP, message_id)
    refused = await call(fake, http, "stopPoll", chat_id=GROUP, message_id=message_id)
    assert (refused["error_code"], refused["description"]) == (
        400,
        "Bad Request: poll has already been closed",
    )


async def test_only_people_who_wrote_to_the_bot_can_be_written_to(
    fake: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    refused = await call(fake, http, "sendMessage", chat_id=7007, text="x")
    assert refused["error_code"] == 403 and "initiate" in refused["description"]
    fake.feed(private_text(1, 7007, "こんにちは"))
    assert (await call(fake, http, "sendMessage", chat_id=7007, text="x"))["ok"]


async def test_topics_are_recorded_and_echoed(fake: FakeBotApi, http: aiohttp.ClientSession) -> None:
    sent = await call(fake, http, "sendMessage", chat_id=GROUP, message_thread_id=45, text="x")
    assert sent["result"]["message_thread_id"] == 45 and sent["result"]["is_topic_message"]
    assert fake.calls_to("sendMessage")[0].params["message_thread_id"] == 45
    refused = await call(fake, http, "sendMessage", chat_id=USER, message_thread_id=45, text="x")
    assert refused["error_code"] == 400


async def test_allowed_updates_are_recorded(fake: FakeBotApi, http: aiohttp.ClientSession) -> None:
    await call(fake, http, "getUpdates", timeout=0, allowed_updates=["message", "poll_answer"])
    await call(fake, http, "setWebhook", url="https://example.org/hook", allowed_updates=["message"])
    assert fake.allowed_updates == [["message", "poll_answer"], ["message"]]


async def test_a_migrated_group_points_to_its_supergroup(
    fake: FakeBotApi, http: aiohttp.ClientSession
) -> None:
    fake.migrate(-4001, -1004001)
    refused = await call(fake, http, "sendMessage", chat_id=-4001, text="x")
    assert refused["error_code"] == 400 and refused["parameters"] == {"migrate_to_chat_id": -1004001}


async def test_a_storm_refuses_sends_but_not_updates(fake: FakeBotApi, http: aiohttp.ClientSession) -> None:
    fake.storm(0.3)
    refused = await call(fake, http, "sendMessage", chat_id=USER, text="x")
    assert refused["error_code"] == 429 and 0 < refused["parameters"]["retry_after"] <= 0.3
    assert (await call(fake, http, "getUpdates", timeout=0))["ok"]
    await asyncio.sleep(0.3)
    assert (await call(fake, http, "sendMessage", chat_id=USER, text="x"))["ok"]
