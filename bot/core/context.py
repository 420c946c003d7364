"""What a feature handler gets (the event, the user, the database, the ways to answer) and what a
scheduled job gets (the same without an event)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.config import Settings
from bot.core.events import Button, ChatRef, Incoming, Message
from bot.core.render import Renderer
from bot.core.services import FeatureServices
from bot.storage import state as state_store
from bot.storage.state import State
from bot.storage.users import User

Buttons = tuple[tuple[Button, ...], ...]


@dataclass(kw_only=True)
class Speaker:
    """Writing to one chat inside one transaction: every `db` change commits with the reply, or not at all.

    Scheduled jobs (a course day, a question's timer) get a Speaker: they answer no event.
    """

    user: User
    db: Database
    renderer: Renderer
    settings: Settings
    services: FeatureServices
    chat: ChatRef

    @property
    def lang(self) -> str:
        return self.user.lang

    def t(self, name: str, /, **values: Any) -> str:
        """Render the template `name` in the user's language."""
        return self.renderer.render(self.lang, name, **values)

    def reply(self, text: str, buttons: Buttons = ()) -> Message:
        """A message in this chat."""
        return Message(chat=self.chat, text=text, buttons=buttons)

    def say(self, name: str, /, buttons: Buttons = (), **values: Any) -> Message:
        """Reply with the template `name`."""
        return self.reply(self.t(name, **values), buttons)


@dataclass(kw_only=True)
class Context(Speaker):
    """What a handler gets: a `Speaker` for the event's chat, and the event it answers."""

    event: Incoming

    def reply(self, text: str, buttons: Buttons = (), *, ephemeral: bool = False) -> Message:
        """A reply in this chat; ephemeral (for the event's user only) if asked or the platform wants it."""
        source = self.event.source
        private = ephemeral or source.private_reply
        return Message(
            chat=self.chat,
            text=text,
            buttons=buttons,
            ephemeral=private,
            for_user=source.user_id if private else None,
        )

    def load_state(self) -> State | None:
        s = self.event.source
        return state_store.load(self.db, s.platform, s.chat_id, s.user_id)

    def save_state(self, flow: str, data: dict[str, Any]) -> None:
        s = self.event.source
        state_store.save(self.db, s.platform, s.chat_id, s.user_id, State(flow, data))

    def clear_state(self) -> None:
        s = self.event.source
        state_store.clear(self.db, s.platform, s.chat_id, s.user_id)
