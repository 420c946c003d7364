"""LINE translation, both ways, against recorded real-shaped webhook payloads (tests/payloads/line/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.line.outgoing import (
    LABEL_LIMIT,
    QUICK_REPLY_LIMIT,
    TEXT_LIMIT,
    batches,
    line_length,
    to_messages,
)
from bot.adapters.line.translate import is_redelivery, signature, signature_ok, to_event
from bot.core.adapter import PermanentSendError
from bot.core.events import (
    Button,
    ButtonPress,
    ChatKind,
    ChatRef,
    ClosePoll,
    Command,
    Document,
    ImageMessage,
    Message,
    QuizPoll,
    TextMessage,
)

PAYLOADS = Path(__file__).parent / "payloads" / "line"
USER = "U4af4980629a1b2c3d4e5f60718293a4b"
GROUP = "Ca56f94637c3b2a1d0e9f8a7b6c5d4e3f"


def load(name: str) -> dict[str, Any]:
    return json.loads((PAYLOADS / f"{name}.json").read_text(encoding="utf-8"))


def event(name: str) -> Any:
    (raw,) = load(name)["events"]
    return to_event(raw)


def test_signature_is_base64_hmac_sha256_of_the_raw_body() -> None:
    body = (PAYLOADS / "follow.json").read_bytes()
    given = signature("secret", body)
    assert signature_ok("secret", body, given)
    assert not signature_ok("other secret", body, given)
    assert not signature_ok("secret", body + b" ", given)
    assert not signature_ok("secret", body, given[:-2])


def test_follow_is_start_with_the_event_id_as_update_id() -> None:
    start = event("follow")
    assert isinstance(start, Command) and start.name == "start"
    assert start.update_id == "01JQ0FOLLOW0000000000000000"
    assert start.source.chat_id == start.source.user_id == USER
    assert start.source.chat_kind is ChatKind.PRIVATE


def test_unfollow_stops_the_course() -> None:
    stop = event("unfollow")
    assert isinstance(stop, Command) and stop.name == "stop"


def test_private_text_is_text_the_check_feature_takes() -> None:
    text = event("text_private")
    assert isinstance(text, TextMessage) and text.addressed
    assert text.text.startswith("【緊急】")


@pytest.mark.parametrize(("name", "command"), [("command_start", "start"), ("word_quiz", "quiz")])
def test_commands_and_japanese_words(name: str, command: str) -> None:
    found = event(name)
    assert isinstance(found, Command) and found.name == command and found.addressed


@pytest.mark.parametrize("name", ["text_group", "text_group_other_mention"])
def test_group_text_without_a_mention_of_matte_is_not_addressed(name: str) -> None:
    text = event(name)
    assert isinstance(text, TextMessage) and text.source.is_group and not text.addressed
    assert text.source.chat_id == GROUP


def test_group_text_mentioning_matte_is_addressed_without_the_mention() -> None:
    text = event("text_group_mention")
    assert isinstance(text, TextMessage) and text.addressed
    assert text.text == "この話は本当？ 政府が全員に10万円を配ると聞きました"


def test_postback_is_a_button_press() -> None:
    press = event("postback")
    assert isinstance(press, ButtonPress) and press.payload == "ck:1:who"


def test_a_private_image_is_a_picture_to_fetch_by_its_message_id() -> None:
    found = event("image_private")
    assert isinstance(found, ImageMessage) and found.ref == "468789577898262537"
    assert found.image == b"" and not found.fetch_problem and found.update_id == "01JQ0IMAGE0000000000000000"


def test_an_image_linked_from_elsewhere_cannot_be_fetched() -> None:
    body = load("image_private")
    body["events"][0]["message"]["contentProvider"] = {
        "type": "external",
        "originalContentUrl": "https://example.com/a.jpg",
    }
    found = to_event(body["events"][0])
    assert isinstance(found, ImageMessage) and found.fetch_problem == "unavailable"


def test_an_image_in_a_group_is_left_alone() -> None:
    body = load("image_private")
    body["events"][0]["source"] = {"type": "group", "groupId": "Cabc", "userId": "Uabc"}
    assert to_event(body["events"][0]) is None


def test_unknown_event_types_are_ignored() -> None:
    assert event("unknown_type") is None
    assert load("verification")["events"] == []


def test_redelivery_keeps_the_event_id() -> None:
    (raw,) = load("redelivery")["events"]
    assert is_redelivery(raw)
    assert to_event(raw) == event("text_private_short")


CHAT = ChatRef("line", USER)


def test_short_buttons_are_quick_replies_with_postback_data() -> None:
    buttons = ((Button("はい", "cf:1:y"), Button("いいえ", "cf:1:n")),)
    (message,) = to_messages(Message(chat=CHAT, text="役に立ちましたか", buttons=buttons))
    items = message.quick_reply.items
    assert [(i.action.label, i.action.data, i.action.display_text) for i in items] == [
        ("はい", "cf:1:y", "はい"),
        ("いいえ", "cf:1:n", "いいえ"),
    ]
    assert message.text == "役に立ちましたか"


def test_long_labels_are_numbered_in_the_text() -> None:
    long_choice = "政府の公式サイトで同じ発表があるか確かめる"
    assert len(long_choice) > LABEL_LIMIT
    buttons = ((Button("短い", "a:1"),), (Button(long_choice, "a:2"),))
    (message,) = to_messages(
        QuizPoll(
            chat=CHAT,
            ref="r",
            question="q",
            options=("x", "y"),
            correct=0,
            explanation="",
            open_seconds=10,
            text="どうしますか",
            buttons=buttons,
        )
    )
    assert message.text.endswith(f"1. 短い\n2. {long_choice}")
    assert [i.action.label for i in message.quick_reply.items] == ["1", "2"]
    assert message.quick_reply.items[1].action.display_text == long_choice


def test_more_choices_than_quick_replies_are_all_numbered_and_the_last_button_is_next() -> None:
    buttons = tuple((Button(f"答え{n}", f"a:{n}"),) for n in range(1, 21))
    (message,) = to_messages(Message(chat=CHAT, text="選んでください", buttons=buttons))
    assert message.text == "選んでください\n\n" + "\n".join(f"{n}. 答え{n}" for n in range(1, 21))
    items = message.quick_reply.items
    assert len(items) == QUICK_REPLY_LIMIT
    assert [i.action.label for i in items] == [*map(str, range(1, 13)), "次へ ▶"]
    assert items[0].action.display_text == "答え1" and items[-1].action.data.startswith("~more:")


def test_long_text_is_split_at_five_thousand_and_sent_five_per_call() -> None:
    text = "\n".join("あ" * 99 for _ in range(330))
    messages = to_messages(Message(chat=CHAT, text=text, buttons=((Button("次へ", "n:1"),),)))
    assert len(messages) == 7 and all(line_length(m.text) <= TEXT_LIMIT for m in messages)
    assert "".join(m.text for m in messages) == text
    assert [m.quick_reply is not None for m in messages] == [False] * 6 + [True]
    assert [len(b) for b in batches(messages)] == [5, 2]


def test_close_needs_no_call_and_files_cannot_be_sent() -> None:
    assert to_messages(ClosePoll(chat=CHAT, ref="r")) == []
    with pytest.raises(PermanentSendError):
        to_messages(Document(chat=CHAT, filename="report.html", data=b""))


def test_a_command_in_a_group_is_addressed() -> None:
    quiz = event("command_group_quiz")
    assert isinstance(quiz, Command) and quiz.name == "quiz" and quiz.addressed and quiz.source.is_group
