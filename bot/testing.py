"""A collecting adapter and event builders, shipped so tests (ours and plug-ins') drive the real core."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

from bot.app import App
from bot.core.events import (
    ButtonPress,
    ChatKind,
    Command,
    ForwardedMessage,
    ImageMessage,
    Incoming,
    Outgoing,
    Sent,
    Source,
    TextMessage,
)

_ids = count(1)


@dataclass
class CollectingAdapter:
    """Keeps every reply instead of sending it."""

    platform: str = "test"
    bulk_per_second: float | None = None
    sent: list[Outgoing] = field(default_factory=list)

    async def run(self, app: App) -> None:
        return None

    async def send(self, out: Outgoing, via: object | None = None) -> Sent:
        self.sent.append(out)
        return Sent(message_id=str(len(self.sent)), poll_id=f"poll-{len(self.sent)}")


@dataclass
class Chatter:
    """One simulated person talking to the bot through the real engine."""

    app: App
    adapter: CollectingAdapter
    user_id: str = "u1"
    chat_id: str | None = None
    chat_kind: ChatKind = ChatKind.PRIVATE
    language_code: str | None = None
    is_admin: bool = False

    @property
    def source(self) -> Source:
        return Source(
            platform=self.adapter.platform,
            chat_id=self.chat_id or self.user_id,
            user_id=self.user_id,
            chat_kind=self.chat_kind,
            display_name=f"user {self.user_id}",
            language_code=self.language_code,
            is_admin=self.is_admin,
        )

    async def _send(self, event: Incoming) -> list[Outgoing]:
        before = len(self.adapter.sent)
        await self.app.process(event)
        return self.adapter.sent[before:]

    async def command(self, name: str, args: str = "", addressed: bool = True) -> list[Outgoing]:
        return await self._send(
            Command(source=self.source, name=name, args=args, addressed=addressed, update_id=str(next(_ids)))
        )

    async def text(self, text: str, addressed: bool = True) -> list[Outgoing]:
        return await self._send(
            TextMessage(source=self.source, text=text, addressed=addressed, update_id=str(next(_ids)))
        )

    async def press(self, payload: str) -> list[Outgoing]:
        return await self._send(ButtonPress(source=self.source, payload=payload, update_id=str(next(_ids))))

    async def forward(self, text: str) -> list[Outgoing]:
        return await self._send(ForwardedMessage(source=self.source, text=text, update_id=str(next(_ids))))

    async def image(self, data: bytes, addressed: bool = True) -> list[Outgoing]:
        return await self._send(
            ImageMessage(source=self.source, image=data, addressed=addressed, update_id=str(next(_ids)))
        )
