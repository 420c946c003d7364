"""A whole class quiz through the core: 30 pupils, late and double answers, a pupil who leaves,
a pause and a restart; scores, summary and report checked against an independent computation."""

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.app import App
from bot.core.events import (
    ChatKind,
    ChatRef,
    ClosePoll,
    Command,
    Document,
    Message,
    PollAnswer,
    QuizPoll,
    Source,
)
from bot.features.class_options import MAX_QUESTIONS, MAX_SECONDS, MIN_SECONDS, Options, parse_options
from bot.storage import classroom
from bot.storage.database import Store
from bot.testing import CollectingAdapter

CHAT = "-100"
SECONDS = 20


def src(user: str, admin: bool = False) -> Source:
    return Source(platform="test", chat_id=CHAT, user_id=user, chat_kind=ChatKind.GROUP, is_admin=admin)


def expected_points(correct: bool, elapsed: float, streak: int) -> int:
    """Written apart from the code under test: speed bonus 1000 down to 500, +100 per streak step (max 5)."""
    if not correct:
        return 0
    return round(1000 - 500 * elapsed / SECONDS) + 100 * min(streak, 5)


class Classroom:
    """The app plus a ledger of what each pupil did, to compute the expected results independently."""

    def __init__(self, settings, services, db_path, clock) -> None:
        self.settings, self.services, self.db_path, self.clock = settings, services, db_path, clock
        self.adapter = CollectingAdapter()
        self.boot()

    def boot(self) -> None:
        self.store = Store(self.db_path)
        self.app = App(self.settings, self.store, self.services)
        self.app.add_adapter(self.adapter)

    def restart(self) -> None:
        self.store.close()
        self.boot()

    async def command(self, user: str, args: str, admin: bool = False) -> list:
        before = len(self.adapter.sent)
        await self.app.process(Command(source=src(user, admin), name="quiz", args=args))
        return self.adapter.sent[before:]

    async def press(self, user: str, payload: str) -> str:
        from bot.core.events import ButtonPress

        before = len(self.adapter.sent)
        await self.app.process(ButtonPress(source=src(user), payload=payload))
        return self.adapter.sent[before:][-1].text

    def polls(self) -> list[QuizPoll]:
        return [m for m in self.adapter.sent if isinstance(m, QuizPoll)]


@pytest.fixture
def room(settings, services, db_path, clock):
    r = Classroom(settings, services, db_path, clock)
    yield r
    r.store.close()


def test_options() -> None:
    assert parse_options("health 5 30s nospeed teams=3 region=札幌") == replace(
        parse_options(""), wanted="health", questions=5, seconds=30, speed_bonus=False, teams=3, region="札幌"
    )
    assert parse_options("5 99999s") == "99999s"
    assert parse_options("a b") == "b"


async def test_only_admins_start_and_one_at_a_time(room: Classroom) -> None:
    [refusal] = await room.command("p1", "")
    assert "管理者" in refusal.text
    started = await room.command("teacher", "3", admin=True)
    assert isinstance(started[-1], QuizPoll) and len(started[-1].options) >= 2
    [again] = await room.command("teacher", "3", admin=True)
    assert "もう" in again.text


