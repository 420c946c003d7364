"""QR codes decoded with zxing-cpp: every distinct code once, nothing from a picture without one."""

import io

import segno
from PIL import Image

from images.codes import MAX_CODES, Code, decode


def qr(text: str, scale: int = 6) -> Image.Image:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def side_by_side(*images: Image.Image) -> Image.Image:
    width = sum(i.width for i in images) + 40 * len(images)
    sheet = Image.new("RGB", (width, max(i.height for i in images)), "white")
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + 40
    return sheet


def test_a_qr_code_gives_its_link() -> None:
    assert decode(qr("https://kyufu-shinsei.example/apply")) == (
        Code("QRCode", "https://kyufu-shinsei.example/apply"),
    )


def test_two_codes_each_once_and_a_repeat_once() -> None:
    found = decode(side_by_side(qr("https://a.example/"), qr("https://b.example/"), qr("https://a.example/")))
    assert sorted(code.text for code in found) == ["https://a.example/", "https://b.example/"]


def test_a_picture_without_a_code_gives_none() -> None:
    assert decode(Image.new("RGB", (300, 200), "white")) == ()


def test_no_more_than_max_codes_are_kept() -> None:
    many = side_by_side(*(qr(f"https://{n}.example/", scale=3) for n in range(MAX_CODES + 2)))
    assert len(decode(many)) == MAX_CODES
