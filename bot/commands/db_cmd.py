"""`matte db`: database maintenance."""

from __future__ import annotations

import argparse
from datetime import timedelta

from bot.cli import UsageError
from bot.config import Settings
from bot.storage import backup
from bot.storage.database import Store
from bot.storage.erasure import purge
from bot.storage.migrations import MIGRATIONS
from bot.storage.timestamps import utc_now


def register(subparsers: argparse._SubParsersAction) -> None:
    db = subparsers.add_parser("db", help="database maintenance", description="Database maintenance.")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    migrate = actions.add_parser(
        "migrate",
        help="create or upgrade the schema",
        description="Apply pending migrations (start-up does this too) and list them.",
    )
    migrate.set_defaults(func=migrate_db)
    purge = actions.add_parser(
        "purge",
        help="delete check records older than the retention period",
        description="Delete check records and handled-update ids older than --days "
        "(default: MATTE_RETENTION_DAYS, 30). Safe while the bot runs.",
    )
    purge.add_argument("--days", type=int, help="keep this many days (default: MATTE_RETENTION_DAYS)")
    purge.set_defaults(func=purge_db)
    copy = actions.add_parser(
        "backup",
        help="copy the database to FILE, safe while the bot runs",
        description="Copy the database to FILE with SQLite's online backup (safe while the bot runs "
        "and writes) and check the copy with PRAGMA integrity_check.",
    )
    copy.add_argument("file", metavar="FILE", help="where to write the backup")
    copy.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    copy.set_defaults(func=backup_db)
    put_back = actions.add_parser(
        "restore",
        help="replace the database with a backup (stop the bot first)",
        description="Replace the database with the backup FILE after checking it is an undamaged "
        "Matte database. Stop the bot first: a database open in another process is refused. "
        "The previous database is kept as MATTE_DB.before-restore.",
    )
    put_back.add_argument("file", metavar="FILE", help="a file written by `matte db backup`")
    put_back.set_defaults(func=restore_db)


def migrate_db(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    try:
        for applied in MIGRATIONS.applied(store.db):
            print(f"{applied.name}\t{applied.applied_at}")
    finally:
        store.close()
    return 0


def purge_db(args: argparse.Namespace, settings: Settings) -> int:
    days = settings.retention_days if args.days is None else args.days
    if days < 1:
        raise UsageError("--days must be at least 1")
    store = Store(settings.db_path)
    try:
        with store.write() as db:
            removed = purge(db, utc_now() - timedelta(days=days))
    finally:
        store.close()
    print(
        ", ".join(f"{table}: {count} deleted" for table, count in removed.items())
        + f" (older than {days} days)"
    )
    return 0


def backup_db(args: argparse.Namespace, settings: Settings) -> int:
    try:
        copied = backup.backup(settings.db_path, args.file, force=args.force)
    except OSError as exc:
        raise backup.BackupError(f"backup failed: {exc.strerror or exc}: {exc.filename}") from exc
    print(f"backed up {settings.db_path} to {copied.path} ({copied.size:,} bytes, integrity ok)")
    return 0


def restore_db(args: argparse.Namespace, settings: Settings) -> int:
    try:
        kept = backup.restore(args.file, settings.db_path)
    except OSError as exc:
        raise backup.BackupError(f"restore failed: {exc.strerror or exc}: {exc.filename}") from exc
    print(f"restored {args.file} into {settings.db_path}")
    if kept is not None:
        print(f"the previous database is kept as {kept}")
    return 0
