import sqlite3
from dataclasses import replace

from bot.core import outbox
from bot.core.events import ChatKind, ChatRef, Message, QuizPoll
from bot.storage.erasure import PERSONAL_TABLES
from bot.testing import Chatter

ID = "u-7d3e9a"
"""A user id that appears nowhere else, so finding it anywhere is a leftover."""


async def test_forget_deletes_everything_after_confirmation(chatter: Chatter, bank) -> None:
    await chatter.command("lang", "en")
    [question] = await chatter.command("quiz")
    await chatter.press(question.buttons[0][0].payload)
    await chatter.press("ls:sift")
    await chatter.press("ch:8")
    await chatter.forward("【拡散希望】今すぐ回して！")
    db = chatter.app.store.db
    [confirm] = await chatter.command("forget")
    await chatter.press("fg:no")
    assert db["answers"].count == 1
    await chatter.press(confirm.buttons[0][0].payload)
    for table in PERSONAL_TABLES:
        assert db.execute(f"SELECT count(*) FROM {table} WHERE user_id = 'u1'").fetchone()[0] == 0, table


def cells_naming(db_path, needle: str) -> list[str]:
    """Every table.column whose value (text, or inside JSON) contains `needle`; every table is read."""
    conn = sqlite3.connect(db_path)
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = []
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info([{table}])")]
            for row in conn.execute(f"SELECT * FROM [{table}]"):
                found += [
                    f"{table}.{col}" for col, value in zip(columns, row, strict=True) if needle in str(value)
                ]
        return sorted(set(found))
    finally:
        conn.close()


async def test_after_forget_no_table_holds_the_user_s_id(chatter: Chatter, db_path) -> None:
    """The user learns, checks, plays in one class and runs another (with a region label), has an item
    still waiting to be sent; after /forget their id is in no column of any table."""
    me = replace(chatter, user_id=ID)
    group = replace(chatter, user_id=ID, chat_id="-500", chat_kind=ChatKind.GROUP, is_admin=True)
    pupil = replace(chatter, user_id="pupil-2", chat_id="-500", chat_kind=ChatKind.GROUP)
    await me.command("lang", "en")
    [question] = await me.command("quiz")
    await me.press(question.buttons[0][0].payload)
    await me.press("ls:sift")
    await me.press("ch:8")
    await me.forward("【拡散希望】今すぐ回して！ 090-1234-5678")
    await me.command("nickname", "ふくろう")
    [poll] = [m for m in await group.command("quiz", "2 10s region=札幌第二小") if isinstance(m, QuizPoll)]
    await group.press(poll.buttons[0][0].payload)
    await pupil.press(poll.buttons[1][0].payload)
    app = chatter.app
    with app.store.write() as db:
        outbox.add(db, Message(chat=ChatRef("other", ID), text="left for another process"))
        outbox.add(db, Message(chat=ChatRef.direct("test", ID), text="your class report"))
        outbox.add(db, Message(chat=ChatRef("test", "-500"), text="only you", for_user=ID, ephemeral=True))
    assert {"users.user_id", "chats.chat_id", "class_sessions.instructor_id"} <= set(
        cells_naming(db_path, ID)
    )
    assert cells_naming(db_path, "札幌第二小") == ["class_sessions.region"]

    [confirm] = await me.command("forget")
    await me.press(confirm.buttons[0][0].payload)

    assert cells_naming(db_path, ID) == ["outbox.payload"], "only the item for a platform not run here"
    [(payload,)] = app.store.db.execute("SELECT payload FROM outbox").fetchall()
    assert '"other"' in payload
    assert cells_naming(db_path, "札幌第二小") == []
    assert app.store.db.execute("SELECT count(*) FROM class_answers").fetchone()[0] == 1, "the pupil's stays"
