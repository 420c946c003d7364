"""Measuring a model: the figures printed by `matte classifier eval` and written into model cards.

Weighted F1 is reported because it is the figure published for CONSTRAINT; precision, recall and the
confusion matrix say what kind of mistakes the bot would make; ROC-AUC judges the score independently of
the threshold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from numpy.typing import ArrayLike
from sklearn.metrics import (
    confusion_matrix,
    f1_score,
    precision_recall_curve,
    precision_score,
    recall_score,
    roc_auc_score,
)

from classifier.checker import Checker
from classifier.dataset import read_datasets
from classifier.model_io import load_model


@dataclass(frozen=True, slots=True)
class Metrics:
    """Binary metrics at one threshold; positive class = suspicious (1)."""

    n: int
    threshold: float
    precision: float
    recall: float
    f1: float
    weighted_f1: float
    roc_auc: float | None
    confusion: tuple[tuple[int, int], tuple[int, int]]

    def as_dict(self) -> dict[str, object]:
        """Rounded, JSON-ready figures."""
        return {
            "n": self.n,
            "threshold": round(self.threshold, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "weighted_f1": round(self.weighted_f1, 4),
            "roc_auc": None if self.roc_auc is None else round(self.roc_auc, 4),
            "confusion_matrix": [list(row) for row in self.confusion],
        }


def compute_metrics(labels: ArrayLike, scores: ArrayLike, threshold: float) -> Metrics:
    """Metrics for predicting 1 when score >= threshold."""
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    predicted = (s >= threshold).astype(int)
    (tn, fp), (fn, tp) = confusion_matrix(y, predicted, labels=[0, 1]).tolist()
    roc_auc = float(roc_auc_score(y, s)) if len(set(y.tolist())) == 2 else None
    return Metrics(
        n=len(y),
        threshold=threshold,
        precision=float(precision_score(y, predicted, zero_division=0)),
        recall=float(recall_score(y, predicted, zero_division=0)),
        f1=float(f1_score(y, predicted, zero_division=0)),
        weighted_f1=float(f1_score(y, predicted, average="weighted", zero_division=0)),
        roc_auc=roc_auc,
        confusion=((tn, fp), (fn, tp)),
    )


def best_f1_threshold(labels: Sequence[int], scores: Sequence[float], plateau: float = 0.0) -> float:
    """The score cut-off with the highest F1 on (out-of-fold) scores; ties go to the stricter cut-off.

    With `plateau`, the middle of the range of cut-offs whose F1 is within `plateau` of the best. Near its
    top the F1 curve is flat, so its single highest point jumps with a few training rows (0.437 and 0.381
    for two builds 61 rows apart); the middle of the flat top does not. The middle is taken by value, not
    by count: the cut-offs crowd where many scores lie, and the median one followed the crowd (the
    Japanese cut-off fell from 0.41 to 0.38 when 1,000 rows were added, and relatives' warnings flagged
    rose from 9% to 13% on two development sets; by value it read 0.40).
    """
    precision, recall, thresholds = precision_recall_curve(
        np.asarray(labels), np.asarray(scores, dtype=float)
    )
    f1 = np.divide(
        2 * precision * recall, precision + recall, out=np.zeros_like(precision), where=precision + recall > 0
    )[:-1]
    near = np.flatnonzero(f1 >= f1.max() - plateau)
    return float((thresholds[near[0]] + thresholds[near[-1]]) / 2 if plateau else thresholds[near[-1]])


def format_metrics(metrics: Metrics, title: str) -> str:
    """A readable block: the figures and the confusion matrix."""
    (tn, fp), (fn, tp) = metrics.confusion
    auc = "n/a (one class only)" if metrics.roc_auc is None else f"{metrics.roc_auc:.4f}"
    width = max(len(str(value)) for value in (tn, fp, fn, tp, "ordinary"))
    return "\n".join(
        [
            f"{title}: {metrics.n} messages, threshold {metrics.threshold:.3f}",
            f"  precision    {metrics.precision:.4f}",
            f"  recall       {metrics.recall:.4f}",
            f"  F1           {metrics.f1:.4f}",
            f"  weighted F1  {metrics.weighted_f1:.4f}",
            f"  ROC-AUC      {auc}",
            "  confusion matrix (rows: true, columns: predicted)",
            f"  {'':<12}{'ordinary':>{width}}  {'suspicious':>{width}}",
            f"  {'ordinary':<12}{tn:>{width}}  {fp:>{width}}",
            f"  {'suspicious':<12}{fn:>{width}}  {tp:>{width}}",
        ]
    )


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    """How one category of an evaluation file fared.

    A category with one label only is measured against every row of the other label in the file (a
    category of scam warnings against all the scams): that is what its AUC and F1 mean then.
    """

    name: str
    n: int
    suspicious: int
    flagged: int
    flagged_with_signs: int
    roc_auc: float | None
    f1: float

    @property
    def flagged_rate(self) -> float:
        """Share of the category's messages over the threshold (false-alarm rate of an ordinary one)."""
        return self.flagged / self.n if self.n else 0.0

    @property
    def flagged_with_signs_rate(self) -> float:
        """Share the bot flags: over the threshold, not an alert relay or scam warning (always with a
        sign named)."""
        return self.flagged_with_signs / self.n if self.n else 0.0


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Overall metrics of the score, the same for what the bot flags, per category, and how many
    flagged replies would name no sign (the bot's rule is that there are none)."""

    metrics: Metrics
    with_signs: Metrics
    categories: tuple[CategoryFigures, ...]
    unnamed: int = 0


def category_figures(
    labels: ArrayLike,
    scores: ArrayLike,
    categories: Sequence[str],
    threshold: float,
    bot_flags: ArrayLike,
) -> tuple[CategoryFigures, ...]:
    """Per-category figures (see `CategoryFigures`), in order of first appearance.

    `bot_flags` says which messages the bot flags (`flagged_with_signs`): over the threshold and not
    recognised as an official alert relay or a scam warning.
    """
    y = np.asarray(labels)
    s = np.asarray(scores, dtype=float)
    flagged = s >= threshold
    with_signs = flagged & np.asarray(bot_flags, dtype=bool)
    names = np.asarray(categories, dtype=object)
    figures = []
    for name in dict.fromkeys(categories):
        rows = names == name
        if len(set(y[rows].tolist())) == 1:
            rows = rows | (y != y[rows][0])
        auc = float(roc_auc_score(y[rows], s[rows])) if len(set(y[rows].tolist())) == 2 else None
        own = names == name
        figures.append(
            CategoryFigures(
                name=str(name),
                n=int(own.sum()),
                suspicious=int(y[own].sum()),
                flagged=int(flagged[own].sum()),
                flagged_with_signs=int(with_signs[own].sum()),
                roc_auc=auc,
                f1=float(f1_score(y[rows], flagged[rows], zero_division=0)),
            )
        )
    return tuple(figures)


def format_categories(figures: Sequence[CategoryFigures]) -> str:
    """A table: per category, size, label mix, share flagged (model; bot), ROC-AUC and F1 (model)."""
    width = max([len("category"), *(len(f.name) for f in figures)])
    lines = [
        "per category (one-label categories measured against all rows of the other label; "
        "'flagged' = score over the threshold, 'bot' = flagged by the bot: over the threshold, not an alert "
        "relay or scam warning, a sign named):",
        f"  {'category':<{width}}  {'n':>4}  {'susp.':>5}  {'flagged':>7}  {'bot':>6}  "
        f"{'ROC-AUC':>7}  {'F1':>6}",
    ]
    for f in figures:
        auc = "n/a" if f.roc_auc is None else f"{f.roc_auc:.4f}"
        rate, bot = f"{f.flagged_rate:.1%}", f"{f.flagged_with_signs_rate:.1%}"
        lines.append(
            f"  {f.name:<{width}}  {f.n:>4}  {f.suspicious:>5}  {rate:>7}  {bot:>6}  {auc:>7}  {f.f1:>6.4f}"
        )
    return "\n".join(lines)


def evaluation_dict(evaluation: Evaluation, file: str) -> dict[str, object]:
    """JSON-ready figures of an evaluation, for model metadata and cards."""
    return {
        "file": file,
        "metrics": evaluation.metrics.as_dict(),
        "with_signs": evaluation.with_signs.as_dict(),
        "unnamed": evaluation.unnamed,
        "categories": [
            {
                "name": c.name,
                "n": c.n,
                "suspicious": c.suspicious,
                "flagged_rate": round(c.flagged_rate, 4),
                "flagged_with_signs_rate": round(c.flagged_with_signs_rate, 4),
                "roc_auc": None if c.roc_auc is None else round(c.roc_auc, 4),
                "f1": round(c.f1, 4),
            }
            for c in evaluation.categories
        ],
    }


def evaluate_files(model_path: str | Path, data_paths: Sequence[str | Path]) -> Evaluation:
    """Score labelled CSV files with a saved model at the threshold stored beside it.

    Rows without a `category` column count as category "(none)". The messages are checked the way the
    bot checks them (`Checker`, without a rumour bank), so `with_signs` measures what the bot flags: a
    score over the threshold in a message that is not an official alert relay or a scam warning.
    """
    model, metadata = load_model(model_path)
    data = read_datasets(data_paths)
    threshold = float(metadata.get("threshold", 0.5))
    results = Checker(model, threshold=threshold).score_many(data.texts)
    scores = np.array([result.score for result in results])
    bot_flags = np.array([result.suspicious for result in results])
    unnamed = sum(1 for result in results if result.suspicious and not (result.cues or result.matches))
    metrics = compute_metrics(data.labels, scores, threshold)
    gated = compute_metrics(data.labels, np.where(bot_flags, 1.0, 0.0), 0.5)
    gated = replace(gated, threshold=threshold, roc_auc=metrics.roc_auc)
    categories = category_figures(data.labels, scores, data.categories, threshold, bot_flags)
    return Evaluation(metrics, gated, categories, unnamed)
