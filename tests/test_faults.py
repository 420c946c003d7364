"""Fault tests: the real `python -m bot run --adapter telegram` process against the fake Bot API.

The bot is killed with SIGKILL in the middle of a class quiz and of a solo quiz, at the worst
moment: the answers are committed to SQLite but Telegram was never told (the confirming getUpdates
is on the wire and never answered), so after the restart Telegram serves them again. Each answer
must still count once, each reply go out once, the sessions carry on, and the database pass
`PRAGMA integrity_check` after every kill. Then a flood of 429s against the real process (nothing
lost, the rates kept, measured from the fake server's clock), and broken content at start-up.
Everything runs on 127.0.0.1; the only processes killed are the ones started here. Three small
in-process tests pin down the bugs these runs found (rate limiter, classifier warm-up).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from fake_bot_api import TOKEN, Call, FakeBotApi, _error, _params, _update_id, private_text
from telegram_updates import Group, person, poll_answer

from bot.adapters.telegram.ratelimit import GROUP_MARGIN, GROUP_WINDOW, RateLimiter
from bot.services import Services
from quizzes import Bank

ROOT = Path(__file__).resolve().parent.parent
GROUP = -1001987654321
CLASS = Group(GROUP, "3年2組 情報モラル")
TEACHER = 6011112222
HANAKO = 5012345678
PASTER = 5098765432
START_TIMEOUT = 60.0
STEP_TIMEOUT = 30.0
# `python -m bot` with the per-group window of the rate limiter shortened (seconds in argv[1]), so
# the group limit can be seen binding without waiting a real minute; everything else is untouched.
SHORT_GROUP_WINDOW = (
    "import sys\n"
    "import bot.adapters.telegram.ratelimit as limits\n"
    "limits.GROUP_WINDOW = float(sys.argv[1])\n"
    "from bot.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


class HoldingBotApi(FakeBotApi):
    """The fake Bot API, plus methods that can be held: a held call is recorded (outcome "held")
    and never answered, like a request on the wire when the bot dies. Held getUpdates calls carry
    the offset that would confirm the previous batch, so Telegram keeps that batch to serve again."""

    def __init__(self) -> None:
        super().__init__()
        self.held: set[str] = set()
        self.messages: list[tuple[int, int]] = []
        self._released = asyncio.Event()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"].lower()
        if method not in self.held:
            return await super()._handle(request)
        params, files = await _params(request)
        self.calls.append(Call(method, params, files, outcome="held", at=time.monotonic()))
        await self._released.wait()
        return _error(502, "Bad Gateway")

    def _m_sendmessage(self, params: dict[str, Any], files: dict[str, bytes]) -> dict[str, Any]:
        sent = super()._m_sendmessage(params, files)
        self.messages.append((params["chat_id"], sent["message_id"]))
        return sent

    def message_ids(self, chat_id: int) -> list[int]:
        """Ids of the messages sent to a chat, in order."""
        return [message for chat, message in self.messages if chat == chat_id]

    async def close(self) -> None:
        self._released.set()
        await super().close()

    def queued(self) -> list[int | None]:
        """Update ids Telegram still holds (not confirmed by any offset)."""
        return [_update_id(u) for u in self._queue]

    def redeliver(self, update: dict[str, Any]) -> None:
        """Serve an already handled update again, in update-id order as Telegram would."""
        self._queue = deque(sorted([*self._queue, update], key=lambda u: _update_id(u) or 0))
        self._fed.set()


class BotProcess:
    """`python -m bot run --adapter telegram` on one SQLite file; started again after each kill."""

    def __init__(
        self, fake: HoldingBotApi, tmp_path: Path, *, group_window: float | None = None, **env: str
    ) -> None:
        self.fake = fake
        self.db = tmp_path / "matte.db"
        self.tmp_path = tmp_path
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("MATTE_", "TELEGRAM_"))}
        self.env |= {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake.base_url,
            "TELEGRAM_MAX_RATE": "0",
            "MATTE_DB": str(self.db),
            **env,
        }
        if group_window is None:
            self.argv = [sys.executable, "-m", "bot"]
        else:
            self.argv = [sys.executable, "-c", SHORT_GROUP_WINDOW, str(group_window)]
        self.proc: asyncio.subprocess.Process | None = None
        self.runs = 0
        self.mark = 0
        self.logs: list[Path] = []

    async def start(self) -> None:
        """Start the bot and wait until it long-polls."""
        self.runs += 1
        self.mark = len(self.fake.calls)
        log = self.tmp_path / f"bot-run-{self.runs}.log"
        self.logs.append(log)
        with log.open("wb") as stderr:
            self.proc = await asyncio.create_subprocess_exec(
                *self.argv,
                "run",
                "--adapter",
                "telegram",
                cwd=ROOT,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )
        await self.until(lambda: self.calls("getUpdates"), "the bot to poll", START_TIMEOUT)

    def calls(self, method: str, outcome: str | None = "ok") -> list[Call]:
        """Calls of this run (since the last start)."""
        return [
            c
            for c in self.fake.calls[self.mark :]
            if c.method == method.lower() and (outcome is None or c.outcome == outcome)
        ]

    def fetched_past(self, update_id: int, outcome: str = "ok") -> bool:
        """This run asked for updates after `update_id`: everything up to it is handled."""
        return any((c.params.get("offset") or 0) > update_id for c in self.calls("getUpdates", outcome))

    async def until(self, condition: Callable[[], object], what: str, timeout: float = STEP_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.proc is not None
            if self.proc.returncode is not None:
                pytest.fail(f"the bot exited ({self.proc.returncode}) waiting for {what}:\n{self.log_text()}")
            if time.monotonic() > deadline:
                methods = [c.method for c in self.fake.calls[self.mark :]]
                pytest.fail(f"timed out waiting for {what}; calls this run: {methods}\n{self.log_text()}")
            await asyncio.sleep(0.01)

    async def kill9(self) -> None:
        """SIGKILL our bot process; the database must be intact afterwards."""
        assert self.proc is not None and self.proc.returncode is None
        self.proc.send_signal(signal.SIGKILL)
        assert await asyncio.wait_for(self.proc.wait(), 15) == -signal.SIGKILL
        assert integrity(self.db) == [("ok",)]

    async def stop(self) -> None:
        """SIGTERM: a clean exit, nothing left in the outbox, an intact database."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(self.proc.wait(), 30) == 0, self.log_text()
        assert "Traceback" not in self.log_text()
        assert integrity(self.db) == [("ok",)]
        assert rows(self.db, "SELECT count(*) FROM outbox") == [(0,)]

    def log_text(self) -> str:
        return "".join(log.read_text(errors="replace") for log in self.logs if log.exists())

    async def cleanup(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()


def rows(db: Path, sql: str, *args: object) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db, timeout=15)) as conn:
        return conn.execute(sql, args).fetchall()


