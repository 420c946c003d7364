import pytest

from bot.core.events import Button, ChatRef, Message
from bot.core.serialize import outgoing_from_json, outgoing_to_json


def test_message_round_trip() -> None:
    msg = Message(
        chat=ChatRef("telegram", "-100"),
        text="こんにちは <b>",
        buttons=((Button("はい", "a:1"), Button("いいえ", "a:2")), (Button("次へ", "n"),)),
        ephemeral=True,
    )
    assert outgoing_from_json(outgoing_to_json(msg)) == msg


def test_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown outgoing type"):
        outgoing_from_json('{"type": "sticker"}')
