"""/helper: a senior links the people they trust to ask (a grandchild, a volunteer), on any platform.

The senior sends `/helper` (on LINE also 「家族に聞く」) and gets a one-time code valid 24 hours; the
helper sends `/helper CODE` from whichever platform they use; the senior confirms with a button.
Either side can unlink at any time. Codes are 8 characters from 32 (about 10^12 choices) and each
person may get a code wrong only a few times an hour, so codes cannot be guessed.
"""

from __future__ import annotations

import secrets
import unicodedata
from datetime import timedelta
from typing import Any

from bot.core.context import Buttons, Context, Speaker
from bot.core.dispatcher import Dispatcher
from bot.core.events import Button, ButtonPress, ChatRef, Command, Message, Outgoing
from bot.core.payloads import decode, encode
from bot.storage import check_records, helpers, relays, users, volunteers
from bot.storage.helpers import ACTIVE, FAMILY, PENDING, VOLUNTEER, Link

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
CODE_VALID = timedelta(hours=24)
ATTEMPTS_PER_HOUR = 5
MAX_HELPERS_PER_SENIOR = 3
MAX_SENIORS_PER_HELPER = 5
MAX_SENIORS_PER_VOLUNTEER = 20
MAX_NAME = 8
CONFIRM, UNLINK = "hk", "hu"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(typed: str) -> str:
    """What a person typed, as a code: full-width folded, spaces and dashes dropped, upper case."""
    folded = unicodedata.normalize("NFKC", typed)
    return "".join(ch for ch in folded if ch.isalnum()).upper()


def split_code(args: str) -> tuple[str, str]:
    """`K7M2 P9QX おばあちゃん` -> (`K7M2P9QX`, `おばあちゃん`): the code (typed in pieces or not), then
    what the helper calls the senior (LINE tells Matte no names, so the helper may give one)."""
    words = unicodedata.normalize("NFKC", args).split()
    code = ""
    while words and len(code) < CODE_LENGTH:
        code += normalise_code(words.pop(0))
    return code, " ".join(words)


def short_name(name: str, fallback: str) -> str:
    """A display name short enough for a button label (LINE allows 20 characters)."""
    name = " ".join(name.split())
    return (name[:MAX_NAME] + "…" if len(name) > MAX_NAME else name) or fallback


def tell(
    ctx: Speaker, platform: str, user_id: str, template: str, /, buttons: Buttons = (), **values: Any
) -> Message:
    """A private message to another person (maybe on another platform), in that person's language."""
    other = users.get(ctx.db, platform, user_id)
    lang = other.lang if other is not None else ctx.settings.lang
    text = ctx.renderer.render(lang, template, **values)
    return Message(chat=ChatRef.direct(platform, user_id), text=text, buttons=buttons)


def label(ctx: Speaker, platform: str, user_id: str, template: str, /, **values: Any) -> str:
    """A template rendered in another person's language (for their buttons)."""
    other = users.get(ctx.db, platform, user_id)
    return ctx.renderer.render(other.lang if other is not None else ctx.settings.lang, template, **values)


