"""The pure translation between discord.py objects (built from recorded payloads) and core events."""

from __future__ import annotations

import discord
import pytest
from discord_fakes import add_guild, as_logged_in, message_from, payload
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.discord.translate import (
    MAX_CONTENT,
    NO_PINGS,
    button_event,
    check_event,
    command_event,
    content_chunks,
    escape,
    is_instructor,
    message_event,
    send_parts,
)
from bot.adapters.discord.views import PAYLOAD_TEMPLATE, build_view, button_rows, disabled_view
from bot.core import payloads
from bot.core.events import (
    Button,
    ButtonPress,
    ChatKind,
    ChatRef,
    Command,
    Document,
    ForwardedMessage,
    Message,
    OriginKind,
    QuizPoll,
    TextMessage,
)

GUILD_CHANNEL = "1186000000000000010"
DM_CHANNEL = "1290000000000000020"
HANAKO = "1100000000000000101"
INSTRUCTOR_ROLE = "1186000000000000050"
MANAGE_GUILD = 1 << 5


@pytest.fixture
def client() -> discord.Client:
    return as_logged_in(discord.Client(intents=discord.Intents.default()))


def interaction(client: discord.Client, name: str, **changes: object) -> discord.Interaction:
    data = payload(name)
    data.update(changes)
    return discord.Interaction(data=data, state=client._connection)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("recording", "name", "args", "chat", "kind", "lang"),
    [
        ("slash_start", "start", "", GUILD_CHANNEL, ChatKind.GROUP, "ja"),
        ("slash_help", "help", "", GUILD_CHANNEL, ChatKind.GROUP, "ja"),
        ("slash_lang", "lang", "en", DM_CHANNEL, ChatKind.PRIVATE, "en-US"),
        ("slash_quiz", "quiz", "", GUILD_CHANNEL, ChatKind.GROUP, "ja"),
        ("slash_learn", "learn", "sift", GUILD_CHANNEL, ChatKind.GROUP, "ja"),
        ("slash_course", "course", "", DM_CHANNEL, ChatKind.PRIVATE, "ja"),
        ("slash_progress", "progress", "", GUILD_CHANNEL, ChatKind.GROUP, "ja"),
        (
            "slash_check",
            "check",
            "【拡散希望】@everyone 明日から水道水が止まるそうです！すぐに水を買ってください",
            GUILD_CHANNEL,
            ChatKind.GROUP,
            "ja",
        ),
    ],
)
def test_each_slash_command_becomes_a_core_command(
    client: discord.Client, recording: str, name: str, args: str, chat: str, kind: ChatKind, lang: str
) -> None:
    event = command_event(interaction(client, recording))
    assert event == Command(source=event.source, update_id=payload(recording)["id"], name=name, args=args), (
        "name, args and update id"
    )
    assert (event.source.platform, event.source.chat_id, event.source.user_id) == ("discord", chat, HANAKO)
    assert event.source.chat_kind is kind and event.source.language_code == lang
    assert event.source.display_name == "花子" and not event.source.is_admin


def test_a_button_press_carries_the_core_payload_and_message(client: discord.Client) -> None:
    event = button_event(interaction(client, "button"))
    assert isinstance(event, ButtonPress)
    assert (event.payload, event.message_id, event.update_id) == (
        "demo:a",
        "1300000000000000200",
        payload("button")["id"],
    )
    assert event.source.chat_id == GUILD_CHANNEL and event.source.user_id == HANAKO


def test_check_this_message_is_a_forward_with_the_author_as_origin(client: discord.Client) -> None:
    menu = interaction(client, "context_menu_check")
    target = payload("context_menu_check")["data"]["resolved"]["messages"]["1300000000000000400"]
    message = discord.Message(state=client._connection, channel=menu.channel, data=target)  # type: ignore[arg-type]
    event = check_event(menu, message)
    assert isinstance(event, ForwardedMessage)
    assert event.text.startswith("【拡散希望】知り合いの医者から聞いた話です")
    assert (event.origin.kind, event.origin.name) == (OriginKind.USER, "太郎")
    assert event.source.user_id == HANAKO and event.update_id == payload("context_menu_check")["id"]


def test_manage_server_makes_an_instructor(client: discord.Client) -> None:
    data = payload("slash_quiz")
    data["member"]["permissions"] = str(int(data["member"]["permissions"]) | MANAGE_GUILD)
    teacher = discord.Interaction(data=data, state=client._connection)  # type: ignore[arg-type]
    assert command_event(teacher).source.is_admin
    assert not command_event(interaction(client, "slash_quiz")).source.is_admin


def test_the_servers_instructor_role_makes_an_instructor(client: discord.Client) -> None:
    add_guild(client, payload("guild_create"))
    data = payload("slash_quiz")
    data["member"]["roles"] = [INSTRUCTOR_ROLE]
    assert command_event(discord.Interaction(data=data, state=client._connection)).source.is_admin  # type: ignore[arg-type]


def test_instructor_rule() -> None:
    none = discord.Permissions.none()
    assert is_instructor(discord.Permissions(manage_guild=True), [])
    assert is_instructor(discord.Permissions(administrator=True), [])
    assert is_instructor(none, ["Matte講師"]) and is_instructor(none, [" matte instructor "])
    assert not is_instructor(none, ["先生", "@everyone"])


def test_no_one_is_an_instructor_in_a_dm(client: discord.Client) -> None:
    assert not command_event(interaction(client, "slash_course")).source.is_admin


def test_a_guild_message_counts_only_when_it_mentions_the_bot(client: discord.Client) -> None:
    add_guild(client, payload("guild_create"))
    event = message_event(message_from(client, payload("guild_message")), client.user)
    assert isinstance(event, TextMessage) and event.text == "これって本当？"
    assert event.source.chat_kind is ChatKind.GROUP and event.update_id == "1300000000000000500"
    assert message_event(message_from(client, payload("message_everyone")), client.user) is None


