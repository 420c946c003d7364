from pathlib import Path

import pytest

from quizzes.csv_import import ImportError_, import_csv
from quizzes.loader import load_bank

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
        import_csv(write(tmp_path, [JUDGE.replace("cls-001", "hl-001")]), "x")


def test_binary_garbage(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x00" * 10)
    with pytest.raises(ImportError_):
        import_csv(path, "x")
