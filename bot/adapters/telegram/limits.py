"""Telegram's limits, in one place: what the Bot API refuses and how fast it lets a bot send.

Sources: the Bot API reference (message and caption lengths, poll fields, answerCallbackQuery's text) and
the Bot FAQ ("about 30 messages a second overall, 20 a minute in one group").
"""

from __future__ import annotations

from telegram.constants import MessageLimit

TEXT_LIMIT = MessageLimit.MAX_TEXT_LENGTH
CAPTION_LIMIT = MessageLimit.CAPTION_LENGTH
# Bot API servers before 9.1 accept at most 10 options, and a self-hosted one may be older.
MAX_POLL_OPTIONS = 10
# Older servers cap open_period at 600 s; no class-quiz question runs longer.
MAX_OPEN_PERIOD = 600
CALLBACK_TEXT_LIMIT = 200
"""answerCallbackQuery's pop-up text, in characters."""
GROUP_PER_MINUTE = 20
GROUP_WINDOW = 60.0
# Telegram counts a group's messages when they arrive, this limiter when it lets them go; a
# message held up on the way (a busy connection) would let the 21st arrive inside the window.
GROUP_MARGIN = 0.05
BULK_PER_SECOND = 20.0
"""Course days and other mass sends: two thirds of Telegram's ~30 messages a second overall."""
