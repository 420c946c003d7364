"""Which texts are scored ahead of the check handler (off the event loop)."""

from __future__ import annotations

from bot.core.events import ButtonPress, ChatKind, Command, ForwardedMessage, Source, TextMessage
from bot.features.check_scoring import texts_to_score
from bot.storage import chats
from bot.storage.database import Store

PRIVATE = Source(platform="test", chat_id="1", user_id="1")
GROUP = Source(platform="test", chat_id="-5", user_id="1", chat_kind=ChatKind.GROUP)
PASTE = "【拡散希望】この水を飲むとウイルスが消えるそうです。みんなに回して"


def test_what_the_check_feature_will_score(store: Store) -> None:
    db = store.db
    assert texts_to_score(ForwardedMessage(source=PRIVATE, text=PASTE), db) == [PASTE]
    assert texts_to_score(ForwardedMessage(source=PRIVATE, text="  "), db) == []
    assert texts_to_score(Command(source=PRIVATE, name="check", args=f" {PASTE} "), db) == [PASTE]
    assert texts_to_score(Command(source=GROUP, name="check", reply_to_text=PASTE), db) == [PASTE]
    assert texts_to_score(Command(source=PRIVATE, name="help"), db) == []
    assert texts_to_score(TextMessage(source=PRIVATE, text=PASTE), db) == [PASTE]
    assert texts_to_score(TextMessage(source=PRIVATE, text="こんにちは"), db) == []
    assert texts_to_score(ButtonPress(source=PRIVATE, payload="ck:1:who"), db) == []


def test_short_private_texts_are_scored_unless_small_talk_or_a_number(store: Store) -> None:
    """A short pasted claim may be checked (`check.short_claim`): it is scored off the loop first."""
    db = store.db
    for text in ("明日大地震が来るらしい", "〇〇を飲むとコロナが治る", "bit.ly/abc"):
        assert texts_to_score(TextMessage(source=PRIVATE, text=text), db) == [text]
    for text in ("こんにちは", "ありがとう！", "はい", "2", "１０", " ", "！？"):
        assert texts_to_score(TextMessage(source=PRIVATE, text=text), db) == []
    assert texts_to_score(TextMessage(source=GROUP, text="明日大地震が来るらしい", addressed=True), db) == []


def test_group_chatter_is_scored_only_where_auto_checks_are_on(store: Store) -> None:
    chatter = TextMessage(source=GROUP, text=PASTE, addressed=False)
    with store.write() as db:
        chats.remember(db, "test", "-5", "group")
    assert texts_to_score(chatter, store.db) == []
    assert texts_to_score(TextMessage(source=GROUP, text=PASTE, addressed=True), store.db) == []
    with store.write() as db:
        chats.update_settings(db, "test", "-5", auto_check=True)
    assert texts_to_score(chatter, store.db) == [PASTE]
    assert texts_to_score(ForwardedMessage(source=GROUP, text=PASTE, addressed=False), store.db) == [PASTE]
