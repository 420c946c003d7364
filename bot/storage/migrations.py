"""The schema, as an ordered list of migrations. Never edit an applied one: add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("matte")


@MIGRATIONS()
def m001_core(db: Database) -> None:
    db["users"].create(
        {
            "platform": str,
            "user_id": str,
            "lang": str,
            "lang_explicit": int,
            "settings": str,
            "created_at": str,
            "updated_at": str,
        },
        pk=("platform", "user_id"),
        not_null={"lang", "settings"},
        defaults={"lang_explicit": 0, "settings": "{}"},
    )
    db["chats"].create(
        {"platform": str, "chat_id": str, "kind": str, "settings": str, "created_at": str},
        pk=("platform", "chat_id"),
        defaults={"settings": "{}"},
    )
    db["conversation_state"].create(
        {
            "platform": str,
            "chat_id": str,
            "user_id": str,
            "flow": str,
            "data": str,
            "updated_at": str,
        },
        pk=("platform", "chat_id", "user_id"),
    )
    db["processed_updates"].create(
        {"platform": str, "update_id": str, "processed_at": str},
        pk=("platform", "update_id"),
    )
    db["outbox"].create(
        {"id": int, "platform": str, "payload": str, "created_at": str},
        pk="id",
    )
    db["outbox"].create_index(["platform"])


@MIGRATIONS()
def m002_polls(db: Database) -> None:
    db["polls"].create(
        {"platform": str, "ref": str, "chat_id": str, "message_id": str, "poll_id": str, "created_at": str},
        pk=("platform", "ref"),
    )
    db["polls"].create_index(["platform", "poll_id"])
