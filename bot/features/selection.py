"""Which question comes next: spaced repetition (Leitner boxes) plus weak techniques first.

Due items come back first, weakest box first. Otherwise a new item is drawn with more weight on
techniques the learner gets wrong and on the verdict (trustworthy or misleading) they judge worse,
so someone who calls everything fake meets more trustworthy posts. The last few items asked are
held back so a missed item returns after a short gap, not immediately.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Sequence

from bot.storage.learning import Answer, Box
from quizzes import Item

RECENT_GAP = 3


def accuracy_by(answers: Iterable[Answer], items: dict[str, Item], key: str) -> dict[str, tuple[int, int]]:
    """(right, total) per technique (`key="technique"`) or per judge verdict (`key="verdict"`)."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for answer in answers:
        item = items.get(answer.item_id)
        if item is None:
            continue
        keys = item.techniques if key == "technique" else ((item.verdict,) if item.verdict else ())
        for k in keys:
            tally[k][0] += answer.correct
            tally[k][1] += 1
    return {k: (right, total) for k, (right, total) in tally.items()}


def _miss_rate(stats: dict[str, tuple[int, int]], key: str) -> float:
    right, total = stats.get(key, (0, 0))
    return 0.5 if total == 0 else 1 - right / total


def pick_next(
    candidates: Sequence[Item],
    boxes: dict[str, Box],
    answers: Sequence[Answer],
    now_iso: str,
    recent: Sequence[str],
    rng: random.Random,
    catalogue: dict[str, Item],
) -> Item | None:
    """The next item to ask, or None if there are no candidates at all.

    `catalogue` is every item the learner may have answered, for their per-technique accuracy.
    """
    if not candidates:
        return None
    # A deck smaller than the gap still holds back all but one item, so in a deck of two a missed item
    # comes after the other one; only a deck of one asks the same item again at once.
    gap = min(RECENT_GAP, len(candidates) - 1)
    held_back = set(recent[-gap:]) if gap else set()
    pool = [item for item in candidates if item.id not in held_back]
    due = [item for item in pool if item.id in boxes and boxes[item.id].due_at <= now_iso]
    if due:
        lowest = min(boxes[item.id].box for item in due)
        return rng.choice(sorted((i for i in due if boxes[i.id].box == lowest), key=lambda i: i.id))
    fresh = [item for item in pool if item.id not in boxes]
    if not fresh:
        return min(pool, key=lambda i: (boxes[i.id].due_at, i.id))
    by_technique = accuracy_by(answers, catalogue, "technique")
    by_verdict = accuracy_by(answers, catalogue, "verdict")
    weights = []
    for item in fresh:
        weight = 1.0 + sum(_miss_rate(by_technique, t) for t in item.techniques)
        if item.verdict:
            weight += 2 * _miss_rate(by_verdict, item.verdict)
        weights.append(weight)
    return rng.choices(fresh, weights=weights, k=1)[0]
