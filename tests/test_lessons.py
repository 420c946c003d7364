import io
import re

import pytest

from bot.adapters.console.adapter import ConsoleAdapter
from bot.app import App
from bot.config import Settings
from bot.core.events import Message
from bot.core.payloads import decode
from bot.storage import learning, state
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter


def buttons(msg: Message) -> list[str]:
    return [b.payload for row in msg.buttons for b in row]


async def finish_lesson(chatter: Chatter, bank, lesson_id: str) -> list[Message]:
    lesson = bank.lessons[lesson_id]
    [msg] = await chatter.press(f"ls:{lesson_id}")
    for _ in range(len(lesson.cards) - 1):
        [msg] = await chatter.press(buttons(msg)[0])
    replies = await chatter.press(buttons(msg)[0])
    for item_id in lesson.checks:
        question = replies[-1]
        item = bank.items[item_id]
        target = next(p for p in buttons(question) if decode(p).args == (item_id, item.answer))
        replies = await chatter.press(target)
        if len(replies) == 1 and buttons(replies[0]):
            replies = await chatter.press(buttons(replies[0])[0])
    return replies


async def test_menu_lists_lessons_in_order(chatter: Chatter, bank) -> None:
    [menu] = await chatter.command("learn")
    payloads = buttons(menu)
    assert payloads == [f"ls:{lesson.id}" for lesson in bank.lessons_in_order()]
    assert "0 / " in menu.text


async def test_cards_then_checks_then_done(chatter: Chatter, bank) -> None:
    lesson = bank.lessons_in_order()[0]
    replies = await finish_lesson(chatter, bank, lesson.id)
    assert lesson.title_ja in replies[-1].text and "終わりました" in replies[-1].text
    status = learning.lesson_status(chatter.app.store.db, "test", "u1")
    assert status[lesson.id] == "done"
    [menu] = await chatter.command("learn")
    assert "1 / " in menu.text and "✓ " + lesson.title_ja in [b.label for row in menu.buttons for b in row]


async def test_restart_mid_lesson_offers_continue(settings, services, db_path, bank) -> None:
    store = Store(db_path)
    adapter = CollectingAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)
    lesson = bank.lessons_in_order()[1]
    [first] = await Chatter(app, adapter).press(f"ls:{lesson.id}")
    [second] = await Chatter(app, adapter).press(buttons(first)[0])
    store.close()

    store = Store(db_path)
    app = App(settings, store, services)
    app.add_adapter(adapter)
    [menu] = await Chatter(app, adapter).command("learn")
    assert buttons(menu)[1] == "lr" and "続きから" in menu.buttons[1][0].label
    assert f"ls:{lesson.id}" not in buttons(menu) and len(buttons(menu)) == len(bank.lessons)
    [resumed] = await Chatter(app, adapter).press("lr")
    assert resumed.text == second.text
    store.close()


async def test_a_lesson_keeps_its_number_when_continue_is_offered(tmp_path, services, bank) -> None:
    """On a console (and on LINE with long labels) buttons are numbered; a learner who opened lesson 3
    types 3 again after /learn and must get the same lesson, not the one before it."""
    lesson = bank.lessons_in_order()[2]
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store, services)
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO("/learn\n3\n1\n/learn\n3\n"), stdout=out))
    await app.run()
    store.close()
    first_menu, second_menu = (menu.split("\n\n")[0] for menu in out.getvalue().split("レッスン一覧")[1:])
    assert f"[3] {lesson.title_ja}" in first_menu
    assert re.search(rf"\[3\] [^\n]*続きから[^\n]*{lesson.title_ja}", second_menu), second_menu
    assert second_menu.count("\n  [") == first_menu.count("\n  [") == len(bank.lessons)
    assert out.getvalue().count(f"{lesson.title_ja}(2/{len(lesson.cards)})") == 2  # resumed at card 2


async def test_a_check_question_takes_a_typed_answer(chatter: Chatter, bank) -> None:
    lesson = bank.lessons_in_order()[0]
    [msg] = await chatter.press(f"ls:{lesson.id}")
    assert "ボタン" not in (await chatter.text("うそ"))[0].text  # a card is no question: the usual hint
    for _ in range(len(lesson.cards)):
        [msg] = await chatter.press(buttons(msg)[0])
    item = bank.items[lesson.checks[0]]
    [prompt] = await chatter.text("わからない")
    assert "ボタンを押して" in prompt.text and buttons(prompt) == buttons(msg)
    [feedback] = await chatter.text(item.choice(item.answer).ja)
    assert "正解" in feedback.text
    [answer] = learning.answers(chatter.app.store.db, "test", "u1")
    assert (answer.item_id, answer.choice, answer.mode) == (item.id, item.answer, "lesson")


