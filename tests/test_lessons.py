from bot.app import App
from bot.core.events import Message
from bot.core.payloads import decode
from bot.storage import learning
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
    assert buttons(menu)[0] == "lr" and "続きから" in menu.buttons[0][0].label
    [resumed] = await Chatter(app, adapter).press("lr")
    assert resumed.text == second.text
    store.close()


async def test_stale_and_forged_lesson_buttons(chatter: Chatter) -> None:
    for payload in ("ls:nope", "lc:sift:99", "lc:sift:x", "lq:hl-001:a", "lk:nope:0"):
        [reply] = await chatter.press(payload)
        assert reply.text
