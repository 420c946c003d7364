"""`matte check --image FILE [--json]` and `--jsonl` lines with {"image": PATH}, on the real pictures."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from bot.commands import check_cmd
from classifier.testing import write_tiny_csv
from classifier.train import train
from tests.picture_files import PICTURES

FLYER_URL = "https://mynumber-card.go.jp.kyufu-shinsei.top/apply"


def run(argv: list[str], stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    root = argparse.ArgumentParser(prog="matte")
    check_cmd.register(root.add_subparsers(dest="command"))
    args = root.parse_args(argv)
    return int(args.func(args))


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("model")
    train([write_tiny_csv(folder / "tiny.csv")], folder / "tiny.skops", seed=1)
    return folder / "tiny.skops"


def test_image_json_has_text_codes_score_cues_and_links(
    model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["check", "--json", "--model", str(model), "--image", str(PICTURES / "qr_flyer.png")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["image"].endswith("qr_flyer.png") and "マイナポイント" in result["text"]
    assert result["codes"] == [{"kind": "QRCode", "text": FLYER_URL}]
    assert {"score", "suspicious", "cues", "matches", "links"} <= set(result)
    [link] = result["links"]
    assert link["destination"] == "kyufu-shinsei.top" and "government_lookalike" in link["reasons"]


def test_image_readable_output_quotes_what_was_read(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--model", str(model), "--image", str(PICTURES / "line_scam.png")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("画像から読み取った文字") and "拡散希望" in out and "スコア score" in out


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bomb_20000x20000.png", "pixels"),
        ("truncated.jpg", "damaged or cut short"),
        ("renamed_pdf.png", "not a picture"),
        ("empty.png", "empty"),
        ("missing.png", "cannot open the file"),
    ],
)
def test_an_unreadable_file_is_one_line_and_exit_1(
    model: Path, capsys: pytest.CaptureFixture[str], name: str, words: str
) -> None:
    assert run(["check", "--model", str(model), "--image", str(PICTURES / name)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and words in captured.err


def test_text_and_image_together_is_a_usage_error(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--model", str(model), "--image", str(PICTURES / "qr_flyer.png"), "text"]) == 2


def test_jsonl_mixes_text_and_image_lines(
    model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"id": 1, "image": str(PICTURES / "qr_flyer.png")},
        {"id": 2, "text": "また明日ね"},
        {"id": 3, "image": str(PICTURES / "renamed_pdf.png")},
        {"id": 4, "image": 5},
    ]
    stdin = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    assert run(["check", "--jsonl", "--model", str(model)], stdin, monkeypatch) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in out] == [1, 2, 3, 4]
    assert out[0]["codes"][0]["text"] == FLYER_URL and "score" in out[0]
    assert "image" not in out[1] and "score" in out[1]
    assert out[2]["problem"] == "not_an_image" and "not a picture" in out[2]["error"]
    assert "score" not in out[2]
    assert out[3] == {"id": 4, "error": '"image" must be a file path'}


def test_a_huge_file_is_refused_without_reading_it_all(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as file:
        file.truncate(4 * 1024**3)  # 4 GB, sparse: reading it all would take the machine's memory
    assert run(["check", "--model", str(model), "--image", str(huge)]) == 1
    assert "over 20 MB" in capsys.readouterr().err
