"""Quiz content as data: decks, lessons and the seniors' course, loaded and validated from TOML."""

from __future__ import annotations

from typing import Any

from quizzes.loader import BankError, load_bank, load_with_extra_dir
from quizzes.model import Bank, Choice, Course, Day, Deck, Item, Lesson, Source

__all__ = [
    "Bank",
    "BankError",
    "Choice",
    "Course",
    "Day",
    "Deck",
    "Item",
    "Lesson",
    "Source",
    "load_bank",
    "load_with_extra_dir",
    "rumour_records",
]


def rumour_records(bank: Bank | None = None) -> list[dict[str, Any]]:
    """Misleading real cases from the bank, in the shape `classifier.rumours.RumourIndex` reads."""
    bank = bank or load_bank()
    records = []
    for item in bank.items.values():
        if item.source is None or item.verdict != "misleading":
            continue
        text = "\n".join(t for t in (item.post_ja, item.post_en) if t)
        records.append(
            {
                "id": item.id,
                "text": text,
                "title_ja": item.post_ja[:60] or item.question_ja[:60],
                "title_en": item.post_en[:80] or item.question_en[:80],
                "explanation_ja": item.explanation_ja,
                "explanation_en": item.explanation_en,
                "source": f"{item.source.by}, {item.source.date}",
            }
        )
    return records
