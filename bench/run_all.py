"""Run every bench/bench_*.py one after another and print their figures (`make bench`).

    .venv/bin/python bench/run_all.py [NAME ...] [--timeout SECONDS]

Scripts are discovered, not listed, so a new benchmark joins by being named bench_<what>.py. They run
one at a time on purpose: two benchmarks sharing the machine's cores would distort each other. Each
script's own output passes straight through; a summary with each exit code and duration follows.
The exit code is non-zero when any script failed or timed out.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def discover(names: list[str]) -> list[Path]:
    """The benchmark scripts, sorted; only those whose name contains one of `names` when given."""
    scripts = sorted(BENCH.glob("bench_*.py"))
    return [s for s in scripts if not names or any(n in s.stem for n in names)]


def run(script: Path, timeout: float) -> tuple[int | None, float]:
    """(exit code or None on time-out, seconds) of one script, its output going to ours."""
    started = time.perf_counter()
    try:
        code = subprocess.run(
            [sys.executable, str(script)], cwd=ROOT, timeout=timeout, check=False
        ).returncode
    except subprocess.TimeoutExpired:
        code = None
    return code, time.perf_counter() - started


def machine() -> str:
    """One line saying where the figures come from; they mean little without it."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if "model name" in line
        ]
        cpu = names[0] if names else cpu
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {cores} cores, Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="*", help="run only scripts whose name contains one of these")
    parser.add_argument("--timeout", type=float, default=900, help="seconds allowed per script (900)")
    args = parser.parse_args(argv)
    scripts = discover(args.names)
    if not scripts:
        print("no benchmark scripts matched", file=sys.stderr)
        return 2
    print(f"# {machine()}", flush=True)
    results = []
    for script in scripts:
        print(f"\n## {script.name}", flush=True)
        code, seconds = run(script, args.timeout)
        results.append((script.name, code, seconds))
    print("\n## summary")
    for name, code, seconds in results:
        status = "timed out" if code is None else ("ok" if code == 0 else f"exit code {code}")
        print(f"{name}: {status} ({seconds:.1f} s)")
    return 0 if all(code == 0 for _, code, _ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
