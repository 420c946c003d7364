"""Pure translation of core replies into Bot API calls (python-telegram-bot method + arguments).

Neutral text is split first and escaped afterwards, so no chunk ends inside an HTML entity, and
each chunk is measured the way Telegram counts (UTF-16 units of the escaped text, an upper bound
of the 4096 limit counted after entity parsing). Link previews are always off: a forwarded rumour
quoted back must not turn into a card advertising its source. `Message.ephemeral` is decided by the
runner (a button's pop-up text or a private message in groups); here such messages are plain ones.
A chat id with a topic ("-100123:45", see translate.py) becomes `chat_id` and `message_thread_id`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Poll,
)
from telegram import Message as TgMessage
from telegram.constants import BotCommandLimit, ParseMode, PollLimit

from bot.adapters.telegram.limits import CAPTION_LIMIT, MAX_OPEN_PERIOD, MAX_POLL_OPTIONS, TEXT_LIMIT
from bot.adapters.telegram.translate import split_topic
from bot.core.adapter import PermanentSendError
from bot.core.events import Button, ChatRef, ClosePoll, Document, Message, Outgoing, QuizPoll, Sent
from bot.core.splitting import split_text

MESSAGE_METHODS = frozenset({"send_message", "send_poll", "send_document"})
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass(frozen=True)
class ApiCall:
    """One Bot API call: a `telegram.Bot` method name and its keyword arguments."""

    method: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def chat_id(self) -> int | str:
        return self.params["chat_id"]

    @property
    def is_message(self) -> bool:
        """Counts against Telegram's message limits (the rate limiter paces only these)."""
        return self.method in MESSAGE_METHODS

    def to_chat(self, chat_id: int | str) -> ApiCall:
        """The same call for a chat that moved (a group upgraded to a supergroup)."""
        return ApiCall(self.method, {**self.params, "chat_id": chat_id})


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def telegram_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits."""
    return len(text.encode("utf-16-le")) // 2


def escaped_length(text: str) -> int:
    return telegram_length(escape(text))


def split_message(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Neutral text cut into chunks that fit once escaped; blank chunks are left out."""
    return [chunk for chunk in split_text(text, limit, escaped_length) if chunk.strip()]


def api_chat_id(chat: ChatRef) -> int | str:
    """The Bot API chat id (of a topic's group). A direct ref is the user's private chat, whose id
    is the user's.

    An anonymous admin is known only as its group, so there is no private chat to write to.
    """
    user = chat.direct_user
    if user is not None and user.startswith("-"):
        raise PermanentSendError("an anonymous admin cannot be messaged privately")
    raw = split_topic(chat.chat_id)[0] if user is None else user
    try:
        return int(raw)
    except ValueError:
        return raw


def api_target(chat: ChatRef) -> dict[str, Any]:
    """Where a message goes: `chat_id`, plus `message_thread_id` in a forum topic."""
    target: dict[str, Any] = {"chat_id": api_chat_id(chat)}
    thread = split_topic(chat.chat_id)[1] if chat.direct_user is None else None
    if thread is not None:
        target["message_thread_id"] = thread
    return target


def keyboard(buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(b.label, callback_data=b.payload) for b in row] for row in buttons if row]
    return InlineKeyboardMarkup(rows) if rows else None


def to_calls(out: Outgoing) -> list[ApiCall]:
    """The calls that deliver one reply, in order; the last one's result identifies it."""
    match out:
        case Message():
            return message_calls(out)
        case QuizPoll():
            return poll_calls(out)
        case ClosePoll():
            if out.message_id is None:
                return []
            params = {"chat_id": api_chat_id(out.chat), "message_id": int(out.message_id)}
            return [ApiCall("stop_poll", params)]
        case Document():
            return document_calls(out)
    raise TypeError(f"not an outgoing message: {out!r}")


def message_calls(msg: Message) -> list[ApiCall]:
    """sendMessage per chunk; the buttons go on the last chunk, under the end of the text."""
    target = api_target(msg.chat)
    chunks = split_message(msg.text)
    markup = keyboard(msg.buttons)
    calls = []
    for index, chunk in enumerate(chunks):
        params: dict[str, Any] = {
            **target,
            "text": escape(chunk),
            "parse_mode": ParseMode.HTML,
            "link_preview_options": NO_PREVIEW,
        }
        if markup is not None and index == len(chunks) - 1:
            params["reply_markup"] = markup
        calls.append(ApiCall("send_message", params))
    return calls