def integrity(db: Path) -> list[tuple[Any, ...]]:
    return rows(db, "PRAGMA integrity_check")


def class_answers(db: Path) -> list[tuple[int, str, int]]:
    return rows(db, "SELECT number, user_id, correct FROM class_answers ORDER BY number, user_id")


def linked(db: Path, poll_id: str) -> bool:
    """The bot has stored which question this Telegram poll asks (answers can be matched)."""
    return bool(rows(db, "SELECT 1 FROM polls WHERE poll_id = ?", poll_id))


def button_press(update_id: int, user_id: int, message_id: int, data: str) -> dict[str, Any]:
    query = {
        "id": f"cq{update_id}",
        "from": person(user_id),
        "chat_instance": "-8712345678901234567",
        "data": data,
        "message": {
            "message_id": message_id,
            "from": {"id": 424242, "is_bot": True, "first_name": "Matte", "username": "MatteTestBot"},
            "chat": {"id": user_id, "first_name": f"User{user_id}", "type": "private"},
            "date": 1767312120,
            "text": "…",
        },
    }
    return {"update_id": update_id, "callback_query": query}


def buttons(call: Call) -> list[str]:
    rows_ = call.params.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows_ for button in row]


def text_of(call: Call) -> str:
    return html.unescape(call.params["text"])


