"""Pacing (pure bookkeeping) and retries (the real python-telegram-bot against the fake Bot API)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from fake_bot_api import TOKEN, FakeBotApi
from telegram import Bot
from telegram.error import NetworkError
from telegram.request import HTTPXRequest

from bot.adapters.telegram.outgoing import ApiCall
from bot.adapters.telegram.ratelimit import GROUP_MARGIN, GROUP_WINDOW, ApiCaller, RateLimiter
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


# A group's window as this limiter counts it: Telegram's minute and the margin for the way there.
WINDOW = GROUP_WINDOW * (1 + GROUP_MARGIN)


def test_group_gets_twenty_a_minute_and_other_chats_are_not_held_up() -> None:
    limiter = RateLimiter(per_second=0)
    waits = [limiter.reserve_group("-100", now=float(i)) for i in range(25)]
    assert waits[:20] == [0] * 20
    assert waits[20:] == pytest.approx(
        [WINDOW - 20, WINDOW + 1 - 21, WINDOW + 2 - 22, WINDOW - 20, WINDOW - 20]
    )
    assert limiter.reserve_group("-200", now=25.0) == 0


def test_group_window_slides_and_scales() -> None:
    limiter = RateLimiter(per_second=0)
    for _ in range(20):
        limiter.reserve_group("-100", now=0.0)
    assert limiter.reserve_group("-100", now=59.0) == pytest.approx(WINDOW - 59)
    assert limiter.reserve_group("-100", now=200.0) == 0
    scaled = RateLimiter(per_second=0, group_window=6.0)
    for _ in range(20):
        scaled.reserve_group("-100", now=0.0)
    assert scaled.group_wait("-100", now=1.0) == pytest.approx(6.0 * (1 + GROUP_MARGIN) - 1)


def test_a_429_pauses_only_its_chat_then_the_rate_resumes() -> None:
    now = [100.0]
    limiter = RateLimiter(per_second=10, clock=lambda: now[0])
    limiter.pause(3.0, "-100")
    assert limiter.paused_for(100.0, "-100") == 3.0 and limiter.paused_for(104.0, "-100") == 0
    assert limiter.paused_for(100.0, "-200") == 0 and limiter.paused_for(100.0, "5") == 0
    now[0] = 104.0
    assert [limiter.reserve_overall(104.0) for _ in range(2)] == pytest.approx([0, 0.1])


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        server.started.update(range(1, 10))  # people who wrote to the bot, so it may answer them
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


async def test_a_429_in_one_group_holds_up_neither_other_chats_nor_admin_checks(
    fake: FakeBotApi, bot: Bot
) -> None:
    fake.fail("sendMessage", "429", retry_after=1.0)
    send = caller(bot)
    busy = asyncio.create_task(send(say(-100123, "group")))
    await fake.wait_for(lambda: fake.calls_to("sendMessage", "429"))
    started = time.monotonic()
    await send(ApiCall("get_chat_member", {"chat_id": -100123, "user_id": 5}))
    await send(say(-100456, "other group"))
    await send(say(5, "private"))
    assert time.monotonic() - started < 0.5
    await busy
    group = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == -100123]
    (refused,) = fake.calls_to("sendMessage", "429")
    assert group[0].at - refused.at >= 1.0


async def test_stopping_a_poll_telegram_already_closed_is_done(fake: FakeBotApi, bot: Bot) -> None:
    send = caller(bot)
    poll = await send(ApiCall("send_poll", {"chat_id": -100123, "question": "Q", "options": ["a", "b"]}))
    stop = ApiCall("stop_poll", {"chat_id": -100123, "message_id": poll.message_id})
    await send(stop)
    assert await send(stop) is None
    assert [c.outcome for c in fake.calls_to("stopPoll", None)] == ["ok", "poll_closed"]


async def test_a_poll_whose_answer_is_lost_is_not_sent_twice(fake: FakeBotApi) -> None:
    fake.fail("sendPoll", "late", delay=1.0)
    async with Bot(TOKEN, base_url=fake.base_url, request=HTTPXRequest(read_timeout=0.2)) as slow:
        with pytest.raises(PermanentSendError, match="not sent twice"):
            await caller(slow)(
                ApiCall("send_poll", {"chat_id": -100123, "question": "Q", "options": ["a", "b"]})
            )
    assert len(fake.calls_to("sendPoll", None)) == 1 and len(fake.polls) == 1


async def test_a_poll_that_surely_never_left_is_retried_as_any_call(fake: FakeBotApi, bot: Bot) -> None:
    await fake.close()  # connections are refused: nothing can have reached Telegram
    with pytest.raises(NetworkError, match="ConnectError"):
        await caller(bot)(ApiCall("send_poll", {"chat_id": -1, "question": "Q", "options": ["a", "b"]}))


async def test_migrated_group_is_followed_remembered_and_reported(fake: FakeBotApi, bot: Bot) -> None:
    moves: list[tuple[str, str]] = []
    send = ApiCaller(bot, RateLimiter(0), on_migrate=lambda old, new: moves.append((old, new)))
    fake.migrate(-100123, -1009999)
    await send(say(-100123, "first"))
    await send(say(-100123, "second"))
    assert [c.params["chat_id"] for c in fake.calls_to("sendMessage", None)] == [-100123, -1009999, -1009999]
    assert moves == [("-100123", "-1009999")]


async def test_a_429_on_a_call_that_sends_nothing_waits_alone(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail("getChatMember", "429", retry_after=1.0)
    send = caller(bot)
    check = asyncio.create_task(send(ApiCall("get_chat_member", {"chat_id": -100123, "user_id": 5})))
    await fake.wait_for(lambda: fake.calls_to("getChatMember", "429"))
    started = time.monotonic()
    await send(say(-100123, "the group's messages go on"))
    assert time.monotonic() - started < 0.5
    await check
    (refused,) = fake.calls_to("getChatMember", "429")
    assert fake.calls_to("getChatMember")[0].at - refused.at >= 1.0
