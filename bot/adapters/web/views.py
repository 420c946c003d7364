"""What the projector and each pupil's screen show, as JSON-ready dicts built from the database.

Views are rebuilt from the stored session, players and answers every time instead of being
mirrored from chat messages, so a reconnecting browser or a restarted server shows exactly what
is stored. (The core's group messages name chat commands such as `/quiz resume`, which mean
nothing in a browser, so their text is not shown.) Quiz texts keep their reading marks
`{漢字|かんじ}`: the pages draw them as ruby.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.adapters.web.rooms import Room
from bot.features.class_summary import Summary, summarise
from bot.features.class_view import kids_class
from bot.features.defang import defang
from bot.storage.classroom import FINISHED, PAUSED, STOPPED, ClassAnswer, Player, Session
from quizzes import Bank, Item
from quizzes.readings import shorten

LOBBY, COUNTDOWN, QUESTION, PAUSE = "lobby", "countdown", "question", "paused"
RESULTS, PODIUM = "results", "podium"
FRESH_MARGIN = 1.5
LEADERS = 5
HARDEST_CHARS = 60


@dataclass(frozen=True)
class Facts:
    """One consistent read of a room's session from the database."""

    session: Session | None
    players: list[Player]
    answers: list[ClassAnswer]
    now: datetime


def stage(room: Room, session: Session | None) -> tuple[str, int]:
    """The screen to show and the question it is about.

    Between questions the adapter pauses the next one at once (unless auto-advance is on), so a
    paused session whose question has its full time left means "results of the previous one".
    """
    if session is None:
        return LOBBY, 0
    if session.status in (FINISHED, STOPPED):
        hold_last = session.status == FINISHED and not room.options.auto_advance and not room.revealed
        return (RESULTS if hold_last and session.current else PODIUM), session.current
    if session.current == 0:
        return COUNTDOWN, 0
    if room.holding:
        return RESULTS, session.current - 1
    if session.status == PAUSED:
        fresh = session.remaining >= session.seconds - FRESH_MARGIN and session.current > 1
        return (RESULTS, session.current - 1) if fresh else (PAUSE, session.current)
    return QUESTION, session.current


def _ms(value: datetime | str) -> int:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return int(moment.timestamp() * 1000)


