import random
from collections import Counter

from bot.features.selection import RECENT_GAP, accuracy_by, pick_next
from bot.storage.learning import Answer, Box
from quizzes import Item
from quizzes.loader import JUDGE_CHOICES

NOW = "2026-04-01T00:00:00+00:00"
CAT: dict = {}


def item(item_id: str, techniques=("phishing",), verdict=None) -> Item:
    return Item(
        id=item_id,
        deck="d",
        kind="judge" if verdict else "technique",
        topic="money",
        level="一般",
        techniques=techniques,
        choices=JUDGE_CHOICES,
        answer="m",
        explanation_ja="x",
        explanation_en="x",
        verdict=verdict,
    )


def test_due_items_come_first_lowest_box_first() -> None:
    items = [item(f"i-{n}") for n in range(6)]
    boxes = {"i-1": Box(3, NOW), "i-2": Box(1, NOW), "i-3": Box(1, "2099-01-01")}
    assert pick_next(items, boxes, [], NOW, [], random.Random(1), CAT).id == "i-2"


def test_recent_items_are_held_back() -> None:
    items = [item(f"i-{n}") for n in range(6)]
    boxes = {"i-2": Box(1, NOW)}
    picked = pick_next(items, boxes, [], NOW, ["i-2"], random.Random(1), CAT)
    assert picked.id != "i-2"
    assert RECENT_GAP >= 1


def test_weak_techniques_are_drawn_more_often() -> None:
    items = [item("weak-1", ("phishing",)), item("strong-1", ("trolling",))]
    history = [Answer("seen-weak", "a", False, "solo"), Answer("seen-strong", "a", True, "solo")]
    known = [*items, item("seen-weak", ("phishing",)), item("seen-strong", ("trolling",))]
    catalogue = {i.id: i for i in known}
    counts = Counter(
        pick_next(items, {}, history, NOW, [], random.Random(n), catalogue).id for n in range(2000)
    )
    assert accuracy_by(history, catalogue, "technique") == {
        "phishing": (0, 1),
        "trolling": (1, 1),
    }
    assert counts["weak-1"] > 1.2 * counts["strong-1"]


def test_learners_who_doubt_everything_meet_more_trustworthy_posts() -> None:
    pool = [item("t-1", (), "trustworthy"), item("m-1", (), "misleading")]
    seen = [item("t-0", (), "trustworthy"), item("m-0", (), "misleading")]
    history = [Answer("t-0", "m", False, "solo"), Answer("m-0", "m", True, "solo")]
    everything = {i.id: i for i in pool + seen}
    assert accuracy_by(history, everything, "verdict") == {"trustworthy": (0, 1), "misleading": (1, 1)}
    counts = Counter(
        pick_next(pool, {}, history, NOW, [], random.Random(n), everything).id for n in range(2000)
    )
    assert counts["t-1"] > 1.5 * counts["m-1"]


def test_everything_seen_and_nothing_due_gives_the_soonest() -> None:
    items = [item("a-1"), item("b-1")]
    boxes = {"a-1": Box(4, "2099-02-01"), "b-1": Box(5, "2099-01-01")}
    assert pick_next(items, boxes, [], NOW, [], random.Random(1), CAT).id == "b-1"
    assert pick_next([], {}, [], NOW, [], random.Random(1), CAT) is None


def test_in_a_deck_of_two_a_missed_item_waits_for_the_other_and_a_deck_of_one_repeats() -> None:
    pair = [item("p-1"), item("p-2")]
    boxes = {"p-1": Box(1, NOW), "p-2": Box(1, NOW)}
    assert pick_next(pair, boxes, [], NOW, ["p-2", "p-1"], random.Random(1), CAT).id == "p-2"
    assert pick_next(pair[:1], boxes, [], NOW, ["p-1"], random.Random(1), CAT).id == "p-1"
