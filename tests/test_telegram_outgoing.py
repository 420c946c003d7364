"""Core replies -> Bot API calls (no network): escaping, splitting, keyboards, polls, documents."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import InputFile

from bot.adapters.telegram.outgoing import (
    NO_PREVIEW,
    ApiCall,
    command_menus,
    escape,
    short_explanation,
    telegram_length,
    to_calls,
)
from bot.core.adapter import PermanentSendError
from bot.core.events import Button, ChatRef, ClosePoll, Document, Message, QuizPoll

CHAT = ChatRef("telegram", "5012345678")
GROUP = ChatRef("telegram", "-1001987654321")


def quiz(**changes: object) -> QuizPoll:
    values: dict = {
        "chat": GROUP,
        "ref": "cq.1.1",
        "question": "この投稿はどの手口?",
        "options": ("なりすまし", "感情に訴える", "陰謀論"),
        "correct": 1,
        "explanation": "「今すぐ」「拡散して」は感情をあおる典型です。",
        "open_seconds": 20,
        "text": "この投稿はどの手口?",
        "buttons": ((Button("なりすまし", "cq:1:a"),),),
    }
    return QuizPoll(**(values | changes))


def test_message_is_escaped_html_without_link_previews() -> None:
    (call,) = to_calls(Message(chat=CHAT, text="<b>無料</b> & https://example.com/?a=1&b=2"))
    assert call.method == "send_message" and call.is_message
    assert call.params == {
        "chat_id": 5012345678,
        "text": "&lt;b&gt;無料&lt;/b&gt; &amp; https://example.com/?a=1&amp;b=2",
        "parse_mode": "HTML",
        "link_preview_options": NO_PREVIEW,
    }
    assert NO_PREVIEW.is_disabled


def test_buttons_become_an_inline_keyboard_of_callback_data() -> None:
    buttons = ((Button("はい", "q:1:y"), Button("いいえ", "q:1:n")), (Button("やめる", "stop"),))
    (call,) = to_calls(Message(chat=CHAT, text="本当?", buttons=buttons))
    rows = call.params["reply_markup"].to_dict()["inline_keyboard"]
    assert rows == [
        [{"text": "はい", "callback_data": "q:1:y"}, {"text": "いいえ", "callback_data": "q:1:n"}],
        [{"text": "やめる", "callback_data": "stop"}],
    ]


def test_ephemeral_is_sent_like_any_message() -> None:
    plain = to_calls(Message(chat=CHAT, text="x"))
    assert to_calls(Message(chat=CHAT, text="x", ephemeral=True)) == plain


def test_long_reply_is_split_with_buttons_on_the_last_part() -> None:
    text = ("注意<&>して。" * 700).strip()
    calls = to_calls(Message(chat=CHAT, text=text, buttons=((Button("次へ", "n"),),)))
    assert len(calls) > 1
    assert all(telegram_length(c.params["text"]) <= 4096 for c in calls)
    assert "".join(html.unescape(c.params["text"]) for c in calls) == text
    assert [("reply_markup" in c.params) for c in calls] == [False] * (len(calls) - 1) + [True]


TOKENS = [
    "あいう漢字" * 6,
    "<b>&amp;</b>",
    " ",
    "\n",
    "。",
    "!?",
    "👨\u200d👩\u200d👧",
    "e\u0301",
    "🇯🇵",
    "😀" * 7,
    "a" * 40,
]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=400, max_size=900).map("".join))
def test_any_text_splits_into_whole_characters_and_whole_entities(text: str) -> None:
    chunks = [c.params["text"] for c in to_calls(Message(chat=CHAT, text=text))]
    for chunk in chunks:
        assert telegram_length(chunk) <= 4096
        assert escape(html.unescape(chunk)) == chunk
        chunk.encode("utf-8")
        assert not chunk.startswith(("\u200d", "\u0301"))
    assert "".join(html.unescape(c) for c in chunks).replace(" ", "").replace("\n", "") == text.replace(
        " ", ""
    ).replace("\n", "")


def test_blank_message_sends_nothing() -> None:
    assert to_calls(Message(chat=CHAT, text="  \n ")) == []


def test_quiz_poll_is_a_timed_non_anonymous_native_quiz() -> None:
    (call,) = to_calls(quiz())
    assert call == ApiCall(
        "send_poll",
        {
            "chat_id": -1001987654321,
            "question": "この投稿はどの手口?",
            "options": ["なりすまし", "感情に訴える", "陰謀論"],
            "type": "quiz",
            "is_anonymous": False,
            "correct_option_ids": [1],
            "open_period": 20,
            "explanation": "「今すぐ」「拡散して」は感情をあおる典型です。",
        },
    )


def test_open_period_is_kept_within_telegrams_range() -> None:
    assert to_calls(quiz(open_seconds=1))[0].params["open_period"] == 5
    assert to_calls(quiz(open_seconds=3600))[0].params["open_period"] == 600


def test_explanation_fits_200_characters_and_two_line_feeds() -> None:
    short = short_explanation("一行目\n二行目\n三行目\n四行目")
    assert short == "一行目\n二行目\n三行目 四行目"
    long = short_explanation("😀" * 150)
    assert telegram_length(long) <= 200 and long.endswith("…")
    assert to_calls(quiz(explanation=""))[0].params.get("explanation") is None


def test_quiz_that_does_not_fit_a_native_poll_falls_back_to_text_and_buttons() -> None:
    for poll in (
        quiz(options=tuple("abcdefghijk")),
        quiz(question="長" * 301),
        quiz(options=("a" * 101, "b")),
    ):
        (call,) = to_calls(poll)
        assert call.method == "send_message"
        assert call.params["reply_markup"].inline_keyboard[0][0].callback_data == "cq:1:a"


def test_close_poll_stops_it_and_needs_its_message() -> None:
    (call,) = to_calls(ClosePoll(chat=GROUP, ref="cq.1.1", message_id="1042"))
    assert call == ApiCall("stop_poll", {"chat_id": -1001987654321, "message_id": 1042})
    assert not call.is_message
    assert to_calls(ClosePoll(chat=GROUP, ref="cq.1.1")) == []


def test_document_with_an_escaped_caption() -> None:
    (call,) = to_calls(
        Document(chat=CHAT, filename="../report.html", data=b"<html>", caption="3年2組 <結果>")
    )
    assert call.method == "send_document"
    document = call.params["document"]
    assert isinstance(document, InputFile) and document.filename == "report.html"
    assert document.input_file_content == b"<html>"
    assert call.params["caption"] == "3年2組 &lt;結果&gt;" and call.params["parse_mode"] == "HTML"


def test_document_caption_too_long_goes_ahead_as_a_message() -> None:
    calls = to_calls(Document(chat=CHAT, filename="r.csv", data=b"a,b", caption="説明" * 600))
    assert [c.method for c in calls] == ["send_message", "send_document"]
    assert "caption" not in calls[-1].params


def test_migrated_chat_gets_the_same_call() -> None:
    (call,) = to_calls(Message(chat=GROUP, text="x"))
    moved = call.to_chat(-100222)
    assert moved.params == {**call.params, "chat_id": -100222} and moved.method == call.method


def test_command_menus_in_both_languages_and_the_default() -> None:
    texts = {
        ("ja", "start"): "はじめる",
        ("en", "start"): "Start",
        ("ja", "help"): "  一覧\n",
        ("en", "help"): "All",
    }
    menus = command_menus(["start", "help", "Bad-Name"], lambda lang, n: texts[lang, n], ("ja", "en"), "ja")
    as_dicts = [(code, [(c.command, c.description) for c in cmds]) for code, cmds in menus]
    assert as_dicts == [
        (None, [("start", "はじめる"), ("help", "一覧")]),
        ("ja", [("start", "はじめる"), ("help", "一覧")]),
        ("en", [("start", "Start"), ("help", "All")]),
    ]


def test_direct_message_goes_to_the_users_private_chat() -> None:
    (call,) = to_calls(Message(chat=ChatRef.direct("telegram", "6011112222"), text="レポート"))
    assert call.params["chat_id"] == 6011112222


def test_an_anonymous_admin_has_no_private_chat() -> None:
    with pytest.raises(PermanentSendError):
        to_calls(Document(chat=ChatRef.direct("telegram", "-1001987654321"), filename="r.html", data=b""))


def test_a_topic_chat_is_sent_to_its_group_with_the_thread() -> None:
    topic = ChatRef("telegram", "-1001987654321:45")
    (message,) = to_calls(Message(chat=topic, text="x"))
    (poll,) = to_calls(quiz(chat=topic))
    (stop,) = to_calls(ClosePoll(chat=topic, ref="cq.1.1", message_id="9"))
    for call in (message, poll):
        assert (call.chat_id, call.params["message_thread_id"]) == (-1001987654321, 45)
    assert stop.params == {"chat_id": -1001987654321, "message_id": 9}
    assert "message_thread_id" not in to_calls(Message(chat=GROUP, text="x"))[0].params
    assert (
        "message_thread_id" not in to_calls(Message(chat=ChatRef.direct("telegram", "5"), text="x"))[0].params
    )
