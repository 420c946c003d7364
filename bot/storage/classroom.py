"""Class quiz sessions: the session, its players, its questions and every answer.

An answer's primary key is (session, question, user), so an answer delivered twice, or given twice,
is counted once, also across a restart. Pupils are kept by platform id only inside their session;
reports show numbered labels, or nicknames for those who opted in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from bot.storage.timestamps import iso

RUNNING, PAUSED, FINISHED, STOPPED = "running", "paused", "finished", "stopped"
LIVE = (RUNNING, PAUSED)


@dataclass(frozen=True)
class Session:
    id: int
    platform: str
    chat_id: str
    instructor_id: str
    title: str
    deck: str
    level: str
    region: str
    items: tuple[str, ...]
    seconds: int
    speed_bonus: bool
    teams: int
    status: str
    current: int
    attempt: int
    ends_at: str
    remaining: float
    created_at: str
    ended_at: str


@dataclass(frozen=True)
class Player:
    user_id: str
    number: int
    nickname: str
    team: int


@dataclass(frozen=True)
class ClassAnswer:
    number: int
    user_id: str
    choice: int
    correct: bool
    elapsed_ms: int
    points: int


def create(db: Database, **values: Any) -> Session:
    values = {**values, "items": json.dumps(list(values["items"])), "speed_bonus": int(values["speed_bonus"])}
    cursor = db.execute(
        f"INSERT INTO class_sessions ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    session = get(db, int(cursor.lastrowid or 0))
    assert session is not None
    return session


def get(db: Database, session_id: int) -> Session | None:
    rows = list(db.table("class_sessions").rows_where("id = ?", [session_id]))
    return _session(rows[0]) if rows else None


def live_in_chat(db: Database, platform: str, chat_id: str) -> Session | None:
    rows = list(
        db.table("class_sessions").rows_where(
            "platform = ? AND chat_id = ? AND status IN (?, ?)",
            [platform, chat_id, *LIVE],
            order_by="id desc",
        )
    )
    return _session(rows[0]) if rows else None


def due(db: Database, now: datetime) -> list[Session]:
    rows = db.table("class_sessions").rows_where(
        "status = ? AND ends_at <= ?", [RUNNING, iso(now)], order_by="id"
    )
    return [_session(r) for r in rows]


def update(db: Database, session_id: int, **changes: Any) -> None:
    db.table("class_sessions").update(session_id, changes)


def all_sessions(db: Database) -> list[Session]:
    return [_session(r) for r in db.table("class_sessions").rows_where(order_by="id")]


def open_question(db: Database, session_id: int, number: int, item_id: str, now: datetime) -> None:
    db.table("class_questions").upsert(
        {
            "session_id": session_id,
            "number": number,
            "item_id": item_id,
            "opened_at": iso(now),
            "closed_at": None,
        },
        pk=("session_id", "number"),
    )


def reopen_question(db: Database, session_id: int, number: int, opened: datetime) -> None:
    """After a pause: move the opening time so answer times leave out the paused minutes."""
    db.execute(
        "UPDATE class_questions SET opened_at = ? WHERE session_id = ? AND number = ?",
        [iso(opened), session_id, number],
    )


def close_question(db: Database, session_id: int, number: int, now: datetime) -> None:
    db.execute(
        "UPDATE class_questions SET closed_at = ? WHERE session_id = ? AND number = ? AND closed_at IS NULL",
        [iso(now), session_id, number],
    )


def opened_at(db: Database, session_id: int, number: int) -> str | None:
    row = db.execute(
        "SELECT opened_at FROM class_questions WHERE session_id = ? AND number = ?", [session_id, number]
    ).fetchone()
    return row[0] if row else None


def join(db: Database, session_id: int, user_id: str, nickname: str, teams: int, now: datetime) -> Player:
    """The player, added on first answer with the next number (and team, round robin)."""
    found = player(db, session_id, user_id)
    if found is not None:
        return found
    number = (
        db.execute("SELECT count(*) FROM class_players WHERE session_id = ?", [session_id]).fetchone()[0] + 1
    )
    team = (number - 1) % teams + 1 if teams else 0
    db.table("class_players").insert(
        {
            "session_id": session_id,
            "user_id": user_id,
            "number": number,
            "nickname": nickname,
            "team": team,
            "joined_at": iso(now),
        }
    )
    return Player(user_id, number, nickname, team)


def player(db: Database, session_id: int, user_id: str) -> Player | None:
    row = db.execute(
        "SELECT user_id, number, nickname, team FROM class_players WHERE session_id = ? AND user_id = ?",
        [session_id, user_id],
    ).fetchone()
    return Player(row[0], row[1], row[2] or "", row[3]) if row else None


def players(db: Database, session_id: int) -> list[Player]:
    rows = db.execute(
        "SELECT user_id, number, nickname, team FROM class_players WHERE session_id = ? ORDER BY number",
        [session_id],
    ).fetchall()
    return [Player(r[0], r[1], r[2] or "", r[3]) for r in rows]


def remove_player(db: Database, session_id: int, user_id: str) -> None:
    """Take a player out of a session (the instructor removed them): gone from rankings and reports."""
    db.execute("DELETE FROM class_answers WHERE session_id = ? AND user_id = ?", [session_id, user_id])
    db.execute("DELETE FROM class_players WHERE session_id = ? AND user_id = ?", [session_id, user_id])


def record(db: Database, session_id: int, answer: ClassAnswer, now: datetime) -> bool:
    """Store an answer; False if this player already answered this question."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO class_answers (session_id, number, user_id, choice, correct, elapsed_ms,"
        " points, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            session_id,
            answer.number,
            answer.user_id,
            answer.choice,
            int(answer.correct),
            answer.elapsed_ms,
            answer.points,
            iso(now),
        ],
    )
    return cursor.rowcount == 1


def answers(db: Database, session_id: int) -> list[ClassAnswer]:
    rows = db.execute(
        "SELECT number, user_id, choice, correct, elapsed_ms, points FROM class_answers WHERE session_id = ?"
        " ORDER BY number, answered_at, user_id",
        [session_id],
    ).fetchall()
    return [ClassAnswer(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in rows]


def _session(row: dict[str, Any]) -> Session:
    values = {k: row[k] for k in Session.__dataclass_fields__}
    values["items"] = tuple(json.loads(row["items"]))
    values["speed_bonus"] = bool(row["speed_bonus"])
    values["ended_at"] = row["ended_at"] or ""
    values["ends_at"] = row["ends_at"] or ""
    values["remaining"] = row["remaining"] or 0.0
    return Session(**values)
