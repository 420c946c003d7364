import dataclasses

import pytest

from bot.core.events import ChatKind, ChatRef, Command, Source


def test_events_are_frozen() -> None:
    event = Command(source=Source(platform="t", chat_id="1", user_id="2"), name="start")
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.name = "help"  # type: ignore[misc]


def test_source_knows_its_chat_and_kind() -> None:
    source = Source(platform="discord", chat_id="c", user_id="u", chat_kind=ChatKind.GROUP)
    assert source.chat == ChatRef("discord", "c")
    assert source.is_group
