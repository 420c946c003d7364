"""A real `python -m bot run` (console adapter) in a subprocess, driven line by line: for benchmarks.

The console adapter flushes each reply as soon as it is sent, so a benchmark can time the first byte
of the answer; since a reply may itself contain blank lines, the answer counts as complete once the
bot has printed nothing more for a moment.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORWARD = (
    "/forward 【重要】Amazonプライムの会員資格が停止されました。24時間以内に下記から本人確認を"
    "お願いします https://amaz0n-jp.xyz/login"
)


QUIET_SECONDS = 0.5


def spawn(db: Path) -> subprocess.Popen[bytes]:
    """Start the console bot on the database file `db`, with pipes for stdin and stdout."""
    env = {**os.environ, "MATTE_DB": str(db), "MATTE_HASH_KEY": "bench", "MATTE_LOG_LEVEL": "ERROR"}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )


def say(bot: subprocess.Popen[bytes], line: str) -> None:
    assert bot.stdin is not None
    bot.stdin.write(line.encode() + b"\n")
    bot.stdin.flush()


def first_output(bot: subprocess.Popen[bytes], timeout: float = 120) -> bytes:
    """Block until the bot prints something; fails if it exits or stays silent instead."""
    assert bot.stdout is not None
    ready, _, _ = select.select([bot.stdout], [], [], timeout)
    chunk = os.read(bot.stdout.fileno(), 65536) if ready else b""
    if not chunk:
        raise RuntimeError(f"the bot gave no answer (exit code {bot.poll()})")
    return chunk


def rest_of_reply(bot: subprocess.Popen[bytes]) -> bytes:
    """Whatever the bot prints until it has been quiet for QUIET_SECONDS."""
    assert bot.stdout is not None
    out = b""
    while select.select([bot.stdout], [], [], QUIET_SECONDS)[0]:
        chunk = os.read(bot.stdout.fileno(), 65536)
        if not chunk:
            break
        out += chunk
    return out


def answer(bot: subprocess.Popen[bytes], line: str) -> tuple[float, str]:
    """Send one line; (seconds to the first byte of the answer, the whole answer)."""
    started = time.perf_counter()
    say(bot, line)
    first = first_output(bot)
    seconds = time.perf_counter() - started
    return seconds, (first + rest_of_reply(bot)).decode("utf-8", "replace")


def stop(bot: subprocess.Popen[bytes]) -> int:
    """End of input makes the console bot exit by itself."""
    assert bot.stdin is not None and bot.stdout is not None
    bot.stdin.close()
    bot.stdout.read()
    return bot.wait(timeout=30)


def peak_rss_kib(pid: int) -> tuple[int, int]:
    """(VmHWM, VmRSS) in KiB from /proc: the peak and the current resident set size."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmHWM"].split()[0]), int(fields["VmRSS"].split()[0])
