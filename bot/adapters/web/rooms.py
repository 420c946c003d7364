"""Browser classrooms: a room is one class, a core group chat whose chat id is its join code.

The quiz itself (session, questions, answers, scores) lives in SQLite through the core; a room
only remembers what a browser class adds on top: the options the instructor chose, who joined
under which nickname, the open sockets, and the question pupils may answer right now. After a
restart rooms of live sessions are rebuilt from the database and pupils rejoin with their token.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.core.events import QuizPoll
from bot.features.class_options import (
    DEFAULT_QUESTIONS,
    DEFAULT_SECONDS,
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_SECONDS,
    Options,
)

CODE = re.compile(r"^[1-9][0-9]{5}$")
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
MAX_PUPILS = 200
MAX_ROOMS = 50
MAX_TEAMS = 6


class JoinRefused(Exception):
    """A join the room cannot take; `reason` is shown to the pupil (`full`, `ended`, `locked`)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def new_token() -> str:
    """A pupil's secret, kept in the browser's localStorage; only its hash is ever stored."""
    return secrets.token_urlsafe(18)


def user_id_for(token: str) -> str | None:
    """The pupil's core user id, derived from the token so a restart can recognise them."""
    if not isinstance(token, str) or not TOKEN.match(token):
        return None
    return "p" + hashlib.sha256(token.encode("ascii")).hexdigest()[:24]


@dataclass(frozen=True)
class RoomOptions:
    """What the instructor chose in the create form: the class quiz's own options, and how the
    classroom shows it."""

    quiz: Options = field(default_factory=Options)
    auto_advance: bool = False
    animal_names: bool = False


def options_from_form(form: Mapping[str, Any], choices: set[str]) -> RoomOptions | str:
    """Validated options from the create form, or the label key (strings.toml) of the first bad field."""

    def number(name: str, default: int, low: int, high: int) -> int | None:
        raw = str(form.get(name, default)).strip()
        if not raw.isdigit() or not low <= int(raw) <= high:
            return None
        return int(raw)

    wanted = str(form.get("wanted", ""))
    if wanted and wanted not in choices:
        return "deck"
    questions = number("questions", DEFAULT_QUESTIONS, 1, MAX_QUESTIONS)
    seconds = number("seconds", DEFAULT_SECONDS, MIN_SECONDS, MAX_SECONDS)
    teams = number("teams", 0, 0, MAX_TEAMS)
    if questions is None:
        return "questions"
    if seconds is None:
        return "seconds"
    if teams is None or teams == 1:
        return "teams"
    quiz = Options(
        wanted=wanted,
        questions=questions,
        seconds=seconds,
        speed_bonus=form.get("speed_bonus") in ("on", "1", "true", True),
        teams=teams,
    )
    return RoomOptions(
        quiz=quiz,
        auto_advance=form.get("auto_advance") in ("on", "1", "true", True),
        animal_names=form.get("animal_names") in ("on", "1", "true", True),
    )


@dataclass(eq=False)
class Pupil:
    user_id: str
    name: str
    sockets: set[Any] = field(default_factory=set)
    late: set[int] = field(default_factory=set)
    """Questions this pupil tapped after time was up: their result says so, not "did not answer"."""

    @property
    def online(self) -> bool:
        return bool(self.sockets)


@dataclass(eq=False)
class Room:
    """One class. `poll` is the question pupils may answer now; `holding` hides a question that the
    adapter is about to pause so the instructor can show the previous results first."""

    code: str
    options: RoomOptions
    pupils: dict[str, Pupil] = field(default_factory=dict)
    instructors: set[Any] = field(default_factory=set)
    session_id: int | None = None
    poll: QuizPoll | None = None
    holding: bool = False
    revealed: bool = False
    ended: bool = False
    locked: bool = False
    """The instructor closed the door: no late joins (pupils already in may reconnect)."""
    removed: set[str] = field(default_factory=set)
    """Pupils the instructor took out; their tokens no longer reconnect."""
    dirty_all: bool = False
    dirty: set[str] = field(default_factory=set)
    push_scheduled: bool = False

    def names(self) -> set[str]:
        return {p.name for p in self.pupils.values()}


class Rooms:
    """Every room of this process, by join code."""

    def __init__(self) -> None:
        self.by_code: dict[str, Room] = {}

    def create(self, options: RoomOptions) -> Room | None:
        """A new room with a fresh code, or None when too many rooms are open."""
        if len(self.by_code) >= MAX_ROOMS:
            self._forget_oldest_ended()
        if len(self.by_code) >= MAX_ROOMS:
            return None
        while (code := str(100000 + secrets.randbelow(900000))) in self.by_code:
            continue
        room = Room(code, options)
        self.by_code[code] = room
        return room

    def get(self, code: object) -> Room | None:
        return self.by_code.get(code) if isinstance(code, str) and CODE.match(code) else None

    def adopt(self, code: str, session_id: int) -> Room:
        """The room of a live session found in the database after a restart."""
        room = self.by_code.get(code) or Room(code, RoomOptions())
        room.session_id = session_id
        self.by_code[code] = room
        return room

    def _forget_oldest_ended(self) -> None:
        for code, room in list(self.by_code.items()):
            if room.ended and not room.instructors:
                del self.by_code[code]
                return
