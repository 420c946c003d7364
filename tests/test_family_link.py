"""Linking a senior and a helper across platforms: codes, confirmation, limits, unlinking."""

from __future__ import annotations

import re

from bot.app import App
from bot.features.helpers import (
    ATTEMPTS_PER_HOUR,
    CODE_ALPHABET,
    CODE_LENGTH,
    MAX_HELPERS_PER_SENIOR,
    normalise_code,
    split_code,
)
from bot.testing import Chatter
from tests.family_harness import button, dump, person, to, two_platform_app

CODE = re.compile(rf"[{CODE_ALPHABET}]{{{CODE_LENGTH}}}")


def code_of(replies) -> str:
    match = CODE.search(replies[0].text)
    assert match, replies[0].text
    return match.group(0)


async def linked(app: App) -> tuple[Chatter, Chatter]:
    """A senior on LINE linked with a grandchild on Telegram, confirmed."""
    line, telegram = two_platform_app(app)
    senior, grandchild = person(app, line, "Useni"), person(app, telegram, "777")
    code = code_of(await senior.command("helper"))
    await grandchild.command("helper", code)
    request = to(line, "Useni")[-1]
    await senior.press(request.buttons[0][0].payload)
    return senior, grandchild


async def test_code_links_line_senior_and_telegram_grandchild_after_confirmation(app: App) -> None:
    line, telegram = two_platform_app(app)
    senior, grandchild = person(app, line, "Useni"), person(app, telegram, "777")
    code = code_of(await senior.command("helper"))
    assert "24時間" in to(line, "Useni")[0].text
    [waiting] = await grandchild.command("helper", code.lower())
    assert "確認したら" in waiting.text
    request = to(line, "Useni")[-1]
    assert request.chat.platform == "line" and request.chat.direct_user == "Useni"
    assert "Telegram" in request.text and "相談相手になりたい" in request.text
    links = list(app.store.db["helper_links"].rows)
    assert [link["status"] for link in links] == ["pending"]
    [yes, no] = request.buttons[0]
    assert yes.payload.endswith(":y") and no.payload.endswith(":n")
    await grandchild.press(yes.payload)
    assert [r["status"] for r in app.store.db["helper_links"].rows] == ["pending"], "only the senior confirms"
    [ok] = await senior.press(yes.payload)
    notice = to(telegram, "777")[-1]
    assert (
        "つながりました" in ok.text
        and notice.chat.platform == "telegram"
        and notice.chat.direct_user == "777"
    )
    assert [r["status"] for r in app.store.db["helper_links"].rows] == ["active"]
    assert app.store.db["helper_codes"].count == 0, "a code works once"
    assert not any(code in row for row in map(str, app.store.db["helper_codes"].rows))


async def test_senior_can_decline(app: App) -> None:
    line, telegram = two_platform_app(app)
    senior, grandchild = person(app, line, "Useni"), person(app, telegram, "777")
    code = code_of(await senior.command("helper"))
    await grandchild.command("helper", code)
    await senior.press(to(line, "Useni")[-1].buttons[0][1].payload)
    notice = to(telegram, "777")[-1]
    assert notice.chat.direct_user == "777" and "見送られました" in notice.text
    assert app.store.db["helper_links"].count == 0


async def test_code_expires_after_24_hours(app: App, clock) -> None:
    line, telegram = two_platform_app(app)
    senior, grandchild = person(app, line, "Useni"), person(app, telegram, "777")
    code = code_of(await senior.command("helper"))
    clock.advance(hours=24, seconds=1)
    [reply] = await grandchild.command("helper", code)
    assert "使えません" in reply.text
    assert app.store.db["helper_links"].count == 0


