"""`matte report` (one class quiz, as CSV and HTML) and `matte stats` (anonymised, across classes)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from bot.cli import UsageError
from bot.config import Settings
from bot.features.class_report import report_csv, report_html
from bot.features.class_summary import summarise
from bot.features.item_stats import MIN_ANSWERS, Response, item_stats
from bot.storage import classroom
from bot.storage.database import Store
from bot.storage.timestamps import local_minute
from bot.text_safety import one_line
from quizzes import load_with_extra_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    report = subparsers.add_parser(
        "report",
        help="an instructor's report of one class quiz",
        description="Write the report of a class quiz session: a CSV of every answer and a self-contained "
        "HTML page with charts. Without --csv or --html, print a short summary.",
    )
    report.add_argument("session", nargs="?", type=int, metavar="SESSION", help="session number (see --list)")
    report.add_argument("--list", action="store_true", help="list class quiz sessions")
    report.add_argument("--csv", type=Path, metavar="FILE", help="write every answer as CSV")
    report.add_argument("--html", type=Path, metavar="FILE", help="write the report as one HTML file")
    report.add_argument("--lang", choices=("ja", "en"), help="report language (default: MATTE_LANG)")
    report.set_defaults(func=report_command)

    stats = subparsers.add_parser(
        "stats",
        help="what classes find hard, across sessions",
        description="Accuracy over all ended class quizzes by deck, technique, audience level and region. "
        "Anonymised: no pupil appears.",
    )
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--items",
        action="store_true",
        help="per item: answers, share right and discrimination (the point-biserial correlation between "
        "getting the item right and the player's share right on the other questions of the session); "
        f"items with fewer than {MIN_ANSWERS} answers are marked 'few'",
    )
    stats.set_defaults(func=stats_command)


def _write(path: Path, text: str, encoding: str) -> None:
    """Write a report file; a missing folder or a read-only place is one line, not a traceback."""
    try:
        path.write_text(text, encoding=encoding)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from exc
    print(f"wrote {path}")


def report_command(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    try:
        if args.list:
            sessions = classroom.all_sessions(store.db)
            if not sessions:
                print(
                    f"クラスクイズの記録はまだありません / no class quiz sessions yet in {settings.db_path} "
                    "(/quiz in a group or the browser classroom starts one)",
                    file=sys.stderr,
                )
            for s in sessions:
                answered = store.db.execute(
                    "SELECT count(DISTINCT user_id) FROM class_answers WHERE session_id = ?", [s.id]
                ).fetchone()[0]
                print(
                    f"{s.id}\t{local_minute(s.created_at, settings.tz)}\t{s.status}\t{s.platform}"
                    f"\t{len(s.items)} questions"
                    f"\t{answered} players\t{one_line(s.title) or '-'}\t{one_line(s.region) or '-'}"
                )
            return 0
        if args.session is None:
            raise UsageError("セッション番号か --list を指定してください / give a SESSION number or --list")
        session = classroom.get(store.db, args.session)
        if session is None:
            raise UsageError(
                f"クラスクイズ {args.session} は見つかりません / no class quiz session {args.session} "
                "(see matte report --list)"
            )
        lang = args.lang or settings.lang
        bank = load_with_extra_dir(settings.content_dir)
        players = classroom.players(store.db, session.id)
        answers = classroom.answers(store.db, session.id)
        summary = summarise(bank, session.items, session.current, players, answers, lang)
        if args.csv:
            _write(args.csv, report_csv(bank, session, players, answers, lang), "utf-8-sig")
        if args.html:
            _write(args.html, report_html(bank, session, summary, lang, settings.tz), "utf-8")
        if not args.csv and not args.html:
            right, total = summary.overall
            print(
                f"session {session.id}: {summary.players} players, {session.current} questions, "
                f"accuracy {round(100 * right / total) if total else 0}%"
            )
            for q in summary.questions:
                print(f"Q{q.number}\t{q.item.id}\t{round(100 * q.accuracy)}%\t{q.answered} answered")
        return 0
    finally:
        store.close()


def ended_responses(store: Store) -> tuple[int, list[Response]]:
    """Every answer of every ended class quiz, as (session, player, item, right), and how many sessions."""
    sessions, responses = 0, []
    for session in classroom.all_sessions(store.db):
        if session.status not in (classroom.FINISHED, classroom.STOPPED):
            continue
        sessions += 1
        for a in classroom.answers(store.db, session.id):
            responses.append(Response(session.id, a.user_id, session.items[a.number - 1], a.correct))
    return sessions, responses


def item_stats_command(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    try:
        sessions, responses = ended_responses(store)
    finally:
        store.close()
    rows = [
        {
            "id": s.item,
            "answered": s.answered,
            "correct": s.correct,
            "accuracy": round(s.accuracy, 4),
            "discrimination": None if s.discrimination is None else round(s.discrimination, 4),
            "few": not s.enough,
            "flags": list(s.flags),
        }
        for s in item_stats(responses).values()
    ]
    if args.json:
        result = {"sessions": sessions, "min_answers": MIN_ANSWERS, "items": rows}
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{sessions} ended class quiz session(s); discrimination = point-biserial correlation")
    print("item\tanswered\tright\tdiscrimination\tmarks")
    for row in rows:
        d = row["discrimination"]
        marks = ["few"] if row["few"] else row["flags"]
        print(
            f"{row['id']}\t{row['answered']}\t{round(100 * row['accuracy'])}%"
            f"\t{'-' if d is None else f'{d:.2f}'}\t{' '.join(marks) or '-'}"
        )
    return 0


def stats_command(args: argparse.Namespace, settings: Settings) -> int:
    if args.items:
        return item_stats_command(args, settings)
    store = Store(settings.db_path)
    bank = load_with_extra_dir(settings.content_dir)
    tallies: dict[str, dict[str, list[int]]] = {
        k: defaultdict(lambda: [0, 0]) for k in ("deck", "technique", "level", "region")
    }
    sessions = 0
    try:
        for session in classroom.all_sessions(store.db):
            if session.status not in (classroom.FINISHED, classroom.STOPPED):
                continue
            sessions += 1
            for answer in classroom.answers(store.db, session.id):
                item = bank.items.get(session.items[answer.number - 1])
                if item is None:
                    continue
                keys = {
                    "deck": [item.deck],
                    "technique": list(item.techniques),
                    "level": [item.level],
                    "region": [session.region or "-"],
                }
                for group, names in keys.items():
                    for name in names:
                        tallies[group][name][0] += answer.correct
                        tallies[group][name][1] += 1
    finally:
        store.close()
    result = {
        "sessions": sessions,
        **{
            group: sorted(
                ({"name": name, "answers": n, "accuracy": round(r / n, 4)} for name, (r, n) in rows.items()),
                key=lambda row: (row["accuracy"], row["name"]),
            )
            for group, rows in tallies.items()
        },
    }
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"{sessions} ended class quiz session(s)")
    for group in ("deck", "technique", "level", "region"):
        print(f"\nby {group} (hardest first):")
        for row in result[group]:
            print(f"  {one_line(row['name'])}\t{round(100 * row['accuracy'])}%\t{row['answers']} answers")
    return 0
