"""「〇〇さんにも聞いてみる」: a senior passes a checked message on to a linked helper, who answers.

Every private check result offers one button per linked helper. The message is kept, redacted
(phone numbers, e-mail addresses and other personal data) and with its links defanged, only until
the senior confirms sending it (or 7 days); then it travels in the outbox item to the helper, which
is deleted once delivered. The helper sees the signs Matte found and the SIFT questions and answers
with a quick reply or in their own words; the answer goes back to the senior and is not stored. An
unanswered question is followed up once: a reminder to the helper and a kind word to the senior.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.context import Context, Speaker
from bot.core.dispatcher import Dispatcher, JobRun
from bot.core.events import Button, ButtonPress, Outgoing, TextMessage
from bot.core.payloads import decode, encode
from bot.features.defang import defang
from bot.features.helpers import label, tell, unlink_pair
from bot.redaction import redact
from bot.storage import helpers, relays, volunteers
from bot.storage.helpers import ACTIVE, VOLUNTEER, Link
from bot.storage.relays import Relay
from bot.storage.timestamps import iso

ASK, SEND, DROP, QUICK, REPORT, BLOCK = "ah", "as", "ax", "hq", "vr", "vb"
QUICK_REPLIES = ("1", "2", "3")
OWN = "own"
ANSWER_FLOW = "helper_answer"
MAX_RELAY_CHARS = 1500
MAX_ANSWER_CHARS = 1000
REMIND_AFTER = timedelta(hours=24)
OWN_ANSWER_WINDOW = timedelta(hours=1)
"""How long after 「自分の言葉で返事する」 the helper's next text counts as the answer: later text is
checked as usual, so a message the helper pastes days later never goes to the senior by mistake."""


def prepared(text: str) -> str:
    """The text as a helper may see it: personal data redacted, links unclickable, not too long."""
    safe = defang(redact(text.strip()))
    return safe if len(safe) <= MAX_RELAY_CHARS else safe[: MAX_RELAY_CHARS - 1] + "…"


def offer(ctx: Context, check_id: int, text: str, cues: tuple[str, ...]) -> tuple[tuple[Button, ...], ...]:
    """One 「〇〇さんにも聞いてみる」 button per linked helper, keeping the redacted text as a draft."""
    source = ctx.event.source
    if source.is_group:
        return ()
    links = helpers.helpers_of(ctx.db, source.platform, source.user_id, active_only=True)
    if not links:
        return ()
    senior = (source.platform, source.user_id)
    relay_id = relays.add_draft(ctx.db, senior, check_id, cues, prepared(text), ctx.services.clock())
    return tuple(
        (Button(ctx.t("ask_button", name=link.helper_name), encode(ASK, relay_id, link.id)),)
        for link in links
    )


async def ask(ctx: Context) -> list[Outgoing]:
    found = _draft_and_link(ctx)
    if found is None:
        return [ctx.say("ask_gone")]
    relay, link = found
    buttons = (
        (
            Button(ctx.t("ask_button_send"), encode(SEND, relay.id, link.id)),
            Button(ctx.t("ask_button_drop"), encode(DROP, relay.id)),
        ),
    )
    return [ctx.say("ask_confirm", buttons, name=link.helper_name, text=relay.text)]


async def send(ctx: Context) -> list[Outgoing]:
    found = _draft_and_link(ctx)
    if found is None:
        return [ctx.say("ask_gone")]
    relay, link = found
    now = ctx.services.clock()
    helper = (link.helper_platform, link.helper_user)
    question = tell(
        ctx,
        *helper,
        "relay_request",
        _answer_buttons(ctx, relay.id, helper),
        name=link.senior_name,
        text=relay.text,
        cues=relay.cues,
    )
    relays.mark_sent(ctx.db, relay.id, link.id, helper, now)
    if link.kind == VOLUNTEER:
        volunteers.count_relay(ctx.db, *helper)
    return [ctx.say("ask_sent", name=link.helper_name), question]


async def drop(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    relay = _relay(ctx)
    source = ctx.event.source
    if (
        relay is not None
        and relay.status == relays.DRAFT
        and _is_senior(relay, source.platform, source.user_id)
    ):
        relays.drop_draft(ctx.db, relay.id)
    return [ctx.say("ask_dropped")]


async def quick(ctx: Context) -> list[Outgoing]:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    found = _open_for_helper(ctx)
    if isinstance(found, str):
        return [ctx.say(found)]
    relay, link = found
    if len(args) != 2 or args[1] not in (*QUICK_REPLIES, OWN):
        return [ctx.say("bad_button")]
    if args[1] == OWN:
        ctx.save_state(ANSWER_FLOW, {"relay": relay.id, "at": iso(ctx.services.clock())})
        return [ctx.say("relay_own_prompt", name=link.senior_name)]
    answer = label(ctx, link.senior_platform, link.senior_user, f"relay_quick_{args[1]}")
    return _answer(ctx, relay, link, answer, "quick" + args[1])


async def report(ctx: Context) -> list[Outgoing]:
    found = _answered_by_volunteer(ctx)
    if found is None:
        return [ctx.say("ask_gone")]
    relay, link = found
    volunteer = volunteers.get(ctx.db, link.helper_platform, link.helper_user)
    if volunteer is None:
        return [ctx.say("ask_gone")]
    volunteers.report(ctx.db, volunteer, relay.id, ctx.services.clock())
    out: list[Outgoing] = [ctx.say("volunteer_reported", name=link.helper_name)]
    org = volunteers.organisation(ctx.db, volunteer.org)
    if org is not None and org.organiser_platform and org.organiser_user:
        out.append(
            tell(
                ctx,
                org.organiser_platform,
                org.organiser_user,
                "volunteer_report_notice",
                org=org.name,
                volunteer=f"{volunteer.platform}:{volunteer.user_id}",
                relay=relay.id,
            )
        )
    return out


async def block(ctx: Context) -> list[Outgoing]:
    found = _answered_by_volunteer(ctx)
    if found is None:
        return [ctx.say("ask_gone")]
    _, link = found
    now = ctx.services.clock()
    volunteers.block(
        ctx.db, (link.senior_platform, link.senior_user), (link.helper_platform, link.helper_user), now
    )
    unlink_pair(ctx, link)
    return [ctx.say("volunteer_blocked", name=link.helper_name)]


async def own_words(ctx: Context) -> list[Outgoing] | None:
    """A helper's answer in their own words, typed within the window after choosing to write one."""
    state = ctx.load_state()
    assert state is not None and isinstance(ctx.event, TextMessage)
    ctx.clear_state()
    if str(state.data.get("at", "")) < iso(ctx.services.clock() - OWN_ANSWER_WINDOW):
        return None
    found = _open_for_helper(ctx, state.data.get("relay"))
    if isinstance(found, str):
        return [ctx.say(found)]
    relay, link = found
    words = ctx.event.text.strip()
    if len(words) > MAX_ANSWER_CHARS:
        words = words[: MAX_ANSWER_CHARS - 1] + "…"
    return _answer(ctx, relay, link, words, OWN)


