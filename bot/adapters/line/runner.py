"""Runs Matte on LINE inside the app's event loop: the webhook server in, the Messaging API out.

Replies are free on LINE when they use the event's reply token, which works once and only for a
short while; pushes are counted and charged. So each event's replies ride on its token: the
runner tells the token how many of the event's items are for its chat, `send` holds the first
ones back and sends them together with the last (at most MESSAGES_PER_CALL per call), and only
what does not fit, what comes too late (LINE answers 400 for a used or expired token) and what
the scheduler produces (course days) goes by push. A token its event did not use (a pupil's
tap in a class quiz, whose acknowledgement is not worth a push) stays spare for a while: the next
scheduled item for that chat replies with it, together with the items queued behind it in the
outbox (the answer and the next question), which delivery then finds already sent. Every pushed
message is counted per month in the database; once MATTE_LINE_PUSH_LIMIT is reached, optional pushes
(`bulk` items: course days) are dropped while answers to people still go.

A held-back item counts as sent for the outbox; if the process dies before the event's last item
goes, those few messages are lost with it (the window is the time between two items of one chat's
queue, milliseconds). Taking the outbox item back would need the core's delivery to batch, which it
does not; this is the work-around inside the adapter.

The webhook answers 200 at once and the events are handled in a background task, in order. An
unfollow (the user blocked Matte) stops the course; its replies have nowhere to go and are dropped.
The webhook is mounted on the process's HTTP server on --host/--port (serving.Listener), which the
browser classroom shares when it runs too. SIGTERM/SIGINT leave that server (the last adapter to
leave stops it; until then LINE's events get 503, so LINE delivers them again), let the events in
hand and in-flight sends finish (at most DRAIN_SECONDS) and return.

A menu with more choices than LINE's 13 quick replies is numbered in the text and paged (menus.py):
the runner remembers the last numbered menu of each chat as it translates replies, turns a typed
number into the press of that choice, and answers 「次へ ▶」 and bad numbers itself, by reply (by
push only once the token is gone), outside the outbox: a page lost to a refused call costs nothing
that tapping or typing the number again does not bring back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from aiohttp import web
from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)
from linebot.v3.messaging.exceptions import ApiException

from bot import log_setup
from bot.adapters.line import instructors, menus
from bot.adapters.line.client import messaging_client
from bot.adapters.line.content import fetch_image
from bot.adapters.line.menus import ChatMenus, OutOfRange, Page, Stale
from bot.adapters.line.outgoing import MESSAGES_PER_CALL, LineMessage, answer_message, to_messages
from bot.adapters.line.translate import (
    PLATFORM,
    event_id,
    is_group_chat,
    is_redelivery,
    reply_token,
    to_event,
)
from bot.adapters.line.webhook import add_webhook
from bot.adapters.serving import Listener, stop_on_signals
from bot.config import ConfigError, Settings
from bot.core import outbox
from bot.core.adapter import PermanentSendError
from bot.core.events import ClosePoll, Command, ImageMessage, Incoming, Message, Outgoing, QuizPoll, Sent
from bot.core.outbox import Pending
from bot.storage import line_pushes, updates, users

if TYPE_CHECKING:
    from bot.core.adapter import Host

log = logging.getLogger(__name__)

DRAIN_SECONDS = 8.0
REPLY_TOKEN_SECONDS = 50.0
"""How long a reply token is tried; LINE's own limit is about a minute, and a refusal costs a call."""
LOADING_SECONDS = 20
BULK_PER_SECOND = 100.0
"""Course days: well below LINE's 2,000 requests a second for pushes."""
MONTHLY_LIMIT_TEXT = "monthly limit"


class LineRefused(Exception):
    """LINE is busy (429 rate limit) or failing (5xx): retry later."""


@dataclass
class ReplyToken:
    """An event's reply token, with the event's replies held back to go in one call."""

    token: str
    chat_id: str
    received_at: float
    expected: int = -1
    """How many of the event's items it may carry; -1 while the event is being handled."""
    seen: int = 0
    held: list[LineMessage] = field(default_factory=list)
    used: bool = False
    postback: bool = False

    def usable(self, now: float) -> bool:
        return not self.used and now - self.received_at < REPLY_TOKEN_SECONDS

    def spare(self, now: float) -> bool:
        """Usable for other items: its own event's items have all gone by without it."""
        return self.usable(now) and 0 <= self.expected <= self.seen and not self.held


class Unfollowed:
    """`via` of an unfollow: the user blocked Matte, so replies to it go nowhere."""


