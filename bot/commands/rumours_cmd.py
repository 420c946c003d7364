"""`matte rumours list|validate|import|eval`: the bank of already-checked rumours and scams.

The bank is content like the quiz decks: edited by hand, checked by a command that names file and line,
grown by importing the ClaimReview markup fact-checkers publish, and measured on paraphrase sets.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO_DATA = Path(__file__).resolve().parents[2] / "tests" / "data"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `rumours` with its actions to the `matte` command."""
    rumours = subparsers.add_parser(
        "rumours",
        help="the bank of already-checked rumours: list, validate, import, eval",
        description="The bank of already-checked rumours and scams that forwarded messages are matched to.",
    )
    actions = rumours.add_subparsers(dest="rumours_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the records", description="List the records of a bank.")
    listing.add_argument("--file", type=Path, metavar="FILE", help="bank file (default: the shipped bank)")
    listing.add_argument("--json", action="store_true", help="one JSON array of objects")
    listing.set_defaults(func=list_cmd)

    validate = actions.add_parser(
        "validate",
        help="check bank files and print counts",
        description="Check bank files (default: the shipped bank): every record needs an id, organisation, "
        "URL and ISO date, known kind and topic, and text in at least one language. Every problem names "
        "file and line; the exit code is 1 if there is any.",
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="FILE", help="bank files to check")
    validate.set_defaults(func=validate_cmd)

    importing = actions.add_parser(
        "import",
        help="append schema.org ClaimReview JSON / JSON-LD to a bank file",
        description="Read ClaimReview markup (one object, a list, or an @graph) and append it to a bank "
        "file. Unusable input is refused with one line and nothing is written.",
    )
    importing.add_argument("source", type=Path, metavar="FILE", help="ClaimReview JSON or JSON-LD")
    importing.add_argument("--out", type=Path, required=True, metavar="FILE", help="bank file to append to")
    importing.set_defaults(func=import_cmd)

    evaluate = actions.add_parser(
        "eval",
        help="measure matching on the paraphrase sets",
        description="Choose the threshold on the development set (at most 2%% wrong matches), then print "
        "the development and test figures at the shipped settings.",
    )
    evaluate.add_argument(
        "--dev", type=Path, default=REPO_DATA / "rumour_paraphrases_dev.csv", metavar="FILE.csv"
    )
    evaluate.add_argument(
        "--test", type=Path, default=REPO_DATA / "rumour_paraphrases.csv", metavar="FILE.csv"
    )
    evaluate.set_defaults(func=eval_cmd)


def list_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Print id, date, organisation and title of every record (or all fields as JSON)."""
    from classifier.dataset import DataError
    from classifier.rumour_bank import BANK_PATH, read_records

    try:
        records = [rumour for _line, rumour in read_records(args.file or BANK_PATH)]
    except DataError as error:
        print(f"matte rumours list: error: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([rumour.to_dict() for rumour in records], ensure_ascii=False, indent=1))
        return 0
    for rumour in records:
        title = rumour.title_ja or rumour.title_en
        print(f"{rumour.id}\t{rumour.date}\t{rumour.kind}\t{rumour.organisation}\t{title}")
    return 0


def validate_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Print every problem (file:line) and the counts; 1 if there is any problem."""
    from classifier.dataset import DataError
    from classifier.rumour_bank import BANK_PATH, problems, read_records

    found: list[str] = []
    records = []
    seen: dict[str, str] = {}
    for path in args.paths or [BANK_PATH]:
        try:
            file_records = read_records(path)
        except DataError as error:
            found.append(str(error))
            continue
        found.extend(problems(file_records, path))
        for line, rumour in file_records:
            if rumour.id in seen and seen[rumour.id] != str(path):
                found.append(f"{path}:{line}: id {rumour.id!r} is also used in {seen[rumour.id]}")
            seen.setdefault(rumour.id, str(path))
            records.append(rumour)
    for problem in found:
        print(problem, file=sys.stderr)
    kinds = Counter(rumour.kind for rumour in records)
    topics = Counter(rumour.topic for rumour in records)
    organisations = Counter(rumour.organisation for rumour in records)
    print(f"{len(records)} records: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    print("topics: " + ", ".join(f"{topic} {n}" for topic, n in topics.most_common()))
    print(
        f"{len(organisations)} organisations; most records: "
        + ", ".join(f"{name} {n}" for name, n in organisations.most_common(5))
    )
    print(f"{len(found)} problem(s)")
    return 1 if found else 0


def import_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Append ClaimReviews to --out; 1 with one line and nothing written for unusable input."""
    from classifier.dataset import DataError
    from classifier.rumour_bank.claimreview import import_file

    try:
        added, present = import_file(args.source, args.out)
    except DataError as error:
        print(f"matte rumours import: error: {error}", file=sys.stderr)
        return 1
    print(f"{added} record(s) added to {args.out}; {present} already there")
    return 0


def eval_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Print the development set's chosen setting and the figures at the shipped setting."""
    from classifier.dataset import DataError
    from classifier.rumour_bank import shipped_records
    from classifier.rumour_bank.evaluation import MAX_DEV_WRONG, calibrate, evaluate, read_examples
    from classifier.rumours import DEFAULT_THRESHOLD, KEYWORD_WEIGHT, RumourIndex

    try:
        records = shipped_records()
        known = {str(record["id"]) for record in records}
        dev = read_examples(args.dev, known)
        test = read_examples(args.test, known)
    except DataError as error:
        print(f"matte rumours eval: error: {error}", file=sys.stderr)
        return 1
    index = RumourIndex(records)
    threshold, weight, _ = calibrate(index, dev)
    print(f"bank: {len(index)} rumours")
    print(
        f"development set ({args.dev.name}): best setting with at most {MAX_DEV_WRONG:.0%} wrong matches: "
        f"threshold {threshold:.2f}, keyword weight {weight:.2f}"
    )
    print(f"shipped setting: threshold {DEFAULT_THRESHOLD:.2f}, keyword weight {KEYWORD_WEIGHT:.2f}")
    for name, examples in ((f"development ({args.dev.name})", dev), (f"test ({args.test.name})", test)):
        print(f"{name}:\n" + evaluate(index, examples, DEFAULT_THRESHOLD, KEYWORD_WEIGHT).describe())
    return 0
