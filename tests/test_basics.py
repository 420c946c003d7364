from bot.testing import Chatter


async def test_start_welcomes_in_japanese(chatter: Chatter) -> None:
    [reply] = await chatter.command("start")
    assert "Matte" in reply.text and "確かめる" in reply.text


async def test_help_lists_every_command_once(chatter: Chatter) -> None:
    [reply] = await chatter.command("help")
    commands = chatter.app.dispatcher.listed_commands()
    assert commands
    for name in commands:
        assert reply.text.count(f"/{name} ") == 1


async def test_lang_switches_and_persists(chatter: Chatter) -> None:
    [reply] = await chatter.command("lang", "en")
    assert reply.text.startswith("I'll talk")
    [reply] = await chatter.command("start")
    assert reply.text.startswith("Hello")
    [reply] = await chatter.command("lang", "klingon")
    assert "/lang ja" in reply.text


async def test_unknown_command_gets_help(chatter: Chatter) -> None:
    [reply] = await chatter.command("frobnicate")
    assert "/frobnicate" in reply.text and "/help" in reply.text


async def test_stale_button_explained(chatter: Chatter) -> None:
    [reply] = await chatter.press("zz:old")
    assert "/help" in reply.text
