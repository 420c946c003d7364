"""Tesseract, through pytesseract: is it installed with Japanese, and the text of a prepared page.

Tesseract is a Debian package (`tesseract-ocr`, `tesseract-ocr-jpn`), not a Python one, so it may be
missing: `status()` says what is there and the bot answers pictures kindly without it. Each call runs
one `tesseract` process that pytesseract kills after `timeout` seconds. Tesseract's OpenMP threads are
limited to one per process: the reading pool already runs several in parallel on a small machine.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import pytesseract
from PIL import Image

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

LANGUAGES = ("jpn", "eng")
VERTICAL = "jpn_vert"
# psm 4: one column of lines of varying size, the shape of a chat screenshot or a notice.
HORIZONTAL_CONFIG = "--psm 4"
VERTICAL_CONFIG = "--psm 5"

_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_IN_JAPANESE = re.compile(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
# Tesseract reads "example.co.jp" on a screen as "example. co. jp": inside a link, no space follows a dot.
_SPACED_LINK_DOT = re.compile(r"((?:https?://|www\.)[^\s]*?[a-z0-9\-]\.)\s+(?=[a-z0-9])")
_LINKS = re.compile(r"(?:https?://|www\.)\S*")
_LINK_TAIL = re.compile(r"(?:https?://|www\.)\S*$|\S*[a-z0-9]\.[a-z]{2,}\S*$")


class OcrUnavailable(Exception):
    """Tesseract or its Japanese data is not installed."""


class OcrTimeout(Exception):
    """Tesseract took longer than allowed and was stopped."""


@dataclass(frozen=True)
class OcrStatus:
    """What is installed: Tesseract's version ("" if missing) and its language data."""

    version: str
    languages: frozenset[str]

    @property
    def usable(self) -> bool:
        return bool(self.version) and all(lang in self.languages for lang in LANGUAGES)

    @property
    def vertical(self) -> bool:
        return VERTICAL in self.languages


@dataclass(frozen=True)
class SystemPackage:
    """A Debian package pictures need (or benefit from), what it is for, and whether it is here."""

    name: str
    purpose: str
    installed: bool
    required: bool


def system_packages(current: OcrStatus) -> list[SystemPackage]:
    """Debian packages for reading pictures, as `matte doctor` and the start-up log list them."""
    return [
        SystemPackage("tesseract-ocr", "reads text in pictures (OCR)", bool(current.version), True),
        SystemPackage("tesseract-ocr-jpn", "Japanese for the OCR", "jpn" in current.languages, True),
        SystemPackage("tesseract-ocr-eng", "English for the OCR", "eng" in current.languages, True),
        SystemPackage("tesseract-ocr-jpn-vert", "vertical Japanese (flyers)", current.vertical, False),
    ]


def install_command(packages: list[SystemPackage]) -> str:
    return "sudo apt-get install " + " ".join(package.name for package in packages)


@lru_cache(maxsize=1)
def status() -> OcrStatus:
    """Ask the `tesseract` binary once per process what it is and which languages it has."""
    try:
        version = str(pytesseract.get_tesseract_version())
        languages = frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return OcrStatus("", frozenset())
    return OcrStatus(version, languages)


def _join(lines: list[str]) -> str:
    """The lines of one paragraph (a chat bubble wraps wherever the screen ends) as one line.

    Japanese and links break anywhere, so they join with nothing between; English wraps at word
    ends, so it joins with a space (unless the paragraph is mostly Japanese).
    """
    characters = _LINKS.sub("", "".join(lines)).replace(" ", "")
    japanese = len(_CJK_CHAR.findall(characters)) * 2 > len(characters)
    joined = ""
    for line in lines:
        if not joined:
            joined = line
        elif japanese or _CJK_CHAR.match(joined[-1]) or _CJK_CHAR.match(line[0]) or _LINK_TAIL.search(joined):
            joined += line
        else:
            joined += " " + line
    return joined


def _fix_links(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, _SPACED_LINK_DOT.sub(r"\1", text)
    return text


def clean(raw: str) -> str:
    """Tesseract's text made readable: each paragraph on one line, no spaces inside Japanese or links."""
    text = _SPACE_IN_JAPANESE.sub("", raw.replace("\x0c", ""))
    paragraphs = _BLANK_LINES.split(text)
    lines = [[_fix_links(line.strip()) for line in p.splitlines() if line.strip()] for p in paragraphs]
    return "\n".join(_fix_links(_join(p)) for p in lines if p).strip()


def recognise(page: Image.Image, timeout: float, *, vertical: bool = False) -> str:
    """The text on a prepared page; vertical Japanese needs the `jpn_vert` data."""
    current = status()
    if not current.usable or (vertical and not current.vertical):
        raise OcrUnavailable("tesseract with jpn and eng is not installed")
    lang = f"{VERTICAL}+eng" if vertical else "+".join(LANGUAGES)
    config = VERTICAL_CONFIG if vertical else HORIZONTAL_CONFIG
    try:
        raw = pytesseract.image_to_string(page, lang=lang, config=config, timeout=timeout)
    except RuntimeError as error:  # pytesseract's way of saying it killed the process
        if "timeout" in str(error).lower():
            raise OcrTimeout(str(error)) from error
        raise
    return clean(str(raw))
