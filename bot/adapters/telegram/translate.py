"""Pure translation of Telegram updates into core events (the outgoing side: outgoing.py).

No I/O here, so every rule is tested against recorded, real-shaped payloads. The runner
(runner.py) fetches updates, asks `getChatMember` where `admin_check_for` says so, and
hands the events to the engine. The update id travels as the event's `update_id`, so the engine
drops a repeated delivery, also across a restart.

Forum topics: a message in a topic of a forum supergroup comes from the chat id with the topic's
`message_thread_id` as a suffix, "-100123:45" (`topic_chat_id`). To the core a topic is a chat of
its own, so a command there is answered there and a class quiz started there runs there, beside
one in another topic; outgoing.py splits the suffix back into `chat_id` and `message_thread_id`.
The rate limiter and admin checks use the group's own id (the topics share its budget and
admins). Messages outside topics (the General topic, reply threads of ordinary supergroups) keep
the bare chat id. The topic rides in the id so that the core, its tables and the outbox need no
new field; the price is that per-chat settings are kept per topic.

A group that becomes a supergroup announces it with a service message (`migration_of`); the
runner moves the stored chat and its sessions to the new id.

Groups stay quiet: a command is addressed when bare or aimed at this bot (`/quiz@ThisBot`), text
when it mentions the bot or replies to it. A photo, or a file sent as a document whose MIME type is
an image, becomes an `ImageMessage` carrying the file id (the runner downloads it with getFile; a
file over the 20 MB bots may download is marked too large here); in a group it is addressed when its
caption mentions the bot or it replies to the bot. Edits, stickers, service messages and update
kinds the core has no use for translate to None and are ignored.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    MaybeInaccessibleMessage,
    Message,
    MessageEntity,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram import PollAnswer as TgPollAnswer
from telegram.constants import ChatMemberStatus

from bot.core.events import (
    MAX_IMAGE_BYTES,
    ButtonPress,
    ChatKind,
    Command,
    ForwardedMessage,
    ImageMessage,
    Incoming,
    Origin,
    OriginKind,
    PollAnswer,
    Source,
    TextMessage,
)

log = logging.getLogger(__name__)

PLATFORM = "telegram"
CHAT_KINDS = {Chat.PRIVATE: ChatKind.PRIVATE, Chat.GROUP: ChatKind.GROUP, Chat.SUPERGROUP: ChatKind.GROUP}
ADMIN_STATUSES = frozenset({ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR})
ALLOWED_UPDATES = ("message", "callback_query", "poll_answer")
TOPIC_SEPARATOR = ":"


def topic_chat_id(chat_id: int, thread_id: int | None) -> str:
    """The core's chat id for a chat, or for one forum topic in it (topics live in groups only).

    Telegram numbers topics from 1; a malformed update's thread id of 0 or less names no topic, so the
    message counts as the group's own (and `split_topic` reads no such suffix back)."""
    if thread_id is None or thread_id <= 0 or chat_id >= 0:
        return str(chat_id)
    return f"{chat_id}{TOPIC_SEPARATOR}{thread_id}"


def split_topic(chat_id: str) -> tuple[str, int | None]:
    """(the chat's own id, the topic's message_thread_id or None) of a core chat id."""
    base, separator, thread = chat_id.partition(TOPIC_SEPARATOR)
    if separator and base.startswith("-") and thread.isdigit() and int(thread) > 0:
        return base, int(thread)
    return chat_id, None


@dataclass(frozen=True)
class BotIdentity:
    """Who this bot is, from getMe: needed to tell what a group message is aimed at."""

    id: int
    username: str


def to_event(update: Update, me: BotIdentity) -> Incoming | None:
    """The core event for an update, or None when the core has nothing to do with it.

    Assumes the Bot API's shape, which python-telegram-bot does not check: an update that breaks it
    (a field of another JSON type, a required field missing) may raise AttributeError, TypeError,
    ValueError or LookupError, and the runner logs and skips it.
    """
    update_id = str(update.update_id)
    if update.callback_query is not None:
        return _button(update.callback_query, update_id)
    if update.poll_answer is not None:
        return _poll_answer(update.poll_answer, update_id)
    if update.message is not None:
        return _from_message(update.message, me, update_id)
    return None


def migration_of(update: Update) -> tuple[int, int] | None:
    """(old group id, new supergroup id) when the update announces a migration, else None."""
    message = update.message
    if message is None:
        return None
    if message.migrate_to_chat_id is not None:
        return message.chat.id, message.migrate_to_chat_id
    if message.migrate_from_chat_id is not None:
        return message.migrate_from_chat_id, message.chat.id
    return None


