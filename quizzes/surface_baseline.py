"""How far surface cues alone get on the bank's judge items: a check that items need judgement.

If a logistic regression that sees only punctuation, buzzwords, links and length can tell
trustworthy posts from misleading ones, players learn the cues instead of checking sources
(misleading posts shout 拡散希望 and ｗ, trustworthy ones are calm 「（公式）」 notices). The
bank should keep this baseline at or below `CEILING` in stratified cross-validation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from quizzes.model import Item

CEILING = 0.65
FOLDS = 5
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
LINK = re.compile(
    r"(?:https?://|www\.)[^\s　」）]+|(?<![\w./])[a-z0-9.-]+\.(?:example|invalid|jp|com|net)\b", re.IGNORECASE
)


def _count(*words: str) -> Callable[[str], float]:
    return lambda text: float(sum(text.count(w) for w in words))


FEATURES: dict[str, Callable[[str], float]] = {
    "exclamation": _count("！", "!"),
    "question": _count("？", "?"),
    "spread": _count("拡散", "転送", "回して", "シェア"),
    "official": _count("公式"),
    "laugh": _count("ｗ", "草"),
    "urgent": _count("至急", "緊急", "速報", "警告", "今すぐ", "ただちに", "直ちに"),
    "deadline": _count("今だけ", "本日中", "今日中", "限定", "残りわずか"),
    "brackets": _count("【"),
    "link": lambda text: float(len(LINK.findall(text))),
    "emoji": lambda text: float(len(EMOJI.findall(text))),
    "length": lambda text: len(text) / 100,
}
ALARM = ("exclamation", "spread", "laugh", "urgent", "deadline", "emoji")


def features(text: str) -> list[float]:
    return [f(text) for f in FEATURES.values()]


def alarming(text: str) -> bool:
    """True if the post carries any cue read as alarm or hype (！, 拡散, 至急, 今だけ, ｗ, emoji)."""
    return any(FEATURES[name](text) > 0 for name in ALARM)


@dataclass(frozen=True)
class Baseline:
    accuracy: float  # mean stratified k-fold accuracy of the surface-cue model
    majority: float  # share of the larger verdict class: what always guessing it scores
    judge_items: int
    calm_misleading: float  # share of misleading posts with no alarm cue
    alarming_trustworthy: float  # share of trustworthy posts with at least one alarm cue


def measure(items: Iterable[Item], folds: int = FOLDS) -> Baseline:
    """Cross-validate the surface-cue model on the judge items (Japanese posts)."""
    judge = [i for i in items if i.kind == "judge"]
    x = np.array([features(i.post_ja) for i in judge])
    y = np.array([i.verdict == "misleading" for i in judge])
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    splits = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    accuracy = float(cross_val_score(model, x, y, cv=splits, scoring="accuracy").mean())
    misleading = [i for i in judge if i.verdict == "misleading"]
    trustworthy = [i for i in judge if i.verdict == "trustworthy"]
    return Baseline(
        accuracy=accuracy,
        majority=max(len(misleading), len(trustworthy)) / len(judge),
        judge_items=len(judge),
        calm_misleading=sum(not alarming(i.post_ja) for i in misleading) / len(misleading),
        alarming_trustworthy=sum(alarming(i.post_ja) for i in trustworthy) / len(trustworthy),
    )
