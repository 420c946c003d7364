"""The daily courses: delivery at the chosen hour, across restarts, without skipping or repeating,
and the choice between the seniors' course and the one for parents and teachers."""

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.app import App
from bot.core.events import Message
from bot.core.payloads import decode
from bot.features.course import chosen_course, chosen_hour, next_at_hour
from bot.storage import course_plan
from bot.storage.course_plan import Enrolment
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter

DAY = re.compile(r"　(\d+)日目（全\d+日）")


def day_numbers(messages) -> list[int]:
    found = (DAY.search(msg.text) for msg in messages if isinstance(msg, Message))
    return [int(match.group(1)) for match in found if match]


def payloads(msg: Message) -> list[str]:
    return [b.payload for row in msg.buttons for b in row]


def test_next_at_hour_is_the_following_day_in_japan_time() -> None:
    morning = datetime(2026, 4, 1, 23, 30, tzinfo=UTC)
    assert next_at_hour(morning, 8) == datetime(2026, 4, 3, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert next_at_hour(morning, 8, "Europe/London") == datetime(
        2026, 4, 3, 8, 0, tzinfo=ZoneInfo("Europe/London")
    )


def test_a_typed_hour_is_read_in_the_ways_people_write_it() -> None:
    assert [chosen_hour(a) for a in ("8", "8時", "８時", "19h", "シニア 10", "3", "25", "")] == [
        8,
        8,
        8,
        19,
        10,
        None,
        None,
        None,
    ]


async def test_course_with_an_hour_starts_or_moves_the_course(chatter: Chatter, clock) -> None:
    replies = await chatter.command("course", "8時")
    assert "8時ごろ" in replies[0].text and day_numbers(replies) == [1]
    [moved] = await chatter.command("course", "19")
    assert "次は2日目を19時ごろ" in moved.text
    current = course_plan.get(chatter.app.store.db, "test", chatter.user_id, "senior7")
    assert current.hour == 19
    assert datetime.fromisoformat(current.next_at).astimezone(ZoneInfo("Asia/Tokyo")).hour == 19


async def test_course_day_by_day(chatter: Chatter, clock, bank) -> None:
    [intro] = await chatter.command("course")
    assert f"{len(bank.courses['senior7'].days)}日間" in intro.text
    assert payloads(intro) == ["ch:8:senior7", "ch:10:senior7", "ch:12:senior7", "ch:15:senior7",
                               "ch:19:senior7", "cc:parents7"]  # fmt: skip
    replies = await chatter.press("ch:10")
    assert day_numbers(replies) == [1]
    question = replies[-1]
    item_id, _ = decode(question.buttons[0][0].payload).args
    assert item_id == bank.courses["senior7"].days[0].question

    sent = len(chatter.adapter.sent)
    await chatter.app.tick(wait=True)
    assert len(chatter.adapter.sent) == sent
    clock.advance(days=1, hours=2)
    await chatter.app.tick(wait=True)
    assert day_numbers(chatter.adapter.sent[sent:]) == [2]
    await chatter.app.tick(wait=True)
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
        await app.tick(wait=True)
        delivered += day_numbers(adapter.sent[before:])
        store.close()
    assert delivered == [2]
    for _ in range(2 * len(services.bank.courses["senior7"].days)):
        clock.advance(days=1)
        store = Store(db_path)
        app = App(settings, store, services)
        app.add_adapter(adapter)
        await app.tick(wait=True)
        store.close()
    assert day_numbers(adapter.sent) == [1, 2, 3, 4, 5, 6, 7, 8]
    store = Store(db_path)
    assert course_plan.get(store.db, "test", "u1", "senior7").status == "finished"
    store.close()


async def test_stop_ends_deliveries(chatter: Chatter, clock) -> None:
    await chatter.press("ch:8")
    [reply] = await chatter.command("stop")
    assert "やめました" in reply.text
    clock.advance(days=2)
    sent = len(chatter.adapter.sent)
    await chatter.app.tick(wait=True)
    assert len(chatter.adapter.sent) == sent
    [reply] = await chatter.command("stop")
    assert "/course" in reply.text


async def test_course_status_and_bad_hour(chatter: Chatter) -> None:
    [reply] = await chatter.press("ch:3")
    assert "/help" in reply.text
    await chatter.press("ch:8")
    [status] = await chatter.command("course")
    assert "2日目" in status.text


def test_words_after_course_pick_a_course(bank) -> None:
    assert chosen_course("保護者", bank.courses) == "parents7"
    assert chosen_course("Parents", bank.courses) == "parents7"
    assert chosen_course("parents7", bank.courses) == "parents7"
    assert chosen_course("シニア", bank.courses) == "senior7"
    assert chosen_course("8", bank.courses) is None
    assert chosen_course("", bank.courses) is None


async def test_parents_course_from_the_command(chatter: Chatter, bank) -> None:
    course = bank.courses["parents7"]
    [intro] = await chatter.command("course", "保護者")
    assert course.title_ja in intro.text and "7日間" in intro.text
    assert payloads(intro)[:5] == [f"ch:{h}:parents7" for h in (8, 10, 12, 15, 19)]
    assert payloads(intro)[5:] == ["cc:senior7"]
    replies = await chatter.press("ch:12:parents7")
    assert day_numbers(replies) == [1] and course.title_ja in replies[1].text
    item = bank.items[course.days[0].question]
    assert decode(replies[-1].buttons[0][0].payload).args[0] == item.id
    [feedback, see_you] = await chatter.press(f"ca:{item.id}:{item.answer}")
    assert item.explanation_ja in feedback.text and "12時" in see_you.text
    assert course_plan.get(chatter.app.store.db, "test", "u1", "parents7").status == "active"
    assert course_plan.get(chatter.app.store.db, "test", "u1", "senior7") is None


async def test_intro_button_offers_the_other_course_without_arguments(chatter: Chatter, bank) -> None:
    """Discord's /course takes no argument, so the intro's button is the way there."""
    [intro] = await chatter.press("cc:parents7")
    assert bank.courses["parents7"].title_ja in intro.text
    [intro] = await chatter.press("cc:senior7")
    assert bank.courses["senior7"].title_ja in intro.text


async def test_an_hour_argument_starts_the_seniors_course_at_that_hour(chatter: Chatter, bank) -> None:
    replies = await chatter.command("course", "8")
    assert "毎日8時ごろ" in replies[0].text and day_numbers(replies) == [1]
    assert course_plan.get(chatter.app.store.db, "test", chatter.user_id, "senior7").hour == 8


async def test_both_courses_side_by_side_then_stop_ends_both(chatter: Chatter, clock, bank) -> None:
    await chatter.press("ch:8")
    [status] = await chatter.command("course")
    assert bank.courses["senior7"].title_ja in status.text and "2日目" in status.text
    [intro] = await chatter.command("course", "parents")
    assert "ch:8:parents7" in payloads(intro)
    await chatter.press("ch:19:parents7")
    statuses = await chatter.command("course")
    assert len(statuses) == 2
    assert all(any(c.title_ja in m.text for m in statuses) for c in bank.courses.values())
    clock.advance(days=1, hours=12)
    sent = len(chatter.adapter.sent)
    await chatter.app.tick(wait=True)
    titles = [m.text.split("　")[0] for m in chatter.adapter.sent[sent:] if DAY.search(m.text)]
    assert sorted(titles) == sorted(c.title_ja for c in bank.courses.values())
    [stopped] = await chatter.command("stop")
    assert "やめました" in stopped.text
    for course_id in bank.courses:
        assert course_plan.get(chatter.app.store.db, "test", "u1", course_id).status == "stopped"


async def test_forged_course_buttons(chatter: Chatter) -> None:
    for payload in ("ch:10:nope", "cc:nope", "cc", "ch:10:senior7:x"):
        [reply] = await chatter.press(payload)
        assert "/help" in reply.text


async def test_an_enrolment_in_a_course_no_longer_shipped_is_stopped_quietly(chatter: Chatter, clock) -> None:
    db = chatter.app.store.db
    gone = Enrolment("test", "u1", "u1", "retired7", 8, 2, 1, "2026-04-01T00:00:00+00:00", "active")
    course_plan.enrol(db, gone, clock())
    sent = len(chatter.adapter.sent)
    await chatter.app.tick(wait=True)
    assert len(chatter.adapter.sent) == sent
    assert course_plan.get(db, "test", "u1", "retired7").status == "stopped"
