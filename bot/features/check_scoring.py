"""Which texts an event will have checked, so they can be scored off the event loop beforehand.

Scoring (and the first model load, seconds long) must never run on the event loop: every adapter shares
it. The engine asks this module, before it takes the database lock, which texts the check feature is
going to score for an event, has them scored in a worker thread, and the handler then finds the results
in the services' cache. Pictures are read (OCR, QR codes) the same way first. The rules mirror
`bot.features.check`'s handlers.
"""

from __future__ import annotations

from sqlite_utils import Database

from bot.core.events import Command, ForwardedMessage, ImageMessage, Incoming, TextMessage
from bot.features.check import MIN_PASTE, may_be_claim
from bot.storage import chats


def texts_to_score(event: Incoming, db: Database) -> list[str]:
    """The texts `bot.features.check` will score for this event (none for most events)."""
    source = event.source
    if source.is_group and not event.addressed:
        if not isinstance(event, TextMessage | ForwardedMessage) or not event.text.strip():
            return []
        wanted = chats.settings(db, source.platform, source.chat_id).get("auto_check")
        return [event.text] if wanted else []
    match event:
        case ForwardedMessage():
            return [event.text] if event.text.strip() else []
        case Command(name="check"):
            text = event.args.strip() or (event.reply_to_text or "").strip()
            return [text] if text else []
        case TextMessage() if not source.is_group:
            return [event.text] if len(event.text.strip()) >= MIN_PASTE or may_be_claim(event.text) else []
    return []


def images_to_read(event: Incoming) -> list[bytes]:
    """The pictures `bot.features.check` will read for this event: one sent or forwarded to the bot.

    In a group only a picture addressed to the bot is read: OCR costs seconds of a core.
    """
    if not isinstance(event, ImageMessage) or event.fetch_problem:
        return []
    if event.source.is_group and not event.addressed:
        return []
    return [event.image]
