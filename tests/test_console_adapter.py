import io

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
    assert isinstance(await console.to_event("3"), TextMessage)


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
    assert "cannot open" in out.getvalue()


async def test_scripted_image_session_gets_the_check(tmp_path) -> None:
    from pathlib import Path

    pictures = Path(__file__).parent / "images"
    out = io.StringIO()
    store = Store(tmp_path / "m.db")
    app = App(Settings(db_path=str(tmp_path / "m.db")), store)
    lines = f"/image {pictures / 'qr_flyer.png'}\n/image {pictures / 'renamed_pdf.png'}\n"
    app.add_adapter(ConsoleAdapter(stdin=io.StringIO(lines), stdout=out))
    await app.run()
    store.close()
    text = out.getvalue()
    assert "画像から読み取った文字" in text and "QRコードの行き先 kyufu-shinsei[.]top" in text
    assert "画像ではないようです" in text
