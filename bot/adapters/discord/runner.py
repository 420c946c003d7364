"""The Discord adapter's run loop: a discord.py client inside the app's one event loop.

Interactions must be acknowledged within 3 seconds. Each one is handled in its own task: slow ones
(the check) are deferred at once, the others answered directly by their first reply, and a guard
defers any that is still unanswered after `defer_after` seconds; later replies become followups.
Replies to the chat an interaction came from go through that interaction (so they can be
ephemeral); everything else (class-quiz questions, scheduled messages) is posted to the channel. A reply
meant for one person whose interaction is gone (sent from the outbox after a restart, or answered after
Discord's deadline) goes to that person's direct messages, never to the channel.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import aiohttp
import discord

from bot.adapters.discord.commands import SLOW_COMMANDS, MatteTranslator, build_tree
from bot.adapters.discord.limits import BULK_PER_SECOND, DEFER_AFTER
from bot.adapters.discord.translate import (
    NO_PINGS,
    PLATFORM,
    button_event,
    check_event,
    command_event,
    message_event,
    send_parts,
)
from bot.adapters.discord.views import PayloadButton, disabled_view
from bot.config import ConfigError, Settings
from bot.core.adapter import PermanentSendError
from bot.core.events import (
    MAX_IMAGE_BYTES,
    ChatRef,
    ClosePoll,
    Document,
    ImageMessage,
    Incoming,
    Message,
    Outgoing,
    QuizPoll,
    Sent,
)

if TYPE_CHECKING:
    from bot.core.adapter import Host

log = logging.getLogger(__name__)
START_BACKOFF = 1.0
MAX_START_BACKOFF = 60.0
"""No network at start (a school's Wi-Fi not up yet): try again, more slowly each time, and say so."""


def _reason(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


EXPIRED = frozenset({10062, 10015, 50027})
"""Discord's codes for an interaction that can no longer be answered: Unknown interaction (not
acknowledged within 3 s), Unknown Webhook and Invalid Webhook Token (its token is gone, after 15 min)."""
RATE_LIMITED = 429


class InteractionGone(Exception):
    """The interaction expired before the whole reply went through it; `left` is what was not sent."""

    def __init__(self, left: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(left)} parts not sent")
        self.left = left


class InteractionReply:
    """Answers one interaction: the first send is its response, later ones are followups."""

    def __init__(self, interaction: discord.Interaction, chat: ChatRef, *, private: bool) -> None:
        self.interaction = interaction
        self.chat = chat
        self.private = private
        self.in_group = interaction.guild_id is not None
        self.component = interaction.type is discord.InteractionType.component
        self.lock = asyncio.Lock()
        self.thinking = False
        self.answered = False
        # Once Discord refuses the interaction as expired, later replies skip it: refused requests
        # count towards Discord's limit of invalid requests.
        self.gone = False

    def ephemeral(self, wanted: bool) -> bool:
        """Only in guild channels: hiding a reply in a DM would mean nothing."""
        return self.in_group and (self.private or wanted)

    async def acknowledge(self, after: float = 0.0) -> None:
        """Defer unless already answered: buttons silently, commands with "thinking…"."""
        if after:
            await asyncio.sleep(after)
        async with self.lock:
            response = self.interaction.response
            if response.is_done() or self.gone:
                return
            try:
                if self.component:
                    await response.defer()
                else:
                    await response.defer(thinking=True, ephemeral=self.ephemeral(False))
                    self.thinking = True
            except discord.HTTPException as exc:
                self.gone = exc.code in EXPIRED
                log.warning("could not acknowledge interaction %s: %s", self.interaction.id, exc)

    async def send(self, parts: list[dict[str, Any]], ephemeral: bool) -> Sent | None:
        message_id: int | None = None
        async with self.lock:
            for index, part in enumerate(parts):
                if self.gone:
                    raise InteractionGone(parts[index:])
                try:
                    message_id = await self._send_one(part, ephemeral)
                except discord.HTTPException as exc:
                    if exc.code not in EXPIRED:
                        raise
                    self.gone = True
                    raise InteractionGone(parts[index:]) from exc
                self.answered = True
        return Sent(str(message_id)) if message_id is not None else None

    async def _send_one(self, part: dict[str, Any], ephemeral: bool) -> int | None:
        """The response if the interaction has none yet, else a followup."""
        if not self.interaction.response.is_done():
            callback = await self.interaction.response.send_message(**part, ephemeral=ephemeral)
            return callback.message_id
        message = await self.interaction.followup.send(**part, ephemeral=ephemeral, wait=True)
        return message.id

    async def finish(self, guard: asyncio.Task[None]) -> None:
        """Stop the guard; an interaction the core left unanswered is closed without a trace."""
        async with self.lock:
            guard.cancel()
        try:
            await self._close()
        except discord.HTTPException as exc:
            log.warning("could not close interaction %s: %s", self.interaction.id, exc)

    async def _close(self) -> None:
        if self.gone:
            return
        response = self.interaction.response
        if not response.is_done():
            if self.component:
                await response.defer()
                return
            await response.defer(thinking=True, ephemeral=True)
            self.thinking = True
        if self.thinking and not self.answered:
            await self.interaction.delete_original_response()


def quiet_voice_warnings() -> None:
    """Matte has no voice features: skip discord.py's warnings about missing voice libraries."""
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


class MatteClient(discord.Client):
    """The gateway connection; it hands every event to the adapter. No privileged intents."""

    def __init__(self, adapter: DiscordAdapter, lang: str) -> None:
        quiet_voice_warnings()
        super().__init__(intents=discord.Intents.default(), allowed_mentions=NO_PINGS)
        self.adapter = adapter
        self.tree = build_tree(self, lang)
        self.add_dynamic_items(PayloadButton)

    async def setup_hook(self) -> None:
        await self.tree.set_translator(MatteTranslator())

    async def on_message(self, message: discord.Message) -> None:
        await self.adapter.process(message_event(message, self.user))

    async def on_slash_command(self, interaction: discord.Interaction) -> None:
        event = command_event(interaction)
        await self.adapter.answer(interaction, event, defer_now=event.name in SLOW_COMMANDS)

    async def on_check_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await self.adapter.answer(interaction, check_event(interaction, message), defer_now=True)

    async def on_payload_button(self, interaction: discord.Interaction) -> None:
        await self.adapter.answer(interaction, button_event(interaction), defer_now=False)


class DiscordAdapter:
    platform = PLATFORM
    bulk_per_second = BULK_PER_SECOND

    def __init__(
        self, settings: Settings, *, defer_after: float = DEFER_AFTER, backoff: float = START_BACKOFF
    ) -> None:
        if not settings.discord_token:
            raise ConfigError("DISCORD_BOT_TOKEN is not set")
        self.token = settings.discord_token
        self.defer_after = defer_after
        self.backoff = backoff
        self.app: Host | None = None
        self.client = MatteClient(self, settings.lang)

    async def run(self, app: Host) -> None:
        """Serve until stopped; `client.start` runs in this loop, never `client.run`."""
        self.app = app
        delay = self.backoff
        async with self.client:
            while True:
                try:
                    await self.client.start(self.token)
                    return
                except discord.LoginFailure as exc:
                    raise ConfigError("DISCORD_BOT_TOKEN was refused by Discord") from exc
                except (OSError, aiohttp.ClientError, discord.GatewayNotFound) as exc:
                    log.warning("cannot reach Discord (%s); retrying in %.1f s", _reason(exc), delay)
                    await asyncio.sleep(delay)
                    delay = min(MAX_START_BACKOFF, delay * 2)

    async def process(self, event: Incoming | None) -> None:
        if event is not None and self.app is not None:
            await self.app.process(await self._download(event))

    async def _download(self, event: Incoming) -> Incoming:
        """A picture's bytes from Discord's CDN (a deleted or refused file: `unavailable`)."""
        if not isinstance(event, ImageMessage) or event.fetch_problem or event.image:
            return event
        try:
            data = await self.client.http.get_from_cdn(event.ref)
        except discord.HTTPException as exc:
            log.warning("could not download a picture: %s", exc)
            return replace(event, fetch_problem="unavailable")
        if len(data) > MAX_IMAGE_BYTES:
            return replace(event, fetch_problem="too_large")
        return replace(event, image=data, size=len(data))

    async def answer(self, interaction: discord.Interaction, event: Incoming, *, defer_now: bool) -> None:
        """Run one interaction through the core, acknowledged in time whatever the core does."""
        if self.app is None:
            return
        reply = InteractionReply(interaction, event.source.chat, private=event.source.private_reply)
        if defer_now:
            await reply.acknowledge()
        guard = asyncio.create_task(reply.acknowledge(after=self.defer_after))
        try:
            await self.app.process(await self._download(event), reply, wait=True)
        finally:
            await reply.finish(guard)

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        if self.client.user is None:
            raise ConnectionError("not logged in to Discord yet; the reply is sent after login")
        try:
            if isinstance(out, ClosePoll):
                await self._close_poll(out)
                return None
            return await self._deliver(out, via if isinstance(via, InteractionReply) else None)
        except ValueError as exc:
            raise PermanentSendError(str(exc)) from exc
        except discord.HTTPException as exc:
            if exc.status < 500 and exc.status != RATE_LIMITED:
                raise PermanentSendError(f"Discord refused the message: {exc}") from exc
            raise

    async def _deliver(
        self, out: Message | QuizPoll | Document, reply: InteractionReply | None
    ) -> Sent | None:
        """Through the interaction it answers if any (a class-quiz question always to the channel)."""
        if reply is None or reply.chat != out.chat or isinstance(out, QuizPoll):
            if isinstance(out, Message) and out.ephemeral:
                return await self._post_privately(out)
            return await self._post(out.chat, send_parts(out))
        ephemeral = reply.ephemeral(getattr(out, "ephemeral", False))
        try:
            return await reply.send(send_parts(out), ephemeral)
        except InteractionGone as gone:
            if ephemeral:
                log.warning("interaction %s expired; sending the reply privately", reply.interaction.id)
                return await self._post(ChatRef.direct(PLATFORM, str(reply.interaction.user.id)), gone.left)
            log.warning("interaction %s expired; posting the reply to the channel", reply.interaction.id)
            return await self._post(out.chat, gone.left)

    async def _post_privately(self, out: Message) -> Sent | None:
        """A reply for one person without its interaction: to their direct messages, or not at all."""
        if out.for_user is None:
            raise PermanentSendError("a private reply without its interaction or recipient")
        return await self._post(ChatRef.direct(PLATFORM, out.for_user), send_parts(out))

    async def _channel(self, chat: ChatRef) -> discord.abc.Messageable:
        """The chat's channel; `ChatRef.direct` (the core knows only the user) opens the user's DM."""
        user_id = chat.direct_user
        if user_id is not None:
            return await self.client.create_dm(discord.Object(int(user_id)))
        channel_id = int(chat.chat_id)
        channel = self.client.get_channel(channel_id)
        if isinstance(channel, discord.abc.Messageable):
            return channel
        return self.client.get_partial_messageable(channel_id)

    async def _post(self, chat: ChatRef, parts: list[dict[str, Any]]) -> Sent | None:
        """Post to the channel itself: public, and editable later (class-quiz questions)."""
        channel = await self._channel(chat)
        sent: discord.Message | None = None
        for part in parts:
            sent = await channel.send(**part)
        return Sent(str(sent.id)) if sent is not None else None

    async def _close_poll(self, out: ClosePoll) -> None:
        """Lock a class-quiz question: the same buttons, disabled."""
        if out.message_id is None:
            return
        channel = await self._channel(out.chat)
        message = await channel.fetch_message(int(out.message_id))
        await message.edit(view=disabled_view(message))
