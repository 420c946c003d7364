"""Remove other people's data from anything Matte stores or logs.

Forwarded messages carry phone numbers, e-mail addresses, postal codes and ID numbers of people who
never agreed to share them. Matching runs on a copy where full-width digits and signs are mapped to
ASCII one character for one, so offsets stay the same and replacement happens in the original text.
Placeholders contain no digits or @, so redacting twice changes nothing.
"""

from __future__ import annotations

import logging
import re

_WIDTH = (
    {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    | {ord(dash): "-" for dash in "ー―‐−–—"}
    | {0x3000: " "}
)
_DASH = r"[-\s]?"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[EMAIL]", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")),
    ("[CARD]", re.compile(r"(?<!\d)\d{4}(?:[-\s]?\d{4}){3}(?!\d)")),
    ("[ID-NUMBER]", re.compile(r"(?<!\d)\d{4}[-\s]?\d{4}[-\s]?\d{4}(?!\d)")),
    ("[POSTCODE]", re.compile(r"〒\s?\d{3}-?\d{4}(?!\d)|(?<![\d-])\d{3}-\d{4}(?![\d-])")),
    (
        "[PHONE]",
        re.compile(
            r"(?<![\d])(?:\+81[-\s]?\(?0?\)?\d{1,4}|\(?0\d{1,4}\)?)"
            rf"{_DASH}\(?\d{{1,4}}\)?{_DASH}\d{{3,4}}(?!\d)"
        ),
    ),
)


def redact(text: str) -> str:
    """`text` with personal data replaced by placeholders; never raises."""
    if not isinstance(text, str):
        text = str(text)
    for placeholder, pattern in PATTERNS:
        view = text.translate(_WIDTH)
        spans = [m.span() for m in pattern.finditer(view)]
        for start, end in reversed(spans):
            text = text[:start] + placeholder + text[end:]
    return text


class RedactingFilter(logging.Filter):
    """Redacts every log record's message, so a forwarded text in a log line loses its personal data."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
