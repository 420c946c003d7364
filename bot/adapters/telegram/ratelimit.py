"""Pacing and retrying Bot API calls: Telegram's flood limits, 429s and flaky networks.

Telegram allows about 30 messages a second overall (TELEGRAM_MAX_RATE; 0 = no overall cap, for
paid broadcasts or a self-hosted Bot API server) and 20 a minute in one group; going over earns a
429 with `retry_after`. A reply is never dropped here: a 429 pauses that chat's messages for
`retry_after` and the same call is retried; other chats, and calls that send nothing (getChatMember,
answerCallbackQuery), go on, so one busy group holds up no one else. Network errors are retried
with backoff; only the platform's permanent refusals (bot blocked, chat not found, a bad request)
become PermanentSendError. A call given up on raises, so the reply stays in the outbox.

Two refusals are not failures: stopPoll on a poll Telegram already closed (its open_period ran
out) is done, and a group that became a supergroup is followed to its new id (remembered, and
reported through `on_migrate` so stored sessions follow too).

A sendPoll whose request may have reached Telegram (no answer in time, the connection lost after
sending) is not sent again: a second poll would split the class's votes, and the one not linked
to the question would count none. It becomes PermanentSendError, so delivery drops it and the
class quiz closes the question after its grace period. Errors that prove nothing was sent
(connecting, a full connection pool) are retried as for any call.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import httpx
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
)
from telegram.warnings import PTBDeprecationWarning

from bot.adapters.telegram.limits import GROUP_MARGIN, GROUP_PER_MINUTE, GROUP_WINDOW
from bot.adapters.telegram.outgoing import ApiCall
from bot.core.adapter import PermanentSendError

log = logging.getLogger(__name__)

POLL_CLOSED = "poll has already been closed"
# Failures that prove the request never reached Telegram, so sending it again cannot double it.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
MAX_IDLE_GROUPS = 1000
# Requests on the wire at once. httpx's pool rescans every connection for each waiting request, so
# a few busy connections beat one request per chat; at Telegram's 0.1-0.3 s round trip, 8 carry
# the default 30 messages a second.
IN_FLIGHT = 8

# python-telegram-bot warns on every 429 that `retry_after` will become a timedelta; both types
# are handled below, so the warning would only fill the logs during a flood.
warnings.filterwarnings(
    "ignore", message=r".*attribute `retry_after` will be of type", category=PTBDeprecationWarning
)

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]
OnMigrate = Callable[[str, str], None]


class RateLimiter:
    """Books send slots: overall spacing, a sliding window per group, and per-chat pauses after a 429.

    `reserve_*` are pure bookkeeping against a given time, so the limits are tested without
    sleeping; `acquire` sleeps until the booked slot. `group_window` is 60 s; tests scale it down.
    """

    def __init__(
        self,
        per_second: float,
        group_per_minute: int = GROUP_PER_MINUTE,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        group_window: float | None = None,
    ) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self.group_per_minute = group_per_minute
        self.group_window = GROUP_WINDOW if group_window is None else group_window
        self.clock = clock
        self.sleep = sleep
        self._next_free = 0.0
        self._paused_until: dict[str, float] = {}
        self._groups: dict[str, deque[float]] = {}
        self._pacing = asyncio.Lock()

    def reserve_overall(self, now: float) -> float:
        """Book the next overall slot; returns how long to wait for it."""
        if not self.interval:
            return 0.0
        slot = max(now, self._next_free)
        self._next_free = slot + self.interval
        return slot - now

    def group_wait(self, chat_id: str, now: float) -> float:
        """How long until the group has room for one more message (nothing is booked)."""
        window = self._groups.get(chat_id)
        if window is None or len(window) < self.group_per_minute:
            return 0.0
        return max(0.0, window[0] + self.group_window * (1 + GROUP_MARGIN) - now)

    def reserve_group(self, chat_id: str, now: float) -> float:
        """Book a slot in a group: at most `group_per_minute` within any window (and its margin)."""
        if len(self._groups) > MAX_IDLE_GROUPS:
            self._forget_idle(now)
        window = self._groups.setdefault(chat_id, deque(maxlen=self.group_per_minute))
        wait = self.group_wait(chat_id, now)
        window.append(now + wait)
        return wait

    def pause(self, seconds: float, chat_id: str) -> None:
        """Telegram asked to wait before the next message to this chat (429)."""
        until = self.clock() + seconds
        self._paused_until[chat_id] = max(self._paused_until.get(chat_id, 0.0), until)

    def paused_for(self, now: float, chat_id: str) -> float:
        until = self._paused_until.get(chat_id)
        if until is None:
            return 0.0
        if until <= now:
            del self._paused_until[chat_id]
            return 0.0
        return until - now

    async def acquire(self, chat_id: str, is_group: bool) -> None:
        """Wait until this message may go, and book it in its group at the moment it goes.

        The pause and the group's window are checked last, with nothing awaited after: a slot
        booked and then held up by a pause (or the overall pace) would go out in a burst with
        the others held up, or later than its group's window records. Overall slots are booked
        one at a time, each counted from when the previous one really went, so an event loop held
        up (by CPU work, a slow disk) does not let a queue of overdue slots out together.
        """
        while True:
            await self.wait_if_paused(chat_id)
            if self.interval:
                async with self._pacing:
                    await self._wait(self.reserve_overall(self.clock()))
                    self._next_free = max(self._next_free, self.clock() + self.interval)
            now = self.clock()
            if self.paused_for(now, chat_id) > 0:
                continue
            if is_group and (wait := self.group_wait(chat_id, now)) > 0:
                await self.sleep(wait)
                continue
            if is_group:
                self.reserve_group(chat_id, now)
            return

    async def wait_if_paused(self, chat_id: str) -> None:
        while (wait := self.paused_for(self.clock(), chat_id)) > 0:
            await self.sleep(wait)

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            await self.sleep(seconds)

    def _forget_idle(self, now: float) -> None:
        idle = [chat for chat, window in self._groups.items() if window[-1] < now - self.group_window]
        for chat in idle:
            del self._groups[chat]


def retry_seconds(exc: RetryAfter) -> float:
    """`retry_after` in seconds, whichever type this python-telegram-bot version reports."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class ApiCaller:
    """Runs ApiCalls on a `telegram.Bot` with pacing, 429 handling and network retries."""

    def __init__(
        self,
        bot: Bot,
        limiter: RateLimiter,
        *,
        network_attempts: int = 8,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        in_flight: int = IN_FLIGHT,
        on_migrate: OnMigrate | None = None,
    ) -> None:
        self.bot = bot
        self._slots = asyncio.Semaphore(in_flight)
        self.limiter = limiter
        self.network_attempts = network_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.on_migrate = on_migrate
        self._moved: dict[str, int] = {}

    def moved(self, old: int | str, new: int) -> None:
        """A group became a supergroup: calls for `old` go to `new` from now on."""
        if self._moved.get(str(old)) == new:
            return
        self._moved[str(old)] = new
        if self.on_migrate is not None:
            try:
                self.on_migrate(str(old), str(new))
            except Exception:
                log.exception("could not move stored chat %s to its supergroup", old)

    async def __call__(self, call: ApiCall) -> Any:
        failures = 0
        while True:
            if "chat_id" in call.params and (new := self._moved.get(str(call.chat_id))) is not None:
                call = call.to_chat(new)
            chat = str(call.params.get("chat_id", ""))
            if call.is_message:
                await self.limiter.acquire(chat, is_group=chat.startswith("-"))
            try:
                async with self._slots:
                    return await getattr(self.bot, call.method)(**call.params)
            except RetryAfter as exc:
                seconds = retry_seconds(exc)
                log.warning(
                    "Telegram asked to wait %.1f s (%s); retrying the same call", seconds, call.method
                )
                if call.is_message:
                    self.limiter.pause(seconds, chat)
                else:
                    await self.limiter.sleep(seconds)
            except ChatMigrated as exc:
                log.info("a group moved to its supergroup; sending there")
                self.moved(chat, exc.new_chat_id)
            except BadRequest as exc:
                if call.method == "stop_poll" and POLL_CLOSED in exc.message.lower():
                    return None
                raise PermanentSendError(f"{call.method}: {exc.message}") from exc
            except Forbidden as exc:
                raise PermanentSendError(f"{call.method}: {exc.message}") from exc
            except NetworkError as exc:
                if call.method == "send_poll" and not isinstance(exc.__cause__, NOT_SENT):
                    raise PermanentSendError(
                        f"send_poll got no answer ({exc.message}); it may be in the chat already, "
                        "so it is not sent twice"
                    ) from exc
                failures += 1
                if failures >= self.network_attempts:
                    raise
                delay = min(self.max_backoff, self.backoff * 2 ** (failures - 1))
                log.warning("%s failed (%s); retry %d in %.1f s", call.method, exc.message, failures, delay)
                await self.limiter.sleep(delay)
