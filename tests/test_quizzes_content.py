"""House rules for item wording that the loader cannot see: 小学生 style, official accounts, 110."""

import re

from quizzes import load_bank
from quizzes.model import Item

KANJI = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf々]")
ALLOWED_KANJI = {"点", "位"}  # used as written for scores and ranks, shown with ruby where the app can
CONFIRM_ACCOUNT = ("ホームページ", "公式サイト", "サイト", "認証", "アプリ", "リンク", "一覧")


def japanese_texts(item: Item) -> list[str]:
    texts = [item.post_ja, item.question_ja, item.explanation_ja, item.learn_more_ja]
    if item.kind != "judge":
        texts += [choice.ja for choice in item.choices]
    return [t for t in texts if t]


def house_style_problems(item: Item) -> list[str]:
    """小学生 items: kana with spaces between words; kanji only 点 and 位."""
    problems = []
    for text in japanese_texts(item):
        kanji = set(KANJI.findall(text)) - ALLOWED_KANJI
        if kanji:
            problems.append(f"kanji {''.join(sorted(kanji))} in {text[:30]!r}")
        if len(text) > 20 and " " not in text and "\u3000" not in text:
            problems.append(f"no spaces between words in {text[:30]!r}")
    return problems


def test_house_style_check_catches_kanji_and_unspaced_text() -> None:
    item = load_bank().items["kd-011"]
    spoiled = Item(**{**item.__dict__, "explanation_ja": "まずは友だちに聞いてたしかめようねそうしよう"})
    assert len(house_style_problems(spoiled)) == 2
    assert house_style_problems(item) == []


def test_primary_school_items_use_one_house_style() -> None:
    problems = {i.id: house_style_problems(i) for i in load_bank().items.values() if i.level == "小学生"}
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_official_post_teaches_how_to_confirm_the_account() -> None:
    missing = [
        i.id
        for i in load_bank().items.values()
        if ("公式" in i.post_ja or "こうしき" in i.post_ja)
        and not any(word in i.explanation_ja + i.learn_more_ja for word in CONFIRM_ACCOUNT)
    ]
    assert missing == []


def test_someone_coming_for_cash_or_a_card_means_110_not_only_9110() -> None:
    coming = re.compile(r"取りに(行|来|いく|くる)")
    wrong = [
        i.id
        for i in load_bank().items.values()
        if coming.search(i.post_ja + i.question_ja)
        and "#9110" in i.explanation_ja
        and "110番" not in i.explanation_ja
    ]
    assert wrong == []


def test_a_fact_check_item_asks_about_the_article_not_the_post_it_checks() -> None:
    """「この投稿は信頼できそう？」 under a fact check that quotes a claim has two answers (the fact check,
    or the claim it checks, which is often the opposite). Such items ask about the fact check."""
    fact_checks = [
        i for i in load_bank().items.values() if i.kind == "judge" and "ファクトチェック" in i.post_ja
    ]
    assert len(fact_checks) >= 2
    vague = [
        i.id for i in fact_checks if "ファクトチェック" not in i.question_ja or "fact" not in i.question_en
    ]
    assert vague == []


def test_the_population_fact_check_can_be_checked_and_teaches_how() -> None:
    """cp-006 once said only "the statistics" with no publisher, table or place to see it: trusting it
    and doubting it were both defensible. Now it names all three and says what to compare."""
    item = load_bank().items["cp-006"]
    assert item.verdict == "trustworthy"
    assert all(
        word in item.post_ja for word in ("みどり新聞", "住民基本台帳", "市のサイト", "約5%", "〇〇地区")
    )
    assert "何と何を" in item.explanation_ja and "同じ範囲" in item.explanation_ja
    assert "what is compared with what" in item.explanation_en


def test_real_cases_name_organisation_date_and_url() -> None:
    sources = {i.id: i.source for i in load_bank().items.values() if i.source is not None}
    assert len(sources) >= 40
    assert [
        k for k, s in sources.items() if not (s.by and s.date and s.url.startswith(("https://", "http://")))
    ] == []


def test_guessing_the_longest_choice_does_not_pay() -> None:
    choice_items = [i for i in load_bank().items.values() if i.kind != "judge"]
    longest = [i.id for i in choice_items if max(i.choices, key=lambda c: len(c.ja)).id == i.answer]
    assert len(longest) <= 0.45 * len(choice_items)
