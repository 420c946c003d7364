"""Test helpers that ship with the package: a fake `Scorer` and a tiny labelled data set.

The bot's tests inject `FakeScorer` instead of loading a model; the classifier's own tests train on
`tiny_rows()` in well under a second.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from classifier.result import CheckResult

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
    """A `Scorer` that returns canned results: `results[text]` or the default for anything else."""

    def __init__(
        self, results: Mapping[str, CheckResult] | None = None, default: CheckResult | None = None
    ) -> None:
        self.results = dict(results or {})
        self.default = default or CheckResult(0.0, False, (), ())
        self.seen: list[str] = []

    def score(self, text: str) -> CheckResult:
        """The canned result for `text`, remembering that it was asked."""
        self.seen.append(text)
        return self.results.get(text, self.default)
