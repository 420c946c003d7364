"""Telegram updates -> core events, against recorded real-shaped payloads (no network)."""

from __future__ import annotations

import pytest
from fake_bot_api import BOT_ID, BOT_USERNAME, load_updates
from telegram import Update

from bot.adapters.telegram.translate import (
    BotIdentity,
    admin_check_for,
    is_admin_status,
    migration_of,
    sanitize_updates,
    split_topic,
    texts_to_check,
    to_event,
    topic_chat_id,
)
from bot.core.events import (
    ButtonPress,
    ChatKind,
    Command,
    ForwardedMessage,
    ImageMessage,
    Origin,
    OriginKind,
    PollAnswer,
    TextMessage,
)

ME = BotIdentity(BOT_ID, BOT_USERNAME)
GROUP = "-1001987654321"


def update(name: str, index: int = 0) -> Update:
    return Update.de_json(load_updates(name)[index], None)


def event(name: str):
    return to_event(update(name), ME)


def test_private_text_is_addressed_text_with_the_senders_details() -> None:
    e = event("private_text")
    assert isinstance(e, TextMessage)
    assert e.text == "こんにちは。これって本当ですか?"
    assert e.update_id == "810000001" and e.addressed
    s = e.source
    assert (s.platform, s.chat_id, s.user_id, s.chat_kind) == (
        "telegram",
        "5012345678",
        "5012345678",
        ChatKind.PRIVATE,
    )
    assert s.display_name == "花子 山田" and s.language_code == "ja" and not s.is_admin


def test_private_start_is_a_command_in_the_users_language() -> None:
    e = event("private_start")
    assert isinstance(e, Command)
    assert (e.name, e.args, e.addressed, e.source.language_code) == ("start", "", True, "en-GB")


@pytest.mark.parametrize(
    ("name", "origin", "text_start"),
    [
        ("forward_user", Origin(OriginKind.USER, "太郎 鈴木"), "【拡散希望】"),
        ("forward_hidden_user", Origin(OriginKind.HIDDEN_USER, "健康情報おじさん"), "この薬"),
        ("forward_channel", Origin(OriginKind.CHANNEL, "緊急ニュース速報"), "地震予知"),
    ],
)
def test_forwards_carry_their_origin_and_text_or_caption(name: str, origin: Origin, text_start: str) -> None:
    e = event(name)
    assert isinstance(e, ForwardedMessage)
    assert e.origin == origin and e.text.startswith(text_start) and e.addressed


def test_group_command_aimed_at_this_bot_is_addressed_not_yet_admin() -> None:
    u = update("group_command_admin")
    e = to_event(u, ME)
    assert isinstance(e, Command)
    assert (e.name, e.args, e.addressed) == ("quiz", "students 5", True)
    assert e.source.chat_kind is ChatKind.GROUP and e.source.chat_id == GROUP
    assert not e.source.is_admin
    assert admin_check_for(u, e) == (int(GROUP), 6011112222)


def test_bare_group_command_is_addressed_and_needs_an_admin_check() -> None:
    u = update("group_command_member")
    e = to_event(u, ME)
    assert isinstance(e, Command) and e.addressed
    assert admin_check_for(u, e) == (int(GROUP), 7033334444)


def test_group_command_for_another_bot_is_not_addressed_nor_checked() -> None:
    u = update("group_command_other_bot")
    e = to_event(u, ME)
    assert isinstance(e, Command) and e.name == "quiz" and not e.addressed
    assert admin_check_for(u, e) is None


def test_anonymous_admin_is_an_admin_without_asking() -> None:
    u = update("group_anonymous_admin")
    e = to_event(u, ME)
    assert isinstance(e, Command) and (e.name, e.args) == ("quiz", "stop")
    assert e.source.is_admin and e.source.user_id == GROUP
    assert e.source.display_name == "3年2組 情報モラル"
    assert admin_check_for(u, e) is None


def test_check_as_a_reply_carries_the_replied_text() -> None:
    e = event("group_check_reply")
    assert isinstance(e, Command) and e.name == "check" and e.addressed
    assert e.reply_to_text == "明日は学校が休みになるってLINEで回ってきたよ"


def test_private_commands_need_no_admin_check() -> None:
    u = update("private_start")
    assert admin_check_for(u, to_event(u, ME)) is None


def test_group_mention_addresses_the_bot_and_is_left_out_of_the_text() -> None:
    e = event("group_mention")
    assert isinstance(e, TextMessage) and e.addressed and e.text == "これって本当?"


