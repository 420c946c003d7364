"""Readings for kanji in content: `{漢字|かんじ}` in a text, ruby in HTML and the kana alone in chat.

Primary-school pupils cannot read most kanji, but kanji with their reading above them (ruby) teach
as they go. Chat platforms have no ruby, so chat gets the reading alone: the loader keeps the kana
text in an item's ordinary fields and the marked text beside it, so no chat path can show the marks.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

MARK = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}")
KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々]")
KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー]+$")


def kana(text: str) -> str:
    """The text as chat shows it: every `{漢字|かんじ}` becomes `かんじ`."""
    return MARK.sub(lambda m: m.group(2), text)


def has_marks(text: str) -> bool:
    return MARK.search(text) is not None


def ruby(text: str) -> Markup:
    """HTML with `<ruby>` for each mark; everything else escaped, so the text can never become markup."""
    out = []
    end = 0
    for m in MARK.finditer(text):
        out.append(escape(text[end : m.start()]))
        out.append(Markup("<ruby>%s<rt>%s</rt></ruby>") % (m.group(1), m.group(2)))
        end = m.end()
    out.append(escape(text[end:]))
    return Markup("").join(out)


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters as read (a mark counts as its kanji), never cutting a mark in two."""
    out: list[str] = []
    shown = end = 0
    for m in [*MARK.finditer(text), None]:
        plain = text[end : m.start() if m else len(text)]
        if shown + len(plain) > limit:
            return "".join(out) + plain[: max(limit - shown - 1, 0)] + "…"
        out.append(plain)
        shown += len(plain)
        if m is None:
            break
        if shown + len(m.group(1)) > limit:
            return "".join(out) + "…"
        out.append(m.group(0))
        shown += len(m.group(1))
        end = m.end()
    return "".join(out)


def problems(text: str) -> list[str]:
    """What is wrong with the marks in a text: a stray brace or bar, no kanji to read, a non-kana reading."""
    found = []
    for m in MARK.finditer(text):
        if not KANJI.search(m.group(1)):
            found.append(f"reading mark {m.group(0)!r} has no kanji to read")
        if not KANA.match(m.group(2)):
            found.append(f"reading in {m.group(0)!r} must be kana only")
    if re.search(r"[{}|]", MARK.sub("", text)):
        found.append("'{', '}' or '|' outside a reading mark {漢字|かんじ}")
    return found
