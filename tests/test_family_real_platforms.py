"""The family relay through the real adapters: a senior on LINE (line-bot-sdk against the strict fake
LINE Platform) and a grandchild on Telegram (python-telegram-bot polling the fake Bot API), one App,
one SQLite file. Linking, asking, a quick-reply answer, the database dump after delivery, unlinking."""

from __future__ import annotations

import asyncio
import itertools
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fake_bot_api import TOKEN, FakeBotApi, private_text
from fake_line_api import ACCESS_TOKEN, CHANNEL_SECRET, FakeLineApi, buttons, load_body, post_webhook

from bot.adapters.line.runner import LineAdapter
from bot.adapters.telegram.runner import TelegramAdapter
from bot.app import App
from bot.config import Settings
from bot.features.helpers import CODE_ALPHABET, CODE_LENGTH
from bot.services import Services
from bot.storage.database import Store
from classifier.result import CheckResult, Cue, Span
from classifier.testing import FakeScorer
from tests.family_harness import dump

pytestmark = pytest.mark.filterwarnings("ignore:.*`retry_after`:DeprecationWarning")

SENIOR = "U4af4980629a1b2c3d4e5f60718293a4b"
GRANDCHILD = 5012345678
SCAM = (
    "【緊急】口座が凍結されました。至急 http://bank-check.example.xyz/login か 03-1234-5678 へ。"
    "hanako@example.jp"
)
REPLY, PUSH = "/v2/bot/message/reply", "/v2/bot/message/push"
_ids = itertools.count(900000001)


@pytest.fixture
def services(bank, clock) -> Services:
    cue = Cue("urgency", (Span(0, 4, "【緊急】"),))
    return Services(
        bank=bank, clock=clock, scorer_factory=lambda: FakeScorer({SCAM: CheckResult(0.97, True, (cue,), ())})
    )


@dataclass
class Both:
    line: FakeLineApi
    telegram: FakeBotApi
    app: App
    store: Store
    url: str
    line_adapter: LineAdapter
    telegram_adapter: TelegramAdapter

    async def settled(self) -> None:
        await self.line.wait_for(
            lambda: not (self.app.delivery.busy or self.line_adapter.busy or self.telegram_adapter.busy), 10
        )

    async def senior_says(self, text: str) -> None:
        body = load_body("text_private", reply_token=self.line.issue_token())
        event = body["events"][0]
        event["message"]["text"] = text
        event["webhookEventId"] = f"01FAMILY{next(_ids)}"
        assert await post_webhook(self.url, body) == 200
        await self.settled()

    async def senior_presses(self, data: str) -> None:
        body = load_body("postback", reply_token=self.line.issue_token())
        body["events"][0]["postback"]["data"] = data
        body["events"][0]["webhookEventId"] = f"01FAMILY{next(_ids)}"
        assert await post_webhook(self.url, body) == 200
        await self.settled()

    async def grandchild_says(self, text: str) -> None:
        update_id = next(_ids)
        self.telegram.feed(private_text(update_id, GRANDCHILD, text))
        await self.telegram_settled(update_id)

    async def grandchild_presses(self, data: str) -> None:
        update_id = next(_ids)
        user = {"id": GRANDCHILD, "is_bot": False, "first_name": "花子", "language_code": "ja"}
        chat = {"id": GRANDCHILD, "first_name": "花子", "type": "private"}
        message = {"message_id": 5, "from": {"id": 424242, "is_bot": True, "first_name": "Matte"},
                   "chat": chat, "date": 1767312120, "text": "…"}  # fmt: skip
        self.telegram.feed(
            {
                "update_id": update_id,
                "callback_query": {
                    "id": f"cb{update_id}",
                    "from": user,
                    "chat_instance": "-87",
                    "data": data,
                    "message": message,
                },
            }
        )
        await self.telegram_settled(update_id)

    async def telegram_settled(self, update_id: int) -> None:
        def confirmed() -> bool:
            return any(
                (c.params.get("offset") or 0) > update_id for c in self.telegram.calls_to("getUpdates")
            )

        await self.telegram.wait_for(confirmed, timeout=20)
        await self.settled()

    def line_messages(self) -> list[dict[str, Any]]:
        return [m for path in (REPLY, PUSH) for c in self.line.calls_to(path) for m in c.body["messages"]]

    def senior_buttons(self, prefix: str) -> list[str]:
        return [
            action["data"]
            for m in self.line_messages()
            for action in buttons(m)
            if action.get("data", "").startswith(prefix)
        ]

    def grandchild_messages(self) -> list[dict[str, Any]]:
        return [
            c.params
            for c in self.telegram.calls_to("sendMessage")
            if str(c.params.get("chat_id")) == str(GRANDCHILD)
        ]


