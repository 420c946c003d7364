"""`matte instructors add|remove|list` on a real database file, and the storage it uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.storage import instructors
from bot.storage.database import Store

TEACHER = "U8189cf6745fc0d808977bdb0b9f22995"


@pytest.fixture(autouse=True)
def database(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MATTE_DB", str(db_path))
    return db_path


def enrolled(db_path: Path) -> list[tuple[str, str]]:
    store = Store(db_path)
    try:
        return [(i.platform, i.user_id) for i in instructors.all_instructors(store.db)]
    finally:
        store.close()


def test_add_list_and_remove(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["instructors", "add", "line", TEACHER]) == 0
    assert main(["instructors", "add", "LINE", TEACHER]) == 0
    assert enrolled(db_path) == [("line", TEACHER)]
    capsys.readouterr()
    assert main(["instructors", "list"]) == 0
    assert capsys.readouterr().out.startswith(f"line\t{TEACHER}\tsince ")
    assert main(["instructors", "remove", "line", TEACHER]) == 0
    assert enrolled(db_path) == []
    assert main(["instructors", "remove", "line", TEACHER]) == 1
    assert "was not an instructor" in capsys.readouterr().out
    assert main(["instructors", "list"]) == 0
    assert capsys.readouterr().out == "no instructors\n"


@pytest.mark.parametrize(
    ("platform", "user_id", "message"),
    [
        ("telegram", "12345", "only for line"),
        ("line", "U123", "is not a line user id"),
        ("line", TEACHER.upper(), "is not a line user id"),
        ("line", "C" + TEACHER[1:], "is not a line user id"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str], platform: str, user_id: str, message: str
) -> None:
    assert main(["instructors", "add", platform, user_id]) == 2
    assert message in capsys.readouterr().err
    assert enrolled(db_path) == []


def test_an_instructor_added_here_counts_in_a_line_group(db_path: Path) -> None:
    assert main(["instructors", "add", "line", TEACHER]) == 0
    store = Store(db_path)
    try:
        assert instructors.is_instructor(store.db, "line", TEACHER)
        assert not instructors.is_instructor(store.db, "telegram", TEACHER)
    finally:
        store.close()
