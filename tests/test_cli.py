"""The `matte` command as a person runs it: real subprocesses, real SQLite files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser


def matte(*args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=60,
    )


def test_scripted_console_prints_japanese_welcome_and_help(tmp_path: Path) -> None:
    result = matte("run", stdin="/start\n/help\n", env={"MATTE_DB": str(tmp_path / "m.db")})
    assert result.returncode == 0, result.stderr
    assert "こんにちは" in result.stdout and "/help … " in result.stdout
    assert result.stderr == ""


def test_default_database_is_in_the_working_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MATTE_DB"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="/start\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0 and (tmp_path / "matte.db").exists()


def test_corrupt_database_is_one_line_and_nonzero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("garbage" * 1000)
    result = matte("run", stdin="/start\n", env={"MATTE_DB": str(bad)})
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("matte: error:")
    assert bad.read_text() == "garbage" * 1000


def test_unwritable_database_is_one_line_and_nonzero(tmp_path: Path) -> None:
    result = matte("run", stdin="/start\n", env={"MATTE_DB": str(tmp_path / "missing-dir" / "m.db")})
    assert result.returncode != 0 and result.stderr.count("\n") == 1


def test_bad_setting_is_one_line_and_nonzero(tmp_path: Path) -> None:
    result = matte("run", stdin="", env={"MATTE_LANG": "xx", "MATTE_DB": str(tmp_path / "m.db")})
    assert result.returncode == 2 and "MATTE_LANG" in result.stderr and result.stderr.count("\n") == 1


def all_parsers(parser=None, path=()):
    parser = parser or build_parser()
    yield path, parser
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield from all_parsers(sub, (*path, name))


@pytest.mark.parametrize("path", [p for p, _ in all_parsers()], ids=lambda p: " ".join(p) or "matte")
def test_help_on_every_level(path: tuple[str, ...]) -> None:
    result = matte(*path, "--help")
    assert result.returncode == 0 and "usage: matte" in result.stdout


def test_db_migrate_lists_migrations(tmp_path: Path) -> None:
    result = matte("db", "migrate", env={"MATTE_DB": str(tmp_path / "m.db")})
    assert result.returncode == 0 and "m001_core" in result.stdout


def test_console_guided_check(tmp_path: Path) -> None:
    script = (
        "/forward\n【拡散希望】医師の友人によると今すぐ回して！ https://corona-info.top/x\n2\n"
        "/forward 明日は10時に駅前で会いましょう\n"
    )
    result = matte("run", stdin=script, env={"MATTE_DB": str(tmp_path / "m.db")})
    assert result.returncode == 0, result.stderr
    assert "気をつけたいサイン" in result.stdout and "[1] だれが発信した" in result.stdout
    assert "【出典はある？】" in result.stdout
    assert "見つかりませんでした" in result.stdout
    assert "https://corona-info.top" not in result.stdout


def test_console_quiz_progress_learn_course(tmp_path: Path) -> None:
    result = matte(
        "run",
        stdin="/start\n/quiz\n1\n/progress\n/learn\n1\n/course\n2\n",
        env={"MATTE_DB": str(tmp_path / "m.db")},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "問題 1" in out and ("正解" in out or "ちがいました" in out)
    assert "あなたの記録" in out and "レッスン一覧" in out and "1日目" in out


def test_check_ends_at_once_with_every_line_written_and_its_exit_code(tmp_path: Path) -> None:
    """`matte check` skips the interpreter's teardown (`main(quick_exit=True)`); nothing may be lost."""
    lines = "".join(f'{{"id": {n}, "text": "至急ご確認ください {n}"}}\n' for n in range(3000))
    done = matte("check", "--jsonl", "--workers", "1", stdin=lines, cwd=tmp_path)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3000
    assert done.stdout.splitlines()[-1].startswith('{"id": 2999, ')
    missing = matte("check", "--jsonl", "--model", str(tmp_path / "none.skops"), stdin=lines, cwd=tmp_path)
    assert missing.returncode == 1 and "matte check: error:" in missing.stderr
