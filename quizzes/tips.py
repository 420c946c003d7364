"""The weekly tips: one per week of the year, seasonal ones placed in their season.

`quizzes/tips/*.toml` holds `[[tip]]` tables with `week` (ISO week 1-52), `season` (empty for a tip
that fits any time) and the text in Japanese and English. Each week has exactly one tip, so a person
who gets tips all year reads each once and a tax-time scam warning arrives at tax time.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from quizzes.loader import BankError, Problem

TIPS_DIR = Path(__file__).resolve().parent / "tips"
WEEKS = 52
SEASONS = {
    "": (),
    "exam": (1, 2, 3),
    "tax": (2, 3, 4),
    "new_life": (3, 4, 5),
    "rainy": (6, 7),
    "summer": (7, 8),
    "typhoon": (8, 9, 10),
    "year_end": (11, 12),
}
"""Each season and the months (any year) its tips may fall in."""


@dataclass(frozen=True)
class Tip:
    week: int
    season: str
    ja: str
    en: str

    def text(self, lang: str) -> str:
        return self.ja if lang == "ja" else self.en


def _week_month(week: int) -> int:
    """The month in which the Thursday of ISO week `week` falls (a year with 52 weeks, 2026)."""
    return date.fromisocalendar(2026, week, 4).month


def load_tips(directory: Path = TIPS_DIR) -> dict[int, Tip]:
    """Every tip by week; BankError if a week is missing or doubled or a season is out of place."""
    tips: dict[int, Tip] = {}
    problems: list[Problem] = []
    for path in sorted(directory.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        for raw in data.get("tip", []):
            week = raw.get("week")
            season = raw.get("season", "")

            def problem(message: str) -> Problem:
                return Problem(path.name, 0, message, f"week {week}")  # noqa: B023  # used at once, in this iteration

            if not isinstance(week, int) or not 1 <= week <= WEEKS:
                problems.append(problem(f"week must be 1-{WEEKS}"))
                continue
            if week in tips:
                problems.append(problem("two tips for one week"))
            if season not in SEASONS:
                problems.append(problem(f"unknown season {season!r}"))
            elif season and _week_month(week) not in SEASONS[season]:
                problems.append(problem(f"a {season} tip out of its season"))
            if not str(raw.get("ja", "")).strip() or not str(raw.get("en", "")).strip():
                problems.append(problem("needs ja and en"))
            tips[week] = Tip(week, season, str(raw.get("ja", "")).strip(), str(raw.get("en", "")).strip())
    missing = sorted(set(range(1, WEEKS + 1)) - set(tips))
    if missing:
        problems.append(Problem(str(directory), 0, f"no tip for weeks {missing}"))
    if problems:
        raise BankError(problems)
    return tips


@cache
def shipped_tips() -> dict[int, Tip]:
    return load_tips()


def tip_for(day: date, tips: dict[int, Tip] | None = None) -> Tip:
    """The tip of the week `day` is in (the rare ISO week 53 repeats week 52's)."""
    tips = tips if tips is not None else shipped_tips()
    return tips[min(day.isocalendar().week, WEEKS)]
