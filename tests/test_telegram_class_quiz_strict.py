"""A whole Telegram class quiz against the strict fake Bot API: 30 pupils, 10 s questions.

Time is scaled down ten times, ratios kept: one second of the quiz lasts 0.1 s, and so do the
group's minute (6 s for its 20 messages), a poll's open_period, the scheduler's tick and the
delivery grace. The overall limit stays at a real 30 a second, stricter than scaled. At the start
30 pupils send /nickname in the group (half of them never wrote to the bot, so Telegram refuses
to write to them privately), then the teacher starts the quiz. The pupils vote while each poll is
open, at times the test chooses; the expected points are computed here from those times and from
when the fake accepted each poll, not from the bot's records. The second run adds a storm: for 3 s
(30 quiz seconds) the fake answers every send with 429.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import TOKEN, Call, FakeBotApi, Limits
from telegram_updates import Group, poll_answer

import bot.app
from bot.adapters.telegram.runner import TelegramAdapter
from bot.app import App
from bot.config import Settings
from bot.services import Services
from bot.storage import classroom
from bot.storage.database import Store
from quizzes import Bank

pytestmark = pytest.mark.filterwarnings("ignore:.*`retry_after`:DeprecationWarning")

SCALE = 0.1
"""Real seconds per second of the quiz."""
GROUP = -1001555000111
CLASS = Group(GROUP, "3年2組")
TEACHER = 6020000001
PUPILS = [9100 + n for n in range(30)]
QUESTIONS, SECONDS = 5, 10
STORM_SECONDS = 3.0
TIMING_SLACK_MS = 2500
"""How far a recorded answer time may be from the test's own (0.25 s real: the trip to the bot on
a busy machine). Timing from when the question was asked would be off by the whole storm, 30 s."""


class ScaledClock:
    """The quiz's clock: starts at a fixed date and runs 1/SCALE times faster than real time."""

    def __init__(self) -> None:
        self.start = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
        self.origin = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self.origin) / SCALE)


@dataclass
class Vote:
    user: int
    number: int
    option: int
    correct: bool
    elapsed_ms: float
    """Quiz milliseconds from the fake accepting the poll to the vote being sent."""


@dataclass
class Quiz:
    fake: FakeBotApi
    app: App
    votes: list[Vote] = field(default_factory=list)
    polls: list[Call] = field(default_factory=list)
    update_id: int = 870000000

    def feed(self, *updates: dict[str, Any]) -> None:
        self.fake.feed(*updates)

    def next_id(self) -> int:
        self.update_id += 1
        return self.update_id


def no_model() -> object:
    """The class quiz checks no text; loading the real model would only shake the timing."""
    return object()


@pytest.fixture
async def quiz(db_path: Path, bank: Bank, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Quiz]:
    monkeypatch.setattr(bot.app, "TICK_SECONDS", 1.0 * SCALE)
    limits = Limits(group_window=60 * SCALE, poll_second=SCALE)
    async with FakeBotApi(limits=limits) as fake:
        fake.members[(GROUP, TEACHER)] = "administrator"
        fake.started |= {TEACHER, *PUPILS[::2]}  # the teacher and half the class wrote to the bot
        settings = Settings(db_path=str(db_path), telegram_token=TOKEN, telegram_api_url=fake.base_url)
        store = Store(settings.db_path)
        services = Services(bank=bank, clock=ScaledClock(), scorer_factory=no_model)  # type: ignore[arg-type]
        app = App(settings, store, services)
        adapter = TelegramAdapter(settings, handle_signals=False, backoff=0.05, group_window=60 * SCALE)
        app.add_adapter(adapter)
        task = asyncio.create_task(app.run())
        await fake.polling()
        yield Quiz(fake, app)
        adapter.stop()
        await asyncio.wait_for(task, 15)
        store.close()


def choice(user: int, number: int, options: int, correct: int) -> int | None:
    """Who votes what: most pupils answer, a few skip a question, about a third are wrong."""
    if (user + number) % 7 == 0:
        return None
    return correct if (user * 3 + number) % 3 else (correct + 1) % options


async def vote_on(quiz: Quiz, number: int, accepted: Call, poll_id: str) -> None:
    """Every pupil votes once while the poll is open (between 10% and 60% of its time)."""
    correct = accepted.params["correct_option_ids"][0]
    options = len(accepted.params["options"])
    open_real = SECONDS * SCALE
    for index, user in enumerate(PUPILS):
        option = choice(user, number, options, correct)
        if option is None:
            continue
        at = accepted.at + open_real * (0.1 + 0.5 * index / len(PUPILS))
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        sent = time.monotonic()
        quiz.feed(poll_answer(quiz.next_id(), user, poll_id, option))
        elapsed = (sent - accepted.at) / SCALE * 1000
        quiz.votes.append(Vote(user, number, option, option == correct, elapsed))


