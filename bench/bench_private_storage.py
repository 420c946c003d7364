"""What keeping deleted text off the disk costs: outbox add-and-acknowledge cycles per second.

    .venv/bin/python bench/bench_private_storage.py [--cycles 2000]

One cycle commits one reply to the outbox (a check reply's size, quoting a phone number) and then
deletes it as delivery does after a send, each in its own BEGIN IMMEDIATE transaction, through the
real Store and `bot.core.outbox`. Three cases, each on a fresh database file in one process:

- baseline: `secure_delete` off, the WAL left as it is (what Matte did before);
- secure_delete: freed content overwritten with zeros (every delete now);
- secure_delete + scrub: also `Store.scrub()` (a TRUNCATE checkpoint, with its disk sync) after
  every acknowledgement: the worst case. Matte scrubs only after replies marked `scrub_after_send`
  (check replies, /forget's answer), and at most once per scheduler tick (one second), so this is
  what one scrub costs, paid at most once a second.

It prints figures only; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core import outbox  # noqa: E402
from bot.core.events import ChatRef, Message  # noqa: E402
from bot.storage.database import Store  # noqa: E402

TEXT = "気をつけたいサイン: 「090-4417-2958 に今すぐ電話」" + "説明の文章。" * 60


def cycles_per_second(path: Path, cycles: int, secure_delete: bool, scrub: bool) -> float:
    store = Store(path)
    store.db.execute(f"PRAGMA secure_delete = {'ON' if secure_delete else 'OFF'}")
    reply = Message(chat=ChatRef("bench", "1"), text=TEXT, scrub_after_send=scrub)
    try:
        start = time.perf_counter()
        for _ in range(cycles):
            with store.write() as db:
                item = outbox.add(db, reply)
            with store.write() as db:
                quoted = outbox.ack(db, item.id)
            if quoted:
                store.scrub()
        return cycles / (time.perf_counter() - start)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=2000)
    args = parser.parse_args()
    cases = [("baseline (secure_delete off)", False, False), ("secure_delete", True, False)]
    cases.append(("secure_delete + scrub each ack", True, True))
    with tempfile.TemporaryDirectory() as tmp:
        base = None
        for n, (name, secure, scrub) in enumerate(cases):
            rate = cycles_per_second(Path(tmp) / f"{n}.db", args.cycles, secure, scrub)
            base = base or rate
            print(f"{name}: {rate:,.0f} add+ack cycles/s, {rate / base:.2f}x the baseline")


if __name__ == "__main__":
    main()