async def test_stale_and_forged_lesson_buttons(chatter: Chatter) -> None:
    for payload in ("ls:nope", "lc:sift:99", "lc:sift:x", "lq:hl-001:a", "lk:nope:0"):
        [reply] = await chatter.press(payload)
        assert reply.text


NEW_CONCEPTS = (
    "disinformation",
    "filter-bubble",
    "attention-economy",
    "ai-voice-video",
    "romance-scam",
    "yami-baito",
    "phone-fraud",
)
DOMAIN = re.compile(r"(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b")


def guidance(bank) -> list[tuple[str, str]]:
    """Every lesson card and course day, both languages: the text people are told to act on."""
    cards = [(lesson.id, f"{c.ja}\n{c.en}") for lesson in bank.lessons.values() for c in lesson.cards]
    days = [
        (f"{c.id} day {d.day}", f"{d.message_ja}\n{d.message_en}")
        for c in bank.courses.values()
        for d in c.days
    ]
    return cards + days


def test_new_concept_lessons_end_with_their_own_quiz(bank) -> None:
    for lesson_id in NEW_CONCEPTS:
        lesson = bank.lessons[lesson_id]
        assert all(bank.items[check].deck == "lessons" for check in lesson.checks), lesson_id
        assert any(bank.items[check].source for check in lesson.checks), f"{lesson_id}: no real case cited"


def test_the_lesson_menu_fits_one_discord_message(bank) -> None:
    assert len(bank.lessons) <= 25  # "continue" takes the place of its lesson


def test_lateral_reading_asks_for_independent_sources(bank) -> None:
    card = bank.lessons["lateral-reading"].cards[2]
    day = bank.courses["senior7"].days[3]
    for text in (card.ja, day.message_ja):
        assert "別々" in text and "3人" in text
    for text in (card.en, day.message_en):
        assert "independent" in text and "one source" in text


def test_advice_lines_come_with_when_to_call_110(bank) -> None:
    """#9110 is weekday advice; whoever mentions it also says 110 is for someone coming now."""
    for where, text in guidance(bank):
        if "#9110" in text:
            assert "110番" in text and "call 110" in text, where


def test_no_link_in_lessons_or_courses_could_be_registered(bank) -> None:
    for where, text in guidance(bank):
        for host in DOMAIN.findall(text):
            assert host.rstrip("/").endswith((".example", ".invalid")), (where, host)


async def test_every_lesson_can_be_read_and_its_quiz_finished(chatter: Chatter, bank) -> None:
    for lesson in bank.lessons_in_order():
        replies = await finish_lesson(chatter, bank, lesson.id)
        assert lesson.title_ja in replies[-1].text and "終わりました" in replies[-1].text, lesson.id
    status = learning.lesson_status(chatter.app.store.db, "test", "u1")
    assert set(status.values()) == {"done"} and set(status) == set(bank.lessons)


@pytest.mark.parametrize("typed", ["14", "１４", " 14 "])
async def test_learn_with_a_number_opens_that_lesson(chatter: Chatter, bank, typed: str) -> None:
    lesson = bank.lessons_in_order()[13]
    [card] = await chatter.command("learn", typed)
    assert card.text.startswith(f"{lesson.title_ja}(1/{len(lesson.cards)})"), card.text
    assert learning.lesson_status(chatter.app.store.db, "test", "u1") == {lesson.id: "started"}
    [second] = await chatter.press(buttons(card)[0])
    [again] = await chatter.command("learn", typed)  # the lesson under way: where it was
    assert again.text == second.text


@pytest.mark.parametrize("typed", ["0", "20", "99999999999999999999", "-1", "abc", "3a", "1.5", "三"])
async def test_learn_with_a_bad_argument_says_so_shows_the_menu_and_changes_nothing(
    chatter: Chatter, bank, typed: str
) -> None:
    lesson = bank.lessons_in_order()[1]
    await chatter.press(f"ls:{lesson.id}")
    saved = state.load(chatter.app.store.db, "test", "u1", "u1")
    note, menu = await chatter.command("learn", typed)
    assert f"「{typed}」に当たるレッスンはありません" in note.text and f"1〜{len(bank.lessons)}" in note.text
    assert "レッスン一覧" in menu.text and len(buttons(menu)) == len(bank.lessons)
    assert state.load(chatter.app.store.db, "test", "u1", "u1") == saved
    assert learning.lesson_status(chatter.app.store.db, "test", "u1") == {lesson.id: "started"}
