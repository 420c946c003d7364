"""Students invite their family: the last lesson offers an invitation with links and a QR code."""

from __future__ import annotations

from dataclasses import replace

from bot.app import App
from bot.core.context import Context
from bot.core.events import Command, Document, Message
from bot.features.invite import qr_png
from bot.features.lessons import finished
from bot.storage import users
from bot.testing import Chatter, CollectingAdapter
from tests.family_harness import payloads


def configured(app: App) -> None:
    app.settings = replace(
        app.settings,
        invite_line_url="https://line.me/R/ti/p/@matte-test",
        invite_telegram_url="https://t.me/MatteTestBot",
    )
    app.engine.settings = app.settings


async def test_invite_has_links_and_a_qr_code(app: App, chatter: Chatter) -> None:
    configured(app)
    [intro, message, qr] = await chatter.command("invite")
    assert "転送" in intro.text
    assert isinstance(message, Message) and "https://line.me/R/ti/p/@matte-test" in message.text
    assert "https://t.me/MatteTestBot" in message.text and "/helper" in message.text
    assert isinstance(qr, Document) and qr.data.startswith(b"\x89PNG") and "LINE" in qr.caption


async def test_without_links_the_student_is_told_how_to_help(app: App, chatter: Chatter) -> None:
    [intro, message] = await chatter.command("invite")
    assert "招待リンクはまだ設定されていません" in intro.text and "レッスンで身につけた" not in intro.text
    assert "追加のしかたは、わたしが教えるね" in message.text and "http" not in message.text


async def test_line_gets_the_text_only(app: App) -> None:
    configured(app)
    line = CollectingAdapter("line")
    app.add_adapter(line)
    replies = await Chatter(app, line, user_id="Uabc").command("invite")
    assert [type(r) for r in replies] == [Message, Message]


def test_last_lesson_offers_the_invitation(app: App, chatter: Chatter, bank) -> None:
    lessons = bank.lessons_in_order()
    with app.store.write() as db:
        user = users.get_or_create(db, "test", "u1", "ja")
        event = Command(source=chatter.source, name="learn")
        ctx = Context(
            event=event,
            user=user,
            db=db,
            renderer=app.engine.renderer,
            settings=app.settings,
            services=app.services,
            chat=chatter.source.chat,
        )
        assert "iv" in payloads(finished(ctx, lessons[-1]))
        assert "iv" not in payloads(finished(ctx, lessons[0]))


def test_qr_png_is_a_png() -> None:
    assert qr_png("https://t.me/MatteTestBot").startswith(b"\x89PNG")
