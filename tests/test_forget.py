from bot.storage.erasure import PERSONAL_TABLES
from bot.testing import Chatter


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
