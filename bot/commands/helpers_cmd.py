"""`matte helpers`: organisers register their organisation and approve, list and revoke volunteers."""

from __future__ import annotations

import argparse

from bot.cli import UsageError
from bot.config import Settings
from bot.storage import helpers, relays, volunteers
from bot.storage.database import Store
from bot.storage.timestamps import utc_now


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "helpers",
        help="supervised volunteers: approve, list, revoke",
        description="Organisations (a town's digital-support team, a school club, a library) approve the "
        "volunteers who may help seniors. Volunteers see seniors only by a nickname.",
    )
    actions = parser.add_subparsers(dest="helpers_command", metavar="ACTION", required=True)
    org = actions.add_parser("org", help="register or update an organisation")
    org.add_argument("name", help="the organisation's name, as volunteers type it after /volunteer")
    org.add_argument("--min-score", type=int, default=70, help="discernment score (0-100) a student needs")
    org.add_argument("--organiser", metavar="PLATFORM:USER", help="who receives applications and reports")
    org.set_defaults(func=add_org)
    approve = actions.add_parser("approve", help="approve a volunteer")
    approve.add_argument("who", metavar="PLATFORM:USER")
    approve.add_argument("--org", required=True, help="the organisation they volunteer for")
    approve.set_defaults(func=approve_volunteer)
    listing = actions.add_parser("list", help="volunteers with their answered questions and reports")
    listing.add_argument("--org", help="only this organisation's")
    listing.set_defaults(func=list_volunteers)
    revoke = actions.add_parser("revoke", help="revoke a volunteer: their links end, waiting questions close")
    revoke.add_argument("who", metavar="PLATFORM:USER")
    revoke.set_defaults(func=revoke_volunteer)
    reports = actions.add_parser("reports", help="reports seniors made about volunteers, newest first")
    reports.add_argument("--org", help="only this organisation's")
    reports.set_defaults(func=list_reports)


def who(text: str) -> tuple[str, str]:
    platform, _, user_id = text.partition(":")
    if not platform or not user_id:
        raise UsageError(f"expected PLATFORM:USER (e.g. telegram:12345), got {text!r}")
    return platform, user_id


def add_org(args: argparse.Namespace, settings: Settings) -> int:
    if not 0 <= args.min_score <= 100:
        raise UsageError("--min-score must be between 0 and 100")
    organiser = who(args.organiser) if args.organiser else None
    with Store(settings.db_path) as store, store.write() as db:
        volunteers.add_organisation(db, args.name, args.min_score, organiser, utc_now())
    print(f"organisation {args.name}: min score {args.min_score}, organiser {args.organiser or 'none'}")
    return 0


def approve_volunteer(args: argparse.Namespace, settings: Settings) -> int:
    platform, user_id = who(args.who)
    with Store(settings.db_path) as store, store.write() as db:
        if volunteers.organisation(db, args.org) is None:
            raise UsageError(f"no organisation {args.org!r}: add it with `matte helpers org`")
        volunteers.approve(db, platform, user_id, args.org, utc_now())
    print(f"approved {platform}:{user_id} for {args.org}")
    return 0


def list_volunteers(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db_path) as store:
        found = volunteers.listing(store.db, args.org)
    print("volunteer\torg\tstatus\trelays\treports")
    for v in found:
        print(f"{v.platform}:{v.user_id}\t{v.org}\t{v.status}\t{v.relays}\t{v.reports}")
    return 0


def revoke_volunteer(args: argparse.Namespace, settings: Settings) -> int:
    platform, user_id = who(args.who)
    with Store(settings.db_path) as store, store.write() as db:
        if not volunteers.revoke(db, platform, user_id, utc_now()):
            raise UsageError(f"{args.who} is not a volunteer")
        ended = helpers.remove_helper_links(db, platform, user_id)
        closed = sum(relays.cancel_for_link(db, link.id) for link in ended)
    print(f"revoked {args.who}: {len(ended)} links ended, {closed} waiting questions closed")
    return 0


def list_reports(args: argparse.Namespace, settings: Settings) -> int:
    with Store(settings.db_path) as store:
        found = volunteers.reports(store.db, args.org)
    print("report\tvolunteer\torg\tquestion\twhen")
    for report_id, platform, user_id, org, relay_id, when in found:
        print(f"{report_id}\t{platform}:{user_id}\t{org}\t{relay_id}\t{when}")
    return 0
