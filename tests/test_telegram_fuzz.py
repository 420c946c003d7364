"""Fuzzing the Telegram translation with mutated recorded updates (issue 9, part 2).

Each example takes one real recorded update (tests/payloads/telegram/*.json), applies one to three
random edits (json_mutations.py: dropped keys, other JSON types, odd and huge text, negative and
huge ids, nested garbage, subtrees copied from other recordings; plus Telegram-specific ones:
entity offsets that do not fit the text, other chat and entity types, command and mention texts)
and feeds it through the runner's path: `sanitize_updates` -> `Update.de_json` -> `to_event` and
`admin_check_for`.

python-telegram-bot checks neither JSON types nor every required field, so some mutations it
accepts could never come from the Bot API (`"text": 42`, a message without `chat`). The test
sorts each update the sanitizer keeps with `BOT_API`, the documented shape of every field the
adapter reads:
- an update that follows the Bot API's shape translates to None or a valid core event (frozen,
  str ids of digits, text no longer than all the payload's text), and nothing raises;
- one that breaks it may also make `to_event` raise an ordinary data error (AttributeError,
  TypeError, ValueError, LookupError), as `to_event` documents; the runner logs it and skips the
  update (`TelegramAdapter._on_update`). Nothing else may escape.
`sanitize_updates` and `texts_to_check` never raise; an update the sanitizer reduces to its id
translates to None. `hypothesis.event` tallies the outcomes (see `--hypothesis-show-statistics`)
and the last test checks that most examples did reach the adapter with a full update.
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from typing import Any

import event_checks
from fake_bot_api import BOT_ID, BOT_USERNAME, PAYLOADS, load_updates
from hypothesis import HealthCheck, event, example, given, note, settings
from hypothesis import strategies as st
from json_mutations import conforms, mutated, text_budget, texts
from telegram import Update

from bot.adapters.telegram.translate import (
    BotIdentity,
    admin_check_for,
    sanitize_updates,
    texts_to_check,
    to_event,
)
from bot.core.events import (
    ButtonPress,
    Command,
    ForwardedMessage,
    ImageMessage,
    PollAnswer,
    TextMessage,
)

ME = BotIdentity(BOT_ID, BOT_USERNAME)
RECORDED = [
    update
    for path in sorted(PAYLOADS.glob("*.json"))
    for update in json.loads(path.read_text(encoding="utf-8"))["result"]
    if isinstance(update, dict) and isinstance(update.get("update_id"), int)
]
EVENT_TYPES = (TextMessage, Command, ButtonPress, ForwardedMessage, ImageMessage, PollAnswer)
DATA_ERRORS = (AttributeError, TypeError, ValueError, LookupError)
DIGITS = re.compile(r"-?[0-9]+")
CHAT_IDS = re.compile(r"-?[0-9]+|-[0-9]+:[0-9]+")
"""A chat's id, or a group's id and a forum topic's thread id (translate.py)."""
COVERAGE_SAMPLE = 300


def _origin_fields(origin: dict[str, Any]) -> bool:
    """The field each kind of MessageOrigin must carry."""
    needed = {
        "user": "sender_user",
        "hidden_user": "sender_user_name",
        "chat": "sender_chat",
        "channel": "chat",
    }
    wanted = needed.get(origin.get("type"))  # type: ignore[arg-type]
    return wanted is None or wanted in origin


# The Bot API's shape (core.telegram.org/bots/api) of what the adapter reads, directly or through
# python-telegram-bot's helpers (full_name, effective_name, parse_entities).
BOT_API: dict[str, Any] = {
    "Update": {"update_id": int, "message?": "Message", "callback_query?": "CallbackQuery",
               "poll_answer?": "PollAnswer"},
    "Message": {"message_id": int, "date": int, "chat": "Chat", "from?": "User", "sender_chat?": "Chat",
                "text?": str, "caption?": str, "entities?": ["MessageEntity"],
                "caption_entities?": ["MessageEntity"], "reply_to_message?": "Message",
                "quote?": {"text": str, "position": int}, "forward_origin?": "MessageOrigin",
                "photo?": ["PhotoSize"], "document?": "Document", "message_thread_id?": int,
                "is_topic_message?": bool},
    "PhotoSize": {"file_id": str, "file_unique_id": str, "width": int, "height": int, "file_size?": int},
    "Document": {"file_id": str, "file_unique_id": str, "file_name?": str, "mime_type?": str,
                 "file_size?": int},
    "User": {"id": int, "is_bot": bool, "first_name": str, "last_name?": str, "username?": str,
             "language_code?": str},
    "Chat": {"id": int, "type": str, "title?": str, "username?": str, "first_name?": str, "last_name?": str},
    "MessageEntity": {"type": str, "offset": int, "length": int, "user?": "User"},
    "MessageOrigin": {"type": str, "date": int, "sender_user?": "User", "sender_user_name?": str,
                      "sender_chat?": "Chat", "chat?": "Chat", "message_id?": int},
    "CallbackQuery": {"id": str, "from": "User", "chat_instance": str, "data?": str, "message?": "Message"},
    "PollAnswer": {"poll_id": str, "option_ids": [int], "user?": "User", "voter_chat?": "Chat"},
}  # fmt: skip


