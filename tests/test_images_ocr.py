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


# Tesseract's own readings of one screenshot (a LINE dark-mode bubble with a link, cut by the line end):
# `jpn` gets the Japanese right and the link wrong, `eng` the other way round.
JPN_READING = (
    "山田 花子\n\n() 山下 花f\n【佐川急便】 お荷物のお届けにあがり\nましたが不在の為持ち帰りました。下\n"
    "記よりご確認ください。 https://sag\n\nwa-ab. to0p/x 続き\n"
)
ENG_READING = (
    "Wwe EF\n\nO WE the\nCNB) SAMOS MITICARAY\nELEMPRED ARS YELLE, F\naod Y CHESE< EX, https: //sag\n\n"
    "awa-ab. top/x RARIL\n"
)


def test_links_come_from_the_english_reading_and_the_rest_from_the_japanese() -> None:
    merged = ocr.clean(ocr.with_links_from(JPN_READING, ENG_READING))
    assert "下記よりご確認ください。 https://sagawa-ab.top/x 続き" in merged
    assert "佐川急便" in merged and "CHESE" not in merged


def test_a_link_read_garbled_on_one_line_is_replaced_in_place() -> None:
    japanese = "こちら http://mufg-bank. co.」p. SeCU\nre-login.top/ 家族にも教えて"
    english = "<5 http://mufg-bank. co. jp. secu\nre-login. top/ RARILERAT"
    merged = ocr.clean(ocr.with_links_from(japanese, english))
    assert merged == "こちら http://mufg-bank.co.jp.secure-login.top/ 家族にも教えて"


def test_lines_whose_link_counts_differ_are_left_as_read() -> None:
    assert ocr.with_links_from("見て http://a. example", "http://a.example http://b.example") == (
        "見て http://a. example"
    )


def test_an_english_picture_is_read_in_english() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from chat_screens import render

    text = "Your parcel could not be delivered. Update your details at https://sagawa-exp.co.jp.check.com/t"
    read = ocr.recognise(prepare.for_ocr(render(text, "sms")), timeout=60)
    assert "Your parcel could not be delivered" in read and "https://sagawa-exp.co.jp.check.com/t" in read
