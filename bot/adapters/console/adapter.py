"""A terminal chat running the very same core: no account, no network.

Buttons are shown as numbered choices and typing the number presses the button. `/forward TEXT`
(or `/forward` and the text on the next line) simulates a forwarded message, `/image PATH` a
forwarded picture (a screenshot or photo file). When stdin is not a
terminal it reads one message per line, prints the replies and ends with the input, so sessions
can be scripted: `printf '/start\\n/help\\n' | make run`.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.core.command_text import parse_command
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

if TYPE_CHECKING:
    from bot.core.adapter import Host

PLATFORM = "console"
FORWARD = "/forward"
IMAGE = "/image"
FILES_DIR = Path("matte-files")


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
        while True:
            line = await self._read("> ")
            if line is None:
                return
            event = await self.to_event(line)
            if event is not None:
                await host.process(event, wait=True)

    async def to_event(self, line: str) -> Incoming | None:
        """Turn one typed line into an event (reading a second line for a bare /forward)."""
        text = line.rstrip("\r\n")
        if text.strip().isdigit() and self.shown_buttons:
            index = int(text.strip()) - 1
            if 0 <= index < len(self.shown_buttons):
                return ButtonPress(source=self.source, payload=self.shown_buttons[index].payload)
        parsed = parse_command(text.strip())
        if parsed and parsed[0] == FORWARD[1:]:
            body = parsed[1] or await self._read_forward_body()
            return ForwardedMessage(source=self.source, text=body) if body else None
        if parsed and parsed[0] == IMAGE[1:] and parsed[1].strip():
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

    def _print(self, text: str, buttons: tuple[tuple[Button, ...], ...]) -> None:
        self.shown_buttons = [button for row in buttons for button in row]
        lines = [text]
        lines += [f"  [{i}] {b.label}" for i, b in enumerate(self.shown_buttons, start=1)]
        self.stdout.write("\n".join(lines) + "\n\n")
        self.stdout.flush()

    async def _image(self, path: Path) -> ImageMessage | None:
        """A picture file as a forwarded picture; a file that cannot be opened is said here, once."""
        try:
            data = await asyncio.to_thread(_read_at_most, path, MAX_IMAGE_BYTES + 1)
        except OSError as error:
            self._print(f"ファイルを開けません / cannot open {path}: {error.strerror or error}", ())
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
            lines.append(line.rstrip("\r\n"))
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