def _pct(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


class ClassView:
    """The views of one room at one moment; `teach()` for the projector, `pupil(id)` per pupil."""

    def __init__(
        self, room: Room, facts: Facts, bank: Bank, lang: str, judge_question: Callable[[str], str]
    ) -> None:
        self.room, self.facts, self.bank, self.lang = room, facts, bank, lang
        self.judge_question = judge_question
        self.session = facts.session
        self.stage, self.number = stage(room, self.session)
        self.closed = self.number if self.stage in (RESULTS, PODIUM) else max(self.number - 1, 0)
        self.summary: Summary | None = None
        if self.session is not None:
            self.summary = summarise(
                bank, self.session.items, self.closed, facts.players, facts.answers, lang
            )
        self.players = {p.user_id: p for p in facts.players}
        self.given = {(a.user_id, a.number): a for a in facts.answers}
        self.ranks = (
            {s.number: rank for rank, s in enumerate(self.summary.standings, 1)} if self.summary else {}
        )

    def _item(self, number: int) -> Item:
        assert self.session is not None
        return self.bank.items[self.session.items[number - 1]]

    def _question_text(self, item: Item) -> str:
        """The item's own question, or the standard judge question in the words of the item's level."""
        return item.marked("question", self.lang) or self.judge_question(item.level)

    def _base(self) -> dict[str, Any]:
        return {"t": "state", "stage": self.stage, "now": _ms(self.facts.now)}

    def question(self) -> dict[str, Any] | None:
        if self.stage not in (QUESTION, PAUSE) or self.session is None:
            return None
        item = self._item(self.number)
        session = self.session
        return {
            "number": self.number,
            "total": len(session.items),
            "post": defang(item.marked("post", self.lang)),
            "question": self._question_text(item),
            "options": [c.marked(self.lang) for c in item.choices],
            "seconds": session.seconds,
            "ends_at": _ms(session.ends_at) if self.stage == QUESTION else None,
            "remaining": round(session.remaining) if self.stage == PAUSE else None,
            "answered": sum(1 for a in self.facts.answers if a.number == self.number),
            "ref": self.room.poll.ref if self.room.poll and self.stage == QUESTION else None,
        }

    def results(self) -> dict[str, Any] | None:
        if not self.closed or self.summary is None or self.session is None:
            return None
        figures = self.summary.questions[self.closed - 1]
        item = figures.item
        return {
            "number": self.closed,
            "total": len(self.session.items),
            "last": self.closed == len(self.session.items) or self.stage == PODIUM,
            "post": defang(item.marked("post", self.lang)),
            "question": self._question_text(item),
            "answer": item.choice(item.answer).marked(self.lang),
            "correct": item.answer_index,
            "explanation": item.marked("explanation", self.lang),
            "techniques": [self.bank.tags.label(t, self.lang) for t in item.techniques],
            "shares": [
                {"text": c.marked(self.lang), "count": n, "pct": _pct(n, figures.answered) or 0}
                for c, n in zip(item.choices, figures.choice_counts, strict=True)
            ],
            "answered": figures.answered,
            "right": figures.correct,
            "leaders": [{"label": s.label, "points": s.points} for s in self.summary.standings[:LEADERS]],
            "teams": self._teams(),
        }

    def _teams(self) -> list[dict[str, int]]:
        assert self.summary is not None
        ranked = sorted(self.summary.teams.items(), key=lambda t: (-t[1], t[0]))
        return [{"team": team, "points": points} for team, points in ranked]

    def final(self) -> dict[str, Any] | None:
        if self.stage != PODIUM or self.summary is None or self.session is None:
            return None
        summary, lang = self.summary, self.lang
        right, total = summary.overall
        hardest = []
        for q in summary.hardest:
            lesson = self.bank.lesson_for(q.item.techniques)
            text = q.item.marked("question", lang) or q.item.marked("post", lang)
            hardest.append(
                {
                    "number": q.number,
                    "text": shorten(text, HARDEST_CHARS),
                    "pct": _pct(q.correct, q.answered) or 0,
                    "lesson": (lesson.title_ja if lang == "ja" else lesson.title_en) if lesson else "",
                }
            )
        techniques = sorted(
            (
                {"label": self.bank.tags.label(tag, lang), "pct": _pct(r, n)}
                for tag, (r, n) in summary.techniques.items()
                if n
            ),
            key=lambda row: (row["pct"], row["label"]),
        )
        session_id = self.session.id
        return {
            "podium": [{"label": s.label, "points": s.points, "correct": s.correct} for s in summary.podium],
            "teams": self._teams(),
            "players": summary.players,
            "asked": self.closed,
            "overall": _pct(right, total),
            "trust": _pct(*summary.trustworthy),
            "mislead": _pct(*summary.misleading),
            "questions": [
                {"number": q.number, "pct": _pct(q.correct, q.answered), "answered": q.answered}
                for q in summary.questions
            ],
            "techniques": techniques,
            "hardest": hardest,
            "reports": {"html": f"/teach/report/{session_id}.html", "csv": f"/teach/report/{session_id}.csv"},
        }

    def teach(self) -> dict[str, Any]:
        room = self.room
        return {
            **self._base(),
            "code": room.code,
            "session": self.session.id if self.session else None,
            "auto": room.options.auto_advance,
            "locked": room.locked,
            "kids": self._kids(),
            "pupils": [{"id": p.user_id, "name": p.name, "online": p.online} for p in room.pupils.values()],
            "question": self.question(),
            "results": self.results(),
            "final": self.final(),
        }

    def _kids(self) -> bool:
        """A class of 小学生 questions: the projector speaks to the pupils in their words."""
        return self.session is not None and kids_class(self.bank, self.session.items)

    def pupil(self, user_id: str) -> dict[str, Any]:
        pupil = self.room.pupils.get(user_id)
        question = self.question()
        if question is not None:
            mine = self.given.get((user_id, self.number))
            question["mine"] = mine.choice if mine else None
        player = self.players.get(user_id)
        rank = self.ranks.get(player.number) if player else None
        standing = self.summary.standings[rank - 1] if rank and self.summary else None
        view = {
            **self._base(),
            "name": pupil.name if pupil else "",
            "question": question,
            "feedback": self._feedback(user_id),
            "score": {
                "points": standing.points if standing else 0,
                "correct": standing.correct if standing else 0,
                "rank": rank,
                "players": max(len(self.ranks), len(self.room.pupils)),
                "team": player.team if player else 0,
            },
        }
        if self.stage == PODIUM and self.summary is not None:
            view["podium"] = [{"label": s.label, "points": s.points} for s in self.summary.podium]
            view["teams"] = self._teams()
        return view

    def _feedback(self, user_id: str) -> dict[str, Any] | None:
        if not self.closed:
            return None
        item = self._item(self.closed)
        mine = self.given.get((user_id, self.closed))
        pupil = self.room.pupils.get(user_id)
        return {
            "number": self.closed,
            "answered": mine is not None,
            "late": mine is None and pupil is not None and self.closed in pupil.late,
            "correct": bool(mine and mine.correct),
            "points": mine.points if mine else 0,
            "mine": item.choices[mine.choice].marked(self.lang) if mine else None,
            "answer": item.choice(item.answer).marked(self.lang),
            "explanation": item.marked("explanation", self.lang),
        }
