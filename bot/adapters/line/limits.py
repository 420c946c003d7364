"""LINE's documented message limits in one place (Messaging API reference: message objects, quick
reply, actions, Flex Message), and how LINE counts characters."""

from __future__ import annotations

TEXT_LIMIT = 5000
QUICK_REPLY_LIMIT = 13
"""Quick reply buttons on one message (LINE Developers, "Use quick replies",
https://developers.line.biz/en/docs/messaging-api/using-quick-reply/): a request with more is refused
whole (400), and line-bot-sdk's model refuses to build one. Longer menus are paged (menus.py)."""
LABEL_LIMIT = 20
"""A quick reply button's label; a Flex button's may be longer (flex.BUTTON_LABEL_LIMIT)."""
DATA_LIMIT = 300
DISPLAY_TEXT_LIMIT = 300
MESSAGES_PER_CALL = 5


def line_length(text: str) -> int:
    """Length in UTF-16 units: an emoji outside the BMP counts two, never less than LINE counts."""
    return len(text.encode("utf-16-le")) // 2
