"""Reading `/name args` out of a chat message, the same way on every platform that types commands."""

from __future__ import annotations


def parse_command(text: str) -> tuple[str, str] | None:
    """`/name args` -> (name, args); None when the text is not a command."""
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        return None
    head, _, args = text[1:].partition(" ")
    return head.split("@")[0].lower(), args.strip()
