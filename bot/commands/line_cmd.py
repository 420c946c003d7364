"""`matte line quota` (this month's pushes beside LINE's quota) and `matte line richmenu`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.config import Settings
from bot.storage.database import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("line", help="LINE Official Account", description="Matte's LINE account.")
    actions = parser.add_subparsers(dest="line_command", metavar="ACTION", required=True)
    quota = actions.add_parser(
        "quota",
        help="this month's pushes and the account's quota",
        description=(
            "Print this month's push messages as Matte counted them and the account's quota and use "
            "as LINE counts them. Needs LINE_CHANNEL_ACCESS_TOKEN."
        ),
    )
    quota.set_defaults(func=show_quota)
    richmenu = actions.add_parser(
        "richmenu",
        help="create and set the large-button menu for seniors",
        description=(
            "Draw the rich menu (確かめる / クイズ / 7日間講座 / 使い方), create it on the LINE account, "
            "upload its picture and make it every user's default. Safe to run again: the menu is "
            "found by its name and not created twice. Needs LINE_CHANNEL_ACCESS_TOKEN."
        ),
    )
    richmenu.add_argument(
        "--font", type=Path, metavar="FILE", help="a font with Japanese glyphs (default: IPA Gothic)"
    )
    richmenu.set_defaults(func=set_rich_menu)


async def show_quota(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.line.quota import fetch_quota

    store = Store(settings.db_path)
    try:
        found = await fetch_quota(settings, store)
    finally:
        store.close()
    print("\n".join(found.lines()))
    return 0


async def set_rich_menu(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.line import richmenu

    installed = await richmenu.install(settings, getattr(args, "font", None) or richmenu.FONT)
    print("\n".join(installed.lines()))
    return 0
