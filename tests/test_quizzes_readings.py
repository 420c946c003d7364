"""Reading marks {漢字|かんじ}: ruby in HTML, kana in chat, checked by the loader; 小学生 judge answers."""

from pathlib import Path

from test_quizzes_loader import GOOD_ITEM, problems_for, write_deck

from quizzes import load_bank
from quizzes.readings import kana, problems, ruby, shorten


def test_chat_gets_the_reading_alone() -> None:
    assert kana("{先生|せんせい}に きこう") == "せんせいに きこう"
    assert kana("100点") == "100点"


def test_ruby_escapes_everything_around_and_inside_the_marks() -> None:
    html = ruby("<b>{先生|せんせい}</b> & {学<i>|が}")
    assert (
        html
        == "&lt;b&gt;<ruby>先生<rt>せんせい</rt></ruby>&lt;/b&gt; &amp; <ruby>学&lt;i&gt;<rt>が</rt></ruby>"
    )


def test_shorten_counts_what_is_read_and_never_cuts_a_mark() -> None:
    text = "きょうは {学校|がっこう}の ひ"
    assert shorten(text, 50) == text
    assert shorten(text, 8) == "きょうは {学校|がっこう}…"
    assert shorten(text, 6) == "きょうは …"
    assert kana(shorten(text, 3)) == "きょ…"


def test_bad_marks_are_named() -> None:
    assert problems("{先生|せんせい} と {ともだち|ともだち}") == [
        "reading mark '{ともだち|ともだち}' has no kanji to read"
    ]
    assert problems("{先生|sensei}") == ["reading in '{先生|sensei}' must be kana only"]
    assert problems("{先生|せんせい") == ["'{', '}' or '|' outside a reading mark {漢字|かんじ}"]
    assert problems("{先生|せんせい}に") == []


def test_the_loader_keeps_kana_in_fields_and_the_marks_beside_them(tmp_path: Path) -> None:
    body = GOOD_ITEM.replace('question_ja = "どうする?"', 'question_ja = "{先生|せんせい}に きく?"').replace(
        'ja = "待つ"', 'ja = "{待|ま}つ"'
    )
    item = load_bank(extra=[write_deck(tmp_path, body)]).items["zz-001"]
    assert item.question_ja == "せんせいに きく?"
    assert item.marked("question", "ja") == "{先生|せんせい}に きく?"
    assert item.marked("explanation", "ja") == item.explanation_ja
    assert item.marked("question", "en") == "What do you do?"
    assert (item.choices[0].ja, item.choices[0].marked("ja")) == ("まつ", "{待|ま}つ")


def test_the_loader_refuses_broken_marks_and_marks_in_english(tmp_path: Path) -> None:
    body = GOOD_ITEM.replace('question_ja = "どうする?"', 'question_ja = "{先生|せんせい に きく?"').replace(
        'explanation_en = "Wait."', 'explanation_en = "{Wait|うぇいと}."'
    )
    found = problems_for(tmp_path, body)
    assert any("question_ja: '{', '}' or '|' outside" in p for p in found)
    assert any("explanation_en has reading marks" in p for p in found)


def test_primary_school_judge_items_answer_in_words_pupils_know() -> None:
    bank = load_bank()
    kids = next(i for i in bank.items.values() if i.kind == "judge" and i.level == "小学生")
    grown = next(i for i in bank.items.values() if i.kind == "judge" and i.level == "一般")
    assert [c.ja for c in kids.choices] == ["しんじて よさそう", "あやしい"]
    assert [c.ja for c in grown.choices] == ["信頼できそう", "誤解をまねく・あやしい"]
    assert [c.id for c in kids.choices] == [c.id for c in grown.choices]


def test_the_kids_deck_has_kanji_only_with_readings() -> None:
    kids = [i for i in load_bank().items.values() if i.deck == "kids"]
    marked = [i for i in kids if i.marked_ja]
    assert len(marked) >= 10
    assert all(kana(text) == i.field(name, "ja") for i in marked for name, text in i.marked_ja)
