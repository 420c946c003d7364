"""Routes each incoming event to the feature that handles it.

Features register handlers by command name, button action, or event kind. Group chats stay quiet:
text that does not address the bot is ignored there, and so are unknown commands aimed elsewhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from bot.core.context import Context, Speaker
from bot.core.events import (
    ButtonPress,
    Command,
    ForwardedMessage,
    ImageMessage,
    Incoming,
    Outgoing,
    PollAnswer,
    Sent,
    TextMessage,
)
from bot.core.payloads import PayloadError, decode

Handler = Callable[[Context], Awaitable[list[Outgoing]]]
FlowHandler = Callable[[Context], Awaitable[list[Outgoing] | None]]
"""Text typed while a conversation flow waits for it; None: the flow is over, route the text as usual."""
Job = Callable[["JobRun"], list[Outgoing]]
DeliveryHook = Callable[[Database, Outgoing, Sent | None, datetime], None]
TextsToScore = Callable[[Incoming, Database], list[str]]
"""The texts a handler will check for an event, so they are scored off the event loop first."""
ImagesToRead = Callable[[Incoming], list[bytes]]
"""The pictures a handler will read for an event, so they are read off the event loop first."""
"""Called in a write transaction once an item reached its chat: (db, item, platform ids, when)."""


@dataclass(frozen=True)
class JobRun:
    """What a scheduled job gets: the open transaction and a way to build a context per user."""

    db: Database
    now: datetime
    context_for: Callable[[str, str, str], Speaker]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    handler: Handler
    listed: bool = True


class Dispatcher:
    def __init__(self) -> None:
        self.commands: dict[str, CommandSpec] = {}
        self.buttons: dict[str, Handler] = {}
        self.on_text: Handler | None = None
        self.on_forward: Handler | None = None
        self.on_image: Handler | None = None
        self.on_poll_answer: Handler | None = None
        self.on_group_chatter: Handler | None = None
        self.on_unknown_command: Handler | None = None
        self.on_bad_button: Handler | None = None
        self.group_handlers: dict[str, Handler] = {}
        self.text_flows: dict[str, FlowHandler] = {}
        self.jobs: list[Job] = []
        self.delivery_hooks: list[DeliveryHook] = []
        self.texts_to_score: TextsToScore | None = None
        self.images_to_read: ImagesToRead | None = None

    def command(self, name: str, *, listed: bool = True) -> Callable[[Handler], Handler]:
        """Register `/name`; `listed` puts it in /help and the platforms' command menus."""

        def register(handler: Handler) -> Handler:
            if name in self.commands:
                raise ValueError(f"command /{name} registered twice")
            self.commands[name] = CommandSpec(name, handler, listed)
            return handler

        return register

    def button(self, action: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            if action in self.buttons:
                raise ValueError(f"button action {action!r} registered twice")
            self.buttons[action] = handler
            return handler

        return register

    def group_command(self, name: str) -> Callable[[Handler], Handler]:
        """Register what `/name` does in a group chat, where it means something else (class quiz).

        Routed here before the command's own handler whenever the command comes from a group.
        """

        def register(handler: Handler) -> Handler:
            self.group_handlers[name] = handler
            return handler

        return register

    def text_in_flow(self, flow: str) -> Callable[[FlowHandler], FlowHandler]:
        """Register what private text means while the user's conversation state is in `flow`
        (a helper writing an answer in their own words), ahead of `on_text`."""

        def register(handler: FlowHandler) -> FlowHandler:
            if flow in self.text_flows:
                raise ValueError(f"text flow {flow!r} registered twice")
            self.text_flows[flow] = handler
            return handler

        return register

    def job(self, job: Job) -> Job:
        """Register a job the scheduler runs every tick (course deliveries, timers)."""
        self.jobs.append(job)
        return job

    def on_delivered(self, hook: DeliveryHook) -> DeliveryHook:
        """Run `hook` whenever an item has been delivered (e.g. to start a question's timer then)."""
        self.delivery_hooks.append(hook)
        return hook

    def listed_commands(self) -> list[str]:
        return [spec.name for spec in self.commands.values() if spec.listed]

    async def route(self, ctx: Context) -> list[Outgoing]:
        event = ctx.event
        if event.source.is_group and not event.addressed:
            if isinstance(event, TextMessage | ForwardedMessage):
                return await _maybe(self.on_group_chatter, ctx)
            return []
        match event:
            case Command(name=name):
                group_handler = self.group_handlers.get(name.lower())
                if event.source.is_group and group_handler is not None:
                    return await group_handler(ctx)
                spec = self.commands.get(name.lower())
                if spec is not None:
                    return await spec.handler(ctx)
                return await _maybe(self.on_unknown_command, ctx)
            case ButtonPress(payload=payload):
                try:
                    action = decode(payload).action
                except PayloadError:
                    return await _maybe(self.on_bad_button, ctx)
                handler = self.buttons.get(action)
                return await (handler(ctx) if handler else _maybe(self.on_bad_button, ctx))
            case ForwardedMessage():
                return await _maybe(self.on_forward, ctx)
            case ImageMessage():
                return await _maybe(self.on_image, ctx)
            case PollAnswer():
                return await _maybe(self.on_poll_answer, ctx)
            case TextMessage(text=text):
                if not text.strip():
                    return []
                state = ctx.load_state() if self.text_flows else None
                flow = self.text_flows.get(state.flow) if state is not None else None
                answered = await flow(ctx) if flow is not None else None
                return answered if answered is not None else await _maybe(self.on_text, ctx)
        return []


async def _maybe(handler: Handler | None, ctx: Context) -> list[Outgoing]:
    return await handler(ctx) if handler else []
