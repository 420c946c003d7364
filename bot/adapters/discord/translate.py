"""Pure translation between discord.py objects and Matte's core events.

Nothing here talks to Discord: the runner feeds these functions what discord.py built from the
gateway's payloads, and the tests feed them objects built from recorded payloads. Outgoing text is
escaped for Discord markdown and mentions here, once, and every message is sent with
`AllowedMentions.none()`, so an `@everyone` quoted from a forwarded rumour never pings anyone.

A DM or mention carrying an image attachment (and "Check this message" on a message with one) becomes
an `ImageMessage` naming the attachment's CDN URL; the runner downloads it before the core sees it.

The translations assume Discord's documented payload shape, which discord.py does not check: a
payload that breaks it (a field of another JSON type, a required field missing) may raise
AttributeError, TypeError, ValueError or LookupError, which discord.py logs (`Client.on_error`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import discord

from bot.adapters.discord.limits import MAX_CONTENT
from bot.adapters.discord.views import build_view
from bot.core.command_text import parse_command
from bot.core.events import (
    MAX_IMAGE_BYTES,
    ButtonPress,
    ChatKind,
    ChatRef,
    Command,
    Document,
    ForwardedMessage,
    ImageMessage,
    Incoming,
    Message,
    Origin,
    OriginKind,
    QuizPoll,
    Source,
    TextMessage,
)
from bot.core.splitting import split_text

PLATFORM = "discord"
INSTRUCTOR_ROLES = frozenset({"matte instructor", "matte講師"})
NO_PINGS = discord.AllowedMentions.none()
_TEXT_TYPES = (discord.MessageType.default, discord.MessageType.reply)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")


def is_instructor(permissions: discord.Permissions, role_names: Iterable[str]) -> bool:
    """Manage Server (or Administrator), or a role the server named "Matte Instructor"/"Matte講師"."""
    if permissions.manage_guild or permissions.administrator:
        return True
    return any(name.strip().casefold() in INSTRUCTOR_ROLES for name in role_names)


def _role_names(user: discord.abc.User) -> list[str]:
    return [role.name for role in user.roles] if isinstance(user, discord.Member) else []


PUBLIC_IN_GUILDS = frozenset({"quiz"})
"""Commands whose answers the whole channel sees (class quizzes); the others answer privately."""


def source_from_interaction(interaction: discord.Interaction, *, private: bool = False) -> Source:
    """Who and where: the channel is the chat; guild channels and group DMs are groups.

    `private`: the answer is for the user alone (shown ephemerally in a guild channel).

    discord.py gives no channel when it does not know the channel's type (Discord adds new ones);
    the chat is then the user's DM (`ChatRef.direct`) rather than a chat named "None" shared by all.
    """
    user = interaction.user
    channel_type = getattr(interaction.channel, "type", None)
    in_guild = interaction.guild_id is not None
    group = in_guild or channel_type is discord.ChannelType.group
    channel_id = interaction.channel_id
    return Source(
        platform=PLATFORM,
        chat_id=str(channel_id) if channel_id is not None else ChatRef.direct(PLATFORM, str(user.id)).chat_id,
        user_id=str(user.id),
        chat_kind=ChatKind.GROUP if group else ChatKind.PRIVATE,
        display_name=user.display_name,
        language_code=interaction.locale.value,
        is_admin=in_guild and is_instructor(interaction.permissions, _role_names(user)),
        private_reply=in_guild and private,
    )


def source_from_message(message: discord.Message) -> Source:
    """A DM is private; anything else (a guild channel, even one not cached) is a group."""
    author = message.author
    in_dm = isinstance(message.channel, discord.DMChannel)
    channel = message.channel
    admin = False
    if isinstance(author, discord.Member) and isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        admin = is_instructor(channel.permissions_for(author), _role_names(author))
    return Source(
        platform=PLATFORM,
        chat_id=str(message.channel.id),
        user_id=str(author.id),
        chat_kind=ChatKind.PRIVATE if in_dm else ChatKind.GROUP,
        display_name=author.display_name,
        is_admin=admin,
    )


def command_event(interaction: discord.Interaction) -> Command:
    """A slash command: Discord sends the default (English) name whatever the user's language."""
    data: dict[str, Any] = dict(interaction.data or {})
    values = [str(option["value"]) for option in data.get("options", []) if "value" in option]
    name = str(data["name"])
    return Command(
        source=source_from_interaction(interaction, private=name not in PUBLIC_IN_GUILDS),
        update_id=str(interaction.id),
        name=name,
        args=" ".join(values).strip(),
    )


def button_event(interaction: discord.Interaction) -> ButtonPress:
    """A press on any button the core made: its custom_id is the core payload."""
    data: dict[str, Any] = dict(interaction.data or {})
    message = interaction.message
    private = message is not None and message.flags.ephemeral
    return ButtonPress(
        source=source_from_interaction(interaction, private=private),
        update_id=str(interaction.id),
        payload=str(data["custom_id"]),
        message_id=str(message.id) if message is not None else None,
    )


