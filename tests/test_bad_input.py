"""Whatever people type, the bot answers politely or stays quiet; it never crashes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.events import ButtonPress, Command, ForwardedMessage, Source, TextMessage
from bot.testing import Chatter

SOURCE = Source(platform="test", chat_id="1", user_id="1")
relaxed = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


async def test_empty_and_huge_messages(chatter: Chatter) -> None:
    assert await chatter.text("") == []
    [reply] = await chatter.text("あ" * 100_000)
    assert reply.text
    [reply] = await chatter.command("lang", "x" * 100_000)
    assert len(reply.text) < 500


def apology(chatter: Chatter) -> str:
    return chatter.app.engine.renderer.render("ja", "error")


def answered(chatter: Chatter, before: int) -> list[str]:
    """The texts sent since `before`; none may be the apology for a failed handler."""
    texts = [getattr(r, "text", "") for r in chatter.adapter.sent[before:]]
    assert apology(chatter) not in texts
    return texts


@relaxed
@given(st.text())
async def test_any_text(chatter: Chatter, text: str) -> None:
    before = len(chatter.adapter.sent)
    await chatter.app.process(TextMessage(source=SOURCE, text=text))
    texts = answered(chatter, before)
    assert (len(texts) == 1 and texts[0]) if text.strip() else texts == []


@relaxed
@given(st.text(min_size=1, max_size=40), st.text())
async def test_any_command(chatter: Chatter, name: str, args: str) -> None:
    before = len(chatter.adapter.sent)
    await chatter.app.process(Command(source=SOURCE, name=name, args=args))
    texts = answered(chatter, before)
    assert texts and all(0 < len(t) < 2000 for t in texts)


@relaxed
@given(st.one_of(st.text(), st.binary().map(lambda b: b.decode("latin-1"))))
async def test_any_button_payload(chatter: Chatter, payload: str) -> None:
    before = len(chatter.adapter.sent)
    await chatter.app.process(ButtonPress(source=SOURCE, payload=payload))
    # One answer each; the invitation button (payload "iv") sends its words to forward as a second one.
    assert 1 <= len(answered(chatter, before)) <= 2


@relaxed
@given(st.text())
async def test_any_forward(chatter: Chatter, text: str) -> None:
    before = len(chatter.adapter.sent)
    await chatter.app.process(ForwardedMessage(source=SOURCE, text=text))
    texts = answered(chatter, before)
    assert texts and all(texts)
