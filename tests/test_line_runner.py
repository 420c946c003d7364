"""The LINE adapter end to end: signed webhooks in, line-bot-sdk calls out to the strict fake LINE
Platform (tests/fake_line_api.py), the real core and SQLite in between."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_bot_api import TOKEN, FakeBotApi, load_updates
from fake_line_api import (
    ACCESS_TOKEN,
    CHANNEL_SECRET,
    FakeLineApi,
    buttons,
    load_body,
    post_webhook,
    shown,
)
from linebot.v3.messaging import (
    AsyncMessagingApi,
    PostbackAction,
    PushMessageRequest,
    QuickReply,
    QuickReplyItem,
    TextMessage,
)
from linebot.v3.messaging.exceptions import ApiException
from running_bot import RunningBot

from bot.adapters.line.client import messaging_client
from bot.adapters.line.runner import LineAdapter
from bot.adapters.line.webhook import MAX_BODY_BYTES
from bot.adapters.serving import Listener
from bot.adapters.telegram.runner import TelegramAdapter
from bot.app import App
from bot.config import ConfigError, Settings
from bot.core import outbox
from bot.core.events import ChatRef, Message
from bot.services import Services
from bot.storage import instructors, learning, line_pushes
from bot.storage.database import Store
from classifier.result import CheckResult, Cue, Span
from classifier.testing import FakeScorer

USER = "U4af4980629a1b2c3d4e5f60718293a4b"
GROUP = "Ca56f94637c3b2a1d0e9f8a7b6c5d4e3f"
DUBIOUS = load_body("text_private")["events"][0]["message"]["text"]
PHISHING = (
    "お客様のアカウントに不正ログインがありました。"
    "本日中に下記より本人確認を行わないと利用を停止します http://secure-login-check.xyz/"
)
REPLY, PUSH, LOADING = "/v2/bot/message/reply", "/v2/bot/message/push", "/v2/bot/chat/loading/start"


@dataclass
class Running(RunningBot[FakeLineApi, LineAdapter]):
    url: str

    async def post(self, name: str, **kwargs: Any) -> int:
        """Post a recorded body with a fresh reply token and wait until it is handled and answered."""
        status = await post_webhook(self.url, load_body(name, reply_token=self.fake.issue_token()), **kwargs)
        await self.settled()
        return status

    async def settled(self) -> None:
        await self.fake.wait_for(lambda: not (self.adapter.busy or self.app.delivery.busy), timeout=8)


def dubious_scorer() -> FakeScorer:
    cue = Cue("urgency", (Span(0, 4, "【緊急】"),))
    return FakeScorer({DUBIOUS: CheckResult(0.97, True, (cue,), ())})


@pytest.fixture
def services(bank, clock, scorer_factory, request: pytest.FixtureRequest) -> Services:
    shipped = request.node.get_closest_marker("shipped_model") is not None
    return Services(bank=bank, clock=clock, scorer_factory=scorer_factory if shipped else dubious_scorer)


async def start(
    fake: FakeLineApi, db_path: Path, services: Services, listener: Listener | None = None, **overrides: Any
) -> Running:
    settings = Settings(
        db_path=str(db_path),
        hash_key="test-key",
        line_channel_secret=CHANNEL_SECRET,
        line_channel_access_token=ACCESS_TOKEN,
        line_api_url=fake.base_url,
        line_data_api_url=fake.base_url,
        web_port=0,
        **overrides,
    )
    store = Store(settings.db_path)
    app = App(settings, store, services)
    app.delivery.backoff = 0.05
    adapter = LineAdapter(settings, handle_signals=False, drain_seconds=5, listener=listener)
    app.add_adapter(adapter)
    task = asyncio.create_task(app.run())
    await asyncio.wait_for(adapter.listening.wait(), 5)
    assert adapter.address is not None
    return Running(fake, app, adapter, store, task, f"http://127.0.0.1:{adapter.address[1]}/line/webhook")


@pytest.fixture
async def fake() -> AsyncIterator[FakeLineApi]:
    async with FakeLineApi() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeLineApi, db_path: Path, services: Services) -> AsyncIterator[Running]:
    running = await start(fake, db_path, services)
    yield running
    await running.stop()


def render(bot: Running, template: str, **values: Any) -> str:
    return bot.app.engine.renderer.render("ja", template, **values)


def pushes_counted(bot: Running) -> int:
    return line_pushes.count(bot.store.db, line_pushes.this_month())


def test_the_channel_secret_and_token_are_required(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="LINE_CHANNEL_SECRET"):
        LineAdapter(settings)


async def test_follow_gets_the_japanese_welcome_by_reply(bot: Running) -> None:
    assert await bot.post("follow") == 200
    assert bot.fake.texts(REPLY) == [render(bot, "start", name="")]
    assert bot.fake.calls_to(PUSH) == [] and pushes_counted(bot) == 0


async def test_a_dubious_message_gets_the_guided_check_by_reply_with_its_buttons(bot: Running) -> None:
    await bot.post("text_private")
    assert [c.path for c in bot.fake.calls] == [LOADING, REPLY]
    (reply,) = bot.fake.calls_to(REPLY)
    (message,) = reply.body["messages"]
    assert message["type"] == "flex" and "【緊急】" in shown(message)
    assert (
        message["altText"].startswith("気をつけたいサインがあります") and "【緊急】" not in message["altText"]
    )
    labels = [action["label"] for action in buttons(message)]
    assert labels[0] == render(bot, "check_button_who") and len(labels) == 7
    assert bot.fake.calls_to(PUSH) == []

    who = buttons(message)[0]["data"]
    body = load_body("postback", reply_token=bot.fake.issue_token())
    body["events"][0]["postback"]["data"] = who
    await post_webhook(bot.url, body)
    await bot.settled()
    step = bot.fake.calls_to(REPLY)[1].body["messages"][-1]
    # the same choices at every step, so a number written out beside them keeps its meaning
    assert [i["action"]["label"] for i in step["quickReply"]["items"]] == labels
    assert bot.fake.calls_to(PUSH) == []


@pytest.mark.shipped_model
async def test_the_shipped_model_names_the_signs_of_a_phishing_message(bot: Running) -> None:
    body = load_body("text_private", reply_token=bot.fake.issue_token())
    body["events"][0]["message"]["text"] = PHISHING
    await post_webhook(bot.url, body)
    await bot.settled()
    (reply,) = bot.fake.calls_to(REPLY)
    (card,) = reply.body["messages"]
    assert card["type"] == "flex", "a flagged message gets the check card"
    assert "気をつけたいサインがあります" in shown(card) and "secure-login-check[.]xyz" in shown(card)
    assert bot.fake.calls_to(PUSH) == []


async def test_an_ordinary_message_gets_the_short_reply(bot: Running) -> None:
    await bot.post("text_private_short")
    assert bot.fake.texts(REPLY) == [render(bot, "text_hint")]
    assert bot.fake.calls_to(LOADING) == []


@pytest.mark.parametrize(("secret", "status"), [(None, 400), ("not the channel secret", 401)])
async def test_a_bad_signature_is_refused_and_nothing_is_processed(
    bot: Running, caplog: pytest.LogCaptureFixture, secret: str | None, status: int
) -> None:
    assert await bot.post("text_private", secret=secret) == status
    assert bot.fake.calls == []
    assert bot.store.db.execute("SELECT count(*) FROM processed_updates").fetchone()[0] == 0
    refused = [r.getMessage() for r in caplog.records if r.name == "bot.adapters.line.webhook"]
    assert len(refused) == 1 and "緊急" not in refused[0]


async def test_the_empty_verification_webhook_gets_200(bot: Running) -> None:
    assert await bot.post("verification") == 200
    assert bot.fake.calls == []


async def test_a_redelivered_event_is_answered_once_also_after_a_restart(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    first = await start(fake, db_path, services)
    await first.post("text_private_short")
    await first.stop()
    second = await start(fake, db_path, services)
    try:
        await second.post("redelivery")
        await second.post("redelivery")
    finally:
        await second.stop()
    assert len(fake.calls_to(REPLY)) == 1


async def test_unaddressed_group_text_gets_nothing_and_leaves_no_text(bot: Running) -> None:
    text = load_body("text_group")["events"][0]["message"]["text"]
    await bot.post("text_group")
    await bot.post("text_group_other_mention")
    assert bot.fake.calls == []
    dump = "\n".join(bot.store.db.conn.iterdump())
    assert text not in dump and "やろうよ" not in dump


async def test_a_mention_in_a_group_is_answered_there(bot: Running) -> None:
    await bot.post("text_group_mention")
    assert bot.fake.texts(REPLY) == [render(bot, "text_hint")]
    assert bot.fake.calls_to(LOADING) == []


async def test_the_events_replies_share_one_reply_call(bot: Running) -> None:
    """Starting the course answers with several items: one reply call carries them all."""
    await bot.post("word_course")
    (intro,) = bot.fake.calls_to(REPLY)
    pick = intro.body["messages"][-1]["quickReply"]["items"][0]["action"]["data"]
    body = load_body("postback", reply_token=bot.fake.issue_token())
    body["events"][0]["postback"]["data"] = pick
    await post_webhook(bot.url, body)
    await bot.settled()
    started = bot.fake.calls_to(REPLY)[1]
    assert 2 <= len(started.body["messages"]) <= 5
    assert bot.fake.calls_to(PUSH) == []


async def course_day(bot: Running, clock: Any) -> None:
    """Enrol in the course by replies, then let the scheduler deliver the next day."""
    await bot.post("word_course")
    pick = bot.fake.calls_to(REPLY)[-1].body["messages"][-1]["quickReply"]["items"][0]["action"]["data"]
    body = load_body("postback", reply_token=bot.fake.issue_token())
    body["events"][0]["postback"]["data"] = pick
    await post_webhook(bot.url, body)
    await bot.settled()
    clock.advance(days=1, hours=12)
    await bot.app.tick(wait=True)
    await bot.settled()


async def test_a_course_day_goes_by_push_and_is_counted(bot: Running, clock: Any) -> None:
    await course_day(bot, clock)
    pushes = bot.fake.calls_to(PUSH)
    assert pushes and all(c.body["to"] == USER for c in pushes)
    assert pushes_counted(bot) == bot.fake.pushed == len(pushes), "one per request, not per message"
    assert len(pushes) == 1 and len(pushes[0].body["messages"]) == 2, "the day's items in one request"


async def test_at_the_push_limit_course_pushes_stop_and_checks_are_still_answered(
    fake: FakeLineApi, db_path: Path, services: Services, clock: Any
) -> None:
    bot = await start(fake, db_path, services, line_push_limit=3)
    try:
        with bot.store.write() as db:
            line_pushes.add(db, line_pushes.this_month(), 3)
        await course_day(bot, clock)
        assert fake.calls_to(PUSH) == [] and pushes_counted(bot) == 3
        await bot.post("text_private")
        assert "【緊急】" in fake.texts(REPLY)[-1]
    finally:
        await bot.stop()


async def test_a_late_reply_falls_back_to_one_counted_push(bot: Running) -> None:
    bot.fake.token_seconds = 0
    await bot.post("follow")
    assert bot.fake.calls_to(REPLY, ok=False) and bot.fake.texts(PUSH) == [render(bot, "start", name="")]
    assert pushes_counted(bot) == 1


async def test_429_is_retried_with_backoff(bot: Running, caplog: pytest.LogCaptureFixture) -> None:
    bot.fake.fail(REPLY, 429, 429)
    await bot.post("follow")
    assert [c.status for c in bot.fake.calls if c.path == REPLY] == [429, 429, 200]
    assert bot.fake.calls_to(PUSH) == []


async def test_a_reply_for_one_person_in_a_group_goes_privately(bot: Running) -> None:
    group = ChatRef("line", GROUP)
    with bot.store.write() as db:
        items = [
            outbox.add(db, Message(chat=group, text="あなただけに", ephemeral=True, for_user=USER)),
            outbox.add(db, Message(chat=group, text="誰にも", ephemeral=True)),
        ]
    await asyncio.wait(bot.app.deliver(items))
    assert [(c.body["to"], c.body["messages"][0]["text"]) for c in bot.fake.calls_to(PUSH)] == [
        (USER, "あなただけに")
    ]


async def test_unfollow_stops_the_course_without_any_call(bot: Running, clock: Any, caplog) -> None:
    caplog.set_level(logging.WARNING)
    await bot.post("word_course")
    calls = len(bot.fake.calls)
    await bot.post("unfollow")
    assert len(bot.fake.calls) == calls


async def test_the_webhook_answers_before_the_events_are_handled(bot: Running) -> None:
    handle = bot.app.engine.handle
    release = asyncio.Event()

    async def slow(event: Any) -> Any:
        await release.wait()
        return await handle(event)

    bot.app.engine.handle = slow  # type: ignore[method-assign]
    body = load_body("follow", reply_token=bot.fake.issue_token())
    assert await asyncio.wait_for(post_webhook(bot.url, body), 2) == 200
    assert bot.adapter.busy and bot.fake.calls == []
    release.set()
    await bot.settled()
    assert bot.fake.texts(REPLY) == [render(bot, "start", name="")]


async def test_a_class_quiz_asked_for_in_a_group_is_refused_privately(bot: Running) -> None:
    """LINE groups have no admins: the refusal goes to the asker alone, the group sees nothing."""
    await bot.post("command_group_quiz")
    assert bot.fake.calls_to(REPLY) == []
    (push,) = bot.fake.calls_to(PUSH)
    assert push.body["to"] == "U8189cf6745fc0d808977bdb0b9f22995"
    assert push.body["messages"][0]["text"] == render(bot, "class_admins_only")


async def test_an_enrolled_instructor_runs_a_class_quiz_in_a_group(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    bot = await start(fake, db_path, services, instructor_code="SAKURA-2026")
    try:
        teacher = load_body("teacher_private", reply_token=fake.issue_token())
        teacher["events"][0]["source"]["userId"] = "U8189cf6745fc0d808977bdb0b9f22995"
        teacher["events"][0]["message"]["text"] = "先生 WRONG"
        await post_webhook(bot.url, teacher)
        await bot.settled()
        assert fake.texts(REPLY)[-1].startswith("コードが違います")

        teacher["events"][0]["webhookEventId"] += "2"
        teacher["events"][0]["replyToken"] = fake.issue_token()
        teacher["events"][0]["message"]["text"] = "先生 SAKURA-2026"
        await post_webhook(bot.url, teacher)
        await bot.settled()
        assert fake.texts(REPLY)[-1].startswith("先生として登録しました")
        assert "SAKURA-2026" not in "\n".join(bot.store.db.conn.iterdump())

        await bot.post("command_group_quiz")
        group = fake.calls_to(REPLY)[-1]
        question = group.body["messages"][-1]
        assert question["quickReply"]["items"] and all(
            i["action"]["type"] == "postback" for i in question["quickReply"]["items"]
        )
        assert fake.calls_to(PUSH) == []
    finally:
        await bot.stop()


async def test_without_an_instructor_code_no_one_enrols(bot: Running) -> None:
    await bot.post("teacher_private")
    assert bot.fake.texts(REPLY)[-1].startswith("この Matte では先生の登録を受け付けていません")
    await bot.post("command_group_quiz")
    assert bot.fake.calls_to(PUSH)[0].body["messages"][0]["text"] == render(bot, "class_admins_only")


TEACHER = "U8189cf6745fc0d808977bdb0b9f22995"
PUPILS = (
    "U1111111111111111111111111111111a",
    "U2222222222222222222222222222222b",
    "U3333333333333333333333333333333c",
)


async def test_a_class_quiz_runs_to_the_summary_on_replies_alone(
    fake: FakeLineApi, db_path: Path, services: Services, clock: Any
) -> None:
    """Each pupil's tap brings a reply token; the scheduler's next question and the results ride on
    the latest one, so a whole class quiz costs no push, and taps are not acknowledged by push."""
    bot = await start(fake, db_path, services, instructor_code="SAKURA-2026")
    try:
        with bot.store.write() as db:
            instructors.enrol(db, "line", TEACHER)
        quiz = load_body("command_group_quiz", reply_token=fake.issue_token())
        quiz["events"][0]["message"]["text"] = "/quiz 2 10s"
        await post_webhook(bot.url, quiz)
        await bot.settled()
        for number in (1, 2):
            question = fake.calls_to(REPLY)[-1].body["messages"][-1]
            choice = question["quickReply"]["items"][0]["action"]["data"]
            for n, pupil in enumerate(PUPILS):
                tap = load_body("postback", reply_token=fake.issue_token())
                tap["events"][0]["source"] = {"type": "group", "groupId": GROUP, "userId": pupil}
                tap["events"][0]["webhookEventId"] = f"01JQ0TAP{number}{n}"
                tap["events"][0]["postback"]["data"] = choice
                await post_webhook(bot.url, tap)
                await bot.settled()
            clock.advance(seconds=11)
            await bot.app.tick(wait=True)
            await bot.settled()
        texts = fake.texts(REPLY)
        assert any("クラスのまとめ（3人、2問）" in t for t in texts)
        assert all(c.body["to"] != GROUP and c.body["to"] not in PUPILS for c in fake.calls_to(PUSH))
        assert fake.calls_to(REPLY, ok=False) == []
    finally:
        await bot.stop()


async def test_stopping_sends_the_replies_in_hand_first(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    bot = await start(fake, db_path, services)
    handle = bot.app.engine.handle

    async def slow(event: Any) -> Any:
        await asyncio.sleep(0.3)
        return await handle(event)

    bot.app.engine.handle = slow  # type: ignore[method-assign]
    await post_webhook(bot.url, load_body("follow", reply_token=fake.issue_token()))
    assert bot.adapter.busy
    await bot.stop()
    assert fake.texts(REPLY) == [render(bot, "start", name="")]


async def serving(url: str, seconds: float = 60) -> None:
    """Wait until a started `matte run` answers LINE's verification webhook (start-up loads the
    classifier, slow on a busy machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if await post_webhook(url, load_body("verification")) == 200:
                return
        await asyncio.sleep(0.1)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@contextlib.asynccontextmanager
