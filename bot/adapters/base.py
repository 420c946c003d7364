"""What every adapter offers the app: a platform name, a run loop and a way to send one reply."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from bot.core.events import Outgoing, Sent

if TYPE_CHECKING:
    from bot.app import App


class PermanentSendError(Exception):
    """The platform will never accept this reply (chat gone, bot blocked): drop it, do not retry."""


class Adapter(Protocol):
    platform: str

    async def run(self, app: App) -> None:
        """Serve until stopped (or, for the console, until input ends)."""

    async def send(self, out: Outgoing) -> Sent | None:
        """Deliver one reply; raise PermanentSendError to drop it, anything else to retry later.

        Returns the platform's ids where it has them (needed for `QuizPoll`).
        """
