"""Turn an instructor's spreadsheet (CSV from Excel or Google Sheets) into a deck file.

Excel in Japan saves CSV as Shift_JIS (cp932) unless told otherwise; Google Sheets saves UTF-8;
either may carry a BOM. Each row becomes an item and is checked by the same rules as the shipped
bank; every bad row gets its own message naming the row, and nothing is written if any row is bad.
English columns are optional: a sheet with no English at all becomes a Japanese-only deck. Tags and
topics may be written as learners see them (公式情報, 健康) as well as by id.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizzes.content_safety import row_problems
from quizzes.loader import ROOT, Problem, _File, _Reader, load_tags
from quizzes.model import Item, Tags
from quizzes.toml_writer import deck_to_toml

CHOICE_LETTERS = "abcdef"
REQUIRED = ("id", "kind", "topic", "level", "explanation_ja")
TEXT_COLUMNS = (
    "post_ja", "post_en", "question_ja", "question_en", "explanation_ja", "explanation_en",
    "learn_more_ja", "learn_more_en",
)  # fmt: skip
TAG_SPLIT = re.compile(r"[;,、；，\s]+")
VERDICT_NAMES = {"信頼できる": "trustworthy", "信頼できそう": "trustworthy", "誤解をまねく": "misleading",
                 "あやしい": "misleading"}  # fmt: skip
MAX_BYTES = 8 * 1024 * 1024
MAX_ROWS = 10_000
"""A class deck is tens to hundreds of questions; far bigger files are refused with one line, not
parsed for minutes (validation is linear, but a 100,000-row deck would slow every start-up)."""
MAX_CELL = csv.field_size_limit()
TEXTS = {
    "unreadable": ("cannot read the file: {error}", "ファイルを読めません: {error}"),
    "encoding": ("the file is neither UTF-8 nor Shift_JIS text", "UTF-8 でも Shift_JIS でもないファイルです"),
    "too_big": ("the file is {size:,} bytes (at most {limit:,}); split it into several decks",
                "ファイルが {size:,} バイトあります（{limit:,} バイトまで）。"
                "いくつかのデッキに分けてください"),
    "too_many": ("more than {limit:,} rows; split the sheet into several decks",
                 "{limit:,} 行をこえています。いくつかのデッキに分けてください"),
    "missing": ("missing column(s): {columns}", "列がありません: {columns}"),
    "short": ("has {cells} of the {columns} columns (a comma or quotation mark may be missing)",
              "{columns} 列のうち {cells} 列しかありません（カンマか「\"」がぬけているかもしれません）"),
    "long": ("has more cells than the header row", "見出しの行より多くのセルがあります"),
    "cell": ("a cell is longer than {limit:,} characters (or a quotation mark is not closed)",
             "{limit:,} 文字をこえるセルがあります（「\"」が閉じていないかもしれません）"),
    "csv": ("not readable as CSV: {error}", "CSV として読めません: {error}"),
    "empty": ("no rows to import", "取り込む行がありません"),
    "mixed": ("English texts are missing while other rows have them",
              "ほかの行には英語があるのに、この行にはありません"),
}  # fmt: skip
"""Messages of the importer itself (the row checks come from the loader, which has both languages)."""


def text(key: str, lang: str, **params: Any) -> str:
    return TEXTS[key][lang == "ja"].format(**params)


class ImportError_(Exception):
    """The spreadsheet cannot be imported; `problems` has one line per bad row."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(problems[0] if problems else "import failed")


@dataclass(frozen=True)
class Imported:
    toml: str
    count: int


def decode(data: bytes, lang: str = "en") -> str:
    """UTF-8 (with or without BOM), else Shift_JIS (cp932, Excel's Japanese default)."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportError_([text("encoding", lang)])


class _RowFile(_File):
    """Problems found while checking a row point at the row, not at a TOML line."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        self.text = ""
        self.row = 0

    def line_of(self, key: str, value: str) -> int:
        return self.row


class Names:
    """Tag and topic names as instructors write them: the id, or the Japanese or English label."""

    def __init__(self, tags: Tags) -> None:
        self.tags: dict[str, str] = {}
        self.topics: dict[str, str] = {}
        for table, out in (
            (tags.techniques, self.tags),
            (tags.skills, self.tags),
            (tags.topics, self.topics),
        ):
            for tag_id, labels in table.items():
                out.update({tag_id: tag_id, labels["ja"]: tag_id, labels["en"].casefold(): tag_id})

    @staticmethod
    def _find(table: dict[str, str], name: str) -> str:
        return table.get(name) or table.get(name.casefold()) or name

    def tag(self, name: str) -> str:
        return self._find(self.tags, name)

    def topic(self, name: str) -> str:
        return self._find(self.topics, name)


