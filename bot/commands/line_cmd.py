"""`matte line quota`: this month's LINE pushes, Matte's count beside LINE's quota."""

from __future__ import annotations

import argparse

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


async def show_quota(args: argparse.Namespace, settings: Settings) -> int:
    from bot.adapters.line.quota import fetch_quota

    store = Store(settings.db_path)
    try:
        found = await fetch_quota(settings, store)
    finally:
        store.close()
    print("\n".join(found.lines()))
    return 0
