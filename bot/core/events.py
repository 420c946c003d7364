"""The core's whole vocabulary: what comes in from a platform and what goes out to one.

Adapters translate their SDK's objects into these frozen dataclasses and back, so features can be
tested with plain equality checks and one process can serve several platforms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ChatKind(StrEnum):
    """Private chats get every reply; groups only what they asked for (principle 3)."""

    PRIVATE = "private"
    GROUP = "group"


DIRECT = "dm:"


@dataclass(frozen=True)
class ChatRef:
    """Where a message goes: a platform and a chat.

    `ChatRef.direct(platform, user_id)` means "a private message to this user" where the core knows
    only the user (an instructor's report after a group quiz); adapters open the DM themselves.
    """

    platform: str
    chat_id: str

    @classmethod
    def direct(cls, platform: str, user_id: str) -> ChatRef:
        return cls(platform, DIRECT + user_id)

    @property
    def direct_user(self) -> str | None:
        """The user id of a `direct` ref, else None."""
        return self.chat_id[len(DIRECT) :] if self.chat_id.startswith(DIRECT) else None


@dataclass(frozen=True, kw_only=True)
class Source:
    """Who sent an event and from where, as far as the platform tells."""

    platform: str
    chat_id: str
    user_id: str
    chat_kind: ChatKind = ChatKind.PRIVATE
    display_name: str = ""
    language_code: str | None = None
    is_admin: bool = False
    private_reply: bool = False
    """The platform shows replies to this event to its sender only (a Discord slash command)."""

    @property
    def chat(self) -> ChatRef:
        return ChatRef(self.platform, self.chat_id)

    @property
    def is_group(self) -> bool:
        return self.chat_kind is ChatKind.GROUP


@dataclass(frozen=True, kw_only=True)
class Event:
    """Common to every incoming event. `update_id` lets storage drop a repeated delivery."""

    source: Source
    update_id: str | None = None
    addressed: bool = True


@dataclass(frozen=True, kw_only=True)
class TextMessage(Event):
    """Plain text; in a group `addressed` says whether it mentioned or replied to the bot."""

    text: str


@dataclass(frozen=True, kw_only=True)
class Command(Event):
    """`/name args`. `reply_to_text` is the message the command replied to, if any (`/check` as a reply)."""

    name: str
    args: str = ""
    reply_to_text: str | None = None


@dataclass(frozen=True, kw_only=True)
class ButtonPress(Event):
    """A pressed button carrying the compact payload the core put on it."""

    payload: str
    message_id: str | None = None


class OriginKind(StrEnum):
    USER = "user"
    HIDDEN_USER = "hidden_user"
    CHAT = "chat"
    CHANNEL = "channel"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Origin:
    """What is known of where a forwarded message came from."""

    kind: OriginKind = OriginKind.UNKNOWN
    name: str = ""


@dataclass(frozen=True, kw_only=True)
class ForwardedMessage(Event):
    """A message the user forwarded (or, on Discord, picked with "Check this message")."""

    text: str
    origin: Origin = field(default_factory=Origin)


MAX_IMAGE_BYTES = 20 * 1024 * 1024
"""Adapters fetch no picture larger than this (Telegram's getFile limit; `images.limits.MAX_BYTES`)."""


@dataclass(frozen=True, kw_only=True)
class ImageMessage(Event):
    """A picture sent or forwarded to the bot (a screenshot, a photo of a notice): read, then checked.

    Translation gives only `ref`, the platform's handle for the file (and `size` if the platform says
    it); the adapter then fetches the bytes into `image`, or names in `fetch_problem` why it could not
    (`too_large`, `unavailable`), before the core sees the event. `caption` is text sent with the
    picture, checked with it. The bytes are never stored.
    """

    ref: str = ""
    size: int | None = None
    image: bytes = field(default=b"", repr=False)
    fetch_problem: str = ""
    caption: str = ""
    origin: Origin = field(default_factory=Origin)


@dataclass(frozen=True, kw_only=True)
class PollAnswer(Event):
    """An answer to a native poll the bot sent (Telegram quiz polls)."""

    poll_id: str
    option_ids: tuple[int, ...]


Incoming = TextMessage | Command | ButtonPress | ForwardedMessage | ImageMessage | PollAnswer


@dataclass(frozen=True)
class Button:
    """A button: `payload` is at most 64 bytes (Telegram's callback_data limit)."""

    label: str
    payload: str


@dataclass(frozen=True)
class CardSection:
    heading: str
    body: str = ""


@dataclass(frozen=True)
class Card:
    """A reply's content in parts, for platforms that show cards (a LINE Flex bubble): a title, a
    note under it, sections and a closing line. The message's `text` stays the whole reply, for every
    other platform and as the fallback when a card cannot be sent."""

    title: str
    note: str
    sections: tuple[CardSection, ...]
    closing: str = ""


@dataclass(frozen=True, kw_only=True)
class Message:
    """Neutral text; the adapter escapes it for its platform's markup, once."""

    chat: ChatRef
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    ephemeral: bool = False
    """For one person only (`for_user`): never posted where the rest of a group can see it."""
    for_user: str | None = None
    bulk: bool = False
    """One of many sent at once (a course day): paced below the platform's limit, so that replies and
    class quizzes keep their share of it."""
    scrub_after_send: bool = False
    """Quotes what someone sent (a checked message, phone numbers and all) or names someone who asked to
    be forgotten: once sent, it is scrubbed from the database file and its WAL, not merely deleted."""
    card: Card | None = None
    """The same reply as a card, where the platform shows one better (the check result)."""


@dataclass(frozen=True, kw_only=True)
class QuizPoll:
    """A timed question for a whole chat (class quiz).

    Platforms with native quiz polls (Telegram) send one; others send `text` with `buttons`, which
    carry the same answers as payloads. `ref` is the core's id for the question.
    """

    chat: ChatRef
    ref: str
    question: str
    options: tuple[str, ...]
    correct: int
    explanation: str
    open_seconds: int
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True, kw_only=True)
class ClosePoll:
    """Lock the answers of a `QuizPoll`; the app fills in the platform's message id."""

    chat: ChatRef
    ref: str
    message_id: str | None = None


@dataclass(frozen=True, kw_only=True)
class Document:
    """A file, e.g. an instructor report, sent to a (usually private) chat."""

    chat: ChatRef
    filename: str
    data: bytes
    caption: str = ""


@dataclass(frozen=True)
class Sent:
    """What a platform told the adapter about a message it accepted."""

    message_id: str
    poll_id: str | None = None


Outgoing = Message | QuizPoll | ClosePoll | Document
