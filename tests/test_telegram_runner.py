"""The real python-telegram-bot, polling the fake Bot API, driving the real core and SQLite."""

from __future__ import annotations

import asyncio
import html
import json
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from fake_bot_api import TOKEN, FakeBotApi, load_updates, private_text
from running_bot import RunningBot

from bot.adapters.telegram.outgoing import telegram_length
from bot.adapters.telegram.runner import TelegramAdapter
from bot.app import App
from bot.config import ConfigError, Settings
from bot.core import outbox
from bot.core.events import (
    ButtonPress,
    ChatRef,
    ClosePoll,
    Command,
    Document,
    ForwardedMessage,
    Message,
    Origin,
    OriginKind,
    PollAnswer,
    QuizPoll,
    Sent,
)
from bot.core.payloads import encode
from bot.services import Services
from bot.storage import classroom, polls
from bot.storage.database import Store
from bot.testing import CollectingAdapter

pytestmark = pytest.mark.filterwarnings("ignore:.*`retry_after`:DeprecationWarning")

GROUP = -1001987654321
TEACHER, PUPIL, HANAKO, AMY = 6011112222, 7033334444, 5012345678, 5098765432


@dataclass
class Running(RunningBot[FakeBotApi, TelegramAdapter]):
    events: list[Any] = field(default_factory=list)

    async def settled(self, last_update_id: int) -> None:
        """Every update up to `last_update_id` handled and its replies sent."""

        def confirmed() -> bool:
            return any(
                (c.params.get("offset") or 0) > last_update_id for c in self.fake.calls_to("getUpdates")
            )

        await self.fake.wait_for(confirmed, timeout=20)
        await self.fake.wait_for(lambda: not (self.app.delivery.busy or self.adapter.busy), timeout=20)


async def start(fake: FakeBotApi, db_path: Path, services: Services, **overrides: Any) -> Running:
    settings = Settings(
        db_path=str(db_path),
        telegram_token=TOKEN,
        telegram_api_url=fake.base_url,
        telegram_max_rate=0,
        **overrides,
    )
    store = Store(settings.db_path)
    app = App(settings, store, services)
    adapter = TelegramAdapter(settings, handle_signals=False, backoff=0.05, drain_seconds=5)
    app.add_adapter(adapter)
    running = Running(fake, app, adapter, store, asyncio.create_task(app.run()))
    handle = app.engine.handle

    async def spy(event: Any) -> Any:
        running.events.append(event)
        return await handle(event)

    app.engine.handle = spy  # type: ignore[method-assign]
    if not overrides.get("telegram_webhook_url"):
        await fake.polling()
    return running


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(fake: FakeBotApi, db_path: Path, services: Services) -> AsyncIterator[Running]:
    running = await start(fake, db_path, services)
    yield running
    await running.stop()


def feed(fake: FakeBotApi, *names: str) -> int:
    """Feed recorded payloads; returns the last update id."""
    updates = [u for name in names for u in load_updates(name)]
    fake.feed(*(u if isinstance(u, dict) else json.dumps(u) for u in updates))
    return max(u["update_id"] for u in updates if isinstance(u, dict) and "update_id" in u)


async def test_start_is_answered_in_the_users_language(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "private_start"))
    (reply,) = bot.fake.calls_to("sendMessage")
    assert reply.params["chat_id"] == AMY and reply.params["parse_mode"] == "HTML"
    assert reply.params["link_preview_options"] == {"is_disabled": True}
    assert html.unescape(reply.params["text"]).startswith("Hello")


async def test_command_menus_are_registered_in_japanese_english_and_default(bot: Running) -> None:
    menus = {c.params.get("language_code"): c.params["commands"] for c in bot.fake.calls_to("setMyCommands")}
    assert set(menus) == {None, "ja", "en"}
    listed = bot.app.dispatcher.listed_commands()
    for commands in menus.values():
        assert [c["command"] for c in commands] == listed
    assert menus["ja"][0]["description"] == bot.app.engine.renderer.render("ja", f"command/{listed[0]}")
    assert menus["en"][0]["description"] == bot.app.engine.renderer.render("en", f"command/{listed[0]}")