@pytest.fixture
async def fake() -> AsyncIterator[HoldingBotApi]:
    async with HoldingBotApi() as server:
        yield server


@pytest.fixture
async def bot(fake: HoldingBotApi, tmp_path: Path) -> AsyncIterator[BotProcess]:
    process = BotProcess(fake, tmp_path)
    yield process
    await process.cleanup()


async def test_kill_9_in_a_class_quiz_counts_every_answer_once_and_the_quiz_carries_on(
    fake: HoldingBotApi, bot: BotProcess
) -> None:
    db = bot.db
    fake.members[(GROUP, TEACHER)] = "administrator"
    fake.started.add(TEACHER)  # the teacher has talked to the bot, so the report can reach them
    await bot.start()
    started = 830000001
    fake.feed(CLASS.command(started, TEACHER, "/quiz@MatteTestBot 3 5s"))
    await bot.until(lambda: fake.polls and linked(db, next(iter(fake.polls.values()))["id"]), "poll 1")
    await bot.until(lambda: bot.fetched_past(started), "the start to be confirmed")
    (first,) = fake.calls_to("sendPoll")
    assert first.params["chat_id"] == GROUP and first.params["open_period"] == 5
    poll1 = next(iter(fake.polls.values()))["id"]
    right = first.params["correct_option_ids"][0]
    wrong = (right + 1) % len(first.params["options"])

    # Pupils answer; the bot handles and commits them, but its confirming getUpdates never arrives.
    fake.held.add("getupdates")
    votes = [
        poll_answer(830000010, 801, poll1, right),
        poll_answer(830000011, 802, poll1, right),
        poll_answer(830000012, 803, poll1, wrong),
        poll_answer(830000013, 801, poll1, wrong),  # a second answer by 801: ignored
    ]
    fake.feed(*votes)
    await bot.until(lambda: bot.fetched_past(830000013, "held"), "the answers to be handled")
    assert class_answers(db) == [(1, "801", 1), (1, "802", 1), (1, "803", 0)]
    await bot.kill9()
    assert fake.queued() == [830000010, 830000011, 830000012, 830000013]  # Telegram will serve them again

    # Restart on the same file. Telegram serves the unconfirmed answers again, and (a harsher case)
    # the /quiz that started the session, although it was confirmed before the kill.
    fake.held.clear()
    fake.redeliver(CLASS.command(started, TEACHER, "/quiz@MatteTestBot 3 5s"))
    await bot.start()
    await bot.until(lambda: bot.fetched_past(830000013), "the redelivered updates")
    assert class_answers(db) == [(1, "801", 1), (1, "802", 1), (1, "803", 0)]

    # The scheduler of the new process closes question 1 on its timer and asks question 2.
    await bot.until(lambda: len(fake.polls) == 2, "poll 2")
    poll2 = list(fake.polls.values())[1]["id"]
    await bot.until(lambda: linked(db, poll2), "poll 2 to be linked")
    second = fake.calls_to("sendPoll")[1]
    right2 = second.params["correct_option_ids"][0]
    wrong2 = (right2 + 1) % len(second.params["options"])
    fake.feed(poll_answer(830000020, 801, poll2, right2), poll_answer(830000021, 804, poll2, wrong2))
    fake.feed(CLASS.command(830000022, TEACHER, "/quiz@MatteTestBot skip"))
    await bot.until(lambda: len(fake.polls) == 3, "poll 3 after /quiz skip")
    # Question 3 gets no answers and ends on its timer: podium, summary, report.
    await bot.until(lambda: fake.calls_to("sendDocument"), "the instructor's report", 20)
    await bot.until(lambda: rows(db, "SELECT count(*) FROM outbox") == [(0,)], "the outbox to empty")
    await bot.stop()

    assert class_answers(db) == [(1, "801", 1), (1, "802", 1), (1, "803", 0), (2, "801", 1), (2, "804", 0)]
    assert rows(db, "SELECT status, current FROM class_sessions") == [("finished", 3)]
    polls_sent = fake.calls_to("sendPoll")
    assert len(polls_sent) == 3 and {c.params["chat_id"] for c in polls_sent} == {GROUP}
    poll_messages = [message_id for (_chat, message_id) in fake.polls]
    stops = [c for c in fake.calls_to("stopPoll", None) if c.outcome in ("ok", "poll_closed")]
    assert [c.params["message_id"] for c in stops] == poll_messages  # closed by the bot or by open_period
    texts = fake.sent_texts(GROUP)  # the start, three results, the podium and the summary
    assert len(texts) == 6 and len(fake.calls_to("sendMessage")) == 6
    assert sum("クラスクイズを始めます" in t for t in texts) == 1
    assert not [t for t in texts if "もうクラスクイズが始まっています" in t]
    results = [t for t in texts if "問の答え:" in t]
    assert [r.split("問の答え")[0] for r in results] == ["第1", "第2", "第3"]
    assert "みんなの答え（3人）" in results[0] and "みんなの答え（2人）" in results[1]
    (summary,) = [t for t in texts if "クラスのまとめ" in t]
    assert "（4人、3問）" in summary and "全体の正解率: 60%" in summary
    assert "第1問: 67%（3人）" in summary and "第2問: 50%（2人）" in summary and "第3問: 0%（0人）" in summary
    (report,) = fake.calls_to("sendDocument")
    assert report.params["chat_id"] == TEACHER and report.files["document"].startswith(b"<!")


