"""Documentation that tests check: every command and chat command is in the README."""

from pathlib import Path

from bot.app import build_dispatcher
from bot.cli import build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def subcommands(parser, prefix=("matte",)):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                path = (*prefix, name)
                yield " ".join(path)
                yield from subcommands(sub, path)


def test_every_cli_command_is_documented() -> None:
    missing = [c for c in subcommands(build_parser()) if f"`{c}" not in README]
    assert missing == []


def test_every_chat_command_is_documented() -> None:
    missing = [c for c in build_dispatcher().listed_commands() if f"/{c}" not in README]
    assert missing == []


def test_quick_start_shows_the_two_commands_first() -> None:
    quick = README[README.index("## Quick start") :]
    block = quick[quick.index("```") : quick.index("```", quick.index("```") + 3)]
    assert [line.split()[0:2] for line in block.splitlines()[1:3]] == [["make", "run"], ["make", "test"]]


def test_every_setting_is_documented() -> None:
    from bot.config import SOURCES

    missing = [var for var, _key in SOURCES.values() if f"`{var}`" not in README]
    assert missing == []
