"""Rebuild the shipped model from the data that ships in the repository: one reproducible command.

    python -m classifier.build_shipped            # writes classifier/models/matte.skops, .json, .md

It is the same as `matte classifier train --seed 0 --balance-files --out classifier/models/matte.skops` with
`--data` for each file in `SHIPPED_DATA`, in that order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from classifier.checker import DEFAULT_MODEL_PATH
from classifier.dataset import DataError
from classifier.evaluate import format_metrics
from classifier.train import train

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_DATA = ("sms_en.csv", "ja_messages.csv", "en_messages.csv")
SEED = 0


def shipped_data_paths() -> list[Path]:
    """The shipped training files that exist, in `SHIPPED_DATA` order."""
    return [DATA_DIR / name for name in SHIPPED_DATA if (DATA_DIR / name).is_file()]


def main(argv: list[str] | None = None) -> int:
    """Train the shipped model; `--out` writes it elsewhere (the tests rebuild it into a temporary dir)."""
    parser = argparse.ArgumentParser(
        prog="python -m classifier.build_shipped",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_MODEL_PATH, help="model path (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    paths = shipped_data_paths()
    missing = [name for name in SHIPPED_DATA if not (DATA_DIR / name).is_file()]
    if missing:
        print(f"warning: not found, training without: {', '.join(missing)}", file=sys.stderr)
    try:
        report = train(paths, args.out, seed=SEED, stream=sys.stderr, name="matte", balance_files=True)
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(format_metrics(report.cv_metrics, "5-fold cross-validation"))
    print(
        f"threshold {report.threshold:.3f}; model {report.files.model} "
        f"({report.files.model.stat().st_size / 1e6:.2f} MB); {report.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