async def test_kill_9_in_a_solo_quiz_records_the_answer_once_and_the_quiz_continues(
    fake: HoldingBotApi, bot: BotProcess, bank: Bank
) -> None:
    db = bot.db

    def to_hanako() -> list[Call]:
        return [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == HANAKO]

    def answers() -> list[tuple[str, str, int]]:
        return rows(db, "SELECT item_id, choice, correct FROM answers WHERE user_id = ? ORDER BY id", HANAKO)

    await bot.start()
    fake.feed(private_text(840000001, HANAKO, "/quiz"))
    await bot.until(lambda: to_hanako() and bot.fetched_past(840000001), "the first question")
    (question,) = to_hanako()
    assert text_of(question).startswith("問題 1")
    item = buttons(question)[0].split(":")[1]
    choice = bank.items[item].answer
    assert f"qa:{item}:{choice}" in buttons(question)
    (message_id,) = fake.message_ids(HANAKO)

    # Hanako answers; the answer and the feedback are committed, but neither the feedback nor the
    # confirming getUpdates gets through before the kill.
    fake.held |= {"getupdates", "sendmessage"}
    fake.feed(button_press(840000002, HANAKO, message_id, f"qa:{item}:{choice}"))
    await bot.until(
        lambda: bot.fetched_past(840000002, "held") and bot.calls("sendMessage", "held"),
        "the answer to be handled",
    )
    assert answers() == [(item, choice, 1)]
    assert rows(db, "SELECT count(*) FROM outbox") == [(1,)]
    await bot.kill9()
    assert fake.queued() == [840000002]

    fake.held.clear()
    fake.redeliver(private_text(840000001, HANAKO, "/quiz"))  # confirmed before the kill
    await bot.start()
    await bot.until(lambda: bot.fetched_past(840000002), "the redelivered updates")
    await bot.until(lambda: len(to_hanako()) == 2, "the feedback from the outbox")
    feedback = to_hanako()[1]
    assert text_of(feedback).startswith("⭕") and "qn" in buttons(feedback)
    assert answers() == [(item, choice, 1)]

    fake.feed(button_press(840000003, HANAKO, fake.message_ids(HANAKO)[1], "qn"))
    await bot.until(lambda: len(to_hanako()) == 3, "the next question")
    following = to_hanako()[2]
    assert text_of(following).startswith("問題 2")
    next_item = buttons(following)[0].split(":")[1]
    assert next_item != item
    fake.feed(button_press(840000004, HANAKO, fake.message_ids(HANAKO)[2], buttons(following)[0]))
    await bot.until(lambda: len(to_hanako()) == 4, "the second feedback")
    await bot.until(lambda: bot.fetched_past(840000004), "the last press to be confirmed")
    await bot.stop()

    first_choice = buttons(following)[0].split(":")[2]
    expected = [
        (item, choice, 1),
        (next_item, first_choice, int(first_choice == bank.items[next_item].answer)),
    ]
    assert answers() == expected
    assert len(to_hanako()) == 4
    assert rows(db, "SELECT count(*) FROM processed_updates") == [(4,)]


