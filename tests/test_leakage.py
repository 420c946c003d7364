"""The blind evaluation sets stay blind: no training row nearly copies one of their messages."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from classifier.build_shipped import shipped_data_paths
from classifier.leakage import main, near_copies

ROOT = Path(__file__).resolve().parent.parent
EVAL_SETS = sorted((ROOT / "classifier" / "eval").glob("*.csv"))


def texts(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def test_near_copies_finds_a_reworded_copy_and_nothing_unrelated() -> None:
    evaluation = ["お荷物のお届けにあがりましたが不在のため持ち帰りました。こちらからご確認ください"]
    train = [
        "お荷物のお届けにあがりましたが、不在のため持ち帰りました。こちらからご確認を",
        "明日の練習は九時に駅の改札前に集合です。",
    ]
    assert near_copies(train, evaluation) == [0]


def test_near_copies_are_found_in_every_block_of_training_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("classifier.leakage.BLOCK_ROWS", 2)
    evaluation = ["還付金の手続きはこちらから今すぐお願いします"]
    train = [f"{n}日は晴れて、庭の花がよく咲いた。" for n in range(5)]
    train[3] = train[4] = "還付金の手続きはこちらから今すぐお願いします。"
    assert near_copies(train, evaluation) == [3, 4]


@cache
def evaluation_texts() -> tuple[str, ...]:
    return tuple(text for path in EVAL_SETS for text in texts(path))


# One test per training file, so parallel workers share the comparison (the slowest test in the suite).
@pytest.mark.parametrize("path", shipped_data_paths(), ids=lambda path: path.name)
def test_no_training_row_nearly_copies_an_evaluation_message(path: Path) -> None:
    assert len(EVAL_SETS) >= 2
    assert near_copies(texts(path), list(evaluation_texts())) == [], path.name


def test_drop_rewrites_the_training_file_without_them(tmp_path: Path) -> None:
    data, evaluation = tmp_path / "train.csv", tmp_path / "eval.csv"
    data.write_text(
        "text,label,category\n今日は晴れです,0,plain\n還付金の手続きはこちらから今すぐ,1,smishing\n", "utf-8"
    )
    evaluation.write_text("text,label\n還付金の手続きはこちらから今すぐ,1\n", "utf-8")
    assert main(["--data", str(data), "--eval", str(evaluation), "--drop"]) == 0
    assert texts(data) == ["今日は晴れです"]
    assert data.read_text("utf-8").splitlines()[0] == "text,label,category"