def row_to_item(row: dict[str, str], names: Names) -> dict[str, Any]:
    item: dict[str, Any] = {
        key: row[key].strip() for key in ("id", "kind", "level") if row.get(key, "").strip()
    }
    if row.get("topic", "").strip():
        item["topic"] = names.topic(row["topic"].strip())
    item["techniques"] = [names.tag(t) for t in TAG_SPLIT.split(row.get("techniques", "").strip()) if t]
    verdict = row.get("verdict", "").strip()
    if verdict:
        item["verdict"] = VERDICT_NAMES.get(verdict, verdict)
    for column in TEXT_COLUMNS:
        if row.get(column, "").strip():
            item[column] = row[column].strip()
    if row.get("answer", "").strip():
        item["answer"] = row["answer"].strip().lower()
    choices = []
    for letter in CHOICE_LETTERS:
        ja, en = row.get(f"choice_{letter}_ja", "").strip(), row.get(f"choice_{letter}_en", "").strip()
        if ja or en:
            choices.append({"id": letter, "ja": ja, **({"en": en} if en else {})})
    if choices:
        item["choices"] = choices
    source = {k: row.get(f"source_{k}", "").strip() for k in ("by", "date", "url")}
    if any(source.values()):
        item["source"] = {k: v for k, v in source.items() if v}
    return item


def _has_english(item: dict[str, Any]) -> bool:
    return any(k.endswith("_en") for k in item) or any("en" in c for c in item.get("choices", []))


def _rows(text_: str, name: str, lang: str, problems: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, cells by column) for each non-empty row; short, long and unreadable rows become
    one message each instead of a traceback."""
    reader = csv.reader(io.StringIO(text_, newline=""))
    row = 1
    try:
        header = [h.strip() for h in next(reader, [])]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ImportError_([f"{name}: {text('missing', lang, columns=', '.join(missing))}"])
        count = 0
        for row, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise ImportError_([f"{name}: {text('too_many', lang, limit=MAX_ROWS)}"])
            if len(cells) < len(header):
                problems.append(
                    _where(name, row, lang, text("short", lang, cells=len(cells), columns=len(header)))
                )
                continue
            if any(c.strip() for c in cells[len(header) :]):
                problems.append(_where(name, row, lang, text("long", lang)))
                continue
            yield row, dict(zip(header, cells, strict=False))
    except csv.Error as exc:
        message = (
            text("cell", lang, limit=MAX_CELL) if "field limit" in str(exc) else text("csv", lang, error=exc)
        )
        raise ImportError_([_where(name, row + 1, lang, message)]) from exc


def import_csv(
    path: Path,
    deck_id: str,
    title_ja: str = "",
    title_en: str = "",
    *,
    existing: Iterable[Item] = (),
    lang: str = "en",
) -> Imported:
    """Read the CSV, check every row against the rules and the `existing` items (ids must be new),
    build the deck file. Raises `ImportError_` with one line per problem."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportError_([f"{name}: {text('too_big', lang, size=size, limit=MAX_BYTES)}"])
        data = path.read_bytes()
    except OSError as exc:
        raise ImportError_([f"{name}: {text('unreadable', lang, error=exc.strerror)}"]) from exc
    decoded = decode(data, lang)
    tags = load_tags(ROOT / "tags.toml")
    names = Names(tags)
    raw_items: list[tuple[int, dict[str, Any]]] = []
    messages: list[str] = []
    for row, cells in _rows(decoded, name, lang, messages):
        messages += [_where(name, row, lang, problem) for problem in row_problems(cells)]
        raw_items.append((row, row_to_item(cells, names)))
    ja_only = not any(_has_english(item) for _row, item in raw_items)
    problems: list[Problem] = []
    checker = _Reader(tags, problems)
    checker.items.update({item.id: item for item in existing})
    f = _RowFile(name, problems)
    items = []
    for f.row, item in raw_items:
        if not ja_only and not _has_english(item):
            messages.append(_where(name, f.row, lang, text("mixed", lang)))
            continue
        checker._item(f, deck_id, dict(item), ja_only)
        items.append(item)
    messages += [_row_message(p, lang) for p in problems]
    if not items and not messages:
        messages.append(f"{name}: {text('empty', lang)}")
    if messages:
        raise ImportError_(messages)
    deck: dict[str, Any] = {"id": deck_id, "title_ja": title_ja or deck_id}
    if ja_only:
        deck["languages"] = ["ja"]
    else:
        deck["title_en"] = title_en or deck_id
    deck["description_ja"] = f"{path.name} から取り込んだデッキ"
    if not ja_only:
        deck["description_en"] = f"Deck imported from {path.name}"
    return Imported(deck_to_toml(deck, items), len(items))


def _where(name: str, row: int, lang: str, message: str) -> str:
    return f"{name}: {row} 行目: {message}" if lang == "ja" else f"{name}: row {row}: {message}"


def _row_message(problem: Problem, lang: str) -> str:
    where = f" {problem.where}:" if problem.where else ""
    return _where(problem.path, problem.line, lang, f"{where.strip()} {problem.text(lang)}".strip())