async def matte_run(
    fake: FakeLineApi, tmp_path: Path, *adapters: str
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """A real `matte run --adapter ...` process on a free port, talking to the fake LINE Platform:
    (the process, its base URL) once LINE's verification webhook is answered; killed if still running."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "MATTE_DB": str(tmp_path / "matte.db"),
        "LINE_CHANNEL_SECRET": CHANNEL_SECRET,
        "LINE_CHANNEL_ACCESS_TOKEN": ACCESS_TOKEN,
        "LINE_API_URL": fake.base_url,
        "LINE_DATA_API_URL": fake.base_url,
    }
    chosen = [word for adapter in adapters for word in ("--adapter", adapter)]
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", *chosen, "--port", str(port),
        env=env, stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        await serving(f"{base}/line/webhook")
        yield process, base
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_matte_run_adapter_line_answers_and_exits_on_sigterm(fake: FakeLineApi, tmp_path: Path) -> None:
    async with matte_run(fake, tmp_path, "line") as (process, base):
        url = f"{base}/line/webhook"
        assert await post_webhook(url, load_body("follow", reply_token=fake.issue_token())) == 200
        await fake.wait_for(lambda: bool(fake.calls_to(REPLY)), timeout=8)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0
        assert time.monotonic() - started < 15


async def test_no_secret_or_message_text_reaches_the_log_at_debug(
    bot: Running, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    group_text = load_body("text_group")["events"][0]["message"]["text"]
    for name in ("follow", "text_private", "text_group", "text_group_mention"):
        await bot.post(name)
    await bot.post("text_private", secret="wrong")
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert "LINE webhook refused 1 request(s): bad signature x1" in logged
    for secret in (DUBIOUS, group_text, "政府が全員に", ACCESS_TOKEN, CHANNEL_SECRET, "replyToken"):
        assert secret not in logged


async def test_an_oversized_body_is_refused_unread(bot: Running) -> None:
    body = load_body("text_private", reply_token=bot.fake.issue_token())
    body["events"][0]["webhookEventId"] = "01JQ0OVERSIZED000000000000"
    body["padding"] = "x" * (MAX_BODY_BYTES + 1)
    assert await bot.post("text_private") == 200
    assert await post_webhook(bot.url, json.dumps(body).encode()) == 413
    await bot.settled()
    assert len(bot.fake.calls_to(REPLY)) == 1


async def test_lines_monthly_limit_drops_the_push_without_retrying(bot: Running) -> None:
    bot.fake.token_seconds = 0
    bot.fake.fail(PUSH, 429, message="You have reached your monthly limit.")
    await bot.post("follow")
    assert [c.status for c in bot.fake.calls if c.path == PUSH] == [429]
    assert pushes_counted(bot) == 0


async def test_line_and_web_share_one_server_in_one_process(fake: FakeLineApi, tmp_path: Path) -> None:
    """`matte run --adapter line --adapter web`: the webhook, the classroom and /healthz all answer
    on the one --port, and SIGTERM stops both."""
    async with matte_run(fake, tmp_path, "line", "web") as (process, base):
        assert (
            await post_webhook(f"{base}/line/webhook", load_body("follow", reply_token=fake.issue_token()))
            == 200
        )
        await fake.wait_for(lambda: bool(fake.calls_to(REPLY)), timeout=8)
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/") as page:
                assert page.status == 200 and page.content_type == "text/html"
            async with http.get(f"{base}/healthz") as health:
                assert health.status == 200
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 15) == 0


@contextlib.asynccontextmanager
async def line_and_telegram(
    fake: FakeLineApi, bot_api: FakeBotApi, db_path: Path, services: Services
) -> AsyncIterator[str]:
    """LINE and Telegram's webhook (TELEGRAM_WEBHOOK_LISTEN = --host/--port) in one app; the base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(
        db_path=str(db_path),
        line_channel_secret=CHANNEL_SECRET,
        line_channel_access_token=ACCESS_TOKEN,
        line_api_url=fake.base_url,
        line_data_api_url=fake.data_url,
        telegram_token=TOKEN,
        telegram_api_url=bot_api.base_url,
        telegram_max_rate=0,
        telegram_webhook_url="https://bot.example.jp/telegram",
        telegram_webhook_listen=f"127.0.0.1:{port}",
        telegram_webhook_secret="tg-secret",
        web_host="127.0.0.1",
        web_port=port,
    )
    listener = Listener("127.0.0.1", port, users=2)
    store = Store(settings.db_path)
    app = App(settings, store, services)
    line = LineAdapter(settings, handle_signals=False, drain_seconds=5, listener=listener)
    telegram = TelegramAdapter(
        settings, handle_signals=False, drain_seconds=5, backoff=0.05, listener=listener
    )
    app.add_adapter(line)
    app.add_adapter(telegram)
    task = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(line.listening.wait(), 5)
        yield f"http://127.0.0.1:{port}"
    finally:
        line.stop()
        await asyncio.wait_for(task, 15)
        store.close()


