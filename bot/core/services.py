"""What handlers may use besides the database: the content, the clock, the message check and the
picture reader.

A protocol, so the core names what it needs without importing the model or the content loader;
`bot.services.Services` is the implementation the bot runs with, and tests may pass their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from classifier.result import CheckResult
    from images.reading import ImageReading
    from quizzes import Bank


class FeatureServices(Protocol):
    @property
    def bank(self) -> Bank:
        """The quiz items, lessons and courses."""
        ...

    @property
    def clock(self) -> Callable[[], datetime]:
        """Now, in UTC (a test clock in tests)."""
        ...

    def score(self, text: str) -> CheckResult:
        """Check one message, reusing a result `prepare` computed."""
        ...

    async def prepare(self, texts: Iterable[str]) -> None:
        """Score these texts in a worker thread, so `score` answers without blocking the loop."""
        ...

    async def read_image(self, data: bytes) -> None:
        """Read a picture (OCR, codes) in a bounded pool and score its text, for `take_image_reading`."""
        ...

    def take_image_reading(self, data: bytes) -> ImageReading | None:
        """What `read_image` found in this picture (None if it was not read beforehand)."""
        ...
