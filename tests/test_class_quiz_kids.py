"""A 小学生 class quiz in chat: the class's own words in kana (点 and 位 as kanji), readings as kana alone."""

import re

from bot.app import App
from bot.core.events import ButtonPress, ChatKind, Command, Message, QuizPoll, Source
from bot.storage.database import Store
from bot.testing import CollectingAdapter

KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々]")


def kanji_in(text: str) -> set[str]:
    """Kanji other than 点 and 位, leaving out the anonymous players' label 参加者 N (shared with reports)."""
    return set(KANJI.findall(text.replace("参加者", ""))) - {"点", "位"}


async def run_class(settings, services, db_path, clock, wanted: str) -> list:
    store = Store(db_path)
    adapter = CollectingAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)
    teacher = Source(platform="test", chat_id="-7", user_id="t", chat_kind=ChatKind.GROUP, is_admin=True)
    await app.process(Command(source=teacher, name="quiz", args=f"{wanted} 3 10s"))
    for _ in range(3):
        poll = [m for m in adapter.sent if isinstance(m, QuizPoll)][-1]
        for n, row in enumerate(poll.buttons):
            pupil = Source(platform="test", chat_id="-7", user_id=f"pupil-{n}", chat_kind=ChatKind.GROUP)
            clock.advance(seconds=1)
            await app.process(ButtonPress(source=pupil, payload=row[0].payload))
        clock.advance(seconds=10)
        await app.tick(wait=True)
    store.close()
    return adapter.sent


async def test_a_primary_school_class_speaks_kana_in_chat(settings, services, db_path, clock, bank) -> None:
    sent = await run_class(settings, services, db_path, clock, "kids")
    polls = [m for m in sent if isinstance(m, QuizPoll)]
    texts = [m.text for m in sent if isinstance(m, Message) and m.chat.chat_id == "-7"]
    assert len(polls) == 3
    for poll in polls:
        assert poll.text.startswith("だい") and "もん（ぜんぶで 3もん）" in poll.text
        shown = " ".join([poll.text, poll.question, *poll.options, poll.explanation])
        assert not re.search(r"[{}|]", shown)
        assert kanji_in(shown) == set(), shown
    judge = [p for p in polls if p.options == ("しんじて よさそう", "あやしい")]
    assert all("この おしらせは しんじて よさそう？" in p.text for p in judge)
    assert texts[0].startswith("📣 クラスクイズを はじめるよ！")
    assert sum(t.startswith("だい") and "もんの こたえ：" in t for t in texts) == 3
    podium = next(t for t in texts if t.startswith("🏆"))
    assert "1位" in podium and "点（せいかい" in podium and kanji_in(podium) == set()
    summary = next(t for t in texts if t.startswith("📊"))
    assert "みんなの せいかい：" in summary


async def test_a_grown_up_class_keeps_the_usual_words(settings, services, db_path, clock) -> None:
    sent = await run_class(settings, services, db_path, clock, "一般")
    polls = [m for m in sent if isinstance(m, QuizPoll)]
    assert all(p.text.startswith("第") for p in polls)
    assert "この投稿は信頼できそうですか？" in " ".join(p.text for p in polls if "信頼できそう" in p.options)
    assert any(m.text.startswith("🏆 クラスクイズ終了！") for m in sent if isinstance(m, Message))
