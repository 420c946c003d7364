"""Keep the blind evaluation sets blind: find training rows that nearly copy an evaluation message.

An evaluation set measures a model only if nothing like its messages was trained on. Training
messages are written by other people than the evaluation sets, but two writers can still land on
almost the same sentence; such a training row is dropped, without anyone reading either message.

    python -m classifier.leakage --data classifier/data/ja_messages.csv --eval classifier/eval/X.csv [--drop]

prints only counts (never a message), and with `--drop` rewrites the training file without them.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

THRESHOLD = 0.5
"""Character 3-gram TF-IDF cosine at or above which a training row counts as a near copy."""
BLOCK_ROWS = 2000


def near_copies(train: list[str], evaluation: list[str], threshold: float = THRESHOLD) -> list[int]:
    """Indices of training texts within `threshold` cosine of any evaluation text.

    The vocabulary and idf come from both lists together; the similarities are taken `BLOCK_ROWS`
    training rows at a time, since the whole product held 550 million entries (6 GB) for
    `ja_blind_retired.csv` and its row maxima took as long as the product itself. Single precision
    finds the same rows (a cosine within 1e-6 of the threshold is the only place it could differ) a
    quarter faster (19 s -> 15 s for 56,000 training texts against the evaluation sets of stop 45).
    """
    if not train or not evaluation:
        return []
    tfidf = TfidfVectorizer(analyzer="char", ngram_range=(3, 3), dtype=np.float32).fit_transform(
        [*train, *evaluation]
    )
    rows, columns = tfidf[: len(train)], tfidf[len(train) :].T.tocsc()
    found: list[int] = []
    for start in range(0, len(train), BLOCK_ROWS):
        closeness = (rows[start : start + BLOCK_ROWS] @ columns).tocsr()
        row_of = np.repeat(np.arange(closeness.shape[0]), np.diff(closeness.indptr))
        found += [start + int(i) for i in np.unique(row_of[closeness.data >= threshold])]
    return found


def _rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), list(reader)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifier.leakage", description=__doc__)
    parser.add_argument("--data", type=Path, required=True, help="training CSV (text column)")
    parser.add_argument("--eval", type=Path, action="append", required=True, help="evaluation CSV")
    parser.add_argument("--drop", action="store_true", help="rewrite --data without the near copies")
    args = parser.parse_args(argv)
    header, rows = _rows(args.data)
    evaluation = [row["text"] for path in args.eval for row in _rows(path)[1]]
    found = near_copies([row["text"] for row in rows], evaluation)
    print(
        f"{args.data}: {len(found)} of {len(rows)} rows within {THRESHOLD} cosine "
        f"of {len(evaluation)} evaluation texts"
    )
    if found and args.drop:
        drop = set(found)
        with args.data.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(row for i, row in enumerate(rows) if i not in drop)
        print(f"dropped {len(found)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