async def test_duplicate_update_is_answered_once(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "duplicate_update"))
    assert len(bot.fake.calls_to("sendMessage")) == 1


async def test_duplicate_after_a_restart_with_the_same_database_is_answered_once(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    first = await start(fake, db_path, services)
    await first.settled(feed(fake, "private_start"))
    await first.stop()
    second = await start(fake, db_path, services)
    await second.settled(feed(fake, "private_start"))
    await second.stop()
    assert len(fake.calls_to("sendMessage")) == 1


async def test_burst_of_429s_delays_but_loses_no_reply(bot: Running) -> None:
    bot.fake.fail("sendMessage", "429", times=6, retry_after=0.3)
    bot.fake.feed(*(private_text(900 + i, 100 + i, f"/help {i}") for i in range(6)))
    started = time.monotonic()
    await bot.settled(905)
    ok = bot.fake.calls_to("sendMessage")
    assert sorted(c.params["chat_id"] for c in ok) == list(range(100, 106))
    assert len(bot.fake.calls_to("sendMessage", "429")) == 6
    assert min(c.at for c in ok) - started >= 0.3
    assert bot.app.engine.pending("telegram") == []


async def test_garbage_updates_do_not_stop_the_bot(bot: Running) -> None:
    feed(
        bot.fake,
        "malformed",
        "unknown_update",
        "edited_message",
        "sticker",
        "my_chat_member_added",
        "my_chat_member_removed",
    )
    await bot.settled(feed(bot.fake, "private_start"))
    assert [type(e) for e in bot.events] == [Command]
    assert len(bot.fake.calls_to("sendMessage")) == 1


async def test_group_commands_carry_admin_rights_from_get_chat_member(bot: Running) -> None:
    bot.fake.members[(GROUP, TEACHER)] = "administrator"
    last = feed(bot.fake, "group_command_admin", "group_command_member", "group_anonymous_admin")
    await bot.settled(last)
    quiz = [(e.source.user_id, e.source.is_admin) for e in bot.events if isinstance(e, Command)]
    assert quiz == [(str(TEACHER), True), (str(PUPIL), False), (str(GROUP), True)]
    asked = [(c.params["chat_id"], c.params["user_id"]) for c in bot.fake.calls_to("getChatMember")]
    assert asked == [(GROUP, TEACHER), (GROUP, PUPIL)]


def group_command(update_id: int, user: int, text: str) -> dict[str, Any]:
    """A recorded group command with another sender and text."""
    raw = load_updates("group_command_admin" if user == TEACHER else "group_command_member")[0]
    command = text.split()[0]
    entities = [{"offset": 0, "length": len(command), "type": "bot_command"}]
    return {"update_id": update_id, "message": {**raw["message"], "text": text, "entities": entities}}


def poll_answer(update_id: int, user: int, poll_id: str, option: int) -> dict[str, Any]:
    raw = load_updates("poll_answer")[0]
    voter = {"id": user, "is_bot": False, "first_name": f"Pupil{user}", "language_code": "ja"}
    answer = {
        "poll_id": poll_id,
        "user": voter,
        "option_ids": [option],
        "option_persistent_ids": [str(option + 1)],
    }
    return {**raw, "update_id": update_id, "poll_answer": answer}


async def test_class_quiz_on_telegram_admins_only_polls_answers_report(bot: Running, clock: Any) -> None:
    fake = bot.fake
    fake.members[(GROUP, TEACHER)] = "administrator"
    fake.started |= {TEACHER, PUPIL}  # both wrote to the bot before: the report and refusal can reach them
    await bot.settled(feed(fake, "group_command_member"))
    assert fake.calls_to("sendPoll") == []
    (refusal,) = fake.calls_to("sendMessage")  # the admins-only refusal is for the pupil alone
    assert refusal.params["chat_id"] == PUPIL

    fake.feed(group_command(820000001, TEACHER, "/quiz@MatteTestBot 2 10s"))
    await bot.settled(820000001)
    (first,) = fake.calls_to("sendPoll")
    assert first.params["chat_id"] == GROUP and first.params["type"] == "quiz"
    assert first.params["is_anonymous"] is False and first.params["open_period"] == 10
    (poll_id,) = [p["id"] for p in fake.polls.values()]
    correct = first.params["correct_option_ids"][0]
    wrong = (correct + 1) % len(first.params["options"])
    votes = [(820000010, 801, correct), (820000011, 802, correct), (820000012, 803, wrong)]
    fake.feed(*(poll_answer(u, user, poll_id, option) for u, user, option in votes))
    fake.feed(poll_answer(820000010, 801, poll_id, correct), poll_answer(820000013, 801, poll_id, wrong))
    await bot.settled(820000013)

    clock.advance(seconds=11)

    def second_linked() -> bool:
        """Question 2 delivered and its timer started (the core's clock must not move before)."""
        ids = [p["id"] for p in fake.polls.values()]
        return len(ids) == 2 and polls.ref_for_poll(bot.store.db, "telegram", ids[1]) is not None

    await fake.wait_for(second_linked, timeout=10)
    (stopped,) = fake.calls_to("stopPoll")
    assert (stopped.params["chat_id"], stopped.params["message_id"]) == (GROUP, int(poll_id) - 5_000_000_000)
    assert any("（3人）" in text for text in fake.sent_texts(GROUP))

    clock.advance(seconds=11)
    await fake.wait_for(lambda: fake.calls_to("sendDocument"), timeout=10)
    (report,) = fake.calls_to("sendDocument")
    assert report.params["chat_id"] == TEACHER and report.files["document"].startswith(b"<!")
    assert len(fake.calls_to("stopPoll")) == 2
    (session,) = classroom.all_sessions(bot.store.db)
    answers = classroom.answers(bot.store.db, session.id)
    assert sorted((a.user_id, a.correct) for a in answers) == [("801", True), ("802", True), ("803", False)]


async def test_creator_is_admin_and_a_failed_check_is_not(bot: Running) -> None:
    bot.fake.members[(GROUP, TEACHER)] = "creator"
    await bot.settled(feed(bot.fake, "group_command_admin"))
    bot.fake.fail("getChatMember", "chat_not_found")
    bot.fake.feed({**load_updates("group_command_admin")[0], "update_id": 810000099})
    await bot.settled(810000099)
    assert [e.source.is_admin for e in bot.events] == [True, False]


async def test_command_for_another_bot_is_not_answered_nor_checked(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "group_command_other_bot"))
    assert bot.fake.calls_to("sendMessage") == [] and bot.fake.calls_to("getChatMember") == []


