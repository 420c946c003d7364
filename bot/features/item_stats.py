"""How each quiz item does in real classes: how many answered, the share right, and discrimination.

Discrimination is the corrected point-biserial correlation: over every answer to the item, Pearson's
r between answering it right (1 or 0) and the player's share right on the *other* questions they
answered in the same session. Leaving the item out of the player's score keeps an item from
correlating with itself; a share rather than a count keeps late joiners comparable. Near +1: strong
players get it right and weak ones do not. Near 0: it tells them apart no better than chance.
Negative: the strong players are the ones it fools, so the item (or its keyed answer) misleads.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

MIN_ANSWERS = 10
"""Below this many answers an item's figures say more about who happened to answer than about the item."""
TOO_EASY = 0.9
TOO_HARD = 0.3
TOO_EASY_FLAG, TOO_HARD_FLAG, MISLEADING_FLAG = "too-easy", "too-hard", "misleading"


@dataclass(frozen=True)
class Response:
    """One answer: in which session, by which player, to which item, right or not."""

    session: int
    player: str
    item: str
    correct: bool


@dataclass(frozen=True)
class ItemStats:
    item: str
    answered: int
    correct: int
    discrimination: float | None
    """None where it cannot be computed: everyone right (or wrong), or no player with other answers."""

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def enough(self) -> bool:
        return self.answered >= MIN_ANSWERS

    @property
    def flags(self) -> tuple[str, ...]:
        """too-easy (> 90% right), too-hard (< 30%), misleading (negative discrimination); none if too few."""
        if not self.enough:
            return ()
        found = []
        if self.accuracy > TOO_EASY:
            found.append(TOO_EASY_FLAG)
        if self.accuracy < TOO_HARD:
            found.append(TOO_HARD_FLAG)
        if self.discrimination is not None and self.discrimination < 0:
            found.append(MISLEADING_FLAG)
        return tuple(found)


def pearson(pairs: list[tuple[float, float]]) -> float | None:
    """Pearson's r, or None when either side does not vary."""
    n = len(pairs)
    if n < 2:
        return None
    mean_x = sum(x for x, _ in pairs) / n
    mean_y = sum(y for _, y in pairs) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in pairs)
    sxx = sum((x - mean_x) ** 2 for x, _ in pairs)
    syy = sum((y - mean_y) ** 2 for _, y in pairs)
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return sxy / math.sqrt(sxx * syy)


def item_stats(responses: Iterable[Response]) -> dict[str, ItemStats]:
    """Figures per item id over all the responses given (several sessions may mix)."""
    responses = list(responses)
    totals: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in responses:
        totals[(r.session, r.player)][0] += r.correct
        totals[(r.session, r.player)][1] += 1
    by_item: dict[str, list[Response]] = defaultdict(list)
    for r in responses:
        by_item[r.item].append(r)
    result = {}
    for item, given in sorted(by_item.items()):
        pairs = []
        for r in given:
            right, answered = totals[(r.session, r.player)]
            if answered > 1:
                pairs.append((float(r.correct), (right - r.correct) / (answered - 1)))
        result[item] = ItemStats(item, len(given), sum(r.correct for r in given), pearson(pairs))
    return result
