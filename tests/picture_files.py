"""The recorded pictures the image tests read (made by `tests/images/make_images.py`)."""

from __future__ import annotations

from pathlib import Path

from images.limits import Problem

PICTURES = Path(__file__).parent / "images"

BAD_PICTURES = [
    ("empty.png", Problem.EMPTY),
    ("renamed_pdf.png", Problem.NOT_AN_IMAGE),
    ("truncated.jpg", Problem.UNREADABLE),
    ("bomb_20000x20000.png", Problem.TOO_MANY_PIXELS),
]
"""Each broken file, with the one problem it must be reported as."""


def picture(name: str) -> bytes:
    return (PICTURES / name).read_bytes()