async def test_forwarded_message_reaches_the_core_with_its_origin(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "forward_channel"))
    (event,) = bot.events
    assert isinstance(event, ForwardedMessage)
    assert event.origin == Origin(OriginKind.CHANNEL, "緊急ニュース速報")
    assert event.text.startswith("地震予知") and event.source.chat_id == str(HANAKO)


def buttons(call: Any) -> list[str]:
    rows = call.params.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


@pytest.mark.shipped_model
async def test_suspicious_forward_gets_the_guided_check_and_an_ordinary_one_a_short_reply(
    bot: Running,
) -> None:
    await bot.settled(feed(bot.fake, "forward_user", "forward_ordinary"))
    suspicious, ordinary = bot.fake.calls_to("sendMessage")
    assert "太郎 鈴木" in html.unescape(suspicious.params["text"])
    steps = [data for data in buttons(suspicious) if data.startswith("ck:")]
    assert len(steps) == 5
    assert not [data for data in buttons(ordinary) if data.startswith("ck:")]
    assert len(ordinary.params["text"]) < len(suspicious.params["text"]) / 2
    press = load_updates("callback_query")[0]
    press = {**press, "update_id": 810000098, "callback_query": {**press["callback_query"], "data": steps[0]}}
    bot.fake.feed(press)
    await bot.settled(810000098)
    assert len(bot.fake.calls_to("answerCallbackQuery")) == 1
    assert len(bot.fake.calls_to("sendMessage")) == 3


async def test_check_as_a_reply_in_a_group_answers_in_the_group(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "group_check_reply"))
    (reply,) = bot.fake.calls_to("sendMessage")
    assert reply.params["chat_id"] == GROUP and buttons(reply)


