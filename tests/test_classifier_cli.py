"""Command contracts of `matte check` and `matte classifier`, exercised through their own argparse
registration (no dependency on bot/cli.py)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import pytest

from bot.commands import check_cmd, classifier_cmd
from bot.services import shipped_scorer
from classifier.rumour_bank import shipped_records
from classifier.testing import write_tiny_csv
from classifier.train import train
from quizzes import load_bank

SCAM = "【拡散希望】医師の友人によると至急パスワードが必要らしい！！！ https://sagawa-ab.top/x"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="matte")
    subparsers = root.add_subparsers(dest="command")
    check_cmd.register(subparsers)
    classifier_cmd.register(subparsers)
    return root


def run(argv: list[str], stdin: str | bytes = "", monkeypatch: pytest.MonkeyPatch | None = None) -> int:
    if monkeypatch is not None:
        raw = stdin if isinstance(stdin, bytes) else stdin.encode("utf-8", "surrogatepass")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    args = parser().parse_args(argv)
    return args.func(args)


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("model")
    train([write_tiny_csv(folder / "tiny.csv")], folder / "tiny.skops", seed=1)
    return folder / "tiny.skops"


def test_check_json_shape(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--json", "--model", str(model), SCAM]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"score", "suspicious", "cues", "matches"} <= set(result)
    assert {"official_alert", "scam_warning", "links", "truncated"} <= set(result)
    assert 0 <= result["score"] <= 1 and isinstance(result["suspicious"], bool)
    names = {cue["name"] for cue in result["cues"]}
    assert {"spread_request", "urgency", "personal_data_request", "suspicious_link"} <= names
    for cue in result["cues"]:
        for span in cue["spans"]:
            assert set(span) == {"start", "end", "text"}
            assert SCAM[span["start"] : span["end"]] == span["text"]


def test_check_readable_output_is_japanese_first(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--model", str(model), SCAM]) == 0
    out = capsys.readouterr().out
    assert out.startswith("スコア score: ")
    assert "拡散・転送のお願い" in out and "「拡散希望」" in out
    assert "真偽の判定ではありません" in out


def test_check_reads_stdin_with_dash(
    model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (
        run(
            ["check", "--json", "--model", str(model), "-"],
            stdin="至急ご確認ください",
            monkeypatch=monkeypatch,
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["cues"][0]["name"] == "urgency"


def test_check_jsonl_one_line_per_input_including_bad_lines(
    model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        json.dumps({"id": "a", "text": SCAM}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": 7, "text": 42}),
        "",
        json.dumps({"id": None, "text": "また明日ね"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
    ]
    code = run(
        ["check", "--jsonl", "--batch-size", "2", "--model", str(model)],
        stdin="\n".join(lines) + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in out] == ["a", None, 7, None, None]
    assert {"id", "score", "suspicious", "cues", "matches"} <= set(out[0])
    assert set(out[1]) == {"id", "error"} and "not JSON" in out[1]["error"]
    assert out[2] == {"id": 7, "error": '"text" must be a string'}
    assert "score" in out[3] and "error" in out[4]


def test_check_jsonl_survives_invalid_utf8_and_lone_surrogates(
    model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        b'{"id": 1, "text": "\\ud800 \xe8\x87\xb3\xe6\x80\xa5"}',
        b'{"id": 2, "text": "\xff\xfe broken"}',
        json.dumps({"id": 3, "text": "また明日ね"}).encode(),
    ]
    code = run(
        ["check", "--jsonl", "--model", str(model)], stdin=b"\n".join(lines) + b"\n", monkeypatch=monkeypatch
    )
    assert code == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["id"] for record in out] == [1, None, 3]
    assert out[0]["cues"][0]["spans"][0]["text"] == "至急"
    assert "not UTF-8" in out[1]["error"] and "score" in out[2]


def test_check_shows_the_real_destination_of_a_link(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--model", str(model), "確認 http://sagawa-exp.co.jp.delivery-check.com/"]) == 0
    assert "このリンクの本当の行き先は delivery-check.com です" in capsys.readouterr().out


def test_eval_prints_figures_per_category(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "eval.csv"
    data.write_text(
        "text,label,category\n"
        "至急！パスワードを入力してください https://x.top,1,smishing\n"
        "当選おめでとうございます！今すぐこちらへ,1,smishing\n"
        "明日は10時に駅前集合です,0,plain\n"
        "今日の夕飯はカレーでいいかな,0,plain\n",
        encoding="utf-8",
    )
    assert run(["classifier", "eval", "--model", str(model), "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "ROC-AUC" in out and "per category" in out
    rows = {
        line.split()[0]: line.split()
        for line in out.splitlines()
        if line.startswith("  smishing") or line.startswith("  plain")
    }
    assert rows["smishing"][1:3] == ["2", "2"] and rows["plain"][1:3] == ["2", "0"]


def test_check_without_text_is_a_usage_error(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "--model", str(model)]) == 2
    assert "give TEXT" in capsys.readouterr().err


def test_check_with_other_sklearn_model_prints_one_line(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "old.skops"
    copy.write_bytes(model.read_bytes())
    metadata = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
    metadata["sklearn_version"] = "0.23.0"
    copy.with_suffix(".json").write_text(json.dumps(metadata), encoding="utf-8")
    assert run(["check", "--model", str(copy), "hello"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "scikit-learn 0.23.0" in err and "Traceback" not in err


def test_check_tolerates_missing_quizzes_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "quizzes", None)
    assert len(check_cmd.load_rumours([])) == len(shipped_records())


def test_check_matches_the_shipped_rumour_bank_like_the_bot() -> None:
    message = "お湯を飲めばコロナウイルスは死ぬので予防になるらしい。みんなに教えてあげて"
    bot_matches = shipped_scorer(load_bank()).score(message).matches
    cli_matches = check_cmd.load_rumours([]).match(message)
    assert bot_matches and [m.rumour_id for m in cli_matches] == [m.rumour_id for m in bot_matches]


def test_side_by_side_loading_gives_the_same_checker_as_one_process() -> None:
    message = "お湯を飲めばコロナウイルスは死ぬので予防になるらしい。みんなに教えてあげて"
    alone = check_cmd.load_rumours([])
    checker = check_cmd.load_side_by_side(None, [], None)
    assert len(checker.rumours) == len(alone) > 300
    assert checker.score(message).matches == checker.rumours.match(message) == alone.match(message)


def test_a_bad_rumour_file_stops_jsonl_with_one_line_whoever_loads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "rumours.csv"
    bad.write_text("id,text\nr1,お湯でウイルスが死ぬ\n", encoding="utf-8")
    for workers in ("1", "2"):
        line = json.dumps({"id": 1, "text": SCAM})
        argv = ["check", "--jsonl", "--workers", workers, "--rumours", str(bad)]
        assert run(argv, stdin=line + "\n", monkeypatch=monkeypatch) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert (
            captured.err.count("\n") == 1
            and "missing column" in captured.err
            and "Traceback" not in captured.err
        )


def test_train_and_eval_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_tiny_csv(tmp_path / "tiny.csv")
    out = tmp_path / "models" / "m.skops"
    assert run(["classifier", "train", "--data", str(data), "--out", str(out), "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "[1/5] reading" in captured.err and "[5/5] saving" in captured.err
    assert "weighted F1" in captured.out
    assert out.is_file() and out.with_suffix(".json").is_file()
    card = out.with_suffix(".md").read_text(encoding="utf-8")
    assert "never decides whether a message is true" in card and "tiny.csv" in card
    assert json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["seed"] == 3

    assert run(["classifier", "eval", "--data", str(data), "--model", str(out)]) == 0
    report = capsys.readouterr().out
    for figure in ("precision", "recall", "F1", "weighted F1", "ROC-AUC", "confusion matrix"):
        assert figure in report


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("words,label\nhello,0\n", "bad.csv:1: missing column(s) text"),
        ("text,label\nhello,0\nbye,maybe\n", "bad.csv:3: label must be 0 or 1, got 'maybe'"),
        ("text,label\n,1\n", "bad.csv:2: text is empty"),
    ],
)
def test_bad_csv_gives_clear_error_and_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    assert run(["classifier", "train", "--data", str(bad), "--out", str(tmp_path / "m.skops")]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "m.skops").exists()
    assert run(["classifier", "eval", "--data", str(bad), "--model", str(tmp_path / "m.skops")]) == 1


def test_csv_with_bom_and_extra_columns_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_tiny_csv(tmp_path / "tiny.csv")
    lines = data.read_text(encoding="utf-8").splitlines()
    rows = ["text,label,note", *(f"{line},extra" for line in lines[1:])]
    with_bom = tmp_path / "bom.csv"
    with_bom.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    assert run(["classifier", "train", "--data", str(with_bom), "--out", str(tmp_path / "b.skops")]) == 0


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["check", "--help"], "--jsonl"),
        (["classifier", "--help"], "train"),
        (["classifier", "train", "--help"], "model card"),
        (["classifier", "eval", "--help"], "confusion matrix"),
    ],
)
def test_help_on_every_level(argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parser().parse_args(argv)
    assert exit_info.value.code == 0
    assert expected in capsys.readouterr().out


def test_an_official_alert_is_not_told_to_wait_before_sharing(capsys: pytest.CaptureFixture[str]) -> None:
    alert = "【気象庁】大雨特別警報が発表されました。ただちに命を守る行動をとってください。"
    assert run(["check", alert]) == 0
    out = capsys.readouterr().out
    assert "公式の知らせを伝えるメッセージ" in out
    assert "確かめてから共有" not in out and "before you share" not in out


def test_a_warning_the_model_is_sure_of_is_called_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """The model scores it high (it names a scam's words); the first line must not read as a verdict."""
    assert run(["check", "カードは人に渡さない、暗証番号は言わない。これだけ覚えといて"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "read as a warning or a notice" in first and "few warning signs" not in first


def test_link_reasons_are_named_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", "再配達はこちら https://yamato-redelivery.example/"]) == 0
    out = capsys.readouterr().out
    assert "会社やお店の名前をまねた住所 (imitates a company or shop name)" in out
    assert "brand_lookalike" not in out
