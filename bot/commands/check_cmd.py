"""`matte check`: look for warning signs in a message, for a person (readable) or a program (JSON lines).

Imports of the classifier happen inside the command, so `matte --help` stays fast and the rest of the
CLI works even where scikit-learn is not installed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from classifier.checker import Checker
    from classifier.result import CheckResult
    from classifier.rumours import RumourIndex

BATCH_SIZE = 512
DISCLAIMER = (
    "※ このスコアは真偽の判定ではありません。気になる点を確かめてから共有してください。\n"
    "   This score is not a verdict on truth: it flags warning signs worth checking before you share."
)
# After an official alert or a scam warning, "check before you share" would hold up a real warning.
NOTICE_DISCLAIMER = (
    "※ このスコアは真偽の判定ではありません。公式の発表は、公式サイトや公式アプリで確かめられます。\n"
    "   This score is not a verdict on truth: confirm an official notice on the official site or app."
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `check` to the `matte` command."""
    check = subparsers.add_parser(
        "check",
        help="look for warning signs in a message",
        description="Score a message for warning signs of scams and rumours (a calibrated score, never a "
        "verdict on truth), show the cues that triggered and any matching already-checked rumour. "
        "With --image, read the text and QR codes of a picture first. "
        "With --jsonl, read {'id': ..., 'text': ...} (or {'id': ..., 'image': PATH}) lines on stdin and "
        "write one JSON line per input.",
    )
    check.add_argument("text", nargs="?", metavar="TEXT", help="the message to check ('-' reads stdin)")
    check.add_argument(
        "--image",
        type=Path,
        metavar="FILE",
        help="check a screenshot or photo: its text (Tesseract OCR, jpn+eng) and its QR codes",
    )
    output = check.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    output.add_argument(
        "--jsonl",
        action="store_true",
        help='batch mode: read {"id", "text"} or {"id", "image": PATH} JSON lines on stdin, write {"id", '
        '"score", "suspicious", "cues", "matches", "official_alert", "scam_warning", "links", "truncated"} '
        'lines (image lines also "image", "text" as read and "codes"), or {"id", "error"} for a bad line, '
        "including one that is not UTF-8 or a picture that cannot be read",
    )
    check.add_argument("--model", type=Path, metavar="MODEL", help="model file (default: the shipped model)")
    check.add_argument(
        "--rumours",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.csv",
        help="extra checked rumours, CSV: id,text,title_ja,title_en,explanation_ja,explanation_en,source; "
        "repeatable",
    )
    check.add_argument("--threshold", type=float, help="score at or above which a message is flagged")
    check.add_argument(
        "--batch-size",
        type=int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"lines per batch (default {BATCH_SIZE})",
    )
    check.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="--jsonl: processes scoring batches (default: the usable cores, at most 4)",
    )
    check.set_defaults(func=run, quick_exit=True)


