"""Answers and spaced repetition (Leitner boxes) per user and item, and lesson progress.

Answers keep item ids only; techniques and verdicts are looked up in the bank when figures are
computed, so fixing a tag in a deck fixes everyone's progress too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from bot.storage.timestamps import iso

TOP_BOX = 5
INTERVALS = {
    1: timedelta(0),
    2: timedelta(days=1),
    3: timedelta(days=3),
    4: timedelta(days=7),
    5: timedelta(days=21),
}


@dataclass(frozen=True)
class Answer:
    item_id: str
    choice: str
    correct: bool
    mode: str


@dataclass(frozen=True)
class Box:
    box: int
    due_at: str


def record_answer(
    db: Database, platform: str, user_id: str, answer: Answer, now: datetime, *, spaced: bool = True
) -> None:
    """Store the answer and move the item between boxes: a miss goes back to box 1 (due now)."""
    db.execute(
        "INSERT INTO answers (platform, user_id, item_id, choice, correct, mode, answered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [platform, user_id, answer.item_id, answer.choice, int(answer.correct), answer.mode, iso(now)],
    )
    if not spaced:
        return
    current = boxes(db, platform, user_id).get(answer.item_id)
    box = min((current.box if current else 1) + 1, TOP_BOX) if answer.correct else 1
    db.table("item_boxes").upsert(
        {
            "platform": platform,
            "user_id": user_id,
            "item_id": answer.item_id,
            "box": box,
            "due_at": iso(now + INTERVALS[box]),
        },
        pk=("platform", "user_id", "item_id"),
    )


def boxes(db: Database, platform: str, user_id: str) -> dict[str, Box]:
    rows = db.execute(
        "SELECT item_id, box, due_at FROM item_boxes WHERE platform = ? AND user_id = ?", [platform, user_id]
    ).fetchall()
    return {item_id: Box(box, due_at) for item_id, box, due_at in rows}


def answers(db: Database, platform: str, user_id: str) -> list[Answer]:
    rows = db.execute(
        "SELECT item_id, choice, correct, mode FROM answers WHERE platform = ? AND user_id = ? ORDER BY id",
        [platform, user_id],
    ).fetchall()
    return [Answer(item_id, choice, bool(correct), mode) for item_id, choice, correct, mode in rows]


def lesson_status(db: Database, platform: str, user_id: str) -> dict[str, str]:
    rows = db.execute(
        "SELECT lesson_id, status FROM lesson_progress WHERE platform = ? AND user_id = ?",
        [platform, user_id],
    ).fetchall()
    return dict(rows)


def set_lesson_status(
    db: Database, platform: str, user_id: str, lesson_id: str, status: str, now: datetime
) -> None:
    """`started` or `done`; a lesson once done stays done when it is taken again."""
    if status == "started" and lesson_status(db, platform, user_id).get(lesson_id) == "done":
        return
    db.table("lesson_progress").upsert(
        {
            "platform": platform,
            "user_id": user_id,
            "lesson_id": lesson_id,
            "status": status,
            "updated_at": iso(now),
        },
        pk=("platform", "user_id", "lesson_id"),
    )