async def helper(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    if ctx.event.source.is_group:
        return [ctx.say("helper_private_only")]
    typed, calling = split_code(ctx.event.args)
    if typed:
        return join(ctx, typed, calling)
    return _code_and_links(ctx)


async def confirm(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    link = _link(ctx, args[0] if args else "")
    source = ctx.event.source
    if (
        link is None
        or len(args) != 2
        or args[1] not in ("y", "n")
        or (link.senior_platform, link.senior_user) != (source.platform, source.user_id)
        or link.status != PENDING
    ):
        return [ctx.say("helper_gone")]
    if args[1] == "n":
        helpers.remove(ctx.db, link.id)
        return [
            ctx.say("helper_declined_senior"),
            tell(ctx, link.helper_platform, link.helper_user, "helper_declined"),
        ]
    helpers.confirm(ctx.db, link.id, ctx.services.clock())
    return [
        ctx.say("helper_linked_senior", name=link.helper_name, volunteer=link.kind == VOLUNTEER),
        tell(
            ctx,
            link.helper_platform,
            link.helper_user,
            "helper_linked",
            name=link.senior_name,
            volunteer=link.kind == VOLUNTEER,
        ),
    ]


async def unlink(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    link = _link(ctx, args[0] if len(args) == 1 else "")
    source = ctx.event.source
    if link is None or not link.involves(source.platform, source.user_id):
        return [ctx.say("helper_gone")]
    unlink_pair(ctx, link)
    senior_side = (link.senior_platform, link.senior_user) == (source.platform, source.user_id)
    other = (
        (link.helper_platform, link.helper_user) if senior_side else (link.senior_platform, link.senior_user)
    )
    name = link.helper_name if senior_side else link.senior_name
    other_name = link.senior_name if senior_side else link.helper_name
    return [
        ctx.say("helper_unlinked", name=name),
        tell(ctx, *other, "helper_unlinked_other", name=other_name),
    ]


def register(dp: Dispatcher) -> None:
    dp.command("helper")(helper)
    dp.button(CONFIRM)(confirm)
    dp.button(UNLINK)(unlink)


def unlink_pair(ctx: Context, link: Link) -> None:
    """Remove the link; questions still waiting for an answer are closed and their text dropped."""
    helpers.remove(ctx.db, link.id)
    relays.cancel_for_link(ctx.db, link.id)


def _link(ctx: Context, arg: str) -> Link | None:
    return helpers.get_link(ctx.db, int(arg)) if arg.isdigit() else None


def _digest(ctx: Context, code: str) -> str:
    return check_records.text_hash(ctx.settings.hash_key, "helper:" + code)


def _code_and_links(ctx: Context) -> list[Outgoing]:
    """A fresh code (replacing any earlier one), then the person's links with a button to undo each."""
    source = ctx.event.source
    now = ctx.services.clock()
    code = new_code()
    name = short_name(source.display_name, ctx.t("helper_someone"))
    helpers.put_code(ctx.db, _digest(ctx, code), source.platform, source.user_id, name, now, now + CODE_VALID)
    replies: list[Outgoing] = [
        ctx.say("helper_code", code=code, hours=int(CODE_VALID.total_seconds() // 3600))
    ]
    mine = helpers.helpers_of(ctx.db, source.platform, source.user_id)
    theirs = helpers.seniors_of(ctx.db, source.platform, source.user_id)
    if mine or theirs:
        rows = tuple(
            (Button(ctx.t("helper_button_unlink", name=link.helper_name), encode(UNLINK, link.id)),)
            for link in mine
        ) + tuple(
            (Button(ctx.t("helper_button_unlink", name=link.senior_name), encode(UNLINK, link.id)),)
            for link in theirs
        )
        replies.append(
            ctx.say(
                "helper_links",
                rows,
                helpers=[(link.helper_name, link.status == ACTIVE) for link in mine],
                seniors=[(link.senior_name, link.status == ACTIVE) for link in theirs],
            )
        )
    return replies


def join(ctx: Context, typed: str, calling: str = "") -> list[Outgoing]:
    """`/helper CODE`: become a helper of the senior who made the code, once they confirm."""
    source = ctx.event.source
    now = ctx.services.clock()
    if (
        helpers.attempts_since(ctx.db, source.platform, source.user_id, now - timedelta(hours=1))
        >= ATTEMPTS_PER_HOUR
    ):
        return [ctx.say("helper_too_many")]
    digest = _digest(ctx, typed)
    code = helpers.find_code(ctx.db, digest, now)
    me = (source.platform, source.user_id)
    if code is None or volunteers.blocked(ctx.db, (code.platform, code.user_id), me):
        helpers.record_attempt(ctx.db, source.platform, source.user_id, now)
        return [ctx.say("helper_bad_code")]
    senior = (code.platform, code.user_id)
    if senior == me:
        return [ctx.say("helper_self")]
    if helpers.between(ctx.db, senior, me) is not None:
        return [ctx.say("helper_already", name=code.name)]
    volunteer = volunteers.approved(ctx.db, *me)
    if len(helpers.helpers_of(ctx.db, *senior)) >= MAX_HELPERS_PER_SENIOR:
        return [ctx.say("helper_senior_full", name=code.name, most=MAX_HELPERS_PER_SENIOR)]
    most = MAX_SENIORS_PER_VOLUNTEER if volunteer else MAX_SENIORS_PER_HELPER
    if len(helpers.seniors_of(ctx.db, *me)) >= most:
        return [ctx.say("helper_helper_full", most=most)]
    if volunteer is not None:
        senior_name = volunteers.new_nickname()
        helper_name = short_name(source.display_name, ctx.t("helper_someone")) + f" ({volunteer.org})"
    else:
        senior_name = short_name(calling, code.name)
        helper_name = short_name(source.display_name, ctx.t("helper_someone"))
    helpers.use_code(ctx.db, digest)
    link_id = helpers.add_link(
        ctx.db,
        senior=(*senior, senior_name),
        helper=(*me, helper_name),
        kind=VOLUNTEER if volunteer else FAMILY,
        now=now,
    )
    buttons = (
        (
            Button(label(ctx, *senior, "helper_button_yes"), encode(CONFIRM, link_id, "y")),
            Button(label(ctx, *senior, "helper_button_no"), encode(CONFIRM, link_id, "n")),
        ),
    )
    ask = tell(
        ctx,
        *senior,
        "helper_request",
        buttons,
        name=helper_name,
        platform=source.platform,
        volunteer=volunteer is not None,
    )
    return [ctx.say("helper_waiting", name=senior_name), ask]
