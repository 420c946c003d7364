"""Start-up time to the first answer: `python -m bot run` spawned with a scripted first message.

    .venv/bin/python bench/bench_startup.py [--runs 5]

Times, from spawning the process to the first byte of the reply:
- `/start` as the first input: interpreter, imports, settings, database, content, first reply;
- a forwarded message as the first input: the same plus loading the model and the rumour index
  (the warm-up a first check pays).
The floor is a bare `python -c pass` in the same run. The database is created and migrated once,
untimed, as on a restart. It prints medians of --runs runs; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from console_bot import FORWARD, first_output, say, spawn, stop


def time_to_answer(db: Path, first_input: str) -> float:
    started = time.perf_counter()
    bot = spawn(db)
    say(bot, first_input)
    first_output(bot)
    seconds = time.perf_counter() - started
    stop(bot)
    return seconds


def interpreter_floor() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement (5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="matte-bench-") as tmp:
        db = Path(tmp) / "matte.db"
        stop(spawn(db))
        floor = statistics.median(interpreter_floor() for _ in range(args.runs))
        start = statistics.median(time_to_answer(db, "/start") for _ in range(args.runs))
        check = statistics.median(time_to_answer(db, FORWARD) for _ in range(args.runs))
    print(f"bare interpreter (python -c pass): {floor * 1000:.0f} ms (median of {args.runs})")
    print(
        f"/start as first input, to first reply: {start * 1000:.0f} ms, {start / floor:.1f}x bare interpreter"
    )
    warm_up = (check - start) * 1000
    print(
        f"forwarded message as first input (model warm-up), to first reply: {check * 1000:.0f} ms, "
        f"{check / start:.1f}x the /start figure (loading the model and rumour index: ~{warm_up:.0f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