def test_group_reply_to_the_bot_is_addressed() -> None:
    e = event("group_reply_to_bot")
    assert isinstance(e, TextMessage) and e.addressed and e.text == "なんで?"


def test_group_chatter_is_not_addressed() -> None:
    e = event("group_plain_text")
    assert isinstance(e, TextMessage) and not e.addressed


def test_callback_query_is_a_button_press_on_its_message() -> None:
    e = event("callback_query")
    assert isinstance(e, ButtonPress)
    assert (e.payload, e.message_id, e.update_id) == ("lesson:sift:2", "120", "810000020")
    assert e.source.chat_id == "5012345678" and e.source.chat_kind is ChatKind.PRIVATE


def test_poll_answer_carries_poll_and_options_from_the_voters_chat() -> None:
    e = event("poll_answer")
    assert isinstance(e, PollAnswer)
    assert (e.poll_id, e.option_ids, e.update_id) == ("5000001042", (1,), "810000021")
    assert e.source.user_id == e.source.chat_id == "7033334444"


def test_poll_answer_voted_as_a_chat_comes_from_that_chat() -> None:
    raw = load_updates("poll_answer")[0]
    answer = {k: v for k, v in raw["poll_answer"].items() if k != "user"}
    answer["voter_chat"] = {"id": int(GROUP), "title": "3年2組 情報モラル", "type": "supergroup"}
    e = to_event(Update.de_json({**raw, "poll_answer": answer}, None), ME)
    assert isinstance(e, PollAnswer)
    assert e.source.chat_id == e.source.user_id == GROUP and e.source.chat_kind is ChatKind.GROUP


@pytest.mark.parametrize(
    "name",
    [
        "edited_message",
        "sticker",
        "my_chat_member_added",
        "my_chat_member_removed",
        "unknown_update",
    ],
)
def test_what_the_core_has_no_use_for_is_ignored(name: str) -> None:
    assert event(name) is None


def test_a_photo_becomes_a_picture_to_fetch_its_largest_size() -> None:
    e = event("photo_no_caption")
    assert isinstance(e, ImageMessage) and e.addressed and e.image == b"" and not e.fetch_problem
    assert (e.ref, e.size) == ("AgACAgUAAxkBAAIBfake-m", 15000)


def test_a_forwarded_photo_keeps_its_caption_and_origin() -> None:
    e = event("forward_chat")
    assert isinstance(e, ImageMessage) and e.caption.startswith("この写真")
    assert e.origin == Origin(OriginKind.CHAT, "町内会 連絡板")


def test_an_image_document_is_a_picture_with_its_forward_origin() -> None:
    e = event("photo_document_forwarded")
    assert isinstance(e, ImageMessage) and e.ref == "BQACAgUAAxkBAAIBfake-doc" and e.size == 254000
    assert e.origin == Origin(OriginKind.USER, "太郎 鈴木")


def test_a_picture_over_the_download_limit_is_marked_too_large_without_fetching() -> None:
    raw = load_updates("photo_document_forwarded")[0]
    document = {**raw["message"]["document"], "file_size": 20 * 1024 * 1024 + 1}
    e = to_event(Update.de_json({**raw, "message": {**raw["message"], "document": document}}, None), ME)
    assert isinstance(e, ImageMessage) and e.fetch_problem == "too_large"


def test_a_document_that_is_not_an_image_is_not_a_picture() -> None:
    raw = load_updates("photo_document_forwarded")[0]
    document = {**raw["message"]["document"], "mime_type": "application/pdf"}
    e = to_event(Update.de_json({**raw, "message": {**raw["message"], "document": document}}, None), ME)
    assert not isinstance(e, ImageMessage)


def test_a_group_photo_is_addressed_only_by_a_mention_in_its_caption() -> None:
    raw = load_updates("photo_no_caption")[0]
    chat = {"id": int(GROUP), "title": "3年2組 情報モラル", "type": "supergroup"}
    quiet = to_event(Update.de_json({**raw, "message": {**raw["message"], "chat": chat}}, None), ME)
    assert isinstance(quiet, ImageMessage) and not quiet.addressed
    caption = f"@{ME.username} これ本当?"
    mention = [{"offset": 0, "length": len(ME.username) + 1, "type": "mention"}]
    message = {**raw["message"], "chat": chat, "caption": caption, "caption_entities": mention}
    asked = to_event(Update.de_json({**raw, "message": message}, None), ME)
    assert isinstance(asked, ImageMessage) and asked.addressed


