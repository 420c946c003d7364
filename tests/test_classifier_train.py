"""Training helpers: file balancing, metrics, threshold choice, data reading and the model card."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest

import classifier.train as train_module
from classifier.card import render_card
from classifier.dataset import DataError, file_sha256, read_datasets
from classifier.evaluate import best_f1_threshold, compute_metrics, format_metrics
from classifier.testing import tiny_rows, write_tiny_csv
from classifier.train import copy_file_factor, copy_groups, file_balancing_weights, train


def test_file_balancing_gives_each_file_the_same_total_weight() -> None:
    weights = file_balancing_weights({"big.csv": (300, 10), "small.csv": (100, 50)})
    assert weights.shape == (400,)
    assert weights[:300].sum() == pytest.approx(weights[300:].sum())
    assert weights.mean() == pytest.approx(1.0)


def test_metrics_match_hand_computed_values() -> None:
    metrics = compute_metrics([0, 0, 1, 1], [0.1, 0.6, 0.4, 0.9], threshold=0.5)
    assert metrics.confusion == ((1, 1), (1, 1))
    assert (metrics.precision, metrics.recall, metrics.f1) == (0.5, 0.5, 0.5)
    assert metrics.roc_auc == pytest.approx(0.75)
    assert compute_metrics([1, 1], [0.2, 0.9], 0.5).roc_auc is None
    report = format_metrics(metrics, "toy")
    assert "weighted F1  0.5000" in report and "ROC-AUC      0.7500" in report


def test_best_f1_threshold_separates_perfectly_separable_scores() -> None:
    threshold = best_f1_threshold([0, 0, 0, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.8])
    assert 0.3 < threshold <= 0.7
    assert compute_metrics([0, 0, 0, 1, 1], [0.1, 0.2, 0.3, 0.7, 0.8], threshold).f1 == 1.0


def test_the_plateau_cut_off_is_the_middle_of_the_near_best_range() -> None:
    # F1 at the cut-offs 0.1, 0.3, 0.5, 0.7, 0.9: 0.89, 1.0, 0.86, 0.67, 0.4.
    labels, scores = [0, 1, 1, 1, 1], [0.1, 0.3, 0.5, 0.7, 0.9]
    assert best_f1_threshold(labels, scores) == 0.3
    assert best_f1_threshold(labels, scores, plateau=0.15) == 0.3  # 0.1, 0.3, 0.5 count
    # 0.1 to 0.7 count: the middle of their range, not the median cut-off 0.5
    assert best_f1_threshold(labels, scores, plateau=0.35) == pytest.approx(0.4)


def test_a_copy_shares_its_originals_group_and_every_other_row_has_its_own() -> None:
    texts = ["還付金があります", "またね", "かんぷきんがあります", "のこったこぴー"]
    groups = copy_groups(texts, ["", "", "還付金があります", "消えた元の文"])
    assert groups.tolist() == [0, 1, 0, 3]


def test_a_copy_of_a_copy_goes_with_the_first_message() -> None:
    texts = ["還付金があります", "還付金がございます", "かんぷきんがございます", "ループ甲", "ループ乙"]
    copy_of = ["", "還付金があります", "還付金がございます", "ループ乙", "ループ甲"]
    groups = copy_groups(texts, copy_of)
    assert groups.tolist()[:3] == [0, 0, 0]
    assert groups[3] == groups[4]  # copies naming each other end in one group, without looping


def test_read_datasets_keeps_the_copy_of_column(tmp_path: Path) -> None:
    path = tmp_path / "copies.csv"
    path.write_text("text,label,category,copy_of\nかんぷきん,1,h,還付金\nまたね,0,p,\n", encoding="utf-8")
    assert read_datasets([path]).copy_of == ["還付金", ""]
    assert read_datasets([write_tiny_csv(tmp_path / "a.csv")]).copy_of[0] == ""


def test_read_datasets_counts_rows_and_fingerprints_files(tmp_path: Path) -> None:
    first = write_tiny_csv(tmp_path / "a.csv")
    second = tmp_path / "b.csv"
    second.write_text("\ufefftext,label,category\n至急連絡ください,1,x\nまたね,0,y\n", encoding="utf-8")
    data = read_datasets([first, second])
    assert data.rows_per_file["b.csv"] == (2, 1)
    assert data.texts[-2:] == ["至急連絡ください", "またね"]
    assert data.sha256_per_file["b.csv"] == file_sha256(second)
    with pytest.raises(DataError, match="not UTF-8"):
        (tmp_path / "sjis.csv").write_bytes("text,label\n至急,1\n".encode("shift_jis"))
        read_datasets([tmp_path / "sjis.csv"])


def test_training_needs_both_labels(tmp_path: Path) -> None:
    only_ones = tmp_path / "ones.csv"
    only_ones.write_text("text,label\n" + "".join(f"至急{i},1\n" for i in range(10)), encoding="utf-8")
    with pytest.raises(DataError, match="at least 5 rows of each label"):
        train([only_ones], tmp_path / "m.skops")


def test_balanced_training_is_recorded_in_metadata_and_card(tmp_path: Path) -> None:
    report = train([write_tiny_csv(tmp_path / "sms_en.csv")], tmp_path / "m.skops", balance_files=True)
    card = report.files.card.read_text(encoding="utf-8")
    assert "same total sample weight" in card
    assert "grammar-only model" in card
    assert "CC BY 4.0" in card and "Almeida" in card
    assert np.isfinite(report.threshold) and 0 < report.threshold < 1


def test_repeated_cross_validation_takes_the_mean_of_each_shuffles_cut_off(tmp_path: Path) -> None:
    report = train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "m.skops", seed=3, cv_repeats=3)
    metadata = json.loads(report.files.metadata.read_text(encoding="utf-8"))
    shuffles = metadata["thresholds_per_shuffle"]
    assert metadata["cv_repeats"] == 3 and len(shuffles) == 3
    for language, cut in metadata["thresholds_per_language"].items():
        assert cut == pytest.approx(np.mean([each[language] for each in shuffles]), abs=1e-4)
    assert "averaged over 3 shuffles" in report.files.card.read_text(encoding="utf-8")
    assert len({json.dumps(each, sort_keys=True) for each in shuffles}) > 1


def test_cross_validation_runs_at_least_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cv_repeats"):
        train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "m.skops", cv_repeats=0)


def spy_on_cross_validation_weights(monkeypatch: pytest.MonkeyPatch) -> dict[str, np.ndarray]:
    """Record (under "weights") the sample weights `train` cross-validates with, passing them through."""
    seen: dict[str, np.ndarray] = {}
    scores = train_module.cross_validated_scores

    def spy(
        texts: list[str], labels: np.ndarray, groups: np.ndarray, weights: np.ndarray, *rest: object
    ) -> np.ndarray:
        seen["weights"] = weights.copy()
        return scores(texts, labels, groups, weights, *rest)  # type: ignore[arg-type]  # passed through unchanged

    monkeypatch.setattr(train_module, "cross_validated_scores", spy)
    return seen


def test_training_weighs_the_japanese_rows_by_the_grammar_factor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spy_on_cross_validation_weights(monkeypatch)

    def factor(
        texts: list[str], labels: np.ndarray, groups: np.ndarray, rows: np.ndarray, *_: object
    ) -> np.ndarray:
        seen["rows"] = rows.copy()
        return np.where(rows, 0.2 + np.arange(len(texts)) / len(texts), 1.0)

    monkeypatch.setattr(train_module, "grammar_bias_weights", factor)
    train([write_tiny_csv(tmp_path / "tiny.csv")], tmp_path / "m.skops", seed=1)
    japanese, weights = seen["rows"], seen["weights"]
    assert 0 < japanese.sum() < len(japanese)
    expected = factor([""] * len(weights), np.zeros(0), np.zeros(0), japanese)
    assert weights == pytest.approx(expected * len(weights) / expected.sum())


def test_only_a_file_made_entirely_of_copies_is_scaled() -> None:
    files = {"written.csv": (3, 1), "twins.csv": (2, 1), "copies.csv": (2, 1)}
    copy_of = ["", "", "", "a", "", "a", "b"]
    assert copy_file_factor(files, copy_of, 0.3).tolist() == [1, 1, 1, 1, 1, 0.3, 0.3]


def test_a_file_of_copies_counts_its_share_of_a_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = write_tiny_csv(tmp_path / "written.csv")
    copies = tmp_path / "copies.csv"
    with copies.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["text", "label", "copy_of"])
        writer.writerows([f"{text} (copy)", label, text] for text, label in tiny_rows())
    seen = spy_on_cross_validation_weights(monkeypatch)
    report = train([written, copies], tmp_path / "m.skops", balance_files=True)
    rows = len(tiny_rows())
    weights = seen["weights"]
    assert weights[rows:].sum() == pytest.approx(0.3 * weights[:rows].sum())
    assert "counts 0.3 of a written file" in report.files.card.read_text(encoding="utf-8")


def test_card_for_unknown_data_says_licence_not_recorded() -> None:
    metrics = compute_metrics([0, 1], [0.2, 0.8], 0.5).as_dict()
    card = render_card(
        {
            "name": "x",
            "data_files": {"mine.csv": [2, 1]},
            "seed": 0,
            "train_seconds": 1.0,
            "params": {"C": 1.0},
            "threshold": 0.5,
            "cv_folds": 5,
            "cv_metrics": metrics,
            "cv_metrics_at_half": metrics,
            "sklearn_version": "1.9.1",
            "skops_version": "0.16.0",
        }
    )
    assert "licence not recorded" in card and "## Limits" in card and "## Intended use" in card
