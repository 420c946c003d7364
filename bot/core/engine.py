"""Runs one event at a time through the dispatcher inside one database transaction.

Per event: drop it if its update id was handled before, load the user, run the handler, and
commit its state changes together with its replies (the outbox). Adapters send the replies
afterwards and acknowledge each one. A handler that fails changes nothing and the user gets a
short apology, never a crash.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from datetime import datetime

from sqlite_utils import Database

from bot.config import Settings
from bot.core import outbox
from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import ChatRef, Incoming, Message, Outgoing, Sent
from bot.core.outbox import UNSAVED, Pending
from bot.core.render import Renderer
from bot.core.services import FeatureServices
from bot.storage import chats, updates, users
from bot.storage.database import Store

log = logging.getLogger(__name__)

STORAGE_ERROR_EVERY = 60.0


class Engine:
    def __init__(
        self,
        store: Store,
        dispatcher: Dispatcher,
        settings: Settings,
        services: FeatureServices,
        renderer: Renderer | None = None,
    ) -> None:
        self.store = store
        self.dispatcher = dispatcher
        self.settings = settings
        self.renderer = renderer or Renderer()
        self.services = services
        self._lock = asyncio.Lock()
        self._last_storage_error = -STORAGE_ERROR_EVERY

    async def handle(self, event: Incoming) -> list[Pending]:
        """Handle one event; returns the committed replies still to be sent.

        If the database cannot be written (read-only, disk full), nothing is changed, the log says
        so clearly, and the user still gets an answer explaining that Matte cannot save right now.
        """
        try:
            return await self._handle(event)
        except sqlite3.OperationalError as exc:
            self._storage_failed(exc, "answering without saving")
            if event.source.is_group and not event.addressed:
                return []
            return [Pending(UNSAVED, Message(chat=event.source.chat, text=self._apology(event)))]

    def _storage_failed(self, exc: Exception, consequence: str) -> None:
        """Say it clearly in the log, but once a minute at most: the scheduler would repeat it every tick."""
        now = time.monotonic()
        if now - self._last_storage_error >= STORAGE_ERROR_EVERY:
            self._last_storage_error = now
            log.error("cannot write to the database %s (%s): %s", self.store.path, exc, consequence)

    def _apology(self, event: Incoming) -> str:
        try:
            user = users.get(self.store.db, event.source.platform, event.source.user_id)
        except sqlite3.Error:
            user = None
        lang = user.lang if user else users.language_from_code(event.source.language_code, self.settings.lang)
        return self.renderer.render(lang, "storage_unavailable")

    async def _prepare(self, event: Incoming) -> None:
        """Read pictures and score what the handler will check in worker threads first, outside the lock."""
        pictures = self.dispatcher.images_to_read
        for data in pictures(event) if pictures is not None else ():
            await self.services.read_image(data)
        finder = self.dispatcher.texts_to_score
        if finder is None:
            return
        texts = finder(event, self.store.db)
        if texts:
            await self.services.prepare(texts)

    async def _handle(self, event: Incoming) -> list[Pending]:
        source = event.source
        await self._prepare(event)
        async with self._lock:
            with self.store.write() as db:
                if event.update_id is not None and not updates.claim(db, source.platform, event.update_id):
                    return []
                chats.remember(db, source.platform, source.chat_id, source.chat_kind.value)
                lang = users.language_from_code(source.language_code, self.settings.lang)
                user = users.get_or_create(db, source.platform, source.user_id, lang)
                ctx = Context(
                    event=event,
                    user=user,
                    db=db,
                    renderer=self.renderer,
                    settings=self.settings,
                    services=self.services,
                    chat=source.chat,
                )
                replies = await self._run(ctx)
                return [outbox.add(db, reply) for reply in replies]

    async def _run(self, ctx: Context) -> list[Outgoing]:
        try:
            with ctx.db.atomic():
                return await self.dispatcher.route(ctx)
        except Exception:
            log.exception("handler failed for %s event", type(ctx.event).__name__)
            if ctx.event.source.is_group and not ctx.event.addressed:
                return []
            return [Message(chat=ctx.event.source.chat, text=ctx.t("error"))]

    async def run_jobs(self, now: datetime) -> list[Pending]:
        """Run every scheduled job once, each in its own transaction; returns replies to send."""
        sent: list[Pending] = []
        for job in self.dispatcher.jobs:
            async with self._lock:
                try:
                    with self.store.write() as db:
                        run = JobRun(
                            db,
                            now,
                            lambda platform, chat_id, user_id: self._speaker(db, platform, chat_id, user_id),
                        )
                        sent += [outbox.add(db, reply) for reply in job(run)]
                except sqlite3.OperationalError as exc:
                    self._storage_failed(exc, "scheduled work waits")
                except Exception:
                    log.exception("scheduled job %s failed", getattr(job, "__name__", job))
        if self.store.scrub_due:
            self.store.scrub()
        return sent

    def _speaker(self, db: Database, platform: str, chat_id: str, user_id: str) -> Speaker:
        user = users.get_or_create(db, platform, user_id, self.settings.lang)
        return Speaker(
            user=user,
            db=db,
            renderer=self.renderer,
            settings=self.settings,
            services=self.services,
            chat=ChatRef(platform, chat_id),
        )

    async def delivered(self, out: Outgoing, sent: Sent | None, at: datetime) -> None:
        """Tell the features an item reached its chat (a class question's timer starts now)."""
        async with self._lock:
            with self.store.write() as db:
                for hook in self.dispatcher.delivery_hooks:
                    hook(db, out, sent, at)

    def pending(self, platform: str) -> list[Pending]:
        """Replies committed but not yet sent (left over from a crash)."""
        return outbox.pending(self.store.db, platform)

    def ack(self, pending_id: int) -> None:
        """The platform accepted this reply (or refused it for good): forget it. If it quoted someone's
        text, the WAL is scrubbed at the next scheduler tick (a second at most): one checkpoint per
        tick however many checks were answered, since each costs a few milliseconds of disk sync."""
        if pending_id == UNSAVED:
            return
        with self.store.write() as db:
            if outbox.ack(db, pending_id):
                self.store.scrub_due = True
