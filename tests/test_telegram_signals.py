"""`python -m bot run --adapter telegram` as a real process: SIGTERM/SIGINT end it cleanly and fast."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fake_bot_api import TOKEN, FakeBotApi, load_updates

from bot.cli import main
from bot.core import outbox
from bot.storage.database import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_signal_stops_polling_finishes_the_reply_in_flight_and_exits(
    fake: FakeBotApi, tmp_path: Path, sig: signal.Signals
) -> None:
    db = tmp_path / "matte.db"
    env = {k: v for k, v in os.environ.items() if k != "MATTE_CONFIG"}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": fake.base_url,
        "TELEGRAM_MAX_RATE": "0",
        "MATTE_DB": str(db),
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        "--adapter",
        "telegram",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.polling(timeout=60)
        fake.delays["sendmessage"] = 1.0
        fake.feed(*load_updates("private_start"))
        await fake.wait_for(lambda: fake.calls_to("sendMessage"), timeout=20)
        signalled = time.monotonic()
        proc.send_signal(sig)
        code = await asyncio.wait_for(proc.wait(), 15)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.stderr is not None
    errors = (await proc.stderr.read()).decode()
    assert code == 0, errors
    assert "Traceback" not in errors, errors
    assert time.monotonic() - signalled < 15
    confirms = [c.params.get("offset") for c in fake.calls_to("getUpdates")]
    assert confirms[-1] == load_updates("private_start")[0]["update_id"] + 1
    store = Store(db)
    try:
        assert outbox.pending(store.db, "telegram") == []
    finally:
        store.close()


def test_run_without_a_token_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("MATTE_CONFIG", raising=False)
    monkeypatch.setenv("MATTE_DB", str(tmp_path / "matte.db"))
    assert main(["run", "--adapter", "telegram"]) == 2
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err
