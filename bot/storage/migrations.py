"""The schema, as an ordered list of migrations. Never edit an applied one: add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("matte")


@MIGRATIONS()
def m001_core(db: Database) -> None:
    db.table("users").create(
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
    db.table("chats").create(
        {"platform": str, "chat_id": str, "kind": str, "settings": str, "created_at": str},
        pk=("platform", "chat_id"),
        defaults={"settings": "{}"},
    )
    db.table("conversation_state").create(
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
    db.table("processed_updates").create(
        {"platform": str, "update_id": str, "processed_at": str},
        pk=("platform", "update_id"),
    )
    db.table("outbox").create(
        {"id": int, "platform": str, "payload": str, "created_at": str},
        pk="id",
    )
    db.table("outbox").create_index(["platform"])


@MIGRATIONS()
def m002_polls(db: Database) -> None:
    db.table("polls").create(
        {"platform": str, "ref": str, "chat_id": str, "message_id": str, "poll_id": str, "created_at": str},
        pk=("platform", "ref"),
    )
    db.table("polls").create_index(["platform", "poll_id"])


@MIGRATIONS()
def m003_learning(db: Database) -> None:
    db.table("answers").create(
        {
            "id": int,
            "platform": str,
            "user_id": str,
            "item_id": str,
            "choice": str,
            "correct": int,
            "mode": str,
            "answered_at": str,
        },
        pk="id",
    )
    db.table("answers").create_index(["platform", "user_id"])
    db.table("item_boxes").create(
        {"platform": str, "user_id": str, "item_id": str, "box": int, "due_at": str},
        pk=("platform", "user_id", "item_id"),
    )
    db.table("lesson_progress").create(
        {"platform": str, "user_id": str, "lesson_id": str, "status": str, "updated_at": str},
        pk=("platform", "user_id", "lesson_id"),
    )
    db.table("course_enrolments").create(
        {
            "platform": str,
            "user_id": str,
            "chat_id": str,
            "course_id": str,
            "hour": int,
            "next_day": int,
            "answered_day": int,
            "next_at": str,
            "status": str,
            "updated_at": str,
        },
        pk=("platform", "user_id", "course_id"),
    )
    db.table("course_enrolments").create_index(["status", "next_at"])


@MIGRATIONS()
def m004_checks(db: Database) -> None:
    db.table("check_records").create(
        {
            "id": int,
            "platform": str,
            "user_id": str,
            "chat_kind": str,
            "text_hash": str,
            "score": float,
            "cues": str,
            "matches": str,
            "origin": str,
            "helpful": int,
            "created_at": str,
        },
        pk="id",
    )
    db.table("check_records").create_index(["created_at"])
    db.table("check_records").create_index(["platform", "user_id"])
    db.table("secrets").create({"name": str, "value": str}, pk="name")


@MIGRATIONS()
def m005_classroom(db: Database) -> None:
    db.table("class_sessions").create(
        {
            "id": int,
            "platform": str,
            "chat_id": str,
            "instructor_id": str,
            "title": str,
            "deck": str,
            "level": str,
            "region": str,
            "items": str,
            "seconds": int,
            "speed_bonus": int,
            "teams": int,
            "status": str,
            "current": int,
            "attempt": int,
            "ends_at": str,
            "remaining": float,
            "created_at": str,
            "ended_at": str,
        },
        pk="id",
    )
    db.table("class_sessions").create_index(["status", "ends_at"])
    db.table("class_sessions").create_index(["platform", "chat_id"])
    db.table("class_players").create(
        {"session_id": int, "user_id": str, "number": int, "nickname": str, "team": int, "joined_at": str},
        pk=("session_id", "user_id"),
    )
    db.table("class_questions").create(
        {"session_id": int, "number": int, "item_id": str, "opened_at": str, "closed_at": str},
        pk=("session_id", "number"),
    )
    db.table("class_answers").create(
        {
            "session_id": int,
            "number": int,
            "user_id": str,
            "choice": int,
            "correct": int,
            "elapsed_ms": int,
            "points": int,
            "answered_at": str,
        },
        pk=("session_id", "number", "user_id"),
    )


@MIGRATIONS()
def m006_line_pushes(db: Database) -> None:
    db.table("line_pushes").create({"month": str, "count": int}, pk="month")


@MIGRATIONS()
def m007_instructors(db: Database) -> None:
    db.table("instructors").create(
        {"platform": str, "user_id": str, "enrolled_at": str}, pk=("platform", "user_id")
    )


@MIGRATIONS()
def m008_family_helpers(db: Database) -> None:
    """Family helpers and volunteers, the relays between them (text only until delivered), weekly tips."""
    db.table("helper_codes").create(
        {
            "code_hash": str,
            "platform": str,
            "user_id": str,
            "name": str,
            "created_at": str,
            "expires_at": str,
        },
        pk="code_hash",
    )
    db.table("helper_codes").create_index(["platform", "user_id"])
    db.table("helper_attempts").create({"platform": str, "user_id": str, "attempted_at": str})
    db.table("helper_attempts").create_index(["platform", "user_id", "attempted_at"])
    db.table("helper_links").create(
        {
            "id": int,
            "senior_platform": str,
            "senior_user": str,
            "senior_name": str,
            "helper_platform": str,
            "helper_user": str,
            "helper_name": str,
            "kind": str,
            "status": str,
            "created_at": str,
            "confirmed_at": str,
        },
        pk="id",
    )
    db.table("helper_links").create_index(["senior_platform", "senior_user"])
    db.table("helper_links").create_index(["helper_platform", "helper_user"])
    db.table("helper_relays").create(
        {
            "id": int,
            "link_id": int,
            "senior_platform": str,
            "senior_user": str,
            "helper_platform": str,
            "helper_user": str,
            "check_id": int,
            "cues": str,
            "text": str,
            "status": str,
            "created_at": str,
            "sent_at": str,
            "reminded_at": str,
            "answered_at": str,
            "answer": str,
        },
        pk="id",
    )
    db.table("helper_relays").create_index(["status", "sent_at"])
    db.table("helper_relays").create_index(["created_at"])
    db.table("helper_organisations").create(
        {"name": str, "min_score": int, "organiser_platform": str, "organiser_user": str, "created_at": str},
        pk="name",
    )
    db.table("helper_volunteers").create(
        {
            "platform": str,
            "user_id": str,
            "org": str,
            "status": str,
            "relays": int,
            "applied_at": str,
            "approved_at": str,
            "revoked_at": str,
        },
        pk=("platform", "user_id"),
        defaults={"relays": 0},
    )
    db.table("helper_reports").create(
        {
            "id": int,
            "volunteer_platform": str,
            "volunteer_user": str,
            "org": str,
            "relay_id": int,
            "created_at": str,
        },
        pk="id",
    )
    db.table("helper_blocks").create(
        {
            "senior_platform": str,
            "senior_user": str,
            "helper_platform": str,
            "helper_user": str,
            "created_at": str,
        },
        pk=("senior_platform", "senior_user", "helper_platform", "helper_user"),
    )
    db.table("tip_subscriptions").create(
        {
            "platform": str,
            "user_id": str,
            "weekday": int,
            "hour": int,
            "topics": str,
            "next_at": str,
            "sent": int,
            "updated_at": str,
        },
        pk=("platform", "user_id"),
        defaults={"sent": 0, "topics": ""},
    )
    db.table("tip_subscriptions").create_index(["next_at"])


@MIGRATIONS()
def m009_no_secrets_in_db(db: Database) -> None:
    """The hash key moved to MATTE_HASH_KEY or its own file: one kept here would let the database alone
    confirm a guessed text. Deleted with secure_delete on (`Store` sets it first), so no copy remains."""
    db.execute("DELETE FROM secrets")
    db.table("secrets").drop()
