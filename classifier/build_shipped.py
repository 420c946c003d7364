"""Rebuild the shipped model from the data that ships in the repository: one reproducible command.

    python -m classifier.build_shipped            # writes classifier/models/matte.skops, .json, .md
    python -m classifier.build_shipped \
        --independent classifier/eval/ja_blind_123.csv \
        --independent classifier/eval/ja_blind_122.csv \
        --independent classifier/eval/ja_blind_121.csv \
        --independent classifier/eval/ja_blind_120.csv \
        --independent classifier/eval/ja_blind_119.csv \
        --independent classifier/eval/ja_blind_118.csv \
        --independent classifier/eval/ja_blind_117.csv \
        --independent classifier/eval/ja_blind_116.csv \
        --independent classifier/eval/ja_blind_115.csv \
        --independent classifier/eval/ja_blind_114.csv \
        --independent classifier/eval/ja_blind_113.csv \
        --independent classifier/eval/ja_blind_112.csv \
        --independent classifier/eval/ja_blind_111.csv \
        --independent classifier/eval/ja_blind_110.csv \
        --independent classifier/eval/ja_blind_109.csv \
        --independent classifier/eval/ja_blind_108.csv \
        --independent classifier/eval/ja_blind_107.csv \
        --independent classifier/eval/ja_blind_106.csv \
        --independent classifier/eval/ja_blind_105.csv \
        --independent classifier/eval/ja_blind_104.csv \
        --independent classifier/eval/ja_blind_103.csv \
        --independent classifier/eval/ja_blind_102.csv \
        --independent classifier/eval/ja_blind_101.csv \
        --independent classifier/eval/ja_blind_100.csv \
        --independent classifier/eval/ja_blind_99.csv \
        --independent classifier/eval/ja_blind_98.csv \
        --independent classifier/eval/ja_blind_97.csv \
        --independent classifier/eval/ja_blind_96.csv \
        --independent classifier/eval/ja_blind_95.csv \
        --independent classifier/eval/ja_blind_94.csv \
        --independent classifier/eval/ja_blind_93.csv \
        --independent classifier/eval/ja_blind_92.csv \
        --independent classifier/eval/ja_blind_91.csv \
        --independent classifier/eval/ja_blind_90.csv \
        --independent classifier/eval/ja_blind_89.csv \
        --independent classifier/eval/ja_blind_88.csv \
        --independent classifier/eval/ja_plain_probe_149.csv \
        --independent classifier/eval/ja_plain_probe_148.csv \
        --independent classifier/eval/ja_plain_probe_147.csv \
        --independent classifier/eval/ja_plain_probe_146.csv \
        --independent classifier/eval/ja_plain_probe_145.csv \
        --independent classifier/eval/ja_plain_probe_144.csv \
        --independent classifier/eval/ja_plain_probe_143.csv \
        --independent classifier/eval/ja_plain_probe_142.csv \
        --independent classifier/eval/ja_plain_probe_141.csv \
        --independent classifier/eval/ja_plain_probe_140.csv \
        --independent classifier/eval/ja_plain_probe_139.csv \
        --independent classifier/eval/ja_plain_probe_138.csv \
        --independent classifier/eval/ja_plain_probe_137.csv \
        --independent classifier/eval/ja_plain_probe_136.csv \
        --independent classifier/eval/ja_plain_probe_135.csv \
        --independent classifier/eval/ja_plain_probe_134.csv \
        --independent classifier/eval/ja_plain_probe_133.csv \
        --independent classifier/eval/ja_plain_probe_132.csv \
        --independent classifier/eval/ja_plain_probe_131.csv \
        --independent classifier/eval/ja_plain_probe_130.csv \
        --independent classifier/eval/ja_plain_probe_129.csv \
        --independent classifier/eval/ja_plain_probe_128.csv \
        --independent classifier/eval/ja_plain_probe_127.csv \
        --independent classifier/eval/ja_plain_probe_126.csv \
        --independent classifier/eval/ja_plain_probe_125.csv \
        --independent classifier/eval/ja_plain_probe_124.csv \
        --independent classifier/eval/ja_plain_probe_123.csv \
        --independent classifier/eval/ja_plain_probe_122.csv \
        --independent classifier/eval/ja_plain_probe_121.csv \
        --independent classifier/eval/ja_plain_probe_120.csv \
        --independent classifier/eval/ja_plain_probe_119.csv \
        --independent classifier/eval/ja_plain_probe_118.csv \
        --independent classifier/eval/ja_plain_probe_117.csv \
        --independent classifier/eval/ja_plain_probe_116.csv \
        --independent classifier/eval/ja_plain_probe_115.csv \
        --independent classifier/eval/ja_plain_probe_114.csv \
        --independent classifier/eval/ja_plain_probe_113.csv \
        --independent classifier/eval/ja_plain_probe_112.csv \
        --independent classifier/eval/ja_plain_probe_111.csv \
        --independent classifier/eval/ja_plain_probe_110.csv \
        --independent classifier/eval/ja_plain_probe_109.csv \
        --independent classifier/eval/ja_plain_probe_108.csv \
        --independent classifier/eval/ja_plain_probe_107.csv \
        --independent classifier/eval/ja_plain_probe_106.csv \
        --independent classifier/eval/ja_plain_probe_105.csv \
        --independent classifier/eval/ja_plain_probe_104.csv \
        --independent classifier/eval/ja_plain_probe_103.csv \
        --independent classifier/eval/ja_plain_probe_102.csv \
        --independent classifier/eval/ja_plain_probe_101.csv \
        --independent classifier/eval/ja_plain_probe_100.csv \
        --independent classifier/eval/ja_plain_probe_99.csv \
        --independent classifier/eval/ja_plain_probe_98.csv \
        --independent classifier/eval/ja_plain_probe_97.csv \
        --independent classifier/eval/ja_plain_probe_96.csv \
        --independent classifier/eval/ja_plain_probe_95.csv \
        --independent classifier/eval/ja_plain_probe_94.csv \
        --independent classifier/eval/ja_plain_probe_93.csv \
        --independent classifier/eval/ja_plain_probe_92.csv \

It is the same as `matte classifier train --seed 0 --balance-files --out classifier/models/matte.skops` with
`--data` for each file in `SHIPPED_DATA`, in that order; then the model is evaluated on the project's
held-out Japanese file (never trained on) and, with `--independent`, on independently written sets
(reported only: nothing is chosen on them), and the figures go into the metadata and the model card, with
the size and sources of the rumour bank.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from classifier.card import render_card
from classifier.checker import DEFAULT_MODEL_PATH
from classifier.dataset import DataError
from classifier.evaluate import evaluate_files, evaluation_dict, format_metrics
from classifier.model_io import ModelFiles
from classifier.train import train

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_DATA = (
    "sms_en.csv",
    "ja_messages.csv",
    "en_messages.csv",
    "ja_writers.csv",
    "ja_hiragana.csv",
    "ja_probes_retired.csv",
    "ja_blind_retired.csv",
)
HELDOUT = Path(__file__).resolve().parent / "heldout" / "ja_heldout.csv"
SEED = 0
CV_SHUFFLES = 3
"""Cross-validation shuffles whose cut-offs are averaged (see `train`): a steadier cut-off, 3x the CV time."""


def shipped_data_paths() -> list[Path]:
    """The shipped training files that exist, in `SHIPPED_DATA` order."""
    return [DATA_DIR / name for name in SHIPPED_DATA if (DATA_DIR / name).is_file()]


def rumour_bank_summary() -> str:
    """Size and sources of the rumour bank shipped beside the model, for the card."""
    try:
        from classifier.rumour_bank import load_bank
    except ImportError:
        return "No rumour bank is installed."
    bank = load_bank()
    organisations = Counter(rumour.organisation for rumour in bank)
    top = ", ".join(f"{name} ({count})" for name, count in organisations.most_common(12))
    return (
        f"{len(bank)} already-checked rumours and scams (`classifier/rumour_bank/rumours.toml`), each with "
        f"the checking organisation, its URL and date; {len(organisations)} organisations, most often: {top}."
    )


def _shown(path: Path) -> str:
    """The path as the card shows it: relative to the repository when inside it."""
    root = DATA_DIR.parent.parent
    return str(path.resolve().relative_to(root)) if path.resolve().is_relative_to(root) else path.name


def describe(files: ModelFiles, heldout: Path | None, independent: list[Path]) -> None:
    """Add held-out and independent figures and the rumour bank to the model's metadata and card."""
    metadata = json.loads(files.metadata.read_text(encoding="utf-8"))
    if heldout is not None:
        metadata["heldout_eval"] = evaluation_dict(evaluate_files(files.model, [heldout]), heldout.name)
    metadata["independent_evals"] = [
        evaluation_dict(evaluate_files(files.model, [path]), _shown(path)) for path in independent
    ]
    metadata["rumour_bank"] = rumour_bank_summary()
    files.metadata.write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    files.card.write_text(render_card(metadata), encoding="utf-8")


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
    parser.add_argument(
        "--independent",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.csv",
        help="an independent evaluation set to report on (repeatable)",
    )
    args = parser.parse_args(argv)
    paths = shipped_data_paths()
    missing = [name for name in SHIPPED_DATA if not (DATA_DIR / name).is_file()]
    if missing:
        print(f"warning: not found, training without: {', '.join(missing)}", file=sys.stderr)
    try:
        report = train(
            paths,
            args.out,
            seed=SEED,
            stream=sys.stderr,
            name="matte",
            balance_files=True,
            cv_repeats=CV_SHUFFLES,
        )
    except DataError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        describe(report.files, HELDOUT if HELDOUT.is_file() else None, args.independent)
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
