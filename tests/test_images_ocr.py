"""Tesseract through pytesseract: what is installed, its timeout, and its text made readable."""

from pathlib import Path

import pytest
from PIL import Image

from images import ocr, prepare

PICTURES = Path(__file__).parent / "images"


def test_tesseract_with_japanese_is_installed_here() -> None:
    assert ocr.status().usable, "apt-get install tesseract-ocr tesseract-ocr-jpn"


def test_spaces_inside_japanese_and_links_are_removed_and_bubble_lines_joined() -> None:
    raw = (
        "山田 花子\n\n【拡散 希望】明日から全国の銀行でAT\nMが使えなくなる\n"
        "http://mufg-bank. co. jp. secure\n-login.top/ 今すぐ\x0c"
    )
    assert ocr.clean(raw) == (
        "山田花子\n【拡散希望】明日から全国の銀行でATMが使えなくなる"
        "http://mufg-bank.co.jp.secure-login.top/ 今すぐ"
    )


def test_english_lines_join_with_a_space() -> None:
    assert ocr.clean("Your parcel could not\nbe delivered. Visit\nwww.sagawa. co. jp") == (
        "Your parcel could not be delivered. Visit www.sagawa.co.jp"
    )


def test_a_screenshot_is_read() -> None:
    page = prepare.for_ocr(Image.open(PICTURES / "line_scam.png"))
    text = ocr.recognise(page, timeout=60)
    assert "拡散希望" in text and "報道されません" in text


def test_tesseract_is_stopped_at_the_timeout() -> None:
    page = prepare.for_ocr(Image.open(PICTURES / "line_scam.png"))
    with pytest.raises(ocr.OcrTimeout):
        ocr.recognise(page, timeout=0.01)


def test_missing_tesseract_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    ocr.status.cache_clear()
    monkeypatch.setattr(ocr.pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    try:
        missing = ocr.status()
        assert not missing.usable and missing.version == ""
        with pytest.raises(ocr.OcrUnavailable):
            ocr.recognise(Image.new("L", (10, 10), 255), timeout=5)
    finally:
        ocr.status.cache_clear()
