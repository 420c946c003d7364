"""The check result as a card (title, note, a section per sign, story and link, closing line).

Platforms that show cards (LINE's Flex bubble) read better this way: each sign stands on its own
with its quote and advice, and each link's true destination is a heading of its own. The words come
from the same templates as the text reply (the sign labels, check_links), so the two never
disagree; each part's first line is its heading, the rest its body.
"""

from __future__ import annotations

from typing import Any

from bot.core.context import Context
from bot.core.events import Card, CardSection


def check_card(
    ctx: Context,
    cues: list[dict[str, Any]],
    matches: list[dict[str, Any]],
    links: list[dict[str, Any]],
    *,
    safety: bool = False,
    **closing: Any,
) -> Card:
    """`closing` takes the text reply's origin, origin_name, truncated and max_chars; `safety` puts the
    safety-first section (a message about a disaster) above the signs, as in the text reply."""
    title = section(ctx.t("check_card_title", cues=cues))
    sections = (
        *((section(ctx.t("check_safety")),) if safety else ()),
        *(section(ctx.t("check_card_sign", cue=cue)) for cue in cues),
        *(section(ctx.t("check_card_match", m=m)) for m in matches),
        *(section(ctx.t("check_links", links=[link])) for link in links),
    )
    return Card(title.heading, title.body, sections, ctx.t("check_card_closing", **closing))


def section(rendered: str) -> CardSection:
    """First line the heading; the other non-blank lines, without their indentation, the body."""
    lines = [line.strip() for line in rendered.strip().splitlines()]
    return CardSection(lines[0] if lines else "", "\n".join(line for line in lines[1:] if line))