def test_duplicate_delivery_keeps_the_same_update_id() -> None:
    first, second = (to_event(update("duplicate_update", i), ME) for i in (0, 1))
    assert first == second and first is not None and first.update_id == "810000030"


def test_malformed_updates_shrink_to_their_id_and_idless_entries_go() -> None:
    clean = sanitize_updates(load_updates("malformed"))
    assert clean == [{"update_id": 810000040}, {"update_id": 810000041}, {"update_id": 810000042}]
    assert all(to_event(Update.de_json(u, None), ME) is None for u in clean)


def test_good_updates_pass_the_sanitizer_unchanged() -> None:
    raw = load_updates("private_text") + load_updates("callback_query")
    assert sanitize_updates(raw) == raw


def test_poll_answer_from_an_older_bot_api_server_is_kept() -> None:
    raw = load_updates("poll_answer")[0]
    old = {
        **raw,
        "poll_answer": {k: v for k, v in raw["poll_answer"].items() if k != "option_persistent_ids"},
    }
    (clean,) = sanitize_updates([old])
    e = to_event(Update.de_json(clean, None), ME)
    assert isinstance(e, PollAnswer) and e.option_ids == (1,)


@pytest.mark.parametrize(
    ("status", "admin"),
    [("creator", True), ("administrator", True), ("member", False), ("restricted", False), ("left", False)],
)
def test_admin_statuses(status: str, admin: bool) -> None:
    assert is_admin_status(status) is admin


def test_texts_to_check_are_forwards_and_private_pastes() -> None:
    batch = [
        {"update_id": 1, "message": {"text": "転送", "forward_origin": {}, "chat": {"type": "group"}}},
        {"update_id": 2, "message": {"text": "貼り付けた文章", "chat": {"type": "private"}}},
        {"update_id": 3, "message": {"text": "/start", "chat": {"type": "private"}}},
        {"update_id": 4, "message": {"text": "雑談", "chat": {"type": "supergroup"}}},
        {
            "update_id": 5,
            "message": {"caption": "写真の説明", "forward_origin": {}, "chat": {"type": "private"}},
        },
        {"update_id": 6, "callback_query": {}},
        {"update_id": 7},
    ]
    assert texts_to_check(batch) == ["転送", "貼り付けた文章", "写真の説明"]


def test_a_command_in_a_forum_topic_comes_from_the_topic() -> None:
    e = event("group_topic_command")
    assert isinstance(e, Command) and e.name == "help" and e.addressed
    assert e.source.chat_id == f"{GROUP}:45" and e.source.is_group
    assert admin_check_for(update("group_topic_command"), e) == (int(GROUP), 6011112222)


def test_a_reply_thread_outside_a_forum_keeps_the_bare_chat() -> None:
    raw = load_updates("group_topic_command")[0]
    message = {**raw["message"], "is_topic_message": False}
    e = to_event(Update.de_json({**raw, "message": message}, None), ME)
    assert e is not None and e.source.chat_id == GROUP


def test_a_button_under_a_topic_message_answers_in_the_topic() -> None:
    raw = load_updates("callback_query")[0]
    topic = load_updates("group_topic_command")[0]["message"]
    query = {
        **raw["callback_query"],
        "message": {**topic, "from": {"id": BOT_ID, "is_bot": True, "first_name": "M"}},
    }
    e = to_event(Update.de_json({**raw, "callback_query": query}, None), ME)
    assert isinstance(e, ButtonPress) and e.source.chat_id == f"{GROUP}:45"


def test_topic_chat_ids_round_trip() -> None:
    assert topic_chat_id(-100123, 45) == "-100123:45" and topic_chat_id(-100123, None) == "-100123"
    assert topic_chat_id(5, 45) == "5"  # no topics outside groups: the id must split back
    # A malformed update's thread id of 0 or less (Telegram's start at 1) names no topic.
    assert topic_chat_id(-100123, -1) == "-100123" and topic_chat_id(-100123, 0) == "-100123"
    assert split_topic("-100123:0") == ("-100123:0", None)
    assert split_topic("-100123:45") == ("-100123", 45)
    assert split_topic("-100123") == ("-100123", None)
    assert split_topic("dm:5") == ("dm:5", None)


def test_migration_is_read_from_either_side() -> None:
    old, new = -4001234567, -1002222333444
    assert migration_of(update("group_migrate", 0)) == (old, new)
    assert migration_of(update("group_migrate", 1)) == (old, new)
    assert to_event(update("group_migrate", 0), ME) is None
    assert migration_of(update("group_command_admin")) is None
