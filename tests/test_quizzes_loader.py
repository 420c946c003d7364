"""The shipped bank is valid and complete; broken files fail with file-and-line messages."""

from collections import Counter
from pathlib import Path

import pytest

from quizzes import load_bank, rumour_records
from quizzes.loader import BankError
from quizzes.model import LEVELS

GOOD_ITEM = """
[[items]]
id = "zz-001"
kind = "action"
topic = "health"
level = "一般"
techniques = ["pause"]
question_ja = "どうする?"
question_en = "What do you do?"
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
DECK_HEAD = """[deck]
id = "zz"
title_ja = "テスト"
title_en = "Test"
description_ja = "テスト"
description_en = "Test"
"""


def write_deck(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "zz.toml"
    path.write_text(DECK_HEAD + body, encoding="utf-8")
    return path


def problems_for(tmp_path: Path, body: str) -> list[str]:
    with pytest.raises(BankError) as info:
        load_bank(extra=[write_deck(tmp_path, body)])
    return [str(p) for p in info.value.problems]


def test_a_good_extra_deck_loads(tmp_path: Path) -> None:
    bank = load_bank(extra=[write_deck(tmp_path, GOOD_ITEM)])
    assert bank.items["zz-001"].answer == "a"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "zz-001"', 'id = "ZZ 1"', "must be 3 to 32 characters"),
        ('id = "zz-001"', 'id = "hl-001"', "duplicate id"),
        ('answer = "a"', 'answer = "q"', "answer 'q' is not one of the choices"),
        ('explanation_en = "Wait."', "", "explanation_en is missing"),
        ('explanation_ja = "待ちましょう。"', 'explanation_ja = "' + "あ" * 201 + '"', "at most 200"),
        ('techniques = ["pause"]', 'techniques = ["vibes"]', "unknown tag 'vibes'"),
        ('topic = "health"', 'topic = "weather"', "unknown topic"),
        ('level = "一般"', 'level = "大人"', "level '大人'"),
        ('kind = "action"', 'kind = "riddle"', "kind 'riddle'"),
        ('kind = "action"', 'kind = "judge"', "judge item needs verdict"),
        ('question_en = "What do you do?"', 'question_en = "x"\ncolour = "red"', "unknown key 'colour'"),
        ('id = "b"', 'id = "a"', "choice ids are not unique"),
    ],
)
def test_each_kind_of_mistake_names_file_line_and_item(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GOOD_ITEM
    found = problems_for(tmp_path, GOOD_ITEM.replace(old, new, 1))
    assert any(message in p for p in found), found
    assert all(p.startswith(str(tmp_path / "zz.toml") + ":") or p.startswith("zz.toml:") for p in found)
    line = int(found[0].split(":")[1])
    assert line > 1


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    found = problems_for(tmp_path, GOOD_ITEM + '\n[[items]]\nid = "zz-002\n')
    assert any("TOML syntax" in p for p in found)
    assert found[0].split(":")[1] == str((DECK_HEAD + GOOD_ITEM).count("\n") + 3)


def test_lesson_and_course_mistakes(tmp_path: Path) -> None:
    lesson = tmp_path / "bad-lesson.toml"
    lesson.write_text(
        '[lesson]\nid = "bad-lesson"\norder = 99\ntitle_ja = "x"\ntitle_en = "x"\nlevel = "一般"\n'
        'techniques = []\nchecks = ["no-such-item"]\n[[cards]]\nja = "a"\nen = "a"\n',
        encoding="utf-8",
    )
    with pytest.raises(BankError) as info:
        load_bank(extra=[lesson])
    text = "\n".join(str(p) for p in info.value.problems)
    assert "needs 2 or 3 check questions" in text
    assert "unknown item 'no-such-item'" in text
    assert "has 1 cards" in text


LESSON_HEAD = """[lesson]
id = "zz-lesson"
order = 99
title_ja = "テスト"
title_en = "Test"
level = "一般"
techniques = []
checks = ["zz-001", "sn-001"]
[[cards]]
ja = "a"
en = "a"
[[cards]]
ja = "b"
en = "b"
[[cards]]
ja = "c"
en = "c"
"""


def test_a_lesson_carries_its_own_check_questions(tmp_path: Path) -> None:
    lesson = tmp_path / "zz-lesson.toml"
    lesson.write_text(LESSON_HEAD + GOOD_ITEM, encoding="utf-8")
    bank = load_bank(extra=[lesson])
    assert bank.items["zz-001"].deck == "lessons" and bank.lessons["zz-lesson"].checks[0] == "zz-001"
    lesson.write_text(LESSON_HEAD + GOOD_ITEM.replace('answer = "a"', 'answer = "z"'), encoding="utf-8")
    with pytest.raises(BankError) as info:
        load_bank(extra=[lesson])
    line = (LESSON_HEAD + GOOD_ITEM).splitlines().index('id = "zz-001"') + 1
    assert f"zz-lesson.toml:{line}: zz-001: answer 'z'" in str(info.value.problems[0])


@pytest.mark.parametrize(("days", "ok"), [(6, False), (7, True), (8, True)])
def test_a_course_has_seven_or_more_days(tmp_path: Path, days: int, ok: bool) -> None:
    course = tmp_path / "zz-course.toml"
    body = '[course]\nid = "zz-course"\ntitle_ja = "x"\ntitle_en = "x"\n' + "".join(
        f'[[days]]\nday = {n}\nmessage_ja = "m"\nmessage_en = "m"\nquestion = "sn-001"\n'
        for n in range(1, days + 1)
    )
    course.write_text(body, encoding="utf-8")
    if ok:
        assert len(load_bank(extra=[course]).courses["zz-course"].days) == days
    else:
        with pytest.raises(BankError, match="at least 7 days"):
            load_bank(extra=[course])


def test_shipped_bank_meets_the_issue_counts() -> None:
    bank = load_bank()
    items = list(bank.items.values())
    judge = [i for i in items if i.kind == "judge"]
    assert len(items) >= 300
    assert len(judge) >= 60
    assert sum(i.verdict == "trustworthy" for i in judge) >= 0.4 * len(judge)
    tags = Counter(t for i in items for t in i.techniques)
    for tag in [*bank.tags.techniques, *bank.tags.skills]:
        assert tags[tag] >= 15, tag
    levels = Counter(i.level for i in items)
    for level in bank.tags.levels:
        assert levels[level] >= 30, level
    topics = Counter(i.topic for i in items)
    assert topics["health"] + topics["money"] + topics["disaster"] >= len(items) / 2
    assert len(bank.lessons) >= 10
    assert all(3 <= len(lesson.cards) <= 6 for lesson in bank.lessons.values())
    assert len(bank.courses["senior7"].days) == 8


def test_the_levels_the_loader_accepts_are_the_levels_in_tags_toml() -> None:
    assert list(LEVELS) == list(load_bank().tags.levels)


def test_every_technique_has_a_lesson() -> None:
    bank = load_bank()
    for tag in bank.tags.techniques:
        assert bank.lesson_for((tag,)) is not None, tag


def test_real_cases_carry_sources_and_feed_the_rumour_index() -> None:
    bank = load_bank()
    records = rumour_records(bank)
    assert records
    for record in records:
        assert bank.items[record["id"]].source is not None
        assert record["text"] and record["source"]


JA_ONLY_ITEM = "\n".join(
    line for line in GOOD_ITEM.splitlines() if not line.startswith(("question_en", "explanation_en", "en ="))
)


def test_a_japanese_only_deck_loads_with_japanese_in_the_english_fields(tmp_path: Path) -> None:
    head = DECK_HEAD.replace('title_en = "Test"\n', "").replace('description_en = "Test"\n', "")
    path = tmp_path / "zz.toml"
    path.write_text(head + 'languages = ["ja"]\n' + JA_ONLY_ITEM, encoding="utf-8")
    item = load_bank(extra=[path]).items["zz-001"]
    assert item.ja_only and item.question_en == "どうする?" and item.choices[1].en == "送る"
    path.write_text(head + JA_ONLY_ITEM, encoding="utf-8")
    with pytest.raises(BankError) as info:
        load_bank(extra=[path])
    assert any("explanation_en is missing" in str(p) for p in info.value.problems)


def test_a_japanese_only_deck_with_a_missing_text_names_only_the_japanese_field(tmp_path: Path) -> None:
    head = DECK_HEAD.replace('title_en = "Test"\n', "").replace('description_en = "Test"\n', "")
    path = tmp_path / "zz.toml"
    body = JA_ONLY_ITEM.replace('explanation_ja = "待ちましょう。"\n', "").replace('ja = "送る"', 'ja = ""')
    path.write_text(
        head + 'languages = ["ja"]\n' + body.replace('question_ja = "どうする?"\n', ""), encoding="utf-8"
    )
    with pytest.raises(BankError) as info:
        load_bank(extra=[path])
    assert [p.text("ja") for p in info.value.problems] == [
        "explanation_ja が空です",
        "question_ja が必要です",
        "選択肢 b の ja が空です",
        "deck has no valid items",
    ]


def test_misspelt_tags_and_topics_get_a_suggestion_and_a_japanese_message(tmp_path: Path) -> None:
    body = GOOD_ITEM.replace('topic = "health"', 'topic = "helth"').replace('["pause"]', '["puase"]')
    with pytest.raises(BankError) as info:
        load_bank(extra=[write_deck(tmp_path, body)])
    problems = info.value.problems
    assert any("did you mean 'health'" in str(p) for p in problems)
    assert any("「pause」のまちがい" in p.text("ja") for p in problems)


def test_lines_are_found_for_every_item_of_a_big_deck(tmp_path: Path) -> None:
    items = "".join(GOOD_ITEM.replace("zz-001", f"zz-{n:04d}") for n in range(300))
    body = items.replace('id = "zz-0299"\nkind = "action"', 'id = "zz-0299"\nkind = "riddle"')
    found = problems_for(tmp_path, body)
    expected = (DECK_HEAD + body).splitlines().index('id = "zz-0299"') + 1
    assert found[0].startswith(str(tmp_path / "zz.toml") + f":{expected}: zz-0299: kind 'riddle'"), found
