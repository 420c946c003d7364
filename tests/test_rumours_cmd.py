"""`matte rumours list | validate | import | eval` as an editor of the rumour bank runs them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.cli import main
from classifier.rumour_bank import read_records

GOOD = """[[rumour]]
id = "lion-2016"
kind = "rumour"
topic = "disaster"
organisation = "熊本県警察"
url = "https://example.org/lion"
date = "2016-04-15"
keywords = ["ライオン", "熊本"]
text_ja = "熊本の地震で動物園からライオンが逃げた"
text_en = "A lion escaped from the zoo in the Kumamoto quake"
title_ja = "ライオン脱走"
title_en = "Escaped lion"
explanation_ja = "写真は海外のものでした。"
explanation_en = "The photo was taken abroad."
"""

REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "url": "https://checker.example/2025/01/tea",
    "claimReviewed": "緑茶を飲めば新型コロナにかからない",
    "datePublished": "2025-01-20T09:00:00+09:00",
    "author": {"@type": "Organization", "name": "例示ファクトチェック"},
    "reviewRating": {"@type": "Rating", "alternateName": "誤り"},
    "reviewBody": "予防できるという根拠はない。",
    "keywords": "緑茶, コロナ",
    "itemReviewed": {"@type": "Claim", "appearance": [{"url": "https://sns.example/post/1"}]},
}


def rumours(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["rumours", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_prints_every_shipped_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = rumours(capsys, "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) >= 300
    assert all(len(line.split("\t")) == 5 for line in lines)


def test_list_json_of_a_chosen_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(GOOD, encoding="utf-8")
    code, out, _ = rumours(capsys, "list", "--file", str(bank), "--json")
    assert code == 0
    [record] = json.loads(out)
    assert (record["id"], record["keywords"], record["date"]) == (
        "lion-2016",
        ["ライオン", "熊本"],
        "2016-04-15",
    )


def test_validate_counts_the_shipped_bank(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = rumours(capsys, "validate")
    assert code == 0 and err == ""
    counts = re.match(r"(\d+) records: rumour (\d+), scam (\d+)", out)
    assert counts and int(counts[1]) >= 300 and int(counts[2]) + int(counts[3]) == int(counts[1])
    assert out.rstrip().endswith("0 problem(s)")


def test_validate_names_file_and_line_of_each_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.toml"
    second = GOOD.replace('organisation = "熊本県警察"\n', "").replace('"2016-04-15"', '"2016-13-01"')
    third = GOOD.replace('url = "https://example.org/lion"\n', 'url = "example.org"\n')
    third = third.replace('date = "2016-04-15"', 'date = "2999-01-01"').replace('"rumour"', '"hoax"', 1)
    fourth = GOOD.replace('id = "lion-2016"', 'id = "tea"').replace('date = "2016-04-15"\n', "")
    broken.write_text("\n".join([GOOD, second, third, fourth]), encoding="utf-8")
    code, out, err = rumours(capsys, "validate", str(broken))
    assert code == 1
    assert f"{broken}:16: duplicate id 'lion-2016' (first at line 1)" in err
    assert f"{broken}:16: organisation is required" in err
    assert f"{broken}:16: date '2016-13-01' is not a calendar date" in err
    assert f"{broken}:30: url must start with http:// or https://" in err
    assert f"{broken}:30: date '2999-01-01' is in the future" in err
    assert f"{broken}:30: kind must be one of rumour, scam, not 'hoax'" in err
    assert f"{broken}:45: date is required" in err
    assert "4 records" in out and "8 problem(s)" in out


def test_validate_reports_unreadable_files_and_ids_shared_between_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, odd = tmp_path / "a.toml", tmp_path / "b.toml", tmp_path / "odd.toml"
    first.write_text(GOOD, encoding="utf-8")
    second.write_text(GOOD, encoding="utf-8")
    odd.write_text(GOOD.replace("kind =", "sort =", 1), encoding="utf-8")
    code, _, err = rumours(capsys, "validate", str(first), str(second), str(odd))
    assert code == 1
    assert f"{second}:1: id 'lion-2016' is also used in {first}" in err
    assert f"{odd}:1: unknown field(s) sort" in err


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_single_review_appends_a_valid_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(GOOD, encoding="utf-8")
    source = write_json(tmp_path / "review.json", REVIEW)
    code, out, _ = rumours(capsys, "import", str(source), "--out", str(bank))
    assert code == 0 and out.startswith("1 record(s) added")
    [(_, kept), (line, added)] = read_records(bank)
    assert kept.id == "lion-2016" and line > 1
    assert (added.organisation, added.date, added.url) == (
        "例示ファクトチェック",
        "2025-01-20",
        "https://checker.example/2025/01/tea",
    )
    assert added.text_ja == REVIEW["claimReviewed"] and added.text_en == ""
    assert added.explanation_ja == "誤り.\n予防できるという根拠はない。"
    assert added.keywords == ("緑茶", "コロナ") and added.appearances == ("https://sns.example/post/1",)
    assert rumours(capsys, "validate", str(bank))[0] == 0


def test_import_list_and_graph_and_skip_reviews_already_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "new" / "bank.toml"
    english = {**REVIEW, "url": "https://checker.example/en", "claimReviewed": "Tea stops Covid"}
    english["author"] = [{"name": "Example Checks"}]
    listed = write_json(tmp_path / "list.json", [REVIEW, english])
    graph = write_json(tmp_path / "graph.jsonld", {"@graph": [{"@type": "WebPage"}, REVIEW]})
    assert rumours(capsys, "import", str(listed), "--out", str(bank))[:2] == (
        0,
        f"2 record(s) added to {bank}; 0 already there\n",
    )
    assert rumours(capsys, "import", str(graph), "--out", str(bank))[:2] == (
        0,
        f"0 record(s) added to {bank}; 1 already there\n",
    )
    records = [rumour for _, rumour in read_records(bank)]
    assert [r.text_en for r in records] == ["", "Tea stops Covid"]
    assert records[1].organisation == "Example Checks"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        (json.dumps({"@type": "Article"}), "no ClaimReview found"),
        (json.dumps({**REVIEW, "claimReviewed": ""}), "ClaimReview 1: claimReviewed is missing"),
        (json.dumps([REVIEW, {**REVIEW, "url": None}]), "ClaimReview 2: url is missing"),
        (json.dumps({**REVIEW, "author": {}}), "author.name is missing"),
        (json.dumps({**REVIEW, "datePublished": "20 Jan 2025"}), "is not an ISO date"),
        (json.dumps({**REVIEW, "datePublished": "2999-01-01"}), "is in the future"),
    ],
)
def test_import_refuses_bad_input_with_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    bank = tmp_path / "bank.toml"
    bank.write_text(GOOD, encoding="utf-8")
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    code, out, err = rumours(capsys, "import", str(source), "--out", str(bank))
    assert code == 1 and out == ""
    assert err.startswith("matte rumours import: error: ") and message in err
    assert err.count("\n") == 1
    assert bank.read_text(encoding="utf-8") == GOOD
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.json", "bank.toml"]


def test_import_refuses_to_append_to_a_broken_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "bank.toml"
    broken = GOOD.replace('date = "2016-04-15"', 'date = "yesterday"')
    bank.write_text(broken, encoding="utf-8")
    source = write_json(tmp_path / "review.json", REVIEW)
    code, _, err = rumours(capsys, "import", str(source), "--out", str(bank))
    assert code == 1 and "date 'yesterday' must be ISO" in err
    assert bank.read_text(encoding="utf-8") == broken


def test_eval_prints_the_chosen_setting_and_both_sets_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = rumours(capsys, "eval")
    assert code == 0
    assert re.search(r"threshold 0\.\d\d, keyword weight 0\.\d\d", out)
    test_part = out.split("test (rumour_paraphrases.csv):")[1]
    recall = re.search(r"\(top-1\): \d+/\d+ = ([\d.]+)%", test_part)
    wrong = re.search(r"([\d.]+)% of all \d+ messages", test_part)
    assert recall and float(recall[1]) >= 80.0
    assert wrong and float(wrong[1]) <= 5.0


def test_eval_rejects_a_set_naming_an_unknown_rumour(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("rumour_id,text\nno-such-rumour,hello\n", encoding="utf-8")
    code, _, err = rumours(capsys, "eval", "--test", str(bad))
    assert code == 1 and f"{bad}:2: unknown rumour id 'no-such-rumour'" in err
