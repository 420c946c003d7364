"""Shared, read-mostly things features need beyond the database: content, the clock, the scorer.

The scorer (the classifier plus the known-rumour index) needs scikit-learn, whose import takes
seconds, so it is loaded once, on first use or by `warm_up()` in a thread at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.storage.timestamps import utc_now
from quizzes import Bank, rumour_records

if TYPE_CHECKING:
    from classifier.result import Scorer


def shipped_scorer(bank: Bank, extra_rumours: tuple[Path, ...] = ()) -> Scorer:
    """The shipped model with rumours from the bank's real cases and any instructor CSV files."""
    from classifier.checker import Checker
    from classifier.rumours import RumourIndex, read_csv_records

    records = rumour_records(bank)
    for path in extra_rumours:
        records.extend(read_csv_records(path))
    return Checker.load(rumours=RumourIndex(records))


@dataclass
class Services:
    bank: Bank
    clock: Callable[[], datetime] = utc_now
    scorer_factory: Callable[[], Scorer] | None = None
    _scorer: Scorer | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @property
    def scorer(self) -> Scorer:
        with self._lock:
            if self._scorer is None:
                factory = self.scorer_factory or (lambda: shipped_scorer(self.bank))
                self._scorer = factory()
            return self._scorer

    def warm_up(self) -> None:
        """Load the scorer now (call in a thread), so the first forwarded message is answered fast."""
        _ = self.scorer
