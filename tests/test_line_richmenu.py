"""`matte line richmenu` against the fake LINE Platform, and the picture it draws."""

from __future__ import annotations

import argparse
import io
import json
import os
from pathlib import Path

import aiohttp
import pytest
from fake_line_api import ACCESS_TOKEN, FakeLineApi
from PIL import Image

from bot.adapters.line import richmenu
from bot.adapters.line.translate import to_event
from bot.commands.line_cmd import set_rich_menu
from bot.config import ConfigError, Settings
from bot.core.events import Command

USER = "U4af4980629a1b2c3d4e5f60718293a4b"


def settings_for(fake: FakeLineApi, token: str = ACCESS_TOKEN) -> Settings:
    return Settings(
        line_channel_access_token=token, line_api_url=fake.base_url, line_data_api_url=fake.data_url
    )


@pytest.fixture(scope="module")
def picture() -> Image.Image:
    return Image.open(io.BytesIO(richmenu.draw_image()))


def test_the_picture_is_a_png_line_takes(picture: Image.Image) -> None:
    data = richmenu.draw_image()
    assert len(data) <= richmenu.MAX_IMAGE_BYTES
    assert picture.format == "PNG" and picture.size == (richmenu.WIDTH, richmenu.HEIGHT)
    assert 800 <= picture.width <= 2500 and picture.width / picture.height >= 1.45


