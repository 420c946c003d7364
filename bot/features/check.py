"""The guided check: warning signs, known rumours and a few questions, never a verdict.

A forwarded message, `/check TEXT`, a pasted message in a private chat, `/check` replying to a
message in a group, or a picture (its text and QR codes, read beforehand by `bot.services`) gets one
reply: the warning signs found, each quoted (links defanged) and explained in plain words, any
already-checked rumour it resembles, then buttons for the SIFT questions, practical next steps and
"was this helpful?". An ordinary message gets a short friendly reply with one checking tip. A
picture's reply first quotes what was read from it, so misreadings show, and warns about QR codes
that lead to look-alike addresses. Only a keyed hash of the text, the score and the cue names are
stored, never a picture or what was read from it. A senior with a linked helper also gets
「〇〇さんにも聞いてみる」 (see `ask_helper`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.context import Buttons, Context
from bot.core.dispatcher import Dispatcher
from bot.core.events import (
    Button,
    ButtonPress,
    Command,
    ForwardedMessage,
    ImageMessage,
    Message,
    Origin,
    Outgoing,
    TextMessage,
)
from bot.core.payloads import decode, encode
from bot.features.ask_helper import offer
from bot.features.check_card import check_card
from bot.features.defang import defang
from bot.features.disaster_topic import about_disaster
from bot.storage import chats, check_records
from bot.storage.check_records import CheckRecord

if TYPE_CHECKING:
    from classifier.result import CheckResult
    from images.reading import ImageReading

STEP, HELPFUL = "ck", "cf"
STEPS = ("who", "source", "others", "origin", "next")
MIN_PASTE = 20
MAX_QUOTE = 40
MAX_LINK_QUOTE = 100
MAX_SCORED_CHARS = 5000  # classifier.result.MAX_SCORED_CHARS; the bot does not import the classifier
MAX_QUOTES_PER_CUE = 2
MAX_READ_QUOTE = 400
MAX_CODE_QUOTE = 100
AUTO_THRESHOLD = 0.9
TIPS = 4
# Signs named even when a message is not flagged: being asked to hand over cash or a card is never
# something to go along with before checking, the model has seen few seniors tell of it in their own words
# (「息子から電話で300万円用意してって」 scored under the threshold), and the sign's advice (hand nothing
# over, call the person back, #9110 or 110) is right even when a message only describes it. The same
# holds for a doorstep or phone sales trap (an inspection nobody asked for, 「消防署の方から来ました」):
# the model catches about half of them, and the sign's advice (sign and pay nothing on the spot, check
# on the number on the bill, 188, cooling-off) is right even when the visit is genuine.
ALWAYS_NAMED = frozenset({"handover", "doorstep_sales"})
MONEY_SIGNS = frozenset(
    {
        "money_promise",
        "personal_data_request",
        "atm_errand",
        "handover",
        "doorstep_sales",
        "payment_request",
        "secrecy",
        "sure_profit",
        "coaching",
        "official_asks",
        "suspicious_link",
        "phone_number",
    }
)
"""Signs after which the last step adds where to check money matters (the number on the card, 188,
#9110, 110): one list for every language's template."""

THANKS = {"ありがとう", "ありがとうございます", "ありがと", "サンキュー", "thanks", "thank you", "thx"}
"""A thank-you is answered as one, not with the hint for pasting a message."""
SMALL_TALK = THANKS | {
    "こんにちは", "こんばんは", "おはよう", "おはようございます", "はじめまして", "よろしく",
    "よろしくお願いします", "はい", "いいえ", "うん", "ok", "hello", "hi", "yes", "no", "good morning",
}  # fmt: skip
"""Short chat never checked unasked, whatever a model makes of it (the shipped one: 「こんにちは」 0.73)."""
MODEL_ONLY = frozenset({"wording"})
"""Signs that only say the model's score is high: not by themselves a reason to check a short text."""


async def check_command(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    text = ctx.event.args.strip() or (ctx.event.reply_to_text or "").strip()
    if not text:
        return [ctx.say("check_usage")]
    return guided_check(ctx, text, Origin())


async def forwarded(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ForwardedMessage)
    if not ctx.event.text.strip():
        return [ctx.say("check_no_text")]
    return guided_check(ctx, ctx.event.text, ctx.event.origin)


async def picture(ctx: Context) -> list[Outgoing]:
    event = ctx.event
    assert isinstance(event, ImageMessage)
    if event.fetch_problem:
        return [ctx.say("image_problem", problem=event.fetch_problem)]
    reading = ctx.services.take_image_reading(event.image)
    if reading is None:
        return [ctx.say("image_problem", problem="busy")]
    if reading.problem is not None:
        return [ctx.say("image_problem", problem=reading.problem.value)]
    text = "\n".join(part for part in (reading.checked_text, event.caption.strip()) if part)
    if not text.strip():
        return [ctx.say("image_no_text")]
    return guided_check(ctx, text, event.origin, picture=reading)


async def pasted(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, TextMessage)
    text = ctx.event.text
    if not ctx.event.source.is_group:
        if len(text.strip()) >= MIN_PASTE:
            return guided_check(ctx, text, Origin())
        result = short_claim(ctx, text)
        if result is not None:
            return guided_check(ctx, text, Origin(), result)
    return [ctx.say("you_are_welcome" if _plain(text) in THANKS else "text_hint")]


def may_be_claim(text: str) -> bool:
    """A text under `MIN_PASTE` characters worth scoring: it has letters (a typed menu or quiz number has
    none) and is not small talk. `bot.features.check_scoring` scores these ahead of `short_claim`."""
    stripped = text.strip()
    return len(stripped) < MIN_PASTE and any(c.isalpha() for c in stripped) and _plain(text) not in SMALL_TALK


def short_claim(ctx: Context, text: str) -> CheckResult | None:
    """The check result of a short private text that reads like a claim or a scam, else None.

    Seniors paste short rumours (「明日大地震が来るらしい」) without typing /check. Such a text is
    checked unasked when the rules find a sign, a link, a rumour it resembles or an official alert or
    scam warning, when it is about a disaster (safety first), or when the model is as sure as it must
    be to speak unasked in a group (`AUTO_THRESHOLD`). Small talk, typed numbers and quiz answers
    (「はい」「2」「うそ」) show none of these and keep their usual replies.
    """
    if not may_be_claim(text):
        return None
    result = ctx.services.score(text)
    found = (
        any(cue.name not in MODEL_ONLY for cue in result.cues)
        or result.matches
        or getattr(result, "links", ())
        or getattr(result, "official_alert", False)
        or getattr(result, "scam_warning", False)
        or (result.suspicious and result.score >= AUTO_THRESHOLD)
        or about_disaster(text)
    )
    return result if found else None


def _plain(text: str) -> str:
    """Case, width and closing punctuation do not matter when small talk is recognised."""
    return unicodedata.normalize("NFKC", text).strip().casefold().rstrip("!?。.~ー")


async def group_chatter(ctx: Context) -> list[Outgoing]:
    """Unaddressed group messages: checked only if the group's admins switched auto-checks on."""
    source = ctx.event.source
    if not chats.settings(ctx.db, source.platform, source.chat_id).get("auto_check"):
        return []
    text = getattr(ctx.event, "text", "")
    if not text.strip():
        return []
    result = ctx.services.score(text)
    speak = result.suspicious and result.score >= AUTO_THRESHOLD
    if getattr(result, "official_alert", False) or getattr(result, "scam_warning", False):
        speak = False
    return guided_check(ctx, text, Origin(), result) if speak else []


async def autocheck(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, Command)
    source = ctx.event.source
    if not source.is_group:
        return [ctx.say("autocheck_groups_only")]
    if not source.is_admin:
        return [ctx.say("admins_only")]
    wanted = ctx.event.args.strip().lower()
    if wanted not in ("on", "off"):
        current = bool(chats.settings(ctx.db, source.platform, source.chat_id).get("auto_check"))
        return [ctx.say("autocheck_usage", on=current)]
    chats.update_settings(ctx.db, source.platform, source.chat_id, auto_check=wanted == "on")
    return [ctx.say("autocheck_set", on=wanted == "on")]


async def step(ctx: Context) -> list[Outgoing]:
    record, args = _record(ctx)
    if record is None or len(args) != 2 or args[1] not in STEPS:
        return [ctx.say("check_expired")]
    # Every step offers the same questions in the same order, then the same feedback: where buttons are
    # numbered (the console, LINE menus written out), a number keeps its meaning from one step to the next.
    about_money = not MONEY_SIGNS.isdisjoint(record.cues)
    text = ctx.t(f"check_step_{args[1]}", cues=record.cues, origin=record.origin, about_money=about_money)
    return [ctx.reply(text, (*_step_buttons(ctx, record.id), _feedback_buttons(ctx, record.id)))]


async def helpful(ctx: Context) -> list[Outgoing]:
    record, args = _record(ctx)
    if record is None or len(args) != 2 or args[1] not in ("y", "n"):
        return [ctx.say("check_expired")]
    check_records.set_helpful(ctx.db, record.id, args[1] == "y")
    return [ctx.say("check_thanks", helpful=args[1] == "y")]


def register(dp: Dispatcher) -> None:
    dp.command("check")(check_command)
    dp.command("autocheck")(autocheck)
    dp.button(STEP)(step)
    dp.button(HELPFUL)(helpful)
    dp.on_forward = forwarded
    dp.on_image = picture
    dp.on_text = pasted
    dp.on_group_chatter = group_chatter


def _step_buttons(ctx: Context, record_id: int) -> Buttons:
    """One button per question of the guided check, one per row, always all of them in `STEPS` order."""
    return tuple((Button(ctx.t(f"check_button_{s}"), encode(STEP, record_id, s)),) for s in STEPS)


def _feedback_buttons(ctx: Context, record_id: int) -> tuple[Button, ...]:
    """「役に立った」「役に立たなかった」 on one row."""
    return (
        Button(ctx.t("check_button_helpful"), encode(HELPFUL, record_id, "y")),
        Button(ctx.t("check_button_unhelpful"), encode(HELPFUL, record_id, "n")),
    )


def _record(ctx: Context) -> tuple[CheckRecord | None, tuple[str, ...]]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    if not args or not args[0].isdigit():
        return None, args
    return check_records.get(ctx.db, int(args[0])), args


def _quote(text: str, start: int, end: int, limit: int = MAX_QUOTE) -> str:
    """The span, defanged first and then shortened if long (so a link is never cut into a fake host)."""
    piece = defang(text[start:end].strip()).replace("\n", " ")
    if len(piece) > limit:
        piece = piece[: limit - 1] + "…"
    return piece


def guided_check(
    ctx: Context,
    text: str,
    origin: Origin,
    result: CheckResult | None = None,
    *,
    picture: ImageReading | None = None,
) -> list[Outgoing]:
    """Score the text, keep only its hash, and answer with warning signs and the next questions.

    A message that relays an official alert or warns about a scam gets advice fit for it (follow the
    official instruction and confirm it on the official site or app), never "pause before acting"; a
    flagged message always names its signs; every link is shown with its real destination. Text read
    from a `picture` is quoted first, with its codes and any QR code that leads to a look-alike. A
    message about a disaster or an evacuation, whatever its kind or score, first says to follow the
    city's evacuation information and the official sources when in danger (safe advice first).
    """
    result = result or ctx.services.score(text)
    source = ctx.event.source
    db = ctx.db
    record_id = check_records.add(
        db,
        platform=source.platform,
        user_id=source.user_id,
        chat_kind=source.chat_kind.value,
        digest=check_records.text_hash(ctx.settings.hash_key, text),
        score=result.score,
        cues=tuple(c.name for c in result.cues),
        matches=tuple(m.rumour_id for m in result.matches),
        origin=origin.kind.value,
        now=ctx.services.clock(),
    )
    matches = [
        {
            "title": defang(m.title_ja if ctx.lang == "ja" else m.title_en),
            "explanation": m.explanation_ja if ctx.lang == "ja" else m.explanation_en,
            "source": m.source,
        }
        for m in result.matches
    ]
    ask = offer(ctx, record_id, text, tuple(c.name for c in result.cues))
    feedback = _feedback_buttons(ctx, record_id)
    cues = [
        {
            "name": cue.name,
            "quotes": [
                _quote(text, s.start, s.end, MAX_LINK_QUOTE if cue.name == "suspicious_link" else MAX_QUOTE)
                for s in cue.spans[:MAX_QUOTES_PER_CUE]
            ],
        }
        for cue in result.cues
    ]
    shared = {
        "links": _links(result),
        "truncated": getattr(result, "truncated", False),
        "max_chars": MAX_SCORED_CHARS,
    }
    intro = _picture_intro(ctx, picture, result) if picture is not None else ""
    safety = about_disaster(text, *(title for m in result.matches for title in (m.title_ja, m.title_en)))
    if safety:
        intro += ctx.t("check_safety") + "\n\n"
    if getattr(result, "official_alert", False) or getattr(result, "scam_warning", False):
        kind = "check_official" if getattr(result, "official_alert", False) else "check_warning"
        return [_quoting(ctx.reply(intro + ctx.t(kind, cues=cues, **shared), (*ask, feedback)))]
    if not (result.suspicious and cues) and not matches:
        named = [cue for cue in cues if cue["name"] in ALWAYS_NAMED]
        # Other signs in an unflagged message are not named (on the evaluation sets such messages were
        # genuine 772 times in 864), but the reply then opens with the overall reading, not "no signs".
        unnamed = len(named) < len(cues)
        ordinary = ctx.t("check_ordinary", tip=record_id % TIPS, named=named, unnamed=unnamed, **shared)
        return [_quoting(ctx.reply(intro + ordinary, (*ask, feedback)))]
    steps = _step_buttons(ctx, record_id)
    where = {"origin": origin.kind.value, "origin_name": origin.name}
    reply = ctx.t("check_result", cues=cues, matches=matches, **where, **shared)
    card = check_card(
        ctx,
        cues,
        matches,
        _links(result),
        safety=safety,
        **where,
        truncated=shared["truncated"],
        max_chars=MAX_SCORED_CHARS,
    )
    # A picture's reply starts with what was read from it, which the card has no place for.
    shown_card = card if picture is None else None
    return [_quoting(replace(ctx.reply(intro + reply, (*steps, *ask, feedback)), card=shown_card))]


def _quoting(reply: Message) -> Message:
    """Marks a reply that quotes the checked text: scrubbed from disk once sent, not merely deleted."""
    return replace(reply, scrub_after_send=True)


def _picture_intro(ctx: Context, picture: ImageReading, result: CheckResult) -> str:
    """What was read from the picture (defanged, shortened), its codes, and QR codes to look-alikes.

    The checked text is the picture's text, then its codes' contents, then any caption: links between
    the codes' start and the caption came from a code.
    """
    read = defang(picture.text)
    if len(read) > MAX_READ_QUOTE:
        read = read[: MAX_READ_QUOTE - 1] + "…"
    codes = [
        {"kind": code.kind, "text": _quote(code.text, 0, len(code.text), MAX_CODE_QUOTE)}
        for code in picture.codes
    ]
    qr_lookalikes = [
        {"destination": defang(link.destination), "reasons": list(link.reasons)}
        for link in getattr(result, "links", ())
        if picture.codes_start <= link.span.start < len(picture.checked_text) and link.reasons
    ]
    intro = ctx.t(
        "check_picture", read=read, codes=codes, qr_lookalikes=qr_lookalikes, ocr_missing=picture.ocr_missing
    )
    return intro + "\n\n"


def _links(result: CheckResult) -> list[dict[str, object]]:
    """Each link's real destination (defanged: never clickable) and what is wrong with it."""
    return [
        {"destination": defang(link.destination), "reasons": list(link.reasons), "official": link.official}
        for link in getattr(result, "links", ())
    ]
