"""Solo practice through the real engine and a real SQLite file."""

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Settings
from bot.core.context import Speaker
from bot.core.events import ChatKind, ChatRef, Message
from bot.core.payloads import decode
from bot.core.render import Renderer
from bot.features import quiz_view
from bot.services import Services
from bot.storage import learning, state, users
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter
from quizzes.loader import load_bank


def answer_payloads(msg: Message) -> dict[str, str]:
    """choice id -> payload of the answer buttons."""
    return {
        decode(b.payload).args[1]: b.payload
        for row in msg.buttons
        for b in row
        if b.payload.startswith("qa:")
    }


def current_item(msg: Message) -> str:
    return decode(next(iter(answer_payloads(msg).values()))).args[0]


async def test_question_feedback_and_next(chatter: Chatter, bank) -> None:
    [question] = await chatter.command("quiz")
    item = bank.items[current_item(question)]
    assert "問題 1" in question.text
    [feedback] = await chatter.press(answer_payloads(question)[item.answer])
    assert "正解" in feedback.text and item.explanation_ja in feedback.text
    next_button = feedback.buttons[0][0]
    [second] = await chatter.press(next_button.payload)
    assert "問題 2" in second.text and answer_payloads(second)


async def test_wrong_answer_names_the_right_one_and_counts_once(chatter: Chatter, bank) -> None:
    [question] = await chatter.command("quiz")
    item = bank.items[current_item(question)]
    wrong = next(c for c in item.choices if c.id != item.answer)
    [feedback] = await chatter.press(answer_payloads(question)[wrong.id])
    assert "ちがいました" in feedback.text and item.choice(item.answer).ja in feedback.text
    [again] = await chatter.press(answer_payloads(question)[item.answer])
    assert "もう答えています" in again.text
    assert len(learning.answers(chatter.app.store.db, "test", "u1")) == 1


async def test_restart_mid_quiz_resumes_the_same_question(settings, services, db_path) -> None:
    store = Store(db_path)
    adapter = CollectingAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)
    [question] = await Chatter(app, adapter).command("quiz")
    store.close()

    store = Store(db_path)
    app = App(settings, store, services)
    app.add_adapter(adapter)
    [resumed] = await Chatter(app, adapter).command("quiz")
    assert "続きから" in resumed.text
    assert current_item(resumed) == current_item(question)
    [feedback] = await Chatter(app, adapter).press(next(iter(answer_payloads(question).values())))
    assert "ちがいました" in feedback.text or "正解" in feedback.text
    store.close()


async def play(chatter: Chatter, bank, first: Message, questions: int, *, right: bool) -> list[str]:
    """Answer `questions` questions from `first` on (all right or all wrong); the items asked, in order."""
    asked, question = [], first
    for number in range(1, questions + 1):
        assert f"問題 {number}" in question.text
        item = bank.items[current_item(question)]
        choice = item.answer if right else next(c.id for c in item.choices if c.id != item.answer)
        await chatter.press(answer_payloads(question)[choice])
        asked.append(item.id)
        if number < questions:
            [question] = await chatter.press("qn")
    return asked


@pytest.mark.parametrize("user", ["u1", "u2", "u3"])
async def test_a_set_of_seven_asks_seven_different_items_even_when_all_are_missed(
    chatter: Chatter, bank, user: str
) -> None:
    """A miss used to come back four questions later in the same set; now it waits for the next set."""
    chatter.user_id = user
    [first] = await chatter.command("quiz", "money")
    asked = await play(chatter, bank, first, 7, right=False)
    assert len(set(asked)) == 7, asked
    assert all("money" in (bank.items[i].deck, bank.items[i].topic) for i in asked)
    await chatter.press("qs")
    [again] = await chatter.command("quiz", "money")  # a new set: the misses are due first
    assert current_item(again) in asked


TWO_ITEM_DECK = """[deck]
id = "pair"
title_ja = "ふたつ"
title_en = "Pair"
description_ja = "2問だけのデッキ"
description_en = "A deck of two"
"""
ITEM = """
[[items]]
id = "pair-{n}"
kind = "action"
topic = "money"
level = "一般"
techniques = ["pause"]
question_ja = "問い{n}"
question_en = "Question {n}"
explanation_ja = "待ちましょう。"
explanation_en = "Wait."
answer = "a"
[[items.choices]]
id = "a"
ja = "待つ"
en = "Wait"
[[items.choices]]
id = "b"
ja = "送る"
en = "Send"
"""