def remind(run: JobRun) -> list[Outgoing]:
    """Once per question: remind the helper, and tell the senior kindly that it may take a while."""
    out: list[Outgoing] = []
    for relay in relays.due_reminders(run.db, run.now - REMIND_AFTER):
        relays.mark_reminded(run.db, relay.id, run.now)
        link = helpers.get_link(run.db, relay.link_id) if relay.link_id is not None else None
        if link is None or link.status != ACTIVE:
            continue
        ctx = run.context_for(link.helper_platform, link.helper_user, link.helper_user)
        helper = (link.helper_platform, link.helper_user)
        out.append(
            tell(
                ctx,
                *helper,
                "relay_reminder",
                _answer_buttons(ctx, relay.id, helper),
                name=link.senior_name,
            )
        )
        out.append(tell(ctx, link.senior_platform, link.senior_user, "relay_waiting", name=link.helper_name))
    return out


def expire(run: JobRun) -> list[Outgoing]:
    """After 7 days no relayed text is left anywhere, sent or not; used-up codes go too."""
    closed = relays.expire(run.db, run.now)
    relays.drop_undelivered(run.db, [encode(QUICK, relay_id, OWN) for relay_id in closed])
    helpers.purge_codes(run.db, run.now)
    helpers.purge_attempts(run.db, run.now - timedelta(hours=1))
    return []


