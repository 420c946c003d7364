"""The event loop's heartbeat and the health check that reads it: a blocked loop fails the check."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import threading
import time
from pathlib import Path

import pytest

from bot import heartbeat
from bot.app import App
from bot.config import Settings
from bot.storage.database import Store
from bot.testing import CollectingAdapter

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def load_healthcheck():
    spec = importlib.util.spec_from_file_location("matte_healthcheck_hb", DEPLOY / "healthcheck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Waiting(CollectingAdapter):
    """A chat platform with no HTTP endpoint (like long polling): runs until cancelled."""

    async def run(self, app: App) -> None:
        await asyncio.Event().wait()


def wait_for(condition, timeout: float) -> float:
    """Seconds until `condition()` held; fails after `timeout`."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < timeout, "condition never held"
        time.sleep(0.01)
    return time.monotonic() - start


def test_the_file_is_named_after_the_adapters_and_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    assert heartbeat.path_for(db, ["telegram", "discord"]) == Path(f"{db}.alive-discord-telegram")
    assert heartbeat.path_for(db, []) == Path(f"{db}.alive-console")
    assert heartbeat.path_for(":memory:", ["telegram"]) is None


def test_a_stale_or_missing_heartbeat_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "m.db.alive-telegram"
    assert "not running" in (heartbeat.problem(path) or "")
    path.touch()
    assert heartbeat.problem(path) is None
    later = path.stat().st_mtime + heartbeat.STALE_AFTER_SECONDS + 1
    assert "blocked or stopped" in (heartbeat.problem(path, now=later) or "")


def test_the_health_check_fails_while_the_event_loop_is_blocked(
    tmp_path: Path, services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bot runs in its own thread and loop; a blocking call in that loop (3 s here, standing for a
    hung one) makes the check fail within the staleness limit, and recover once the loop runs again."""
    monkeypatch.setattr(heartbeat, "INTERVAL_SECONDS", 0.05)
    monkeypatch.setattr(heartbeat, "STALE_AFTER_SECONDS", 0.5)
    healthcheck = load_healthcheck()
    db = tmp_path / "matte.db"
    settings = Settings(db_path=str(db), hash_key="k")
    store = Store(db)
    app = App(settings, store, services)
    app.add_adapter(Waiting(platform="telegram"))
    loop = asyncio.new_event_loop()
    running = loop.create_task(app.run())

    def serve() -> None:
        with contextlib.suppress(asyncio.CancelledError):
            loop.run_until_complete(running)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        wait_for(lambda: healthcheck.problems(settings, ["telegram"]) == [], timeout=10)
        blocked_at = time.monotonic()
        loop.call_soon_threadsafe(time.sleep, 3.0)
        wait_for(lambda: healthcheck.problems(settings, ["telegram"]) != [], timeout=5)
        assert time.monotonic() - blocked_at < 3.0, "noticed only after the loop was free again"
        [problem] = healthcheck.problems(settings, ["telegram"])
        assert "blocked or stopped" in problem
        wait_for(lambda: healthcheck.problems(settings, ["telegram"]) == [], timeout=5)
    finally:
        loop.call_soon_threadsafe(running.cancel)
        thread.join(10)
        loop.close()
        store.close()
    assert not Path(f"{db}.alive-telegram").exists(), "a stopped bot leaves no heartbeat behind"