def worst_window(times: list[float], width: float) -> int:
    """The most calls within any `width` seconds."""
    times = sorted(times)
    most = start = 0
    for end, t in enumerate(times):
        while t - times[start] >= width:
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_429_flood_against_the_real_process_loses_nothing_and_keeps_the_rates(
    fake: HoldingBotApi, tmp_path: Path
) -> None:
    rate, window, retry_after = 20, 2.0, 0.5
    fake.limits.group_window = window  # Telegram's minute, scaled down as in the bot
    bot = BotProcess(fake, tmp_path, group_window=window, TELEGRAM_MAX_RATE=str(rate))
    try:
        await bot.start()
        # A paste to check is answered once the classifier has loaded: the flood starts after
        # that, so the loading thread does not hold up the bot while it reacts to the 429s.
        fake.feed(
            private_text(850000001, PASTER, "【拡散希望】知り合いの医師によると、お湯を飲めば治るそうです")
        )
        await bot.until(lambda: fake.sent_texts(PASTER), "the classifier to load", 60)
        fake.fail("sendMessage", "429", times=2, retry_after=retry_after)
        pupils = range(2001, 2025)
        privates = range(1001, 1021)
        fake.feed(*(private_text(850000100 + i, user, "/help") for i, user in enumerate(privates)))
        fake.feed(
            *(CLASS.command(850000200 + i, user, "/help@MatteTestBot") for i, user in enumerate(pupils))
        )
        total = len(pupils) + len(privates)
        await bot.until(lambda: len(fake.calls_to("sendMessage")) >= total, "every reply", 60)
        await bot.until(lambda: rows(bot.db, "SELECT count(*) FROM outbox") == [(0,)], "the outbox to empty")
        await bot.stop()
    finally:
        await bot.cleanup()

    delivered = Counter(c.params["chat_id"] for c in fake.calls_to("sendMessage"))
    assert delivered == {PASTER: 1, GROUP: len(pupils), **dict.fromkeys(privates, 1)}
    attempts = [c for c in fake.calls_to("sendMessage", None) if c.params["chat_id"] != PASTER]
    refused = [c.at for c in attempts if c.outcome == "429"]
    assert len(refused) == 2 and len(attempts) == total + 2
    times = [c.at for c in attempts]
    for width in (0.5, 1.0):  # one more for a slot on the window's edge
        assert worst_window(times, width) <= rate * width + 1, [round(t - times[0], 3) for t in times]
    group_times = [c.at for c in attempts if c.params["chat_id"] == GROUP]
    # 20 in one window (so the limit did bind), never 21; 50 ms for the two requests' latencies
    assert worst_window(group_times, window - 0.05) == 20, [round(t - times[0], 3) for t in group_times]
    for call in [c for c in attempts if c.outcome == "429"]:
        retry = next(c for c in attempts if c.at > call.at and c.params["chat_id"] == call.params["chat_id"])
        assert retry.at - call.at >= retry_after and retry.params["text"] == call.params["text"]
    for call in [c for c in attempts if c.outcome == "429"]:  # that chat waits; the others go on
        same = [c.at for c in attempts if c.params["chat_id"] == call.params["chat_id"]]
        assert not [t for t in same if call.at < t < call.at + retry_after], [
            round(t - call.at, 3) for t in same
        ]


