"""QR codes and barcodes in a picture, decoded with zxing-cpp (a maintained port of ZXing).

A printed notice with a QR code hides its link: nobody can read where it goes. Decoding it lets the
link analysis name the real destination before anyone scans it with a phone.
"""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp
from PIL import Image

MAX_CODES = 8


@dataclass(frozen=True)
class Code:
    """One decoded code: its kind (`QRCode`, `EAN13`, ...) and the text it carries."""

    kind: str
    text: str


def decode(image: Image.Image) -> tuple[Code, ...]:
    """Every readable code in the picture (each distinct text once, at most `MAX_CODES`)."""
    grey = image.convert("L")
    found: dict[str, Code] = {}
    for barcode in zxingcpp.read_barcodes(grey):
        if barcode.valid and barcode.text and barcode.text not in found:
            found[barcode.text] = Code(barcode.format.name, barcode.text)
    return tuple(found.values())[:MAX_CODES]
