"""`matte classifier train|eval`: build a model from labelled CSV files and measure it.

Training always cross-validates, chooses the threshold and writes a model card beside the model, so every
model file that exists says how good it is and what it was built from.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CSV_HELP = "CSV with columns text,label (1 = suspicious, 0 = ordinary; other columns ignored); repeatable"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `classifier` with its `train` and `eval` actions to the `matte` command."""
    classifier = subparsers.add_parser(
        "classifier",
        help="train and evaluate the message classifier",
        description="Train the warning-sign classifier on labelled CSV files, or evaluate a trained model.",
    )
    actions = classifier.add_subparsers(dest="classifier_command", metavar="ACTION", required=True)

    train = actions.add_parser(
        "train",
        help="train a model (with 5-fold cross-validation and a model card)",
        description="Train on one or more CSV files. Writes MODEL (skops), its metadata MODEL.json and its "
        "model card MODEL.md; progress goes to stderr. The decision threshold is the one with the best "
        "cross-validated F1.",
    )
    train.add_argument("--data", type=Path, action="append", required=True, metavar="FILE.csv", help=CSV_HELP)
    train.add_argument(
        "--out", type=Path, required=True, metavar="MODEL", help="where to write the model (.skops)"
    )
    train.add_argument("--seed", type=int, default=0, metavar="N", help="random seed for folds and the SVM")
    train.add_argument(
        "--balance-files",
        action="store_true",
        help="give every --data file the same total weight (the shipped model uses this)",
    )
    train.set_defaults(func=train_cmd)

    evaluate = actions.add_parser(
        "eval",
        help="evaluate a model on labelled CSV files",
        description="Print precision, recall, F1, weighted F1, ROC-AUC and the confusion matrix of a model "
        "on labelled CSV files, at the threshold stored with the model; the same for the bot's rule that a "
        "flag needs a named warning sign; and, per value of a `category` column, the share flagged, "
        "ROC-AUC and F1.",
    )
    evaluate.add_argument(
        "--data", type=Path, action="append", required=True, metavar="FILE.csv", help=CSV_HELP
    )
    evaluate.add_argument(
        "--model", type=Path, metavar="MODEL", help="model file (default: the shipped model)"
    )
    evaluate.set_defaults(func=eval_cmd)


def train_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Train and save; 1 with a one-line message for bad data."""
    from classifier.dataset import DataError
    from classifier.evaluate import format_metrics
    from classifier.train import train

    try:
        report = train(
            args.data, args.out, seed=args.seed, stream=sys.stderr, balance_files=args.balance_files
        )
    except DataError as error:
        print(f"matte classifier train: error: {error}", file=sys.stderr)
        return 1
    print(format_metrics(report.cv_metrics, "5-fold cross-validation"))
    print(f"model: {report.files.model}\ncard:  {report.files.card}\ntrained in {report.seconds:.1f} s")
    return 0


def eval_cmd(args: argparse.Namespace, settings: object = None) -> int:
    """Evaluate and print the figures; 1 with a one-line message for bad data or an unusable model."""
    from classifier.checker import DEFAULT_MODEL_PATH
    from classifier.dataset import DataError
    from classifier.evaluate import evaluate_files, format_categories, format_metrics
    from classifier.model_io import ModelError

    model = args.model or DEFAULT_MODEL_PATH
    try:
        evaluation = evaluate_files(model, args.data)
    except (DataError, ModelError) as error:
        print(f"matte classifier eval: error: {error}", file=sys.stderr)
        return 1
    names = ", ".join(path.name for path in args.data)
    print(format_metrics(evaluation.metrics, f"{model.name} on {names}"))
    print(format_metrics(evaluation.with_signs, "as the bot flags (over threshold, not an alert or warning)"))
    print(f"flagged replies naming no sign: {evaluation.unnamed}")
    print(format_categories(evaluation.categories))
    return 0
