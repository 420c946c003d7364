"""Converting the public datasets in shared/data into Matte's `text,label[,category]` CSV format.

`sms` output ships in the repository (CC BY 4.0, attributed); `constraint` output must stay out of it (no
data licence), so it is written wherever the caller says, typically a temporary directory.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

SMS_LABELS = {"ham": 0, "spam": 1, "smishing": 1}
CONSTRAINT_LABELS = {"real": 0, "fake": 1}


def _convert(source: Path, target: Path, text_column: str, labels: dict[str, int]) -> int:
    rows = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        source.open(encoding="utf-8-sig", newline="") as inp,
        target.open("w", encoding="utf-8", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(["text", "label", "category"])
        for line, row in enumerate(csv.DictReader(inp), start=2):
            label = row["label"].strip().lower()
            if label not in labels:
                raise ValueError(f"{source}:{line}: unexpected label {row['label']!r}")
            text = " ".join(row[text_column].split())
            if text:
                writer.writerow([text, labels[label], label])
                rows += 1
    return rows


def convert_sms(source: Path, target: Path) -> int:
    """sms_dev.csv (text,label,source; ham/spam/smishing) -> text,label,category with ham = 0."""
    return _convert(source, target, "text", SMS_LABELS)


def convert_constraint(source: Path, target: Path) -> int:
    """Constraint_*.csv (id,tweet,label; real/fake) -> text,label,category with fake = 1."""
    return _convert(source, target, "tweet", CONSTRAINT_LABELS)


def main(argv: list[str] | None = None) -> int:
    """`python -m classifier.convert {sms,constraint} SOURCE TARGET`."""
    parser = argparse.ArgumentParser(prog="python -m classifier.convert", description=__doc__)
    parser.add_argument("kind", choices=["sms", "constraint"], help="which dataset SOURCE is")
    parser.add_argument("source", type=Path, help="the original CSV")
    parser.add_argument("target", type=Path, help="where to write text,label,category")
    args = parser.parse_args(argv)
    convert = convert_sms if args.kind == "sms" else convert_constraint
    print(f"{convert(args.source, args.target)} rows written to {args.target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
