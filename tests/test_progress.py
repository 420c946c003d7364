from bot.storage import learning
from bot.storage.learning import Answer
from bot.testing import Chatter


async def test_empty_progress(chatter: Chatter) -> None:
    [reply] = await chatter.command("progress")
    assert "/quiz" in reply.text


async def test_per_technique_and_discernment(chatter: Chatter, bank, clock) -> None:
    trustworthy = [i for i in bank.items.values() if i.verdict == "trustworthy"][:4]
    misleading = [i for i in bank.items.values() if i.verdict == "misleading"][:4]
    db = chatter.app.store.db
    for item in trustworthy:
        learning.record_answer(db, "test", "u1", Answer(item.id, "m", False, "solo"), clock())
    for item in misleading:
        learning.record_answer(db, "test", "u1", Answer(item.id, "m", True, "solo"), clock())
    [reply] = await chatter.command("progress")
    assert "答えた問題: 8問(正解 4問、50%)" in reply.text
    assert "「信頼できる」と見分けた: 0%(4問)" in reply.text
    assert "「あやしい」と見分けた: 100%(4問)" in reply.text
    assert "疑いすぎている" in reply.text
    tags = {t for i in misleading for t in i.techniques if t in bank.tags.techniques}
    for tag in tags:
        assert bank.tags.label(tag, "ja") in reply.text


async def test_progress_in_english(chatter: Chatter, bank, clock) -> None:
    await chatter.command("lang", "en")
    item = next(i for i in bank.items.values() if i.verdict == "misleading")
    learning.record_answer(chatter.app.store.db, "test", "u1", Answer(item.id, "t", False, "solo"), clock())
    [reply] = await chatter.command("progress")
    assert "Misleading posts recognised as misleading: 0% (1 questions)" in reply.text
