"""Stage-by-stage progress on stderr, so a long training run shows what it is doing and how long it took."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Prints `[stage i/n] what ... done (1.2 s)` lines; silent when `stream` is None."""

    def __init__(self, total_stages: int, stream: TextIO | None = sys.stderr) -> None:
        self.total_stages = total_stages
        self.stream = stream
        self._stage = 0
        self._started = time.perf_counter()
        self._stage_started = self._started

    def stage(self, what: str) -> None:
        """Announce the next stage."""
        self._stage += 1
        self._stage_started = time.perf_counter()
        self._write(f"[{self._stage}/{self.total_stages}] {what} ...")

    def note(self, what: str) -> None:
        """A detail inside the current stage."""
        self._write(f"      {what}")

    def done(self, detail: str = "") -> None:
        """Close the current stage with its duration."""
        seconds = time.perf_counter() - self._stage_started
        self._write(f"      done{': ' + detail if detail else ''} ({seconds:.1f} s)")

    @property
    def elapsed(self) -> float:
        """Seconds since this progress display was created."""
        return time.perf_counter() - self._started

    def _write(self, line: str) -> None:
        if self.stream is not None:
            print(line, file=self.stream, flush=True)