async def test_codes_cannot_be_guessed_attempts_are_limited(app: App, clock) -> None:
    line, telegram = two_platform_app(app)
    senior, guesser = person(app, line, "Useni"), person(app, telegram, "666")
    code = code_of(await senior.command("helper"))
    for n in range(ATTEMPTS_PER_HOUR):
        [reply] = await guesser.command("helper", f"AAAAAAA{CODE_ALPHABET[n]}")
        assert "使えません" in reply.text
    [refused] = await guesser.command("helper", code)
    assert "1時間ほど" in refused.text and app.store.db["helper_links"].count == 0
    clock.advance(hours=1, seconds=1)
    replies = await guesser.command("helper", code)
    assert "確認したら" in replies[0].text
    assert len(CODE_ALPHABET) ** CODE_LENGTH > 10**12


async def test_full_width_code_with_spaces_is_understood() -> None:
    assert normalise_code(" ａｂｃ-ＤＥＦ ２３ ") == "ABCDEF23"


async def test_own_code_and_helper_limit(app: App) -> None:
    line, telegram = two_platform_app(app)
    senior = person(app, line, "Useni")
    code = code_of(await senior.command("helper"))
    [reply] = await senior.command("helper", code)
    assert "自分のコード" in reply.text
    await person(app, telegram, "grandchild").command("helper", code)
    assert "つながる" in to(line, "Useni")[-1].text or to(line, "Useni")[-1].buttons, (
        "trying one's own code does not use it up: the grandchild can still use it"
    )
    for n in range(MAX_HELPERS_PER_SENIOR - 1):
        code = code_of(await senior.command("helper"))
        await person(app, telegram, f"h{n}").command("helper", code)
    code = code_of(await senior.command("helper"))
    [full] = await person(app, telegram, "one-more").command("helper", code)
    assert f"{MAX_HELPERS_PER_SENIOR}人" in full.text


async def test_either_side_unlinks(app: App) -> None:
    senior, grandchild = await linked(app)
    replies = await grandchild.command("helper")
    unlink = button(replies[-1], "hu:")
    [done] = await grandchild.press(unlink)
    notice = to(senior.adapter, "Useni")[-1]
    assert "外しました" in done.text and notice.chat.direct_user == "Useni" and "外れました" in notice.text
    assert app.store.db["helper_links"].count == 0
    [gone] = await senior.press(unlink)
    assert "もうありません" in gone.text


async def test_group_chats_get_no_code(app: App) -> None:
    from bot.core.events import ChatKind

    line, _ = two_platform_app(app)
    member = Chatter(app, line, user_id="u5", chat_id="group-1", chat_kind=ChatKind.GROUP)
    [reply] = await member.command("helper")
    assert "1対1" in reply.text and app.store.db["helper_codes"].count == 0


async def test_forget_removes_links_relays_and_tips_on_either_side(app: App, db_path) -> None:
    from tests.test_family_relay import SCAM

    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    await grandchild.command("tips", "on")
    [ask] = await grandchild.command("forget")
    await grandchild.press(ask.buttons[0][0].payload)
    db = app.store.db
    for table in ("helper_links", "helper_relays", "tip_subscriptions", "helper_codes"):
        assert db[table].count == 0, table
    helper_rows = [line for line in dump(db_path).splitlines() if '"helper_' in line or '"tip_' in line]
    assert not [line for line in helper_rows if "'777'" in line]


def test_line_words_reach_helper_and_tips_off() -> None:
    from bot.adapters.line.translate import WORDS

    assert WORDS["家族に聞く"] == "helper" and WORDS["停止"] == "tipsoff"


def test_code_typed_in_pieces_with_a_name_after_it() -> None:
    assert split_code("k7m2 p9qx おばあちゃん") == ("K7M2P9QX", "おばあちゃん")
    assert split_code("Ｋ７Ｍ２-Ｐ９ＱＸ") == ("K7M2P9QX", "")


async def test_helper_names_the_senior(app: App) -> None:
    line, telegram = two_platform_app(app)
    senior, grandchild = person(app, line, "Useni"), person(app, telegram, "777")
    code = code_of(await senior.command("helper"))
    [waiting] = await grandchild.command("helper", f"{code} おばあちゃん")
    assert "おばあちゃんが確認したら" in waiting.text
    assert [r["senior_name"] for r in app.store.db["helper_links"].rows] == ["おばあちゃん"]
