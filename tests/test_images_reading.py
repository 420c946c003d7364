"""From bytes to text and codes in one call that never raises, and the bounded pool around it."""

import asyncio
import threading

import pytest

from images import ocr, reading
from images.codes import Code
from images.limits import Problem
from images.reading import ImageReader, ImageReading, read_image
from tests.picture_files import BAD_PICTURES, picture

FLYER_URL = "https://mynumber-card.go.jp.kyufu-shinsei.top/apply"


def test_a_flyer_gives_its_text_and_its_qr_code() -> None:
    found = read_image(picture("qr_flyer.png"))
    assert found.problem is None and "マイナポイント" in found.text
    assert found.codes == (Code("QRCode", FLYER_URL),)
    assert found.checked_text.endswith("\n" + FLYER_URL)
    assert found.checked_text[found.codes_start :] == FLYER_URL


@pytest.mark.parametrize(
    ("name", "problem"),
    BAD_PICTURES,
)
def test_bad_files_come_back_as_problems(name: str, problem: Problem) -> None:
    assert read_image(picture(name)) == ImageReading(problem=problem)


def test_a_timeout_is_a_problem_not_an_exception() -> None:
    assert read_image(picture("line_scam.png"), timeout=0.01).problem is Problem.TIMEOUT


def test_without_tesseract_codes_are_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading.ocr, "status", lambda: ocr.OcrStatus("", frozenset()))
    flyer = read_image(picture("qr_flyer.png"))
    assert flyer.ocr_missing and flyer.text == "" and flyer.checked_text == FLYER_URL
    assert read_image(picture("line_scam.png")).problem is Problem.NO_OCR


def test_an_unexpected_decoder_error_is_one_unreadable_picture(monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(image: object) -> tuple[Code, ...]:
        raise IndexError("decoder bug")

    monkeypatch.setattr(reading.codes, "decode", buggy)
    assert read_image(picture("qr_flyer.png")).problem is Problem.UNREADABLE


async def test_the_pool_turns_work_away_beyond_its_queue(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow(data: bytes, timeout: float) -> ImageReading:
        release.wait(10)
        return ImageReading(text="read")

    monkeypatch.setattr(reading, "read_image", slow)
    reader = ImageReader(workers=1, timeout=10, max_waiting=2)
    try:
        waiting = [asyncio.create_task(reader.read(b"x")) for _ in range(2)]
        await asyncio.sleep(0)
        assert (await reader.read(b"x")).problem is Problem.BUSY
        release.set()
        assert [r.text for r in await asyncio.gather(*waiting)] == ["read", "read"]
        assert (await reader.read(b"x")).text == "read"
    finally:
        release.set()
        reader.close()


async def test_the_event_loop_keeps_running_while_a_picture_is_read() -> None:
    reader = ImageReader(workers=1)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    beat = asyncio.create_task(ticker())
    try:
        found = await reader.read(picture("line_scam.png"))
    finally:
        beat.cancel()
        reader.close()
    assert "拡散希望" in found.text and ticks > 5


def test_vertical_japanese_is_read_top_to_bottom_with_jpn_vert() -> None:
    assert ocr.status().vertical, "apt-get install tesseract-ocr-jpn-vert"
    found = read_image(picture("vertical_notice.png"))
    assert "市役所からのお知らせ" in found.text and "申請は本日まで" in found.text
