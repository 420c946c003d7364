"""The rich menu: four large buttons under the chat for seniors, who tap more easily than they type.

`matte line richmenu` draws the picture with Pillow from a Japanese font (IPA Gothic by default),
creates the menu, uploads the picture and makes the menu every user's default. It is idempotent:
the menu is found again by its name, a picture already attached is left alone (LINE never lets a
menu's picture be replaced), and setting the default twice is harmless. Each button sends a plain
word the adapter already understands (translate.WORDS), so the tap shows in the chat as the
senior's own message and nothing new is needed on the webhook side.

LINE's limits, from the Messaging API reference (Rich menu, and the rich menu object), summarised:
the picture is JPEG or PNG, 800 to 2,500 pixels wide, at least 250 high, at least 1.45 times as wide
as high and at most 1 MB; the menu's name at most 300 characters, its chat bar text at most 14, at
most 20 tappable areas; the picture is uploaded to api-data.line.me, not api.line.me.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from linebot.v3.messaging import (
    AsyncApiClient,
    AsyncMessagingApi,
    AsyncMessagingApiBlob,
    Configuration,
    MessageAction,
    RichMenuArea,
    RichMenuBounds,
    RichMenuRequest,
    RichMenuSize,
)
from linebot.v3.messaging.exceptions import ApiException

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

from bot.config import ConfigError, Settings

MENU_NAME = "Matte seniors menu v1"
"""How the menu is found again on a re-run; a new design gets a new name (and a new menu)."""
CHAT_BAR_TEXT = "メニュー"
FONT = Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
"""Debian's fonts-ipafont-gothic; any font with Japanese glyphs works (`--font`)."""
WIDTH, HEIGHT = 2500, 1686
MAX_IMAGE_BYTES = 1024 * 1024
MAX_CHAT_BAR_TEXT = 14
MAX_NAME = 300
MAX_AREAS = 20
LABEL_SIZE, HINT_SIZE = 230, 96
"""Pixels; a text too wide for its tile is drawn smaller."""
GAP, PADDING = 24, 40


@dataclass(frozen=True)
class MenuButton:
    label: str
    """Drawn large on the picture."""
    hint: str
    """Drawn small under the label."""
    text: str
    """What a tap sends as the user's message: a word translate.WORDS maps to a command."""
    colour: tuple[int, int, int]


BUTTONS = (
    MenuButton("確かめる", "気になるメッセージを調べる", "確かめる", (0, 105, 92)),
    MenuButton("クイズ", "だまされない練習", "クイズ", (21, 101, 192)),
    MenuButton("7日間講座", "1日1つずつ学ぶ", "7日間講座", (191, 54, 12)),
    MenuButton("使い方", "Matte の使い方", "使い方", (69, 90, 100)),
)