JUDGE_DECK = """[deck]
id = "typed"
title_ja = "入力"
title_en = "Typed"
description_ja = "1問だけのデッキ"
description_en = "A deck of one"

[[items]]
id = "typed-001"
kind = "judge"
topic = "money"
level = "一般"
techniques = ["pause"]
verdict = "misleading"
post_ja = "今日だけ！このリンクから登録で1万円もらえます"
post_en = "Today only! Sign up through this link and get 10,000 yen"
explanation_ja = "急がせるのは、考える時間をうばう手口です。"
explanation_en = "Rushing you takes away time to think."
"""


@pytest.fixture
def deck_chatter(tmp_path: Path, services: Services, adapter: CollectingAdapter):
    """A chatter whose bank also has a deck of two action items (`pair`) and one judge item (`typed`)."""
    pair, judge = tmp_path / "pair.toml", tmp_path / "typed.toml"
    pair.write_text(TWO_ITEM_DECK + ITEM.format(n=1) + ITEM.format(n=2), encoding="utf-8")
    judge.write_text(JUDGE_DECK, encoding="utf-8")
    bank = load_bank(extra=[pair, judge])
    with_decks = Services(bank=bank, clock=services.clock, scorer_factory=services.scorer_factory)
    store = Store(tmp_path / "decks.db")
    app = App(Settings(db_path=str(tmp_path / "decks.db"), hash_key="test-key"), store, with_decks)
    app.add_adapter(adapter)
    yield Chatter(app, adapter)
    store.close()


async def test_a_deck_smaller_than_the_set_is_gone_through_again(deck_chatter: Chatter) -> None:
    """The only case where an item comes back within a set: every one of the deck's items was asked."""
    [first] = await deck_chatter.command("quiz", "pair")
    asked = await play(deck_chatter, deck_chatter.app.services.bank, first, 7, right=True)
    assert set(asked[:2]) == {"pair-1", "pair-2"} and set(asked) == {"pair-1", "pair-2"}
    assert all(a != b for a, b in itertools.pairwise(asked)), asked


@pytest.mark.parametrize("user", ["u1", "u2", "u3", "u4"])
async def test_a_missed_question_in_a_two_item_deck_is_not_asked_again_at_once(
    deck_chatter: Chatter, user: str
) -> None:
    deck_chatter.user_id = user
    [question] = await deck_chatter.command("quiz", "pair")
    order = [current_item(question)]
    for _ in range(3):
        await deck_chatter.press(answer_payloads(question)["b"])  # always wrong
        [question] = await deck_chatter.press("qn")
        order.append(current_item(question))
    assert all(a != b for a, b in itertools.pairwise(order)), order


async def test_filters_and_unknown_filter(chatter: Chatter, bank) -> None:
    [question] = await chatter.command("quiz", "シニア")
    assert bank.items[current_item(question)].level == "シニア"
    await chatter.press("qs")
    [reply] = await chatter.command("quiz", "astrology")
    assert "astrology" in reply.text and "health" in reply.text


async def test_unknown_filter_names_the_decks_in_the_chats_language(deck_chatter: Chatter, bank) -> None:
    [reply] = await deck_chatter.command("quiz", "どうぶつ")
    assert "・健康のうわさ → /quiz health" in reply.text and "Health rumours" not in reply.text
    assert "・ふたつ → /quiz pair" in reply.text
    await deck_chatter.command("lang", "en")
    [reply] = await deck_chatter.command("quiz", "zoo")
    assert "- Health rumours → /quiz health" in reply.text and "健康のうわさ" not in reply.text
    assert reply.text.count(" → /quiz ") == len(deck_chatter.app.services.bank.decks)


def test_a_deck_titled_in_one_language_shows_that_title_or_its_id(bank) -> None:
    only_ja = replace(bank.decks["health"], title_en="")
    neither = replace(bank.decks["money"], title_ja=" ", title_en="")
    shared = replace(bank, decks={"health": only_ja, "money": neither})
    for lang, expected in (("en", "健康のうわさ"), ("ja", "健康のうわさ")):
        user = users.User(platform="test", user_id="u", lang=lang)
        speaker = Speaker(
            user=user,
            db=None,
            renderer=Renderer(),
            settings=Settings(),
            services=Services(bank=shared),
            chat=ChatRef("test", "u"),
        )
        assert quiz_view.decks(speaker) == [
            {"id": "health", "title": expected},
            {"id": "money", "title": "money"},
        ]


