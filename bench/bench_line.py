"""Webhook events per second through the fake LINE Platform: Matte against a bare line-bot-sdk echo bot.

    .venv/bin/python bench/bench_line.py [--events 500] [--users 50] [--concurrency 10]

Both bots receive the same real-shaped, signed webhook requests (one message event each, from many
one-to-one chats, at most `--concurrency` requests in flight, as LINE's delivery does) in this one
process and answer through the local fake LINE Platform (tests/fake_line_api.py), which checks
every reply as LINE would. The echo bot is the SDK's own pattern: an aiohttp route that verifies
the signature with `WebhookParser` and replies to each text with one `reply_message`, before its
200. Matte answers 200 at once and handles the events afterwards: a message of 20 characters or
more is checked (the shipped classifier, the loading animation, the guided check as one Flex card
by reply) and a short one gets the hint. A run ends when every event is answered by reply (Matte:
handled, delivered and acknowledged in SQLite). Both rates and the process's CPU time per event
are printed (the fake and the sender run in the same process for both bots, so the CPU ratio is
the steadier figure on a shared machine). Figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402
from echo_race import CHECKED, TEXTS, running_matte, timed, warmed_services  # noqa: E402
from fake_line_api import ACCESS_TOKEN, CHANNEL_SECRET, FakeLineApi  # noqa: E402
from linebot.v3 import WebhookParser  # noqa: E402
from linebot.v3.messaging import (  # noqa: E402
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    ReplyMessageRequest,
    TextMessage,
)
from linebot.v3.webhooks import MessageEvent, TextMessageContent  # noqa: E402

from bot.adapters.line.runner import LineAdapter  # noqa: E402
from bot.adapters.line.translate import SIGNATURE_HEADER, signature  # noqa: E402
from bot.adapters.serving import serve  # noqa: E402
from bot.services import Services  # noqa: E402

REPLY = "/v2/bot/message/reply"


def requests(fake: FakeLineApi, kind: str, count: int, users: int, first: int) -> list[tuple[bytes, str]]:
    """Signed webhook bodies of one text message event each, with reply tokens the fake issued."""
    texts = CHECKED if kind == "check" else TEXTS
    found = []
    for i in range(count):
        n = first + i
        event = {
            "type": "message",
            "mode": "active",
            "timestamp": 1764720000000 + n,
            "webhookEventId": f"01JQBENCH{n:017d}",
            "deliveryContext": {"isRedelivery": False},
            "replyToken": fake.issue_token(),
            "source": {"type": "user", "userId": f"U{10_000 + i % users:032x}"},
            "message": {
                "type": "text",
                "id": str(n),
                "quoteToken": f"q{n}",
                "text": f"{texts[i % len(texts)]} ({n})",
            },
        }
        body = json.dumps({"destination": "U" + "0" * 32, "events": [event]}, ensure_ascii=False).encode()
        found.append((body, signature(CHANNEL_SECRET, body)))
    return found


async def post_all(url: str, batch: list[tuple[bytes, str]], concurrency: int) -> None:
    """Deliver the requests as LINE does: signed, a few at a time; every one must get its 200."""
    queue = list(reversed(batch))

    async def worker(session: aiohttp.ClientSession) -> None:
        while queue:
            body, signed = queue.pop()
            headers = {"Content-Type": "application/json", SIGNATURE_HEADER: signed}
            async with session.post(url, data=body, headers=headers) as response:
                assert response.status == 200, response.status

    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))


async def echo_bot(
    fake: FakeLineApi, batch: list[tuple[bytes, str]], concurrency: int
) -> tuple[float, float]:
    """Seconds (wall-clock, CPU) for a bare line-bot-sdk echo bot to answer the whole batch."""
    parser = WebhookParser(CHANNEL_SECRET)
    client = AsyncApiClient(Configuration(host=fake.base_url, access_token=ACCESS_TOKEN))
    api = AsyncMessagingApi(client)

    async def callback(request: web.Request) -> web.Response:
        body = (await request.read()).decode()
        for event in parser.parse(body, request.headers[SIGNATURE_HEADER]):
            if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
                reply = ReplyMessageRequest(
                    reply_token=event.reply_token, messages=[TextMessage(text=event.message.text)]
                )
                await api.reply_message(reply)
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/callback", callback)
    runner = await serve(app, "127.0.0.1", 0)
    port = runner.addresses[0][1]
    answered = len(fake.calls_to(REPLY))
    elapsed, cpu = await timed(
        post_all(f"http://127.0.0.1:{port}/callback", batch, concurrency),
        lambda: len(fake.calls_to(REPLY)) - answered >= len(batch),
    )
    await runner.cleanup()
    await client.close()
    return elapsed, cpu


async def matte(
    fake: FakeLineApi, batch: list[tuple[bytes, str]], services: Services, concurrency: int
) -> tuple[float, float, int, int]:
    """Seconds (wall-clock, CPU) for Matte to handle the batch and reply to every event; replies and
    pushes sent."""
    async with running_matte(
        services,
        lambda settings: LineAdapter(settings, handle_signals=False),
        line_channel_secret=CHANNEL_SECRET,
        line_channel_access_token=ACCESS_TOKEN,
        line_api_url=fake.base_url,
        line_data_api_url=fake.data_url,
        web_port=0,
    ) as (app, adapter):
        await adapter.listening.wait()
        assert adapter.address is not None
        answered = len(fake.calls_to(REPLY))

        def done() -> bool:
            replied = len(fake.calls_to(REPLY)) - answered >= len(batch)
            return replied and not adapter.busy and not app.delivery.busy and not app.engine.pending("line")

        url = f"http://127.0.0.1:{adapter.address[1]}/line/webhook"
        elapsed, cpu = await timed(post_all(url, batch, concurrency), done)
    replies = len(fake.calls_to(REPLY)) - answered
    return elapsed, cpu, replies, len(fake.calls_to("/v2/bot/message/push"))


async def main(count: int, users: int, concurrency: int) -> None:
    services = warmed_services()
    print(
        f"{count} webhook events from {users} one-to-one chats per run, {concurrency} requests in flight; "
        f"python {sys.version.split()[0]}"
    )
    print(
        f"{'workload':<10} {'echo bot/s':>11} {'Matte/s':>9} {'ratio':>7}"
        f" {'CPU ms/event echo':>18} {'Matte':>6} {'ratio':>6}  Matte replies (pushes)"
    )
    first = 1
    for kind in ("check", "text"):
        async with FakeLineApi() as fake:
            echo_s, echo_cpu = await echo_bot(fake, requests(fake, kind, count, users, first), concurrency)
            fake.calls.clear()
            batch = requests(fake, kind, count, users, first + count)
            matte_s, matte_cpu, replies, pushes = await matte(fake, batch, services, concurrency)
            flex = sum(m.get("type") == "flex" for c in fake.calls_to(REPLY) for m in c.body["messages"])
        first += 2 * count
        echo_rate, matte_rate = count / echo_s, count / matte_s
        echo_ms, matte_ms = 1000 * echo_cpu / count, 1000 * matte_cpu / count
        print(
            f"{kind:<10} {echo_rate:>11.0f} {matte_rate:>9.0f} {matte_rate / echo_rate:>7.2f}"
            f" {echo_ms:>18.2f} {matte_ms:>6.2f} {echo_ms / matte_ms:>6.2f}",
            f" {replies}/{count} ({pushes}); Flex cards: {flex}",
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500, help="webhook events per run (default 500)")
    parser.add_argument("--users", type=int, default=50, help="distinct one-to-one chats (default 50)")
    parser.add_argument("--concurrency", type=int, default=10, help="requests in flight (default 10)")
    args = parser.parse_args()
    asyncio.run(main(args.events, args.users, args.concurrency))