def areas() -> list[RichMenuArea]:
    """The buttons in a 2 x 2 grid, each a quarter of the picture (large targets for old fingers)."""
    half_w, half_h = WIDTH // 2, HEIGHT // 2
    found = []
    for n, button in enumerate(BUTTONS):
        x, y = (n % 2) * half_w, (n // 2) * half_h
        width = WIDTH - x if n % 2 else half_w
        height = HEIGHT - y if n // 2 else half_h
        bounds = RichMenuBounds(x=x, y=y, width=width, height=height)
        found.append(RichMenuArea(bounds=bounds, action=MessageAction(label=button.label, text=button.text)))
    return found


def menu_request() -> RichMenuRequest:
    return RichMenuRequest(
        size=RichMenuSize(width=WIDTH, height=HEIGHT),
        selected=True,
        name=MENU_NAME,
        chat_bar_text=CHAT_BAR_TEXT,
        areas=areas(),
    )


def draw_image(font_path: Path = FONT) -> bytes:
    """The menu's picture as PNG: a coloured tile per button, the label large and a hint below."""
    from PIL import Image, ImageDraw, ImageFont

    if not font_path.is_file():
        raise ConfigError(f"no font at {font_path} (install fonts-ipafont-gothic or pass --font)")
    try:
        ImageFont.truetype(str(font_path), LABEL_SIZE)
    except OSError as exc:
        raise ConfigError(f"cannot read the font {font_path}: {exc}") from None
    image = Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for area, button in zip(areas(), BUTTONS, strict=True):
        b = area.bounds
        box = (b.x + GAP, b.y + GAP, b.x + b.width - GAP, b.y + b.height - GAP)
        draw.rounded_rectangle(box, radius=60, fill=button.colour)
        room = b.width - 2 * GAP - 2 * PADDING
        centre_x, centre_y = b.x + b.width // 2, b.y + b.height // 2
        big = fitting_font(font_path, button.label, LABEL_SIZE, room)
        small = fitting_font(font_path, button.hint, HINT_SIZE, room)
        draw.text((centre_x, centre_y - 70), button.label, font=big, fill="white", anchor="mm")
        draw.text((centre_x, centre_y + 170), button.hint, font=small, fill="white", anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_IMAGE_BYTES:
        raise ConfigError(f"the drawn menu picture is {len(data)} bytes, over LINE's 1 MB")
    return data


def fitting_font(font_path: Path, text: str, size: int, width: int) -> FreeTypeFont:
    """The font at `size`, or smaller until `text` fits in `width` pixels."""
    from PIL import ImageFont

    font = ImageFont.truetype(str(font_path), size)
    while size > 20 and font.getlength(text) > width:
        size -= 4
        font = ImageFont.truetype(str(font_path), size)
    return font


@dataclass(frozen=True)
class Installed:
    menu_id: str
    created: bool
    uploaded: bool

    def lines(self) -> list[str]:
        return [
            f"rich menu {self.menu_id} ({'created' if self.created else 'already there'})",
            f"picture: {'uploaded' if self.uploaded else 'already attached'}",
            "set as every user's default menu",
        ]


async def install(settings: Settings, font_path: Path = FONT) -> Installed:
    """Create (or find) Matte's menu, give it its picture and make it the default."""
    if not settings.line_channel_access_token:
        raise ConfigError("LINE_CHANNEL_ACCESS_TOKEN is not set")
    image = draw_image(font_path)
    token = settings.line_channel_access_token
    api_config = Configuration(host=settings.line_api_url, access_token=token)
    data_config = Configuration(host=settings.line_data_api_url, access_token=token)
    async with AsyncApiClient(api_config) as api_client, AsyncApiClient(data_config) as data_client:
        api, blob = AsyncMessagingApi(api_client), AsyncMessagingApiBlob(data_client)
        try:
            menus = (await api.get_rich_menu_list()).richmenus
            found = next((m.rich_menu_id for m in menus if m.name == MENU_NAME), None)
            created = found is None
            menu_id = found or (await api.create_rich_menu(menu_request())).rich_menu_id
            uploaded = created or not await _has_picture(blob, menu_id)
            if uploaded:
                await blob.set_rich_menu_image(menu_id, image, _headers={"Content-Type": "image/png"})
            await api.set_default_rich_menu(menu_id)
        except ApiException as exc:
            if exc.status == 401:
                raise ConfigError("LINE refused LINE_CHANNEL_ACCESS_TOKEN") from None
            raise ConfigError(f"LINE answered {exc.status} ({_reason(exc)})") from None
    return Installed(menu_id, created, uploaded)


async def _has_picture(blob: AsyncMessagingApiBlob, menu_id: str) -> bool:
    """Whether the menu has its picture (a run that stopped after creating the menu left none)."""
    try:
        await blob.get_rich_menu_image(menu_id)
    except ApiException as exc:
        if exc.status == 404:
            return False
        raise
    return True


def _reason(exc: ApiException) -> str:
    body = exc.body.decode(errors="replace") if isinstance(exc.body, bytes) else str(exc.body or "")
    return body[:200] or str(exc.reason)