async def test_a_group_message_held_up_by_a_pause_is_counted_when_it_goes() -> None:
    """The deterministic core of the group-window check above (virtual clock)."""
    now = [0.0]

    async def sleep(seconds: float) -> None:
        now[0] += seconds

    limiter = RateLimiter(per_second=0, clock=lambda: now[0], sleep=sleep)
    limiter.pause(10.0, "-100")
    sent = []
    for _ in range(21):
        await limiter.acquire("-100", is_group=True)
        sent.append(now[0])
    assert sent[0] == 10.0 and sent[19] == 10.0
    # a window (and its margin) after the first really went, not after it was first asked for
    assert sent[20] == pytest.approx(10.0 + GROUP_WINDOW * (1 + GROUP_MARGIN))


async def test_the_overall_pace_counts_from_real_sends_after_the_event_loop_was_held_up() -> None:
    """Found by the flood above while the model loaded in a thread: slots booked ahead all fell
    due during a stall of the event loop and went out together, far over the rate."""
    limiter = RateLimiter(per_second=20)
    sent: list[float] = []

    async def send(chat: int) -> None:
        await limiter.acquire(str(chat), is_group=False)
        sent.append(time.monotonic())

    tasks = [asyncio.create_task(send(chat)) for chat in range(8)]
    await asyncio.sleep(0.01)
    time.sleep(0.3)  # the loop held up: CPU work in it, or a thread holding the GIL
    await asyncio.gather(*tasks)
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert min(gaps) > 0.025, gaps


def test_a_batch_with_nothing_to_check_does_not_wait_for_the_classifier_to_load(bank: Bank) -> None:
    """Found by the tests above: every first batch after a start (a /quiz, a poll answer) waited
    for the warm-up thread to load the model, holding up the whole bot for seconds."""
    loading, release = threading.Event(), threading.Event()

    def slow_model() -> object:
        loading.set()
        release.wait(2)
        return object()

    services = Services(bank=bank, scorer_factory=slow_model)  # type: ignore[arg-type]
    loader = threading.Thread(target=services.warm_up)
    loader.start()
    try:
        assert loading.wait(10)
        started = time.monotonic()
        services.prescore([])
        waited = time.monotonic() - started
    finally:
        release.set()
        loader.join(10)
    assert waited < 1.0


DECK_HEAD = """\
[deck]
id = "mine"
title_ja = "わたしのデッキ"
title_en = "My deck"
description_ja = "練習用"
description_en = "For practice"
"""
ITEM = """
[[items]]
id = "{id}"
kind = "judge"
topic = "{topic}"
level = "一般"
techniques = ["impersonation"]
verdict = "misleading"
post_ja = "知り合いの医師によると…"
post_en = "A doctor I know says…"
explanation_ja = "出典がありません。"
explanation_en = "No source."
"""
BROKEN = {
    # an unterminated string on line 4
    "syntax": (DECK_HEAD.replace('"My deck"', '"My deck'), 4, "TOML syntax"),
    # an unknown topic in the item whose id is on line 21
    "schema": (
        DECK_HEAD + ITEM.format(id="mine-001", topic="health") + ITEM.format(id="mine-002", topic="helth"),
        21,
        "unknown topic 'helth'",
    ),
}


# Nothing listens there: a bot that got past loading its content would hang and time out, not pass.
NO_BOT_API = "http://127.0.0.1:9/bot"


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_content_file_stops_start_up_with_one_line_naming_file_and_line(
    kind: str, tmp_path: Path
) -> None:
    text, line, message = BROKEN[kind]
    content = tmp_path / "content"
    content.mkdir()
    deck = content / "mine.toml"
    deck.write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MATTE_", "TELEGRAM_"))}
    env |= {
        "MATTE_CONTENT_DIR": str(content),
        "MATTE_DB": str(tmp_path / "matte.db"),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": NO_BOT_API,
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--adapter", "telegram"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    (error,) = done.stderr.splitlines()
    assert error.startswith(f"matte: error: {deck}:{line}:"), error
    assert message in error
