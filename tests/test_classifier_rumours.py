"""The rumour index finds edited copies of checked rumours in Japanese and English, ignores unrelated
messages, and loads instructor CSV files with clear errors; the shipped bank is big, sourced and
bilingual, and its paraphrase sets hold the figures the README promises."""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from classifier.dataset import DataError
from classifier.rumour_bank import load_bank, shipped_records
from classifier.rumour_bank.evaluation import (
    MAX_DEV_WRONG,
    Example,
    calibrate,
    evaluate,
    read_examples,
)
from classifier.rumour_bank.evaluation import figures as evaluate_scores
from classifier.rumours import (
    DEFAULT_THRESHOLD,
    KEYWORD_WEIGHT,
    RECORD_FIELDS,
    RumourIndex,
    features,
    matching_form,
    read_csv_records,
    split_languages,
)

DATA = Path(__file__).resolve().parent / "data"
DEV_SET = DATA / "rumour_paraphrases_dev.csv"
TEST_SET = DATA / "rumour_paraphrases.csv"

RECORDS = [
    {
        "id": "lion-2016",
        "text": "地震のせいで動物園からライオンが逃げ出した！熊本\n"
        "Because of the earthquake a lion escaped from the zoo",
        "title_ja": "熊本地震のライオン",
        "title_en": "Kumamoto lion",
        "explanation_ja": "写真は海外のものでした。",
        "explanation_en": "The photo was taken abroad.",
        "source": "熊本県警察, 2016-07",
    },
    {
        "id": "hot-water",
        "text": "お湯を飲むとウイルスが死ぬので、15分おきにお湯を飲みましょう",
        "title_ja": "お湯でウイルスが死ぬ",
        "title_en": "Hot water kills the virus",
        "explanation_ja": "根拠はありません。",
        "explanation_en": "There is no evidence.",
        "source": "厚生労働省, 2020-03",
    },
]


@pytest.fixture
def index() -> RumourIndex:
    return RumourIndex(RECORDS)


def test_edited_japanese_copy_matches_with_details(index: RumourIndex) -> None:
    matches = index.match("【拡散】熊本の地震で動物園からライオンが逃げ出したらしい！")
    assert [m.rumour_id for m in matches] == ["lion-2016"]
    match = matches[0]
    assert 0.3 <= match.similarity <= 1.0
    assert (match.title_ja, match.explanation_en, match.source) == (
        "熊本地震のライオン",
        "The photo was taken abroad.",
        "熊本県警察, 2016-07",
    )


def test_english_copy_matches_the_english_wording(index: RumourIndex) -> None:
    assert [m.rumour_id for m in index.match("a lion escaped from the zoo because of the earthquake!")] == [
        "lion-2016"
    ]


def test_unrelated_message_matches_nothing(index: RumourIndex) -> None:
    assert index.match("明日の会議は10時からです。資料を持ってきてください") == ()


def test_threshold_and_k_limit_results(index: RumourIndex) -> None:
    everything = index.match("ウイルス", threshold=0.0, k=5)
    assert {m.rumour_id for m in everything} == {"lion-2016", "hot-water"}
    assert [m.similarity for m in everything] == sorted((m.similarity for m in everything), reverse=True)
    assert len(index.match("ウイルス", threshold=0.0, k=1)) == 1


def test_batch_matches_equal_single_matches(index: RumourIndex) -> None:
    texts = ["お湯を飲めばウイルスが死ぬって本当？", "こんにちは", "lion escaped from the zoo"]
    assert index.match_many(texts) == [index.match(text) for text in texts]


def test_empty_index_matches_nothing() -> None:
    empty = RumourIndex([])
    assert len(empty) == 0
    assert empty.match("何でも") == ()
    assert empty.match_many(["a", "b"]) == [(), ()]


def test_split_languages_separates_japanese_and_english_lines() -> None:
    assert split_languages("日本語の行\nAn English line\n続きの行") == [
        "日本語の行\n続きの行",
        "An English line",
    ]


def test_from_csv_loads_instructor_rumours(tmp_path: Path) -> None:
    path = tmp_path / "rumours.csv"
    header = ",".join(RECORD_FIELDS)
    path.write_text(
        f"\ufeff{header}\nx-1,町内の井戸に毒が入れられたらしい,井戸に毒,Poisoned well,デマです,False,市\n",
        encoding="utf-8",
    )
    assert read_csv_records(path)[0]["title_en"] == "Poisoned well"
    index = RumourIndex.from_csv(path)
    assert [m.rumour_id for m in index.match("近所の井戸に毒が入れられたらしいよ")] == ["x-1"]


