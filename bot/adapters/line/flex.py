"""The check result as a LINE Flex bubble: the signs, stories and links each under a heading, the
questions as big buttons in its footer. Seniors read a card more easily than one long text.

LINE's limits (Messaging API reference, Flex Message), summarised: the alternative text, shown in
notifications and the chat list, is 1-1,500 characters; a bubble's JSON is at most 30 KB; a button's
label at most 40 characters; postback data and displayText at most 300. A card that would break one
of these is not sent as a card (`None`): the text messages, which carry the same words, go instead.
"""

from __future__ import annotations

import json
from typing import Any

from linebot.v3.messaging import FlexMessage

from bot.adapters.line.limits import DATA_LIMIT, DISPLAY_TEXT_LIMIT, line_length
from bot.core.adapter import PermanentSendError
from bot.core.events import Button, Card

ALT_TEXT_LIMIT = 1500
BUBBLE_BYTES = 30 * 1024
BUTTON_LABEL_LIMIT = 40
TITLE_COLOUR = "#B71C1C"
NOTE_COLOUR = "#666666"
BUTTON_COLOUR = "#00695C"


def card_message(card: Card, buttons: tuple[tuple[Button, ...], ...]) -> FlexMessage | None:
    """The Flex message for `card`, or None when it would not fit LINE's limits."""
    if any(len(b.label) > BUTTON_LABEL_LIMIT for row in buttons for b in row):
        return None
    bubble = _bubble(card, buttons)
    # The SDK sends JSON with non-ASCII escaped; measuring that way never underestimates.
    if len(json.dumps(bubble).encode()) > BUBBLE_BYTES:
        return None
    return FlexMessage.construct(type="flex", alt_text=alt_text(card), contents=Prebuilt(bubble))


class Prebuilt:
    """A Flex container handed to the SDK as the JSON it will send.

    The SDK's models would validate and rebuild every component of the card (tens of pydantic
    objects, several milliseconds a check); the card's shape is fixed by `_bubble` and checked
    against the SDK's own models and the fake LINE Platform in tests, so it is built once, as JSON.
    The SDK serialises a message through `to_dict`, which is all this offers."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        return self.data


def alt_text(card: Card) -> str:
    """What notifications and the chat list show: the title and the signs' names, never the quotes."""
    names = [s.heading.lstrip("⚠ ").strip() for s in card.sections if s.heading.startswith("⚠")]
    text = f"{card.title}: {' / '.join(names)}" if names else card.title
    if line_length(text) > ALT_TEXT_LIMIT:
        text = text[: ALT_TEXT_LIMIT // 2 - 1] + "…"
    return text or "Matte"


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **style}


def _bubble(card: Card, buttons: tuple[tuple[Button, ...], ...]) -> dict[str, Any]:
    body: list[dict[str, Any]] = [
        _text(card.title, weight="bold", size="xl", color=TITLE_COLOUR),
        _text(card.note, size="sm", color=NOTE_COLOUR),
    ]
    for section in card.sections:
        parts = [_text(section.heading, weight="bold", size="lg")]
        if section.body:
            parts.append(_text(section.body, size="md"))
        body += [
            {"type": "separator"},
            {"type": "box", "layout": "vertical", "spacing": "sm", "contents": parts},
        ]
    if card.closing:
        body += [{"type": "separator"}, _text(card.closing, size="md")]
    bubble: dict[str, Any] = {
        "type": "bubble",
        "size": "giga",
        "body": {
            "type": "box",
            "layout": "vertical",
            "spacing": "md",
            "contents": [c for c in body if _filled(c)],
        },
    }
    rows = [_row(row) for row in buttons if row]
    if rows:
        bubble["footer"] = {"type": "box", "layout": "vertical", "spacing": "sm", "contents": rows}
    return bubble


def _filled(component: dict[str, Any]) -> bool:
    """LINE refuses a text component with empty text."""
    return component.get("type") != "text" or bool(component["text"])


def _row(row: tuple[Button, ...]) -> dict[str, Any]:
    """One button per row as a large primary button; a row of several (was it helpful?) side by side."""
    if len(row) == 1:
        return _button(row[0], style="primary", color=BUTTON_COLOUR)
    return {"type": "box", "layout": "horizontal", "spacing": "sm", "contents": [_button(b) for b in row]}


def _button(button: Button, **style: Any) -> dict[str, Any]:
    if len(button.payload) > DATA_LIMIT:
        raise PermanentSendError("a button payload longer than LINE's postback data limit")
    action = {
        "type": "postback",
        "label": button.label,
        "data": button.payload,
        "displayText": button.label[:DISPLAY_TEXT_LIMIT],
    }
    return {
        "type": "button",
        "style": style.pop("style", "secondary"),
        "height": "md",
        "action": action,
        **style,
    }
