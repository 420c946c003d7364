"""Reading `/name args` out of a chat message, the same way on every platform that types commands.

People also type commands in Japanese (`/クイズ`) or as a plain word (`クイズ`, `help` in the console):
both lead to the same command names the features register.
"""

from __future__ import annotations

import unicodedata

ALIASES = {
    "クイズ": "quiz", "くいず": "quiz", "つかいかた": "help", "使い方": "help", "ヘルプ": "help",
    "はじめる": "start", "スタート": "start", "チェック": "check", "しらべる": "check", "レッスン": "learn",
    "まなぶ": "learn", "学ぶ": "learn", "きろく": "progress", "記録": "progress", "成績": "progress",
    "やめる": "stop", "ストップ": "stop", "コース": "course", "ことば": "lang", "言語": "lang",
    "ニックネーム": "nickname", "わすれて": "forget",
}  # fmt: skip
"""Japanese names of commands (Telegram only allows Latin command names, other platforms take these)."""
PLAIN = {"quiz", "help", "start", "learn", "progress", "course"} | {
    word for word, name in ALIASES.items() if name in ("quiz", "help", "start", "learn", "progress", "course")
}
"""Words that run a command when typed alone, without "/": harmless ones only (never /forget)."""


def parse_command(text: str) -> tuple[str, str] | None:
    """`/name args` -> (name, args); None when the text is not a command."""
    if not text.startswith("/") or len(text) < 2 or text[1].isspace():
        return None
    head, _, args = text[1:].partition(" ")
    name = head.split("@")[0].lower()
    return ALIASES.get(unicodedata.normalize("NFKC", name), name), args.strip()


def plain_command(text: str) -> str | None:
    """`クイズ` or `help` typed alone -> the command's name; None for anything else."""
    word = unicodedata.normalize("NFKC", text).strip().lower()
    return ALIASES.get(word, word) if word in PLAIN else None
