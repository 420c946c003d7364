"""Buttons that survive restarts: one dynamic item matches every core payload.

The custom_id of each button is the core's payload itself (at most 64 ASCII bytes, within Discord's
100). The client registers `PayloadButton` at start-up, so a press on a message sent by an earlier
process is still routed to the core, which answers it or says the button has expired.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

import discord

from bot.adapters.discord.limits import MAX_LABEL, MAX_PER_ROW, MAX_ROWS
from bot.core.events import Button

PAYLOAD_TEMPLATE = re.compile(r"[a-z][a-z0-9_]{0,15}(?::[A-Za-z0-9_.\-]*)*")


@runtime_checkable
class Receiver(Protocol):
    """What the command tree and the buttons hand their interactions to (the Matte client)."""

    async def on_slash_command(self, interaction: discord.Interaction) -> None: ...

    async def on_check_message(self, interaction: discord.Interaction, message: discord.Message) -> None: ...

    async def on_payload_button(self, interaction: discord.Interaction) -> None: ...


class PayloadButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=PAYLOAD_TEMPLATE):
    """Any button carrying a core payload."""

    def __init__(self, label: str, payload: str, *, row: int | None = None, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=_fit_label(label),
                custom_id=payload,
                style=discord.ButtonStyle.primary,
                disabled=disabled,
            ),
            row=row,
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> PayloadButton:
        return cls(getattr(item, "label", None) or "", match.group(0))

    async def callback(self, interaction: discord.Interaction) -> None:
        if isinstance(interaction.client, Receiver):
            await interaction.client.on_payload_button(interaction)


def _fit_label(label: str) -> str:
    label = label.strip() or "…"
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def button_rows(buttons: tuple[tuple[Button, ...], ...]) -> list[tuple[Button, ...]]:
    """The core's rows, long ones wrapped at five; beyond five rows the buttons are packed in order.

    Discord allows five rows of five; more than 25 buttons cannot be shown on one message.
    """
    rows = [row[i : i + MAX_PER_ROW] for row in buttons for i in range(0, len(row), MAX_PER_ROW)]
    if len(rows) > MAX_ROWS:
        flat = [button for row in rows for button in row]
        rows = [tuple(flat[i : i + MAX_PER_ROW]) for i in range(0, len(flat), MAX_PER_ROW)]
    if len(rows) > MAX_ROWS:
        raise ValueError(f"{sum(map(len, rows))} buttons do not fit one Discord message")
    return rows


def build_view(buttons: tuple[tuple[Button, ...], ...]) -> discord.ui.View | None:
    """A persistent view (no timeout) of payload buttons, or None when there are none."""
    rows = button_rows(buttons)
    if not rows:
        return None
    view = discord.ui.View(timeout=None)
    for index, row in enumerate(rows):
        for button in row:
            view.add_item(PayloadButton(button.label, button.payload, row=index))
    return _unstored(view)


def _unstored(view: discord.ui.View) -> discord.ui.View:
    """Mark the view finished so discord.py keeps no per-message copy (nor a 15-minute timer for
    ephemeral ones): `PayloadButton`, registered once at start-up, handles every press anyway."""
    view.stop()
    return view


def disabled_view(message: discord.Message) -> discord.ui.View:
    """The message's payload buttons, all disabled: how a closed class-quiz question looks."""
    view = discord.ui.View(timeout=None)
    for index, action_row in enumerate(message.components):
        for child in getattr(action_row, "children", ()):
            custom_id = getattr(child, "custom_id", None)
            if isinstance(child, discord.Button) and custom_id and PAYLOAD_TEMPLATE.fullmatch(custom_id):
                view.add_item(PayloadButton(child.label or "", custom_id, row=index, disabled=True))
    return _unstored(view)
