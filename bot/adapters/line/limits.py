"""LINE's documented message limits in one place (Messaging API reference: message objects, quick
reply, actions, Flex Message), and how LINE counts characters."""

from __future__ import annotations

TEXT_LIMIT = 5000
QUICK_REPLY_LIMIT = 13
LABEL_LIMIT = 20
"""A quick reply button's label; a Flex button's may be longer (flex.BUTTON_LABEL_LIMIT)."""
DATA_LIMIT = 300
DISPLAY_TEXT_LIMIT = 300
MESSAGES_PER_CALL = 5


def line_length(text: str) -> int:
    """Length in UTF-16 units: an emoji outside the BMP counts two, never less than LINE counts."""
    return len(text.encode("utf-16-le")) // 2