@pytest.fixture
async def both(db_path: Path, services: Services) -> AsyncIterator[Both]:
    async with FakeLineApi() as line, FakeBotApi() as telegram:
        settings = Settings(
            db_path=str(db_path),
            hash_key="test-key",
            line_channel_secret=CHANNEL_SECRET,
            line_channel_access_token=ACCESS_TOKEN,
            line_api_url=line.base_url,
            line_data_api_url=line.base_url,
            web_port=0,
            telegram_token=TOKEN,
            telegram_api_url=telegram.base_url,
            telegram_max_rate=0,
        )
        store = Store(settings.db_path)
        app = App(settings, store, services)
        app.delivery.backoff = 0.05
        line_adapter = LineAdapter(settings, handle_signals=False, drain_seconds=5)
        telegram_adapter = TelegramAdapter(settings, handle_signals=False, backoff=0.05, drain_seconds=5)
        app.add_adapter(line_adapter)
        app.add_adapter(telegram_adapter)
        task = asyncio.create_task(app.run())
        await asyncio.wait_for(line_adapter.listening.wait(), 5)
        await telegram.polling()
        assert line_adapter.address is not None
        url = f"http://127.0.0.1:{line_adapter.address[1]}/line/webhook"
        yield Both(line, telegram, app, store, url, line_adapter, telegram_adapter)
        line_adapter.stop()
        telegram_adapter.stop()
        await asyncio.wait_for(task, 15)
        store.close()


async def test_line_senior_asks_telegram_grandchild_and_gets_the_answer(both: Both, db_path: Path) -> None:
    await both.senior_says("家族に聞く")
    code = re.search(rf"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}", both.line_messages()[-1]["text"])
    assert code is not None
    await both.grandchild_says(f"/helper {code.group(0)}")
    assert "確認したら" in both.grandchild_messages()[-1]["text"]
    assert both.line.calls_to(PUSH)[-1].body["to"] == SENIOR, "the request reaches the senior by push"
    [yes] = [d for d in both.senior_buttons("hk:") if d.endswith(":y")]
    await both.senior_presses(yes)
    assert "つながりました" in both.grandchild_messages()[-1]["text"]

    await both.senior_says(SCAM)
    [ask] = both.senior_buttons("ah:")
    before = len(both.grandchild_messages())
    await both.senior_presses(ask)
    assert len(both.grandchild_messages()) == before, "nothing is relayed before the senior confirms"
    [send] = both.senior_buttons("as:")
    await both.senior_presses(send)
    question = both.grandchild_messages()[-1]
    assert "確かめたいメッセージが届きました" in question["text"]
    assert (
        "[PHONE]" in question["text"]
        and "[EMAIL]" in question["text"]
        and "03-1234-5678" not in question["text"]
    )
    assert "bank-check[.]example[.]xyz" in question["text"] and "http://" not in question["text"]
    keyboard = [b["callback_data"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
    assert len(keyboard) == 4
    stored = dump(db_path)
    for secret in ("口座が凍結", "03-1234-5678", "hanako@example.jp", "bank-check"):
        assert secret not in stored, secret

    await both.grandchild_presses(keyboard[0])
    answer = both.line.calls_to(PUSH)[-1]
    assert (
        answer.body["to"] == SENIOR and "開かないで、あとで電話するね" in answer.body["messages"][-1]["text"]
    )
    assert "口座が凍結" not in dump(db_path)

    await both.senior_says("家族に聞く")
    [unlink] = both.senior_buttons("hu:")
    await both.senior_presses(unlink)
    assert "外れました" in both.grandchild_messages()[-1]["text"]
    before = len(both.senior_buttons("ah:"))
    await both.senior_says(SCAM)
    assert len(both.senior_buttons("ah:")) == before, "no more 「聞いてみる」 after unlinking"


async def test_tips_on_line_push_and_stop_at_the_push_limit(
    db_path: Path, services: Services, clock: Any
) -> None:
    """A tip is pushed with 「停止」 as a quick reply; at MATTE_LINE_PUSH_LIMIT it is dropped, not sent."""
    from bot.storage import line_pushes
    from tests.test_line_runner import start

    async with FakeLineApi() as fake:
        bot = await start(fake, db_path, services, line_push_limit=2)
        try:
            body = load_body("text_private", reply_token=fake.issue_token())
            body["events"][0]["message"]["text"] = "/tips on"
            assert await post_webhook(bot.url, body) == 200
            await bot.settled()
            clock.advance(days=7)
            await bot.app.tick()
            await bot.settled()
            [tip] = fake.calls_to(PUSH)
            message = tip.body["messages"][-1]
            assert "今週のひとこと" in message["text"] and "停止" in message["text"]
            assert [i["action"]["data"] for i in message["quickReply"]["items"]] == ["tp:off"]
            with bot.store.write() as db:
                line_pushes.add(db, line_pushes.this_month(), 5)
            clock.advance(days=7)
            await bot.app.tick()
            await bot.settled()
            assert len(fake.calls_to(PUSH)) == 1, "over the monthly limit the optional tip is not pushed"
        finally:
            await bot.stop()
