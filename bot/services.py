"""Shared, read-mostly things features need beyond the database: content, the clock, the scorer.

The scorer (the classifier plus the known-rumour index) needs scikit-learn, whose import takes
seconds, so it is loaded once, on first use or by `warm_up()` in a thread at start-up. Scoring runs in
worker threads (`prepare`), never on the event loop: a message that arrives while the model loads waits
for the model, not the whole bot. Pictures are read the same way (`read_image`, in the `images`
package's bounded pool) before their handler runs; what was read stays in memory only, briefly.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bot.storage.timestamps import utc_now
from quizzes import Bank, rumour_records

if TYPE_CHECKING:
    from classifier.result import CheckResult, Scorer
    from images.reading import ImageReader, ImageReading

log = logging.getLogger(__name__)

PRESCORED_MAX = 1024
READINGS_MAX = 32


def shipped_scorer(bank: Bank, extra_rumours: tuple[Path, ...] = ()) -> Scorer:
    """The shipped model with the shipped rumour bank, the quiz bank's real cases and instructor CSVs."""
    from classifier.checker import Checker
    from classifier.rumour_bank import shipped_records
    from classifier.rumours import RumourIndex, read_csv_records

    records = [*shipped_records(), *rumour_records(bank)]
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
    # The cache has its own lock: the event loop must not wait while warm_up loads the model.
    _cache_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _prescored: OrderedDict[str, CheckResult] = field(default_factory=OrderedDict, init=False, repr=False)
    image_reader_factory: Callable[[], ImageReader] | None = None
    _image_reader: ImageReader | None = field(default=None, init=False, repr=False)
    _readings: OrderedDict[str, ImageReading] = field(default_factory=OrderedDict, init=False, repr=False)

    @property
    def scorer(self) -> Scorer:
        with self._lock:
            if self._scorer is None:
                factory = self.scorer_factory or (lambda: shipped_scorer(self.bank))
                self._scorer = factory()
            return self._scorer

    def score(self, text: str) -> CheckResult:
        """Check one message, using a result `prescore` already computed for the same text.

        Results stay in a small in-memory cache (never on disk): a chain message forwarded by many
        people in one batch is scored once.
        """
        with self._cache_lock:
            ready = self._prescored.get(text)
            if ready is not None:
                self._prescored.move_to_end(text)
        return ready if ready is not None else self.scorer.score(text)

    async def prepare(self, texts: Iterable[str]) -> None:
        """Score these texts in a worker thread (loading the model there if needed) for `score`;
        texts `prescore` already scored need no thread (handing work to one costs the event loop)."""
        with self._cache_lock:
            wanted = [text for text in texts if text not in self._prescored]
        if not wanted:
            return
        try:
            await asyncio.to_thread(self._score_into_cache, wanted)
        except Exception:
            log.exception("could not score a message ahead of its handler")

    def prescore(self, texts: Iterable[str]) -> None:
        """Score a batch at once (one vectorisation instead of one per message) for `score` to pick up.

        Adapters that receive updates in batches (Telegram's getUpdates) call this first: scoring
        a batch costs a fraction of scoring its messages one by one. It never waits for the model to
        load (the caller may be the event loop): before that, `prepare` scores each message in a thread.
        """
        if self._scorer is None:
            return
        self._score_into_cache(texts)

    def _score_into_cache(self, texts: Iterable[str]) -> None:
        with self._cache_lock:
            batch = [t for t in dict.fromkeys(texts) if t.strip() and t not in self._prescored]
        if not batch:
            return
        results = self.scorer.score_many(batch)
        with self._cache_lock:
            for text, result in zip(batch, results, strict=True):
                self._prescored[text] = result
            while len(self._prescored) > PRESCORED_MAX:
                self._prescored.popitem(last=False)

    @property
    def image_reader(self) -> ImageReader:
        if self._image_reader is None:
            from images.reading import ImageReader

            self._image_reader = (self.image_reader_factory or ImageReader)()
        return self._image_reader

    async def read_image(self, data: bytes) -> None:
        """Read a picture in the reader's pool and score its text, for `image_reading` to pick up."""
        key = hashlib.sha256(data).hexdigest()
        if key in self._readings:
            return
        reading = await self.image_reader.read(data)
        self._readings[key] = reading
        while len(self._readings) > READINGS_MAX:
            self._readings.popitem(last=False)
        if reading.checked_text:
            await self.prepare([reading.checked_text])

    def take_image_reading(self, data: bytes) -> ImageReading | None:
        """What `read_image` found in this picture (None if not read beforehand), forgotten as it is taken."""
        return self._readings.pop(hashlib.sha256(data).hexdigest(), None)

    def warm_up(self) -> None:
        """Load the scorer now (call in a thread), so the first forwarded message is answered fast."""
        _ = self.scorer
