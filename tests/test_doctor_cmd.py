"""`matte doctor` and the start-up log: what is missing for reading pictures, and how to install it."""

import argparse
import logging
from collections.abc import Iterator

import pytest

from bot.app import log_missing_ocr
from bot.commands import doctor_cmd
from images import ocr


@pytest.fixture
def no_tesseract(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    ocr.status.cache_clear()
    monkeypatch.setattr(ocr.pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    yield
    ocr.status.cache_clear()


def test_doctor_says_pictures_can_be_read_here(capsys: pytest.CaptureFixture[str]) -> None:
    assert doctor_cmd.run(argparse.Namespace()) == 0
    out = capsys.readouterr().out
    assert "tesseract-ocr 5." in out and "tesseract-ocr-jpn: ok" in out
    assert "写真の文字を読めます / pictures can be read" in out


@pytest.mark.usefixtures("no_tesseract")
def test_doctor_names_what_is_missing_and_how_to_install_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert doctor_cmd.run(argparse.Namespace()) == 1
    out = capsys.readouterr().out
    assert "tesseract-ocr: 不足 MISSING" in out and "tesseract-ocr-jpn: 不足 MISSING" in out
    assert "写真には文字で送ってください" in out
    assert "sudo apt-get install tesseract-ocr tesseract-ocr-jpn tesseract-ocr-eng" in out


@pytest.mark.usefixtures("no_tesseract")
def test_start_up_log_warns_when_pictures_cannot_be_read(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.app"):
        log_missing_ocr()
    [record] = caplog.records
    assert record.levelno == logging.WARNING and "apt-get install tesseract-ocr" in record.getMessage()


def test_start_up_log_is_quiet_when_everything_is_there(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="bot.app"):
        log_missing_ocr()
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
