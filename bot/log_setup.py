"""Logging that never writes a secret or other people's data, at any level.

Every line is redacted after formatting, so tracebacks and third-party messages go through the same
filter as Matte's own: personal data (phone numbers, e-mail addresses, ...) becomes placeholders, and the
configured secrets, plus anything shaped like a bot token, become `[SECRET]`. Third-party loggers that
print whole requests and updates at DEBUG (python-telegram-bot, discord.py, httpx) are kept at INFO or
above whatever `MATTE_LOG_LEVEL` says: their payloads carry tokens in URLs and people's messages.
"""

from __future__ import annotations

import logging
import re
from typing import TextIO

from bot.config import Settings
from bot.redaction import redact
from bot.text_safety import visible

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
PAYLOAD_LOGGERS = {
    "telegram": logging.INFO,
    "telegram.ext": logging.INFO,
    "discord": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "aiohttp.access": logging.WARNING,
    "aiohttp.client": logging.INFO,
    "aiohttp.server": logging.INFO,
    "aiohttp.web": logging.INFO,
    "asyncio": logging.INFO,
}
TOKEN_SHAPES = (
    re.compile(r"\b\d{6,12}:[A-Za-z0-9_-]{30,}"),
    re.compile(r"\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}"),
)
_secrets: set[str] = set()


def hide(secret: str) -> None:
    """Never log this value (a webhook secret generated at run time, say)."""
    if len(secret) >= 6:
        _secrets.add(secret)


def scrub(text: str) -> str:
    """The text with secrets, token-shaped strings and personal data replaced."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, "[SECRET]")
    for shape in TOKEN_SHAPES:
        text = shape.sub("[SECRET]", text)
    return redact(visible(text))


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual (message, traceback, stack), then scrubs the whole line."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def configure(settings: Settings, stream: TextIO) -> None:
    """The root logger at `settings.log_level`, one scrubbing handler, payload loggers kept quiet."""
    level = logging.getLevelName(settings.log_level.upper())
    level = level if isinstance(level, int) else logging.WARNING
    for secret in (
        settings.hash_key,
        settings.telegram_token,
        settings.telegram_webhook_secret,
        settings.discord_token,
        settings.web_password,
    ):
        hide(secret)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level)
    for name, floor in PAYLOAD_LOGGERS.items():
        logging.getLogger(name).setLevel(max(level, floor))
