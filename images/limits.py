"""What an image must be before any decoder touches it: small enough, a known format, not a bomb.

A forwarded file can be anything: a PDF renamed `.png`, a truncated download, or a few kilobytes of
PNG that claim 20,000 × 20,000 pixels (a decompression bomb, 400 million pixels, over a gigabyte once
decoded). The format is told from the first bytes (never the file name), the size from the header,
and only then is the picture decoded, with Pillow limited to the formats named here.
"""

from __future__ import annotations

import io
import warnings
from enum import StrEnum

from PIL import Image

MAX_BYTES = 20 * 1024 * 1024
"""Telegram's getFile limit for bots; larger files are not worth downloading on any platform."""
MAX_PIXELS = 40_000_000
"""About a 48-megapixel phone photo after JPEG subsampling is well under this; a bomb is far over it."""
MAX_SIDE = 20_000

# Magic numbers (the file's first bytes) of the formats Matte reads, and of a few it is often sent.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
READABLE = ("PNG", "JPEG", "GIF", "BMP", "WEBP")
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1a\x45\xdf\xa3", "video"),
)


class Problem(StrEnum):
    """Why a picture could not be read; each has its own plain message in the chat and the CLI."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TOO_MANY_PIXELS = "too_many_pixels"
    NOT_AN_IMAGE = "not_an_image"
    UNREADABLE = "unreadable"
    TIMEOUT = "timeout"
    BUSY = "busy"
    NO_OCR = "no_ocr"


class ImageProblem(Exception):
    """A picture Matte will not read, and why."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


def sniff(data: bytes) -> str | None:
    """The format the bytes start with (PNG, JPEG, ..., or PDF, ZIP), or None when unknown."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:8] == b"ftyp":
        return "video"
    for signature, name in (*_SIGNATURES, *_OTHER_SIGNATURES):
        if data.startswith(signature):
            return name
    return None


def open_checked(data: bytes) -> Image.Image:
    """The decoded picture, or `ImageProblem` saying why not (checked before decoding anything)."""
    if not data:
        raise ImageProblem(Problem.EMPTY)
    if len(data) > MAX_BYTES:
        raise ImageProblem(Problem.TOO_LARGE, f"{len(data)} bytes")
    kind = sniff(data)
    if kind not in READABLE:
        raise ImageProblem(Problem.NOT_AN_IMAGE, kind or "unknown format")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[kind])
            width, height = image.size
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise ImageProblem(Problem.TOO_MANY_PIXELS, f"{width}×{height}")
            image.load()
    except ImageProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ImageProblem(Problem.TOO_MANY_PIXELS, str(error)) from error
    except (OSError, ValueError, SyntaxError, EOFError) as error:
        raise ImageProblem(Problem.UNREADABLE, str(error)) from error
    return image


MESSAGES = {
    Problem.EMPTY: "画像が空です (0 バイト) / the file is empty",
    Problem.TOO_LARGE: f"大きすぎます / the file is over {MAX_BYTES // (1024 * 1024)} MB",
    Problem.TOO_MANY_PIXELS: f"画素が多すぎます / the picture has over {MAX_PIXELS:,} pixels",
    Problem.NOT_AN_IMAGE: "画像ではありません / not a picture (PNG, JPEG, GIF, BMP or WebP)",
    Problem.UNREADABLE: "壊れているか途中までです / the picture is damaged or cut short",
    Problem.TIMEOUT: "読み取りに時間がかかりすぎました / reading the text took too long",
    Problem.BUSY: "混み合っています / too many pictures are waiting",
    Problem.NO_OCR: "Tesseract (jpn) がありません / Tesseract with Japanese is not installed "
    "(apt-get install tesseract-ocr tesseract-ocr-jpn; see `matte doctor`)",
}
"""One line per problem, for the command line and logs (the chat has its own, gentler wording)."""
