"""One call from image bytes to what is in the picture: its text and codes, or why it cannot be read.

`read_image` never raises: a bad file, a bomb, a missing Tesseract or a timeout each come back as a
`Problem` the caller can explain. `ImageReader` runs it off the event loop in a small bounded pool (OCR
takes seconds and a whole core) and turns work away when too many pictures already wait.
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from images import codes, ocr, prepare
from images.codes import Code
from images.limits import ImageProblem, Problem, open_checked

log = logging.getLogger(__name__)

OCR_TIMEOUT = 30.0
WORKERS = 2
MAX_WAITING = 8
# A horizontal reading of vertical Japanese comes out as many lines of one or two characters.
SHORT_LINE = 3
MIN_LINES_FOR_VERTICAL = 4
MIN_HORIZONTAL_CHARS = 8


@dataclass(frozen=True)
class ImageReading:
    """What a picture holds. `ocr_missing` is set when codes were read but text could not be."""

    text: str = ""
    codes: tuple[Code, ...] = ()
    problem: Problem | None = None
    ocr_missing: bool = False

    @property
    def checked_text(self) -> str:
        """The text to check: what was read, then each code's content on a line of its own."""
        return "\n".join(part for part in (self.text, *(c.text for c in self.codes)) if part)

    @property
    def codes_start(self) -> int:
        """Where the codes' contents begin in `checked_text` (links after it came from a code)."""
        return len(self.text) + 1 if self.text else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "codes": [{"kind": c.kind, "text": c.text} for c in self.codes],
            "problem": self.problem.value if self.problem else None,
            "ocr_missing": self.ocr_missing,
        }


def _compact(text: str) -> str:
    return "".join(text.split())


def _looks_vertical(text: str) -> bool:
    """A horizontal reading of vertical Japanese: next to nothing, or many lines of a character or two."""
    if len(_compact(text)) < MIN_HORIZONTAL_CHARS:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MIN_LINES_FOR_VERTICAL:
        return False
    return len(_compact(text)) / len(lines) < SHORT_LINE


def _text_of(page: Any, timeout: float) -> str:
    """The horizontal reading, or the vertical one (with `jpn_vert`) when that reads more."""
    text = ocr.recognise(page, timeout)
    if ocr.status().vertical and _looks_vertical(text):
        upright = ocr.recognise(page, timeout, vertical=True)
        if len(_compact(upright)) > len(_compact(text)):
            return upright
    return text


def read_image(data: bytes, timeout: float = OCR_TIMEOUT) -> ImageReading:
    """Check, decode and read a picture; never raises (problems come back in `problem`)."""
    try:
        image = open_checked(data)
        found = codes.decode(image)
        if not ocr.status().usable:
            if not found:
                return ImageReading(problem=Problem.NO_OCR)
            return ImageReading(codes=found, ocr_missing=True)
        return ImageReading(text=_text_of(prepare.for_ocr(image), timeout), codes=found)
    except ImageProblem as error:
        return ImageReading(problem=error.problem)
    except ocr.OcrTimeout:
        return ImageReading(problem=Problem.TIMEOUT)
    except ocr.OcrUnavailable:
        return ImageReading(problem=Problem.NO_OCR)
    except Exception:  # any decoder bug on a hostile file is one unreadable picture, not a crash
        log.exception("could not read an image")
        return ImageReading(problem=Problem.UNREADABLE)


class ImageReader:
    """Reads pictures in at most `workers` threads; beyond `max_waiting` queued, answers `BUSY`."""

    def __init__(
        self, workers: int = WORKERS, timeout: float = OCR_TIMEOUT, max_waiting: int = MAX_WAITING
    ) -> None:
        self.timeout = timeout
        self.max_waiting = max_waiting
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="image-reader")
        self._waiting = 0

    async def read(self, data: bytes) -> ImageReading:
        if self._waiting >= self.max_waiting:
            return ImageReading(problem=Problem.BUSY)
        self._waiting += 1
        try:
            work = asyncio.get_running_loop().run_in_executor(self._pool, read_image, data, self.timeout)
            # Tesseract is killed at `timeout`; this backstop covers decoding and a stuck thread.
            return await asyncio.wait_for(work, self.timeout * 2 + 5)
        except TimeoutError:
            return ImageReading(problem=Problem.TIMEOUT)
        finally:
            self._waiting -= 1

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
