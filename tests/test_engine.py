import asyncio

import pytest

from bot.app import App
from bot.core.events import ChatKind, Command, Source
from bot.storage import state
from bot.testing import Chatter, CollectingAdapter


async def test_duplicate_update_is_handled_once(app: App, adapter: CollectingAdapter) -> None:
    event = Command(source=Source(platform="test", chat_id="1", user_id="1"), name="start", update_id="77")
    await app.process(event)
    await app.process(event)
    assert len(adapter.sent) == 1


@pytest.mark.handler_failure
async def test_failing_handler_changes_nothing_and_apologises(app: App, chatter: Chatter) -> None:
    async def broken(ctx):
        ctx.save_state("half-done", {"x": 1})
        raise RuntimeError("bug")

    app.dispatcher.command("broken")(broken)
    replies = await chatter.command("broken")
    assert len(replies) == 1 and "すみません" in replies[0].text
    assert state.load(app.store.db, "test", "u1", "u1") is None


async def test_replies_wait_in_outbox_until_acknowledged(app: App) -> None:
    event = Command(source=Source(platform="test", chat_id="1", user_id="1"), name="help", update_id="1")
    pending = await app.engine.handle(event)
    assert app.engine.pending("test") == pending
    for item in pending:
        app.engine.ack(item.id)
    assert app.engine.pending("test") == []


async def test_outbox_flushed_after_a_crash(app: App, adapter: CollectingAdapter) -> None:
    event = Command(source=Source(platform="test", chat_id="1", user_id="1"), name="help", update_id="2")
    await app.engine.handle(event)
    await asyncio.wait(app.deliver(app.outbox()))
    assert len(adapter.sent) == 1 and app.engine.pending("test") == []


async def test_language_from_platform_then_default(app: App, adapter: CollectingAdapter) -> None:
    en = Chatter(app, adapter, user_id="en-user", language_code="en-US")
    other = Chatter(app, adapter, user_id="fr-user", language_code="fr")
    assert (await en.command("start"))[0].text.startswith("Hello")
    assert (await other.command("start"))[0].text.startswith("こんにちは")


@pytest.mark.handler_failure
async def test_unaddressed_group_failure_stays_quiet(app: App, adapter: CollectingAdapter) -> None:
    calls = []

    async def broken(ctx):
        calls.append(ctx.event)
        raise RuntimeError("bug")

    app.dispatcher.on_group_chatter = broken
    group = Chatter(app, adapter, chat_id="-9", chat_kind=ChatKind.GROUP)
    assert await group.text("hi", addressed=False) == []
    assert len(calls) == 1, "the failing handler must have run for this test to mean anything"


async def test_quiz_polls_are_linked_and_closed_by_ref(app: App, adapter: CollectingAdapter) -> None:
    from bot.core import outbox
    from bot.core.events import ChatRef, ClosePoll, QuizPoll
    from bot.storage import polls

    chat = ChatRef("test", "-1")
    poll = QuizPoll(
        chat=chat,
        ref="cq.1.1",
        question="Q",
        options=("a", "b"),
        correct=0,
        explanation="",
        open_seconds=5,
        text="Q",
    )
    with app.store.write() as db:
        items = [outbox.add(db, poll), outbox.add(db, ClosePoll(chat=chat, ref="cq.1.1"))]
        items.append(outbox.add(db, ClosePoll(chat=chat, ref="never-sent")))
    await asyncio.wait(app.deliver(items))
    assert polls.ref_for_poll(app.store.db, "test", "poll-1") == "cq.1.1"
    assert adapter.sent[1] == ClosePoll(chat=chat, ref="cq.1.1", message_id="1")
    assert len(adapter.sent) == 2 and app.engine.pending("test") == []
