"""The core's delivery path: per-chat order, independent chats, backoff, permanent drops, a live outbox."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

import pytest

from bot.app import App
from bot.config import Settings
from bot.core import outbox
from bot.core.adapter import Host, PermanentSendError
from bot.core.delivery import Delivery, rescan
from bot.core.events import ChatRef, Command, ForwardedMessage, Message, Outgoing, Sent, Source
from bot.core.outbox import Pending
from bot.services import Services
from bot.storage.database import Store
from classifier.result import CheckResult
from classifier.testing import FakeScorer


@dataclass
class ScriptedAdapter:
    """Sends by recording; chats named in `blocked` wait for their gate, `failing` raise until healed."""

    platform: str = "test"
    sent: list[tuple[str, str, float]] = field(default_factory=list)
    blocked: dict[str, asyncio.Event] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)
    refused: set[str] = field(default_factory=set)
    attempts: int = 0

    async def run(self, host: Host) -> None:
        return None

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        self.attempts += 1
        chat = out.chat.chat_id
        if chat in self.blocked:
            await self.blocked[chat].wait()
        if chat in self.failing:
            raise ConnectionError("platform down")
        if chat in self.refused:
            raise PermanentSendError("chat gone")
        self.sent.append((chat, getattr(out, "text", ""), time.monotonic()))
        return None


def message(platform: str, chat: str, text: str, item_id: int) -> Pending:
    return Pending(item_id, Message(chat=ChatRef(platform, chat), text=text))


@pytest.fixture
def acked() -> list[int]:
    return []


def delivery_for(adapters: dict[str, ScriptedAdapter], acked: list[int], backoff: float = 0.01) -> Delivery:
    async def send(item: Pending, via: object | None) -> None:
        await adapters[item.outgoing.chat.platform].send(item.outgoing, via)

    return Delivery(send, acked.append, backoff=backoff, max_backoff=backoff * 4)


async def test_order_is_kept_within_a_chat_and_a_stuck_chat_holds_up_no_other(acked: list[int]) -> None:
    adapter = ScriptedAdapter(blocked={"slow": asyncio.Event()})
    delivery = delivery_for({"test": adapter}, acked)
    items = [message("test", "slow", "s1", 1), message("test", "a", "a1", 2), message("test", "a", "a2", 3)]
    items.append(message("test", "slow", "s2", 4))
    futures = delivery.submit(items)
    await asyncio.wait(futures[1:3])
    assert [text for _, text, _ in adapter.sent] == ["a1", "a2"]
    adapter.blocked["slow"].set()
    await asyncio.wait(futures)
    assert [text for _, text, _ in adapter.sent] == ["a1", "a2", "s1", "s2"]
    assert sorted(acked) == [1, 2, 3, 4]


async def test_a_failing_platform_delays_only_its_own_chats_and_recovers_without_a_restart(
    acked: list[int],
) -> None:
    down = ScriptedAdapter(platform="down", failing={"x", "y"})
    up = ScriptedAdapter(platform="up")
    delivery = delivery_for({"down": down, "up": up}, acked)
    failing = delivery.submit([message("down", "x", "x1", 1), message("down", "y", "y1", 2)])
    working = delivery.submit([message("up", "z", f"z{n}", 10 + n) for n in range(5)])
    await asyncio.wait(working, timeout=1)
    assert [text for _, text, _ in up.sent] == ["z0", "z1", "z2", "z3", "z4"]
    assert down.sent == [] and not any(f.done() for f in failing)
    down.failing.clear()
    await asyncio.wait(failing, timeout=2)
    assert sorted(text for _, text, _ in down.sent) == ["x1", "y1"]
    assert sorted(acked) == [1, 2, 10, 11, 12, 13, 14]


async def test_the_platform_backs_off_instead_of_being_hammered(acked: list[int]) -> None:
    down = ScriptedAdapter(platform="down", failing={str(n) for n in range(20)})
    delivery = delivery_for({"down": down}, acked, backoff=0.2)
    delivery.submit([message("down", str(n), "hello", n + 1) for n in range(20)])
    await asyncio.sleep(0.5)
    await delivery.close()
    assert down.attempts <= 5, "while a platform fails, one chat at a time should probe it"


async def test_a_refused_item_is_dropped_alone_and_logged_once(
    acked: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    adapter = ScriptedAdapter(refused={"gone"})
    delivery = delivery_for({"test": adapter}, acked)
    futures = delivery.submit([message("test", "gone", "lost", 1), message("test", "ok", "kept", 2)])
    await asyncio.wait(futures)
    assert [text for _, text, _ in adapter.sent] == ["kept"] and sorted(acked) == [1, 2]
    assert caplog.text.count("dropping a test item") == 1


async def test_the_outbox_is_read_again_while_running(store: Store, acked: list[int]) -> None:
    adapter = ScriptedAdapter()
    delivery = delivery_for({"test": adapter}, acked)
    stop = asyncio.Event()
    scanner = asyncio.create_task(rescan(delivery, lambda: outbox.pending(store.db, "test"), 0.05, stop))
    with store.write() as db:
        left = outbox.add(db, Message(chat=ChatRef("test", "1"), text="left by a crash"))
    for _ in range(100):
        if adapter.sent:
            break
        await asyncio.sleep(0.02)
    with store.write() as db:
        for item_id in acked:
            outbox.ack(db, item_id)
    await asyncio.sleep(0.15)
    stop.set()
    await scanner
    assert [text for _, text, _ in adapter.sent] == ["left by a crash"] and acked == [left.id]


async def test_the_scheduler_hands_over_without_waiting_for_a_send(
    settings: Settings, store: Store, services: Services
) -> None:
    adapter = ScriptedAdapter(blocked={"1": asyncio.Event()})
    app = App(settings, store, services)
    app.add_adapter(adapter)  # type: ignore[arg-type]
    with store.write() as db:
        app.deliver([outbox.add(db, Message(chat=ChatRef("test", "1"), text="stuck"))])
    await asyncio.wait_for(app.tick(), timeout=1)
    adapter.blocked["1"].set()
    await app.delivery.drain(1)
    assert [text for _, text, _ in adapter.sent] == ["stuck"]


class SlowScorer(FakeScorer):
    """A model that takes `load_seconds` to load, like scikit-learn's first import."""

    def __init__(self, load_seconds: float) -> None:
        time.sleep(load_seconds)
        super().__init__(default=CheckResult(0.95, True, (), ()))