def expected_points(votes: list[Vote]) -> dict[int, float]:
    """Kahoot-style scoring, written out again: 1000 for a right answer, down to 500 at the end of
    the time, plus 100 for each right answer just before it (at most 5)."""
    totals: dict[int, float] = {}
    by_user: dict[int, dict[int, Vote]] = {}
    for vote in votes:
        by_user.setdefault(vote.user, {})[vote.number] = vote
    for user, answers in by_user.items():
        total = 0.0
        for number, vote in answers.items():
            streak = 0
            while (earlier := answers.get(number - streak - 1)) is not None and earlier.correct:
                streak += 1
            if vote.correct:
                speed = min(vote.elapsed_ms / (SECONDS * 1000), 1.0)
                total += 1000 * (1 - speed / 2) + 100 * min(streak, 5)
        totals[user] = total
    return totals


async def run_quiz(quiz: Quiz, storm_after_question: int | None = None) -> None:
    fake = quiz.fake
    quiz.feed(*(CLASS.command(quiz.next_id(), user, f"/nickname P{user}") for user in PUPILS))
    quiz.feed(CLASS.command(quiz.next_id(), TEACHER, f"/quiz {QUESTIONS} {SECONDS}s"))
    voting: list[asyncio.Task[None]] = []
    for number in range(1, QUESTIONS + 1):
        await fake.wait_for(lambda n=number: len(fake.polls) >= n, timeout=15)
        accepted = fake.calls_to("sendPoll")[number - 1]
        poll_id = list(fake.polls.values())[number - 1]["id"]
        quiz.polls.append(accepted)
        voting.append(asyncio.create_task(vote_on(quiz, number, accepted, poll_id)))
        if number == storm_after_question:
            await asyncio.sleep(SECONDS * SCALE / 2)
            fake.storm(STORM_SECONDS)
    await asyncio.gather(*voting)

    def finished() -> bool:
        sessions = classroom.all_sessions(quiz.app.store.db)
        return sessions[0].status == "finished" and not quiz.app.engine.pending("telegram")

    await fake.wait_for(finished, timeout=15)
    await fake.wait_for(lambda: fake.calls_to("sendDocument"))


def check(quiz: Quiz) -> None:
    fake = quiz.fake
    db = quiz.app.store.db
    (session,) = classroom.all_sessions(db)
    assert (session.status, session.current) == ("finished", QUESTIONS)

    # every question's poll went to the group once, and every poll is closed
    assert len(quiz.polls) == len(fake.polls) == QUESTIONS
    assert all(fake.is_closed(*key) for key in fake.polls)
    stops = [c for c in fake.calls_to("stopPoll", None) if c.outcome in ("ok", "poll_closed")]
    assert sorted(c.params["message_id"] for c in stops) == sorted(m for _, m in fake.polls)

    # the group saw the quiz only: start, one reveal per question, podium, summary
    to_group = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == GROUP]
    assert len(to_group) == 3 + QUESTIONS
    nicknamed = [c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] in PUPILS]
    assert sorted(nicknamed) == sorted(PUPILS[::2])  # the others cannot be written to, and were not

    # each reveal comes after its poll has had its whole time, and before the next poll
    reveals = [c for c in to_group if "問の答え" in c.params["text"]]
    assert len(reveals) == QUESTIONS
    for number, (poll, reveal) in enumerate(zip(quiz.polls, reveals, strict=True), start=1):
        assert f"第{number}問の答え" in reveal.params["text"]
        assert reveal.at >= poll.at + SECONDS * SCALE - 0.02, (number, reveal.at - poll.at)
        if number < QUESTIONS:
            assert quiz.polls[number].at > reveal.at

    # every vote counts, with the time the pupil took from seeing the poll
    answers = {(int(a.user_id), a.number): a for a in classroom.answers(db, session.id)}
    assert set(answers) == {(v.user, v.number) for v in quiz.votes}
    for vote in quiz.votes:
        answer = answers[(vote.user, vote.number)]
        assert answer.correct == vote.correct
        assert abs(answer.elapsed_ms - vote.elapsed_ms) <= TIMING_SLACK_MS, (vote, answer.elapsed_ms)
    expected = expected_points(quiz.votes)
    scored: dict[int, int] = {}
    for answer in answers.values():
        scored[int(answer.user_id)] = scored.get(int(answer.user_id), 0) + answer.points
    slack = 1000 / 2 * TIMING_SLACK_MS / (SECONDS * 1000)
    for user, points in expected.items():
        rights = sum(v.correct for v in quiz.votes if v.user == user)
        assert abs(scored[user] - points) <= slack * rights + 1, (user, scored[user], points)
    players = {int(p.user_id): p.nickname for p in classroom.players(db, session.id)}
    assert players == {user: f"P{user}" for user in expected}


async def test_thirty_pupils_with_a_nickname_burst_every_poll_and_vote_counts(quiz: Quiz) -> None:
    await run_quiz(quiz)
    check(quiz)


async def test_the_same_quiz_through_a_429_storm(quiz: Quiz) -> None:
    await run_quiz(quiz, storm_after_question=2)
    check(quiz)
    assert quiz.fake.calls_to("stopPoll", "429"), "the storm refused nothing"
    held = quiz.polls[2].at - quiz.polls[1].at
    assert held >= SECONDS * SCALE / 2 + STORM_SECONDS, "question 3 was not held up by the storm"
