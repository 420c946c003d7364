"""What an adapter offers the core (a run loop and a way to send one item) and what it may use of it.

Both protocols live in the core so that delivery can know adapters only through them, and adapters can be
handed the running app without importing `bot.app`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from bot.core.events import Incoming, Outgoing, Sent

if TYPE_CHECKING:
    from bot.core.dispatcher import Dispatcher
    from bot.core.engine import Engine
    from bot.core.outbox import Pending
    from bot.core.services import FeatureServices
    from bot.storage.database import Store


class PermanentSendError(Exception):
    """The platform will never accept this item (chat gone, bot blocked): drop it, do not retry."""


class Adapter(Protocol):
    platform: str
    bulk_per_second: float | None
    """How fast items marked `bulk` may go out (None: no pacing), kept below the platform's overall
    limit so that replies and class quizzes always find room."""

    async def run(self, host: Host) -> None:
        """Serve until stopped (or, for the console, until input ends)."""

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        """Deliver one item; raise PermanentSendError to drop it, anything else to retry it later.

        `via` is what the adapter passed to `Host.process` for the event this item answers (a live
        interaction, a callback query), or None when that is gone (after a restart, for scheduled items).
        Returns the platform's ids where it has them (needed for `QuizPoll`).
        """


@runtime_checkable
class WatchesDelivery(Protocol):
    """An adapter that shows state derived from delivery (the browser classroom's timers)."""

    def delivered(self, out: Outgoing) -> None:
        """Called once the core has recorded that `out` reached its chat."""


class Host(Protocol):
    """The running app as an adapter sees it."""

    store: Store
    engine: Engine
    dispatcher: Dispatcher

    @property
    def services(self) -> FeatureServices:
        """The content, the clock and the check, as the features see them."""

    async def process(self, event: Incoming, via: object | None = None, *, wait: bool = True) -> None:
        """Handle an event and hand its replies to delivery; with `wait`, return once they are sent."""

    def deliver(self, pending: Sequence[Pending], via: object | None = None) -> list[asyncio.Future[None]]:
        """Hand committed items to delivery; the futures finish as each is sent or dropped."""

    async def drain(self, platform: str, timeout: float) -> None:
        """Wait up to `timeout` for the platform's queued items (before it disconnects)."""

    def prescore(self, texts: Iterable[str]) -> None:
        """Score a batch of messages at once if the model is loaded (never waits for it to load)."""
