"""Users, chats, conversation state, processed updates and the outbox, on a real SQLite file."""

from pathlib import Path

import pytest

from bot.core import outbox
from bot.core.events import Button, ChatRef, Message
from bot.storage import chats, state, updates, users
from bot.storage.database import Store
from bot.storage.state import State


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ja", "ja"), ("en-GB", "en"), ("EN_us", "en"), ("fr", "ja"), (None, "ja"), ("", "ja")],
)
def test_language_from_platform_code(code: str | None, expected: str) -> None:
    assert users.language_from_code(code, "ja") == expected


def test_user_created_once_and_language_switch(store: Store) -> None:
    first = users.get_or_create(store.db, "t", "1", "en")
    again = users.get_or_create(store.db, "t", "1", "ja")
    assert first.lang == again.lang == "en"
    users.set_language(store.db, "t", "1", "ja")
    assert users.get(store.db, "t", "1").lang == "ja"
    with pytest.raises(ValueError):
        users.set_language(store.db, "t", "1", "xx")


def test_user_settings_merge(store: Store) -> None:
    users.get_or_create(store.db, "t", "1", "ja")
    users.update_settings(store.db, "t", "1", nickname="ふくろう")
    users.update_settings(store.db, "t", "1", consent=True)
    assert users.get(store.db, "t", "1").settings == {"nickname": "ふくろう", "consent": True}


def test_chat_settings(store: Store) -> None:
    chats.remember(store.db, "t", "-5", "group")
    chats.remember(store.db, "t", "-5", "private")
    chats.update_settings(store.db, "t", "-5", auto_check=True)
    assert chats.settings(store.db, "t", "-5") == {"auto_check": True}
    assert store.db["chats"].count == 1


def test_state_survives_a_restart(db_path: Path) -> None:
    s = Store(db_path)
    with s.write() as db:
        state.save(db, "t", "c", "u", State("quiz", {"item": "hl-001", "asked": ["a", "b"]}))
    s.close()
    s = Store(db_path)
    assert state.load(s.db, "t", "c", "u") == State("quiz", {"item": "hl-001", "asked": ["a", "b"]})
    state.clear(s.db, "t", "c", "u")
    assert state.load(s.db, "t", "c", "u") is None
    s.close()


def test_update_claimed_once_across_restart(db_path: Path) -> None:
    s = Store(db_path)
    assert updates.claim(s.db, "telegram", "42")
    assert not updates.claim(s.db, "telegram", "42")
    assert updates.claim(s.db, "discord", "42")
    s.close()
    s = Store(db_path)
    assert not updates.claim(s.db, "telegram", "42")
    s.close()


def test_outbox_round_trip(store: Store) -> None:
    msg = Message(chat=ChatRef("t", "1"), text="やあ", buttons=((Button("ok", "ok"),),))
    item = outbox.add(store.db, msg)
    outbox.add(store.db, Message(chat=ChatRef("d", "1"), text="other platform"))
    assert [p.outgoing for p in outbox.pending(store.db, "t")] == [msg]
    outbox.ack(store.db, item.id)
    assert outbox.pending(store.db, "t") == []
