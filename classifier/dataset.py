"""Reading labelled CSV files (`text,label`; label 1 = suspicious, 0 = ordinary).

Training data is edited by hand by several people, so every problem is reported with the file and line
to fix, and the loader accepts what spreadsheet programs write (a UTF-8 byte-order mark, extra columns).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

LABELS = {"0": 0, "1": 1}


class DataError(Exception):
    """A problem in a data file; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Dataset:
    """Texts with 0/1 labels, plus how many rows came from each file (for the model card)."""

    texts: list[str]
    labels: list[int]
    categories: list[str] = field(default_factory=list)
    copy_of: list[str] = field(default_factory=list)
    """Per row, the text it is a rewritten copy of (a `copy_of` column), or "" for an original."""
    rows_per_file: dict[str, tuple[int, int]] = field(default_factory=dict)
    sha256_per_file: dict[str, str] = field(default_factory=dict)


NO_CATEGORY = "(none)"


def read_csv(path: str | Path) -> tuple[list[str], list[int]]:
    """Texts and labels of one file; DataError with file and line for anything wrong."""
    texts, labels, _, _ = read_labelled(path)
    return texts, labels


def read_labelled(path: str | Path) -> tuple[list[str], list[int], list[str], list[str]]:
    """Texts, labels, categories (`NO_CATEGORY` without that column) and `copy_of` ("" without it)."""
    path = Path(path)
    texts: list[str] = []
    labels: list[int] = []
    categories: list[str] = []
    copy_of: list[str] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"text", "label"} - set(reader.fieldnames or ())
            if missing:
                found = ", ".join(reader.fieldnames or ()) or "nothing"
                raise DataError(f"{path}:1: missing column(s) {', '.join(sorted(missing))} (found: {found})")
            for row in reader:
                text = (row.get("text") or "").strip()
                raw_label = (row.get("label") or "").strip()
                if raw_label not in LABELS:
                    raise DataError(f"{path}:{reader.line_num}: label must be 0 or 1, got {raw_label!r}")
                if not text:
                    raise DataError(f"{path}:{reader.line_num}: text is empty")
                texts.append(text)
                labels.append(LABELS[raw_label])
                categories.append((row.get("category") or "").strip() or NO_CATEGORY)
                copy_of.append((row.get("copy_of") or "").strip())
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise DataError(f"{path}: not UTF-8 ({error.reason} at byte {error.start})") from None
    except csv.Error as error:
        raise DataError(f"{path}: malformed CSV: {error}") from None
    if not texts:
        raise DataError(f"{path}: no rows")
    return texts, labels, categories, copy_of


def read_datasets(paths: Sequence[str | Path]) -> Dataset:
    """All files concatenated, in order."""
    texts: list[str] = []
    labels: list[int] = []
    categories: list[str] = []
    copy_of: list[str] = []
    per_file: dict[str, tuple[int, int]] = {}
    digests: dict[str, str] = {}
    for path in paths:
        file_texts, file_labels, file_categories, file_copy_of = read_labelled(path)
        texts.extend(file_texts)
        labels.extend(file_labels)
        categories.extend(file_categories)
        copy_of.extend(file_copy_of)
        per_file[Path(path).name] = (len(file_labels), sum(file_labels))
        digests[Path(path).name] = file_sha256(path)
    return Dataset(texts, labels, categories, copy_of, per_file, digests)


def file_sha256(path: str | Path) -> str:
    """Fingerprint of a data file, recorded with a model so a stale model can be detected."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
