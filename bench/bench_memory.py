"""Peak memory (RSS) of a running bot with the model loaded, against a bare `import bot`.

    .venv/bin/python bench/bench_memory.py

Runs the console bot in a subprocess, reads VmHWM (peak resident set) from /proc/<pid>/status
after `/start` (no model yet) and again after a forwarded message made it load the model and the
rumour index, while the process is still running. The baseline is a bare `python -c "import bot"`
process, measured the same way. Linux only (/proc). It prints figures only.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from console_bot import FORWARD, ROOT, answer, peak_rss_kib, spawn, stop


def baseline_kib() -> int:
    """Peak RSS of a process that only imports the bot package."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "import bot, sys; print('ready', flush=True); sys.stdin.read()"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    peak, _ = peak_rss_kib(proc.pid)
    proc.communicate("")
    return peak


def bot_kib(db: Path) -> tuple[int, int, int]:
    """(peak after /start, peak after a check, current after a check) of the running console bot."""
    bot = spawn(db)
    answer(bot, "/start")
    started, _ = peak_rss_kib(bot.pid)
    answer(bot, FORWARD)
    loaded, now = peak_rss_kib(bot.pid)
    stop(bot)
    return started, loaded, now


def main() -> int:
    if not Path("/proc/self/status").exists():
        print("no /proc here: bench_memory needs Linux")
        return 0
    base = baseline_kib()
    with tempfile.TemporaryDirectory(prefix="matte-bench-") as tmp:
        started, loaded, now = bot_kib(Path(tmp) / "matte.db")
    mib = {"base": base / 1024, "started": started / 1024, "loaded": loaded / 1024, "now": now / 1024}
    print(f"baseline, python -c 'import bot': peak RSS {mib['base']:.0f} MiB (ratios below are to this)")
    print(f"console bot after /start (no model): peak RSS {mib['started']:.0f} MiB, {started / base:.1f}x")
    print(
        f"console bot after a check (model loaded): peak RSS {mib['loaded']:.0f} MiB, "
        f"{loaded / base:.1f}x the baseline; {mib['now']:.0f} MiB resident now"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
