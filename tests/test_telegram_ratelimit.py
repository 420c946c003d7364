"""Pacing (pure bookkeeping) and retries (the real python-telegram-bot against the fake Bot API)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import pytest
from fake_bot_api import TOKEN, FakeBotApi
from telegram import Bot
from telegram.error import NetworkError

from bot.adapters.telegram.outgoing import ApiCall
from bot.adapters.telegram.ratelimit import ApiCaller, RateLimiter
from bot.core.adapter import PermanentSendError

# python-telegram-bot's own warning on each 429 (the adapter filters it outside pytest).
pytestmark = pytest.mark.filterwarnings("ignore:.*`retry_after`:DeprecationWarning")


def test_overall_rate_spaces_messages_evenly() -> None:
    limiter = RateLimiter(per_second=30)
    waits = [limiter.reserve_overall(now=10.0) for _ in range(4)]
    assert waits == pytest.approx([0, 1 / 30, 2 / 30, 3 / 30])
    assert limiter.reserve_overall(now=20.0) == 0


def test_zero_rate_means_no_overall_cap() -> None:
    limiter = RateLimiter(per_second=0)
    assert {limiter.reserve_overall(now=5.0) for _ in range(1000)} == {0}


def test_group_gets_twenty_a_minute_and_other_chats_are_not_held_up() -> None:
    limiter = RateLimiter(per_second=0)
    waits = [limiter.reserve_group("-100", now=float(i)) for i in range(25)]
    assert waits[:20] == [0] * 20
    assert waits[20:] == pytest.approx([60 - 20 + 0, 61 - 21 + 0, 62 - 22, 63 - 23, 64 - 24])
    assert limiter.reserve_group("-200", now=25.0) == 0


def test_group_window_slides() -> None:
    limiter = RateLimiter(per_second=0)
    for _ in range(20):
        limiter.reserve_group("-100", now=0.0)
    assert limiter.reserve_group("-100", now=59.0) == pytest.approx(1.0)
    assert limiter.reserve_group("-100", now=200.0) == 0


def test_pause_after_429_holds_everyone_then_the_rate_resumes() -> None:
    now = [100.0]
    limiter = RateLimiter(per_second=10, clock=lambda: now[0])
    limiter.pause(3.0)
    assert limiter.paused_for(100.0) == 3.0 and limiter.paused_for(104.0) == 0
    now[0] = 104.0
    assert [limiter.reserve_overall(104.0) for _ in range(2)] == pytest.approx([0, 0.1])


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.base_url) as b:
        yield b


def caller(bot: Bot, rate: float = 0) -> ApiCaller:
    return ApiCaller(bot, RateLimiter(rate), network_attempts=3, backoff=0.05)


def say(chat_id: int, text: str = "hi") -> ApiCall:
    return ApiCall("send_message", {"chat_id": chat_id, "text": text})


async def test_429s_are_waited_out_and_the_same_call_retried(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail("sendMessage", "429", times=3, retry_after=0.2)
    started = time.monotonic()
    message = await caller(bot)(say(5, "まって"))
    assert time.monotonic() - started >= 0.6
    assert message.text == "まって"
    assert [c.outcome for c in fake.calls_to("sendMessage", None)] == ["429", "429", "429", "ok"]


async def test_dropped_connections_and_500s_are_retried(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail("sendMessage", "drop")
    fake.fail("sendMessage", "500")
    await caller(bot)(say(5))
    assert [c.outcome for c in fake.calls_to("sendMessage", None)] == ["drop", "500", "ok"]


async def test_network_retries_give_up_so_the_reply_stays_in_the_outbox(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail("sendMessage", "500", times=3)
    with pytest.raises(NetworkError):
        await caller(bot)(say(5))


@pytest.mark.parametrize("kind", ["blocked", "chat_not_found"])
async def test_permanent_refusals_are_not_retried(fake: FakeBotApi, bot: Bot, kind: str) -> None:
    fake.fail("sendMessage", kind)
    with pytest.raises(PermanentSendError):
        await caller(bot)(say(5))
    assert len(fake.calls_to("sendMessage", None)) == 1


async def test_migrated_group_is_followed(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail("sendMessage", "migrate", migrate_to=-1009999)
    message = await caller(bot)(say(-100123))
    assert message.chat.id == -1009999
    assert [c.params["chat_id"] for c in fake.calls_to("sendMessage", None)] == [-100123, -1009999]


async def test_overall_rate_is_applied_to_real_sends(fake: FakeBotApi, bot: Bot) -> None:
    send = caller(bot, rate=20)
    started = time.monotonic()
    for chat in range(1, 6):
        await send(say(chat))
    assert time.monotonic() - started >= 4 / 20
    assert len(fake.calls_to("sendMessage")) == 5
