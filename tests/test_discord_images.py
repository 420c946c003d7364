"""Pictures on Discord: attachments in a DM or a mention, and "Check this message" on a message with one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest
from discord_fakes import EPHEMERAL, FakeDiscord, Harness, message_from, payload, settle

from bot.adapters.discord.translate import check_event, message_event
from bot.config import Settings
from bot.core.events import MAX_IMAGE_BYTES, ForwardedMessage, ImageMessage, OriginKind
from bot.services import Services
from bot.storage.database import Store

DM = "1290000000000000020"
PICTURES = Path(__file__).parent / "images"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeDiscord:
    return FakeDiscord(monkeypatch)


@pytest.fixture
async def bot(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> AsyncIterator[Harness]:
    harness = await Harness.start(settings, store, services, fake)
    yield harness
    await harness.close()


def dm_with(attachment: dict[str, Any], content: str = "") -> dict[str, Any]:
    data = payload("dm_message")
    return {**data, "content": content, "attachments": [attachment]}


def menu_on(attachment: dict[str, Any]) -> dict[str, Any]:
    data = payload("context_menu_check")
    target = data["data"]["resolved"]["messages"][data["data"]["target_id"]]
    target["content"] = ""
    target["attachments"] = [attachment]
    return data


def test_an_image_attachment_in_a_dm_is_a_picture_to_download(bot: Harness) -> None:
    attachment = bot.fake.add_attachment(b"png", "screen.png", "image/png")
    event = message_event(message_from(bot.client, dm_with(attachment, "これ本当?")), bot.client.user)
    assert isinstance(event, ImageMessage) and event.ref == attachment["url"] and event.size == 3
    assert event.caption == "これ本当?" and event.image == b"" and not event.fetch_problem


def test_without_a_content_type_the_file_name_decides(bot: Harness) -> None:
    unnamed = bot.fake.add_attachment(b"jpg", "IMG_0001.JPG", None)
    event = message_event(message_from(bot.client, dm_with(unnamed)), bot.client.user)
    assert isinstance(event, ImageMessage)
    text = bot.fake.add_attachment(b"hello", "notes.txt", "text/plain")
    event = message_event(message_from(bot.client, dm_with(text, "見て")), bot.client.user)
    assert not isinstance(event, ImageMessage)


def test_an_attachment_over_the_limit_is_marked_too_large(bot: Harness) -> None:
    attachment = {**bot.fake.add_attachment(b"x", "big.png", "image/png"), "size": MAX_IMAGE_BYTES + 1}
    event = message_event(message_from(bot.client, dm_with(attachment)), bot.client.user)
    assert isinstance(event, ImageMessage) and event.fetch_problem == "too_large"


def test_check_this_message_on_a_picture_is_a_picture_with_its_author(bot: Harness) -> None:
    data = menu_on(bot.fake.add_attachment(b"png", "flyer.png", "image/png"))
    menu = discord.Interaction(data=data, state=bot.client._connection)  # type: ignore[arg-type]
    target = data["data"]["resolved"]["messages"][data["data"]["target_id"]]
    message = discord.Message(state=bot.client._connection, channel=menu.channel, data=target)  # type: ignore[arg-type]
    event = check_event(menu, message)
    assert isinstance(event, ImageMessage) and event.origin.kind is OriginKind.USER
    assert not isinstance(event, ForwardedMessage) and event.source.private_reply


async def test_a_screenshot_sent_by_dm_gets_the_check_reply(bot: Harness) -> None:
    attachment = bot.fake.add_attachment((PICTURES / "line_scam.png").read_bytes(), "line.png", "image/png")
    bot.client._connection.parse_message_create(dm_with(attachment))  # type: ignore[arg-type]
    await settle(30)
    assert bot.fake.downloads == [attachment["url"]]
    [reply, *_] = [c for c in bot.fake.replies() if c.path == f"/channels/{DM}/messages"]
    assert "画像から読み取った文字" in reply.content and "拡散希望" in reply.content


async def test_check_this_message_on_a_flyer_warns_about_its_qr_code_privately(bot: Harness) -> None:
    flyer = bot.fake.add_attachment((PICTURES / "qr_flyer.png").read_bytes(), "flyer.png", "image/png")
    calls = await bot.interact(menu_on(flyer))
    followups = [c for c in calls if c.path.startswith("/webhooks/")]
    assert followups and all(c.flags & EPHEMERAL for c in followups)
    text = "".join(c.content for c in followups)
    assert "QRコードの行き先 kyufu-shinsei[.]top" in text
    assert not [c for c in calls if c.path.startswith("/channels/")]


async def test_a_deleted_attachment_gets_a_message_not_silence(bot: Harness) -> None:
    attachment = bot.fake.add_attachment(b"gone", "gone.png", "image/png")
    del bot.fake.cdn[attachment["url"]]
    bot.client._connection.parse_message_create(dm_with(attachment))  # type: ignore[arg-type]
    await settle()
    [reply] = [c for c in bot.fake.replies() if c.path == f"/channels/{DM}/messages"]
    assert "受け取れませんでした" in reply.content
