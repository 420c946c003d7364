"""SQLite writes per second through the real Engine and Store: 8 concurrent handlers against one.

    .venv/bin/python bench/bench_sqlite.py [--seconds 3] [--handlers 8]

One write is one event taken the whole way by App.process: Engine.handle commits, in one
BEGIN IMMEDIATE transaction, the update-id claim, the chat and user rows and the reply in the outbox;
then the reply is "sent" to a null adapter and acknowledged (a second, smaller transaction). Events
alternate /start and /help from 500 users, each seen once in an untimed warm-up. Each case starts
from a fresh database file:

- baseline: one handler on one connection;
- N handlers as asyncio tasks sharing one App (what `matte run` does in its one process);
- N processes, each with its own Store and App on the same file (workers sharing SQLite). Half-way
  through this case a `matte db backup` is taken; its copy must hold every update committed before.

It prints figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sqlite3
import statistics
import sys
import tempfile
import time
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import App  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.core.events import ChatKind, Command, Outgoing, Sent, Source  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.storage.backup import backup  # noqa: E402
from bot.storage.database import Store  # noqa: E402
from quizzes import load_bank  # noqa: E402

PLATFORM = "bench"
USERS = 500


class NullAdapter:
    """Accepts every reply at once, so only the bot's own work is measured."""

    platform = PLATFORM
    bulk_per_second = None

    async def run(self, app: App) -> None:
        return None

    async def send(self, out: Outgoing, via: object | None = None) -> Sent:
        return Sent(message_id="1")


def event(n: int, worker: int, prefix: str = "") -> Command:
    user = str(n % USERS)
    source = Source(platform=PLATFORM, chat_id=user, user_id=user, chat_kind=ChatKind.PRIVATE)
    return Command(source=source, name=("start", "help")[n % 2], args="", update_id=f"{prefix}{worker}-{n}")


def build_app(db: Path, worker: int = 0) -> App:
    """An App on `db`, warmed up: every user seen once and both replies rendered once, untimed."""
    app = App(Settings(db_path=str(db), hash_key="bench"), Store(db), Services(bank=load_bank()))
    app.add_adapter(NullAdapter())  # type: ignore[arg-type]

    async def warm_up() -> None:
        for n in range(2 * USERS):
            await app.process(event(n, worker, prefix="warm"))

    asyncio.run(warm_up())
    return app


async def handlers(app: App, tasks: int, seconds: float, worker: int = 0) -> list[float]:
    """Run `tasks` handlers until the deadline; returns each event's latency in seconds."""
    numbers, latencies = count(), []
    deadline = time.perf_counter() + seconds

    async def handler() -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await app.process(event(next(numbers), worker))
            latencies.append(time.perf_counter() - started)

    await asyncio.gather(*(handler() for _ in range(tasks)))
    return latencies


def in_process(db: Path, tasks: int, seconds: float) -> list[float]:
    app = build_app(db)
    try:
        return asyncio.run(handlers(app, tasks, seconds))
    finally:
        app.store.close()


def worker_main(db: str, worker: int, seconds: float, ready: mp.Barrier, out: mp.Queue) -> None:
    """One process: its own Store and App, started together with the others."""
    app = build_app(Path(db), worker)
    ready.wait()
    try:
        out.put(asyncio.run(handlers(app, 1, seconds, worker)))
    finally:
        app.store.close()


def committed_updates(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT update_id FROM processed_updates")}
    finally:
        conn.close()


def processes(db: Path, workers: int, seconds: float) -> tuple[list[float], str]:
    """Run `workers` processes on one file; returns latencies and the mid-run backup's verdict."""
    Store(db).close()
    ctx = mp.get_context("spawn")
    ready, out = ctx.Barrier(workers + 1), ctx.Queue()
    procs = [ctx.Process(target=worker_main, args=(str(db), w, seconds, ready, out)) for w in range(workers)]
    for proc in procs:
        proc.start()
    ready.wait()
    time.sleep(seconds / 2)
    before = committed_updates(db)
    copy = backup(db, db.with_name("mid-run-backup.db"))
    verdict = check_backup(copy.path, before)
    latencies = [value for _ in procs for value in out.get()]
    for proc in procs:
        proc.join()
    return latencies, verdict


def check_backup(path: Path, before: set[str]) -> str:
    conn = sqlite3.connect(path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        present = {row[0] for row in conn.execute("SELECT update_id FROM processed_updates")}
    finally:
        conn.close()
    missing = len(before - present)
    return (
        f"integrity_check {integrity}; {len(before) - missing:,} of the {len(before):,} updates "
        f"committed before it started are in it ({len(present):,} in all)"
    )


def describe(label: str, latencies: list[float], seconds: float, baseline: float | None) -> float:
    rate = len(latencies) / seconds
    ms = sorted(x * 1000 for x in latencies)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    ratio = f", {rate / baseline:.2f}x the baseline" if baseline else ""
    print(
        f"{label}: {rate:,.0f} events/s{ratio} ({len(ms):,} events; latency p50 "
        f"{statistics.median(ms):.2f} ms, p99 {p99:.2f} ms)",
        flush=True,
    )
    return rate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each measurement (3)")
    parser.add_argument("--handlers", type=int, default=8, help="concurrent handlers (8)")
    args = parser.parse_args(argv)
    n, seconds = args.handlers, args.seconds
    print(
        f"each event: App.process of /start or /help = 1 handling transaction + 1 ack; {seconds:g} s per case"
    )
    with tempfile.TemporaryDirectory(prefix="matte-bench-") as tmp:
        base = describe(
            "baseline, 1 handler on 1 connection", in_process(Path(tmp) / "one.db", 1, seconds), seconds, None
        )
        describe(
            f"{n} asyncio handlers sharing 1 connection (one process)",
            in_process(Path(tmp) / "tasks.db", n, seconds),
            seconds,
            base,
        )
        latencies, verdict = processes(Path(tmp) / "procs.db", n, seconds)
        describe(f"{n} processes, 1 connection each, same file", latencies, seconds, base)
        print(f"backup taken half-way through the {n}-process run: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