def test_a_guild_message_in_an_uncached_guild_is_still_a_group(client: discord.Client) -> None:
    event = message_event(message_from(client, payload("guild_message")), client.user)
    assert event is not None and event.source.chat_kind is ChatKind.GROUP


def test_direct_messages_commands_and_discord_forwards(client: discord.Client) -> None:
    command = message_event(message_from(client, payload("dm_message")), client.user)
    assert isinstance(command, Command) and command.name == "help"
    assert command.source.chat_kind is ChatKind.PRIVATE
    forward = message_event(message_from(client, payload("dm_forward")), client.user)
    assert isinstance(forward, ForwardedMessage) and forward.text.startswith("政府が明日から")
    assert forward.origin.kind is OriginKind.UNKNOWN


def test_bots_and_system_messages_are_ignored(client: discord.Client) -> None:
    data = payload("dm_message")
    data["author"]["bot"] = True
    assert message_event(message_from(client, data), client.user) is None
    data = payload("dm_message")
    data["type"] = 7  # member joined
    assert message_event(message_from(client, data), client.user) is None


def test_a_5000_character_reply_is_split_into_chunks_of_at_most_2000() -> None:
    sentence = "これは長い説明の文です。*強調*ではありません_。\n"
    text = (sentence * 300)[:5000]
    parts = send_parts(
        Message(chat=ChatRef("discord", "1"), text=text, buttons=((Button("次へ", "next:1"),),))
    )
    assert len(parts) == 3
    assert all(len(p["content"]) <= MAX_CONTENT for p in parts)
    assert all(p["allowed_mentions"] is NO_PINGS for p in parts)
    assert [("view" in p) for p in parts] == [False, False, True]
    unescaped = "".join(discord.utils.remove_markdown(p["content"]) for p in parts)
    assert unescaped.replace("\\", "") == discord.utils.remove_markdown(text).replace("\\", "")


@given(st.text(alphabet="*_~`|>#-\\@everyone こんにちは。\n", max_size=6000))
def test_chunks_always_fit_once_escaped(text: str) -> None:
    assert all(len(chunk.encode("utf-16-le")) // 2 <= MAX_CONTENT for chunk in content_chunks(text))


def test_everyone_in_user_text_does_not_ping() -> None:
    text = "転送された文: @everyone @here <@1100000000000000103> <@&1186000000000000050> 拡散希望"
    (part,) = send_parts(Message(chat=ChatRef("discord", "1"), text=text))
    assert "@everyone" not in part["content"] and "@here" not in part["content"]
    assert "@\u200beveryone" in part["content"]
    assert part["allowed_mentions"].to_dict() == {"parse": []}


def test_markdown_in_neutral_text_is_shown_as_typed() -> None:
    assert escape("**本当？** _急いで_\n# 見出し") == "\\*\\*本当？\\*\\* \\_急いで\\_\n\\# 見出し"


def test_a_document_is_a_file_attachment_with_its_caption() -> None:
    doc = Document(chat=ChatRef("discord", "1"), filename="../report.csv", data=b"q,ok\n", caption="レポート")
    (part,) = send_parts(doc)
    assert part["file"].filename == "report.csv" and part["file"].fp.read() == b"q,ok\n"
    assert part["content"] == "レポート"


def test_a_quiz_poll_is_its_text_with_answer_buttons() -> None:
    poll = QuizPoll(
        chat=ChatRef("discord", "1"),
        ref="q1",
        question="Q",
        options=("A", "B"),
        correct=0,
        explanation="",
        open_seconds=20,
        text="問題 1: どれがあやしい？",
        buttons=((Button("A", "cq:q1:0"), Button("B", "cq:q1:1")),),
    )
    (part,) = send_parts(poll)
    view = part["view"]
    assert view.timeout is None and [c.custom_id for c in view.children] == ["cq:q1:0", "cq:q1:1"]


def test_button_rows_wrap_at_five_and_pack_when_there_are_too_many_rows() -> None:
    row = tuple(Button(str(i), f"a:{i}") for i in range(7))
    assert [len(r) for r in button_rows((row,))] == [5, 2]
    six_rows = tuple((Button(str(i), f"a:{i}"),) for i in range(6))
    packed = button_rows(six_rows)
    assert [len(r) for r in packed] == [5, 1] and [b.payload for r in packed for b in r] == [
        f"a:{i}" for i in range(6)
    ]
    with pytest.raises(ValueError):
        button_rows(tuple((Button("x", f"a:{i}"),) for i in range(26)))
    view = build_view(((Button("x" * 120, "a:1"),),))
    assert view is not None and len(view.children[0].item.label) == 80  # type: ignore[attr-defined]


@given(
    st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
    st.lists(st.from_regex(r"[A-Za-z0-9_.\-]{0,8}", fullmatch=True), max_size=4),
)
def test_every_core_payload_is_a_persistent_custom_id(action: str, args: list[str]) -> None:
    try:
        encoded = payloads.encode(action, *args)
    except payloads.PayloadError:
        return
    assert PAYLOAD_TEMPLATE.fullmatch(encoded) and len(encoded) <= 100


def test_a_closed_question_keeps_its_buttons_disabled(client: discord.Client) -> None:
    data = payload("button")["message"]
    message = discord.Message(state=client._connection, channel=None, data=data)  # type: ignore[arg-type]
    view = disabled_view(message)
    (row,) = view.to_components()
    assert [(c["custom_id"], c["disabled"]) for c in row["components"]] == [
        ("demo:a", True),
        ("demo:b", True),
    ]
