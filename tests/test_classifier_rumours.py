"""The rumour index finds edited copies of checked rumours in Japanese and English, ignores unrelated
messages, and loads instructor CSV files with clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier.dataset import DataError
from classifier.rumours import RECORD_FIELDS, RumourIndex, read_csv_records, split_languages

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
