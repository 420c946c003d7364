"""`matte instructors add|remove|list`: who may start class quizzes where groups have no admins.

Only LINE needs this (Telegram and Discord groups have admins, the browser classroom its key), so
PLATFORM is `line`; a LINE user id is `U` and 32 hex digits, as webhooks carry it. The same rights
come from `/teacher CODE` in a private chat; this is for operators who prefer to add people by id.
"""

from __future__ import annotations

import argparse
import re

from bot.cli import UsageError
from bot.config import Settings
from bot.storage import instructors
from bot.storage.database import Store

USER_IDS = {"line": re.compile(r"U[0-9a-f]{32}")}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "instructors",
        help="who may start class quizzes in LINE groups",
        description="LINE groups have no admins: instructors enrolled here (or with /teacher CODE) may "
        "start class quizzes there.",
    )
    actions = parser.add_subparsers(dest="instructors_command", metavar="ACTION", required=True)
    for name, help_text in (("add", "enrol an instructor"), ("remove", "take an instructor's rights away")):
        action = actions.add_parser(name, help=help_text, description=help_text.capitalize() + ".")
        action.add_argument("platform", metavar="PLATFORM", help=f"one of: {', '.join(USER_IDS)}")
        action.add_argument("user_id", metavar="USER_ID", help="the platform's user id (LINE: U and 32 hex)")
        action.set_defaults(func=add if name == "add" else remove)
    listing = actions.add_parser("list", help="list instructors", description="List enrolled instructors.")
    listing.set_defaults(func=list_all)


def _checked(args: argparse.Namespace) -> tuple[str, str]:
    platform, user_id = args.platform.strip().lower(), args.user_id.strip()
    pattern = USER_IDS.get(platform)
    if pattern is None:
        raise UsageError(
            f"instructors are only for {', '.join(USER_IDS)} (Telegram and Discord groups have admins)"
        )
    if not pattern.fullmatch(user_id):
        raise UsageError(f"{user_id!r} is not a {platform} user id (U followed by 32 hex digits)")
    return platform, user_id


def add(args: argparse.Namespace, settings: Settings) -> int:
    platform, user_id = _checked(args)
    with Store(settings.db_path) as store, store.write() as db:
        instructors.enrol(db, platform, user_id)
    print(f"{platform} {user_id} is an instructor")
    return 0


def remove(args: argparse.Namespace, settings: Settings) -> int:
    platform, user_id = _checked(args)
    with Store(settings.db_path) as store, store.write() as db:
        removed = instructors.remove(db, platform, user_id)
    print(f"{platform} {user_id} {'is no longer an instructor' if removed else 'was not an instructor'}")
    return 0 if removed else 1


def list_all(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db_path) as store:
        found = instructors.all_instructors(store.db)
    for person in found:
        print(f"{person.platform}\t{person.user_id}\tsince {person.enrolled_at}")
    if not found:
        print("no instructors")
    return 0
