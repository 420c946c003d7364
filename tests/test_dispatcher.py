import pytest

from bot.config import Settings
from bot.core.context import Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import ButtonPress, ChatKind, Command, Outgoing, Source, TextMessage
from bot.core.payloads import encode
from bot.core.render import Renderer
from bot.storage.users import User

PRIVATE = Source(platform="t", chat_id="1", user_id="1")
GROUP = Source(platform="t", chat_id="-1", user_id="1", chat_kind=ChatKind.GROUP)


def ctx_for(event, store) -> Context:
    return Context(
        event=event,
        user=User("t", "1", "ja"),
        db=store.db,
        renderer=Renderer(),
        settings=Settings(),
        services=None,  # routing never reaches the services
        chat=event.source.chat,
    )


def recording(name: str, calls: list[str]):
    async def handler(ctx: Context) -> list[Outgoing]:
        calls.append(name)
        return []

    return handler


@pytest.fixture
def wired():
    calls: list[str] = []
    dp = Dispatcher()
    dp.command("quiz")(recording("quiz", calls))
    dp.button("answer")(recording("answer", calls))
    dp.on_text = recording("text", calls)
    dp.on_unknown_command = recording("unknown", calls)
    dp.on_bad_button = recording("bad-button", calls)
    return dp, calls


async def test_routes_commands_buttons_and_text(wired, store) -> None:
    dp, calls = wired
    for event in [
        Command(source=PRIVATE, name="QUIZ"),
        Command(source=PRIVATE, name="nope"),
        ButtonPress(source=PRIVATE, payload=encode("answer", "hl-001", "a")),
        ButtonPress(source=PRIVATE, payload="not valid!"),
        ButtonPress(source=PRIVATE, payload=encode("gone")),
        TextMessage(source=PRIVATE, text="hello"),
        TextMessage(source=PRIVATE, text="   "),
    ]:
        await dp.route(ctx_for(event, store))
    assert calls == ["quiz", "unknown", "answer", "bad-button", "bad-button", "text"]


async def test_groups_stay_quiet_unless_addressed(wired, store) -> None:
    dp, calls = wired
    await dp.route(ctx_for(TextMessage(source=GROUP, text="chatter", addressed=False), store))
    await dp.route(ctx_for(Command(source=GROUP, name="quiz", addressed=False), store))
    assert calls == []
    await dp.route(ctx_for(TextMessage(source=GROUP, text="@matte hi", addressed=True), store))
    assert calls == ["text"]


def test_duplicate_registration_is_refused() -> None:
    dp = Dispatcher()
    dp.command("x")(recording("x", []))
    with pytest.raises(ValueError):
        dp.command("x")(recording("x", []))
