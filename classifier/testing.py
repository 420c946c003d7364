"""Test helpers that ship with the package: a fake `Scorer` and a tiny labelled data set.

The bot's tests inject `FakeScorer` (by default `rules_result`: the rules' signs, no model) instead of
loading a model; the classifier's own tests train on `tiny_rows()` in well under a second.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from classifier import cues
from classifier.result import MAX_SCORED_CHARS, CheckResult
from classifier.rumours import RumourIndex

_SUSPICIOUS = (
    "【拡散希望】医師の友人によると{x}でウイルスが消えるらしいです！！！みんなに教えて",
    "【{x}】お荷物をお届けしましたが不在でした。こちらで確認 https://{x}-delivery.top/a",
    "至急！{x}のアカウントが停止されます。24時間以内にパスワードを入力してください",
    "当選おめでとうございます！{x}万円が当たりました。受け取りは今すぐこちらへ",
    "URGENT! You have won a {x} prize. Call 09061701461 now to claim",
    "My doctor friend says {x} cures the virus. Share with everyone before it gets deleted!!!",
)
_ORDINARY = (
    "明日の{x}は10時に駅前集合です。雨なら中止にします",
    "今日の夕飯は{x}でいいかな？帰りに牛乳を買ってきて",
    "{x}の資料を共有フォルダに入れました。時間のあるときに見てください",
    "おつかれさま、{x}ありがとう。また来週ね",
    "Are we still meeting for {x} at six? I can bring snacks",
    "Thanks for the {x} yesterday, see you on Monday",
)
_FILLERS = ("カレー", "練習", "会議", "ヤマト", "garlic", "lunch", "レモン", "楽天", "pizza", "football")


def tiny_rows() -> list[tuple[str, int]]:
    """60 (text, label) rows, half suspicious, in Japanese and English."""
    rows = []
    for filler in _FILLERS:
        rows += [(template.format(x=filler), 1) for template in _SUSPICIOUS]
        rows += [(template.format(x=filler), 0) for template in _ORDINARY]
    return rows


def write_tiny_csv(path: Path) -> Path:
    """`tiny_rows()` as a text,label CSV at `path`."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label"])
        writer.writerows(tiny_rows())
    return path


class FakeScorer:
    """A `Scorer` whose results the test chooses: `results[text]`, else `default` (a result, or a rule).

    Bot tests use it so that what they assert does not move when the model is retrained; see
    `rules_result` for a default that still finds the signs and rumours a test message contains.
    """

    def __init__(
        self,
        results: Mapping[str, CheckResult] | None = None,
        default: CheckResult | Callable[[str], CheckResult] | None = None,
    ) -> None:
        self.results = dict(results or {})
        self.default = default or CheckResult(0.0, False, (), ())
        self.seen: list[str] = []

    def score(self, text: str) -> CheckResult:
        """The canned result for `text`, remembering that it was asked."""
        self.seen.append(text)
        if text in self.results:
            return self.results[text]
        return self.default(text) if callable(self.default) else self.default

    def score_many(self, texts: Sequence[str]) -> list[CheckResult]:
        """`score` for each text, in order."""
        return [self.score(text) for text in texts]


RULES_FLAGGED_SCORE = 0.9
RULES_CLEAR_SCORE = 0.1


def rules_result(text: str, rumours: RumourIndex | None = None) -> CheckResult:
    """A model-free check: the rules' signs, stance and links, and matching rumours in `rumours`.

    Flagged with `RULES_FLAGGED_SCORE` when there is a sign to name (as the real checker requires),
    otherwise `RULES_CLEAR_SCORE`: deterministic, so a test's expectation is about the bot, not the model.
    """
    reading = cues.read(text[:MAX_SCORED_CHARS])
    matches = rumours.match(text[:MAX_SCORED_CHARS]) if rumours is not None else ()
    flagged = bool(reading.cues or matches)
    return CheckResult(
        score=RULES_FLAGGED_SCORE if flagged else RULES_CLEAR_SCORE,
        suspicious=flagged,
        cues=reading.cues,
        matches=matches,
        official_alert=reading.official_alert,
        scam_warning=reading.scam_warning,
        links=reading.links,
        truncated=len(text) > MAX_SCORED_CHARS,
    )
