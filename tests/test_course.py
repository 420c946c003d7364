"""The 7-day course: delivery at the chosen hour, across restarts, without skipping or repeating."""

from datetime import UTC, datetime

from bot.app import App
from bot.core.events import Message
from bot.core.payloads import decode
from bot.features.course import JST, next_at_hour
from bot.storage import course_plan
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter


def day_numbers(messages) -> list[int]:
    days = []
    for msg in messages:
        if isinstance(msg, Message) and "日目（全7日）" in msg.text:
            days.append(int(msg.text.split("日目")[0].split("　")[-1]))
    return days


def test_next_at_hour_is_the_following_day_in_japan_time() -> None:
    morning = datetime(2026, 4, 1, 23, 30, tzinfo=UTC)
    assert next_at_hour(morning, 8) == datetime(2026, 4, 3, 8, 0, tzinfo=JST)


async def test_course_day_by_day(chatter: Chatter, clock, bank) -> None:
    [intro] = await chatter.command("course")
    assert "7日間" in intro.text and len(intro.buttons) == 5
    replies = await chatter.press("ch:10")
    assert day_numbers(replies) == [1]
    question = replies[-1]
    item_id, _ = decode(question.buttons[0][0].payload).args
    assert item_id == bank.courses["senior7"].days[0].question

    sent = len(chatter.adapter.sent)
    await chatter.app.tick()
    assert len(chatter.adapter.sent) == sent
    clock.advance(days=1, hours=2)
    await chatter.app.tick()
    assert day_numbers(chatter.adapter.sent[sent:]) == [2]
    await chatter.app.tick()
    assert day_numbers(chatter.adapter.sent[sent:]) == [2]


async def test_answers_once_per_day(chatter: Chatter, bank) -> None:
    replies = await chatter.press("ch:8")
    item = bank.items[bank.courses["senior7"].days[0].question]
    [feedback, see_you] = await chatter.press(f"ca:{item.id}:{item.answer}")
    assert item.explanation_ja in feedback.text and "8時" in see_you.text
    [again] = await chatter.press(f"ca:{item.id}:{item.answer}")
    assert "もう答えています" in again.text
    future = bank.courses["senior7"].days[3].question
    [early] = await chatter.press(f"ca:{future}:{bank.items[future].answer}")
    assert "もう答えています" in early.text
    assert replies


async def test_restart_and_downtime_neither_skip_nor_repeat(settings, services, db_path, clock) -> None:
    adapter = CollectingAdapter()
    store = Store(db_path)
    app = App(settings, store, services)
    app.add_adapter(adapter)
    await Chatter(app, adapter).press("ch:19")
    store.close()

    clock.advance(days=4)
    delivered = []
    for _ in range(2):
        store = Store(db_path)
        app = App(settings, store, services)
        app.add_adapter(adapter)
        before = len(adapter.sent)
        await app.tick()
        delivered += day_numbers(adapter.sent[before:])
        store.close()
    assert delivered == [2]
    for _ in range(10):
        clock.advance(days=1)
        store = Store(db_path)
        app = App(settings, store, services)
        app.add_adapter(adapter)
        await app.tick()
        store.close()
    assert day_numbers(adapter.sent) == [1, 2, 3, 4, 5, 6, 7]
    store = Store(db_path)
    assert course_plan.get(store.db, "test", "u1", "senior7").status == "finished"
    store.close()


async def test_stop_ends_deliveries(chatter: Chatter, clock) -> None:
    await chatter.press("ch:8")
    [reply] = await chatter.command("stop")
    assert "やめました" in reply.text
    clock.advance(days=2)
    sent = len(chatter.adapter.sent)
    await chatter.app.tick()
    assert len(chatter.adapter.sent) == sent
    [reply] = await chatter.command("stop")
    assert "/course" in reply.text


async def test_course_status_and_bad_hour(chatter: Chatter) -> None:
    [reply] = await chatter.press("ch:3")
    assert "/help" in reply.text
    await chatter.press("ch:8")
    [status] = await chatter.command("course")
    assert "2日目" in status.text
