import asyncio
import io
import os

import pytest

from bot.adapters.console.adapter import ConsoleAdapter
from bot.app import App
from bot.config import Settings
from bot.core.command_text import parse_command
from bot.core.events import Button, ButtonPress, ChatRef, Command, ForwardedMessage, Message, TextMessage
from bot.storage.database import Store


def test_parse_command() -> None:
    assert parse_command("/lang en") == ("lang", "en")
    assert parse_command("/start@MatteBot") == ("start", "")
    assert parse_command("/ nope") is None
    assert parse_command("plain") is None


async def test_lines_become_events() -> None:
    console = ConsoleAdapter(stdin=io.StringIO("【拡散希望】本文\n"), stdout=io.StringIO())
    assert isinstance(await console.to_event("/help"), Command)
    assert isinstance(await console.to_event("hello"), TextMessage)
    forwarded = await console.to_event("/forward")
    assert isinstance(forwarded, ForwardedMessage) and forwarded.text == "【拡散希望】本文"
    inline = await console.to_event("/forward 回してください")
    assert isinstance(inline, ForwardedMessage) and inline.text == "回してください"


async def test_numbers_press_the_shown_buttons() -> None:
    out = io.StringIO()
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=out)
    await console.send(
        Message(
            chat=ChatRef("console", "local"),
            text="Q?",
            buttons=((Button("はい", "a:1"), Button("いいえ", "a:2")),),
        )
    )
    assert "[1] はい" in out.getvalue() and "[2] いいえ" in out.getvalue()
    press = await console.to_event("2")
    assert isinstance(press, ButtonPress) and press.payload == "a:2"
    assert await console.to_event("3") is None  # not a choice: asked again, choices kept
    assert "1〜2 の番号を入力してください" in out.getvalue()
    assert (await console.to_event("1")).payload == "a:1"


async def test_scripted_session(tmp_path) -> None:
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store)
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO("/start\n/help\n\n/lang en\n/start\n"), stdout=out))
    await app.run()
    store.close()
    text = out.getvalue()
    assert text.index("こんにちは") < text.index("使えるコマンド") < text.index("Hello")


async def test_documents_are_saved_and_polls_shown_as_choices(tmp_path, monkeypatch) -> None:
    from bot.core.events import Document, QuizPoll

    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=out)
    chat = ChatRef("console", "local")
    await console.send(Document(chat=chat, filename="../report.csv", data=b"a,b\n", caption="レポート"))
    assert (tmp_path / "matte-files" / "report.csv").read_bytes() == b"a,b\n"
    await console.send(
        QuizPoll(
            chat=chat,
            ref="r",
            question="Q",
            options=("x", "y"),
            correct=0,
            explanation="",
            open_seconds=5,
            text="問題 1",
            buttons=((Button("x", "cq:r:0"), Button("y", "cq:r:1")),),
        )
    )
    assert "問題 1" in out.getvalue() and "[2] y" in out.getvalue()


@pytest.mark.shipped_model
async def test_a_forwarded_scam_is_checked_with_the_shipped_model(tmp_path, services) -> None:
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db"), hash_key="k"), store, services)
    scam = (
        "お客様のアカウントに不正ログインがありました。"
        "本日中に下記より本人確認を行わないと利用を停止します http://secure-login-check.xyz/"
    )
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO(f"/forward {scam}\n"), stdout=out))
    await app.run()
    store.close()
    assert "気をつけたいサイン" in out.getvalue() and "secure-login-check[.]xyz" in out.getvalue()


def test_japanese_and_plain_word_commands() -> None:
    assert parse_command("/クイズ") == ("quiz", "")
    assert parse_command("/ｸｲｽﾞ 3") == ("quiz", "3")
    assert parse_command("/つかいかた") == ("help", "")


@pytest.mark.parametrize(
    ("typed", "name"), [("クイズ", "quiz"), ("quiz", "quiz"), ("Help", "help"), ("つかいかた", "help")]
)
async def test_plain_words_run_commands(typed, name) -> None:
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=io.StringIO())
    event = await console.to_event(typed)
    assert isinstance(event, Command) and event.name == name
    assert isinstance(await console.to_event("forget"), TextMessage)  # never a plain word


CHAIN = [
    "【拡散希望】明日から全国の銀行ATMが3日間止まるそうです！",
    "友だちの銀行員のお父さんから聞きました。",
    "今日中にお金をおろしておいてください。",
    "できるだけ多くの人に回してください！",
]


def check_count(db_path) -> int:
    store = Store(db_path)
    try:
        return store.db.execute("SELECT count(*) FROM check_records").fetchone()[0]
    finally:
        store.close()


async def run_console(tmp_path, typed: str, services) -> str:
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store, services)
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO(typed), stdout=out))
    await app.run()
    store.close()
    return out.getvalue()


