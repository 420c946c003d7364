"""`matte alert send`: an operator's alert to the people who opted in to its topic, and only them.

Alerts are queued in the outbox as bulk items, so the running bot sends them paced below each
platform's limit (and on LINE within the monthly push limit); `--dry-run` only counts.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from bot.cli import UsageError
from bot.config import Settings
from bot.core import outbox
from bot.core.events import ChatRef, Message
from bot.core.render import Renderer
from bot.storage import alert_topics
from bot.storage.database import Store

log = logging.getLogger(__name__)
MAX_ALERT_CHARS = 2000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("alert", help="send an operator's alert to those who opted in")
    actions = parser.add_subparsers(dest="alert_command", metavar="ACTION", required=True)
    send = actions.add_parser("send", help="queue an alert for everyone who opted in to TOPIC")
    send.add_argument("--topic", required=True, choices=alert_topics.TOPICS)
    send.add_argument("--text", required=True, metavar="FILE", help="the alert's text (UTF-8)")
    send.add_argument("--dry-run", action="store_true", help="print how many it would reach; send nothing")
    send.set_defaults(func=send_alert)


def send_alert(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = Path(args.text).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {args.text}: {exc}") from None
    if not text or len(text) > MAX_ALERT_CHARS:
        raise UsageError(f"the alert must have 1 to {MAX_ALERT_CHARS} characters")
    renderer = Renderer()
    with Store(settings.db_path) as store, store.write() as db:
        reach = alert_topics.subscribers(db, args.topic)
        if not args.dry_run:
            for platform, user_id, lang in reach:
                body = renderer.render(lang, "alert", text=text, topic=args.topic)
                outbox.add(db, Message(chat=ChatRef.direct(platform, user_id), text=body, bulk=True))
    if args.dry_run:
        print(f"would reach {len(reach)} people opted in to {args.topic} (dry run: nothing queued)")
    else:
        log.warning("alert on %s queued for %d people", args.topic, len(reach))
        print(f"queued for {len(reach)} people opted in to {args.topic}")
    return 0
