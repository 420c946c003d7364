"""A database that becomes read-only or full: a clear log line, an answer anyway, nothing corrupted."""

import logging

import pytest

from bot.testing import Chatter


def integrity(chatter: Chatter) -> str:
    return chatter.app.store.db.execute("PRAGMA integrity_check").fetchone()[0]


async def test_read_only_database(chatter: Chatter, caplog: pytest.LogCaptureFixture) -> None:
    await chatter.command("lang", "en")
    chatter.app.store.db.execute("PRAGMA query_only = 1")
    with caplog.at_level(logging.ERROR):
        [reply] = await chatter.command("quiz")
        [again] = await chatter.command("help")
    assert reply.text.startswith("Sorry, I cannot save") and again.text == reply.text
    assert caplog.text.count("cannot write to the database") == 1
    await chatter.app.tick(wait=True)
    chatter.app.store.db.execute("PRAGMA query_only = 0")
    assert integrity(chatter) == "ok"
    [question] = await chatter.command("quiz")
    assert "Question 1" in question.text


@pytest.mark.handler_failure
async def test_full_database(chatter: Chatter, caplog: pytest.LogCaptureFixture) -> None:
    db = chatter.app.store.db
    await chatter.command("start")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    replies = []
    with caplog.at_level(logging.ERROR):
        for n in range(60):
            replies += await chatter.forward(f"【拡散希望】今すぐ回して！ {n} " + "あ" * 400)
    assert len(replies) == 60
    assert any("記録ができない" in r.text for r in replies)
    assert "database or disk is full" in caplog.text
    claimed = db.execute("SELECT count(*) FROM processed_updates").fetchone()[0]
    checked = db.execute("SELECT count(*) FROM check_records").fetchone()[0]
    assert claimed - 1 == checked
    db.execute("PRAGMA max_page_count = 1073741823")
    assert integrity(chatter) == "ok"