async def test_stop_clears_the_quiz(chatter: Chatter) -> None:
    await chatter.command("quiz")
    [reply] = await chatter.press("qs")
    assert "/progress" in reply.text
    assert state.load(chatter.app.store.db, "test", "u1", "u1") is None


async def test_forged_answer_payloads(chatter: Chatter) -> None:
    await chatter.command("quiz")
    for payload in ("qa:no-such-item:a", "qa:hl-001:zz", "qa", "qa:hl-001:a:extra"):
        [reply] = await chatter.press(payload)
        assert reply.text
    assert learning.answers(chatter.app.store.db, "test", "u1") == []


async def test_learn_more_button(chatter: Chatter, bank) -> None:
    item = next(i for i in bank.items.values() if i.learn_more_ja)
    [reply] = await chatter.press(f"qm:{item.id}")
    assert reply.text == item.learn_more_ja


async def test_links_in_quiz_posts_are_not_clickable(chatter: Chatter, bank) -> None:
    item = bank.items["mn-001"]  # a made-up delivery link: http://sagawa-exp.invalid/xk82q
    await chatter.command("start")
    db = chatter.app.store.db
    user = users.get(db, "test", "u1")
    ctx = Speaker(
        user=user,
        db=db,
        renderer=Renderer(),
        settings=chatter.app.settings,
        services=chatter.app.services,
        chat=chatter.source.chat,
    )
    text = quiz_view.ask(ctx, item, "qa").text
    assert "sagawa-exp.invalid/" not in text and "http://" not in text and "[.]" in text


@pytest.mark.parametrize(
    ("typed", "choice"),
    [
        ("本当", "t"),
        ("ほんとう！", "t"),
        ("true", "t"),
        ("信頼できそう", "t"),
        ("うそ", "m"),
        ("ウソ", "m"),
        ("フェイク", "m"),
        ("fake", "m"),
        ("Fake!", "m"),
        ("あやしい", "m"),
        ("Misleading or suspicious", "m"),
        ("２", "m"),
    ],
)
async def test_a_typed_answer_word_answers_a_judge_question(
    deck_chatter: Chatter, typed: str, choice: str
) -> None:
    await deck_chatter.command("quiz", "typed")
    [feedback] = await deck_chatter.text(typed)
    assert ("正解" if choice == "m" else "ちがいました") in feedback.text, feedback.text
    assert next(b.payload for row in feedback.buttons for b in row) == "qn"
    [answer] = learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id)
    assert (answer.item_id, answer.choice) == ("typed-001", choice)
    replies = await deck_chatter.text(typed)  # answered: typing is no longer an answer
    assert replies and not any("正解" in r.text or "ボタン" in r.text for r in replies)
    assert len(learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id)) == 1


@pytest.mark.parametrize(("typed", "choice"), [("待つ", "a"), ("送る", "b"), ("send", "b"), ("1", "a")])
async def test_a_typed_option_text_answers_a_question_with_own_choices(
    deck_chatter: Chatter, typed: str, choice: str
) -> None:
    [question] = await deck_chatter.command("quiz", "pair")
    [feedback] = await deck_chatter.text(typed)
    assert "正解" in feedback.text or "ちがいました" in feedback.text
    [answer] = learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id)
    assert (answer.item_id, answer.choice) == (current_item(question), choice)


@pytest.mark.parametrize("typed", ["わからない", "3", "hmm"])
async def test_a_typed_word_that_matches_no_option_asks_for_a_button_and_names_them(
    deck_chatter: Chatter, typed: str
) -> None:
    await deck_chatter.command("quiz", "typed")
    [reply] = await deck_chatter.text(typed)
    assert "ボタン" in reply.text and "信頼できそう" in reply.text and "誤解をまねく・あやしい" in reply.text
    assert "確かめたいときは" not in reply.text
    assert [b.payload for row in reply.buttons for b in row] == ["qa:typed-001:t", "qa:typed-001:m"]
    assert learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id) == []


