"""The browser classroom adapter: class quizzes for pupils who have a browser but no chat account.

Each web class is a core group chat whose chat id is its join code. The instructor is an admin
`Source`; every pupil is a `Source` with their own user id (derived from a random token their
browser keeps) and is never an admin. Pupils' clicks become the same `ButtonPress` payloads as on
Discord; the core's replies come back through `send`, and the screens are rebuilt from the
database and pushed over WebSockets. Everything the quiz needs survives in SQLite, so a dropped
connection or a restart loses no answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import sys
from collections.abc import Coroutine, Iterable
from typing import TYPE_CHECKING, Any, TextIO

from aiohttp import web

from bot.adapters.serving import Listener
from bot.adapters.web.errors import error_pages
from bot.adapters.web.instructor_auth import InstructorAuth, checked_password, link_line
from bot.adapters.web.names import animal_name, clean_nickname, unique_name
from bot.adapters.web.rooms import MAX_PUPILS, JoinRefused, Pupil, Room, Rooms, new_token, user_id_for
from bot.adapters.web.security import safe_headers
from bot.adapters.web.server import MAX_BODY, add_routes, listen_urls
from bot.adapters.web.views import ClassView, Facts
from bot.config import Settings
from bot.core.events import (
    ButtonPress,
    ChatKind,
    ClosePoll,
    Command,
    Incoming,
    Message,
    Outgoing,
    QuizPoll,
    Sent,
    Source,
)
from bot.features.class_view import parse_ref
from bot.storage import classroom, users
from bot.storage.classroom import FINISHED, LIVE, RUNNING, STOPPED

if TYPE_CHECKING:
    from bot.core.adapter import Host

log = logging.getLogger(__name__)

PLATFORM = "web"
INSTRUCTOR = "instructor"
CONTROLS = ("pause", "resume", "skip", "stop")

# Which pupil the core is answering right now: their replies go to them alone.


class WebAdapter:
    platform = PLATFORM
    bulk_per_second = None

    def __init__(
        self, settings: Settings, out: TextIO | None = None, listener: Listener | None = None
    ) -> None:
        self.settings = settings
        self.listener = listener or Listener(settings.web_host, settings.web_port)
        """The process's HTTP server on --host/--port, shared with LINE's webhook if it runs."""
        self.lang = settings.lang
        self.key = InstructorAuth(checked_password(settings.web_password) or secrets.token_urlsafe(16))
        self.rooms = Rooms()
        self.out = out or sys.stdout
        self.started = asyncio.Event()
        self.base_url = ""
        self.join_url = ""
        self._app: Host | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._holds: dict[str, asyncio.Task[None]] = {}

    @property
    def app(self) -> Host:
        assert self._app is not None, "attach(app) first"
        return self._app

    def attach(self, app: Host) -> None:
        """Join the app and adopt the rooms of web sessions still live in the database."""
        self._app = app
        for session in classroom.all_sessions(app.store.db):
            if session.platform == PLATFORM and session.status in LIVE:
                self.rooms.adopt(session.chat_id, session.id)

    async def run(self, app: Host) -> None:
        self.attach(app)
        try:
            _, port = await self.listener.mount(
                lambda app: add_routes(app, self), max_body=MAX_BODY, middlewares=[safe_headers, error_pages]
            )
            self.base_url, self.join_url = listen_urls(self.settings.web_host, port)
            self._announce()
            await self._pause_interrupted()
            self.started.set()
            await asyncio.Event().wait()
        finally:
            await self.listener.leave()

    def _announce(self) -> None:
        teach = f"{self.join_url}teach"
        lines = ["Matte browser classroom / ブラウザ教室", f"  pupils open / 生徒用:      {self.join_url}"]
        if self.settings.web_password:
            lines.append(f"  instructor / 先生用:       {teach}  (password: MATTE_WEB_PASSWORD)")
        else:
            lines.append(link_line(teach, self.key.key, self.out, self.settings.db_path))
        if self.settings.web_host in ("127.0.0.1", "localhost", "::1"):
            lines.append("  only this computer can connect; use --host 0.0.0.0 for a class network")
        print("\n".join(lines), file=self.out, flush=True)

    async def _pause_interrupted(self) -> None:
        """A question that was open when the server stopped is paused; the instructor resumes it."""
        for room in list(self.rooms.by_code.values()):
            session = classroom.get(self.app.store.db, room.session_id or 0)
            if session is not None and session.status == RUNNING and session.current:
                await self.instructor_command(room, "pause")

    # -- from the core -------------------------------------------------------------------------

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        """Translate one reply. Views come from the database, so most replies only mark a room."""
        room = self.rooms.get(out.chat.chat_id)
        match out:
            case QuizPoll() if room is not None:
                self._on_question(room, out)
            case ClosePoll() if room is not None and room.poll is not None and room.poll.ref == out.ref:
                room.poll = None
            case Message() if room is not None:
                pupil = room.pupils.get(via) if isinstance(via, str) else None
                if pupil is not None:
                    await broadcast(pupil.sockets, {"t": "notice", "text": out.text})
        if room is not None:
            self.touch(room)
        return Sent(message_id=out.ref) if isinstance(out, QuizPoll) else None

    def delivered(self, out: Outgoing) -> None:
        """A question's timer now runs from its delivery: show the pupils the new deadline."""
        room = self.rooms.get(out.chat.chat_id)
        if room is not None:
            self.touch(room)

    def _on_question(self, room: Room, poll: QuizPoll) -> None:
        parsed = parse_ref(poll.ref)
        if parsed is None:
            return
        room.session_id, number = parsed
        room.poll = poll
        fresh = poll.ref.endswith(".0")
        if fresh and number > 1 and not room.options.auto_advance:
            room.holding = True
            self._holds[room.code] = self._spawn(self._hold(room))

    async def _hold(self, room: Room) -> None:
        """Pause the question that just opened, so the class can read the previous results first."""
        try:
            await self.instructor_command(room, "pause")
        finally:
            room.holding = False
            self.touch(room)

    # -- from the instructor -------------------------------------------------------------------

    def instructor_source(self, code: str) -> Source:
        return Source(
            platform=PLATFORM,
            chat_id=code,
            user_id=INSTRUCTOR,
            chat_kind=ChatKind.GROUP,
            display_name="instructor",
            language_code=self.lang,
            is_admin=True,
        )

    async def instructor_command(self, room: Room, args: str) -> None:
        command = Command(source=self.instructor_source(room.code), name="quiz", args=args)
        await self.app.process(command, wait=True)

    async def start(self, room: Room) -> bool:
        """Start the quiz with the room's options; False if this room already had one."""
        if room.session_id is not None:
            return False
        await self.instructor_command(room, room.options.quiz.to_args())
        session = classroom.live_in_chat(self.app.store.db, PLATFORM, room.code)
        room.session_id = session.id if session else None
        self.touch(room)
        return room.session_id is not None

    async def control(self, room: Room, action: str) -> bool:
        """pause, resume, skip, stop, or next (the next question, or the podium after the last)."""
        hold = self._holds.pop(room.code, None)
        if hold is not None:
            await asyncio.shield(hold)  # a click that comes before the pause between questions
        session = classroom.get(self.app.store.db, room.session_id or 0)
        if session is None or action not in (*CONTROLS, "next"):
            return False
        if action == "next" and session.status in (FINISHED, STOPPED):
            room.revealed = True
            self.touch(room)
            return True
        await self.instructor_command(room, "resume" if action == "next" else action)
        return True

    async def rename(self, room: Room, user_id: str) -> str | None:
        """Replace a pupil's nickname by an animal name (an unkind name on the projector)."""
        pupil = room.pupils.get(user_id)
        if pupil is None:
            return None
        pupil.name = animal_name(self.lang, room.names())
        await self._as_pupil(
            room, pupil, Command(source=self.pupil_source(room, pupil), name="nickname", args=pupil.name)
        )
        self.touch(room)
        return pupil.name

    async def remove(self, room: Room, user_id: str) -> bool:
        """Take a pupil out at any stage: off the projector, out of the results and the report, and
        their browser is told kindly; they cannot come back with the same token."""
        pupil = room.pupils.pop(user_id, None)
        if pupil is None:
            return False
        room.removed.add(user_id)
        if room.session_id is not None:
            with self.app.store.write() as db:
                classroom.remove_player(db, room.session_id, user_id)
        await broadcast(pupil.sockets, {"t": "gone", "reason": "removed"})
        for ws in list(pupil.sockets):
            await ws.close()
        self.touch(room)
        return True

    def lock(self, room: Room, locked: bool) -> None:
        room.locked = locked
        self.touch(room, ())

    # -- from pupils ---------------------------------------------------------------------------

    def pupil_source(self, room: Room, pupil: Pupil) -> Source:
        return Source(
            platform=PLATFORM,
            chat_id=room.code,
            user_id=pupil.user_id,
            chat_kind=ChatKind.GROUP,
            language_code=self.lang,
        )

    async def _as_pupil(self, room: Room, pupil: Pupil, event: Incoming) -> None:
        await self.app.process(event, pupil.user_id, wait=True)

    async def join(self, room: Room, nickname: str) -> tuple[str, Pupil]:
        """Admit a pupil; raises NicknameRefused or JoinRefused. Returns their secret token."""
        if room.ended:
            raise JoinRefused("ended")
        if room.locked:
            raise JoinRefused("locked")
        if len(room.pupils) >= MAX_PUPILS:
            raise JoinRefused("full")
        name = "" if room.options.animal_names else clean_nickname(nickname, room.names())
        name = unique_name(name, room.names()) if name else animal_name(self.lang, room.names())
        token = new_token()
        user_id = user_id_for(token)
        assert user_id is not None
        pupil = room.pupils[user_id] = Pupil(user_id, name)
        await self._as_pupil(
            room, pupil, Command(source=self.pupil_source(room, pupil), name="nickname", args=name)
        )
        self.touch(room, ())
        return token, pupil

    def rejoin(self, code: object, token: object) -> tuple[Room, Pupil] | None:
        """The room and pupil behind a reconnecting browser; after a restart, from the database."""
        room = self.rooms.get(code)
        user_id = user_id_for(token) if isinstance(token, str) else None
        if room is None or user_id is None or user_id in room.removed:
            return None
        pupil = room.pupils.get(user_id)
        if pupil is None:
            user = users.get(self.app.store.db, PLATFORM, user_id)
            name = user.settings.get("nickname", "") if user else ""
            if not name or room.ended:
                return None
            pupil = room.pupils[user_id] = Pupil(user_id, unique_name(name, room.names()))
        return room, pupil

    async def answer(self, room: Room, pupil: Pupil, ref: object, choice: object) -> str:
        """Pass a pupil's answer to the core: `ok` once it is stored (now or before), else `late`;
        `invalid` (or `late`) without asking the core when the answer is forged or stale."""
        poll = room.poll
        if poll is None or room.holding or ref != poll.ref:
            self._note_late(room, pupil, ref)
            return "late"
        buttons = [button for row in poll.buttons for button in row]
        if type(choice) is not int or not 0 <= choice < len(buttons):
            return "invalid"
        press = ButtonPress(source=self.pupil_source(room, pupil), payload=buttons[choice].payload)
        await self._as_pupil(room, pupil, press)
        self.touch(room, (pupil.user_id,))
        session_id, number = parse_ref(poll.ref) or (0, 0)
        stored = classroom.answers(self.app.store.db, session_id)
        return "ok" if any(a.number == number and a.user_id == pupil.user_id for a in stored) else "late"

    # -- to the browsers -----------------------------------------------------------------------

    def _note_late(self, room: Room, pupil: Pupil, ref: object) -> None:
        """Remember a tap on a closed question the pupil had not answered, for their result screen."""
        parsed = parse_ref(ref) if isinstance(ref, str) else None
        if parsed is None or parsed[0] != room.session_id or parsed[1] in pupil.late:
            return
        stored = classroom.answers(self.app.store.db, parsed[0])
        if not any(a.number == parsed[1] and a.user_id == pupil.user_id for a in stored):
            pupil.late.add(parsed[1])
            self.touch(room, (pupil.user_id,))

    def touch(self, room: Room, pupils: Iterable[str] | None = None) -> None:
        """Mark a room's screens as stale (all pupils', or only these); one push serves a burst."""
        if pupils is None:
            room.dirty_all = True
        else:
            room.dirty.update(pupils)
        if not room.push_scheduled:
            room.push_scheduled = True
            self._spawn(self._push(room))

    def view(self, room: Room) -> ClassView:
        db = self.app.store.db
        session = classroom.get(db, room.session_id) if room.session_id else None
        players = classroom.players(db, session.id) if session else []
        answers = classroom.answers(db, session.id) if session else []
        facts = Facts(session, players, answers, self.app.services.clock())
        return ClassView(room, facts, self.app.services.bank, self.lang, self.judge_question)

    def judge_question(self, level: str) -> str:
        """The standard question of judge items, in the words of the item's level."""
        return self.app.engine.renderer.render(self.lang, "quiz_judge_question", level=level)

    async def _push(self, room: Room) -> None:
        await asyncio.sleep(0)
        room.push_scheduled = False
        everyone, some = room.dirty_all, room.dirty
        room.dirty_all, room.dirty = False, set()
        view = self.view(room)
        room.ended = view.session is not None and view.session.status in (FINISHED, STOPPED)
        sends = [broadcast(room.instructors, view.teach())] if room.instructors else []
        for user_id in list(room.pupils) if everyone else some:
            pupil = room.pupils.get(user_id)
            if pupil is not None and pupil.sockets:
                sends.append(broadcast(pupil.sockets, view.pupil(user_id)))
        await asyncio.gather(*sends)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("web classroom task failed", exc_info=task.exception())


async def broadcast(sockets: Iterable[web.WebSocketResponse], data: dict[str, Any]) -> None:
    """Send to every open socket; one that just closed is skipped, not an error."""
    for ws in list(sockets):
        if not ws.closed:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.send_json(data)