def native_poll_fits(poll: QuizPoll) -> bool:
    """Whether Telegram's quiz poll can carry this question as it is (else: text and buttons)."""
    return (
        PollLimit.MIN_QUESTION_LENGTH <= telegram_length(poll.question) <= PollLimit.MAX_QUESTION_LENGTH
        and 2 <= len(poll.options) <= MAX_POLL_OPTIONS
        and all(
            PollLimit.MIN_OPTION_LENGTH <= telegram_length(o) <= PollLimit.MAX_OPTION_LENGTH
            for o in poll.options
        )
        and 0 <= poll.correct < len(poll.options)
    )


def poll_calls(poll: QuizPoll) -> list[ApiCall]:
    """A non-anonymous quiz poll (so answers reach the bot), timed by `open_period`."""
    if not native_poll_fits(poll):
        return message_calls(Message(chat=poll.chat, text=poll.text, buttons=poll.buttons))
    params: dict[str, Any] = {
        **api_target(poll.chat),
        "question": poll.question,
        "options": list(poll.options),
        "type": Poll.QUIZ,
        "is_anonymous": False,
        "correct_option_ids": [poll.correct],
        "open_period": min(max(poll.open_seconds, PollLimit.MIN_OPEN_PERIOD), MAX_OPEN_PERIOD),
    }
    explanation = short_explanation(poll.explanation)
    if explanation:
        params["explanation"] = explanation
    return [ApiCall("send_poll", params)]


def short_explanation(text: str) -> str:
    """Fit Telegram's 200 characters and two line feeds (the class quiz shows it all at the close)."""
    first, *rest = text.strip().split("\n")
    lines = [first, *rest[: PollLimit.MAX_EXPLANATION_LINE_FEEDS - 1]]
    if len(rest) >= PollLimit.MAX_EXPLANATION_LINE_FEEDS:
        lines.append(" ".join(rest[PollLimit.MAX_EXPLANATION_LINE_FEEDS - 1 :]))
    joined = "\n".join(lines).strip()
    limit = PollLimit.MAX_EXPLANATION_LENGTH
    if telegram_length(joined) <= limit:
        return joined
    return split_text(joined, limit - 1, telegram_length)[0].rstrip() + "…"


def document_calls(doc: Document) -> list[ApiCall]:
    """sendDocument; a caption too long for one goes ahead as a message of its own."""
    name = Path(doc.filename).name or "file"
    params: dict[str, Any] = {**api_target(doc.chat), "document": InputFile(doc.data, filename=name)}
    caption = doc.caption.strip()
    before: list[ApiCall] = []
    if caption and escaped_length(caption) <= CAPTION_LIMIT:
        params |= {"caption": escape(caption), "parse_mode": ParseMode.HTML}
    elif caption:
        before = message_calls(Message(chat=doc.chat, text=caption))
    return [*before, ApiCall("send_document", params)]


def sent_from(result: object) -> Sent | None:
    """The platform ids of what the last call created (a poll's id for class quizzes)."""
    if not isinstance(result, TgMessage):
        return None
    poll_id = result.poll.id if result.poll is not None else None
    return Sent(message_id=str(result.message_id), poll_id=poll_id)


def command_menus(
    names: Sequence[str],
    describe: Callable[[str, str], str],
    languages: Sequence[str],
    default_lang: str,
) -> list[tuple[str | None, list[BotCommand]]]:
    """setMyCommands lists: one per language (`language_code`) and the default one (None)."""
    valid = [name for name in names if COMMAND_NAME.match(name)]

    def menu(lang: str) -> list[BotCommand]:
        limit = BotCommandLimit.MAX_DESCRIPTION
        return [BotCommand(name, " ".join(describe(lang, name).split())[:limit] or name) for name in valid]

    return [(None, menu(default_lang)), *((lang, menu(lang)) for lang in languages)]
