"""The running app the LINE and Telegram adapter tests hold: its fake platform, app, adapter and store.

Each adapter's tests start the bot their own way and wait for it in their own terms (LINE: the
webhook answered and delivery idle; Telegram: getUpdates past an update id), but they hold the same
parts and shut down the same way, so that part is written once here.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from bot.app import App
from bot.storage.database import Store


class Stoppable(Protocol):
    def stop(self) -> None: ...


F = TypeVar("F")
A = TypeVar("A", bound=Stoppable)


@dataclass
class RunningBot(Generic[F, A]):
    fake: F
    app: App
    adapter: A
    store: Store
    task: asyncio.Task[None]

    async def stop(self) -> None:
        """Stop the adapter, wait for the app to finish draining, and close the database."""
        self.adapter.stop()
        await asyncio.wait_for(self.task, 15)
        self.store.close()