async def test_a_pasted_four_line_chain_message_is_one_check(tmp_path, services) -> None:
    pasted = "\x1b[200~" + "\n".join(CHAIN) + "\x1b[201~\n"
    await run_console(tmp_path, pasted, services)
    assert check_count(tmp_path / "m.db") == 1


async def test_a_wrong_answer_number_asks_again_and_keeps_the_question(tmp_path, services) -> None:
    text = await run_console(tmp_path, "/quiz\n9\n1\n", services)
    asked_again = text.index("の番号を入力してください")
    assert "[1] 次の問題" in text[asked_again:]  # then "1" still answered the same question
    assert "確かめたいときは" not in text


async def test_thanks_is_answered_as_thanks(tmp_path, services) -> None:
    assert "どういたしまして" in await run_console(tmp_path, "ありがとう！\n", services)


def test_a_terminal_gets_a_greeting_and_lines_pasted_together_become_one_message(tmp_path, services) -> None:
    """A real pseudo-terminal: the four lines arrive together, as when pasted without bracketing."""

    async def session() -> tuple[str, int]:
        main, secondary = os.openpty()
        stdin = open(secondary, encoding="utf-8", closefd=True)  # noqa: SIM115
        os.write(main, ("\n".join(CHAIN) + "\n").encode("utf-8"))
        out = io.StringIO()
        store = Store(tmp_path / "m.db")
        app = App(Settings(db_path=str(tmp_path / "m.db")), store, services)
        app.add_adapter(ConsoleAdapter(stdin=stdin, stdout=out))
        task = asyncio.create_task(app.run())
        for _ in range(200):
            await asyncio.sleep(0.02)
            if "確かめ" in out.getvalue().split(">", 1)[-1]:
                break
        os.write(main, b"\x04")
        await asyncio.wait_for(task, 10)
        store.close()
        stdin.close()
        os.close(main)
        return out.getvalue(), check_count(tmp_path / "m.db")

    text, checks = asyncio.run(session())
    assert text.startswith("Matte（待って）へようこそ") and "\x1b[?2004h" in text
    assert checks == 1


async def test_image_lines_read_the_file_and_refuse_what_cannot_be_read(tmp_path) -> None:
    from bot.core.events import MAX_IMAGE_BYTES, ImageMessage

    out = io.StringIO()
    console = ConsoleAdapter(stdin=io.StringIO(""), stdout=out)
    picture = tmp_path / "screen shot.png"
    picture.write_bytes(b"\x89PNG fake")
    event = await console.to_event(f"/image {picture}")
    assert isinstance(event, ImageMessage) and event.image == b"\x89PNG fake" and not event.fetch_problem
    huge = tmp_path / "huge.png"
    with huge.open("wb") as file:
        file.truncate(MAX_IMAGE_BYTES + 10)
    big = await console.to_event(f"/image {huge}")
    assert isinstance(big, ImageMessage) and big.fetch_problem == "too_large" and big.image == b""
    assert await console.to_event(f"/image {tmp_path / 'missing.png'}") is None
    assert "ファイルを開けません" in out.getvalue() and "cannot open" in out.getvalue()
    assert await console.to_event("/image") is None, "no path: a hint, not an unknown command"
    assert "画像ファイルの場所" in out.getvalue()


async def test_scripted_image_session_gets_the_check(tmp_path, services) -> None:
    from pathlib import Path

    pictures = Path(__file__).parent / "images"
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store, services)
    lines = f"/image {pictures / 'qr_flyer.png'}\n/image {pictures / 'renamed_pdf.png'}\n"
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO(lines), stdout=out))
    await app.run()
    store.close()
    text = out.getvalue()
    assert "画像から読み取った文字" in text and "QRコードの行き先 kyufu-shinsei[.]top" in text
    assert "画像ではないようです" in text


class TerminalInput(io.StringIO):
    """Typed lines as from a terminal, so the console prompts as it does for a person."""

    def isatty(self) -> bool:
        return True


async def test_the_prompt_says_which_numbers_choose_in_japanese_first(tmp_path, services) -> None:
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store, services)
    app.add_adapter(ConsoleAdapter(stdin=TerminalInput("/help\n/quiz\n"), stdout=out))
    await app.run()
    store.close()
    text = out.getvalue()
    numbered = "番号（1〜3）か文章を入力 / number or text > "
    assert text.count("> ") - text.count(numbered) == 2  # nothing to choose yet, and /help has no choices
    assert text.index(numbered) > text.index("問題 1")


async def test_typed_numbers_keep_their_meaning_through_the_check_questions(tmp_path, services) -> None:
    scam = "【拡散希望】医師の友人によると、今すぐみんなに回して！ https://corona-info.top/x"
    typed = f"/forward {scam}\n1\n5\n1\n2\n"
    text = await run_console(tmp_path, typed, services)
    headings = [line for line in text.splitlines() if line.startswith("【")]
    assert headings[-4:] == [
        "【だれが発信した？】",
        "【確かめ先と、次にできること】",
        "【だれが発信した？】",
        "【出典はある？】",
    ]
