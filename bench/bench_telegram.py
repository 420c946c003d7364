"""Updates per second through the fake Bot API: Matte against a bare python-telegram-bot echo bot.

    .venv/bin/python bench/bench_telegram.py [--updates 1000] [--users 50]

Both bots poll the same local fake Bot API (tests/fake_bot_api.py) in this one process and get the
same real-shaped updates from many private chats: forwarded messages (Matte answers each with the
guided check) and short texts (Matte answers with a hint). The echo bot answers every update with
one sendMessage. A run ends when every update is answered (Matte: handled, replies sent and
acknowledged in SQLite). Matte runs with TELEGRAM_MAX_RATE=0, as for a self-hosted Bot API server.
Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from echo_race import CHECKED, TEXTS, running_matte, timed, warmed_services  # noqa: E402
from fake_bot_api import TOKEN, FakeBotApi, Limits, private_text  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.ext import Application, ContextTypes, MessageHandler, filters  # noqa: E402

from bot.adapters.telegram.runner import TelegramAdapter  # noqa: E402
from bot.services import Services  # noqa: E402


def updates(kind: str, count: int, users: int, first_id: int) -> list[dict[str, Any]]:
    texts = CHECKED if kind == "forward" else TEXTS
    forward = "緊急ニュース速報" if kind == "forward" else None
    return [
        private_text(first_id + i, 10_000 + i % users, f"{texts[i % len(texts)]} ({i})", forward_from=forward)
        for i in range(count)
    ]


async def feed(fake: FakeBotApi, batch: list[dict[str, Any]]) -> None:
    """Hand the whole batch to the fake at once (the first thing timed)."""
    fake.feed(*batch)


async def echo_bot(fake: FakeBotApi, batch: list[dict[str, Any]]) -> float:
    """Seconds for a bare python-telegram-bot echo bot to answer the whole batch."""

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text is not None
        await update.effective_message.reply_text(update.effective_message.text)

    application = Application.builder().token(TOKEN).base_url(fake.base_url).build()
    application.add_handler(MessageHandler(filters.TEXT, echo))
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(timeout=25)
    await fake.polling()
    answered = len(fake.calls_to("sendMessage"))
    elapsed, _ = await timed(
        feed(fake, batch), lambda: len(fake.calls_to("sendMessage")) - answered >= len(batch)
    )
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
    return elapsed


async def matte(fake: FakeBotApi, batch: list[dict[str, Any]], services: Services) -> tuple[float, int]:
    """Seconds for Matte to handle the batch and send every reply, and how many replies it sent."""
    last_id = batch[-1]["update_id"]
    async with running_matte(
        services,
        lambda settings: TelegramAdapter(settings, handle_signals=False),
        telegram_token=TOKEN,
        telegram_api_url=fake.base_url,
        telegram_max_rate=0,
    ) as (app, _):
        await fake.polling()
        answered = len(fake.calls_to("sendMessage"))

        def done() -> bool:
            confirmed = any((c.params.get("offset") or 0) > last_id for c in fake.calls_to("getUpdates"))
            return confirmed and not app.delivery.busy and not app.engine.pending("telegram")

        elapsed, _ = await timed(feed(fake, batch), done)
    return elapsed, len(fake.calls_to("sendMessage")) - answered


async def main(count: int, users: int) -> None:
    services = warmed_services()
    print(f"{count} updates from {users} private chats per run; python {sys.version.split()[0]}")
    print(f"{'workload':<10} {'echo bot/s':>11} {'Matte/s':>9} {'ratio':>7}  Matte replies")
    next_id = 1
    for kind in ("forward", "text"):
        # as a self-hosted Bot API server: no overall cap (the fake's default is Telegram's ~30/s)
        async with FakeBotApi(limits=Limits(overall_per_second=10**9)) as fake:
            echo_s = await echo_bot(fake, updates(kind, count, users, next_id))
            fake.calls.clear()
            batch = updates(kind, count, users, next_id + count)
            matte_s, replies = await matte(fake, batch, services)
        next_id += 2 * count
        echo_rate, matte_rate = count / echo_s, count / matte_s
        print(
            f"{kind:<10} {echo_rate:>11.0f} {matte_rate:>9.0f} {matte_rate / echo_rate:>7.2f}",
            f" {replies}/{count}",
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1000, help="updates per run (default 1000)")
    parser.add_argument("--users", type=int, default=50, help="distinct private chats (default 50)")
    args = parser.parse_args()
    asyncio.run(main(args.updates, args.users))
