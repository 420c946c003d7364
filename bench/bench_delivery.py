"""A course day for 1,000 seniors at the same hour while a class quiz runs: does the quiz keep its pace?

    .venv/bin/python bench/bench_delivery.py [--seniors 1000] [--questions 4] [--seconds 10]

Half the seniors are on Telegram, half on Discord. Each platform is a local fake adapter that paces
sends to that platform's documented limits (Telegram: about 30 messages a second overall and 20 a
minute per group; Discord: 50 requests a second overall and 5 per 5 seconds per channel) with a few
milliseconds of latency, so the figures measure Matte's delivery, not a network. A class quiz with
`--seconds` questions runs in a Telegram group while the scheduler hands the course day to delivery.

Two runs in this process: the per-chat queues Matte uses, and as the baseline one queue for
everything (how replies left before). Printed per run: the quiz's question-to-question intervals
against the setting, how long the course day took, and whether every course message arrived exactly
once. Figures only; nothing asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from bot.adapters.discord.limits import BULK_PER_SECOND as DISCORD_BULK  # noqa: E402
from bot.adapters.telegram.limits import BULK_PER_SECOND as TELEGRAM_BULK  # noqa: E402
from bot.app import App  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.adapter import Host  # noqa: E402
from bot.core.delivery import Delivery, one_queue, per_chat  # noqa: E402
from bot.core.events import ChatKind, Command, Message, Outgoing, QuizPoll, Sent, Source  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.storage import course_plan  # noqa: E402
from bot.storage.course_plan import ACTIVE, Enrolment  # noqa: E402
from bot.storage.database import Store  # noqa: E402
from bot.storage.timestamps import iso, utc_now  # noqa: E402
from quizzes import load_bank  # noqa: E402

GROUP = "-100777"


@dataclass
class Window:
    """At most `count` sends per `seconds`, as a sliding window."""

    count: int
    seconds: float
    times: deque[float] = field(default_factory=deque)

    async def take(self) -> None:
        while True:
            now = time.monotonic()
            while self.times and now - self.times[0] >= self.seconds:
                self.times.popleft()
            if len(self.times) < self.count:
                self.times.append(now)
                return
            await asyncio.sleep(self.seconds - (now - self.times[0]))


@dataclass
class PacedPlatform:
    """A fake platform adapter that sends no faster than the platform allows."""

    platform: str
    overall: Window
    per_group: tuple[int, float]
    bulk_per_second: float
    latency: float = 0.004
    sent: list[tuple[float, Outgoing]] = field(default_factory=list)
    groups: dict[str, Window] = field(default_factory=dict)

    async def run(self, host: Host) -> None:
        return None

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        if out.chat.chat_id.startswith("-"):
            await self.groups.setdefault(out.chat.chat_id, Window(*self.per_group)).take()
        await self.overall.take()
        await asyncio.sleep(self.latency)
        self.sent.append((time.monotonic(), out))
        return Sent(str(len(self.sent)), f"poll-{len(self.sent)}")


def telegram() -> PacedPlatform:
    return PacedPlatform("telegram", Window(30, 1.0), (20, 60.0), TELEGRAM_BULK)


def discord() -> PacedPlatform:
    return PacedPlatform("discord", Window(50, 1.0), (5, 5.0), DISCORD_BULK)


def is_course(out: Outgoing) -> bool:
    return isinstance(out, Message) and out.bulk


def enrol_all(store: Store, seniors: int) -> None:
    now = utc_now()
    with store.write() as db:
        for n in range(seniors):
            platform = "telegram" if n % 2 else "discord"
            user = str(10_000 + n)
            course_plan.enrol(
                db,
                Enrolment(platform, user, user, "senior7", 10, 2, 1, iso(now - timedelta(seconds=1)), ACTIVE),
                now,
            )


async def one_run(seniors: int, questions: int, seconds: int, queue_of: object) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        app = App(
            Settings(db_path=str(Path(tmp) / "bench.db"), hash_key="bench"), store, Services(bank=load_bank())
        )
        app.delivery = Delivery(app._send, app.engine.ack, queue_of=queue_of, bulk_rate=app._bulk_rate)  # type: ignore[arg-type]
        platforms = {"telegram": telegram(), "discord": discord()}
        for adapter in platforms.values():
            app.add_adapter(adapter)
        asked: dict[str, float] = {}
        submit = app.delivery.submit

        def timed_submit(pending, via=None):  # type: ignore[no-untyped-def]
            pending = list(pending)
            for item in pending:
                if isinstance(item.outgoing, QuizPoll):
                    asked.setdefault(item.outgoing.ref, time.monotonic())
            return submit(pending, via)

        app.delivery.submit = timed_submit  # type: ignore[method-assign]
        teacher = Source(
            platform="telegram", chat_id=GROUP, user_id="1", chat_kind=ChatKind.GROUP, is_admin=True
        )
        await app.process(Command(source=teacher, name="quiz", args=f"{questions} {seconds}s"), wait=False)
        enrol_all(store, seniors)
        started = time.monotonic()
        deadline = started + questions * (seconds + 8) + 60
        while time.monotonic() < deadline:
            await app.tick()
            polls = [t for t, out in platforms["telegram"].sent if isinstance(out, QuizPoll)]
            course = sum(1 for p in platforms.values() for _, out in p.sent if is_course(out))
            if len(polls) >= questions and course >= seniors * 2 and not app.delivery.busy:
                break
            await asyncio.sleep(0.25)
        await app.delivery.close()
        store.close()
    polls = [t for t, out in platforms["telegram"].sent if isinstance(out, QuizPoll)]
    lags = [t - asked[out.ref] for t, out in platforms["telegram"].sent if isinstance(out, QuizPoll)]
    intervals = [b - a for a, b in itertools.pairwise(polls)]
    per_senior: Counter[str] = Counter()
    finished: dict[str, float] = defaultdict(float)
    for platform in platforms.values():
        for at, out in platform.sent:
            if is_course(out):
                per_senior[f"{platform.platform}:{out.chat.chat_id}"] += 1
                finished[platform.platform] = max(finished[platform.platform], at - started)
    return {
        "questions asked": len(polls),
        "question asked -> seen, worst s": round(max(lags), 2) if lags else None,
        "interval mean s": round(statistics.fmean(intervals), 2) if intervals else None,
        "interval worst deviation s": round(max(abs(i - seconds) for i in intervals), 2)
        if intervals
        else None,
        "course messages": sum(per_senior.values()),
        "seniors reached": len(per_senior),
        "messages per senior": sorted(set(per_senior.values())),
        "course done after s (telegram, discord)": (
            round(finished["telegram"], 1),
            round(finished["discord"], 1),
        ),
    }


async def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seniors", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args(argv)
    print(
        f"course day for {args.seniors} seniors (half Telegram, half Discord) during a class quiz "
        f"of {args.questions} x {args.seconds} s questions"
    )
    for name, queue_of in (("per-chat queues (Matte)", per_chat), ("one queue (baseline)", one_queue)):
        figures = await one_run(args.seniors, args.questions, args.seconds, queue_of)
        print(f"\n{name}")
        for key, value in figures.items():
            print(f"  {key:42} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
