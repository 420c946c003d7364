"""Subcommands of `matte`, one module each."""
