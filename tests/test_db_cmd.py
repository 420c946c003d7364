import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from bot.storage import check_records, updates
from bot.storage.database import Store


def test_purge_removes_only_old_records(db_path) -> None:
    store = Store(db_path)
    old, new = datetime.now(UTC) - timedelta(days=40), datetime.now(UTC)
    for moment in (old, new):
        check_records.add(
            store.db, platform="t", user_id="1", chat_kind="private", digest="x" * 64, score=0.9,
            cues=("urgency",), matches=(), origin="unknown", now=moment,
        )  # fmt: skip
    updates.claim(store.db, "t", "1")
    store.close()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "db", "purge"],
        capture_output=True,
        text=True,
        env={**os.environ, "MATTE_DB": str(db_path), "MATTE_RETENTION_DAYS": "30"},
    )
    assert result.returncode == 0 and "check_records: 1 deleted" in result.stdout
    store = Store(db_path)
    assert store.db["check_records"].count == 1 and store.db["processed_updates"].count == 1
    store.close()