def check_event(
    interaction: discord.Interaction, message: discord.Message
) -> ForwardedMessage | ImageMessage:
    """The context menu "Check this message" is Discord's forward; the author is the origin.

    On a message with a picture, the picture is read and checked together with the message's text.
    """
    picture = image_attachment(message)
    if picture is not None:
        source = source_from_interaction(interaction, private=True)
        return image_event(source, str(interaction.id), picture, message_text(message), origin_of(message))
    return ForwardedMessage(
        source=source_from_interaction(interaction, private=True),
        update_id=str(interaction.id),
        text=message_text(message),
        origin=origin_of(message),
    )


def message_text(message: discord.Message) -> str:
    """The readable text of a message: its content, forwarded snapshots and embed texts."""
    parts = [message.content]
    parts += [snapshot.content for snapshot in message.message_snapshots]
    for embed in message.embeds:
        parts += [embed.title or "", embed.description or ""]
    return "\n".join(part for part in parts if part and part.strip())


def origin_of(message: discord.Message) -> Origin:
    """Webhook posts come from channels and integrations; a Discord forward hides its author."""
    if not message.content and message.message_snapshots:
        return Origin(OriginKind.UNKNOWN)
    if message.webhook_id is not None:
        return Origin(OriginKind.CHANNEL, message.author.display_name)
    return Origin(OriginKind.USER, message.author.display_name)


def message_event(message: discord.Message, me: discord.abc.Snowflake | None) -> Incoming | None:
    """A DM, or a guild message that mentions the bot; anything else is not for Matte.

    Without the privileged message-content intent Discord sends the text of exactly these.
    """
    if message.author.bot or message.type not in _TEXT_TYPES:
        return None
    mentioned = me is not None and any(user.id == me.id for user in message.mentions)
    if not mentioned and not isinstance(message.channel, discord.DMChannel):
        return None
    source = source_from_message(message)
    update_id = str(message.id)
    picture = image_attachment(message)
    if picture is not None:
        caption = _without_mention(message_text(message), me).strip()
        return image_event(source, update_id, picture, caption, origin_of(message))
    if message.message_snapshots:
        return ForwardedMessage(
            source=source, update_id=update_id, text=message_text(message), origin=origin_of(message)
        )
    text = _without_mention(message.content, me).strip()
    parsed = parse_command(text)
    if parsed is None:
        return TextMessage(source=source, update_id=update_id, text=text)
    referenced = message.reference.resolved if message.reference is not None else None
    reply_to = referenced.content if isinstance(referenced, discord.Message) and referenced.content else None
    return Command(source=source, update_id=update_id, name=parsed[0], args=parsed[1], reply_to_text=reply_to)


def image_attachment(message: discord.Message) -> discord.Attachment | None:
    """The first picture attached to a message (or to the message it forwards), if any.

    Discord gives `content_type` for most uploads; the file name decides when it does not.
    """
    attachments = [*message.attachments]
    for snapshot in message.message_snapshots:
        attachments += snapshot.attachments
    for attachment in attachments:
        kind = attachment.content_type or ""
        if kind.startswith("image/") or (not kind and attachment.filename.lower().endswith(_IMAGE_SUFFIXES)):
            return attachment
    return None


def image_event(
    source: Source, update_id: str, attachment: discord.Attachment, caption: str, origin: Origin
) -> ImageMessage:
    """A picture to download from its URL (marked too large when Discord says it is)."""
    too_large = attachment.size > MAX_IMAGE_BYTES
    return ImageMessage(
        source=source,
        update_id=update_id,
        ref=attachment.url,
        size=attachment.size,
        fetch_problem="too_large" if too_large else "",
        caption=caption,
        origin=origin,
    )


def _without_mention(content: str, me: discord.abc.Snowflake | None) -> str:
    return content if me is None else re.sub(rf"<@!?{me.id}>", "", content)


def escape(text: str) -> str:
    """Neutral text -> Discord markdown that shows exactly that text and pings nobody."""
    return discord.utils.escape_markdown(discord.utils.escape_mentions(text))


def escaped_length(text: str) -> int:
    """Length once escaped, in UTF-16 units (never less than Discord's count of characters)."""
    return len(escape(text).encode("utf-16-le")) // 2


def content_chunks(text: str) -> list[str]:
    """Escaped chunks of at most 2,000 characters, cut at natural breaks."""
    return [escape(chunk) for chunk in split_text(text, MAX_CONTENT, escaped_length)]


def send_parts(out: Message | QuizPoll | Document) -> list[dict[str, Any]]:
    """Keyword arguments for one `send` per chunk: a file goes on the first, buttons on the last.

    Only keys with a value are present: discord.py's webhooks refuse `view=None` and `file=None`.
    """
    text = out.caption if isinstance(out, Document) else out.text
    parts: list[dict[str, Any]] = [
        {"content": chunk, "allowed_mentions": NO_PINGS} for chunk in content_chunks(text)
    ]
    if isinstance(out, Document):
        parts[0]["file"] = discord.File(io.BytesIO(out.data), filename=Path(out.filename).name)
    else:
        view = build_view(out.buttons)
        if view is not None:
            parts[-1]["view"] = view
    return parts
