"""Screenshots of Japanese chat messages read back by OCR: accuracy, the check's agreement, speed.

    .venv/bin/python bench/bench_ocr.py [--n 40] [--seed 7]

Takes N messages (half flagged, half ordinary, at most 160 characters, a fixed random sample) from the
first independent writer's set (`writer` `ja_dev` in `classifier/data/ja_writers.csv`; nothing
here trains or tunes on it), draws each as a phone screenshot in four styles (`chat_screens.py`: LINE-like
bubbles in light and dark mode, an SMS screen, and a photo of a screen: turned, blurred, noisy, JPEG)
with Debian's IPA Gothic font, and reads each back with `images.reading.read_image` (Tesseract jpn+eng).

Printed per style:
- character accuracy: 1 - (edit distance / length) between the message and what was read, both
  NFKC-folded without spaces, after removing the screen's own chrome (sender name, time stamp);
- agreement: the share of messages whose check outcome (official alert / scam warning / flagged with
  signs / ordinary; what decides the reply) is the same for the screenshot as for the original text;
- seconds per image read one at a time (wall clock, and CPU seconds of this process and its Tesseract
  processes, which a shared machine disturbs less), and for the whole set the images per second through
  `ImageReader` with 2 workers (the bot's pool), against scoring the original texts in this process.
Figures only; nothing asserts on time.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import random
import resource
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from chat_screens import STYLES, render  # noqa: E402

from classifier.checker import Checker  # noqa: E402
from classifier.result import CheckResult  # noqa: E402
from images import ocr  # noqa: E402
from images.reading import ImageReader, read_image  # noqa: E402

MESSAGES = ROOT / "classifier" / "data" / "ja_writers.csv"
WRITER = "ja_dev"
SENDER = "山田 花子"
CHROME = (SENDER.replace(" ", ""), "14:32")
MAX_CHARS = 160


def sample(n: int, seed: int) -> list[tuple[str, int]]:
    with MESSAGES.open(encoding="utf-8") as file:
        rows = [
            (r["text"], int(r["label"]))
            for r in csv.DictReader(file)
            if r["writer"] == WRITER and len(r["text"]) <= MAX_CHARS
        ]
    rng = random.Random(seed)
    flagged = [r for r in rows if r[1] == 1]
    ordinary = [r for r in rows if r[1] == 0]
    return rng.sample(flagged, n // 2) + rng.sample(ordinary, n - n // 2)


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def accuracy(original: str, read: str) -> float:
    folded = fold(read)
    for chrome in CHROME:
        folded = folded.replace(chrome, "")
    target = fold(original)
    return max(0.0, 1 - edit_distance(target, folded) / max(1, len(target)))


def outcome(result: CheckResult) -> str:
    """What decides the bot's reply (bot.features.check.guided_check)."""
    if result.official_alert:
        return "official"
    if result.scam_warning:
        return "warning"
    if (result.suspicious and result.cues) or result.matches:
        return "flagged"
    return "ordinary"


def cpu_seconds() -> float:
    """CPU time of this process and of the Tesseract processes it has waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def encoded(style: str, text: str, seed: int) -> bytes:
    buffer = io.BytesIO()
    image = render(text, style, sender=SENDER, seed=seed)
    image.save(buffer, "JPEG" if style == "photo" else "PNG", quality=85)
    return buffer.getvalue()


async def pooled(pictures: list[bytes]) -> float:
    reader = ImageReader(workers=2, max_waiting=len(pictures))
    started = time.perf_counter()
    await asyncio.gather(*(reader.read(p) for p in pictures))
    reader.close()
    return len(pictures) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    status = ocr.status()
    if not status.usable:
        sys.exit("Tesseract with jpn+eng is needed: sudo apt-get install tesseract-ocr tesseract-ocr-jpn")
    messages = sample(args.n, args.seed)
    checker = Checker.load()
    started = time.perf_counter()
    expected = [outcome(r) for r in checker.score_many([text for text, _ in messages])]
    text_seconds = (time.perf_counter() - started) / len(messages)
    print(
        f"tesseract {status.version}; {len(messages)} messages; outcomes of the originals: "
        + ", ".join(f"{k} {expected.count(k)}" for k in sorted(set(expected)))
    )
    print(f"checking the original text: {text_seconds * 1000:.1f} ms per message (baseline)")
    header = ("style", "char acc", "agree", "s/image", "cpu s", "vs text")
    print("{:<11} {:>8} {:>6} {:>8} {:>6} {:>8}  disagreements".format(*header))
    all_agree = 0
    for style in STYLES:
        pictures = [encoded(style, text, i) for i, (text, _) in enumerate(messages)]
        scores, agree, seconds, misses = [], 0, 0.0, []
        cpu_before = cpu_seconds()
        for i, (picture, (text, _)) in enumerate(zip(pictures, messages, strict=True)):
            began = time.perf_counter()
            read = read_image(picture)
            seconds += time.perf_counter() - began
            scores.append(accuracy(text, read.text))
            got = outcome(checker.score(read.checked_text)) if read.checked_text else "ordinary"
            if got == expected[i]:
                agree += 1
            else:
                misses.append(f"#{i} {expected[i]}->{got}")
        all_agree += agree
        per_image = seconds / len(pictures)
        cpu = (cpu_seconds() - cpu_before) / len(pictures)
        print(
            f"{style:<11} {sum(scores) / len(scores):>8.1%} {agree / len(pictures):>6.0%} {per_image:>8.2f} "
            f"{cpu:>6.2f} {per_image / text_seconds:>7.0f}x  {' '.join(misses[:6])}"
        )
    total = len(messages) * len(STYLES)
    print(f"all styles: agreement {all_agree / total:.1%} ({all_agree}/{total})")
    line_pictures = [encoded("line_light", text, i) for i, (text, _) in enumerate(messages)]
    print(f"pool of 2 workers (ImageReader), line_light: {asyncio.run(pooled(line_pictures)):.2f} images/s")


if __name__ == "__main__":
    main()
