"""`python -m bot` is the same as the `matte` command."""

from bot.cli import entry

entry()