def admin_check_for(update: Update, event: Incoming | None) -> tuple[int, int] | None:
    """(chat id, user id) to ask getChatMember about: addressed group commands sent by a person.

    An anonymous admin (sent as the group itself) is known to be an admin without asking.
    """
    message = update.message
    if not isinstance(event, Command) or not event.source.is_group or not event.addressed:
        return None
    if message is None or message.sender_chat is not None or message.from_user is None:
        return None
    return message.chat.id, message.from_user.id


def is_admin_status(status: str) -> bool:
    """Creators and administrators may run class quizzes."""
    return status in ADMIN_STATUSES


def sanitize_updates(raw: list[Any]) -> list[Any]:
    """Make a getUpdates result safe to parse: one malformed update must not stall polling.

    python-telegram-bot parses a whole batch at once; one bad field fails the batch, the offset
    never moves and the same batch comes back forever. An update that does not parse is kept as
    its bare update id (so the offset moves past it); entries without an id are dropped. Poll
    answers from Bot API servers older than 9.6 lack `option_persistent_ids`, which this
    python-telegram-bot requires; they get an empty list rather than being lost.
    """
    clean: list[Any] = []
    for entry in raw:
        update_id = entry.get("update_id") if isinstance(entry, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            log.warning("dropping an update without a usable update_id")
            continue
        answer = entry.get("poll_answer")
        if isinstance(answer, dict) and "option_persistent_ids" not in answer:
            entry = {**entry, "poll_answer": {**answer, "option_persistent_ids": []}}
        try:
            Update.de_json(entry, None)
        except Exception:
            log.warning("update %s does not parse; ignoring it", update_id)
            clean.append({"update_id": update_id})
        else:
            clean.append(entry)
    return clean


def texts_to_check(raw: list[Any]) -> list[str]:
    """From a raw getUpdates batch, the texts the guided check will score: forwards and private pastes."""
    texts = []
    for entry in raw:
        message = entry.get("message") if isinstance(entry, dict) else None
        if not isinstance(message, dict):
            continue
        text = message.get("text") or message.get("caption")
        chat = message.get("chat")
        private = isinstance(chat, dict) and chat.get("type") == "private"
        if isinstance(text, str) and ("forward_origin" in message or (private and not text.startswith("/"))):
            texts.append(text)
    return texts


def origin_of(origin: MessageOrigin) -> Origin:
    """What Telegram tells of where a forwarded message came from."""
    match origin:
        case MessageOriginUser():
            return Origin(OriginKind.USER, origin.sender_user.full_name or "")
        case MessageOriginHiddenUser():
            return Origin(OriginKind.HIDDEN_USER, origin.sender_user_name)
        case MessageOriginChat():
            return Origin(OriginKind.CHAT, origin.sender_chat.effective_name or "")
        case MessageOriginChannel():
            return Origin(OriginKind.CHANNEL, origin.chat.effective_name or "")
    return Origin()


def _from_message(message: Message, me: BotIdentity, update_id: str) -> Incoming | None:
    source = _message_source(message)
    if source is None:
        return None
    text = message.text or message.caption or ""
    addressed = not source.is_group or _mentions(message, me) or _replies_to(message, me)
    picture = _picture(message)
    if picture is not None:
        ref, size = picture
        origin = origin_of(message.forward_origin) if message.forward_origin is not None else Origin()
        too_large = size is not None and size > MAX_IMAGE_BYTES
        return ImageMessage(
            source=source,
            update_id=update_id,
            addressed=addressed,
            ref=ref,
            size=size,
            fetch_problem="too_large" if too_large else "",
            caption=_without_mention(text, me) if source.is_group else text,
            origin=origin,
        )
    if message.forward_origin is not None:
        origin = origin_of(message.forward_origin)
        return ForwardedMessage(
            source=source, update_id=update_id, addressed=addressed, text=text, origin=origin
        )
    if not text.strip():
        return None
    command = _command(message, text)
    if command is not None:
        name, target, args = command
        aimed = not source.is_group or target is None or target.lower() == me.username.lower()
        return Command(
            source=source,
            update_id=update_id,
            addressed=aimed,
            name=name,
            args=args,
            reply_to_text=_reply_text(message),
        )
    if source.is_group and addressed:
        text = _without_mention(text, me)
    return TextMessage(source=source, update_id=update_id, addressed=addressed, text=text)


def _picture(message: Message) -> tuple[str, int | None] | None:
    """(file id, size in bytes if told) of the picture in a message: the largest photo size, or a
    document whose MIME type says image."""
    if message.photo:
        largest = max(message.photo, key=lambda size: size.width * size.height)
        return largest.file_id, _known_size(largest.file_size)
    document = message.document
    if document is not None and (document.mime_type or "").startswith("image/"):
        return document.file_id, _known_size(document.file_size)
    return None


def _known_size(value: object) -> int | None:
    """A size Telegram told in bytes, or None when it is missing or not a size (negative, not a number):
    the download's own limit still applies."""
    return value if type(value) is int and value >= 0 else None


def _message_source(message: Message) -> Source | None:
    kind = CHAT_KINDS.get(message.chat.type)
    if kind is None:
        return None
    chat_id = _chat_id(message)
    if message.sender_chat is not None:
        sender = message.sender_chat
        return Source(
            platform=PLATFORM,
            chat_id=chat_id,
            user_id=str(sender.id),
            chat_kind=kind,
            display_name=sender.effective_name or "",
            is_admin=sender.id == message.chat.id,
        )
    user = message.from_user
    if user is None:
        return None
    return Source(
        platform=PLATFORM,
        chat_id=chat_id,
        user_id=str(user.id),
        chat_kind=kind,
        display_name=user.full_name or "",
        language_code=user.language_code,
    )


def _chat_id(message: MaybeInaccessibleMessage) -> str:
    """The chat's id, with the topic's thread id for a message in a forum topic."""
    topic = isinstance(message, Message) and message.is_topic_message and message.message_thread_id
    return topic_chat_id(message.chat.id, message.message_thread_id if topic else None)


def _entities(message: Message, types: list[str]) -> dict[MessageEntity, str]:
    """Entities whose UTF-16 bounds split a character (the Bot API never sends them, a forged post
    could) do not decode; the message is then read without entities rather than dropped."""
    try:
        if message.text is not None:
            return message.parse_entities(types)
        if message.caption is not None:
            return message.parse_caption_entities(types)
    except UnicodeDecodeError:
        log.warning("message %s has entities that split a character; ignoring them", message.message_id)
    return {}


def _command(message: Message, text: str) -> tuple[str, str | None, str] | None:
    """(name, @target or None, args) when the message starts with a bot command."""
    for entity, value in _entities(message, [MessageEntity.BOT_COMMAND]).items():
        if entity.offset == 0:
            name, _, target = value[1:].partition("@")
            return name.lower(), target or None, text[len(value) :].strip()
    return None


def _mentions(message: Message, me: BotIdentity) -> bool:
    wanted = f"@{me.username}".lower()
    for entity, value in _entities(message, [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        if entity.type == MessageEntity.MENTION and value.lower() == wanted:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user is not None and entity.user.id == me.id:
            return True
    return False


def _replies_to(message: Message, me: BotIdentity) -> bool:
    replied = message.reply_to_message
    return replied is not None and replied.from_user is not None and replied.from_user.id == me.id


def _without_mention(text: str, me: BotIdentity) -> str:
    """The text without the @mention that addressed the bot (it is not part of what was asked)."""
    mention = f"@{me.username}"
    at = text.lower().find(mention.lower())
    if at < 0:
        return text
    return (text[:at] + text[at + len(mention) :]).strip() or text


def _reply_text(message: Message) -> str | None:
    """The text a command replied to (`/check` as a reply), quoted part as a fallback."""
    replied = message.reply_to_message
    if replied is not None and (replied.text or replied.caption):
        return replied.text or replied.caption
    if message.quote is not None:
        return message.quote.text
    return None


def _button(query: CallbackQuery, update_id: str) -> ButtonPress | None:
    if query.data is None:
        return None
    user = query.from_user
    chat_id, kind, message_id = str(user.id), ChatKind.PRIVATE, None
    if query.message is not None:
        found = CHAT_KINDS.get(query.message.chat.type)
        if found is None:
            return None
        chat_id, kind, message_id = _chat_id(query.message), found, str(query.message.message_id)
    source = Source(
        platform=PLATFORM,
        chat_id=chat_id,
        user_id=str(user.id),
        chat_kind=kind,
        display_name=user.full_name or "",
        language_code=user.language_code,
    )
    return ButtonPress(source=source, update_id=update_id, payload=query.data, message_id=message_id)


def _poll_answer(answer: TgPollAnswer, update_id: str) -> PollAnswer | None:
    """A vote on a quiz poll. It carries no chat: the core finds the class by `poll_id`.

    A person's vote comes from their private chat; a vote cast as a chat (anonymous admin) from
    that chat.
    """
    if answer.voter_chat is not None:
        chat = answer.voter_chat
        source = Source(
            platform=PLATFORM,
            chat_id=str(chat.id),
            user_id=str(chat.id),
            chat_kind=CHAT_KINDS.get(chat.type, ChatKind.GROUP),
            display_name=chat.effective_name or "",
        )
    elif answer.user is not None:
        user = answer.user
        source = Source(
            platform=PLATFORM,
            chat_id=str(user.id),
            user_id=str(user.id),
            display_name=user.full_name or "",
            language_code=user.language_code,
        )
    else:
        return None
    return PollAnswer(
        source=source, update_id=update_id, poll_id=answer.poll_id, option_ids=tuple(answer.option_ids)
    )