def follows_bot_api(update: Any) -> bool:
    if not conforms(update, "Update", BOT_API):
        return False
    origins = [m.get("forward_origin") for m in _messages(update) if "forward_origin" in m]
    return all(_origin_fields(origin) for origin in origins)


def _messages(update: dict[str, Any]) -> list[dict[str, Any]]:
    found = [update.get("message"), (update.get("callback_query") or {}).get("message")]
    found += [m.get("reply_to_message") for m in list(found) if isinstance(m, dict)]
    return [m for m in found if isinstance(m, dict)]


def telegram_edits(value: Any, path: tuple[str | int, ...]) -> st.SearchStrategy[Any] | None:
    """Edits aimed at what the adapter reads: entity bounds, chat/entity types, command texts."""
    key = path[-1]
    if key in ("offset", "length"):
        return st.one_of(st.integers(-5, 60), st.integers())
    if key == "type":
        return st.sampled_from(
            ["private", "group", "supergroup", "channel", "sender", "bot_command", "mention", "text_mention",
             "user", "hidden_user", "chat", "url", "", "PRIVATE"]
        )  # fmt: skip
    if key in ("text", "caption", "data", "username", "first_name", "title", "sender_user_name"):
        return texts
    if key in ("entities", "caption_entities"):
        entity = st.fixed_dictionaries(
            {
                "type": st.sampled_from(["bot_command", "mention", "text_mention"]),
                "offset": st.integers(-3, 40),
                "length": st.integers(-3, 40),
            },
            optional={"user": st.just({"id": BOT_ID, "is_bot": True, "first_name": "Matte"})},
        )
        return st.lists(entity, max_size=4)
    return None


# The update id is left alone: the sanitizer drops updates without a usable one (tested elsewhere).
updates = mutated(RECORDED, targeted=telegram_edits, keep=frozenset({("update_id",)}))


def assert_valid_event(result: object, budget: int) -> None:
    """A valid core event for Telegram (ids may be negative: groups)."""
    event_checks.assert_valid_event(
        result, platform="telegram", kinds=EVENT_TYPES, budget=budget, ids=DIGITS, chat_ids=CHAT_IDS
    )


def _edited(name: str, path: tuple[str, ...], value: Any) -> dict[str, Any]:
    update = copy.deepcopy(load_updates(name)[0])
    parent = update
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return update


# Found by this test. An empty first_name made python-telegram-bot's `full_name` None, which became
# the event's display_name; the adapter now falls back to "".
EMPTY_FIRST_NAME = _edited("callback_query", ("callback_query", "from", "first_name"), "")
# An entity (here the command's, length 5) that ends inside a surrogate pair made
# python-telegram-bot's parse_entities raise UnicodeDecodeError; such entities are now ignored.
ENTITY_SPLITS_EMOJI = _edited("group_command_member", ("message", "text"), "👍👍👍 /quiz")


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(updates)
@example(EMPTY_FIRST_NAME)
@example(ENTITY_SPLITS_EMOJI)
def test_mutated_updates_translate_to_none_or_a_valid_event(raw: Any) -> None:
    note(f"mutated update: {json.dumps(raw, ensure_ascii=False)[:3000]}")
    assert all(isinstance(text, str) for text in texts_to_check([raw]))
    (entry,) = sanitize_updates([raw])
    update = Update.de_json(entry, None)
    kind = outcome_of(raw)
    if kind == "reduced":
        event("python-telegram-bot cannot parse it: reduced to its id")
        assert to_event(update, ME) is None
        return
    shaped = kind == "Bot API shape"
    try:
        result = to_event(update, ME)
        admin_check_for(update, result)
    except DATA_ERRORS as exc:
        if shaped:
            raise
        event(f"{kind}: raised {type(exc).__name__} (logged and skipped by the runner)")
        return
    event(f"{kind}: translated to {type(result).__name__}")
    if result is not None and shaped:
        assert_valid_event(result, text_budget(raw))
    elif result is not None:
        assert type(result) in EVENT_TYPES


def outcome_of(raw: Any) -> str:
    """Whether python-telegram-bot reduces the update to its id, or it reaches the translator."""
    (entry,) = sanitize_updates([raw])
    if entry == {"update_id": raw["update_id"]} != raw:
        return "reduced"
    return "Bot API shape" if follows_bot_api(entry) else "broken shape"


def test_most_mutations_reach_the_translator() -> None:
    """The mutations must mostly test the adapter, not the SDK: checked on a sample of its own."""
    outcomes: Counter[str] = Counter()

    @settings(max_examples=COVERAGE_SAMPLE, database=None, derandomize=True, deadline=None)
    @given(updates)
    def sample(raw: Any) -> None:
        outcomes[outcome_of(raw)] += 1

    sample()
    total = sum(outcomes.values())
    assert total >= COVERAGE_SAMPLE * 0.9, outcomes
    assert outcomes["Bot API shape"] + outcomes["broken shape"] >= total * 0.5, outcomes
    assert outcomes["Bot API shape"] >= total * 0.3, outcomes