def run(args: argparse.Namespace, settings: object = None) -> int:
    """Entry point; returns the exit code (1 for an unusable model or rumour file, 2 for bad usage)."""
    from bot.commands.check_pool import default_workers

    if not args.jsonl and (args.text is None) == (args.image is None):
        print("matte check: error: give TEXT, '-' for stdin, --image FILE, or --jsonl", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("matte check: error: --batch-size must be at least 1", file=sys.stderr)
        return 2
    if args.workers is not None and args.workers < 1:
        print("matte check: error: --workers must be at least 1", file=sys.stderr)
        return 2
    workers = args.workers or default_workers()
    try:
        if args.jsonl and workers > 1:
            checker = load_side_by_side(args.model, args.rumours, args.threshold)
        else:
            from classifier.checker import Checker

            checker = Checker.load(args.model, load_rumours(args.rumours), args.threshold)
    except Exception as error:
        # Named only now: importing classifier.model_io loads skops and scikit-learn, which
        # `load_side_by_side` must not do before its fork.
        from classifier.dataset import DataError
        from classifier.model_io import ModelError

        if not isinstance(error, ModelError | DataError):
            raise
        print(f"matte check: error: {error}", file=sys.stderr)
        return 1
    if args.jsonl:
        lines = getattr(sys.stdin, "buffer", sys.stdin)
        check_jsonl(checker, lines, sys.stdout, args.batch_size, workers)
        return 0
    if args.image is not None:
        return check_image(checker, args.image, args.json)
    text = sys.stdin.read() if args.text == "-" else args.text
    result = checker.score(text)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(render(result, checker.threshold))
    return 0


def read_picture(path: Path) -> tuple[dict[str, Any], str | None]:
    """The picture's reading as JSON fields ("image", "text", "codes"), and its text to check or None.

    A missing file or a picture that cannot be read gives an "error" field with one clear sentence.
    """
    from images.limits import MAX_BYTES, MESSAGES, Problem
    from images.reading import read_image

    fields: dict[str, Any] = {"image": str(path)}
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # enough to tell a file is too large, never more
    except OSError as error:
        return {**fields, "error": f"cannot open the file: {error.strerror or error}"}, None
    reading = read_image(data)
    if reading.problem is not None:
        return {**fields, "error": MESSAGES[reading.problem], "problem": reading.problem.value}, None
    fields |= {"text": reading.text, "codes": [{"kind": c.kind, "text": c.text} for c in reading.codes]}
    if reading.ocr_missing:
        fields["warning"] = MESSAGES[Problem.NO_OCR]
    return fields, reading.checked_text


def check_image(checker: Checker, path: Path, as_json: bool) -> int:
    """`matte check --image FILE`: 0 when the picture was checked, 1 when it could not be read."""
    fields, text = read_picture(path)
    if text is None:
        if as_json:
            print(json.dumps(fields, ensure_ascii=False))
        else:
            print(f"matte check: {path}: {fields['error']}", file=sys.stderr)
        return 1
    result = checker.score(text) if text.strip() else None
    if as_json:
        print(json.dumps({**fields, **(result.to_json() if result else {})}, ensure_ascii=False))
        return 0
    lines = ["画像から読み取った文字 / text read from the picture:", fields["text"] or "(なし / none)"]
    lines.extend(f"コード / code ({code['kind']}): {code['text']}" for code in fields["codes"])
    if "warning" in fields:
        lines.append(f"※ {fields['warning']}")
    print("\n".join(lines))
    nothing = "文字もコードも見つかりません / no text or code found"
    print(render(result, checker.threshold) if result else nothing)
    return 0


def load_side_by_side(model: Path | None, rumours: list[Path], threshold: float | None) -> Checker:
    """`Checker.load` with the rumour index built in a forked process while this one loads the model.

    The fork comes first, before either side has imported scikit-learn: importing and loading the
    model (about 1.5 s) and importing and building the index (about 1.4 s) then run on two cores, and
    the index comes back pickled (a few hundredths of a second). A bad rumour file's DataError is
    raised here as it would be in one process.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
        index = pool.submit(load_rumours, rumours)
        from classifier.checker import Checker

        checker = Checker.load(model, None, threshold)
        checker.rumours = index.result()
    return checker


def load_rumours(paths: list[Path]) -> RumourIndex:
    """What the bot matches against: the shipped rumour bank, the quiz bank's real cases (when the quizzes
    package provides them) and CSV files."""
    from classifier.rumour_bank import shipped_records
    from classifier.rumours import RumourIndex, read_csv_records

    records: list[dict[str, Any]] = [*shipped_records()]
    try:
        from quizzes import rumour_records
    except ImportError:
        rumour_records = None
    if rumour_records is not None:
        try:
            records.extend(rumour_records())
        except Exception as error:  # a broken quiz bank must not stop people checking messages
            print(f"matte check: warning: quiz rumours not loaded: {error}", file=sys.stderr)
    for path in paths:
        records.extend(read_csv_records(path))
    return RumourIndex(records)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _batches(lines: Iterable[str | bytes], size: int) -> Iterator[list[str | bytes]]:
    iterator = iter(lines)
    while batch := list(islice(iterator, size)):
        yield batch


def _clean(value: Any) -> Any:
    """Lone surrogates (JSON can spell "\\ud800") replaced by U+FFFD, which UTF-8 output can carry."""
    return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


Parsed = tuple[Any, str | None, str | None, dict[str, Any]]


def _parse(line: str | bytes) -> Parsed:
    """(id, text, error, picture fields) for one input line; an error costs that line only.

    A line that is not UTF-8 is an error; `{"image": PATH}` is read (OCR and codes) into its text.
    """
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as error:
            return None, None, f"not UTF-8: {error.reason} at byte {error.start}", {}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return None, None, f"not JSON: {error.msg} at column {error.colno}", {}
    if not isinstance(item, dict):
        return None, None, 'each line must be a JSON object like {"id": 1, "text": "..."}', {}
    identifier = _clean(item.get("id"))
    if "image" in item and "text" not in item:
        if not isinstance(item["image"], str):
            return identifier, None, '"image" must be a file path', {}
        fields, text = read_picture(Path(_clean(item["image"])))
        error = fields.pop("error", None)
        return identifier, text, error, fields
    text = item.get("text")
    if not isinstance(text, str):
        return identifier, None, '"text" must be a string', {}
    return identifier, _clean(text), None, {}


def check_jsonl(
    checker: Checker,
    lines: Iterable[str | bytes],
    out: TextIO,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
) -> int:
    """Check JSON lines in batches; returns how many lines were answered (blank lines are skipped).

    Lines may be text or raw bytes (stdin is read as bytes, so one line of invalid UTF-8 or a lone
    surrogate costs that line an error record and never the batch). See `check_pool` for `workers`.
    """
    from bot.commands.check_pool import BatchScorer

    parsed_batches: deque[list[Parsed]] = deque()

    def texts_to_score() -> Iterator[list[str]]:
        for batch in _batches(lines, batch_size):
            parsed = [_parse(line) for line in batch if line.strip()]
            parsed_batches.append(parsed)
            yield [text for _, text, error, _ in parsed if error is None and text is not None]

    answered = 0
    for scored in BatchScorer(checker, workers).scored(texts_to_score()):
        results = iter(scored)
        for identifier, _text, error, fields in parsed_batches.popleft():
            if error is not None:
                out.write(json.dumps({"id": identifier, **fields, "error": error}, ensure_ascii=False) + "\n")
            else:
                head = json.dumps({"id": identifier, **fields}, ensure_ascii=False)
                out.write(f"{head[:-1]}, {next(results)}}}\n")
            answered += 1
        out.flush()
    return answered


def render(result: CheckResult, threshold: float) -> str:
    """Readable, Japanese-first text for one result."""
    from classifier.cues import CUE_LABELS
    from classifier.links import REASON_LABELS
    from classifier.result import MAX_SCORED_CHARS

    # A warning or an alert relay keeps its model score, which can be high (its words are a scam's):
    # "few warning signs" beside 0.99 would read as a contradiction.
    if result.suspicious:
        verdict = "注意が必要かも / worth a closer look"
    elif result.official_alert or result.scam_warning:
        verdict = "注意の呼びかけ・知らせとして読みました / read as a warning or a notice"
    else:
        verdict = "目立つ警告サインは少なめ / few warning signs"
    lines = [f"スコア score: {result.score:.2f}  ({verdict}; しきい値 threshold {threshold:.2f})"]
    if result.official_alert:
        lines.append(
            "公式の知らせを伝えるメッセージのようです: 指示に従い、公式サイトや公式アプリで確かめてください。"
        )
        lines.append("   (relays an official alert: follow it and confirm it on the official site or app)")
    if result.scam_warning:
        lines.append(
            "詐欺への注意を呼びかけるメッセージのようです。中の連絡先やリンクには連絡しないでください。"
        )
        lines.append("   (warns about a scam: do not contact any number or link it quotes)")
    if result.cues:
        lines.append("気になる点 / warning signs:")
        for cue in result.cues:
            ja, en = CUE_LABELS.get(cue.name, (cue.name, cue.name))
            quoted = " ".join(f"「{span.text}」" for span in cue.spans)
            lines.append(f"  ・{ja} ({en}): {quoted}")
    else:
        lines.append("気になる点 / warning signs: なし / none found")
    if result.matches:
        lines.append("似ている確認済みのうわさ / similar checked rumours:")
        for match in result.matches:
            title = " / ".join(part for part in (match.title_ja, match.title_en) if part) or match.rumour_id
            lines.append(f"  ・{title}  (類似度 similarity {match.similarity:.2f}; {match.source})")
            for explanation in (match.explanation_ja, match.explanation_en):
                if explanation:
                    lines.append(f"    {explanation}")
    for link in result.links:
        lines.append(f"このリンクの本当の行き先は {link.destination} です")
        lines.append(f"   (this link really goes to {link.destination})")
        if link.official:
            lines.append(
                "  公式のドメインです (official domain): それでもブックマークや公式アプリから開きましょう"
            )
        lines.extend("  ・{} ({})".format(*REASON_LABELS[reason]) for reason in link.reasons)
    if result.truncated:
        lines.append(
            f"※ 長いので、はじめの{MAX_SCORED_CHARS}文字だけを確かめました / only the first "
            f"{MAX_SCORED_CHARS} characters were checked"
        )
    lines.append(NOTICE_DISCLAIMER if result.official_alert or result.scam_warning else DISCLAIMER)
    return "\n".join(lines)