def test_each_button_is_a_large_tile_of_its_colour_with_its_label(picture: Image.Image) -> None:
    """Each quarter is its button's colour, with white text drawn in its middle."""
    rgb = picture.convert("RGB")
    for area, button in zip(richmenu.areas(), richmenu.BUTTONS, strict=True):
        b = area.bounds
        assert b.width >= richmenu.WIDTH // 2 and b.height >= richmenu.HEIGHT // 2
        assert rgb.getpixel((b.x + 80, b.y + 80)) == button.colour
        middle = rgb.crop(
            (b.x + 100, b.y + b.height // 2 - 200, b.x + b.width - 100, b.y + b.height // 2 + 60)
        )
        assert (255, 255, 255) in {colour for _, colour in middle.getcolors(maxcolors=1 << 16) or []}


def test_every_label_and_hint_fits_in_its_tile() -> None:
    room = richmenu.WIDTH // 2 - 2 * richmenu.GAP - 2 * richmenu.PADDING
    for button in richmenu.BUTTONS:
        for text, size in ((button.label, richmenu.LABEL_SIZE), (button.hint, richmenu.HINT_SIZE)):
            font = richmenu.fitting_font(richmenu.FONT, text, size, room)
            assert font.getlength(text) <= room and font.size >= size * 0.6, text


def test_the_areas_tile_the_menu_without_overlap() -> None:
    cells = {(x, y) for x in range(0, richmenu.WIDTH, 50) for y in range(0, richmenu.HEIGHT, 50)}
    covered: list[tuple[int, int]] = []
    for area in richmenu.areas():
        b = area.bounds
        covered += [(x, y) for x, y in cells if b.x <= x < b.x + b.width and b.y <= y < b.y + b.height]
    assert sorted(covered) == sorted(cells)
    assert len(richmenu.areas()) <= richmenu.MAX_AREAS
    assert (
        len(richmenu.CHAT_BAR_TEXT) <= richmenu.MAX_CHAT_BAR_TEXT
        and len(richmenu.MENU_NAME) <= richmenu.MAX_NAME
    )


@pytest.mark.parametrize(
    ("button", "command"), list(zip(richmenu.BUTTONS, ("check", "quiz", "course", "help"), strict=True))
)
def test_each_button_sends_a_word_the_adapter_takes_as_its_command(
    button: richmenu.MenuButton, command: str
) -> None:
    event = {
        "type": "message",
        "webhookEventId": "01JQ0RICHMENU00000000000000",
        "source": {"type": "user", "userId": USER},
        "message": {"type": "text", "id": "1", "text": button.text},
    }
    found = to_event(event)
    assert isinstance(found, Command) and found.name == command


async def test_richmenu_creates_uploads_and_sets_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    async with FakeLineApi() as fake:
        assert await set_rich_menu(argparse.Namespace(font=None), settings_for(fake)) == 0
        (menu_id,) = fake.richmenus
        assert fake.richmenus[menu_id]["name"] == richmenu.MENU_NAME
        assert [a["action"]["text"] for a in fake.richmenus[menu_id]["areas"]] == [
            "確かめる",
            "クイズ",
            "7日間講座",
            "使い方",
        ]
        assert fake.default_richmenu == menu_id and menu_id in fake.richmenu_images
    out = capsys.readouterr().out
    assert f"rich menu {menu_id} (created)" in out and "picture: uploaded" in out


async def test_running_it_again_creates_nothing_new(capsys: pytest.CaptureFixture[str]) -> None:
    async with FakeLineApi() as fake:
        settings = settings_for(fake)
        first = await richmenu.install(settings)
        second = await richmenu.install(settings)
        assert second == richmenu.Installed(first.menu_id, created=False, uploaded=False)
        assert list(fake.richmenus) == [first.menu_id] and fake.default_richmenu == first.menu_id
        uploads = [
            c for c in fake.calls if c.path.endswith("/content") and c.status == 200 and "bytes" in c.body
        ]
        assert len(uploads) == 1


async def test_a_menu_left_without_its_picture_gets_it() -> None:
    """A run that stopped after creating the menu: the next run uploads the picture, nothing twice."""
    async with FakeLineApi() as fake:
        settings = settings_for(fake)
        async with aiohttp.ClientSession() as session:
            headers = {"Authorization": f"Bearer {ACCESS_TOKEN}"}
            body = richmenu.menu_request().to_dict()
            async with session.post(f"{fake.base_url}/v2/bot/richmenu", json=body, headers=headers) as r:
                first_id = (await r.json())["richMenuId"]
        found = await richmenu.install(settings)
        assert found == richmenu.Installed(first_id, created=False, uploaded=True)
        assert list(fake.richmenus) == [first_id] and first_id in fake.richmenu_images


async def test_a_refused_token_and_a_missing_font_say_so(tmp_path: Path) -> None:
    async with FakeLineApi() as fake:
        with pytest.raises(ConfigError, match="refused LINE_CHANNEL_ACCESS_TOKEN"):
            await richmenu.install(settings_for(fake, token="wrong"))
        with pytest.raises(ConfigError, match="no font"):
            await richmenu.install(settings_for(fake), tmp_path / "none.ttf")
        assert fake.richmenus == {}


async def test_a_failure_is_reported_in_one_line() -> None:
    async with FakeLineApi() as fake:
        fake.fail("/v2/bot/richmenu", 500)
        with pytest.raises(ConfigError, match="LINE answered 500"):
            await richmenu.install(settings_for(fake))


async def post(url: str, data: bytes | dict[str, object], content_type: str = "application/json") -> int:
    headers = {"Authorization": f"Bearer {ACCESS_TOKEN}", "Content-Type": content_type}
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    async with aiohttp.ClientSession() as session, session.post(url, data=raw, headers=headers) as response:
        return response.status


def png(width: int, height: int, fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (0, 0, 0)).save(out, format=fmt)
    return out.getvalue()


async def test_the_fake_refuses_what_line_refuses() -> None:
    async with FakeLineApi() as fake:
        good = richmenu.menu_request().to_dict()
        assert await post(f"{fake.base_url}/v2/bot/richmenu", {**good, "chatBarText": "あ" * 15}) == 400
        assert await post(f"{fake.base_url}/v2/bot/richmenu", {**good, "areas": good["areas"] * 6}) == 400
        square = {**good, "size": {"width": 1200, "height": 1200}}
        assert await post(f"{fake.base_url}/v2/bot/richmenu", square) == 400
        outside = [{**good["areas"][0], "bounds": {"x": 2000, "y": 0, "width": 1000, "height": 10}}]
        assert await post(f"{fake.base_url}/v2/bot/richmenu", {**good, "areas": outside}) == 400
        assert fake.richmenus == {}

        assert await post(f"{fake.base_url}/v2/bot/richmenu", good) == 200
        (menu_id,) = fake.richmenus
        content = f"/v2/bot/richmenu/{menu_id}/content"
        assert await post(f"{fake.base_url}/v2/bot/user/all/richmenu/{menu_id}", b"") == 400
        assert await post(fake.base_url + content, png(2500, 1686), "image/png") == 404
        assert await post(fake.data_url + content, png(2500, 1686), "image/gif") == 415
        assert await post(fake.data_url + content, png(2500, 1686), "image/jpeg") == 400
        assert await post(fake.data_url + content, png(1000, 1000), "image/png") == 400
        noise = Image.frombytes("RGB", (1200, 810), os.urandom(1200 * 810 * 3))
        big = io.BytesIO()
        noise.save(big, format="PNG")
        assert len(big.getvalue()) > 1024 * 1024
        assert await post(fake.data_url + content, big.getvalue(), "image/png") == 400
        assert await post(fake.data_url + content, png(2500, 1686), "image/png") == 200
        assert await post(fake.data_url + content, png(2500, 1686), "image/png") == 400
        assert await post(f"{fake.base_url}/v2/bot/user/all/richmenu/{menu_id}", b"") == 200