async def test_whole_session_with_30_pupils(room: Classroom, bank) -> None:
    await room.command("teacher", f"5 {SECONDS}s", admin=True)
    session = classroom.live_in_chat(room.store.db, "test", CHAT)
    items = [bank.items[i] for i in session.items]
    pupils = [f"p{n:02d}" for n in range(1, 31)]
    ledger: dict[str, dict[int, tuple[bool, float]]] = {p: {} for p in pupils}

    async def answer_round(number: int, who: list[str], start_offset: float = 0.0) -> None:
        poll = room.polls()[-1]
        item = items[number - 1]
        for k, pupil in enumerate(who):
            room.clock.advance(seconds=0.5)
            elapsed = start_offset + 0.5 * (k + 1)
            choice = item.answer_index if (k + number) % 3 else (item.answer_index + 1) % len(item.choices)
            index, payload = (
                choice,
                next(b.payload for row in poll.buttons for b in row if b.payload.endswith(f":{choice}")),
            )
            if k % 10 == 0:
                pid = f"poll-{room.adapter.sent.index(poll) + 1}"
                await room.app.process(PollAnswer(source=src(pupil), poll_id=pid, option_ids=(index,)))
            else:
                assert await room.press(pupil, payload) == "回答を受け付けました。"
            ledger[pupil][number] = (choice == item.answer_index, elapsed)
            if k == 3:
                assert "もう答えています" in await room.press(pupil, payload)

    for number in (1, 2):
        await answer_round(number, pupils)
        room.clock.advance(seconds=SECONDS)
        await room.app.tick(wait=True)
        assert isinstance(room.adapter.sent[-3], ClosePoll)
        assert f"第{number}問の答え" in room.adapter.sent[-2].text
        late_payload = room.polls()[-2].buttons[0][0].payload
        assert "終わっています" in await room.press("p01", late_payload)

    leaver = pupils.pop()
    await answer_round(3, pupils[:15])
    paused = await room.command("teacher", "pause", admin=True)
    assert isinstance(paused[0], ClosePoll)
    assert "終わっています" in await room.press(pupils[20], room.polls()[-1].buttons[0][0].payload)
    room.restart()
    room.clock.advance(seconds=300)
    await room.app.tick(wait=True)
    assert not isinstance(room.adapter.sent[-1], QuizPoll)
    resumed = await room.command("teacher", "resume", admin=True)
    assert isinstance(resumed[-1], QuizPoll) and resumed[-1].open_seconds < SECONDS
    await answer_round(3, pupils[15:], start_offset=7.5)
    room.clock.advance(seconds=SECONDS)
    await room.app.tick(wait=True)

    for number in (4, 5):
        await answer_round(number, pupils)
        room.restart()
        room.clock.advance(seconds=SECONDS)
        await room.app.tick(wait=True)

    end = room.adapter.sent[-3:]
    podium, summary, report = end
    assert isinstance(report, Document) and report.chat == ChatRef.direct("test", "teacher")
    assert classroom.get(room.store.db, session.id).status == "finished"

    expected: dict[str, int] = {}
    for pupil, answers in ledger.items():
        total, streak = 0, 0
        for number in range(1, 6):
            if number not in answers:
                streak = 0
                continue
            correct, elapsed = answers[number]
            total += expected_points(correct, elapsed, streak)
            streak = streak + 1 if correct else 0
        expected[pupil] = total
    stored = {p.user_id: p.number for p in classroom.players(room.store.db, session.id)}
    assert len(stored) == 30 and leaver in stored
    ranking = sorted(expected, key=lambda p: (-expected[p], stored[p]))
    lines = [line for line in podium.text.splitlines() if "点" in line]
    for line, pupil in zip(lines, ranking[:3], strict=True):
        assert f"参加者 {stored[pupil]}" in line and f"{expected[pupil]}点" in line

    for number in range(1, 6):
        given = [a[number] for a in ledger.values() if number in a]
        pct = round(100 * sum(c for c, _ in given) / len(given))
        assert f"第{number}問: {pct}%（{len(given)}人）" in summary.text
    html = report.data.decode()
    right = sum(c for a in ledger.values() for c, _ in a.values())
    total = sum(len(a) for a in ledger.values())
    assert f"<b>{round(100 * right / total)}%</b>" in html
    assert not re.search(r"(https?:)?//[a-z]", html)
    assert all(pupil not in html for pupil in pupils)


async def test_stop_and_skip(room: Classroom) -> None:
    await room.command("teacher", "3 countdown", admin=True)
    assert not room.polls()
    room.clock.advance(seconds=11)
    await room.app.tick(wait=True)
    assert len(room.polls()) == 1
    await room.command("teacher", "skip", admin=True)
    assert len(room.polls()) == 2
    stopped = await room.command("teacher", "stop", admin=True)
    assert isinstance(stopped[0], ClosePoll) and "終了" in stopped[1].text
    [nothing] = await room.command("teacher", "stop", admin=True)
    assert "行われていません" in nothing.text


