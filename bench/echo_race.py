"""What bench_telegram.py and bench_line.py share: Matte raced against a bare echo bot on one platform.

Both send the same messages (dubious forwards that Matte checks, and short texts it answers with a
hint), start Matte the same way on a throwaway database, and time a batch the same way: from the
first send until a condition holds, wall-clock and CPU. Kept in one place so the two platforms'
figures stay comparable.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bot.app import App
from bot.config import Settings
from bot.core.adapter import Adapter
from bot.services import Services
from bot.storage.database import Store
from quizzes import load_bank

CHECKED = (
    "【拡散希望】明日、市内の水道に毒が混入されるそうです!今すぐ水を買いだめしてください!!",
    "明日の保護者会は10時から体育館で行います。上履きをお持ちください。",
    "【重要】お客様の口座が凍結されました。24時間以内にこちらで手続きしてください http://example.com/x",
    "地震予知:来週、大地震が来ます。家族や友だちにも教えてあげてください。",
    "今日の夕飯はカレーにします。帰りに玉ねぎを買ってきてね。",
)
"""Long enough to be checked: rumours, a scam, and ordinary news."""
TEXTS = ("こんにちは", "ありがとう", "おはよう", "またね")
"""Short texts, answered with the hint."""


class StoppableAdapter(Adapter, Protocol):
    def stop(self) -> None: ...


A = TypeVar("A", bound=StoppableAdapter)


def warmed_services() -> Services:
    """The shipped bank and model, loaded before any timing starts; only errors are logged."""
    logging.basicConfig(level=logging.ERROR)
    services = Services(bank=load_bank())
    services.warm_up()
    return services


async def wait_until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.002)


async def timed(send: Awaitable[object], done: Callable[[], bool]) -> tuple[float, float]:
    """Seconds (wall-clock, CPU) from awaiting `send` until `done()` holds."""
    started, cpu = time.perf_counter(), time.process_time()
    await send
    await wait_until(done)
    return time.perf_counter() - started, time.process_time() - cpu


@asynccontextmanager
async def running_matte(
    services: Services, make_adapter: Callable[[Settings], A], **settings: Any
) -> AsyncIterator[tuple[App, A]]:
    """Matte with one adapter on a throwaway database, running until the block ends."""
    with tempfile.TemporaryDirectory() as tmp:
        config = Settings(db_path=str(Path(tmp) / "bench.db"), **settings)
        store = Store(config.db_path)
        app = App(config, store, services)
        adapter = make_adapter(config)
        app.add_adapter(adapter)
        task = asyncio.create_task(app.run())
        yield app, adapter
        adapter.stop()
        await task
        store.close()
