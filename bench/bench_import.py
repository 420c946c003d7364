"""How `matte quiz import` scales with the number of rows (issue 18: 8,000 rows took 92 s).

    .venv/bin/python bench/bench_import.py [--rows 1000 2000 4000 8000]

Each case writes a CSV of N judge rows, then runs the whole import as the CLI does (`import_cmd`:
read, check every row against the shipped bank, stage the TOML, load it with everything else, rename
into place) into a fresh MATTE_CONTENT_DIR. The figure that matters is the time per row relative to
the smallest case: about 1.0 at every size means linear. Two more cases:

- 100,000 rows through the CLI: refused (over the row cap) — how long the refusal takes;
- 100,000 rows validated with the cap lifted, to show the checks themselves stay linear that far.

It prints figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.commands.quiz_cmd import import_cmd  # noqa: E402
from bot.config import Settings  # noqa: E402
from quizzes import csv_import  # noqa: E402
from quizzes.loader import load_bank  # noqa: E402

HEADER = "id,kind,topic,level,techniques,verdict,post_ja,post_en,explanation_ja,explanation_en\n"
ROW = (
    "b-{n:06d},judge,health,中学生,fake-experts,misleading,医師の友人によると{n}…拡散希望,"
    "A doctor friend says {n}… please share,名前のない専門家に注意。,Beware unnamed experts.\n"
)


def write_csv(folder: Path, rows: int) -> Path:
    path = folder / f"rows-{rows}.csv"
    path.write_text(HEADER + "".join(ROW.format(n=n) for n in range(rows)), encoding="utf-8")
    return path


def run_cli(csv: Path, content: Path) -> tuple[float, int]:
    args = argparse.Namespace(csv=csv, deck="bench", title_ja="", title_en="", out=None, replace=False)
    settings = Settings(content_dir=str(content), lang="en")
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = import_cmd(args, settings)
    return time.perf_counter() - started, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    options = parser.parse_args()
    load_bank()  # warm imports and the shipped bank's parse out of the first case
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = 0.0
        print("rows\tseconds\tms/row\tratio to first")
        for rows in options.rows:
            content = folder / f"content-{rows}"
            seconds, code = run_cli(write_csv(folder, rows), content)
            per_row = seconds / rows
            base = base or per_row
            written = (content / "bench.toml").exists()
            figures = f"{rows}\t{seconds:.2f}\t{per_row * 1000:.3f}\t{per_row / base:.2f}"
            print(f"{figures}  (exit {code}, {written=})")
        big = write_csv(folder, 100_000)
        seconds, code = run_cli(big, folder / "content-big")
        print(f"100000 rows through the CLI: exit {code} in {seconds:.2f} s (refused: over the row cap)")
        csv_import.MAX_ROWS = 200_000
        csv_import.MAX_BYTES = 1 << 30
        started = time.perf_counter()
        imported = csv_import.import_csv(big, "bench", existing=load_bank().items.values())
        seconds = time.perf_counter() - started
        print(
            f"100000 rows validated with the cap lifted: {imported.count} items in {seconds:.2f} s, "
            f"{seconds / 100_000 * 1000:.3f} ms/row ({seconds / 100_000 / base:.2f} x the first case's "
            "per-row time, which also includes writing and reloading)"
        )


if __name__ == "__main__":
    main()
