"""Drawing Japanese chat messages as phone screenshots, for the OCR bench and the test pictures.

Styles imitate what seniors forward: a LINE-like talk room (wallpaper, avatar, white or green bubbles,
time stamps) in light and dark mode, an SMS screen, and a photo of a screen (slightly turned, blurred,
noisy, JPEG-compressed). Text is drawn with the IPA Gothic font Debian ships (fonts-ipafont-gothic).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
WIDTH = 1080
STYLES = ("line_light", "line_dark", "sms", "photo")


@dataclass(frozen=True)
class Palette:
    background: str
    bubble: str
    text: str
    header: str
    header_text: str
    faint: str


PALETTES = {
    "line_light": Palette("#8cabd9", "#ffffff", "#111111", "#f6f6f6", "#111111", "#3d4f6b"),
    "line_dark": Palette("#1c1c1e", "#3a3a3c", "#f2f2f2", "#101010", "#f2f2f2", "#9a9a9a"),
    "sms": Palette("#ffffff", "#e9e9eb", "#000000", "#f7f7f7", "#000000", "#8e8e93"),
}


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines no wider than `width` pixels, breaking anywhere (Japanese has no spaces)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for char in paragraph:
            if line and face.getlength(line + char) > width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    return lines


def _screen(text: str, palette: Palette, sender: str, sms: bool, size: int) -> Image.Image:
    face, small = font(size), font(size * 2 // 3)
    bubble_width = WIDTH - 330
    lines = wrap(text, face, bubble_width - 60)
    line_height = int(size * 1.45)
    bubble_height = len(lines) * line_height + 50
    top = 170
    height = top + bubble_height + 260
    image = Image.new("RGB", (WIDTH, height), palette.background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 120), fill=palette.header)
    draw.text((WIDTH // 2, 60), sender, font=small, fill=palette.header_text, anchor="mm")
    left = 40 if sms else 150
    if not sms:
        draw.ellipse((30, top - 40, 120, top + 50), fill="#c9d3e0")
        draw.text((left, top - 45), sender, font=small, fill=palette.faint)
    box = (left, top, left + bubble_width, top + bubble_height)
    draw.rounded_rectangle(box, radius=36, fill=palette.bubble)
    for number, line in enumerate(lines):
        draw.text((left + 30, top + 25 + number * line_height), line, font=face, fill=palette.text)
    draw.text((box[2] + 14, box[3] - size), "14:32", font=small, fill=palette.faint)
    return image


def _photo(screen: Image.Image, rng: random.Random) -> Image.Image:
    """The screen as a phone camera sees it: turned a little, softer, dimmer, noisy, JPEG."""
    turned = screen.rotate(
        rng.uniform(-2.5, 2.5), resample=Image.Resampling.BICUBIC, expand=True, fillcolor="#6f6f6f"
    )
    soft = turned.filter(ImageFilter.GaussianBlur(1.1)).point(lambda v: int(35 + v * 0.75))
    noise = Image.effect_noise(soft.size, 18).convert("RGB")
    noisy = Image.blend(soft, noise, 0.12)
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=70)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def render(text: str, style: str, *, sender: str = "山田 花子", seed: int = 0, size: int = 40) -> Image.Image:
    """One message as a screenshot in the given style (see `STYLES`)."""
    if style == "photo":
        return _photo(_screen(text, PALETTES["line_light"], sender, False, size), random.Random(seed))
    return _screen(text, PALETTES[style], sender, style == "sms", size)
