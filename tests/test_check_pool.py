"""`check --jsonl` batch scoring: each distinct text once, forked workers, answers in input order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.commands import check_pool
from bot.commands.check_pool import BatchScorer, default_workers
from classifier.result import CheckResult
from classifier.testing import FakeScorer


def by_length(text: str) -> CheckResult:
    """A result that says which text it belongs to, so a mix-up shows."""
    return CheckResult(len(text) / 100, len(text) > 5, (), ())


def batches() -> list[list[str]]:
    return [["a", "bb", "a"], ["ccc", "bb", "dddddd"], ["a"], ["eeeeeee", "ccc"]]


def answers(scorer: BatchScorer) -> list[list[dict[str, Any]]]:
    return [[json.loads("{" + members + "}") for members in batch] for batch in scorer.scored(batches())]


def test_every_text_is_answered_in_order_and_scored_once() -> None:
    fake = FakeScorer(default=by_length)
    result = answers(BatchScorer(fake, workers=1))
    assert [[row["score"] for row in batch] for batch in result] == [
        [len(text) / 100 for text in batch] for batch in batches()
    ]
    assert sorted(fake.seen) == ["a", "bb", "ccc", "dddddd", "eeeeeee"]


def test_forked_workers_give_the_same_answers() -> None:
    alone = answers(BatchScorer(FakeScorer(default=by_length), workers=1))
    assert answers(BatchScorer(FakeScorer(default=by_length), workers=2)) == alone


def test_a_full_cache_is_emptied_and_answers_stay_right(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_pool, "CACHE_SIZE", 2)
    fake = FakeScorer(default=by_length)
    result = answers(BatchScorer(fake, workers=1))
    assert [[row["score"] for row in batch] for batch in result] == [
        [len(text) / 100 for text in batch] for batch in batches()
    ]
    assert len(fake.seen) > 5  # texts forgotten when the cache was emptied were scored again


def test_default_workers_is_the_usable_cores_at_most_four() -> None:
    assert 1 <= default_workers() <= check_pool.MAX_WORKERS
