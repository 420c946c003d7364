"""Turn an instructor's spreadsheet (CSV from Excel or Google Sheets) into a deck file.

Excel in Japan saves CSV as Shift_JIS (cp932) unless told otherwise; Google Sheets saves UTF-8;
either may carry a BOM. Each row becomes an item and is checked by the same rules as the shipped
bank; every bad row gets its own message naming the row, and nothing is written if any row is bad.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizzes.content_safety import row_problems
from quizzes.loader import ROOT, Problem, _File, _Reader, load_bank, load_tags
from quizzes.toml_writer import deck_to_toml

CHOICE_LETTERS = "abcdef"
REQUIRED = ("id", "kind", "topic", "level", "explanation_ja", "explanation_en")
TEXT_COLUMNS = (
    "verdict", "post_ja", "post_en", "question_ja", "question_en", "explanation_ja", "explanation_en",
    "learn_more_ja", "learn_more_en",
)  # fmt: skip
TAG_SPLIT = re.compile(r"[;,、\s]+")


class ImportError_(Exception):
    """The spreadsheet cannot be imported; `problems` has one line per bad row."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(problems[0] if problems else "import failed")


@dataclass(frozen=True)
class Imported:
    toml: str
    count: int


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Shift_JIS (cp932, Excel's Japanese default)."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportError_(["the file is neither UTF-8 nor Shift_JIS text"])


class _RowFile(_File):
    """Problems found while checking a row point at the row, not at a TOML line."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        self.text = ""
        self.row = 0

    def line_of(self, key: str, value: str) -> int:
        return self.row


def row_to_item(row: dict[str, str]) -> dict[str, Any]:
    item: dict[str, Any] = {key: row[key].strip() for key in ("id", "kind", "topic", "level") if row.get(key)}
    item["techniques"] = [t for t in TAG_SPLIT.split(row.get("techniques", "").strip()) if t]
    for column in TEXT_COLUMNS:
        if row.get(column, "").strip():
            item[column] = row[column].strip()
    if row.get("answer", "").strip():
        item["answer"] = row["answer"].strip().lower()
    choices = []
    for letter in CHOICE_LETTERS:
        ja, en = row.get(f"choice_{letter}_ja", "").strip(), row.get(f"choice_{letter}_en", "").strip()
        if ja or en:
            choices.append({"id": letter, "ja": ja, "en": en})
    if choices:
        item["choices"] = choices
    source = {k: row.get(f"source_{k}", "").strip() for k in ("by", "date", "url")}
    if any(source.values()):
        item["source"] = {k: v for k, v in source.items() if v}
    return item


def import_csv(path: Path, deck_id: str, title_ja: str = "", title_en: str = "") -> Imported:
    """Read the CSV, check every row against the rules and the shipped bank, build the deck file."""
    name = str(path)
    try:
        text = decode(path.read_bytes())
    except OSError as exc:
        raise ImportError_([f"{name}: cannot read: {exc.strerror}"]) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = set(reader.fieldnames or [])
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise ImportError_([f"{name}: missing column(s): {', '.join(missing)}"])
    problems: list[Problem] = []
    checker = _Reader(load_tags(ROOT / "tags.toml"), problems)
    checker.items.update(load_bank().items)
    f = _RowFile(name, problems)
    items = []
    for f.row, row in enumerate(reader, start=2):
        if not any((v or "").strip() for v in row.values()):
            continue
        item = row_to_item(row)
        problems += [Problem(name, f.row, message) for message in row_problems(row)]
        checker._item(f, deck_id, item)
        items.append(item)
    if not items and not problems:
        problems.append(Problem(name, 1, "no rows to import"))
    if problems:
        raise ImportError_([_row_message(p) for p in problems])
    deck = {
        "id": deck_id,
        "title_ja": title_ja or deck_id,
        "title_en": title_en or deck_id,
        "description_ja": f"{path.name} から取り込んだデッキ",
        "description_en": f"Deck imported from {path.name}",
    }
    return Imported(deck_to_toml(deck, items), len(items))


def _row_message(problem: Problem) -> str:
    where = f" {problem.where}:" if problem.where else ""
    return f"{problem.path}: row {problem.line}:{where} {problem.message}"
