from pathlib import Path

import pytest

from quizzes.csv_import import ImportError_, import_csv
from quizzes.loader import load_bank

SHIPPED = tuple(load_bank().items.values())

HEADER = (
    "id,kind,topic,level,techniques,verdict,post_ja,post_en,question_ja,question_en,"
    "choice_a_ja,choice_a_en,choice_b_ja,choice_b_en,answer,explanation_ja,explanation_en,source_by,source_date"
)
JUDGE = (
    "cls-001,judge,health,中学生,fake-experts;health-misinformation,misleading,"
    "医師の友人によると…拡散希望,A doctor friend says… please share,,,,,,,,"
    "名前のない専門家に注意。,Beware unnamed experts.,,"
)
ACTION = (
    "cls-002,action,money,シニア,phishing、pause,,,,このSMSが来たら?,You get this SMS. Then?,"
    "リンクを開く,Open the link,公式アプリで確かめる,Check in the official app,b,"
    "公式アプリで確かめましょう。,Check in the official app.,消費者庁,2024-05"
)


def write(tmp_path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path = tmp_path / "class.csv"
    path.write_bytes("\r\n".join([HEADER, *rows]).encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_imports_excel_and_sheets_exports(tmp_path: Path, encoding: str) -> None:
    imported = import_csv(write(tmp_path, [JUDGE, ACTION], encoding), "myclass", "私のクラス")
    assert imported.count == 2
    deck = tmp_path / "myclass.toml"
    deck.write_text(imported.toml, encoding="utf-8")
    bank = load_bank(extra=[deck])
    assert bank.items["cls-001"].verdict == "misleading"
    assert bank.items["cls-002"].techniques == ("phishing", "pause")
    assert bank.items["cls-002"].source.by == "消費者庁"
    assert bank.decks["myclass"].title_ja == "私のクラス"


def test_each_bad_row_gets_its_own_message(tmp_path: Path) -> None:
    bad_answer = ACTION.replace(",b,", ",z,").replace("cls-002", "cls-003")
    bad_tag = JUDGE.replace("fake-experts", "fake-news").replace("cls-001", "cls-004")
    with pytest.raises(ImportError_) as info:
        import_csv(write(tmp_path, [JUDGE, bad_answer, bad_tag]), "myclass")
    problems = info.value.problems
    assert any("row 3" in p and "answer 'z'" in p for p in problems)
    assert any("row 4" in p and "unknown tag 'fake-news'" in p for p in problems)
    assert not any("row 2" in p for p in problems)


def test_missing_columns_and_duplicate_ids(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,kind\nx,judge\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="missing column"):
        import_csv(path, "x")
    with pytest.raises(ImportError_, match="duplicate id"):
        import_csv(write(tmp_path, [JUDGE.replace("cls-001", "hl-001")]), "x", existing=SHIPPED)
    with pytest.raises(ImportError_, match="duplicate id"):
        import_csv(write(tmp_path, [JUDGE, JUDGE]), "x")


JA_HEADER = (
    "id,kind,topic,level,techniques,verdict,post_ja,question_ja,choice_a_ja,choice_b_ja,answer,explanation_ja"
)
JA_ROWS = [
    "ja-001,judge,健康,中学生,にせの専門家、健康の誤情報,誤解をまねく,"
    "医師の友人によると…拡散希望,,,,,名前のない専門家に注意。",
    "ja-002,action,お金,シニア,公式情報 立ち止まる,,,"
    "このSMSが来たら?,リンクを開く,公式アプリで確かめる,b,公式アプリで確かめましょう。",
]


def test_a_japanese_only_shift_jis_sheet_with_japanese_tag_names_imports(tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_bytes("\r\n".join([JA_HEADER, *JA_ROWS]).encode("cp932"))
    imported = import_csv(path, "mine", existing=SHIPPED, lang="ja")
    deck = tmp_path / "mine.toml"
    deck.write_text(imported.toml, encoding="utf-8")
    bank = load_bank(extra=[deck])
    first, second = bank.items["ja-001"], bank.items["ja-002"]
    assert first.topic == "health" and first.techniques == ("fake-experts", "health-misinformation")
    assert first.verdict == "misleading" and first.ja_only and first.post_en == first.post_ja
    assert second.techniques == ("official-info", "pause") and second.choices[1].en == "公式アプリで確かめる"


def test_misspelt_tags_get_a_suggestion_in_the_users_language(tmp_path: Path) -> None:
    path = tmp_path / "class.csv"
    path.write_text("\n".join([JA_HEADER, JA_ROWS[0].replace("健康,", "helth,")]), encoding="utf-8")
    with pytest.raises(ImportError_) as info:
        import_csv(path, "mine", lang="ja")
    assert info.value.problems == [
        f"{path}: 2 行目: ja-001: topic「helth」はありません（「health」のまちがい？）"
    ]
    with pytest.raises(ImportError_, match="did you mean 'health'"):
        import_csv(path, "mine", lang="en")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([JUDGE[:40]], "row 2: has 5 of the 19 columns"),
        ([JUDGE, ACTION + ",extra"], "row 3: has more cells than the header row"),
        ([JUDGE.replace("名前のない", "あ" * 140_000)], "row 2: a cell is longer than 131,072 characters"),
    ],
)
def test_malformed_rows_give_one_line_each(tmp_path: Path, rows: list[str], message: str) -> None:
    with pytest.raises(ImportError_) as info:
        import_csv(write(tmp_path, rows), "mine")
    assert len(info.value.problems) == 1 and message in info.value.problems[0], info.value.problems


def test_english_missing_on_some_rows_only_is_a_problem(tmp_path: Path) -> None:
    no_english = JUDGE.replace(",A doctor friend says… please share,", ",,").replace(
        "Beware unnamed experts.", ""
    )
    with pytest.raises(ImportError_, match="row 3: English texts are missing"):
        import_csv(write(tmp_path, [ACTION, no_english]), "mine")


def test_far_too_many_rows_are_refused_with_one_line(tmp_path: Path) -> None:
    rows = [JUDGE.replace("cls-001", f"cls-{n:05d}") for n in range(10_001)]
    with pytest.raises(ImportError_) as info:
        import_csv(write(tmp_path, rows), "mine")
    assert info.value.problems == [
        f"{tmp_path / 'class.csv'}: more than 10,000 rows; split the sheet into several decks"
    ]


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x00" * 10)
    with pytest.raises(ImportError_):
        import_csv(path, "x")


JA_BAD_ROWS = [
    (JA_ROWS[0].replace("医師の友人によると…拡散希望", ""), "judge の問題には post_ja が必要です"),
    (JA_ROWS[1].replace("このSMSが来たら?", ""), "question_ja が必要です"),
    (JA_ROWS[1].replace(",リンクを開く,", ",,"), "選択肢は2〜6個にしてください"),
    (JA_ROWS[1].replace("公式アプリで確かめましょう。", ""), "explanation_ja が空です"),
    (JA_ROWS[0].replace("名前のない", "あ" * 300), "explanation_ja が 307 文字です（200 文字まで）"),
]


@pytest.mark.parametrize(("row", "message"), JA_BAD_ROWS)
def test_a_bad_row_of_a_japanese_only_sheet_names_the_japanese_problem_only(
    tmp_path: Path, row: str, message: str
) -> None:
    """A teacher's sheet with no English columns is valid; a bad row must not ask for English."""
    path = tmp_path / "class.csv"
    path.write_text("\n".join([JA_HEADER, row]), encoding="utf-8")
    with pytest.raises(ImportError_) as info:
        import_csv(path, "mine", lang="ja")
    assert info.value.problems == [f"{path}: 2 行目: {row.split(',')[0]}: {message}"]
    with pytest.raises(ImportError_) as info:
        import_csv(path, "mine", lang="en")
    assert len(info.value.problems) == 1 and "_en" not in info.value.problems[0], info.value.problems
