"""Who may start a class quiz in a LINE group, which has no admins to ask.

An instructor enrols once, in a private chat with Matte, with the code the operator set
(`MATTE_INSTRUCTOR_CODE`): `/teacher CODE` or 「先生 CODE」. Afterwards their group commands count
as an admin's (`Source.is_admin`), decided from the database alone: no API call for a group message.
The core knows no `/teacher`, so the adapter answers it itself, through the outbox like any reply;
its few sentences live here, in both languages, rather than among the core's templates.
"""

from __future__ import annotations

import hmac
from dataclasses import replace

from sqlite_utils import Database

from bot.config import Settings
from bot.core.events import Command, Incoming, Message
from bot.storage import instructors, users

COMMAND = "teacher"
TEXTS = {
    "ja": {
        "enrolled": "先生として登録しました。グループで /quiz と送ると、クラスのクイズが始まります。",
        "wrong": "コードが違います。運営の方から受け取ったコードを /teacher のあとに付けて送ってください。",
        "closed": "この Matte では先生の登録を受け付けていません。運営の方にお問い合わせください。",
        "private": "先生の登録は、Matte との 1 対 1 のトークで /teacher コード と送ってください。",
    },
    "en": {
        "enrolled": "You are enrolled as an instructor. Send /quiz in a group to start a class quiz.",
        "wrong": "That code is not right. Send /teacher followed by the code the operator gave you.",
        "closed": "This Matte does not enrol instructors. Please ask its operator.",
        "private": "Enrol as an instructor in a one-to-one chat with Matte: send /teacher CODE there.",
    },
}


def is_enrolment(event: Command) -> bool:
    return event.name == COMMAND


def enrol(db: Database, settings: Settings, event: Command) -> Message:
    """Enrol the sender if the code is right (compared in constant time); the answer to send."""
    source = event.source
    if source.is_group:
        outcome = "private"
    elif not settings.instructor_code:
        outcome = "closed"
    elif hmac.compare_digest(event.args.strip().encode(), settings.instructor_code.encode()):
        instructors.enrol(db, source.platform, source.user_id)
        outcome = "enrolled"
    else:
        outcome = "wrong"
    user = users.get(db, source.platform, source.user_id)
    lang = user.lang if user is not None and user.lang in TEXTS else settings.lang
    return Message(chat=source.chat, text=TEXTS.get(lang, TEXTS["ja"])[outcome])


def with_instructor(db: Database, event: Incoming) -> Incoming:
    """A group command from an enrolled instructor carries the rights of a group admin."""
    source = event.source
    if not (isinstance(event, Command) and source.is_group and event.addressed):
        return event
    if not instructors.is_instructor(db, source.platform, source.user_id):
        return event
    return replace(event, source=replace(source, is_admin=True))
