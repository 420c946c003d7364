"""Makes the pictures in this folder (run it again after changing it; the files are committed).

    PYTHONPATH=. python tests/images/make_images.py

A LINE-style screenshot of a chain scam, a flyer whose QR code leads to a look-alike of a government
address, a notice in vertical Japanese, and the files that must each get one clear message: a
20,000 × 20,000 PNG (a real, valid decompression bomb of some 50 KB: its rows are zeros, which
compress well), a JPEG cut in half, a PDF renamed `.png`, and an empty file. Drawn with Debian's
IPA Gothic font (fonts-ipafont-gothic).
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from pathlib import Path

import segno
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "bench"))

from chat_screens import font, render  # noqa: E402  (the bench's renderer, shared)

LINE_SCAM = (
    "【拡散希望】知り合いの銀行員から聞いた話です。明日から全国のATMが止まるので、今日中に現金を"
    "引き出してください！この情報はテレビでは報道されません。家族や友だちにも今すぐ回して！"
)
FLYER_TITLE = "【重要】マイナポイント追加給付のお知らせ"
FLYER_BODY = ("期限までに申請しないと、ポイントが失効します。", "下のQRコードから今すぐ申請してください。")
FLYER_URL = "https://mynumber-card.go.jp.kyufu-shinsei.top/apply"
BOMB_SIDE = 20_000
VERTICAL_COLUMNS = ("市役所からのお知らせ", "給付金の申請は本日まで", "下の窓口に今すぐ電話を")


def flyer() -> Image.Image:
    """A printed notice: a title, two lines, and a QR code to a look-alike of mynumbercard.go.jp."""
    image = Image.new("RGB", (1000, 1100), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1000, 130), fill="#c8102e")
    draw.text((500, 65), FLYER_TITLE, font=font(44), fill="white", anchor="mm")
    for number, line in enumerate(FLYER_BODY):
        draw.text((60, 190 + number * 70), line, font=font(40), fill="black")
    buffer = io.BytesIO()
    segno.make(FLYER_URL, error="m").save(buffer, kind="png", scale=12, border=4)
    code = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    image.paste(code, ((1000 - code.width) // 2, 380))
    return image


def vertical_notice(size: int = 48) -> Image.Image:
    """Columns of Japanese read top to bottom, right to left, as on a printed notice."""
    image = Image.new("RGB", (600, 760), "white")
    draw = ImageDraw.Draw(image)
    for column, words in enumerate(VERTICAL_COLUMNS):
        x = 600 - 120 - column * 150
        for row, character in enumerate(words):
            draw.text((x, 40 + row * (size + 6)), character, font=font(size), fill="black")
    return image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(side: int = BOMB_SIDE) -> bytes:
    """A valid 1-bit greyscale PNG of side × side pixels, built row by row without holding them."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def minimal_pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def main() -> None:
    render(LINE_SCAM, "line_light", sender="佐藤 一郎").save(HERE / "line_scam.png", optimize=True)
    flyer().save(HERE / "qr_flyer.png", optimize=True)
    vertical_notice().save(HERE / "vertical_notice.png", optimize=True)
    (HERE / "bomb_20000x20000.png").write_bytes(bomb_png())
    photo = io.BytesIO()
    render(LINE_SCAM, "sms").save(photo, "JPEG", quality=80)
    whole = photo.getvalue()
    (HERE / "truncated.jpg").write_bytes(whole[: len(whole) // 2])
    (HERE / "renamed_pdf.png").write_bytes(minimal_pdf())
    (HERE / "empty.png").write_bytes(b"")


if __name__ == "__main__":
    main()
