"""`matte quiz validate | list | import` as an instructor runs them."""

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "deck-import.csv"


def matte(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "quiz", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_validate_passes_on_the_bank() -> None:
    result = matte("validate")
    assert result.returncode == 0 and result.stdout.startswith("ok: ")


def test_validate_fails_with_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        '[deck]\nid = "broken"\ntitle_ja = "x"\ntitle_en = "x"\n\n[[items]]\nid = "Bad Id"\n', "utf-8"
    )
    result = matte("validate", str(broken))
    assert result.returncode == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{broken}:") and "description_ja is missing" in result.stderr
    assert f"{broken}:7: Bad Id: id 'Bad Id' must be 3 to 32" in result.stderr


def test_validate_report_prints_counts_and_the_surface_cue_baseline() -> None:
    result = matte("validate", "--report")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in ("level:", "kind:", "verdict:", "technique:"):
        assert f"\n{heading}\n" in out
    assert "  保護者・教職員\t" in out and "  trustworthy\t" in out and "  phishing\t" in out
    baseline = re.search(r"surface-cue baseline: ([\d.]+)% .* \(ok\); majority class ([\d.]+)%", out)
    assert baseline is not None, out
    assert float(baseline.group(1)) <= 65 and 50 <= float(baseline.group(2)) < 100
    assert re.search(r"calm misleading posts: \d+%; alarming trustworthy posts: \d+%", out)
    assert re.search(r"answer is the longest choice: \d+ of \d+ choice items", out)


def test_list_json_reflects_the_bank() -> None:
    result = matte("list", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) >= 300
    assert all(n >= 30 for n in Counter(r["level"] for r in rows).values())
    assert {"id", "deck", "kind", "languages", "techniques", "topic", "level"} <= set(rows[0])
    judge = [r for r in rows if r["kind"] == "judge"]
    assert all(r["verdict"] in ("trustworthy", "misleading") for r in judge)
    assert all("verdict" not in r for r in rows if r["kind"] != "judge")
    assert Counter(r["verdict"] for r in judge)["trustworthy"] >= 0.4 * len(judge)


def test_import_the_readme_example_into_a_content_dir(tmp_path: Path) -> None:
    env = {"MATTE_CONTENT_DIR": str(tmp_path)}
    result = matte("import", str(EXAMPLE), "--deck", "my-class", "--title-ja", "私のクラス", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "my-class.toml").exists()
    listed = json.loads(matte("list", "--json", env=env).stdout)
    assert {r["id"] for r in listed if r["deck"] == "my-class"} == {"cls-001", "cls-002"}
    again = matte("import", str(EXAMPLE), "--deck", "my-class", env={**env, "MATTE_LANG": "en"})
    assert again.returncode == 1 and "exists; add --replace" in again.stderr
    replaced = matte("import", str(EXAMPLE), "--deck", "my-class", "--replace", env=env)
    assert replaced.returncode == 0, replaced.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my-class.toml"]


def test_import_reports_bad_rows_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    shutil.copy(EXAMPLE, bad)
    bad.write_text(bad.read_text("utf-8").replace(",b,SMS", ",z,SMS"), "utf-8")
    result = matte("import", str(bad), "--deck", "bad-class", "--out", str(tmp_path / "bad-class.toml"))
    assert result.returncode == 1 and "3 行目" in result.stderr and "answer「z」" in result.stderr
    assert result.stderr.splitlines()[-1] == "問題が 1 件あります。何も書き込んでいません"
    assert list(tmp_path.iterdir()) == [bad]
    english = matte("import", str(bad), "--deck", "bad-class", env={"MATTE_LANG": "en"})
    assert (
        "row 3: cls-002: answer 'z'" in english.stderr and "1 problem(s), nothing written" in english.stderr
    )


def test_a_deck_name_that_leaves_the_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    content = tmp_path / "a" / "b"
    content.mkdir(parents=True)
    result = matte("import", str(EXAMPLE), "--deck", "../../x", env={"MATTE_CONTENT_DIR": str(content)})
    assert result.returncode == 1 and "--deck「../../x」" in result.stderr
    assert list(tmp_path.rglob("*.toml")) == [] and list(content.iterdir()) == []


def test_a_second_deck_reusing_ids_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    env = {"MATTE_CONTENT_DIR": str(tmp_path)}
    assert matte("import", str(EXAMPLE), "--deck", "first", env=env).returncode == 0
    second = matte("import", str(EXAMPLE), "--deck", "second", env=env)
    assert second.returncode == 1 and "デッキ「first」でも使用中" in second.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.toml"]
    assert matte("validate", env=env).returncode == 0