def test_from_csv_errors_name_file_and_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    missing.write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"missing\.csv:1: missing column"):
        RumourIndex.from_csv(missing)
    blank = tmp_path / "blank.csv"
    blank.write_text(",".join(RECORD_FIELDS) + "\nx,,a,b,c,d,e\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"blank\.csv:2: id and text are required"):
        RumourIndex.from_csv(blank)
    with pytest.raises(DataError, match="no such file"):
        RumourIndex.from_csv(tmp_path / "nope.csv")


def test_matching_form_ignores_brackets_emoji_and_width() -> None:
    plain = matching_form("拡散希望 LINEで回ってきた。熊本")
    assert matching_form("【拡散希望】ＬＩＮＥで回ってきた!!😱\n熊本") == plain


def test_features_skip_particles_and_english_stop_words() -> None:
    grams = features(matching_form("ライオンが逃げた the lion escaped"))
    assert {"逃", "が逃", "w:lion", "w:escaped", " li"} <= set(grams)
    assert not {"が", "らい", "w:the", " the "} & set(grams)


def test_keywords_add_evidence_rare_ones_more_and_latin_ones_as_words() -> None:
    records = [
        {"id": "ai-video", "text": "総理の発言動画は本物だ", "keywords": ["AI", "生成"]},
        {"id": "other", "text": "全く別の話題です", "keywords": ["動画"]},
    ]
    index = RumourIndex(records)
    plain = index.match_many(["AIで作った総理の動画"], threshold=0.0, k=1, keyword_weight=0.0)[0][0]
    boosted = index.match_many(["AIで作った総理の動画"], threshold=0.0, k=1, keyword_weight=0.3)[0][0]
    assert plain.rumour_id == boosted.rumour_id == "ai-video"
    assert boosted.similarity > plain.similarity
    said = index.match_many(["he said so"], threshold=0.01, k=1, keyword_weight=0.3)
    assert said == [()]


@pytest.fixture(scope="module")
def shipped() -> RumourIndex:
    return RumourIndex(shipped_records())


@pytest.fixture(scope="module")
def paraphrases() -> dict[str, list[Example]]:
    known = {rumour.id for rumour in load_bank()}
    return {name: read_examples(path, known) for name, path in (("dev", DEV_SET), ("test", TEST_SET))}


def test_shipped_bank_is_large_bilingual_and_sourced() -> None:
    bank = load_bank()
    assert len(bank) >= 300 and len({rumour.id for rumour in bank}) == len(bank)
    assert {rumour.kind for rumour in bank} == {"rumour", "scam"}
    for rumour in bank:
        assert rumour.text_ja and rumour.text_en and rumour.title_ja and rumour.title_en, rumour.id
        assert rumour.explanation_ja and rumour.explanation_en and rumour.keywords, rumour.id
        assert rumour.organisation and rumour.url.startswith("http") and rumour.date, rumour.id


def test_shipped_records_fit_the_index_and_cite_their_source() -> None:
    records = shipped_records()
    first = load_bank()[0]
    assert records[0]["id"] == first.id
    assert records[0]["source"] == f"{first.organisation}, {first.date}, {first.url}"
    assert first.text_ja in records[0]["text"] and list(first.keywords) == records[0]["keywords"]
    assert set(RECORD_FIELDS) <= set(records[0])


def test_paraphrase_sets_are_big_enough_and_separate(paraphrases: dict[str, list[Example]]) -> None:
    test = paraphrases["test"]
    per_rumour = Counter(example.rumour_id for example in test if example.rumour_id)
    assert sum(1 for count in per_rumour.values() if count >= 2) >= 60
    assert sum(1 for example in test if not example.rumour_id) >= 100
    dev_texts = {example.text for example in paraphrases["dev"]}
    assert not dev_texts & {example.text for example in test}
    dev_ids = {example.rumour_id for example in paraphrases["dev"] if example.rumour_id}
    assert not dev_ids & set(per_rumour)


def test_paraphrases_are_rewordings_not_copies(paraphrases: dict[str, list[Example]]) -> None:
    bank = {rumour.id: rumour for rumour in load_bank()}
    for example in paraphrases["dev"] + paraphrases["test"]:
        for rumour_id in filter(None, example.rumour_id.split("|")):
            rumour = bank[rumour_id]
            for stored in (rumour.text_ja, rumour.text_en, rumour.title_ja, rumour.title_en):
                shared = SequenceMatcher(None, example.text.lower(), stored.lower(), autojunk=False)
                assert shared.find_longest_match().size < 20, (example.line, stored)


def test_shipped_setting_is_the_one_chosen_on_the_dev_set(
    shipped: RumourIndex, paraphrases: dict[str, list[Example]]
) -> None:
    threshold, weight, figures = calibrate(shipped, paraphrases["dev"])
    assert (threshold, weight) == (DEFAULT_THRESHOLD, KEYWORD_WEIGHT)
    assert figures.wrong_rate <= MAX_DEV_WRONG


def test_test_paraphrases_find_their_rumour_and_little_else(
    shipped: RumourIndex, paraphrases: dict[str, list[Example]]
) -> None:
    figures = evaluate(shipped, paraphrases["test"], DEFAULT_THRESHOLD, KEYWORD_WEIGHT)
    assert figures.paraphrases >= 120 and figures.unrelated >= 100
    assert figures.recall >= 0.80, figures.describe()
    assert figures.wrong_rate <= 0.05, figures.describe()
    assert figures.unrelated_rate <= 0.05, figures.describe()


def test_figures_count_right_wrong_and_unrelated_matches() -> None:
    examples = [
        Example(2, "a", "x"),
        Example(3, "b|c", "x"),
        Example(4, "d", "x"),
        Example(5, "e", "x"),
        Example(6, "", "x"),
        Example(7, "", "x"),
    ]
    best = [("a", 0.9), ("c", 0.6), ("a", 0.7), ("e", 0.2), ("a", 0.8), ("b", 0.1)]
    figures = evaluate_scores(examples, best, threshold=0.5)
    assert (figures.correct, figures.wrong_rumour, figures.unrelated_matched) == (2, 1, 1)
    assert figures.recall == 0.5 and figures.wrong_rate == 2 / 6 and figures.unrelated_rate == 0.5
    assert "2/4 = 50.0%" in figures.describe()


def test_read_examples_errors_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "set.csv"
    path.write_text("rumour_id,text\nknown,ok\n,also ok\nknown|,bad\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"set\.csv:4: unknown rumour id 'known\|'"):
        read_examples(path, {"known"})
    path.write_text("rumour_id,text\nnope,text\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"set\.csv:2: unknown rumour id 'nope'"):
        read_examples(path, {"known"})
    path.write_text("rumour_id,text\nknown,\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"set\.csv:2: text is empty"):
        read_examples(path, {"known"})
    path.write_text("id,message\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"set\.csv:1: the columns must be rumour_id,text"):
        read_examples(path)
