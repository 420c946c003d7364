"""Runs Matte on Telegram inside the app's event loop: long polling (or a webhook) and sending.

python-telegram-bot confirms a getUpdates offset as soon as a batch is fetched, before handlers
run, so a crash would lose the batch. Here the updater's queue hands each update straight to the
engine, which commits the state change with its replies (the outbox) before `put` returns; the
offset only moves past handled updates, and an update delivered again is dropped by the engine
by its id. Replies then go out through the core's delivery queues, in order per chat, so a group
waiting out its per-minute limit holds up nobody else. A reply meant for one person in a group (a
refusal, an answer confirmation, a /nickname confirmation) goes as the button's pop-up text or
privately, never into the group, so the group's 20 messages a minute are spent on the quiz. When a
group becomes a supergroup (announced in an update, or learnt from a refused send), its stored chat
and class sessions move to the new id.

SIGTERM/SIGINT stop polling, let in-flight sends finish (at most DRAIN_SECONDS) and return.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application
from telegram.request import HTTPXRequest

from bot import log_setup
from bot.adapters.serving import Listener, serve, stop_on_signals
from bot.adapters.telegram.limits import BULK_PER_SECOND, CALLBACK_TEXT_LIMIT
from bot.adapters.telegram.outgoing import ApiCall, command_menus, sent_from, to_calls
from bot.adapters.telegram.ratelimit import ApiCaller, RateLimiter
from bot.adapters.telegram.translate import (
    ALLOWED_UPDATES,
    PLATFORM,
    BotIdentity,
    admin_check_for,
    is_admin_status,
    migration_of,
    sanitize_updates,
    texts_to_check,
    to_event,
)
from bot.adapters.telegram.webhook import add_webhook, webhook_app
from bot.config import ConfigError, Settings
from bot.core.adapter import PermanentSendError
from bot.core.events import MAX_IMAGE_BYTES, ChatRef, ImageMessage, Message, Outgoing, Sent
from bot.languages import LANGUAGES
from bot.storage import chats

if TYPE_CHECKING:
    from bot.core.adapter import Host

log = logging.getLogger(__name__)

DRAIN_SECONDS = 8.0
POLL_TIMEOUT = 25
MAX_START_BACKOFF = 30.0
CALLBACK_ANSWER_WAIT = 10.0
"""Seconds a button's spinner may wait for a reply that could become its pop-up text."""


@dataclass
class CallbackReply:
    """A pressed button's query, answerable once: with a pop-up text, or empty to stop the spinner."""

    query_id: str
    answered: bool = False


class HandOverQueue(asyncio.Queue[object]):
    """The updater's queue: `put(update)` returns once the update is handled (see module doc)."""

    def __init__(self, handle: Callable[[Update], Awaitable[None]]) -> None:
        super().__init__()
        self._handle = handle

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            await self._handle(item)
        else:
            await super().put(item)


