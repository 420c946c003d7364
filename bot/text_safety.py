"""Text from people and from shared content, made safe for where it is shown: terminals, leaderboards,
reports, logs and spreadsheets.

Two dangers. Control characters (an ESC sequence, BEL, a lone carriage return) and the bidirectional
overrides (U+202E and friends) can rewrite or reorder what a terminal or a report shows. And a
spreadsheet evaluates a CSV cell that starts with `=`, `+`, `-` or `@` (a tab or carriage return first
does the same in some), so a nickname or a quiz choice like `=HYPERLINK(...)` could carry other pupils'
names off to a web site. OWASP's advice for CSV files is followed: such a cell is prefixed with `'`, so
every spreadsheet shows it as text (https://owasp.org/www-community/attacks/CSV_Injection).
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
"""Characters never shown: C0 and C1 controls except tab and newline, DEL, and bidirectional controls."""
LINE_BREAKS = re.compile(r"[\t\n\r\u2028\u2029\x0b\x0c\x85]+")
MAX_ECHO = 30
"""Characters of a person's own words a reply repeats back when it does not understand them (an unknown
command, deck or lesson): enough to recognise, never a wall of pasted text."""
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
"""First characters (after any spaces) a spreadsheet may take as the start of a formula; the
full-width forms too, since Japanese input methods type them."""


def unsafe_characters(text: str) -> list[str]:
    """The unsafe characters in `text`, as `U+XXXX`, in order of first appearance."""
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in UNSAFE.findall(text.replace("\r\n", "\n"))))


def visible(text: str) -> str:
    """`text` without control or bidirectional characters; line breaks (LF, CRLF) and tabs stay."""
    return UNSAFE.sub("", text.replace("\r\n", "\n"))


def one_line(text: str) -> str:
    """`visible(text)` on one line: every line break or tab becomes one space."""
    return LINE_BREAKS.sub(" ", visible(text).replace("\r", "")).strip()


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet might evaluate `text` as a cell."""
    stripped = text.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in FORMULA_STARTS


def csv_cell(value: object) -> object:
    """A value fit for a CSV cell: text on one line, with a `'` in front if it could be a formula;
    numbers stay numbers."""
    if not isinstance(value, str):
        return value
    cell = one_line(value)
    return "'" + cell if looks_like_formula(cell) else cell
