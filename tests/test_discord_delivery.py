"""Discord delivery you can trust: private replies stay private across a crash, and a failing Discord
delays only its own chats (issue 12, "Must show")."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import discord
import pytest
from discord_fakes import FakeDiscord, Harness, feed, payload, settle

from bot.adapters.discord.translate import command_event, content_chunks
from bot.config import Settings
from bot.core import outbox
from bot.core.delivery import rescan
from bot.core.events import ChatKind, ChatRef, Command, Message, Source
from bot.services import Services
from bot.storage.database import Store
from bot.testing import CollectingAdapter
from classifier.result import Scorer
from quizzes import Bank

CHANNEL = "1186000000000000010"
HANAKO = "1100000000000000101"
DM_CHANNELS = ["1290000000000000031", "1290000000000000032", "1290000000000000033"]
OUTAGE = 3.0
MODEL_LOAD = 3.5


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeDiscord:
    return FakeDiscord(monkeypatch)


def slash(bot: Harness, name: str) -> Command:
    """The core event of a recorded slash command, as the adapter would hand it over."""
    return command_event(discord.Interaction(data=payload(name), state=bot.client._connection))  # type: ignore[arg-type]


async def wait_for_empty_outbox(bot: Harness, timeout: float) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while bot.app.engine.pending("discord"):
        assert asyncio.get_running_loop().time() < deadline, "the outbox was not emptied"
        await asyncio.sleep(0.05)


async def test_private_replies_left_in_the_outbox_by_a_kill_never_reach_the_channel(
    settings: Settings, services: Services, fake: FakeDiscord, db_path: Path
) -> None:
    # Before the crash: the core handled two private slash commands and committed their replies, then
    # the process was killed (kill -9) before anything was sent: no drain, no interaction left alive.
    before = await Harness.start(settings, Store(db_path), services, fake)
    private = [
        item.outgoing
        for name in ("slash_start", "slash_progress")
        for item in await before.app.engine.handle(slash(before, name))
    ]
    assert private and all(isinstance(out, Message) and out.ephemeral for out in private)
    assert {out.for_user for out in private if isinstance(out, Message)} == {HANAKO}
    chat = ChatRef("discord", CHANNEL)
    with before.app.store.write() as db:
        outbox.add(db, Message(chat=chat, text="誰宛てか分からない非公開の返事", ephemeral=True))
        outbox.add(db, Message(chat=chat, text="全員へのお知らせ"))
    await before.close()
    before.app.store.close()
    assert not fake.calls, "nothing was sent before the crash"

    after = await Harness.start(settings, Store(db_path), services, fake)
    stop = asyncio.Event()
    scanning = asyncio.create_task(rescan(after.app.delivery, after.app.outbox, 0.05, stop))
    try:
        await wait_for_empty_outbox(after, timeout=5.0)
    finally:
        stop.set()
        await scanning
        await after.close()
        after.app.store.close()

    assert fake.visible_in(CHANNEL) == ["全員へのお知らせ"]
    sent_privately = fake.direct_messages(HANAKO)
    for out in private:
        assert isinstance(out, Message)
        assert all(chunk in sent_privately for chunk in content_chunks(out.text))
    assert not [m for m in fake.stored.values() if "誰宛てか分からない" in m.content], "dropped, not posted"
    assert not [c for c in fake.calls if c.path.startswith(("/interactions/", "/webhooks/"))]


async def test_a_private_reply_for_someone_who_refuses_dms_is_dropped_not_posted(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    with store.write() as db:
        outbox.add(
            db, Message(chat=ChatRef("discord", CHANNEL), text="本人だけへ", ephemeral=True, for_user=HANAKO)
        )
    fake.dms_closed.add(HANAKO)
    bot = await Harness.start(settings, store, services, fake)
    try:
        await asyncio.wait(bot.app.deliver(bot.app.outbox()), timeout=5.0)
    finally:
        await bot.close()
    assert [c.status for c in fake.calls if c.path.endswith("/messages")] == [403]
    assert not fake.stored and not bot.app.engine.pending("discord"), "dropped once, not retried"


def help_in(platform: str, chat_id: str, n: int) -> Command:
    source = Source(
        platform=platform, chat_id=chat_id, user_id=f"11000000000000009{n:02d}", chat_kind=ChatKind.PRIVATE
    )
    return Command(source=source, name="help", update_id=f"{platform}-{chat_id}-{n}")


async def test_a_failing_discord_delays_only_its_own_chats_and_delivers_everything_once(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    bot = await Harness.start(settings, store, services, fake)
    other = CollectingAdapter(platform="line")
    bot.app.add_adapter(other)
    loop = asyncio.get_running_loop()
    fake.fail_for(OUTAGE, status=503)
    recovered = loop.time() + OUTAGE
    back = datetime.now(UTC) + timedelta(seconds=OUTAGE)
    try:
        for n, channel in enumerate(DM_CHANNELS):
            await bot.app.process(help_in("discord", channel, n), wait=False)
        waits = []
        n = 0
        while loop.time() < recovered:
            asked = loop.time()
            await bot.app.process(help_in("line", f"line-chat-{n % 3}", n))
            waits.append(loop.time() - asked)
            n += 1
            await asyncio.sleep(0.2)
        await wait_for_empty_outbox(bot, timeout=10.0)
    finally:
        await bot.close()

    assert len(waits) >= 5 and max(waits) < 0.5, f"the other platform kept its timing: {waits}"
    assert len(other.sent) == len(waits)
    refused = [c for c in fake.calls if c.status == 503]
    assert refused, "Discord failed meanwhile"
    for channel in DM_CHANNELS:
        (reply,) = fake.visible_in(channel)  # delivered once, after the outage, without a restart
        assert "/help" in reply
    assert min(m.created for m in fake.stored.values()) >= back, "Discord's chats waited for Discord"


async def test_a_private_command_answered_during_an_outage_reaches_only_its_user(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    """discord.py retries the 5xx callback past Discord's 3 s deadline; the answer then goes by DM."""
    bot = await Harness.start(settings, store, services, fake)
    fake.fail_for(2.0, status=503)
    try:
        calls = await bot.interact(payload("slash_start"))
    finally:
        await bot.close()
    assert {c.status for c in calls if c.path.startswith("/interactions/")} == {503, 404}
    assert fake.visible_in(CHANNEL) == []
    (answer,) = fake.direct_messages(HANAKO)
    assert "花子さん" in answer