async def post_telegram(url: str, update: dict[str, Any]) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": "tg-secret"}
    async with aiohttp.ClientSession() as http, http.post(url, json=update, headers=headers) as answer:
        return answer.status


async def test_telegrams_webhook_on_the_same_address_shares_the_server(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    """TELEGRAM_WEBHOOK_LISTEN naming --host/--port: LINE's and Telegram's webhooks answer on one port."""
    async with FakeBotApi() as bot_api, line_and_telegram(fake, bot_api, db_path, services) as base:
        await bot_api.wait_for(lambda: bot_api.calls_to("setWebhook"))
        follow = load_body("follow", reply_token=fake.issue_token())
        assert await post_webhook(f"{base}/line/webhook", follow) == 200
        update = load_updates("private_start")[0]
        bot_api.started.add(update["message"]["from"]["id"])
        assert await post_telegram(f"{base}/telegram", update) == 200
        await fake.wait_for(lambda: bool(fake.calls_to(REPLY)) and bool(bot_api.calls_to("sendMessage")))


async def test_telegrams_route_answers_503_until_the_bot_api_has_answered(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    """The shared server starts with LINE; Telegram's route is there but says "later" (Telegram
    retries) while the Bot API cannot be reached, and LINE is served meanwhile."""
    async with FakeBotApi() as bot_api:
        bot_api.fail("getMe", "500", times=10**6)
        async with line_and_telegram(fake, bot_api, db_path, services) as base:
            assert await post_telegram(f"{base}/telegram", load_updates("private_start")[0]) == 503
            follow = load_body("follow", reply_token=fake.issue_token())
            assert await post_webhook(f"{base}/line/webhook", follow) == 200
            await fake.wait_for(lambda: bool(fake.calls_to(REPLY)))


async def test_an_event_after_line_stopped_gets_503_while_the_shared_server_runs(
    fake: FakeLineApi, db_path: Path, services: Services
) -> None:
    """LINE has stopped but the classroom still serves: LINE's events get 503, so LINE sends them
    again later, instead of a 200 for events nobody handles."""
    listener = Listener("127.0.0.1", 0, users=2)
    classroom = asyncio.create_task(listener.mount(lambda app: None))
    bot = await start(fake, db_path, services, listener=listener)
    await classroom
    await bot.stop()
    try:
        assert await post_webhook(bot.url, load_body("follow", reply_token=fake.issue_token())) == 503
        assert fake.calls == []
    finally:
        await listener.leave()


async def test_checks_that_arrive_together_are_scored_in_one_batch_after_their_dots(bot: Running) -> None:
    """While one event is handled, the next requests queue up; their texts are scored in one go
    (not one worker thread each), and each chat's loading dots are shown before its answer."""
    services = bot.app.engine.services
    batches: list[list[str]] = []
    prescore = services.prescore
    services.prescore = lambda texts: (batches.append(list(texts)), prescore(texts))[1]
    handle, release = bot.app.engine.handle, asyncio.Event()

    async def held(event: Any) -> Any:
        await release.wait()
        return await handle(event)

    bot.app.engine.handle = held  # type: ignore[method-assign]
    users = [f"U{n:032x}" for n in range(1, 5)]
    for n, user in enumerate(users):
        body = load_body("text_private", reply_token=bot.fake.issue_token())
        event = body["events"][0]
        event["source"]["userId"], event["webhookEventId"] = user, f"01JQ0BATCH{n:016d}"
        event["message"]["text"] = f"{DUBIOUS} ({n})"
        assert await post_webhook(bot.url, body) == 200
    release.set()
    await bot.settled()
    assert batches == [[f"{DUBIOUS} (0)"], [f"{DUBIOUS} ({n})" for n in (1, 2, 3)]]
    order = [(c.path, c.body.get("chatId")) for c in bot.fake.calls if c.path in (LOADING, REPLY)]
    assert [p for p, _ in order].count(LOADING) == 4 and len(bot.fake.calls_to(REPLY)) == 4
    assert order[0] == (LOADING, users[0]) and order[1][0] == REPLY
    assert [p for p, _ in order[2:5]] == [LOADING] * 3 and bot.fake.calls_to(PUSH) == []


async def test_a_push_counts_once_per_request_however_many_messages(bot: Running) -> None:
    """LINE bills a push per request and recipient, not per message object: 7 messages go in two
    requests (5 + 2) and count two."""
    long_text = "\n".join("あ" * 99 for _ in range(330))
    with bot.store.write() as db:
        item = outbox.add(db, Message(chat=ChatRef("line", USER), text=long_text))
    await asyncio.wait(bot.app.deliver([item]))
    assert [len(c.body["messages"]) for c in bot.fake.calls_to(PUSH)] == [5, 2]
    assert pushes_counted(bot) == bot.fake.pushed == 2


def test_matte_run_shares_the_server_with_telegram_only_on_the_same_address() -> None:
    from bot.commands.run_cmd import _telegram_shares

    same = Settings(telegram_webhook_url="https://x.jp/tg", telegram_webhook_listen="127.0.0.1:8000")
    assert _telegram_shares(same)
    assert not _telegram_shares(replace(same, telegram_webhook_listen="127.0.0.1:8080"))
    assert not _telegram_shares(replace(same, telegram_webhook_url=""))


async def test_a_picture_is_fetched_from_the_data_api_read_and_answered_by_reply(bot: Running) -> None:
    screenshot = Path(__file__).parent / "images" / "line_scam.png"
    bot.fake.contents["468789577898262537"] = screenshot.read_bytes()
    await bot.post("image_private")
    paths = [c.path for c in bot.fake.calls]
    assert paths == [LOADING, "/v2/bot/message/468789577898262537/content", REPLY]
    (reply,) = bot.fake.texts(REPLY)
    assert "画像から読み取った文字" in reply and "拡散希望" in reply
    assert bot.fake.calls_to(PUSH) == []


async def test_a_picture_line_no_longer_holds_gets_a_message_not_silence(bot: Running) -> None:
    await bot.post("image_private")
    assert bot.fake.calls_to("/v2/bot/message/468789577898262537/content", ok=False)
    assert bot.fake.texts(REPLY) == [render(bot, "image_problem", problem="unavailable")]


async def tap(bot: Running, data: str, event_id: str) -> None:
    """A quick reply button tapped: LINE's postback event with the button's data."""
    body = load_body("postback", reply_token=bot.fake.issue_token())
    body["events"][0]["postback"]["data"] = data
    body["events"][0]["webhookEventId"] = event_id
    await post_webhook(bot.url, body)
    await bot.settled()


async def typed(bot: Running, text: str, event_id: str) -> None:
    """Text typed in the one-to-one chat (the recorded 「１７」, with other words)."""
    body = load_body("text_private_number", reply_token=bot.fake.issue_token())
    body["events"][0]["message"]["text"] = text
    body["events"][0]["webhookEventId"] = event_id
    await post_webhook(bot.url, body)
    await bot.settled()


def last_reply(bot: Running) -> dict[str, Any]:
    return bot.fake.calls_to(REPLY)[-1].body["messages"][-1]


def labels(message: dict[str, Any]) -> list[str]:
    return [action["label"] for action in buttons(message)]


def data_of(message: dict[str, Any], label: str) -> str:
    return next(str(a["data"]) for a in buttons(message) if a["label"] == label)


async def test_lesson_17_opens_from_the_learn_menu_by_next(bot: Running, services: Services) -> None:
    """19 lessons, 13 quick replies: the text numbers all 19, the buttons page through them."""
    lessons = services.bank.lessons_in_order()
    assert len(lessons) > 13
    await bot.post("command_learn")
    menu = last_reply(bot)
    assert all(f"{n}. {lesson.title_ja}" in shown(menu) for n, lesson in enumerate(lessons, 1))
    assert labels(menu) == [*map(str, range(1, 13)), "次へ ▶"]

    await tap(bot, data_of(menu, "次へ ▶"), "01JQ0TAPMORE00000000000000")
    page = last_reply(bot)
    assert shown(page).startswith(f"13〜{len(lessons)}番です")
    assert f"17. {lessons[16].title_ja}" in shown(page) and "12. " not in shown(page)
    assert labels(page) == [*map(str, range(13, len(lessons) + 1)), "◀ 最初へ"]
    await tap(bot, data_of(page, "◀ 最初へ"), "01JQ0TAPFIRST0000000000000")
    assert labels(last_reply(bot))[:12] == [*map(str, range(1, 13))]

    await tap(bot, data_of(page, "17"), "01JQ0TAPLESSON170000000000")
    card = last_reply(bot)
    assert shown(card).startswith(f"{lessons[16].title_ja}(1/{len(lessons[16].cards)})")
    assert learning.lesson_status(bot.store.db, "line", USER) == {lessons[16].id: "started"}
    assert bot.fake.calls_to(PUSH) == [] and len(bot.fake.calls_to(REPLY, ok=False)) == 0

    await tap(bot, data_of(menu, "次へ ▶"), "01JQ0TAPSTALE0000000000000")
    assert shown(last_reply(bot)).startswith("このメニューは古くなったため使えません")
    assert learning.lesson_status(bot.store.db, "line", USER) == {lessons[16].id: "started"}


async def test_lesson_17_opens_from_the_learn_menu_by_typed_number(bot: Running, services: Services) -> None:
    lessons = services.bank.lessons_in_order()
    await bot.post("command_learn")
    await typed(bot, "２５", "01JQ0TYPED2500000000000000")
    note = last_reply(bot)
    assert shown(note) == f"25番はありません。1〜{len(lessons)}の番号を送ってください。"
    assert labels(note) == [*map(str, range(1, 13)), "次へ ▶"]
    assert learning.lesson_status(bot.store.db, "line", USER) == {}

    await bot.post("text_private_number")
    card = last_reply(bot)
    assert shown(card).startswith(f"{lessons[16].title_ja}(1/{len(lessons[16].cards)})")
    assert learning.lesson_status(bot.store.db, "line", USER) == {lessons[16].id: "started"}
    assert bot.fake.calls_to(PUSH) == []


async def test_a_number_in_a_group_stays_chatter_unless_matte_is_mentioned(bot: Running) -> None:
    learn = load_body("command_group_quiz", reply_token=bot.fake.issue_token())
    learn["events"][0]["message"]["text"] = "/learn"
    await post_webhook(bot.url, learn)
    await bot.settled()
    assert labels(last_reply(bot))[-1] == "次へ ▶"
    calls = len(bot.fake.calls)
    chatter = load_body("text_group", reply_token=bot.fake.issue_token())
    chatter["events"][0]["message"]["text"] = "17"
    await post_webhook(bot.url, chatter)
    await bot.settled()
    assert len(bot.fake.calls) == calls
    asked = load_body("text_group_mention", reply_token=bot.fake.issue_token())
    asked["events"][0]["message"]["text"] = "@マッテ ２５"
    await post_webhook(bot.url, asked)
    await bot.settled()
    assert shown(last_reply(bot)).startswith("25番はありません")


async def test_the_fake_refuses_more_than_thirteen_quick_replies_as_line_does(fake: FakeLineApi) -> None:
    """LINE: at most 13 quick reply buttons on a message (LINE Developers, "Use quick replies"), and
    a request breaking a limit is refused whole with 400. The SDK's model checks the count too; built
    past those checks (`construct`), as another client might send it, the fake must refuse it."""
    client = messaging_client(fake.base_url, ACCESS_TOKEN)
    try:
        api = AsyncMessagingApi(client)
        for count, ok in ((13, True), (14, False)):
            items = [QuickReplyItem(action=PostbackAction(label=str(n), data=f"a:{n}")) for n in range(count)]
            message = TextMessage(text="選んでください", quick_reply=QuickReply.construct(items=items))
            request = PushMessageRequest(to=USER, messages=[message])
            if ok:
                await api.push_message(request)
            else:
                with pytest.raises(ApiException) as refused:
                    await api.push_message(request)
                assert refused.value.status == 400
    finally:
        await client.close()