def register(dp: Dispatcher) -> None:
    dp.button(ASK)(ask)
    dp.button(SEND)(send)
    dp.button(DROP)(drop)
    dp.button(QUICK)(quick)
    dp.button(REPORT)(report)
    dp.button(BLOCK)(block)
    dp.text_in_flow(ANSWER_FLOW)(own_words)
    dp.job(remind)
    dp.job(expire)


def _answer_buttons(ctx: Speaker, relay_id: int, helper: tuple[str, str]) -> tuple[tuple[Button, ...], ...]:
    choices = [(f"relay_quick_{n}", n) for n in QUICK_REPLIES] + [("relay_button_own", OWN)]
    return tuple((Button(label(ctx, *helper, name), encode(QUICK, relay_id, arg)),) for name, arg in choices)


def _answer(ctx: Context, relay: Relay, link: Link, answer: str, kind: str) -> list[Outgoing]:
    """Relay the helper's answer to the senior; only which kind of answer it was is kept."""
    relays.mark_answered(ctx.db, relay.id, kind, ctx.services.clock())
    buttons: tuple[tuple[Button, ...], ...] = ()
    senior = (link.senior_platform, link.senior_user)
    if link.kind == VOLUNTEER:
        buttons = (
            (
                Button(label(ctx, *senior, "volunteer_button_report"), encode(REPORT, relay.id)),
                Button(label(ctx, *senior, "volunteer_button_block"), encode(BLOCK, relay.id)),
            ),
        )
    to_senior = tell(ctx, *senior, "relay_answer", buttons, name=link.helper_name, answer=answer)
    return [ctx.say("relay_answer_sent", name=link.senior_name), to_senior]


def _relay(ctx: Context) -> Relay | None:
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    return relays.get(ctx.db, int(args[0])) if args and args[0].isdigit() else None


def _is_senior(relay: Relay, platform: str, user_id: str) -> bool:
    return (relay.senior_platform, relay.senior_user) == (platform, user_id)


def _draft_and_link(ctx: Context) -> tuple[Relay, Link] | None:
    """The senior's own draft, still holding its text, and one of their active links."""
    assert isinstance(ctx.event, ButtonPress)
    args = decode(ctx.event.payload).args
    relay = _relay(ctx)
    source = ctx.event.source
    if (
        relay is None
        or len(args) != 2
        or not args[1].isdigit()
        or relay.status != relays.DRAFT
        or relay.text is None
        or not _is_senior(relay, source.platform, source.user_id)
    ):
        return None
    link = helpers.get_link(ctx.db, int(args[1]))
    if (
        link is None
        or link.status != ACTIVE
        or (link.senior_platform, link.senior_user) != (source.platform, source.user_id)
    ):
        return None
    return relay, link


def _open_for_helper(ctx: Context, relay_id: object = None) -> tuple[Relay, Link] | str:
    """The question this helper may still answer, or the template saying why not."""
    source = ctx.event.source
    if relay_id is None:
        relay = _relay(ctx)
    else:
        relay = relays.get(ctx.db, relay_id) if isinstance(relay_id, int) else None
    if relay is None or (relay.helper_platform, relay.helper_user) != (source.platform, source.user_id):
        return "ask_gone"
    if relay.status == relays.ANSWERED:
        return "relay_already_answered"
    link = helpers.get_link(ctx.db, relay.link_id) if relay.link_id is not None else None
    if relay.status != relays.SENT or link is None or link.status != ACTIVE:
        return "ask_gone"
    if link.kind == VOLUNTEER and volunteers.approved(ctx.db, source.platform, source.user_id) is None:
        return "ask_gone"
    return relay, link


def _answered_by_volunteer(ctx: Context) -> tuple[Relay, Link] | None:
    """A volunteer's answered question, pressed by the senior who asked it."""
    relay = _relay(ctx)
    source = ctx.event.source
    if relay is None or relay.link_id is None or not _is_senior(relay, source.platform, source.user_id):
        return None
    link = helpers.get_link(ctx.db, relay.link_id)
    if link is None or link.kind != VOLUNTEER:
        return None
    return relay, link
