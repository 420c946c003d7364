"""Turning a screenshot or photo into black text on white, the input Tesseract reads best.

Chat screenshots mix backgrounds: coloured bubbles on a patterned wallpaper, white text on dark bubbles
in dark mode, sometimes both in one picture. One global threshold loses some of them, so the background
is estimated locally (a median over a window larger than a character, computed on a small copy so it
stays cheap) and every pixel that differs strongly from its own background, lighter or darker, becomes
ink. Bubble edges differ less from their surroundings than text does and mostly drop out. Small pictures
are enlarged (Tesseract wants characters some 30 pixels tall), huge ones reduced (time grows with area).
Shapes far larger than the characters around them (an avatar's outline, a bubble's edge, a QR code,
which is decoded from the original picture anyway) are dropped: they make Tesseract misjudge where the
lines are. A photo of a screen, turned a little, is turned back (the angle whose rows of ink are
sharpest).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps
from scipy import ndimage

MIN_WIDTH = 1000
MAX_WIDTH = 2400
BACKGROUND_STEP = 4
BACKGROUND_WINDOW = 11
MIN_INK_CONTRAST = 60
BORDER = 16
LARGE_SHAPE = 2.5
SKEW_ANGLES = tuple(a / 2 for a in range(-8, 9))
SKEW_WIDTH = 400


def to_grey(image: Image.Image) -> Image.Image:
    """Greyscale, with transparent parts shown on white (as a chat app would)."""
    image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    return image.convert("L")


def rescale(grey: Image.Image) -> Image.Image:
    """Small screenshots enlarged, huge photos reduced, keeping the proportions."""
    width, height = grey.size
    if width < MIN_WIDTH:
        factor = min(3.0, MIN_WIDTH / width)
    elif width > MAX_WIDTH:
        factor = MAX_WIDTH / width
    else:
        return grey
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    return grey.resize(size, Image.Resampling.LANCZOS)


def local_background(grey: Image.Image) -> np.ndarray:
    """Each pixel's background brightness: the median of its neighbourhood (text is the minority)."""
    width, height = grey.size
    small = grey.resize(
        (max(1, width // BACKGROUND_STEP), max(1, height // BACKGROUND_STEP)), Image.Resampling.BOX
    )
    median = small.filter(ImageFilter.MedianFilter(BACKGROUND_WINDOW))
    return np.asarray(median.resize((width, height), Image.Resampling.BILINEAR), dtype=np.int16)


def ink(grey: Image.Image) -> Image.Image:
    """Black where a pixel stands out from its local background (either way), white elsewhere.

    Light text on a dark bubble has its strokes widened by a pixel each way: Tesseract, trained on dark
    print on paper, misread whole lines of dark-mode screenshots without it (bench/bench_ocr.py).
    """
    smooth = grey.filter(ImageFilter.MedianFilter(3))
    pixels = np.asarray(smooth, dtype=np.int16)
    difference = pixels - local_background(smooth)
    contrast = np.abs(difference)
    mask = contrast >= max(MIN_INK_CONTRAST, _otsu(contrast))
    mask |= ndimage.binary_dilation(mask & (difference > 0), structure=np.ones((3, 3)))
    mask &= ~_large_shapes(mask)
    page = np.where(mask, 0, 255).astype(np.uint8)
    return ImageOps.expand(Image.fromarray(page, mode="L"), BORDER, fill=255)


def _large_shapes(mask: np.ndarray) -> np.ndarray:
    """Connected ink more than `LARGE_SHAPE` times the usual character's size both ways: not text."""
    labels, count = ndimage.label(mask, structure=np.ones((3, 3)))
    if count == 0:
        return np.zeros_like(mask)
    boxes = ndimage.find_objects(labels)
    heights = np.array([box[0].stop - box[0].start for box in boxes])
    widths = np.array([box[1].stop - box[1].start for box in boxes])
    usual = max(float(np.median(heights)), 1.0)
    large = (heights > LARGE_SHAPE * usual) & (widths > LARGE_SHAPE * usual)
    return np.isin(labels, np.flatnonzero(large) + 1)


def straighten(grey: Image.Image) -> Image.Image:
    """Turned back by the small angle (up to 4 degrees) at which the text lines lie flat."""
    small = ImageOps.invert(grey.resize((SKEW_WIDTH, max(1, grey.height * SKEW_WIDTH // grey.width))))

    def sharpness(angle: float) -> float:
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR)
        rows = np.asarray(turned, dtype=np.float32).sum(axis=1)
        return float(np.var(np.diff(rows)))

    best = max(SKEW_ANGLES, key=sharpness)
    if best == 0:
        return grey
    return grey.rotate(best, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=_edge_colour(grey))


def _edge_colour(grey: Image.Image) -> int:
    pixels = np.asarray(grey)
    return int(np.median(np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])))


def _otsu(values: np.ndarray) -> int:
    """The threshold that best splits the histogram in two (Otsu's method)."""
    histogram = np.bincount(values.ravel().clip(0, 255), minlength=256).astype(np.float64)
    total = histogram.sum()
    if total == 0:
        return 0
    levels = np.arange(256)
    weight = np.cumsum(histogram)
    mean = np.cumsum(histogram * levels)
    between = (mean[-1] * weight - mean * total) ** 2 / np.maximum(weight * (total - weight), 1e-9)
    return int(np.argmax(between))


def for_ocr(image: Image.Image) -> Image.Image:
    """The page Tesseract reads: grey, rescaled, text as black ink on white."""
    return ink(straighten(rescale(to_grey(image))))
