"""Assembles Matte: storage, the dispatcher with its features, the engine and the adapters."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot.adapters.base import Adapter, PermanentSendError
from bot.config import Settings
from bot.core.dispatcher import Dispatcher
from bot.core.engine import Engine
from bot.core.events import ClosePoll, Incoming, Outgoing, QuizPoll
from bot.features import basics, check, class_quiz, course, forget, lessons, progress, solo_quiz
from bot.services import Services
from bot.storage import polls
from bot.storage.database import Store
from bot.storage.outbox import Pending
from quizzes import load_with_extra_dir

log = logging.getLogger(__name__)

FEATURES = (basics, solo_quiz, class_quiz, lessons, progress, course, check, forget)
TICK_SECONDS = 1.0
CHECKING_PLATFORMS = {"telegram", "discord"}


def build_dispatcher() -> Dispatcher:
    dp = Dispatcher()
    for feature in FEATURES:
        feature.register(dp)
    return dp


class App:
    def __init__(self, settings: Settings, store: Store, services: Services | None = None) -> None:
        self.settings = settings
        self.store = store
        self.dispatcher = build_dispatcher()
        self.engine = Engine(
            store,
            self.dispatcher,
            settings,
            services=services or Services(bank=load_with_extra_dir(settings.content_dir)),
        )
        self.adapters: dict[str, Adapter] = {}

    def add_adapter(self, adapter: Adapter) -> None:
        self.adapters[adapter.platform] = adapter

    async def process(self, event: Incoming) -> None:
        """Handle an event and deliver its replies."""
        await self.deliver(await self.engine.handle(event))

    async def deliver(self, pending: list[Pending]) -> None:
        for item in pending:
            adapter = self.adapters.get(item.outgoing.chat.platform)
            if adapter is None:
                continue
            try:
                await self._send(adapter, item.outgoing)
            except PermanentSendError as exc:
                log.warning("dropping a reply the platform refused: %s", exc)
            except Exception:
                log.exception("could not send a reply; it stays in the outbox for the next flush")
                return
            self.engine.ack(item.id)

    async def _send(self, adapter: Adapter, out: Outgoing) -> None:
        """Send one reply, keeping track of the platform ids of class-quiz polls."""
        platform = out.chat.platform
        if isinstance(out, ClosePoll) and out.message_id is None:
            message_id = polls.message_id(self.store.db, platform, out.ref)
            if message_id is None:
                return
            out = replace(out, message_id=message_id)
        sent = await adapter.send(out)
        if isinstance(out, QuizPoll) and sent is not None:
            with self.store.write() as db:
                polls.link(db, platform, out.ref, out.chat.chat_id, sent.message_id, sent.poll_id)

    async def flush_outbox(self, platform: str) -> None:
        """Send replies left over from a crash."""
        await self.deliver(self.engine.pending(platform))

    async def run(self) -> None:
        """Run every adapter in this one event loop; stop all when the first one ends."""
        for platform in self.adapters:
            await self.flush_outbox(platform)
        tasks = [asyncio.create_task(a.run(self), name=a.platform) for a in self.adapters.values()]
        scheduler = asyncio.create_task(self._schedule(), name="scheduler")
        background = [scheduler]
        if set(self.adapters) & CHECKING_PLATFORMS:
            background.append(asyncio.create_task(self._warm_up(), name="warm-up"))
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            for task in [*tasks, *background]:
                task.cancel()
            await asyncio.gather(*tasks, *background, return_exceptions=True)

    async def _warm_up(self) -> None:
        """Load the classifier in a thread while chat platforms connect, so the first check is quick."""
        try:
            await asyncio.to_thread(self.engine.services.warm_up)
        except Exception:
            log.exception("could not load the classifier; checks will try again when asked")

    async def tick(self) -> None:
        """Run the scheduled jobs once and deliver what they produced."""
        await self.deliver(await self.engine.run_jobs(self.engine.services.clock()))

    async def _schedule(self) -> None:
        while True:
            await asyncio.sleep(TICK_SECONDS)
            try:
                await self.tick()
            except Exception:
                log.exception("scheduler tick failed")
