"""`matte quiz`: validate, list and import quiz content."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bot.config import Settings
from bot.text_safety import one_line
from quizzes.csv_import import ImportError_, import_csv
from quizzes.loader import ID, ID_RULE, ROOT, BankError, load_bank, load_with_extra_dir
from quizzes.model import Bank
from quizzes.tips import load_tips


def register(subparsers: argparse._SubParsersAction) -> None:
    quiz = subparsers.add_parser(
        "quiz", help="quiz content: validate, list, import", description="Quiz content."
    )
    actions = quiz.add_subparsers(dest="quiz_command", metavar="ACTION", required=True)

    validate = actions.add_parser(
        "validate",
        help="check decks, lessons and courses",
        description="Check the shipped content, or the given files together with it. "
        "Every problem names the file and line; the exit code is 1 if there is any.",
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="content files to check")
    validate.add_argument(
        "--report",
        action="store_true",
        help="also print counts by level, technique and verdict, and the surface-cue baseline",
    )
    validate.set_defaults(func=validate_cmd)

    listing = actions.add_parser("list", help="list every quiz item", description="List every quiz item.")
    listing.add_argument("--json", action="store_true", help="one JSON array of objects")
    listing.set_defaults(func=list_cmd)

    importing = actions.add_parser(
        "import",
        help="turn a spreadsheet (CSV) into a deck file",
        description="Turn a CSV exported from Excel or Google Sheets (UTF-8 or Shift_JIS) into a deck file. "
        "The README lists the columns.",
    )
    importing.add_argument("csv", type=Path, metavar="FILE.csv")
    importing.add_argument("--deck", required=True, help="deck id (also the file name)")
    importing.add_argument("--title-ja", default="", help="deck title in Japanese")
    importing.add_argument("--title-en", default="", help="deck title in English")
    importing.add_argument(
        "--replace", action="store_true", help="overwrite a deck of the same name (its ids may be reused)"
    )
    importing.add_argument(
        "--out",
        type=Path,
        help="where to write the deck (default: DECK.toml in MATTE_CONTENT_DIR, else quizzes/decks)",
    )
    importing.set_defaults(func=import_cmd)


def validate_cmd(args: argparse.Namespace, settings: Settings) -> int:
    try:
        extra = sorted(Path(settings.content_dir).glob("*.toml")) if settings.content_dir else []
        bank = load_bank(extra=[*extra, *args.paths])
        tips = load_tips()
    except BankError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 1
    print(
        f"ok: {len(bank.items)} items in {len(bank.decks)} decks, {len(bank.lessons)} lessons, "
        f"{len(bank.courses)} course(s), {len(tips)} weekly tips"
    )
    if args.report:
        print(report(bank))
    return 0


def report(bank: Bank) -> str:
    """Counts an author checks against the coverage targets, and how far surface cues alone get."""
    items = list(bank.items.values())
    judge = [i for i in items if i.kind == "judge"]
    lines = []
    for title, counts in (
        ("level", Counter(i.level for i in items)),
        ("kind", Counter(i.kind for i in items)),
        ("verdict", Counter(i.verdict for i in judge)),
        ("technique", Counter(t for i in items for t in i.techniques)),
    ):
        lines.append(f"{title}:")
        lines.extend(f"  {name}\t{n}" for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    lines.append(f"real cases with a source: {sum(i.source is not None for i in items)}")
    choice_items = [i for i in items if i.kind != "judge"]
    longest = sum(max(i.choices, key=lambda c: len(c.ja)).id == i.answer for i in choice_items)
    lines.append(
        f"answer is the longest choice: {longest} of {len(choice_items)} choice items "
        f"({longest / max(len(choice_items), 1):.0%}; guessing the longest should not pay)"
    )
    from quizzes.surface_baseline import CEILING, measure  # scikit-learn: only when a report is asked for

    baseline = measure(items)
    verdict = "ok" if baseline.accuracy <= CEILING else f"too high, above {CEILING:.0%}"
    lines += [
        f"surface-cue baseline: {baseline.accuracy:.1%} cross-validated accuracy on "
        f"{baseline.judge_items} judge items ({verdict}); majority class {baseline.majority:.1%}",
        f"calm misleading posts: {baseline.calm_misleading:.0%}; "
        f"alarming trustworthy posts: {baseline.alarming_trustworthy:.0%}",
    ]
    return "\n".join(lines)


def list_cmd(args: argparse.Namespace, settings: Settings) -> int:
    bank = load_with_extra_dir(settings.content_dir)
    rows = [
        {
            "id": item.id,
            "deck": item.deck,
            "kind": item.kind,
            "languages": ["ja", "en"],
            "techniques": list(item.techniques),
            "topic": item.topic,
            "level": item.level,
            "verdict": item.verdict,
            "real_case": item.source is not None,
            "question_ja": item.question_ja or item.post_ja,
        }
        for item in bank.items.values()
    ]
    for row in rows:
        if row["kind"] != "judge":
            del row["verdict"]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        verdict = f" [{row['verdict']}]" if "verdict" in row else ""
        print(
            f"{row['id']}\t{row['deck']}\t{row['kind']}{verdict}\t{row['level']}"
            f"\t{one_line(row['question_ja'])[:40]}"
        )
    return 0


IMPORT_TEXTS = {
    "bad_deck": ("--deck {deck!r} must be {rule}", "--deck「{deck}」は{rule}にしてください"),
    "bad_out": ("--out must be named {deck}.toml (the file name is the deck id)",
                "--out のファイル名は {deck}.toml にしてください（ファイル名がデッキ id です）"),
    "exists": ("{out} exists; add --replace to overwrite it, or choose another --deck",
               "{out} はもうあります。上書きするなら --replace をつけるか、別の --deck にしてください"),
    "content": ("the decks Matte already loads have problems; fix them first:",
                "いま読み込んでいるデッキに問題があります。先に直してください:"),
    "total": ("{n} problem(s), nothing written", "問題が {n} 件あります。何も書き込んでいません"),
    "wrote": ("wrote {n} items to {out}", "{n} 問を {out} に書き込みました"),
    "unwritable": ("cannot write {out}: {error}", "{out} に書き込めません: {error}"),
}  # fmt: skip


def import_cmd(args: argparse.Namespace, settings: Settings) -> int:
    """Everything is checked (deck name, existing ids in every deck Matte would load, each row) before
    the deck is written in one atomic rename, so a failed import leaves no file behind."""
    lang = settings.lang

    def say(key: str, **params: object) -> str:
        return IMPORT_TEXTS[key][lang == "ja"].format(**params)

    def fail(lines: list[str]) -> int:
        for line in lines:
            print(line, file=sys.stderr)
        return 1

    if not ID.match(args.deck):
        return fail([f"matte: {say('bad_deck', deck=args.deck, rule=ID_RULE[lang == 'ja'])}"])
    folder = Path(settings.content_dir) if settings.content_dir else ROOT / "decks"
    out = args.out or folder / f"{args.deck}.toml"
    if out.stem != args.deck:
        return fail([f"matte: {say('bad_out', deck=args.deck)}"])
    if out.exists() and not args.replace:
        return fail([f"matte: {say('exists', out=out)}"])
    others = [p for p in _content_files(settings) if p.resolve() != out.resolve()]
    try:
        existing = load_bank(extra=others)
    except BankError as exc:
        return fail([say("content"), *(str(p) for p in exc.problems)])
    try:
        imported = import_csv(
            args.csv,
            args.deck,
            args.title_ja,
            args.title_en,
            existing=(i for i in existing.items.values() if i.deck != args.deck),
            lang=lang,
        )
    except ImportError_ as exc:
        return fail([*exc.problems, say("total", n=len(exc.problems))])
    try:
        _write_checked(out, imported.toml, others)
    except BankError as exc:
        return fail([*(str(p) for p in exc.problems), say("total", n=len(exc.problems))])
    except OSError as exc:
        return fail([f"matte: {say('unwritable', out=out, error=exc.strerror)}"])
    print(say("wrote", n=imported.count, out=out))
    return 0


def _content_files(settings: Settings) -> list[Path]:
    return sorted(Path(settings.content_dir).glob("*.toml")) if settings.content_dir else []


def _write_checked(out: Path, text: str, others: list[Path]) -> None:
    """Load the new deck with everything else from a temporary folder next to `out`, then rename it
    into place (atomic on one file system): a crash or a bad deck never leaves a half-written file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".matte-import-") as folder:
        staged = Path(folder) / out.name
        staged.write_text(text, encoding="utf-8")
        load_bank(extra=[*others, staged])
        os.replace(staged, out)