def replies_for_token(pending: Sequence[Pending], chat_id: str) -> int:
    """How many of an event's committed items a reply token can carry (its chat's messages)."""
    return sum(
        1
        for item in pending
        if isinstance(item.outgoing, Message | QuizPoll)
        and item.outgoing.chat.chat_id == chat_id
        and not is_private_in_group(item.outgoing)
    )


def is_private_in_group(out: Outgoing) -> bool:
    return isinstance(out, Message) and out.ephemeral and is_group_chat(out.chat.chat_id)


def refusal(exc: ApiException) -> Exception:
    """What a refused call means for delivery: retry (429, 5xx) or drop (any other 4xx)."""
    status = exc.status or 0
    body = exc.body.decode(errors="replace") if isinstance(exc.body, bytes) else str(exc.body or "")
    if status == 429 and MONTHLY_LIMIT_TEXT not in body.lower():
        return LineRefused(f"LINE answered 429 ({exc.reason})")
    if status >= 500:
        return LineRefused(f"LINE answered {status} ({exc.reason})")
    return PermanentSendError(f"LINE refused the message ({status} {exc.reason})")


class LineAdapter:
    platform = PLATFORM
    bulk_per_second = BULK_PER_SECOND

    def __init__(
        self,
        settings: Settings,
        *,
        handle_signals: bool = True,
        drain_seconds: float = DRAIN_SECONDS,
        listener: Listener | None = None,
    ) -> None:
        if not settings.line_channel_secret or not settings.line_channel_access_token:
            raise ConfigError(
                "LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN must be set"
                " (LINE Developers console, Messaging API channel)"
            )
        for secret in (
            settings.line_channel_secret,
            settings.line_channel_access_token,
            settings.instructor_code,
        ):
            log_setup.hide(secret)
        self.settings = settings
        self.handle_signals = handle_signals
        self.drain_seconds = drain_seconds
        self.address: tuple[str, int] | None = None
        self.listening = asyncio.Event()
        self._stop = asyncio.Event()
        self._host: Host | None = None
        self._client: AsyncApiClient | None = None
        self.listener = listener or Listener(settings.web_host, settings.web_port)
        """The process's HTTP server on --host/--port, shared with the browser classroom if it runs."""
        self._mounted = False
        self._background: set[asyncio.Task[None]] = set()
        self._queued: list[tuple[dict[str, Any], float]] = []
        self._consumer: asyncio.Task[None] | None = None
        self._left: dict[Outgoing, list[LineMessage]] = {}
        self._spare: dict[str, ReplyToken] = {}
        self._sent_ahead: dict[Outgoing, Sent | None] = {}
        self._menus = ChatMenus()

    @property
    def busy(self) -> bool:
        """Webhook events still being handled."""
        return bool(self._background)

    def stop(self) -> None:
        """Ask `run` to finish (what SIGTERM and SIGINT do)."""
        self._stop.set()

    async def run(self, host: Host) -> None:
        self._host = host
        with stop_on_signals(self.stop, self.handle_signals):
            try:
                secret = self.settings.line_channel_secret
                self._mounted = True
                self.address = await self.listener.mount(
                    lambda app: add_webhook(app, secret, self._on_events)
                )
                log.info("LINE: webhook listening on port %s at /line/webhook", self.address[1])
                self.listening.set()
                await self._stop.wait()
            finally:
                await self._shut_down()

    # incoming

    def _on_events(self, events: list[dict[str, Any]]) -> None:
        if self._stop.is_set():
            # Stopping while the shared server still runs: 503, so LINE delivers these again later.
            raise web.HTTPServiceUnavailable(text="stopping")
        received_at = asyncio.get_running_loop().time()
        self._queued.extend((raw, received_at) for raw in events)
        if self._queued and (self._consumer is None or self._consumer.done()):
            self._consumer = asyncio.create_task(self._handle_queued())
            self._background.add(self._consumer)
            self._consumer.add_done_callback(self._background.discard)

    async def _handle_queued(self) -> None:
        """Handle the events in the order they came, a batch at a time: whatever arrived while the
        previous batch was handled (LINE sends concurrent requests) is scored in one go, on the loop,
        as Telegram's updates are; one check at a time in a worker thread would fight the event loop
        for the GIL. The loading animations of a batch's checks are started together, each awaited
        before its check's reply can go, so the dots never come after the answer."""
        assert self._host is not None
        while self._queued:
            batch, self._queued = self._queued, []
            parsed = [(raw, received_at, self._parsed(raw)) for raw, received_at in batch]
            scored = {id(raw): self._texts_to_score(event) for raw, _, event in parsed}
            # A redelivered event may have been answered already: no dots that no answer would end.
            loading = {
                id(raw): asyncio.create_task(self._show_loading(event))
                for raw, _, event in parsed
                if event is not None
                and (scored[id(raw)] or _private_picture(event))
                and not is_redelivery(raw)
            }
            self._prescore([text for found in scored.values() for text in found])
            for raw, received_at, event in parsed:
                try:
                    if id(raw) in loading:
                        await loading.pop(id(raw))
                    await self._handle(raw, received_at, event)
                except Exception:
                    log.exception("could not handle LINE event %s; skipping it", event_id(raw))

    def _parsed(self, raw: dict[str, Any]) -> Incoming | None:
        try:
            return to_event(raw)
        except Exception:
            log.exception("could not read LINE event %s; skipping it", event_id(raw))
            return None

    def _texts_to_score(self, event: Incoming | None) -> list[str]:
        """What the check will score for this event, if it is a check in a one-to-one chat."""
        assert self._host is not None
        finder = self._host.dispatcher.texts_to_score
        if event is None or event.source.is_group or isinstance(event, Command) or finder is None:
            return []
        try:
            return list(finder(event, self._host.store.db))
        except Exception:
            log.exception("could not tell what a LINE event would check; it is scored when handled")
            return []

    def _prescore(self, texts: list[str]) -> None:
        """Score the batch's texts at once; on failure each is scored when its event is handled."""
        assert self._host is not None
        if not texts:
            return
        try:
            self._host.engine.services.prescore(texts)
        except Exception:
            log.exception("could not score a batch of LINE messages ahead of their checks")

    async def _handle(self, raw: dict[str, Any], received_at: float, event: Incoming | None) -> None:
        assert self._host is not None
        if event is None:
            log.debug("ignoring a LINE %s event", raw.get("type"))
            return
        if is_redelivery(raw):
            log.info("LINE redelivered event %s", event_id(raw))
        token = reply_token(raw)
        via: ReplyToken | Unfollowed | None = None
        if raw.get("type") == "unfollow":
            via = Unfollowed()
        elif token is not None:
            via = ReplyToken(token, event.source.chat_id, received_at, postback=raw.get("type") == "postback")
            self._keep_spare(via)
        read = self._menus.read(event, asyncio.get_running_loop().time())
        if isinstance(read, Page | OutOfRange | Stale):
            await self._answer_menu(read, event, via)
            return
        event = read
        if isinstance(event, Command) and instructors.is_enrolment(event):
            pending = self._enrol(event)
        else:
            event = instructors.with_instructor(self._host.store.db, event)
            if isinstance(event, ImageMessage) and not event.fetch_problem:
                event = await fetch_image(self.settings, event)
            pending = await self._host.engine.handle(event)
        if isinstance(via, ReplyToken):
            via.expected = replies_for_token(pending, via.chat_id)
        self._host.deliver(pending, via)

    async def _answer_menu(
        self, answer: Page | OutOfRange | Stale, event: Incoming, via: ReplyToken | Unfollowed | None
    ) -> None:
        """A page of a long menu, or a note on a number not on it; the menu and all else unchanged."""
        chat_id = event.source.chat_id
        message = answer_message(answer, self._lang(chat_id))
        api = self._api()
        try:
            if isinstance(via, ReplyToken) and via.usable(asyncio.get_running_loop().time()):
                via.used = True
                await api.reply_message(ReplyMessageRequest(reply_token=via.token, messages=[message]))
            else:
                await api.push_message(PushMessageRequest(to=chat_id, messages=[message]))
                self._count_push()
        except ApiException as exc:
            log.warning("could not answer about a menu: %s", refusal(exc))

    def _lang(self, chat_id: str) -> str:
        """The language of the adapter's own words in a chat: the person's, or the default in groups."""
        assert self._host is not None
        user = None if is_group_chat(chat_id) else users.get(self._host.store.db, PLATFORM, chat_id)
        return user.lang if user is not None else self.settings.lang

    def _translated(self, out: Outgoing) -> list[LineMessage]:
        """The LINE messages for `out`, noting any menu in it as the chat's latest (menus.py). The
        person's language is looked up only for a paged menu, the one reply with the adapter's words."""
        chat_id = out.chat.direct_user or out.chat.chat_id
        buttons = sum(map(len, getattr(out, "buttons", ())))
        lang = self._lang(chat_id) if menus.is_paged(buttons) else self.settings.lang
        messages = to_messages(out, lang)
        self._menus.sent(chat_id, out, asyncio.get_running_loop().time())
        return messages

    def _keep_spare(self, token: ReplyToken) -> None:
        """The chat's latest reply token, for scheduled items (the next class question) while it
        lasts: one free reply instead of a push, whatever event brought it."""
        now = asyncio.get_running_loop().time()
        self._spare = {chat: t for chat, t in self._spare.items() if t.usable(now)}
        self._spare[token.chat_id] = token

    def _enrol(self, event: Command) -> list[Pending]:
        """`/teacher CODE`, answered here (the core has no such command); the code is never stored."""
        assert self._host is not None
        with self._host.store.write() as db:
            if event.update_id is not None and not updates.claim(db, PLATFORM, event.update_id):
                return []
            return [outbox.add(db, instructors.enrol(db, self.settings, event))]

    async def _show_loading(self, event: Incoming) -> None:
        """The typing dots while a check is scored or a picture read (one-to-one chats only: LINE shows
        them nowhere else)."""
        request = ShowLoadingAnimationRequest(chat_id=event.source.chat_id, loading_seconds=LOADING_SECONDS)
        try:
            await self._api().show_loading_animation(request)
        except Exception as exc:
            log.debug("could not show the loading animation: %s", type(exc).__name__)

    # outgoing

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        if out in self._sent_ahead:
            return self._sent_ahead.pop(out)
        if isinstance(via, Unfollowed):
            raise PermanentSendError("the user blocked Matte on LINE")
        if isinstance(via, ReplyToken) and via.postback and is_private_in_group(out):
            log.debug("not pushing an acknowledgement of a tap in a group (the tap shows in the chat)")
            return None
        out = self._private_in_group(out)
        token = via if isinstance(via, ReplyToken) and via.chat_id == out.chat.chat_id else None
        left = self._left.pop(out, None)
        if left is None:
            left = self._translated(out)
            if token is not None and isinstance(out, Message | QuizPoll) and not token.used:
                token.seen += 1
                left = [*token.held, *left]
                token.held = []
                if token.seen < token.expected and len(left) < MESSAGES_PER_CALL:
                    token.held = left
                    return None
        if not left:
            return None
        usable = self._usable_token(out, token)
        if usable is not None and usable is not token and isinstance(out, Message | QuizPoll):
            sent = await self._reply_with_following(out, left, usable)
            if sent is not None:
                return sent
        if usable is None and isinstance(out, Message | QuizPoll):
            sent = await self._push_with_following(out, left)
            if sent is not None:
                return sent
        try:
            message_id = await self._send_all(out, left, usable)
        except PermanentSendError:
            raise
        except BaseException:
            self._left[out] = left
            raise
        return Sent(message_id) if message_id else None

    async def _reply_with_following(
        self, out: Outgoing, left: list[LineMessage], spare: ReplyToken
    ) -> Sent | None:
        """Reply with a spare token to this item and the chat's next ones in the outbox (a question's
        answer and the next question come from one scheduler tick as separate items), which are then
        reported sent when delivery reaches them. None when nothing follows or the token failed."""
        following = self._following(out, MESSAGES_PER_CALL - len(left))
        if not following:
            return None
        batch = [*left, *(m for _, messages in following for m in messages)]
        try:
            response = await self._api().reply_message(
                ReplyMessageRequest(reply_token=spare.token, messages=batch)
            )
        except ApiException as exc:
            if exc.status != 400:
                raise refusal(exc) from None
            spare.used = True
            return None
        spare.used = True
        return self._sent_together(left, following, [sent.id for sent in response.sent_messages])

    async def _push_with_following(self, out: Outgoing, left: list[LineMessage]) -> Sent | None:
        """Push this item together with the chat's next ones in the outbox (a course day comes as
        several items): LINE bills a push per request, not per message, so one request costs one
        message where separate ones cost several. None when nothing follows."""
        following = self._following(out, MESSAGES_PER_CALL - len(left))
        if not following:
            return None
        batch = [*left, *(m for _, messages in following for m in messages)]
        self._check_push_limit(out)
        target = out.chat.direct_user or out.chat.chat_id
        try:
            response = await self._api().push_message(PushMessageRequest(to=target, messages=batch))
        except ApiException as exc:
            raise refusal(exc) from None
        self._count_push()
        return self._sent_together(left, following, [sent.id for sent in response.sent_messages])

    def _sent_together(
        self, left: list[LineMessage], following: list[tuple[Outgoing, list[LineMessage]]], ids: list[str]
    ) -> Sent:
        """Remember what the following items got (delivery reaches them next); this item's Sent."""
        position = len(left)
        for item, messages in following:
            position += len(messages)
            self._sent_ahead[item] = Sent(ids[position - 1])
        return Sent(ids[len(left) - 1])

    def _following(self, out: Outgoing, room: int) -> list[tuple[Outgoing, list[LineMessage]]]:
        """The items queued after `out` in its chat that fit in `room` messages, in order."""
        assert self._host is not None
        queued = [item.outgoing for item in self._host.engine.pending(PLATFORM)]
        if out not in queued:
            return []
        found: list[tuple[Outgoing, list[LineMessage]]] = []
        for item in queued[queued.index(out) + 1 :]:
            if item.chat != out.chat or isinstance(item, ClosePoll):
                continue
            if not isinstance(item, Message | QuizPoll) or is_private_in_group(item):
                break
            messages = self._translated(item)
            if len(messages) > room:
                break
            found.append((item, messages))
            room -= len(messages)
        return found

    def _usable_token(self, out: Outgoing, token: ReplyToken | None) -> ReplyToken | None:
        """The event's own token while it works, else a spare one of the same chat, else None."""
        now = asyncio.get_running_loop().time()
        if token is not None and token.usable(now):
            return token
        spare = self._spare.get(out.chat.chat_id)
        return spare if spare is not None and spare.spare(now) else None

    def _private_in_group(self, out: Outgoing) -> Outgoing:
        """A reply for one person in a group goes to that person by push, never to the group."""
        if not is_private_in_group(out):
            return out
        assert isinstance(out, Message)
        if out.for_user is None:
            raise PermanentSendError("a reply for one person in a group, with no one to send it to")
        return replace(out, chat=replace(out.chat, chat_id=out.for_user), buttons=())

    async def _send_all(self, out: Outgoing, left: list[LineMessage], token: ReplyToken | None) -> str | None:
        """Reply with the first messages while the token works, push the rest; `left` shrinks as
        calls succeed, so a retry continues where a failure stopped."""
        api = self._api()
        message_id = None
        if token is not None and token.usable(asyncio.get_running_loop().time()):
            try:
                response = await api.reply_message(
                    ReplyMessageRequest(reply_token=token.token, messages=left[:MESSAGES_PER_CALL])
                )
            except ApiException as exc:
                if exc.status != 400:
                    raise refusal(exc) from None
                log.info("LINE refused a reply token (used or expired); pushing instead")
            else:
                del left[:MESSAGES_PER_CALL]
                message_id = response.sent_messages[-1].id
            token.used = True
        target = out.chat.direct_user or out.chat.chat_id
        while left:
            batch = left[:MESSAGES_PER_CALL]
            self._check_push_limit(out)
            try:
                response = await api.push_message(PushMessageRequest(to=target, messages=batch))
            except ApiException as exc:
                raise refusal(exc) from None
            self._count_push()
            del left[:MESSAGES_PER_CALL]
            message_id = response.sent_messages[-1].id
        return message_id

    def _check_push_limit(self, out: Outgoing) -> None:
        limit = self.settings.line_push_limit
        if not limit or not (isinstance(out, Message) and out.bulk):
            return
        assert self._host is not None
        if line_pushes.count(self._host.store.db, line_pushes.this_month()) + 1 > limit:
            raise PermanentSendError("MATTE_LINE_PUSH_LIMIT reached this month: optional push dropped")

    def _count_push(self) -> None:
        """LINE counts a push request once per recipient, whatever number of messages (up to 5) it
        carries; Matte pushes to one person, save the rare late reply to a group (which LINE counts
        once per member: `matte line quota` shows LINE's own figure beside Matte's)."""
        assert self._host is not None
        with self._host.store.write() as db:
            line_pushes.add(db, line_pushes.this_month(), 1)

    def _api(self) -> AsyncMessagingApi:
        if self._client is None:
            self._client = messaging_client(
                self.settings.line_api_url, self.settings.line_channel_access_token
            )
        return AsyncMessagingApi(self._client)

    # shutdown

    async def _shut_down(self) -> None:
        if self._mounted:
            await self.listener.leave()
        if self._background:
            await asyncio.wait(self._background, timeout=self.drain_seconds)
        if self._host is not None:
            await self._host.drain(PLATFORM, self.drain_seconds)
        if self._client is not None:
            await self._client.close()


def _private_picture(event: Incoming) -> bool:
    """A picture in a one-to-one chat: it is read and checked, which takes a second or more."""
    return isinstance(event, ImageMessage) and not event.source.is_group
