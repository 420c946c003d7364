"""Assembles Matte: storage, the dispatcher with its features, the engine and the adapters."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bot import heartbeat
from bot.config import Settings
from bot.core.adapter import Adapter, WatchesDelivery
from bot.core.delivery import Delivery, rescan
from bot.core.dispatcher import Dispatcher
from bot.core.engine import Engine
from bot.core.events import ClosePoll, Incoming, QuizPoll
from bot.core.outbox import Pending
from bot.features import (
    ask_helper,
    basics,
    check,
    check_scoring,
    class_quiz,
    course,
    forget,
    helpers,
    invite,
    lessons,
    progress,
    solo_quiz,
    tips,
    volunteer,
)
from bot.services import Services
from bot.storage import hash_key, polls
from bot.storage.database import Store
from quizzes import load_with_extra_dir

log = logging.getLogger(__name__)

FEATURES = (
    basics,
    solo_quiz,
    class_quiz,
    lessons,
    progress,
    course,
    check,
    helpers,
    ask_helper,
    volunteer,
    invite,
    tips,
    forget,
)
TICK_SECONDS = 1.0
OUTBOX_RESCAN_SECONDS = 30.0
CHECKING_PLATFORMS = {"telegram", "discord", "line"}


def build_dispatcher() -> Dispatcher:
    dp = Dispatcher()
    for feature in FEATURES:
        feature.register(dp)
    dp.texts_to_score = check_scoring.texts_to_score
    dp.images_to_read = check_scoring.images_to_read
    return dp


class App:
    """Wires storage, the engine, delivery and the adapters; implements `bot.core.adapter.Host`."""

    def __init__(self, settings: Settings, store: Store, services: Services | None = None) -> None:
        settings = replace(
            settings, hash_key=hash_key.resolve(settings.hash_key, store.path, settings.hash_key_file)
        )
        self.settings = settings
        self.store = store
        self.dispatcher = build_dispatcher()
        self.services = services or Services(bank=load_with_extra_dir(settings.content_dir))
        self.engine = Engine(store, self.dispatcher, settings, services=self.services)
        self.adapters: dict[str, Adapter] = {}
        self.delivery = Delivery(self._send, self.engine.ack, bulk_rate=self._bulk_rate)

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    def _bulk_rate(self, platform: str) -> float | None:
        adapter = self.adapters.get(platform)
        return adapter.bulk_per_second if adapter is not None else None

    async def process(self, event: Incoming, via: object | None = None, *, wait: bool = True) -> None:
        """Handle an event and hand its replies to delivery; with `wait`, return once they are sent."""
        futures = self.deliver(await self.engine.handle(event), via)
        if wait and futures:
            await asyncio.wait(futures)

    def deliver(self, pending: Sequence[Pending], via: object | None = None) -> list[asyncio.Future[None]]:
        """Hand committed items to their chats' queues; the futures finish as each is sent or dropped."""
        return self._submit(pending, via)

    async def drain(self, platform: str, timeout: float) -> None:
        await self.delivery.drain(timeout, platform)

    def _submit(self, pending: Sequence[Pending], via: object | None) -> list[asyncio.Future[None]]:
        """Items for platforms this process does not run stay in the outbox for the process that does."""
        return self.delivery.submit((p for p in pending if p.outgoing.chat.platform in self.adapters), via)

    async def _send(self, item: Pending, via: object | None) -> None:
        """Send one item, keeping track of class-quiz polls and when each question was delivered."""
        out = item.outgoing
        platform = out.chat.platform
        adapter = self.adapters[platform]
        if isinstance(out, ClosePoll) and out.message_id is None:
            message_id = polls.message_id(self.store.db, platform, out.ref)
            if message_id is None:
                log.info("closing poll %s that was never sent: nothing to close", out.ref)
                return
            out = replace(out, message_id=message_id)
        sent = await adapter.send(out, via)
        if isinstance(out, QuizPoll):
            await self.engine.delivered(out, sent, self.services.clock())
            if isinstance(adapter, WatchesDelivery):
                adapter.delivered(out)

    def outbox(self) -> list[Pending]:
        """Unsent items of the platforms this process runs."""
        return [item for platform in self.adapters for item in self.engine.pending(platform)]

    async def run(self) -> None:
        """Run every adapter in this one event loop; stop all when the first one ends."""
        stop = asyncio.Event()
        tasks = [asyncio.create_task(a.run(self), name=a.platform) for a in self.adapters.values()]
        background = [
            asyncio.create_task(self._schedule(), name="scheduler"),
            asyncio.create_task(
                rescan(self.delivery, self.outbox, OUTBOX_RESCAN_SECONDS, stop), name="outbox"
            ),
        ]
        background.append(asyncio.create_task(asyncio.to_thread(log_missing_ocr), name="ocr-check"))
        if set(self.adapters) & CHECKING_PLATFORMS:
            threading.Thread(target=self._warm_up, name="warm-up", daemon=True).start()
        alive = heartbeat.path_for(self.store.path, self.adapters)
        if alive is not None:
            background.append(
                asyncio.create_task(heartbeat.beat(alive, heartbeat.INTERVAL_SECONDS), name="heartbeat")
            )
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            stop.set()
            for task in [*tasks, *background]:
                task.cancel()
            await asyncio.gather(*tasks, *background, return_exceptions=True)
            await self.delivery.close()

    def prescore(self, texts: Iterable[str]) -> None:
        """Score a batch at once if the model is loaded (see `Services.prescore`)."""
        self.services.prescore(texts)

    def _warm_up(self) -> None:
        """Load the classifier while chat platforms connect, so the first check is quick.

        It runs in a daemon thread: a stop signal during the load (seconds on a busy machine) must not
        wait for it, as a thread of asyncio's default executor would be waited for at exit.
        """
        try:
            self.services.warm_up()
        except Exception:
            log.exception("could not load the classifier; checks will try again when asked")

    async def tick(self, *, wait: bool = False) -> None:
        """Run the scheduled jobs once and hand what they produced to delivery.

        The scheduler never waits for a send (`wait` is for tests that look at what was sent).
        """
        futures = self.deliver(await self.engine.run_jobs(self.services.clock()))
        if wait and futures:
            await asyncio.wait(futures)

    async def _schedule(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                await self.tick()
            except Exception:
                log.exception("scheduler tick failed")


def log_missing_ocr() -> None:
    """Warn at start-up when pictures cannot be read (or read only partly), with the install command."""
    from images import ocr

    missing = [package for package in ocr.system_packages(ocr.status()) if not package.installed]
    required = [package for package in missing if package.required]
    if required:
        log.warning(
            "pictures cannot be read: %s missing; the bot answers them by asking for the text. Install: %s",
            ", ".join(package.name for package in required),
            ocr.install_command(missing),
        )
    elif missing:
        log.info("optional: %s (%s)", ocr.install_command(missing), missing[0].purpose)
