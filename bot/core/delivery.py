"""One path for everything that leaves Matte: per-chat queues over the outbox, retried until sent.

Items are committed to the outbox with the state change that made them; `submit` puts them in their
chat's queue and returns at once, so neither a handler nor the scheduler ever waits for a send. Each chat
has its own worker: order is kept within a chat, chats are independent. A transient failure is retried
with exponential backoff (the item stays first in its chat) and pauses that platform's other chats for
the same delay, so a failing platform is not hammered while the others carry on. A permanent failure
drops that item only, logged once. The outbox is read again every `rescan_every` seconds, so anything
left there (a crash, a stop in the middle of a send) goes out without waiting for a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from bot.core.adapter import PermanentSendError
from bot.core.events import Message
from bot.core.outbox import Pending

log = logging.getLogger(__name__)

Key = tuple[str, str]
SendOne = Callable[[Pending, object | None], Awaitable[None]]


def per_chat(item: Pending) -> Key:
    """The queue an item waits in: its chat's."""
    return (item.outgoing.chat.platform, item.outgoing.chat.chat_id)


def one_queue(item: Pending) -> Key:
    """Everything in one queue, as Matte sent before per-chat delivery (the benchmark's baseline)."""
    return ("*", "*")


@dataclass
class _Queued:
    pending: Pending
    via: object | None
    done: asyncio.Future[None] = field(default_factory=lambda: asyncio.get_running_loop().create_future())


@dataclass
class _Platform:
    """A platform's shared state: failures (while it fails, one chat at a time probes it) and the
    slots of its bulk items (course days), spaced so they never take the whole of its rate limit."""

    failures: int = 0
    resume_at: float = 0.0
    probe: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_bulk_at: float = 0.0

    async def bulk_slot(self, per_second: float) -> None:
        loop = asyncio.get_running_loop()
        now = loop.time()
        at = max(now, self.next_bulk_at)
        self.next_bulk_at = at + 1.0 / per_second
        if at > now:
            await asyncio.sleep(at - now)


class Delivery:
    """Per-chat send queues with platform-wide backoff; `send` does one item, `ack` forgets it."""

    def __init__(
        self,
        send: SendOne,
        ack: Callable[[int], None],
        *,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        queue_of: Callable[[Pending], Key] = per_chat,
        bulk_rate: Callable[[str], float | None] = lambda platform: None,
    ) -> None:
        self._send = send
        self._ack = ack
        self._queue_of = queue_of
        self._bulk_rate = bulk_rate
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._queues: dict[Key, deque[_Queued]] = {}
        self._workers: dict[Key, asyncio.Task[None]] = {}
        self._platforms: dict[str, _Platform] = {}
        self._in_flight: set[int] = set()

    def submit(self, pending: Iterable[Pending], via: object | None = None) -> list[asyncio.Future[None]]:
        """Queue items behind their chat's earlier ones; the futures finish when each is sent or dropped."""
        futures = []
        for item in pending:
            if item.id and item.id in self._in_flight:
                continue
            if item.id:
                self._in_flight.add(item.id)
            queued = _Queued(item, via)
            futures.append(queued.done)
            key = self._queue_of(item)
            self._queues.setdefault(key, deque()).append(queued)
            if key not in self._workers:
                self._workers[key] = asyncio.create_task(self._work(key), name=f"deliver {key[0]}")
        return futures

    def in_flight(self, pending_id: int) -> bool:
        return pending_id in self._in_flight

    @property
    def busy(self) -> bool:
        return bool(self._workers)

    async def drain(self, timeout: float, platform: str | None = None) -> None:
        """Wait up to `timeout` for queued items (of one platform); what is left stays in the outbox."""
        workers = {task for key, task in self._workers.items() if platform in (None, key[0])}
        if not workers:
            return
        _, left = await asyncio.wait(workers, timeout=timeout)
        if left:
            log.warning("stopping with %d chats' replies unsent; they stay in the outbox", len(left))
            for task in left:
                task.cancel()
            await asyncio.gather(*left, return_exceptions=True)

    async def close(self) -> None:
        """Stop every worker now; unsent items stay in the outbox."""
        workers = list(self._workers.values())
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)

    async def _work(self, key: Key) -> None:
        queue = self._queues[key]
        platform = self._platforms.setdefault(key[0], _Platform())
        try:
            while queue:
                await self._deliver(queue[0], platform)
                queue.popleft()
        finally:
            for left in queue:
                left.done.cancel()
                self._in_flight.discard(left.pending.id)
            del self._queues[key]
            del self._workers[key]

    async def _deliver(self, queued: _Queued, platform: _Platform) -> None:
        """Send one item until it is sent or refused for good."""
        out = queued.pending.outgoing
        rate = self._bulk_rate(out.chat.platform) if isinstance(out, Message) and out.bulk else None
        if rate:
            await platform.bulk_slot(rate)
        while True:
            if platform.failures:
                async with platform.probe:
                    sent = await self._attempt(queued, platform)
            else:
                sent = await self._attempt(queued, platform)
            if sent:
                self._finish(queued)
                return

    async def _attempt(self, queued: _Queued, platform: _Platform) -> bool:
        """One try, after the platform's backoff; True when the item is done with (sent or refused)."""
        loop = asyncio.get_running_loop()
        wait = platform.resume_at - loop.time()
        if wait > 0:
            await asyncio.sleep(wait)
        name = queued.pending.outgoing.chat.platform
        try:
            await self._send(queued.pending, queued.via)
        except PermanentSendError as exc:
            log.warning("dropping a %s item the platform refused: %s", name, exc)
        except Exception as exc:
            platform.failures += 1
            delay = min(self.max_backoff, self.backoff * 2 ** min(platform.failures - 1, 16))
            platform.resume_at = max(platform.resume_at, loop.time() + delay)
            if platform.failures == 1:
                log.warning(
                    "could not send to %s (%s: %s); retrying with backoff",
                    name,
                    type(exc).__name__,
                    exc,
                    exc_info=not isinstance(exc, OSError | TimeoutError),
                )
            return False
        if platform.failures:
            log.info("%s accepts items again after %d failed attempts", name, platform.failures)
            platform.failures = 0
        log.debug("delivered a %s item (%s)", name, type(queued.pending.outgoing).__name__)
        return True

    def _finish(self, queued: _Queued) -> None:
        pending_id = queued.pending.id
        try:
            self._ack(pending_id)
        finally:
            self._in_flight.discard(pending_id)
            if not queued.done.done():
                queued.done.set_result(None)


async def rescan(
    delivery: Delivery, pending: Callable[[], list[Pending]], every: float, stop: asyncio.Event
) -> None:
    """Hand the outbox's items that no worker holds to delivery now and every `every` seconds."""
    while not stop.is_set():
        try:
            delivery.submit(item for item in pending() if not delivery.in_flight(item.id))
        except Exception:
            log.exception("could not read the outbox; trying again in %.0f s", every)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
