"""Personal data never reaches storage or logs: 50+ cases, full-width digits included."""

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.redaction import RedactingFilter, redact

REDACTED = [
    ("電話は090-1234-5678です", "電話は[PHONE]です"),
    ("09012345678に連絡", "[PHONE]に連絡"),
    ("080 1234 5678", "[PHONE]"),
    ("070-1234-5678", "[PHONE]"),
    ("03-1234-5678", "[PHONE]"),
    ("06-6123-4567", "[PHONE]"),
    ("(03)1234-5678", "[PHONE]"),
    ("０３－１２３４－５６７８", "[PHONE]"),
    ("０９０－１２３４－５６７８まで", "[PHONE]まで"),
    ("０９０ー１２３４ー５６７８", "[PHONE]"),
    ("０９０１２３４５６７８", "[PHONE]"),
    ("tel:０３（１２３４）５６７８", "tel:[PHONE]"),
    ("0120-123-456", "[PHONE]"),
    ("0120123456", "[PHONE]"),
    ("0570-000-123", "[PHONE]"),
    ("050-1234-5678", "[PHONE]"),
    ("+81 90 1234 5678", "[PHONE]"),
    ("+81-3-1234-5678", "[PHONE]"),
    ("＋８１ ９０ １２３４ ５６７８", "[PHONE]"),
    ("0166-12-3456", "[PHONE]"),
    ("045‐123‐4567", "[PHONE]"),
    ("045−123−4567", "[PHONE]"),
    ("call 020 7946 0018 now", "call [PHONE] now"),
    ("taro@example.com", "[EMAIL]"),
    ("メール: hanako.yamada+news@mail.example.co.jp まで", "メール: [EMAIL] まで"),
    ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "[EMAIL]"),
    ("user_1@sub.example.org.", "[EMAIL]."),
    ("Contact: A.B-C@x-y.jp", "Contact: [EMAIL]"),
    ("〒100-0001 東京都千代田区", "[POSTCODE] 東京都千代田区"),
    ("〒１００－０００１", "[POSTCODE]"),
    ("〒1000001", "[POSTCODE]"),
    ("〒 530-0001", "[POSTCODE]"),
    ("郵便番号 060-0001", "郵便番号 [POSTCODE]"),
    ("住所は９８０－０８１１です", "住所は[POSTCODE]です"),
    ("マイナンバー 1234 5678 9012", "マイナンバー [ID-NUMBER]"),
    ("123456789012", "[ID-NUMBER]"),
    ("1234-5678-9012", "[ID-NUMBER]"),
    ("１２３４５６７８９０１２", "[ID-NUMBER]"),
    ("１２３４ ５６７８ ９０１２", "[ID-NUMBER]"),
    ("番号は123456789012です", "番号は[ID-NUMBER]です"),
    ("カード 4111 1111 1111 1111", "カード [CARD]"),
    ("4111-1111-1111-1111", "[CARD]"),
    ("４１１１１１１１１１１１１１１１", "[CARD]"),
    ("a@b.co と 090-0000-0000", "[EMAIL] と [PHONE]"),
    ("〒150-0002 渋谷区 03-1234-5678 x@y.jp", "[POSTCODE] 渋谷区 [PHONE] [EMAIL]"),
]
KEPT = [
    "2024-01-01に開催",
    "価格は1,000円です",
    "10時から12時まで",
    "令和6年1月1日",
    "3人で行きます",
    "バージョン1.2.3",
    "第2回 2-3",
    "https://www.jma.go.jp/",
    "点数は95点",
    "1234567",
    "12345678901234567890123",
]


@pytest.mark.parametrize(("text", "expected"), REDACTED)
def test_personal_data_is_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_numbers_are_kept(text: str) -> None:
    assert redact(text) == text


def test_at_least_fifty_cases() -> None:
    assert len(REDACTED) + len(KEPT) >= 50


@settings(max_examples=1000, deadline=None)
@given(st.text())
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(r"0[789]0-?\d{4}-?\d{4}", fullmatch=True), st.text(alphabet="あいうえおabc ", max_size=10)
)
def test_generated_mobile_numbers(number: str, filler: str) -> None:
    assert "[PHONE]" in redact(filler + " " + number + " " + filler)


def test_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("matte.test.redaction")
    logger.addFilter(RedactingFilter())
    with caplog.at_level(logging.WARNING, logger="matte.test.redaction"):
        logger.warning("forwarded: %s", "電話 090-1234-5678 / taro@example.com")
    assert "090-1234-5678" not in caplog.text and "taro@example.com" not in caplog.text
    assert "[PHONE]" in caplog.text
