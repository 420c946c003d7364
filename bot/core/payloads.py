"""Compact button payloads: `action:arg:arg`, ASCII, at most 64 bytes.

Telegram caps callback_data at 64 bytes, so payloads carry stable ids (item ids, choice ids), never
text or list positions. Anything that does not decode is rejected with `PayloadError`, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_BYTES = 64
SEPARATOR = ":"
_PART = re.compile(r"^[A-Za-z0-9_.\-]*$")
_ACTION = re.compile(r"^[a-z][a-z0-9_]{0,15}$")


class PayloadError(ValueError):
    """A payload that this version of Matte did not make (old, forged or truncated)."""


@dataclass(frozen=True)
class Payload:
    action: str
    args: tuple[str, ...] = ()


def encode(action: str, *args: str | int) -> str:
    """Build a payload; raises if it would not fit or could not be decoded back unambiguously."""
    if not _ACTION.match(action):
        raise PayloadError(f"bad action name: {action!r}")
    parts = [str(a) for a in args]
    for part in parts:
        if not _PART.match(part):
            raise PayloadError(f"bad payload argument: {part!r}")
    payload = SEPARATOR.join([action, *parts])
    if len(payload.encode("ascii")) > MAX_BYTES:
        raise PayloadError(f"payload longer than {MAX_BYTES} bytes: {payload!r}")
    return payload


def decode(payload: str) -> Payload:
    """Split a payload into action and arguments, validating every part."""
    if not isinstance(payload, str) or not payload:
        raise PayloadError("empty payload")
    try:
        size = len(payload.encode("ascii"))
    except UnicodeEncodeError as exc:
        raise PayloadError("payload is not ASCII") from exc
    if size > MAX_BYTES:
        raise PayloadError("payload too long")
    action, *args = payload.split(SEPARATOR)
    if not _ACTION.match(action) or not all(_PART.match(a) for a in args):
        raise PayloadError(f"malformed payload: {payload!r}")
    return Payload(action, tuple(args))
