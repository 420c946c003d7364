"""What a check returns, and the one protocol the bot depends on.

Plain frozen dataclasses so the bot can compare results in tests and inject a fake `Scorer` without
loading a model; `to_json` fixes the shape that `matte check --json` and `--jsonl` print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Span:
    """Characters [start, end) of the original message, and the text found there."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Cue:
    """One warning sign (see `classifier.cues.CUE_NAMES`) and every place it was found."""

    name: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """An already-checked rumour that the message resembles, with its explanation and who checked it."""

    rumour_id: str
    similarity: float
    title_ja: str
    title_en: str
    explanation_ja: str
    explanation_en: str
    source: str


@dataclass(frozen=True, slots=True)
class Link:
    """A link in the message: where it is, the registrable domain it really opens, and what is wrong.

    `destination` is what a senior should read (`delivery-check.com`, not the `sagawa-exp.co.jp` in
    front of it); `reasons` name phishing tricks (see `classifier.links`); `official` marks a genuine
    public-office or brand domain written plainly.
    """

    span: Span
    destination: str
    reasons: tuple[str, ...]
    official: bool


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A calibrated warning-sign score (not a verdict on truth), the cues behind it and similar rumours.

    `suspicious` is a score over the threshold in a message that is neither an official alert relay nor
    a scam warning (`official_alert`, `scam_warning`: those get advice that fits them instead). A
    suspicious result always names a sign: a cue, a matching rumour, or at least the wording that raised
    the score (cue `wording`, see `classifier.evidence`), since a reply that says "there are warning
    signs" must say which. `truncated` is set when only the first `MAX_SCORED_CHARS`
    characters were checked.
    """

    score: float
    suspicious: bool
    cues: tuple[Cue, ...]
    matches: tuple[Match, ...]
    official_alert: bool = False
    scam_warning: bool = False
    links: tuple[Link, ...] = ()
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: score, suspicious, cues with spans, matches, then stance, links, truncated."""
        return {
            "score": round(self.score, 4),
            "suspicious": self.suspicious,
            "cues": [
                {
                    "name": cue.name,
                    "spans": [
                        {"start": span.start, "end": span.end, "text": span.text} for span in cue.spans
                    ],
                }
                for cue in self.cues
            ],
            "matches": [
                {
                    "rumour_id": match.rumour_id,
                    "similarity": round(match.similarity, 4),
                    "title_ja": match.title_ja,
                    "title_en": match.title_en,
                    "explanation_ja": match.explanation_ja,
                    "explanation_en": match.explanation_en,
                    "source": match.source,
                }
                for match in self.matches
            ],
            "official_alert": self.official_alert,
            "scam_warning": self.scam_warning,
            "links": [
                {
                    "start": link.span.start,
                    "end": link.span.end,
                    "text": link.span.text,
                    "destination": link.destination,
                    "reasons": list(link.reasons),
                    "official": link.official,
                }
                for link in self.links
            ],
            "truncated": self.truncated,
        }


MAX_SCORED_CHARS = 5000


class Scorer(Protocol):
    """Anything that can check messages; the bot needs nothing else from this package."""

    def score(self, text: str) -> CheckResult:
        """Check one message."""
        ...

    def score_many(self, texts: Sequence[str]) -> list[CheckResult]:
        """Check a batch at once, one result per text in order (a model vectorises them together)."""
        ...
