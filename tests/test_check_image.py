"""A picture through the real engine: read off the event loop, checked like forwarded text, not kept."""

import sqlite3
from pathlib import Path

import pytest

from bot.core.events import ChatKind, ImageMessage
from bot.features import check_scoring
from bot.testing import Chatter
from images import reading
from images.ocr import OcrStatus
from tests.picture_files import picture


async def test_a_line_screenshot_is_checked_with_its_signs(chatter: Chatter) -> None:
    [reply] = await chatter.image(picture("line_scam.png"))
    assert "画像から読み取った文字" in reply.text and "読み間違い" in reply.text
    assert "報道されません" in reply.text
    assert "気をつけたいサイン" in reply.text and "「拡散希望」" in reply.text
    assert any(b.payload.startswith("ck:") for row in reply.buttons for b in row)


async def test_a_flyer_with_a_qr_code_to_a_look_alike_gets_the_qr_warning(chatter: Chatter) -> None:
    [reply] = await chatter.image(picture("qr_flyer.png"))
    assert "QRコードの中身: hxxps://mynumber-card[.]go[.]jp[.]kyufu-shinsei[.]top/apply" in reply.text
    assert "QRコードの行き先 kyufu-shinsei[.]top は、本物の会社や役所の住所に似せてある" in reply.text
    assert "https://" not in reply.text


async def test_the_qr_warning_is_in_english_too(chatter: Chatter) -> None:
    await chatter.command("lang", "en")
    [reply] = await chatter.image(picture("qr_flyer.png"))
    assert "The QR code leads to kyufu-shinsei[.]top" in reply.text


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bomb_20000x20000.png", "大きすぎる"),
        ("truncated.jpg", "壊れているか途中まで"),
        ("renamed_pdf.png", "画像ではない"),
        ("empty.png", "空でした"),
    ],
)
async def test_each_bad_file_gets_one_clear_message(chatter: Chatter, name: str, words: str) -> None:
    replies = await chatter.image(picture(name))
    assert len(replies) == 1 and words in replies[0].text
    assert chatter.app.store.db["check_records"].count == 0


async def test_a_picture_too_large_to_fetch_gets_the_size_message(chatter: Chatter) -> None:
    event = ImageMessage(source=chatter.source, ref="f1", fetch_problem="too_large", update_id="big-1")
    await chatter.app.process(event)
    assert "大きすぎる" in chatter.adapter.sent[-1].text


async def test_the_database_holds_no_picture_text_afterwards(chatter: Chatter, db_path: Path) -> None:
    await chatter.image(picture("line_scam.png"))
    await chatter.image(picture("qr_flyer.png"))
    with sqlite3.connect(db_path) as conn:
        dump = "\n".join(conn.iterdump())
    for fragment in ("報道されません", "銀行員", "マイナポイント", "kyufu-shinsei", "mynumber-card"):
        assert fragment not in dump
    rows = list(chatter.app.store.db["check_records"].rows)
    assert len(rows) == 2 and all(len(r["text_hash"]) == 64 for r in rows)
    assert "spread_request" in rows[0]["cues"]
    assert chatter.app.engine.services.take_image_reading(picture("qr_flyer.png")) is None


async def test_without_tesseract_the_bot_answers_kindly(
    chatter: Chatter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading.ocr, "status", lambda: OcrStatus("", frozenset()))
    [reply] = await chatter.image(picture("line_scam.png"))
    assert "ごめんなさい" in reply.text and "/check" in reply.text
    [flyer] = await chatter.image(picture("qr_flyer.png"))
    assert "QRコードだけを確かめました" in flyer.text and "kyufu-shinsei[.]top" in flyer.text


async def test_a_group_picture_not_addressed_to_the_bot_is_neither_read_nor_answered(
    chatter: Chatter,
) -> None:
    chatter.chat_id, chatter.chat_kind = "g1", ChatKind.GROUP
    assert await chatter.image(picture("line_scam.png"), addressed=False) == []
    event = ImageMessage(source=chatter.source, image=b"x", addressed=False)
    assert check_scoring.images_to_read(event) == []
    assert check_scoring.images_to_read(ImageMessage(source=chatter.source, image=b"x")) == [b"x"]


async def test_a_picture_about_a_disaster_gets_safety_first_after_what_was_read(chatter: Chatter) -> None:
    event = ImageMessage(
        source=chatter.source,
        image=picture("line_scam.png"),
        caption="ダムが決壊するって本当？",
        update_id="dam-1",
    )
    await chatter.app.process(event)
    text = chatter.adapter.sent[-1].text
    assert (
        text.index("画像から読み取った文字") < text.index("身の安全を先に") < text.index("気をつけたいサイン")
    )
    assert "市町村の避難情報" in text