async def test_nicknames_only_for_those_who_opt_in(room: Classroom) -> None:
    await room.app.process(Command(source=src("p1"), name="nickname", args="ふくろう"))
    await room.command("teacher", "1", admin=True)
    poll = room.polls()[-1]
    for pupil in ("p1", "p2"):
        await room.press(pupil, poll.buttons[0][0].payload)
    room.clock.advance(seconds=SECONDS + 1)
    await room.app.tick(wait=True)
    html = next(m for m in room.adapter.sent if isinstance(m, Document)).data.decode()
    assert "ふくろう" in html and "参加者 2" in html
    assert "<script" not in html


async def test_private_quiz_is_still_solo(room: Classroom) -> None:
    private = Source(platform="test", chat_id="p1", user_id="p1")
    await room.app.process(Command(source=private, name="quiz"))
    assert isinstance(room.adapter.sent[-1], Message) and "問題 1" in room.adapter.sent[-1].text


class SlowToDeliver(CollectingAdapter):
    """Questions reach the class `delay` seconds (of the fake clock) after the core asked them."""

    def __init__(self, clock, delay: float) -> None:
        super().__init__()
        self.clock, self.delay = clock, delay

    async def send(self, out, via=None):
        if isinstance(out, QuizPoll):
            self.clock.advance(seconds=self.delay)
        return await super().send(out, via)


async def test_a_question_is_timed_from_its_delivery_not_from_when_it_was_asked(
    settings, services, store, clock
) -> None:
    from datetime import datetime, timedelta

    adapter = SlowToDeliver(clock, 45)
    app = App(settings, store, services)
    app.add_adapter(adapter)
    asked = clock.now
    await app.process(Command(source=src("teacher", admin=True), name="quiz", args=f"2 {SECONDS}s"))
    [poll] = [out for out in adapter.sent if isinstance(out, QuizPoll)]
    seen = clock.now
    assert seen == asked + timedelta(seconds=45)
    session = classroom.live_in_chat(store.db, "test", CHAT)
    assert datetime.fromisoformat(session.ends_at) == seen + timedelta(seconds=SECONDS)
    clock.advance(seconds=SECONDS - 1)
    pid = "poll-" + str(adapter.sent.index(poll) + 1)
    await app.process(PollAnswer(source=src("p1"), poll_id=pid, option_ids=(poll.correct,)))
    [(_, _, elapsed_ms)] = [
        (a.user_id, a.correct, a.elapsed_ms) for a in classroom.answers(store.db, session.id)
    ]
    assert elapsed_ms == (SECONDS - 1) * 1000


async def test_a_vote_after_the_timer_is_late_even_before_the_scheduler_closes_the_question(
    settings, services, store, clock
) -> None:
    adapter = CollectingAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)
    await app.process(Command(source=src("teacher", admin=True), name="quiz", args=f"2 {SECONDS}s"))
    [poll] = [out for out in adapter.sent if isinstance(out, QuizPoll)]
    pid = "poll-" + str(adapter.sent.index(poll) + 1)
    clock.advance(seconds=SECONDS, milliseconds=1)
    await app.process(PollAnswer(source=src("late"), poll_id=pid, option_ids=(poll.correct,)))
    session = classroom.live_in_chat(store.db, "test", CHAT)
    assert classroom.answers(store.db, session.id) == []


@given(
    st.builds(
        Options,
        wanted=st.sampled_from(["", "health", "シニア", "保護者・教職員"]),
        questions=st.integers(1, MAX_QUESTIONS),
        seconds=st.integers(MIN_SECONDS, MAX_SECONDS),
        speed_bonus=st.booleans(),
        teams=st.sampled_from([0, 2, 3, 6]),
        countdown=st.booleans(),
        region=st.sampled_from(["", "札幌", "north-1"]),
    )
)
def test_options_read_back_from_their_arguments(options: Options) -> None:
    """The browser classroom starts its quiz with `Options.to_args`; `/quiz` must read the same back."""
    assert parse_options(options.to_args()) == options


async def test_an_unknown_deck_gets_the_decks_japanese_titles(room: Classroom) -> None:
    [reply] = await room.command("teacher", "astrology", admin=True)
    assert "「astrology」に合う問題" in reply.text and "・健康のうわさ → /quiz health" in reply.text
    assert room.polls() == []
