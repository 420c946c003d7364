"""No secret or other people's data in the log, at any level, tracebacks included.

The end-to-end tests run the real `python -m bot run --adapter telegram` at DEBUG against the fake Bot
API (long polling, then webhook mode) and read everything it wrote to stderr.
"""

from __future__ import annotations

import asyncio
import copy
import io
import logging
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_bot_api import TOKEN, FakeBotApi, load_updates

from bot import log_setup
from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
PHONE = "090-1234-5678"
SECRET = "hook-secret-Zq81xYv"
FORWARDED = f"【拡散希望】明日は断水すると市役所の人が言っていました。詳しくは {PHONE} まで"
NAME = "鈴木"


def forwarded_update() -> dict[str, Any]:
    update = copy.deepcopy(load_updates("forward_user")[0])
    update["message"]["text"] = FORWARDED
    return update


def test_scrub_hides_secrets_token_shapes_and_personal_data() -> None:
    log_setup.hide("very-secret-value")
    line = f"token 123456789:AAHd9x_Q0w1e2r3t4y5u6i7o8p9a0s1d2f3 and very-secret-value, call {PHONE}"
    assert log_setup.scrub(line) == "token [SECRET] and [SECRET], call [PHONE]"


def test_tracebacks_are_scrubbed_too() -> None:
    stream = io.StringIO()
    log_setup.configure(Settings(telegram_token=TOKEN, log_level="DEBUG"), stream)
    try:
        raise RuntimeError(f"https://api.telegram.org/bot{TOKEN}/sendMessage failed for {PHONE}")
    except RuntimeError:
        logging.getLogger("matte.test").exception("boom")
    text = stream.getvalue()
    assert "Traceback" in text and "RuntimeError" in text
    assert TOKEN not in text and PHONE not in text and "[SECRET]" in text


def test_payload_loggers_stay_at_info_or_above_at_debug() -> None:
    log_setup.configure(Settings(log_level="DEBUG"), io.StringIO())
    assert logging.getLogger("matte.test").isEnabledFor(logging.DEBUG)
    for name in ("telegram.ext.Updater", "telegram.Bot", "discord.gateway", "discord.http", "httpx"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name


def bot_env(fake: FakeBotApi, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MATTE_", "TELEGRAM_"))}
    return env | {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": fake.base_url,
        "TELEGRAM_MAX_RATE": "0",
        "MATTE_DB": str(tmp_path / "matte.db"),
        "MATTE_LOG_LEVEL": "DEBUG",
        "MATTE_HASH_KEY": "hash-key-for-the-log-test",
        **extra,
    }


async def run_bot(env: dict[str, str], log: Path, work: Any) -> str:
    """Start the bot, run `work()`, stop it with SIGTERM; returns everything it logged."""
    with log.open("wb") as stderr:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--adapter", "telegram", cwd=ROOT, env=env, stderr=stderr
        )
    try:
        await work()
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 30) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    return log.read_text(errors="replace")


def assert_clean(text: str) -> None:
    assert "DEBUG bot.core.delivery" in text, "the run should have logged at DEBUG"
    for leaked in (TOKEN, SECRET, FORWARDED, FORWARDED[:12], PHONE, NAME, "hash-key-for-the-log-test"):
        assert leaked not in text, leaked


async def test_a_polling_session_at_debug_leaks_nothing(fake: FakeBotApi, tmp_path: Path) -> None:
    async def session() -> None:
        await fake.polling(timeout=60)
        fake.feed(*load_updates("private_start"), forwarded_update(), *load_updates("group_command_admin"))
        await fake.wait_for(lambda: len(fake.calls_to("sendMessage", None)) >= 3, timeout=60)

    assert_clean(await run_bot(bot_env(fake, tmp_path), tmp_path / "polling.log", session))


async def test_a_webhook_session_at_debug_leaks_nothing(fake: FakeBotApi, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = bot_env(
        fake,
        tmp_path,
        TELEGRAM_WEBHOOK_URL="https://matte.example.org/tg/hook",
        TELEGRAM_WEBHOOK_LISTEN=f"127.0.0.1:{port}",
        TELEGRAM_WEBHOOK_SECRET=SECRET,
    )

    async def session() -> None:
        await fake.wait_for(lambda: fake.calls_to("setWebhook"), timeout=60)
        url = f"http://127.0.0.1:{port}/tg/hook"
        async with aiohttp.ClientSession() as http:
            for update in (load_updates("private_start")[0], forwarded_update()):
                headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
                async with http.post(url, json=update, headers=headers) as response:
                    assert response.status == 200
        await fake.wait_for(lambda: len(fake.calls_to("sendMessage", None)) >= 2, timeout=60)

    assert_clean(await run_bot(env, tmp_path / "webhook.log", session))


@pytest.fixture
async def fake() -> Any:
    async with FakeBotApi() as api:
        yield api