class UpdateSanitizingRequest(HTTPXRequest):
    """The getUpdates transport: malformed updates are reduced to their id (sanitize_updates).

    It also sees each batch whole before the updates are handled one by one, so it hands the
    batch to `on_batch` (which pre-scores the messages to check in one go).
    """

    def __init__(
        self, *args: Any, on_batch: Callable[[list[Any]], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._on_batch = on_batch

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:
        data = super().parse_json_payload(payload)
        result = data.get("result") if isinstance(data, dict) else None
        if isinstance(result, list):
            data["result"] = sanitize_updates(result)
            if self._on_batch is not None and data["result"]:
                try:
                    self._on_batch(data["result"])
                except Exception:
                    log.exception("could not pre-score a batch of updates; they are scored one by one")
        return data


def file_url(api_url: str) -> str | None:
    """The file download URL that goes with a Bot API URL ending in /bot, else the default."""
    return api_url[: -len("bot")] + "file/bot" if api_url.endswith("/bot") else None


def listen_address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise ConfigError(f"TELEGRAM_WEBHOOK_LISTEN must be HOST:PORT, got {value!r}")
    return host.strip("[]"), int(port)


class TelegramAdapter:
    platform = PLATFORM
    bulk_per_second = BULK_PER_SECOND

    def __init__(
        self,
        settings: Settings,
        *,
        handle_signals: bool = True,
        network_attempts: int = 8,
        backoff: float = 0.5,
        drain_seconds: float = DRAIN_SECONDS,
        group_window: float | None = None,
        listener: Listener | None = None,
    ) -> None:
        if not settings.telegram_token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set (get a token from @BotFather)")
        if settings.telegram_webhook_url:
            listen_address(settings.telegram_webhook_listen)
        self.settings = settings
        self.handle_signals = handle_signals
        self.drain_seconds = drain_seconds
        self.backoff = backoff
        self.limiter = RateLimiter(settings.telegram_max_rate, group_window=group_window)
        self._caller_options = {"network_attempts": network_attempts, "backoff": backoff}
        self._stop = asyncio.Event()
        self._init_lock = asyncio.Lock()
        self._application: Application | None = None
        self._caller: ApiCaller | None = None
        self._me: BotIdentity | None = None
        self._app: Host | None = None
        self._web: web.AppRunner | None = None
        self.listener = listener
        """The process's shared HTTP server when TELEGRAM_WEBHOOK_LISTEN is its address, else None."""
        self._mounted = False
        self._secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
        log_setup.hide(self._secret)
        self._background: set[asyncio.Task[None]] = set()

    @property
    def busy(self) -> bool:
        """Button queries still waiting to be answered."""
        return bool(self._background)

    def stop(self) -> None:
        """Ask `run` to finish (what SIGTERM and SIGINT do)."""
        self._stop.set()

    async def run(self, app: Host) -> None:
        self._app = app
        with stop_on_signals(self.stop, self.handle_signals):
            try:
                await self._mount_webhook()
                if await self._unless_stopped(self._start()):
                    await self._stop.wait()
            finally:
                await self._shut_down()

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        caller = await self._ready()
        if isinstance(out, Message) and out.ephemeral and is_group(out.chat):
            reply = via if isinstance(via, CallbackReply) else None
            if reply is not None and not reply.answered and len(out.text) <= CALLBACK_TEXT_LIMIT:
                reply.answered = True
                await caller(
                    ApiCall("answer_callback_query", {"callback_query_id": reply.query_id, "text": out.text})
                )
                return None
            if out.for_user is None:
                raise PermanentSendError("a reply for one person in a group, with no one to send it to")
            out = replace(out, chat=ChatRef(PLATFORM, out.for_user), buttons=())
        result = None
        for call in to_calls(out):
            result = await caller(call)
        return sent_from(result)

    # start-up and shutdown

    def _build(self) -> Application:
        builder = (
            Application.builder()
            .token(self.settings.telegram_token)
            .base_url(self.settings.telegram_api_url)
            .update_queue(HandOverQueue(self._on_update))
            .get_updates_request(UpdateSanitizingRequest(connection_pool_size=1, on_batch=self._prescore))
        )
        files = file_url(self.settings.telegram_api_url)
        if files is not None:
            builder = builder.base_file_url(files)
        return builder.build()

    async def _ready(self) -> ApiCaller:
        """The initialized bot's caller; also used by the outbox flush before `run` starts."""
        async with self._init_lock:
            if self._application is None:
                self._application = self._build()
            if self._caller is None:
                await self._application.initialize()
                bot = self._application.bot
                self._me = BotIdentity(bot.id, bot.username)
                self._caller = ApiCaller(
                    bot, self.limiter, on_migrate=self._move_chat, **self._caller_options
                )
            return self._caller

    async def _ready_with_retries(self) -> ApiCaller:
        delay = self.backoff
        while True:
            try:
                return await self._ready()
            except InvalidToken as exc:
                raise ConfigError("the Bot API refused TELEGRAM_BOT_TOKEN; check it with @BotFather") from exc
            except NetworkError as exc:
                log.warning("cannot reach the Bot API (%s); retrying in %.1f s", exc.message, delay)
                await asyncio.sleep(delay)
                delay = min(MAX_START_BACKOFF, delay * 2)

    async def _start(self) -> None:
        await self._ready_with_retries()
        assert self._app is not None and self._application is not None
        await self._set_commands()
        await self._application.start()
        if self.settings.telegram_webhook_url:
            await self._start_webhook()
        else:
            assert self._application.updater is not None
            await self._application.updater.start_polling(
                timeout=POLL_TIMEOUT, bootstrap_retries=-1, allowed_updates=list(ALLOWED_UPDATES)
            )
        log.info("Telegram: serving as @%s", self._me.username if self._me else "?")

    async def _mount_webhook(self) -> None:
        """On the shared server, the route goes in before start-up (aiohttp takes no routes once
        serving); it answers 503 until the Bot API has answered, so Telegram tries again."""
        url = self.settings.telegram_webhook_url
        if self.listener is None or not url:
            return
        self._mounted = True
        path = urlsplit(url).path or "/"
        await self.listener.mount(
            lambda app: add_webhook(app, path, self._secret, self._on_webhook_when_ready)
        )

    async def _on_webhook_when_ready(self, data: dict[str, Any]) -> None:
        if self._application is None or not self._application.running:
            raise web.HTTPServiceUnavailable(text="starting")
        await self._on_webhook(data)

    async def _start_webhook(self) -> None:
        url = self.settings.telegram_webhook_url
        secret = self._secret
        if self.listener is None:
            host, port = listen_address(self.settings.telegram_webhook_listen)
            self._web = await serve(
                webhook_app(urlsplit(url).path or "/", secret, self._on_webhook), host, port
            )
        await self._call(
            ApiCall(
                "set_webhook", {"url": url, "secret_token": secret, "allowed_updates": list(ALLOWED_UPDATES)}
            )
        )

    async def _set_commands(self) -> None:
        """The command menu in Japanese, English and the default language."""
        assert self._app is not None
        renderer = self._app.engine.renderer

        def describe(lang: str, name: str) -> str:
            try:
                return renderer.render(lang, f"command/{name}")
            except Exception:
                log.warning("no %s description for /%s", lang, name)
                return name

        menus = command_menus(self._app.dispatcher.listed_commands(), describe, LANGUAGES, self.settings.lang)
        for language_code, commands in menus:
            params: dict[str, Any] = {"commands": commands}
            if language_code is not None:
                params["language_code"] = language_code
            try:
                await self._call(ApiCall("set_my_commands", params))
            except (PermanentSendError, TelegramError) as exc:
                log.warning("could not set the %s command menu: %s", language_code or "default", exc)

    async def _shut_down(self) -> None:
        if self._mounted and self.listener is not None:
            self._mounted = False
            await _logged(self.listener.leave(), "leaving the shared webhook server")
        application = self._application
        if application is None:
            return
        if application.updater is not None and application.updater.running:
            await _logged(application.updater.stop(), "stopping polling")
        if self._web is not None:
            await _logged(self._web.cleanup(), "stopping the webhook server")
        if self._app is not None:
            await self._app.drain(PLATFORM, self.drain_seconds)
        await _cancel_all(self._background)
        if application.running:
            await _logged(application.stop(), "stopping python-telegram-bot")
        await _logged(application.shutdown(), "shutting down python-telegram-bot")

    async def _unless_stopped(self, work: Coroutine[Any, Any, None]) -> bool:
        """Run `work` unless a stop comes first; True when it completed."""
        task = asyncio.create_task(work)
        stopped = asyncio.create_task(self._stop.wait())
        try:
            await asyncio.wait({task, stopped}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for pending in (task, stopped):
                if not pending.done():
                    pending.cancel()
            await asyncio.gather(task, stopped, return_exceptions=True)
        if task.cancelled():
            return False
        task.result()
        return True

    # incoming

    async def _on_update(self, update: Update) -> None:
        """Translate and handle one update; never raises (a bad update must not stop polling)."""
        assert self._app is not None and self._me is not None
        query = update.callback_query
        reply = CallbackReply(query.id) if query is not None else None
        futures: list[asyncio.Future[None]] = []
        try:
            if (moved := migration_of(update)) is not None:
                (await self._ready()).moved(*moved)
            event = to_event(update, self._me)
            if event is None:
                log.debug("ignoring update %s", update.update_id)
            else:
                check = admin_check_for(update, event)
                if check is not None:
                    admin = await self._is_admin(*check)
                    event = replace(event, source=replace(event.source, is_admin=admin))
                if isinstance(event, ImageMessage) and event.addressed and not event.fetch_problem:
                    event = await self._download(event)
                futures = self._app.deliver(await self._app.engine.handle(event), reply)
        except Exception:
            log.exception("could not handle update %s; skipping it", update.update_id)
        if reply is not None:
            self._spawn(self._answer(reply, futures))

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _prescore(self, entries: list[Any]) -> None:
        if self._app is not None:
            self._app.prescore(texts_to_check(entries))

    async def _on_webhook(self, data: dict[str, Any]) -> None:
        """Handle one pushed update; one python-telegram-bot cannot read is skipped with a log line."""
        assert self._application is not None
        for entry in sanitize_updates([data]):
            try:
                update = Update.de_json(entry, self._application.bot)
            except (AttributeError, TypeError, ValueError, LookupError) as exc:
                log.warning("skipping an update python-telegram-bot cannot read: %s", type(exc).__name__)
                continue
            await self._on_update(update)

    def _move_chat(self, old: str, new: str) -> None:
        """A group's stored chat and running class sessions follow it to its supergroup."""
        if self._app is None:
            return
        log.info("a group became a supergroup; moving its sessions to the new chat id")
        with self._app.store.write() as db:
            chats.migrate(db, PLATFORM, old, new)

    async def _download(self, event: ImageMessage) -> ImageMessage:
        """The picture's bytes, fetched with getFile and the file URL (bots may fetch up to 20 MB).

        Telegram refuses getFile for a larger file ("file is too big"); any other failure means the
        picture is unavailable, and the user is told so instead of getting nothing.
        """
        try:
            found = await self._call(ApiCall("get_file", {"file_id": event.ref}))
            if found.file_size is not None and found.file_size > MAX_IMAGE_BYTES:
                return replace(event, fetch_problem="too_large")
            data = bytes(await found.download_as_bytearray())
        except (PermanentSendError, TelegramError) as exc:
            too_big = "too big" in str(exc).lower()
            log.warning("could not download a picture: %s", exc)
            return replace(event, fetch_problem="too_large" if too_big else "unavailable")
        if len(data) > MAX_IMAGE_BYTES:
            return replace(event, fetch_problem="too_large")
        return replace(event, image=data, size=len(data))

    async def _is_admin(self, chat_id: int, user_id: int) -> bool:
        try:
            member = await self._call(ApiCall("get_chat_member", {"chat_id": chat_id, "user_id": user_id}))
        except (PermanentSendError, TelegramError) as exc:
            log.warning("could not check admin rights in chat %s: %s", chat_id, exc)
            return False
        return is_admin_status(member.status)

    async def _answer(self, reply: CallbackReply, replies: list[asyncio.Future[None]]) -> None:
        """Stop the button's spinner unless a reply used the query for its pop-up text.

        A repeated or stale query cannot be answered and needs not.
        """
        if replies:
            await asyncio.wait(replies, timeout=CALLBACK_ANSWER_WAIT)
        if reply.answered:
            return
        reply.answered = True
        try:
            await self._call(ApiCall("answer_callback_query", {"callback_query_id": reply.query_id}))
        except (PermanentSendError, TelegramError) as exc:
            log.debug("could not answer a callback query: %s", exc)

    async def _call(self, call: ApiCall) -> Any:
        return await (await self._ready())(call)


def is_group(chat: ChatRef) -> bool:
    """Telegram gives groups, supergroups and channels negative ids, people positive ones."""
    return chat.chat_id.startswith("-")


async def _cancel_all(tasks: set[asyncio.Task[None]]) -> None:
    for task in list(tasks):
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def _logged(step: Awaitable[object], what: str) -> None:
    """Run one shutdown step; a failure is logged so the remaining steps still run."""
    try:
        await step
    except Exception:
        log.exception("error while %s", what)
