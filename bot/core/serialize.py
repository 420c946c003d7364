"""JSON round trip for outgoing messages, so replies can wait in the outbox across a crash."""

from __future__ import annotations

import base64
import json
from typing import Any

from bot.core.events import (
    Button,
    Card,
    CardSection,
    ChatRef,
    ClosePoll,
    Document,
    Message,
    Outgoing,
    QuizPoll,
)

Rows = tuple[tuple[Button, ...], ...]


def _rows_out(rows: Rows) -> list[list[list[str]]]:
    return [[[b.label, b.payload] for b in row] for row in rows]


def _rows_in(rows: list[list[list[str]]]) -> Rows:
    return tuple(tuple(Button(label, payload) for label, payload in row) for row in rows)


def _card_out(card: Card | None) -> dict[str, Any] | None:
    if card is None:
        return None
    sections = [[s.heading, s.body] for s in card.sections]
    return {"title": card.title, "note": card.note, "sections": sections, "closing": card.closing}


def _card_in(data: dict[str, Any] | None) -> Card | None:
    if data is None:
        return None
    sections = tuple(CardSection(heading, body) for heading, body in data["sections"])
    return Card(data["title"], data["note"], sections, data["closing"])


def outgoing_to_json(out: Outgoing) -> str:
    data: dict[str, Any] = {"chat": [out.chat.platform, out.chat.chat_id]}
    match out:
        case Message():
            data |= {"type": "message", "text": out.text, "buttons": _rows_out(out.buttons)}
            data["ephemeral"] = out.ephemeral
            data["for_user"] = out.for_user
            data["bulk"] = out.bulk
            data["scrub_after_send"] = out.scrub_after_send
            if out.card is not None:
                data["card"] = _card_out(out.card)
        case QuizPoll():
            data |= {
                "type": "quiz_poll",
                "ref": out.ref,
                "question": out.question,
                "options": list(out.options),
                "correct": out.correct,
                "explanation": out.explanation,
                "open_seconds": out.open_seconds,
                "text": out.text,
                "buttons": _rows_out(out.buttons),
            }
        case ClosePoll():
            data |= {"type": "close_poll", "ref": out.ref, "message_id": out.message_id}
        case Document():
            data |= {
                "type": "document",
                "filename": out.filename,
                "data": base64.b64encode(out.data).decode("ascii"),
                "caption": out.caption,
            }
    return json.dumps(data, ensure_ascii=False)


def outgoing_from_json(raw: str) -> Outgoing:
    data = json.loads(raw)
    chat = ChatRef(*data["chat"])
    match data.get("type"):
        case "message":
            return Message(
                chat=chat,
                text=data["text"],
                buttons=_rows_in(data["buttons"]),
                ephemeral=data["ephemeral"],
                for_user=data.get("for_user"),
                bulk=data.get("bulk", False),
                scrub_after_send=data.get("scrub_after_send", False),
                card=_card_in(data.get("card")),
            )
        case "quiz_poll":
            return QuizPoll(
                chat=chat,
                ref=data["ref"],
                question=data["question"],
                options=tuple(data["options"]),
                correct=data["correct"],
                explanation=data["explanation"],
                open_seconds=data["open_seconds"],
                text=data["text"],
                buttons=_rows_in(data["buttons"]),
            )
        case "close_poll":
            return ClosePoll(chat=chat, ref=data["ref"], message_id=data["message_id"])
        case "document":
            return Document(
                chat=chat,
                filename=data["filename"],
                data=base64.b64decode(data["data"]),
                caption=data["caption"],
            )
    raise ValueError(f"unknown outgoing type: {data.get('type')!r}")