async def test_a_check_while_the_model_loads_delays_no_other_chat(
    settings: Settings, store: Store, bank, clock
) -> None:
    services = Services(bank=bank, clock=clock, scorer_factory=lambda: SlowScorer(1.5))
    adapter = ScriptedAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)  # type: ignore[arg-type]
    senior = Source(platform="test", chat_id="senior", user_id="senior")
    pupil = Source(platform="test", chat_id="pupil", user_id="pupil")
    started = time.monotonic()
    check = asyncio.create_task(
        app.process(ForwardedMessage(source=senior, text="【拡散希望】至急みんなに回して"))
    )
    await asyncio.sleep(0.1)
    await app.process(Command(source=pupil, name="help"))
    answered_pupil = time.monotonic() - started
    await check
    answered_senior = time.monotonic() - started
    assert answered_pupil < 1.0 < answered_senior
    assert [chat for chat, _, _ in adapter.sent] == ["pupil", "senior"]


async def test_failures_are_logged_once_per_streak(
    acked: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    adapter = ScriptedAdapter(failing={"x"})
    delivery = delivery_for({"test": adapter}, acked)
    futures = delivery.submit([message("test", "x", "hello", 1)])
    await asyncio.sleep(0.3)
    adapter.failing.clear()
    await asyncio.wait(futures)
    assert adapter.attempts > 3 and caplog.text.count("could not send to test") == 1


async def test_bulk_items_are_paced_and_leave_room_for_the_rest(acked: list[int]) -> None:
    adapter = ScriptedAdapter()

    async def send(item: Pending, via: object | None) -> None:
        await adapter.send(item.outgoing, via)

    delivery = Delivery(send, acked.append, bulk_rate=lambda platform: 20.0)
    course = [
        Pending(n + 1, Message(chat=ChatRef("test", f"senior{n}"), text="day 2", bulk=True))
        for n in range(10)
    ]
    started = time.monotonic()
    bulk = delivery.submit(course)
    [question] = delivery.submit([message("test", "-class", "question 1", 99)])
    await asyncio.wait([question])
    assert time.monotonic() - started < 0.1
    await asyncio.wait(bulk)
    times = sorted(at for chat, _, at in adapter.sent if chat.startswith("senior"))
    assert times[-1] - times[0] >= 9 / 20.0 - 0.02