@pytest.mark.shipped_model
async def test_a_check_that_loads_the_model_lets_other_interactions_meet_the_deadline(
    settings: Settings, store: Store, bank: Bank, scorer_factory: Callable[[], Scorer], fake: FakeDiscord
) -> None:
    """The first check loads the model for seconds; meanwhile another command is still answered in time."""

    def slow_model() -> Scorer:
        time.sleep(MODEL_LOAD)
        return scorer_factory()

    bot = await Harness.start(settings, store, Services(bank=bank, scorer_factory=slow_model), fake)
    check, help_ = payload("context_menu_check"), payload("slash_help")
    fake.interaction_arrives(check)
    fake.interaction_arrives(help_)  # Discord creates both at once; the gateway hands them over in turn
    try:
        for data in (check, help_):
            feed(bot.client, data)
            await asyncio.sleep(0.2)
        await settle(timeout=MODEL_LOAD + 10)
    finally:
        await bot.close()
    answers = {c.path.split("/")[2]: c.status for c in fake.calls if c.path.startswith("/interactions/")}
    assert answers == {check["id"]: 200, help_["id"]: 200}, "both acknowledged within 3 s"
    followups = [c for c in fake.calls if c.path.startswith("/webhooks/") and c.method == "POST"]
    assert followups and {c.status for c in followups} == {200}, "the check's result came after the load"
    assert "気をつけたいサイン" in followups[0].content, "the shipped model flagged the rumour"
