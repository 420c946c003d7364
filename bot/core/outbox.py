"""Outgoing items in the outbox: the core's types over storage's JSON rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from bot.core.events import Message, Outgoing
from bot.core.serialize import outgoing_from_json, outgoing_to_json
from bot.storage import outbox as rows

UNSAVED = 0
"""The id of an item that could not be stored (the database refused writes): sent once, never retried."""


@dataclass(frozen=True)
class Pending:
    id: int
    outgoing: Outgoing


def add(db: Database, outgoing: Outgoing) -> Pending:
    return Pending(rows.add(db, outgoing.chat.platform, outgoing_to_json(outgoing)), outgoing)


def pending(db: Database, platform: str) -> list[Pending]:
    return [Pending(item_id, outgoing_from_json(payload)) for item_id, payload in rows.rows(db, platform)]


def ack(db: Database, pending_id: int) -> bool:
    """Forget a sent item; True when it was private (`scrub_after_send`): the caller scrubs the WAL."""
    if pending_id == UNSAVED:
        return False
    payload = rows.delete(db, pending_id)
    if payload is None:
        return False
    sent = outgoing_from_json(payload)
    return isinstance(sent, Message) and sent.scrub_after_send
