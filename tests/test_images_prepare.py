"""Screenshot preparation: any background, light or dark, becomes black ink on white."""

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from images import prepare

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from chat_screens import STYLES, render


@pytest.mark.parametrize("style", STYLES)
def test_every_style_becomes_a_little_black_ink_on_white(style: str) -> None:
    page = np.asarray(prepare.for_ocr(render("【拡散希望】今すぐ回して", style)))
    ink = (page == 0).mean()
    assert set(np.unique(page)) <= {0, 255}
    assert 0.002 < ink < 0.15, ink


def test_dark_mode_text_is_black_after_preparation() -> None:
    screen = render("あいうえお" * 6, "line_dark")
    page = prepare.for_ocr(screen)
    # The bubble's first line: white letters on a dark bubble in the screenshot, black ink on the page.
    left, top = 150 + 30 + prepare.BORDER, 170 + 25 + prepare.BORDER
    band = np.asarray(page.crop((left, top, left + 400, top + 40)))
    assert (band == 0).mean() > 0.1
    assert np.asarray(page).mean() > 230


def test_small_pictures_are_enlarged_and_huge_ones_reduced() -> None:
    assert prepare.rescale(Image.new("L", (500, 300))).size == (1000, 600)
    assert prepare.rescale(Image.new("L", (4800, 100))).size == (2400, 50)
    assert prepare.rescale(Image.new("L", (1200, 100))).size == (1200, 100)


def test_transparent_parts_count_as_white() -> None:
    clear = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    assert prepare.to_grey(clear).getextrema() == (255, 255)


def test_a_turned_photo_is_turned_back() -> None:
    from PIL import Image as PilImage

    flat = prepare.rescale(prepare.to_grey(render("【拡散希望】今すぐ回して" * 3, "sms")))
    turned = flat.rotate(2.0, resample=PilImage.Resampling.BICUBIC, expand=True, fillcolor=255)
    straight = prepare.straighten(turned)
    assert straight.size != turned.size
    assert prepare.straighten(flat) is flat


def test_an_avatar_outline_is_dropped_but_the_text_beside_it_stays() -> None:
    screen = render("市役所保険年金課の者です。" * 2, "line_dark")
    page = np.asarray(prepare.for_ocr(screen))
    border = prepare.BORDER
    # The avatar (a light disc at 30-120 × 130-220) leaves at most a trace of its outline.
    assert (page[130 + border : 220 + border, 30 + border : 120 + border] == 0).mean() < 0.01
    left, top = 150 + 30 + border, 170 + 25 + border
    assert (page[top : top + 40, left : left + 400] == 0).mean() > 0.1


def test_light_text_on_a_dark_bubble_is_made_bolder_than_dark_text_on_a_light_one() -> None:
    text = "市役所保険年金課の者です。"
    left, top = 150 + 30 + prepare.BORDER, 170 + 25 + prepare.BORDER

    def bubble_ink(style: str) -> int:
        page = np.asarray(prepare.for_ocr(render(text, style)))
        return int((page[top : top + 45, left : left + 500] == 0).sum())

    assert bubble_ink("line_dark") > 1.3 * bubble_ink("line_light")
