"""What a feature handler gets: the event, the user, the database and the ways to answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.config import Settings
from bot.core.events import Button, ChatRef, Incoming, Message
from bot.core.render import Renderer
from bot.storage import state as state_store
from bot.storage.state import State
from bot.storage.users import User

Buttons = tuple[tuple[Button, ...], ...]


@dataclass
class Context:
    """Handlers run inside one transaction: every `db` change commits with the reply, or not at all.

    Scheduled jobs get a context too, for the user they write to; their `event` is None.
    """

    event: Incoming
    user: User
    db: Database
    renderer: Renderer
    settings: Settings
    services: Any
    chat: ChatRef | None = None

    def __post_init__(self) -> None:
        if self.chat is None:
            self.chat = self.event.source.chat

    @property
    def lang(self) -> str:
        return self.user.lang

    def t(self, name: str, /, **values: Any) -> str:
        """Render the template `name` in the user's language."""
        return self.renderer.render(self.lang, name, **values)

    def reply(self, text: str, buttons: Buttons = (), *, ephemeral: bool = False) -> Message:
        """A reply in this chat; ephemeral (for the event's user only) if asked or the platform wants it."""
        assert self.chat is not None
        source = self.event.source if self.event is not None else None
        private = source is not None and (ephemeral or source.private_reply)
        return Message(
            chat=self.chat,
            text=text,
            buttons=buttons,
            ephemeral=private,
            for_user=source.user_id if private and source is not None else None,
        )

    def say(self, name: str, /, buttons: Buttons = (), **values: Any) -> Message:
        """Reply with the template `name`."""
        return self.reply(self.t(name, **values), buttons)

    def load_state(self) -> State | None:
        s = self.event.source
        return state_store.load(self.db, s.platform, s.chat_id, s.user_id)

    def save_state(self, flow: str, data: dict[str, Any]) -> None:
        s = self.event.source
        state_store.save(self.db, s.platform, s.chat_id, s.user_id, State(flow, data))

    def clear_state(self) -> None:
        s = self.event.source
        state_store.clear(self.db, s.platform, s.chat_id, s.user_id)
