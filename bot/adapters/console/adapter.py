"""A terminal chat running the very same core: no account, no network.

Buttons are shown as numbered choices, each message's from 1, and typing a number presses that
button of the latest message with buttons (a number that is not one of them asks again and keeps
the question); the prompt says which numbers count. `/forward TEXT` (or `/forward` and the text
on the next line) simulates a forwarded message, `/image PATH` a
forwarded picture (a screenshot or photo file). Plain words run commands too (`クイズ`, `help`).
In a terminal a pasted message is one message however many lines it has: the terminal marks pastes
(bracketed paste) and lines that arrive together are joined. When stdin is not a terminal it reads
one message per line, prints the replies and ends with the input, so sessions can be scripted:
`printf '/start\\n/help\\n' | make run`.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import select
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.core.command_text import parse_command, plain_command
from bot.core.events import (
    MAX_IMAGE_BYTES,
    Button,
    ButtonPress,
    ChatKind,
    ClosePoll,
    Command,
    Document,
    ForwardedMessage,
    ImageMessage,
    Incoming,
    Message,
    Outgoing,
    QuizPoll,
    Sent,
    Source,
    TextMessage,
)
from bot.text_safety import one_line, visible

if TYPE_CHECKING:
    from bot.core.adapter import Host

PLATFORM = "console"
FORWARD = "/forward"
IMAGE = "/image"
NO_IMAGE_PATH = "/image のあとに、画像ファイルの場所を書いてください / Type the picture's path after /image"
FILES_DIR = Path("matte-files")
PASTE_ON, PASTE_OFF = "\x1b[?2004h", "\x1b[?2004l"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"
TOGETHER_SECONDS = 0.05
"""Lines closer together than this were pasted, not typed (nobody types a line in 50 ms)."""
GREETING = (
    "Matte（待って）へようこそ。気になるメッセージを貼り付けると、確かめるポイントをお伝えします。\n"
    "「クイズ」で練習問題、「つかいかた」で使い方。終わるときは Ctrl+D です。\n"
    "Welcome to Matte. Paste a message you are unsure about; type quiz for a quiz, help for help, "
    "Ctrl+D to quit.\n\n"
)


class ConsoleAdapter:
    platform = PLATFORM
    bulk_per_second = None

    def __init__(
        self,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        user_id: str = "local",
        language_code: str | None = None,
    ) -> None:
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.interactive = self.stdin.isatty()
        self.source = Source(
            platform=PLATFORM,
            chat_id=user_id,
            user_id=user_id,
            chat_kind=ChatKind.PRIVATE,
            language_code=language_code,
        )
        self.shown_buttons: list[Button] = []

    async def run(self, host: Host) -> None:
        if self.interactive:
            self.stdout.write(GREETING + PASTE_ON)
            self.stdout.flush()
        try:
            while True:
                text = await self._read_message()
                if text is None:
                    return
                event = await self.to_event(text)
                if event is not None:
                    await host.process(event, wait=True)
        finally:
            if self.interactive:
                self.stdout.write(PASTE_OFF)
                self.stdout.flush()

    async def _read_message(self) -> str | None:
        """One message: a typed line, or every line of a paste joined."""
        line = await self._read(self._prompt())
        if line is None:
            return None
        lines = [line]
        if PASTE_START in line:
            while PASTE_END not in lines[-1] and (more := await self._read("")) is not None:
                lines.append(more)
        elif self.interactive:
            while self._more_waiting() and (more := await self._read("")) is not None:
                lines.append(more)
        text = "".join(lines).replace(PASTE_START, "").replace(PASTE_END, "")
        return text.rstrip("\r\n")

    def _more_waiting(self) -> bool:
        with contextlib.suppress(io.UnsupportedOperation, OSError, ValueError):
            return bool(select.select([self.stdin], [], [], TOGETHER_SECONDS)[0])
        return False

    async def to_event(self, line: str) -> Incoming | None:
        """Turn one typed line into an event (reading a second line for a bare /forward)."""
        text = line.rstrip("\r\n")
        if text.strip().isdigit() and self.shown_buttons:
            index = int(text.strip()) - 1
            if 0 <= index < len(self.shown_buttons):
                return ButtonPress(source=self.source, payload=self.shown_buttons[index].payload)
            self._ask_again()
            return None
        if (name := plain_command(text)) is not None:
            return Command(source=self.source, name=name, args="")
        parsed = parse_command(text.strip())
        if parsed and parsed[0] == FORWARD[1:]:
            body = parsed[1] or await self._read_forward_body()
            return ForwardedMessage(source=self.source, text=body) if body else None
        if parsed and parsed[0] == IMAGE[1:]:
            if not parsed[1].strip():
                self._print(NO_IMAGE_PATH, ())
                return None
            return await self._image(Path(parsed[1].strip()).expanduser())
        if parsed:
            return Command(source=self.source, name=parsed[0], args=parsed[1])
        return TextMessage(source=self.source, text=text)

    async def send(self, out: Outgoing, via: object | None = None) -> Sent | None:
        match out:
            case Message() | QuizPoll():
                self._print(out.text, out.buttons)
            case Document():
                FILES_DIR.mkdir(exist_ok=True)
                path = FILES_DIR / Path(out.filename).name
                path.write_bytes(out.data)
                self._print(f"{out.caption}\n[{path}]".strip(), ())
            case ClosePoll():
                self.shown_buttons = []
        return None

    def _prompt(self) -> str:
        """`> `, or, while choices are shown, which numbers choose one (Japanese first, like the replies)."""
        count = len(self.shown_buttons)
        return f"番号（1〜{count}）か文章を入力 / number or text > " if count else "> "

    def _ask_again(self) -> None:
        """A number that is not a choice: say which numbers are, and keep the same choices."""
        count = len(self.shown_buttons)
        choices = [f"  [{i}] {b.label}" for i, b in enumerate(self.shown_buttons, start=1)]
        note = f"1〜{count} の番号を入力してください / Type a number from 1 to {count}"
        self.stdout.write("\n".join([note, *choices]) + "\n\n")
        self.stdout.flush()

    def _print(self, text: str, buttons: tuple[tuple[Button, ...], ...]) -> None:
        """Replies carry people's and shared decks' text: no control sequence reaches the terminal."""
        self.shown_buttons = [button for row in buttons for button in row]
        lines = [visible(text)]
        lines += [f"  [{i}] {one_line(b.label)}" for i, b in enumerate(self.shown_buttons, start=1)]
        self.stdout.write("\n".join(lines) + "\n\n")
        self.stdout.flush()

    async def _image(self, path: Path) -> ImageMessage | None:
        """A picture file as a forwarded picture; a file that cannot be opened is said here, once."""
        try:
            data = await asyncio.to_thread(_read_at_most, path, MAX_IMAGE_BYTES + 1)
        except OSError as error:
            reason = error.strerror or str(error)
            self._print(
                f"ファイルを開けません。場所と名前を確かめてください: {path} / cannot open {path}: {reason}",
                (),
            )
            return None
        if len(data) > MAX_IMAGE_BYTES:
            return ImageMessage(source=self.source, ref=str(path), fetch_problem="too_large")
        return ImageMessage(source=self.source, ref=str(path), size=len(data), image=data)

    async def _read_forward_body(self) -> str:
        if not self.interactive:
            return (await self._read("") or "").rstrip("\r\n")
        self.stdout.write(
            "(転送するメッセージを貼り付けて、空の行で終えてください / paste, then an empty line)\n"
        )
        lines: list[str] = []
        while (line := await self._read("| ")) not in (None, "", "\n"):
            lines.append(line.rstrip("\r\n").replace(PASTE_START, "").replace(PASTE_END, ""))
        return "\n".join(lines)

    async def _read(self, prompt: str) -> str | None:
        """One line, or None at end of input. Reads in a thread so the loop keeps serving."""
        if self.interactive and prompt:
            self.stdout.write(prompt)
            self.stdout.flush()
        line = await asyncio.to_thread(self.stdin.readline)
        return line if line else None


def _read_at_most(path: Path, limit: int) -> bytes:
    """The file's first `limit` bytes: enough to tell a too-large file without reading all of it."""
    with path.open("rb") as file:
        return file.read(limit)
