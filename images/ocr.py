"""Tesseract, through pytesseract: is it installed with Japanese, and the text of a prepared page.

Japanese is read with the `jpn` model alone: with `jpn+eng`, Tesseract takes blurred Japanese for
English words and writes Latin garbage, and it takes twice as long. `jpn` reads Latin letters too,
but not links reliably ("co.」p"), so a page that seems to hold a link or is mostly Latin is read a
second time with `eng`: its links replace the Japanese reading's on the same line (Tesseract finds
the lines before it recognises anything, so both readings have the same lines), and a page that is
mostly Latin is taken from the English reading whole.

Tesseract is a Debian package (`tesseract-ocr`, `tesseract-ocr-jpn`), not a Python one, so it may be
missing: `status()` says what is there and the bot answers pictures kindly without it. Each call runs
one `tesseract` process that pytesseract kills after `timeout` seconds. Tesseract's OpenMP threads are
limited to one per process: the reading pool already runs several in parallel on a small machine.
"""

from __future__ import annotations

import os
import re
import time
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
_STRICT_LINK = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
# How a link looks after `jpn` read it: a scheme or www, then anything up to a space before Japanese.
_READ_LINK = re.compile(
    rf"(?:h\S{{0,4}}:\s?//|www[.,])(?:[^\s{_CJK}]|[\u3000-\u303f\uff00-\uffef]|\s(?![{_CJK}]))*"
)
_LINK_HINT = re.compile(r"https?|://|www|\.(?:com|jp|net|top|xyz)\b", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_SPACED_SCHEME = re.compile(r"(?<=https)\s*:\s*//|(?<=http)\s*:\s*//")
_CONTINUED_DOT = re.compile(r"\.\s+(?=[a-z])")
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


def _mostly_latin(text: str) -> bool:
    letters = len(_LATIN.findall(text)) + len(_CJK_CHAR.findall(text))
    return letters > 0 and len(_LATIN.findall(text)) > 0.8 * letters


def _latin_line(line: str) -> str:
    """An English reading's line with its links whole: "https: //a. example. com" → "https://a.example.com"."""
    return _fix_links(_SPACED_SCHEME.sub("://", line))


def with_links_from(japanese: str, english: str) -> str:
    """The Japanese reading, with each line's links as the English reading of that line has them.

    A link cut by the end of a line goes on at the start of the next line with text (its first word
    is taken from the English reading too), and the two halves are put back together.
    """
    latin_lines = [_latin_line(line) for line in english.splitlines()]
    merged: list[str] = []
    continues = False
    for number, line in enumerate(japanese.splitlines()):
        latin = latin_lines[number] if number < len(latin_lines) else ""
        if continues:
            if not line.strip():
                continue
            head = _CONTINUED_DOT.sub(".", latin.strip()).split(" ", 1)[0]
            rest = _CONTINUED_DOT.sub(".", line.strip()).split(" ", 1)
            merged[-1] += (head or rest[0]) + (" " + rest[1] if len(rest) > 1 else "")
            continues = False
            continue
        links = _STRICT_LINK.findall(latin)
        found = list(_READ_LINK.finditer(line))
        if links and len(found) == len(links):
            continues = found[-1].end() >= len(line.rstrip())
            for match, link in zip(reversed(found), reversed(links), strict=True):
                line = line[: match.start()] + link + line[match.end() :]
        merged.append(line)
    return "\n".join(merged)


def _run(page: Image.Image, lang: str, config: str, deadline: float) -> str:
    left = deadline - time.monotonic()
    if left <= 0:
        raise OcrTimeout("no time left")
    try:
        return str(pytesseract.image_to_string(page, lang=lang, config=config, timeout=left))
    except RuntimeError as error:  # pytesseract's way of saying it killed the process
        if "timeout" in str(error).lower():
            raise OcrTimeout(str(error)) from error
        raise


def recognise(page: Image.Image, timeout: float, *, vertical: bool = False) -> str:
    """The text on a prepared page (within `timeout` seconds in all); vertical needs `jpn_vert`."""
    current = status()
    if not current.usable or (vertical and not current.vertical):
        raise OcrUnavailable("tesseract with jpn and eng is not installed")
    deadline = time.monotonic() + timeout
    config = VERTICAL_CONFIG if vertical else HORIZONTAL_CONFIG
    raw = _run(page, VERTICAL if vertical else "jpn", config, deadline)
    if vertical or not _LINK_HINT.search(raw):
        return clean(raw)
    latin = _run(page, "eng", config, deadline)
    return clean(latin if _mostly_latin(raw) else with_links_from(raw, latin))
