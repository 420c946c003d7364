"""Item statistics from real classes: `matte stats --items` and the report's marks, on a hand-made class.

The expected figures are computed here from the answer grid with the textbook point-biserial formula
r = (M1 - M0) / s * sqrt(p * q), not with the Pearson correlation the code uses.
"""

import json
import math
from datetime import UTC, datetime

from test_report_cmd import matte

from bot.features.class_report import report_html
from bot.features.class_summary import summarise
from bot.features.item_stats import ItemStats, Response, item_stats, pearson
from bot.storage import classroom
from bot.storage.classroom import FINISHED, ClassAnswer
from bot.storage.database import Store

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
# One row per player, strongest first; one column per question: 1 right, 0 wrong, "." no answer.
# Q1 nearly everyone gets (too easy), Q2 only the weakest get (too hard, and misleading),
# Q3 the strong half gets (discriminates well), Q4 is ordinary. p13 joined late: Q1 only.
GRID = [
    "1011",
    "1011",
    "1011",
    "1011",
    "1011",
    "1011",
    "1001",
    "1000",
    "1100",
    "1100",
    "1100",
    "0000",
    "1...",
]
FEW = ["1", "0", "1"]  # a second session: three answers to one question


def new_session(db, items: list[str]):
    return classroom.create(
        db,
        platform="test",
        chat_id="-1",
        instructor_id="t",
        title="小学生",
        deck="",
        level="小学生",
        region="",
        items=items,
        seconds=20,
        speed_bonus=True,
        teams=0,
        status=FINISHED,
        current=len(items),
        attempt=0,
        ends_at=NOW.isoformat(),
        remaining=0.0,
        created_at=NOW.isoformat(),
        ended_at=NOW.isoformat(),
    )


def answer(db, session, user: str, number: int, right: bool, bank) -> None:
    item = bank.items[session.items[number - 1]]
    choice = item.answer_index if right else (item.answer_index + 1) % len(item.choices)
    classroom.join(db, session.id, user, "", 0, NOW)
    classroom.record(db, session.id, ClassAnswer(number, user, choice, right, 3000, 1000 * right), NOW)


def fill(db_path, bank) -> tuple[list[str], str]:
    kids = sorted(i.id for i in bank.items.values() if i.deck == "kids" and i.marked_ja)
    items, few_item = kids[:4], kids[4]
    store = Store(db_path)
    class_one = new_session(store.db, items)
    for p, row in enumerate(GRID):
        for number, mark in enumerate(row, start=1):
            if mark != ".":
                answer(store.db, class_one, f"p{p}", number, mark == "1", bank)
    class_two = new_session(store.db, [few_item])
    for p, mark in enumerate(FEW):
        answer(store.db, class_two, f"q{p}", 1, mark == "1", bank)
    store.close()
    return items, few_item


def expected(column: int) -> tuple[int, float, float]:
    """(answered, share right, point-biserial against the share right on the other questions)."""
    rows = [row for row in GRID if row[column] != "."]
    right = [row[column] == "1" for row in rows]
    rest = {}
    for i, row in enumerate(rows):
        others = [m for j, m in enumerate(row) if j != column and m != "."]
        if others:
            rest[i] = others.count("1") / len(others)
    m1 = [rest[i] for i in rest if right[i]]
    m0 = [rest[i] for i in rest if not right[i]]
    values = list(rest.values())
    mean = sum(values) / len(values)
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    p = len(m1) / len(values)
    r = (sum(m1) / len(m1) - sum(m0) / len(m0)) / sd * math.sqrt(p * (1 - p))
    return len(rows), sum(right) / len(rows), r


def test_stats_items_match_the_hand_computed_figures(db_path, bank) -> None:
    items, few_item = fill(db_path, bank)
    result = matte("stats", "--items", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    rows = {row["id"]: row for row in data["items"]}
    assert data["sessions"] == 2 and set(rows) == {*items, few_item}
    for column, item in enumerate(items):
        answered, share, r = expected(column)
        assert rows[item]["answered"] == answered
        assert rows[item]["accuracy"] == round(share, 4)
        assert abs(rows[item]["discrimination"] - r) < 1e-3
        assert rows[item]["few"] is False
    assert rows[items[0]]["flags"] == ["too-easy"]
    assert rows[items[1]]["flags"] == ["too-hard", "misleading"]
    assert rows[items[1]]["discrimination"] < 0 < rows[items[2]]["discrimination"]
    assert rows[items[2]]["flags"] == rows[items[3]]["flags"] == []
    assert rows[few_item] == {**rows[few_item], "answered": 3, "few": True, "flags": []}

    text = matte("stats", "--items", db=db_path).stdout
    lines = text.splitlines()
    assert "point-biserial" in lines[0]
    assert any(line.startswith(few_item) and line.endswith("few") for line in lines)
    assert any(line.startswith(items[1]) and line.endswith("too-hard misleading") for line in lines)


def test_the_report_marks_easy_hard_and_misleading_questions_and_shows_ruby(db_path, bank) -> None:
    fill(db_path, bank)
    store = Store(db_path)
    session = classroom.get(store.db, 1)
    players, answers = classroom.players(store.db, 1), classroom.answers(store.db, 1)
    store.close()
    summary = summarise(bank, session.items, session.current, players, answers, "ja")
    assert [q.flags for q in summary.questions] == [("too-easy",), ("too-hard", "misleading"), (), ()]
    assert abs(summary.questions[2].discrimination - expected(2)[2]) < 1e-9
    html = report_html(bank, session, summary, "ja")
    review = html.split("見直したい問題")[1].split("<h2>")[0]
    assert review.count("<tr>") == 3  # the header and Q1, Q2
    assert "易しすぎ" in review and "難しすぎ" in review and "誤解を招く" in review
    assert "<ruby>" in html and "<rt>" in html and "{" not in html.split("<body>")[1]
    english = report_html(bank, session, summarise(bank, session.items, 4, players, answers, "en"), "en")
    assert "too easy" in english and "<ruby>" not in english


def test_no_discrimination_where_nothing_varies() -> None:
    assert pearson([(1.0, 0.5), (1.0, 0.7)]) is None
    assert pearson([(1.0, 0.5), (0.0, 0.5)]) is None
    everyone_right = [Response(1, f"p{i}", "x", True) for i in range(12)]
    assert item_stats(everyone_right)["x"].discrimination is None
    assert ItemStats("x", 9, 0, -0.5).flags == ()
