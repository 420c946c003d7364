"""Scoring `matte check --jsonl` batches fast: repeated texts once, and batches on every core.

A batch file from a group chat or a tip line repeats itself (a chain message forwarded by many), so
results are remembered by text across batches, up to `CACHE_SIZE` texts, as the JSON they are written
as (a few hundred bytes each, where the result objects would take kilobytes). Scoring is pure CPU in
Python, so one process uses one core; with `workers` above 1, batches are scored by forked copies of
the loaded checker (nothing is loaded twice, and the pages stay shared) while the parent reads and
writes, and results come back in input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from classifier.result import Scorer

CACHE_SIZE = 8192
MAX_WORKERS = 4

_worker_checker: Scorer | None = None
Results = list[str]
"""Each text's result as JSON object members without the braces, ready to follow a line's "id"."""


def default_workers() -> int:
    """The cores this process may run on, at most `MAX_WORKERS`."""
    return max(1, min(MAX_WORKERS, len(os.sched_getaffinity(0))))


def _start_worker(checker: Scorer) -> None:
    global _worker_checker
    _worker_checker = checker


def members(checker: Scorer, texts: list[str]) -> Results:
    """The JSON members of each text's result."""
    return [json.dumps(result.to_json(), ensure_ascii=False)[1:-1] for result in checker.score_many(texts)]


def _score_in_worker(texts: list[str]) -> Results:
    assert _worker_checker is not None, "set by the pool's initializer"
    return members(_worker_checker, texts)


class BatchScorer:
    """Score batches of texts in order, each distinct text once, on `workers` processes."""

    def __init__(self, checker: Scorer, workers: int = 1) -> None:
        self.checker = checker
        self.workers = workers
        self._cache: dict[str, str] = {}

    def scored(self, batches: Iterable[list[str]]) -> Iterator[Results]:
        """For each batch, its texts' results (see `Results`), in the same order."""
        if self.workers <= 1:
            for texts in batches:
                known, fresh = self._split(texts)
                yield self._answer(texts, known, fresh, members(self.checker, fresh))
            return
        yield from self._scored_in_pool(batches)

    def _scored_in_pool(self, batches: Iterable[list[str]]) -> Iterator[Results]:
        pending: deque[tuple[list[str], dict[str, str], list[str]]] = deque()
        lock = threading.Lock()  # the pool's feeder thread reads `batches` while this one answers

        def fresh_texts() -> Iterator[list[str]]:
            for texts in batches:
                with lock:
                    known, fresh = self._split(texts)
                    pending.append((texts, known, fresh))
                yield fresh

        context = multiprocessing.get_context("fork")
        with context.Pool(self.workers, initializer=_start_worker, initargs=(self.checker,)) as pool:
            for results in pool.imap(_score_in_worker, fresh_texts()):
                with lock:
                    texts, known, fresh = pending.popleft()
                    answer = self._answer(texts, known, fresh, results)
                yield answer

    def _split(self, texts: list[str]) -> tuple[dict[str, str], list[str]]:
        """(results already known, by text; distinct texts still to score)."""
        known = {text: self._cache[text] for text in texts if text in self._cache}
        return known, [text for text in dict.fromkeys(texts) if text not in known]

    def _answer(self, texts: list[str], known: dict[str, str], fresh: list[str], results: Results) -> Results:
        """Remember the fresh results (forgetting all when full) and answer every text of the batch."""
        found = dict(zip(fresh, results, strict=True))
        if len(self._cache) + len(found) > CACHE_SIZE:
            self._cache.clear()
        self._cache.update(found)
        return [known[text] if text in known else found[text] for text in texts]
