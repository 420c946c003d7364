"""The shipped bank of already-checked rumours and scams, and the records `RumourIndex` reads from it.

Each record is our own short summary of a check published by a fact-checker, a public body or a news
organisation; the link goes to their page. `shipped_records()` is what the bot indexes.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from classifier.dataset import DataError
from classifier.rumour_bank.records import KINDS, TOPICS, Rumour, problems, read_records, to_toml

BANK_PATH = Path(__file__).resolve().parent / "rumours.toml"

__all__ = [
    "BANK_PATH",
    "KINDS",
    "TOPICS",
    "Rumour",
    "index_records",
    "load_bank",
    "problems",
    "read_records",
    "shipped_records",
    "to_toml",
]


def load_bank(path: str | Path = BANK_PATH) -> list[Rumour]:
    """The records of a bank file; DataError naming file and line for the first batch of problems."""
    records = read_records(path)
    found = problems(records, path)
    if found:
        raise DataError("\n".join(found))
    return [rumour for _line, rumour in records]


def index_records(rumours: list[Rumour]) -> list[dict[str, Any]]:
    """Records in the shape `classifier.rumours.RumourIndex` takes.

    Both wordings and both titles are indexed (a forwarded copy may resemble either), the keywords feed
    the keyword-overlap part of the score, and `source` reads "organisation, date, URL".
    """
    return [
        {
            "id": rumour.id,
            "text": [rumour.text_ja, rumour.text_en, rumour.title_ja, rumour.title_en],
            "title_ja": rumour.title_ja,
            "title_en": rumour.title_en,
            "explanation_ja": rumour.explanation_ja,
            "explanation_en": rumour.explanation_en,
            "source": rumour.source,
            "keywords": list(rumour.keywords),
        }
        for rumour in rumours
    ]


@lru_cache(maxsize=1)
def _shipped() -> tuple[Rumour, ...]:
    return tuple(load_bank(BANK_PATH))


def shipped_records() -> list[dict[str, Any]]:
    """The shipped bank as `RumourIndex` records (read and validated once per process)."""
    return index_records(list(_shipped()))