async def test_a_long_text_during_a_quiz_is_still_checked(deck_chatter: Chatter) -> None:
    await deck_chatter.command("quiz", "typed")
    replies = await deck_chatter.text(
        "【拡散希望】明日から全国の銀行ATMが3日間止まるそうです！今日中におろして"
    )
    assert replies and not any("ボタン" in r.text for r in replies)
    assert learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id) == []


@pytest.mark.parametrize("typed", ["明日大地震が来るって", "明日大地震が来るらしい"])
async def test_a_short_claim_typed_during_a_quiz_is_checked(deck_chatter: Chatter, typed: str) -> None:
    """A short rumour pasted while a question waits is no answer: it gets the check, safety first."""
    await deck_chatter.command("quiz", "typed")
    [reply] = await deck_chatter.text(typed)
    assert "身の安全を先に" in reply.text and "ボタン" not in reply.text
    assert learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id) == []
    [feedback] = await deck_chatter.text("うそ")  # the question still waits for its answer
    assert "正解" in feedback.text


async def test_typed_answers_stay_out_of_groups(deck_chatter: Chatter) -> None:
    await deck_chatter.command("quiz", "typed")
    deck_chatter.chat_id, deck_chatter.chat_kind = "g1", ChatKind.GROUP
    assert await deck_chatter.text("うそ", addressed=False) == []
    [reply] = await deck_chatter.text("うそ")  # addressed: the group's chat has no quiz of this learner
    assert "正解" not in reply.text and "ボタン" not in reply.text
    assert learning.answers(deck_chatter.app.store.db, "test", deck_chatter.user_id) == []


STRAY_PASTE = "【拡散希望】明日から全国の銀行ATMが3日間止まるそうです！今日中におろして"


async def test_a_stray_message_after_an_answer_keeps_the_quiz_and_its_buttons(deck_chatter: Chatter) -> None:
    [question] = await deck_chatter.command("quiz", "pair")
    await deck_chatter.press(answer_payloads(question)["a"])
    [reminder] = await deck_chatter.text("こんにちは")
    assert "クイズの途中" in reminder.text and "問題 1" in reminder.text
    assert [b.payload for row in reminder.buttons for b in row] == ["qn", "qs"]
    [second] = await deck_chatter.press("qn")
    assert "問題 2" in second.text and current_item(second).startswith("pair-")


async def test_quiz_after_a_stray_message_goes_on_with_the_same_set(deck_chatter: Chatter) -> None:
    [question] = await deck_chatter.command("quiz", "pair")
    await deck_chatter.press(answer_payloads(question)["a"])
    replies = await deck_chatter.text(STRAY_PASTE)  # a message to check gets its usual reply
    assert replies and not any("クイズの途中" in r.text for r in replies)
    [second] = await deck_chatter.command("quiz")
    assert "問題 2" in second.text and current_item(second).startswith("pair-")
    [resumed] = await deck_chatter.command("quiz")  # unanswered: the same question again
    assert "続きから" in resumed.text and current_item(resumed) == current_item(second)
    await deck_chatter.press("qs")
    [fresh] = await deck_chatter.command("quiz")  # after stopping, /quiz starts a new set
    assert "問題 1" in fresh.text


async def test_commands_during_a_quiz_keep_their_meaning(deck_chatter: Chatter) -> None:
    await deck_chatter.command("quiz", "pair")
    for name, args in (("stop", ""), ("check", STRAY_PASTE), ("learn", "")):
        replies = await deck_chatter.command(name, args)
        assert replies and not any("クイズの途中" in r.text or "ボタンを押して" in r.text for r in replies)
    await deck_chatter.command("quiz", "pair")
    [other] = await deck_chatter.command("quiz", "typed")  # a named deck starts that deck
    assert current_item(other) == "typed-001" and "問題 1" in other.text


async def test_a_set_whose_deck_was_removed_goes_on_with_every_deck(chatter: Chatter) -> None:
    await chatter.command("quiz", "money")
    db = chatter.app.store.db
    saved = state.load(db, "test", "u1", "u1")
    data = {**saved.data, "answered": True, "filter": "a-deck-removed-since"}
    with chatter.app.store.write():
        state.save(db, "test", "u1", "u1", state.State("quiz", data))
    [question] = await chatter.command("quiz")
    assert "問題 2" in question.text and answer_payloads(question)
    assert state.load(db, "test", "u1", "u1").data["filter"] == ""
