import pytest

from bot.core.events import Button, Card, CardSection, ChatRef, ClosePoll, Document, Message, QuizPoll
from bot.core.serialize import outgoing_from_json, outgoing_to_json

CHAT = ChatRef("telegram", "-100")
ROWS = ((Button("はい", "a:1"), Button("いいえ", "a:2")), (Button("次へ", "n"),))


@pytest.mark.parametrize(
    "out",
    [
        Message(chat=CHAT, text="こんにちは <b>", buttons=ROWS, ephemeral=True),
        Message(
            chat=CHAT,
            text="全文",
            buttons=ROWS,
            card=Card(
                "題", "注", (CardSection("⚠ 急がせています", "「今すぐ」"), CardSection("見出しだけ")), "問い"
            ),
        ),
        QuizPoll(
            chat=CHAT,
            ref="cq.12.3",
            question="信頼できる?",
            options=("はい", "いいえ"),
            correct=1,
            explanation="発信元を確かめましょう",
            open_seconds=20,
            text="Q3",
            buttons=ROWS,
        ),
        ClosePoll(chat=CHAT, ref="cq.12.3", message_id="55"),
        Document(chat=CHAT, filename="report.html", data=b"\x00<html>\xff", caption="レポート"),
    ],
    ids=lambda o: type(o).__name__ + ("+card" if getattr(o, "card", None) else ""),
)
def test_round_trip(out) -> None:
    assert outgoing_from_json(outgoing_to_json(out)) == out


def test_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown outgoing type"):
        outgoing_from_json('{"type": "sticker", "chat": ["t", "1"]}')
