"""The Discord adapter end to end: recorded interactions in, through discord.py and the real core,
REST calls out (recorded by `FakeDiscord`, never sent)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import discord
import pytest
from discord_fakes import ACK_DEADLINE, EPHEMERAL, FakeDiscord, Harness, payload, settle

from bot.adapters.discord.runner import DiscordAdapter, InteractionReply
from bot.adapters.discord.translate import command_event
from bot.app import App
from bot.config import ConfigError, Settings
from bot.core.adapter import PermanentSendError
from bot.core.context import Context
from bot.core.events import (
    Button,
    ButtonPress,
    ChatRef,
    ClosePoll,
    Command,
    Document,
    ForwardedMessage,
    Incoming,
    Message,
    Outgoing,
    QuizPoll,
    Sent,
)
from bot.core.payloads import decode
from bot.services import Services
from bot.storage import updates
from bot.storage.database import Store

CHANNEL = "1186000000000000010"
DM = "1290000000000000020"
TEACHER = {"id": "1100000000000000102", "username": "tanaka_sensei", "global_name": "田中先生"}
TARO = {"id": "1100000000000000103", "username": "taro_k", "global_name": "太郎"}
HANAKO = "1100000000000000101"
INSTRUCTOR_ROLE = "1186000000000000050"
RESPONSE, DEFERRED, DEFERRED_UPDATE = 4, 5, 6


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeDiscord:
    return FakeDiscord(monkeypatch)


async def start(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord, defer_after: float = 1.0
) -> Harness:
    harness = await Harness.start(settings, store, services, fake, defer_after=defer_after)
    add_demo(harness.app)
    return harness


@pytest.fixture
async def bot(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> AsyncIterator[Harness]:
    harness = await start(settings, store, services, fake)
    yield harness
    await harness.close()


def add_demo(app: App) -> None:
    """A tiny feature with per-user state and buttons, standing in for quizzes and the check."""

    @app.dispatcher.command("demo", listed=False)
    async def demo(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, Command)
        ctx.save_state("demo", {"n": ctx.event.args})
        return [ctx.reply("どれ？", ((Button("送り主", "demo:a"), Button("感情をあおる", "demo:b")),))]

    @app.dispatcher.button("demo")
    async def pressed(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, ButtonPress)
        state = ctx.load_state()
        if state is None:
            return [ctx.say("bad_button")]
        choice = decode(ctx.event.payload).args[0]
        return [ctx.reply(f"{ctx.event.source.display_name}: {choice} n={state.data['n']}")]

    async def quote(ctx: Context) -> list[Outgoing]:
        assert isinstance(ctx.event, ForwardedMessage)
        return [ctx.reply(("確認します: " + ctx.event.text + "\n") * 40)]

    app.dispatcher.on_forward = quote


def member_data(data: dict, user: dict, *, interaction_id: str, roles: list[str] | None = None) -> dict:
    data["member"]["user"] = {**data["member"]["user"], **user}
    data["member"]["roles"] = roles or []
    data["id"] = interaction_id
    return data


def callbacks(calls: list) -> list:
    return [c for c in calls if c.path.startswith("/interactions/")]


async def until_acknowledged(fake: FakeDiscord, event: Incoming) -> None:
    """Handling that outlasts the adapter's guard: go on once Discord accepted the event's callback."""
    path = f"/interactions/{event.update_id}/"
    deadline = asyncio.get_running_loop().time() + ACK_DEADLINE
    while not [c for c in fake.calls if c.path.startswith(path) and c.status < 300]:
        assert asyncio.get_running_loop().time() < deadline, "the guard did not acknowledge in time"
        await asyncio.sleep(0.01)


RECORDINGS = [
    "slash_start",
    "slash_help",
    "slash_lang",
    "slash_quiz",
    "slash_learn",
    "slash_course",
    "slash_progress",
    "slash_check",
]


@pytest.mark.parametrize("recording", RECORDINGS)
async def test_each_slash_command_reaches_the_core_and_is_answered(bot: Harness, recording: str) -> None:
    data = payload(recording)
    calls = await bot.interact(data)
    interaction = discord.Interaction(data=payload(recording), state=bot.client._connection)  # type: ignore[arg-type]
    assert bot.events == [command_event(interaction)]
    assert len(callbacks(calls)) == 1 and callbacks(calls)[0].path.startswith(f"/interactions/{data['id']}/")


async def test_start_in_a_channel_answers_privately_and_in_a_dm_plainly(bot: Harness) -> None:
    (answer,) = await bot.interact(payload("slash_start"))
    assert answer.body["type"] == RESPONSE and answer.flags & EPHEMERAL
    assert "花子さん" in answer.content and answer.body["data"]["allowed_mentions"] == {"parse": []}
    data = payload("slash_lang")
    (answer,) = await bot.interact(data)
    assert answer.body["type"] == RESPONSE and not answer.flags & EPHEMERAL


async def test_a_button_press_is_routed_to_the_pressers_session(bot: Harness) -> None:
    hanako = command_event(discord.Interaction(data=payload("slash_start"), state=bot.client._connection))  # type: ignore[arg-type]
    hanako = replace(hanako, source=replace(hanako.source, private_reply=False))
    taro = replace(hanako.source, user_id=TARO["id"], display_name="太郎")
    await bot.app.process(replace(hanako, name="demo", args="7", update_id="d1"))
    await bot.app.process(Command(source=taro, name="demo", args="3", update_id="d2"))
    posted = [c for c in bot.fake.calls if c.path == f"/channels/{CHANNEL}/messages"]
    assert [c.custom_ids for c in posted] == [["demo:a", "demo:b"]] * 2

    (answer,) = await bot.interact(payload("button"))
    assert answer.body["type"] == RESPONSE and answer.content == "花子: a n=7"
    assert isinstance(bot.events[-1], ButtonPress) and bot.events[-1].message_id == "1300000000000000200"

    press = member_data(payload("button"), TARO, interaction_id="1300000000000000302")
    press["data"]["custom_id"] = "demo:b"
    (answer,) = await bot.interact(press)
    assert answer.content == "太郎: b n=3"


async def test_check_this_message_is_answered_ephemerally(bot: Harness) -> None:
    calls = await bot.interact(payload("context_menu_check"))
    event = bot.events[-1]
    assert isinstance(event, ForwardedMessage) and event.origin.name == "太郎"
    assert calls[0].body["type"] == DEFERRED and calls[0].flags & EPHEMERAL, "deferred at once, privately"
    followups = [c for c in calls if c.path.startswith("/webhooks/")]
    assert followups and all(c.flags & EPHEMERAL for c in followups)
    assert "知り合いの医者から聞いた話です" in followups[0].content
    assert not [c for c in calls if c.path.startswith("/channels/")], "nothing posted to the channel"


async def test_everyone_in_a_checked_message_pings_no_one(bot: Harness) -> None:
    data = payload("context_menu_check")
    rumour = payload("message_everyone")
    data["data"]["target_id"] = rumour["id"]
    data["data"]["resolved"]["messages"] = {rumour["id"]: rumour}
    calls = await bot.interact(data)
    followups = [c for c in calls if c.path.startswith("/webhooks/")]
    assert followups
    for call in followups:
        assert call.body["allowed_mentions"] == {"parse": []}
        assert "@everyone" not in call.content and "@\u200beveryone" in call.content


async def test_a_long_reply_arrives_in_chunks_of_at_most_2000(bot: Harness) -> None:
    calls = await bot.interact(payload("context_menu_check"))
    texts = [c.content for c in calls if c.path.startswith("/webhooks/")]
    assert len(texts) >= 2 and sum(map(len, texts)) > 2000
    assert all(len(t) <= 2000 for t in texts)


async def test_class_quiz_permission_reaches_the_core_as_is_admin(bot: Harness) -> None:
    await bot.interact(payload("slash_quiz"))
    await bot.interact(member_data(payload("slash_quiz"), TEACHER, interaction_id="1300000000000000901"))
    await bot.interact(
        member_data(
            payload("slash_quiz"), TEACHER, interaction_id="1300000000000000902", roles=[INSTRUCTOR_ROLE]
        )
    )
    manager = member_data(payload("slash_quiz"), TEACHER, interaction_id="1300000000000000903")
    manager["member"]["permissions"] = str(int(manager["member"]["permissions"]) | (1 << 5))
    await bot.interact(manager)
    assert [e.source.is_admin for e in bot.events] == [False, False, True, True]


async def test_an_old_button_works_after_a_restart(
    settings: Settings, services: Services, fake: FakeDiscord, db_path: Path
) -> None:
    first = await start(settings, Store(db_path), services, fake)
    source = command_event(
        discord.Interaction(data=payload("slash_start"), state=first.client._connection)  # type: ignore[arg-type]
    ).source
    source = replace(source, private_reply=False)
    await first.app.process(Command(source=source, name="demo", args="7", update_id="before-restart"))
    (posted,) = [c for c in fake.calls if c.path == f"/channels/{CHANNEL}/messages"]
    await first.close()
    first.app.store.close()

    second = await start(settings, Store(db_path), services, fake)
    try:
        press = payload("button")
        press["message"]["components"] = posted.body["components"]
        (answer,) = await second.interact(press)
        assert answer.content == "花子: a n=7"

        expired = payload("button")
        expired["id"] = "1300000000000000399"
        expired["data"]["custom_id"] = "oldfeature:9"
        expired["message"]["components"][0]["components"][0]["custom_id"] = "oldfeature:9"
        (answer,) = await second.interact(expired)
        assert answer.content.startswith("このボタンは古くなったため使えません")
    finally:
        await second.close()
        second.app.store.close()


async def test_slow_handling_is_deferred_within_the_deadline(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    bot = await start(settings, store, services, fake, defer_after=0.05)
    slow = bot.app.process

    async def slowly(event: Incoming, via: object | None = None, *, wait: bool = True) -> None:
        await until_acknowledged(fake, event)
        await slow(event, via, wait=wait)

    bot.app.process = slowly  # type: ignore[method-assign]
    try:
        calls = await bot.interact(payload("slash_help"))
        assert [c.body.get("type") for c in callbacks(calls)] == [DEFERRED]
        assert callbacks(calls)[0].flags & EPHEMERAL
        assert calls[1].path.startswith("/webhooks/") and "/help" in calls[1].content

        source = command_event(
            discord.Interaction(data=payload("slash_start"), state=bot.client._connection)  # type: ignore[arg-type]
        ).source
        await slow(Command(source=source, name="demo", args="1", update_id="slow-demo"))
        calls = await bot.interact(payload("button"))
        assert [c.body.get("type") for c in callbacks(calls)] == [DEFERRED_UPDATE]
        assert calls[1].path.startswith("/webhooks/") and calls[1].content == "花子: a n=1"
    finally:
        await bot.close()


async def test_an_interaction_the_core_ignores_is_closed_quietly(bot: Harness) -> None:
    data = payload("slash_help")
    with bot.app.store.write() as db:
        updates.claim(db, "discord", data["id"])  # already handled (a gateway replay): the engine drops it
    calls = await bot.interact(data)
    assert [(c.method, c.body.get("type")) for c in calls] == [("POST", DEFERRED), ("DELETE", None)]
    assert calls[0].flags & EPHEMERAL and calls[1].path.endswith("/messages/@original")


async def test_an_expired_interaction_falls_back_to_the_channel_or_to_the_users_dm(bot: Harness) -> None:
    bot.fake.lag = 4.0  # each interaction reaches the bot after Discord's 3 s deadline
    calls = await bot.interact(payload("slash_lang"))
    (posted,) = [c for c in calls if c.path.startswith("/channels/")]
    assert posted.path == f"/channels/{DM}/messages" and posted.content
    calls = await bot.interact(payload("slash_start"))
    assert [c.status for c in callbacks(calls)] == [404], "refused once, then left alone"
    assert bot.fake.visible_in(CHANNEL) == [], "a private answer is never made public"
    (private,) = bot.fake.direct_messages(HANAKO)
    assert "花子" in private


async def test_an_expired_interaction_is_tried_once_then_left_alone(bot: Harness) -> None:
    data = payload("slash_start")
    bot.fake.interaction_arrives(data)
    interaction = discord.Interaction(data=data, state=bot.client._connection)  # type: ignore[arg-type]
    reply = InteractionReply(interaction, ChatRef("discord", CHANNEL), private=True)
    bot.fake.advance(3.5)
    for text in ("一通目", "二通目"):
        await bot.adapter.send(Message(chat=reply.chat, text=text, ephemeral=True, for_user=HANAKO), reply)
    assert [c.status for c in callbacks(bot.fake.calls)] == [404]
    assert bot.fake.direct_messages(HANAKO) == ["一通目", "二通目"] and bot.fake.visible_in(CHANNEL) == []


async def test_followups_after_fifteen_minutes_go_privately_and_once(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    bot = await start(settings, store, services, fake, defer_after=0.05)
    handle = bot.app.process

    async def after_a_long_wait(event: Incoming, via: object | None = None, *, wait: bool = True) -> None:
        await until_acknowledged(fake, event)
        fake.advance(16 * 60)
        await handle(event, via, wait=wait)

    bot.app.process = after_a_long_wait  # type: ignore[method-assign]
    try:
        calls = await bot.interact(payload("context_menu_check"))
    finally:
        await bot.close()
    refused = [c for c in calls if c.path.startswith("/webhooks/") and c.method == "POST"]
    assert [c.status for c in refused] == [401], "one refused followup, then no more through the interaction"
    assert bot.fake.visible_in(CHANNEL) == []
    texts = bot.fake.direct_messages(HANAKO)
    assert len(texts) >= 2 and "知り合いの医者から聞いた話です" in texts[0]


async def test_a_direct_message_is_answered_in_the_dm(bot: Harness) -> None:
    before = len(bot.fake.calls)
    bot.client._connection.parse_message_create(payload("dm_message"))  # type: ignore[arg-type]
    await settle()
    (reply,) = bot.fake.calls[before:]
    assert reply.path == f"/channels/{DM}/messages" and "/help" in reply.content


async def test_a_quiz_question_is_posted_then_closed_with_disabled_buttons(bot: Harness) -> None:
    chat = ChatRef("discord", CHANNEL)
    poll = QuizPoll(
        chat=chat,
        ref="s1:q1",
        question="Q",
        options=("A", "B"),
        correct=1,
        explanation="",
        open_seconds=20,
        text="問題 1",
        buttons=((Button("A", "cq:s1:0"), Button("B", "cq:s1:1")),),
    )
    sent = await bot.adapter.send(poll)
    assert isinstance(sent, Sent)
    assert bot.fake.messages[sent.message_id]["content"] == "問題 1"
    await bot.adapter.send(ClosePoll(chat=chat, ref="s1:q1", message_id=sent.message_id))
    components = bot.fake.messages[sent.message_id]["components"][0]["components"]
    assert [(c["custom_id"], c["disabled"]) for c in components] == [("cq:s1:0", True), ("cq:s1:1", True)]


async def test_a_document_is_uploaded_as_a_file(bot: Harness) -> None:
    doc = Document(chat=ChatRef("discord", DM), filename="report.html", data=b"<html></html>", caption="報告")
    await bot.adapter.send(doc)
    call = bot.fake.calls[-1]
    assert call.path == f"/channels/{DM}/messages" and call.content == "報告"
    assert [f.filename for f in call.files] == ["report.html"]


async def test_a_channel_the_bot_cannot_write_to_is_a_permanent_failure(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Refusal:
        status, reason = 403, "Forbidden"

    async def refuse(*args: object, **kwargs: object) -> None:
        raise discord.Forbidden(Refusal(), {"code": 50013, "message": "Missing Permissions"})  # type: ignore[arg-type]

    monkeypatch.setattr(discord.http.HTTPClient, "request", refuse)
    with pytest.raises(PermanentSendError):
        await bot.adapter.send(Document(chat=ChatRef("discord", DM), filename="r.csv", data=b"", caption="x"))


async def test_a_429_discord_py_does_not_wait_out_is_retried_later_not_dropped(bot: Harness) -> None:
    bot.fake.rate_limit(lambda method, path: path.startswith("/channels/"), 1.0, by_cloudflare=True)
    out = Message(chat=ChatRef("discord", DM), text="あとで届く")
    with pytest.raises(discord.HTTPException) as refused:
        await bot.adapter.send(out)
    assert refused.value.status == 429, "transient: delivery keeps the item and retries it"
    await bot.adapter.send(out)
    assert bot.fake.visible_in(DM) == ["あとで届く"]


async def test_replies_wait_in_the_outbox_until_the_client_has_logged_in(settings: Settings) -> None:
    adapter = DiscordAdapter(replace(settings, discord_token="test-token"))
    with pytest.raises(ConnectionError):
        await adapter.send(Message(chat=ChatRef("discord", DM), text="left over from a crash"))


def test_no_token_is_a_configuration_error(settings: Settings) -> None:
    with pytest.raises(ConfigError, match="DISCORD_BOT_TOKEN"):
        DiscordAdapter(settings)


async def test_a_refused_token_is_a_configuration_error(
    settings: Settings, store: Store, services: Services, fake: FakeDiscord
) -> None:
    fake.token_refused = True
    adapter = DiscordAdapter(replace(settings, discord_token="not-a-token"))
    with pytest.raises(ConfigError, match="refused"):
        await adapter.run(App(settings, store, services))