async def test_button_press_is_answered_and_reaches_the_core(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "callback_query"))
    (answer,) = bot.fake.calls_to("answerCallbackQuery")
    assert answer.params["callback_query_id"] == "4382bfdwdsb323b2d9"
    (event,) = bot.events
    assert isinstance(event, ButtonPress) and event.payload == "lesson:sift:2" and event.message_id == "120"


async def test_poll_answer_reaches_the_core(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "poll_answer"))
    (event,) = bot.events
    assert isinstance(event, PollAnswer) and (event.poll_id, event.option_ids) == ("5000001042", (1,))


async def test_long_reply_is_split_escaped_and_whole(bot: Running) -> None:
    text = "ユーザーの<script>&本文</script>。" * 400 + "最後"
    bot.fake.started.add(HANAKO)
    await bot.adapter.send(Message(chat=ChatRef("telegram", str(HANAKO)), text=text))
    sent = [c.params["text"] for c in bot.fake.calls_to("sendMessage")]
    assert len(sent) > 1 and all(telegram_length(t) <= 4096 for t in sent)
    assert "<" not in "".join(sent)
    assert "".join(html.unescape(t) for t in sent) == text


async def test_class_quiz_poll_is_sent_linked_and_stopped(bot: Running) -> None:
    chat = ChatRef("telegram", str(GROUP))
    poll = QuizPoll(
        chat=chat,
        ref="cq.7.1",
        question="「拡散希望」はどの手口?",
        options=("感情に訴える", "なりすまし"),
        correct=0,
        explanation="急がせて考える時間を奪います。",
        open_seconds=20,
        text="「拡散希望」はどの手口?",
    )
    with bot.store.write() as db:
        items = [outbox.add(db, poll), outbox.add(db, ClosePoll(chat=chat, ref="cq.7.1"))]
    await asyncio.wait(bot.app.deliver(items))
    (sent,) = bot.fake.calls_to("sendPoll")
    assert sent.params["type"] == "quiz" and sent.params["is_anonymous"] is False
    assert (sent.params["correct_option_ids"], sent.params["open_period"]) == ([0], 20)
    (stopped,) = bot.fake.calls_to("stopPoll")
    message_id = stopped.params["message_id"]
    assert polls.message_id(bot.store.db, "telegram", "cq.7.1") == str(message_id)
    assert polls.ref_for_poll(bot.store.db, "telegram", str(5_000_000_000 + message_id)) == "cq.7.1"
    assert bot.app.engine.pending("telegram") == []


async def test_send_returns_the_poll_id(bot: Running) -> None:
    poll = QuizPoll(
        chat=ChatRef("telegram", str(GROUP)),
        ref="r",
        question="Q",
        options=("a", "b"),
        correct=1,
        explanation="",
        open_seconds=10,
        text="Q",
    )
    sent = await bot.adapter.send(poll)
    assert isinstance(sent, Sent) and sent.poll_id is not None
    assert sent.poll_id == str(5_000_000_000 + int(sent.message_id))


async def test_document_is_uploaded(bot: Running) -> None:
    report = Document(
        chat=ChatRef("telegram", str(TEACHER)),
        filename="report.html",
        data=b"<html>ok</html>",
        caption="結果",
    )
    bot.fake.started.add(TEACHER)
    await bot.adapter.send(report)
    (call,) = bot.fake.calls_to("sendDocument")
    assert call.files["document"] == b"<html>ok</html>" and call.params["document_name"] == "report.html"
    assert call.params["caption"] == "結果"


async def test_reply_to_a_user_who_blocked_the_bot_is_dropped_not_retried(bot: Running) -> None:
    bot.fake.fail("sendMessage", "blocked")
    await bot.settled(feed(bot.fake, "private_start"))
    assert len(bot.fake.calls_to("sendMessage", None)) == 1
    assert bot.app.engine.pending("telegram") == []


