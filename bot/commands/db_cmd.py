"""`matte db`: database maintenance."""

from __future__ import annotations

import argparse

from bot.config import Settings
from bot.storage.database import Store
from bot.storage.migrations import MIGRATIONS


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="database maintenance", description="Database maintenance.")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    migrate = actions.add_parser(
        "migrate",
        help="create or upgrade the schema",
        description="Apply pending migrations (start-up does this too) and list them.",
    )
    migrate.set_defaults(func=migrate_db)


def migrate_db(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    try:
        for applied in MIGRATIONS.applied(store.db):
            print(f"{applied.name}\t{applied.applied_at}")
    finally:
        store.close()
    return 0
