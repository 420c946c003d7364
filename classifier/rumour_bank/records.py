"""Checked rumours and scams as data: one `Rumour` per record, read from and written to TOML.

The bank is edited by hand and grows by imports, so every problem is reported with the file and the line
of the record's `[[rumour]]` header, and writing goes through one function that always produces a file
this module can read back.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from classifier.dataset import DataError

KINDS = ("rumour", "scam")
TOPICS = ("health", "disaster", "money", "politics", "science", "technology", "daily-life", "other")
TEXT_PAIRS = (("text_ja", "text_en"), ("title_ja", "title_en"), ("explanation_ja", "explanation_en"))
FIELDS = (
    "id",
    "kind",
    "topic",
    "organisation",
    "url",
    "date",
    "keywords",
    "title_ja",
    "title_en",
    "text_ja",
    "text_en",
    "explanation_ja",
    "explanation_en",
    "appearances",
)
_ID = re.compile(r"[a-z0-9][a-z0-9-]{2,80}")
# A check is dated to the day, or to the month or year when that is all the source page shows.
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_HEADER = re.compile(r"^\s*\[\[rumour\]\]\s*(?:#.*)?$")


@dataclass(frozen=True, slots=True)
class Rumour:
    """One checked rumour or scam script, summarised in our own words, with who checked it and when."""

    id: str
    kind: str
    topic: str
    organisation: str
    url: str
    date: str
    keywords: tuple[str, ...] = ()
    title_ja: str = ""
    title_en: str = ""
    text_ja: str = ""
    text_en: str = ""
    explanation_ja: str = ""
    explanation_en: str = ""
    appearances: tuple[str, ...] = field(default=())

    @property
    def source(self) -> str:
        """Who checked it, when and where, in the form the bot shows: "organisation, date, URL"."""
        return f"{self.organisation}, {self.date}, {self.url}"

    def to_dict(self) -> dict[str, object]:
        """Plain fields, lists for the tuples (for JSON output and writing)."""
        data = asdict(self)
        data["keywords"] = list(self.keywords)
        data["appearances"] = list(self.appearances)
        return data


def read_records(path: str | Path) -> list[tuple[int, Rumour]]:
    """Every record of a bank file with the line of its header; DataError (file:line) if unreadable.

    Only the shape is checked here (a table with string fields); `problems` checks the content.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise DataError(f"{path}: {error}") from None
    unknown_top = set(data) - {"rumour"}
    if unknown_top:
        raise DataError(f"{path}:1: unknown top-level key(s) {', '.join(sorted(unknown_top))}")
    tables = data.get("rumour", [])
    lines = [number for number, line in enumerate(raw.splitlines(), start=1) if _HEADER.match(line)]
    if not isinstance(tables, list) or len(lines) != len(tables):
        raise DataError(f"{path}:1: records must be written as [[rumour]] tables, one header per line")
    return [(line, _to_rumour(path, line, table)) for line, table in zip(lines, tables, strict=True)]


def _to_rumour(path: Path, line: int, table: dict[str, object]) -> Rumour:
    unknown = set(table) - set(FIELDS)
    if unknown:
        raise DataError(f"{path}:{line}: unknown field(s) {', '.join(sorted(unknown))}")
    values: dict[str, object] = {}
    for name in FIELDS:
        value = table.get(name)
        if name in ("keywords", "appearances"):
            if value is None:
                value = []
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise DataError(f"{path}:{line}: {name} must be a list of strings")
            values[name] = tuple(item.strip() for item in value)
        else:
            if value is None:
                value = ""
            if not isinstance(value, str):
                raise DataError(f"{path}:{line}: {name} must be a string (in quotes)")
            values[name] = value.strip()
    return Rumour(**values)  # type: ignore[arg-type]  # every field was read and checked above


def problems(records: Sequence[tuple[int, Rumour]], path: str | Path, today: date | None = None) -> list[str]:
    """Everything wrong with the records' content, one "file:line: message" each."""
    today = today or date.today()
    found: list[str] = []
    seen: dict[str, int] = {}
    for line, rumour in records:
        where = f"{path}:{line}"
        if not rumour.id:
            found.append(f"{where}: id is required")
        elif not _ID.fullmatch(rumour.id):
            found.append(f"{where}: id {rumour.id!r} must be 3-81 lower-case letters, digits and hyphens")
        elif rumour.id in seen:
            found.append(f"{where}: duplicate id {rumour.id!r} (first at line {seen[rumour.id]})")
        else:
            seen[rumour.id] = line
        for name in ("organisation", "url", "date"):
            if not getattr(rumour, name):
                found.append(f"{where}: {name} is required")
        if rumour.url and not re.fullmatch(r"https?://\S+", rumour.url):
            found.append(f"{where}: url must start with http:// or https:// and contain no spaces")
        if rumour.date:
            date_problem = _date_problem(rumour.date, today)
            if date_problem:
                found.append(f"{where}: {date_problem}")
        if rumour.kind not in KINDS:
            found.append(f"{where}: kind must be one of {', '.join(KINDS)}, not {rumour.kind!r}")
        if rumour.topic not in TOPICS:
            found.append(f"{where}: topic must be one of {', '.join(TOPICS)}, not {rumour.topic!r}")
        for ja, en in TEXT_PAIRS:
            if not getattr(rumour, ja) and not getattr(rumour, en):
                found.append(f"{where}: {ja} or {en} is required")
        if any(not keyword for keyword in rumour.keywords):
            found.append(f"{where}: keywords must not be empty strings")
        for appearance in rumour.appearances:
            if not re.fullmatch(r"https?://\S+", appearance):
                found.append(f"{where}: appearance {appearance!r} is not a web address")
    return found


def _date_problem(text: str, today: date) -> str:
    match = _DATE.fullmatch(text)
    if not match:
        return f"date {text!r} must be ISO: YYYY-MM-DD (or YYYY-MM, YYYY when the source shows no day)"
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        checked = date(year or 1, month or 1, day or 1)
    except ValueError:
        return f"date {text!r} is not a calendar date"
    if checked.year < 1990:
        return f"date {text!r} is before 1990"
    if checked > today:
        return f"date {text!r} is in the future"
    return ""


def to_toml(rumours: Iterable[Rumour]) -> str:
    """`[[rumour]]` tables for the records, fields in a fixed order, empty optional fields left out."""
    blocks = []
    for rumour in rumours:
        lines = ["[[rumour]]"]
        for name, value in rumour.to_dict().items():
            if isinstance(value, list):
                if value or name == "keywords":
                    lines.append(f"{name} = [{', '.join(_quote(item) for item in value)}]")
            elif value or name in ("id", "kind", "topic", "organisation", "url", "date"):
                lines.append(f"{name} = {_quote(str(value))}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def _quote(text: str) -> str:
    """A TOML basic string: every control character escaped, so any input round-trips."""
    escaped = []
    for char in text:
        if char == '"':
            escaped.append('\\"')
        elif char == "\\":
            escaped.append("\\\\")
        elif char == "\n":
            escaped.append("\\n")
        elif char == "\t":
            escaped.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        elif 0xD800 <= ord(char) <= 0xDFFF:
            escaped.append("\ufffd")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
