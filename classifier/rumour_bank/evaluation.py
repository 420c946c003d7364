"""How well reworded copies find their rumour, and how often anything is matched wrongly.

A paraphrase set is a CSV with `rumour_id,text`: a reworded copy of a banked rumour, or an empty id for
a message that must match nothing (ordinary chat, genuine alerts, scams that are not in the bank). The
threshold and keyword weight are chosen on a development set, precision first, and the figures that
count are those of a separate test set at the shipped settings.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from classifier.dataset import DataError
from classifier.rumours import RumourIndex

THRESHOLDS = tuple(round(value, 2) for value in np.arange(0.15, 0.80, 0.01))
KEYWORD_WEIGHTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
MAX_DEV_WRONG = 0.02


@dataclass(frozen=True, slots=True)
class Example:
    """One row of a paraphrase set; `rumour_id` is "" for a message that must match nothing.

    When two records debunk the very same script (one SMS scam reported by two checkers), the id may
    name both, separated by "|", and either counts as right.
    """

    line: int
    rumour_id: str
    text: str

    def accepts(self, rumour_id: str) -> bool:
        """Whether matching this rumour is right for the example."""
        return bool(rumour_id) and rumour_id in self.rumour_id.split("|")


@dataclass(frozen=True, slots=True)
class Figures:
    """Counts of one evaluation and the rates reported from them."""

    paraphrases: int
    correct: int
    wrong_rumour: int
    unrelated: int
    unrelated_matched: int

    @property
    def recall(self) -> float:
        """Share of paraphrases whose top match is their own rumour."""
        return self.correct / self.paraphrases if self.paraphrases else 0.0

    @property
    def wrong_rate(self) -> float:
        """Share of all messages given a wrong "already checked" (wrong rumour, or unrelated matched)."""
        total = self.paraphrases + self.unrelated
        return (self.wrong_rumour + self.unrelated_matched) / total if total else 0.0

    @property
    def unrelated_rate(self) -> float:
        """Share of unrelated messages that matched some rumour."""
        return self.unrelated_matched / self.unrelated if self.unrelated else 0.0

    def describe(self) -> str:
        """Two lines for people: what was found and what went wrong."""
        return (
            f"paraphrases matched to the right rumour (top-1): {self.correct}/{self.paraphrases} "
            f"= {self.recall:.1%}\n"
            f"wrong matches: {self.wrong_rumour} to a wrong rumour, "
            f"{self.unrelated_matched}/{self.unrelated} unrelated messages matched; "
            f"{self.wrong_rate:.1%} of all {self.paraphrases + self.unrelated} messages"
        )


def read_examples(path: str | Path, known_ids: set[str] | None = None) -> list[Example]:
    """The rows of a paraphrase CSV; DataError with file and line for a bad row or an unknown id."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            if not {"rumour_id", "text"} <= set(reader.fieldnames or ()):
                raise DataError(f"{path}:1: the columns must be rumour_id,text")
            examples = []
            for row in reader:
                rumour_id = (row["rumour_id"] or "").strip()
                text = (row["text"] or "").strip()
                if not text:
                    raise DataError(f"{path}:{reader.line_num}: text is empty")
                named = rumour_id.split("|") if rumour_id else []
                if "" in named or (known_ids is not None and not known_ids.issuperset(named)):
                    raise DataError(f"{path}:{reader.line_num}: unknown rumour id {rumour_id!r}")
                examples.append(Example(reader.line_num, rumour_id, text))
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    return examples


def top_matches(
    index: RumourIndex, examples: Sequence[Example], keyword_weight: float, floor: float = 0.0
) -> list[tuple[str, float]]:
    """Each example's best rumour and its score ("" and 0.0 when nothing reaches the floor)."""
    found = index.match_many([e.text for e in examples], threshold=floor, k=1, keyword_weight=keyword_weight)
    return [(matches[0].rumour_id, matches[0].similarity) if matches else ("", 0.0) for matches in found]


def figures(examples: Sequence[Example], best: Sequence[tuple[str, float]], threshold: float) -> Figures:
    """Count right and wrong top-1 matches when only scores at or above threshold count as matches."""
    paraphrases = correct = wrong = unrelated = unrelated_matched = 0
    for example, (rumour_id, score) in zip(examples, best, strict=True):
        matched = rumour_id if rumour_id and score >= threshold else ""
        if example.rumour_id:
            paraphrases += 1
            correct += example.accepts(matched)
            wrong += bool(matched) and not example.accepts(matched)
        else:
            unrelated += 1
            unrelated_matched += bool(matched)
    return Figures(paraphrases, correct, wrong, unrelated, unrelated_matched)


def evaluate(
    index: RumourIndex, examples: Sequence[Example], threshold: float, keyword_weight: float
) -> Figures:
    """Figures for one setting."""
    return figures(examples, top_matches(index, examples, keyword_weight), threshold)


def calibrate(
    index: RumourIndex, examples: Sequence[Example], max_wrong: float = MAX_DEV_WRONG
) -> tuple[float, float, Figures]:
    """The (threshold, keyword weight) with the best recall whose wrong-match rate stays within max_wrong.

    Ties go to the higher threshold: when two settings find as much, the stricter one is safer.
    """
    best: tuple[float, float, Figures] | None = None
    for weight in KEYWORD_WEIGHTS:
        tops = top_matches(index, examples, weight)
        for threshold in THRESHOLDS:
            result = figures(examples, tops, threshold)
            if result.wrong_rate > max_wrong or result.unrelated_rate > max_wrong:
                continue
            if best is None or (result.recall, threshold) > (best[2].recall, best[0]):
                best = (threshold, weight, result)
    if best is None:
        raise DataError(f"no setting keeps wrong matches within {max_wrong:.0%}")
    return best
