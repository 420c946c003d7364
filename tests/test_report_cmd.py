"""`matte report` and `matte stats` on a database that a real class quiz wrote."""

import csv
import json
import os
import re
import subprocess
import sys

from bot.app import App
from bot.core.events import ButtonPress, ChatKind, Command, QuizPoll, Source
from bot.storage.database import Store
from bot.testing import CollectingAdapter


def matte(*args: str, db) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "MATTE_DB": str(db)},
        timeout=60,
    )


async def run_session(settings, services, db_path, clock) -> None:
    store = Store(db_path)
    adapter = CollectingAdapter()
    app = App(settings, store, services)
    app.add_adapter(adapter)
    teacher = Source(platform="test", chat_id="-7", user_id="t", chat_kind=ChatKind.GROUP, is_admin=True)
    await app.process(Command(source=teacher, name="quiz", args="2 10s region=札幌"))
    for _ in range(2):
        poll = [m for m in adapter.sent if isinstance(m, QuizPoll)][-1]
        for n, row in enumerate(poll.buttons * 2):
            pupil = Source(platform="test", chat_id="-7", user_id=f"pupil-{n}", chat_kind=ChatKind.GROUP)
            clock.advance(seconds=1)
            await app.process(ButtonPress(source=pupil, payload=row[0].payload))
        clock.advance(seconds=10)
        await app.tick(wait=True)
    store.close()


async def test_report_and_stats(settings, services, db_path, clock, tmp_path) -> None:
    await run_session(settings, services, db_path, clock)
    listing = matte("report", "--list", db=db_path)
    assert listing.returncode == 0 and listing.stdout.startswith("1\t") and "finished" in listing.stdout
    assert listing.stdout.split("\t")[1] == "2026-04-01 09:00"  # 00:00 UTC, shown in Japan's time
    html, table = tmp_path / "r.html", tmp_path / "r.csv"
    result = matte("report", "1", "--html", str(html), "--csv", str(table), db=db_path)
    assert result.returncode == 0, result.stderr
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "Q1" in page and "Q2" in page and "2026-04-01 09:00 (Asia/Tokyo)" in page
    assert not re.search(r"(src|href)\s*=|https?://|url\(", page)
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows and {r["player"] for r in rows} <= {f"参加者 {n}" for n in range(1, 10)}
    assert all("pupil-" not in value for r in rows for value in r.values())
    missing = matte("report", "1", "--csv", str(tmp_path / "missing" / "x.csv"), db=db_path)
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        f"matte: error: cannot write {tmp_path / 'missing' / 'x.csv'}: No such file or directory"
    ]

    stats = json.loads(matte("stats", "--json", db=db_path).stdout)
    assert stats["sessions"] == 1 and stats["region"][0]["name"] == "札幌"
    assert sum(row["answers"] for row in stats["level"]) == len(rows)
    assert "pupil-" not in json.dumps(stats)


def test_report_errors(db_path) -> None:
    result = matte("report", "42", db=db_path)
    assert result.returncode == 2 and "no class quiz session 42" in result.stderr
    assert "クラスクイズ 42 は見つかりません" in result.stderr
    assert matte("report", db=db_path).returncode == 2


def test_report_list_says_when_there_is_nothing_yet(db_path) -> None:
    result = matte("report", "--list", db=db_path)
    assert result.returncode == 0 and result.stdout == ""
    assert "クラスクイズの記録はまだありません" in result.stderr