async def test_reply_left_in_the_outbox_by_a_crash_is_sent_at_start(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    store = Store(db_path)
    with store.write() as db:
        outbox.add(db, Message(chat=ChatRef("telegram", str(HANAKO)), text="前回の返事"))
    store.close()
    fake.started.add(HANAKO)  # the reply answers her message
    running = await start(fake, db_path, services)
    await fake.wait_for(lambda: fake.sent_texts(HANAKO) == ["前回の返事"])
    await running.stop()
    assert fake.sent_texts(HANAKO) == ["前回の返事"]
    assert outbox.pending(Store(db_path).db, "telegram") == []


async def test_unreachable_api_at_start_is_retried(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    fake.fail("getMe", "500", times=2)
    running = await start(fake, db_path, services)
    await running.settled(feed(fake, "private_start"))
    assert len(fake.calls_to("sendMessage")) == 1
    await running.stop()


async def test_a_refused_token_is_a_configuration_error(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    settings = Settings(db_path=str(db_path), telegram_token="1:wrong", telegram_api_url=fake.base_url)
    store = Store(db_path)
    app = App(settings, store, services)
    app.add_adapter(TelegramAdapter(settings, handle_signals=False))
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        await asyncio.wait_for(app.run(), 15)
    store.close()


async def test_stop_lets_an_in_flight_reply_finish(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    running = await start(fake, db_path, services)
    fake.delays["sendmessage"] = 0.5
    feed(fake, "private_start")
    await fake.wait_for(lambda: fake.calls_to("sendMessage"))
    running.adapter.stop()
    await asyncio.wait_for(running.task, 15)
    assert running.app.engine.pending("telegram") == []
    running.store.close()


async def test_runs_beside_another_adapter_and_stops_with_it(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    settings = Settings(db_path=str(db_path), telegram_token=TOKEN, telegram_api_url=fake.base_url)
    store = Store(db_path)
    app = App(settings, store, services)
    telegram = TelegramAdapter(settings, handle_signals=False)
    other = CollectingAdapter(platform="console")

    async def console_session(_app: App) -> None:
        await fake.polling()
        await fake.wait_for(lambda: fake.sent_texts(AMY))

    other.run = console_session  # type: ignore[method-assign]
    app.add_adapter(other)
    app.add_adapter(telegram)
    fake.feed(*load_updates("private_start"))
    await asyncio.wait_for(app.run(), 15)
    store.close()
    assert (
        fake.calls_to("getUpdates")[-1].params["offset"] == load_updates("private_start")[0]["update_id"] + 1
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_checks_the_secret_and_serves_health(
    fake: FakeBotApi, db_path: Path, services: Services
) -> None:
    port = free_port()
    running = await start(
        fake,
        db_path,
        services,
        telegram_webhook_url="https://matte.example.org/tg/hook",
        telegram_webhook_listen=f"127.0.0.1:{port}",
        telegram_webhook_secret="s3cret-token",
    )
    await fake.wait_for(lambda: fake.calls_to("setWebhook"))
    (hook,) = fake.calls_to("setWebhook")
    assert hook.params["url"] == "https://matte.example.org/tg/hook"
    assert hook.params["secret_token"] == "s3cret-token"
    assert fake.allowed_updates == [hook.params["allowed_updates"]]
    assert "poll_answer" in hook.params["allowed_updates"]
    url = f"http://127.0.0.1:{port}/tg/hook"
    start_update = load_updates("private_start")[0]
    fake.started.add(AMY)  # her /start comes through the webhook, not through the fake's queue
    async with aiohttp.ClientSession() as http:
        async with http.get(f"http://127.0.0.1:{port}/healthz") as r:
            assert (r.status, await r.text()) == (200, "ok")
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, json=start_update, headers=headers) as r:
                assert r.status == 403
        good = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
        async with http.post(url, data=b"{not json", headers=good) as r:
            assert r.status == 400
        for body in (load_updates("malformed")[0], start_update, start_update):
            async with http.post(url, json=body, headers=good) as r:
                assert r.status == 200
    await fake.wait_for(
        lambda: not (running.app.delivery.busy or running.adapter.busy) and fake.calls_to("sendMessage")
    )
    assert len(fake.calls_to("sendMessage")) == 1
    assert fake.calls_to("getUpdates") == []
    await running.stop()


async def test_the_bot_asks_for_poll_answers(bot: Running) -> None:
    assert bot.fake.allowed_updates and all("poll_answer" in asked for asked in bot.fake.allowed_updates)


def group_button(update_id: int, user: int, data: str) -> dict[str, Any]:
    """A button pressed under one of the bot's messages in the group."""
    chat = {"id": GROUP, "title": "3年2組 情報モラル", "type": "supergroup"}
    query = {
        "id": f"q{update_id}",
        "from": {"id": user, "is_bot": False, "first_name": f"Pupil{user}", "language_code": "ja"},
        "chat_instance": "-8712345678901234567",
        "data": data,
        "message": {
            "message_id": 500,
            "from": {"id": 424242, "is_bot": True, "first_name": "Matte"},
            "chat": chat,
            "date": 1767312300,
            "text": "…",
        },
    }
    return {"update_id": update_id, "callback_query": query}


async def test_replies_for_one_person_in_a_group_never_reach_the_group(bot: Running) -> None:
    fake = bot.fake
    fake.members[(GROUP, TEACHER)] = "administrator"
    fake.started.add(PUPIL)  # wrote to the bot before; HANAKO never did
    fake.feed(
        group_command(820000101, PUPIL, "/nickname Ren"),
        group_command(820000102, PUPIL, "/quiz"),  # not an admin
        {
            **group_command(820000103, PUPIL, "/nickname Hana"),
            "message": {
                **group_command(820000103, PUPIL, "/nickname Hana")["message"],
                "from": {"id": HANAKO, "is_bot": False, "first_name": "Hana", "language_code": "ja"},
            },
        },
        group_command(820000104, TEACHER, "/quiz 2 10s"),
    )
    await bot.settled(820000104)
    (session,) = classroom.all_sessions(bot.store.db)
    fake.feed(group_button(820000105, PUPIL, encode("cqa", session.id, 1, 0)))
    await bot.settled(820000105)

    to_group = [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == GROUP]
    assert len(to_group) == 1 and "クラスクイズを始めます" in to_group[0].params["text"]  # the start only
    assert len(fake.calls_to("sendPoll")) == 1
    private = [c.params["chat_id"] for c in fake.calls_to("sendMessage") if c.params["chat_id"] != GROUP]
    assert private == [PUPIL, PUPIL]  # the nickname and the refusal, privately
    assert [c.params["chat_id"] for c in fake.calls_to("sendMessage", "forbidden")] == [HANAKO]
    (popup,) = fake.calls_to("answerCallbackQuery")  # the answer's acknowledgement, on the button
    assert popup.params["callback_query_id"] == "q820000105" and popup.params["text"]
    (answer,) = classroom.answers(bot.store.db, session.id)
    assert answer.user_id == str(PUPIL)


def in_topic(update: dict[str, Any], thread: int) -> dict[str, Any]:
    chat = {**update["message"]["chat"], "is_forum": True}
    message = {**update["message"], "chat": chat, "message_thread_id": thread, "is_topic_message": True}
    return {**update, "message": message}


async def test_a_command_in_a_forum_topic_is_answered_and_a_class_quiz_run_there(bot: Running) -> None:
    fake = bot.fake
    fake.members[(GROUP, TEACHER)] = "administrator"
    await bot.settled(feed(fake, "group_topic_command"))
    (help_reply,) = fake.calls_to("sendMessage")
    assert (help_reply.params["chat_id"], help_reply.params["message_thread_id"]) == (GROUP, 45)
    fake.feed(in_topic(group_command(820000201, TEACHER, "/quiz 1 10s"), 46))
    await bot.settled(820000201)
    asked = {(c.params["chat_id"], c.params["user_id"]) for c in fake.calls_to("getChatMember")}
    assert asked == {(GROUP, TEACHER)}  # the group's own id, for the topics share its admins
    (poll,) = fake.calls_to("sendPoll")
    assert (poll.params["chat_id"], poll.params["message_thread_id"]) == (GROUP, 46)
    start = fake.calls_to("sendMessage")[1]
    assert start.params["message_thread_id"] == 46
    (session,) = classroom.all_sessions(bot.store.db)
    assert session.chat_id == f"{GROUP}:46"


OLD_GROUP, SUPERGROUP = -4001234567, -1002222333444


def old_group_command(update_id: int, text: str) -> dict[str, Any]:
    update = group_command(update_id, TEACHER, text)
    chat = {"id": OLD_GROUP, "title": "3年2組", "type": "group"}
    return {**update, "message": {**update["message"], "chat": chat}}


async def test_a_class_quiz_follows_its_group_to_the_supergroup(bot: Running, clock: Any) -> None:
    fake = bot.fake
    fake.members[(OLD_GROUP, TEACHER)] = "administrator"
    fake.feed(old_group_command(820000301, "/quiz 3 10s"))
    await bot.settled(820000301)
    assert [c.params["chat_id"] for c in fake.calls_to("sendPoll")] == [OLD_GROUP]
    announced = [{**u, "update_id": 820000302 + i} for i, u in enumerate(load_updates("group_migrate"))]
    fake.feed(*announced)
    await bot.settled(820000303)
    (session,) = classroom.all_sessions(bot.store.db)
    assert session.chat_id == str(SUPERGROUP)

    fake.migrate(OLD_GROUP, SUPERGROUP)
    clock.advance(seconds=11)
    await fake.wait_for(lambda: len(fake.calls_to("sendPoll")) == 2, timeout=10)
    assert [c.params["chat_id"] for c in fake.calls_to("sendPoll")] == [OLD_GROUP, SUPERGROUP]
    assert [c for c in fake.calls if c.outcome == "migrated"] == []


async def test_a_send_refused_for_a_migrated_group_moves_its_class_quiz(bot: Running, clock: Any) -> None:
    fake = bot.fake
    fake.members[(OLD_GROUP, TEACHER)] = "administrator"
    fake.feed(old_group_command(820000401, "/quiz 3 10s"))
    await bot.settled(820000401)
    fake.migrate(OLD_GROUP, SUPERGROUP)  # no service message reached the bot
    clock.advance(seconds=11)
    await fake.wait_for(lambda: len(fake.calls_to("sendPoll")) == 2, timeout=10)
    await fake.wait_for(lambda: classroom.all_sessions(bot.store.db)[0].chat_id == str(SUPERGROUP))
    assert len([c for c in fake.calls if c.outcome == "migrated"]) == 1  # learnt once, then remembered
    assert [c.params["chat_id"] for c in fake.calls_to("sendMessage")] == [OLD_GROUP, SUPERGROUP]


def photo_update(update_id: int, photo: dict[str, Any]) -> dict[str, Any]:
    """The recorded private photo, carrying a file the fake serves."""
    raw = load_updates("photo_no_caption")[0]
    return {**raw, "update_id": update_id, "message": {**raw["message"], "photo": [photo]}}


async def test_a_photo_is_downloaded_read_and_gets_the_check_reply(bot: Running) -> None:
    screenshot = (Path(__file__).parent / "images" / "line_scam.png").read_bytes()
    bot.fake.feed(photo_update(810000200, bot.fake.add_file(screenshot, 1080, 640)))
    await bot.settled(810000200)
    (got,) = bot.fake.calls_to("getFile")
    assert got.params["file_id"].endswith("fake")
    assert bot.fake.downloads == ["photos/file_0.jpg"]
    (reply,) = bot.fake.calls_to("sendMessage")
    text = html.unescape(reply.params["text"])
    assert "画像から読み取った文字" in text and "「拡散希望」" in text
    assert any(data.startswith("ck:") for data in buttons(reply))


async def test_a_picture_telegram_will_not_hand_over_gets_the_size_message(bot: Running) -> None:
    huge = bot.fake.add_file(b"\xff\xd8\xff" + b"\0" * (20 * 1024 * 1024))
    bot.fake.feed(photo_update(810000201, {**huge, "file_size": 1000}))
    await bot.settled(810000201)
    assert [c.outcome for c in bot.fake.calls_to("getFile", None)] == ["bad_request"]
    assert bot.fake.downloads == []
    (reply,) = bot.fake.calls_to("sendMessage")
    assert "大きすぎる" in reply.params["text"]


async def test_a_photo_whose_file_is_gone_gets_a_message_not_silence(bot: Running) -> None:
    await bot.settled(feed(bot.fake, "photo_no_caption"))
    (reply,) = bot.fake.calls_to("sendMessage")
    assert "受け取れませんでした" in reply.params["text"]
