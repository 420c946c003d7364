"""The independent Japanese evaluation set keeps its promised shape.

The set measures the classifier on messages written apart from its training data, so a broken
row (wrong label for its category, a duplicate, a missing category) would silently skew every
figure `matte classifier eval` reports.
"""

import csv
from collections import Counter
from pathlib import Path

EVAL_CSV = Path(__file__).resolve().parent.parent / "classifier" / "eval" / "ja_independent.csv"

# label 1: warning signs to check before acting or sharing; label 0: genuine or ordinary
LABEL_OF = {
    "chain": "1",
    "health": "1",
    "disaster": "1",
    "smishing": "1",
    "investment": "1",
    "impersonation": "1",
    "emotional": "1",
    "ai_media": "1",
    "hearsay": "1",
    "coverup": "1",
    "fake_expert": "1",
    "calm_scam": "1",
    "official_alert": "0",
    "school": "0",
    "police_warning": "0",
    "quoted_scam": "0",
    "recall": "0",
    "lost_pet": "0",
    "ordinary": "0",
    "plain": "0",
    "calm_genuine": "0",
}
MINIMUM = {**dict.fromkeys(LABEL_OF, 25), "calm_scam": 30, "ordinary": 60, "plain": 40}


def load() -> tuple[list[str], list[dict[str, str]]]:
    with EVAL_CSV.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def test_columns_are_text_label_category() -> None:
    columns, _rows = load()
    assert columns == ["text", "label", "category"]


def test_labels_are_zero_or_one() -> None:
    _columns, rows = load()
    assert {row["label"] for row in rows} <= {"0", "1"}


def test_every_category_is_known_and_has_its_minimum() -> None:
    _columns, rows = load()
    counts = Counter(row["category"] for row in rows)
    assert set(counts) == set(LABEL_OF)
    short = {cat: counts[cat] for cat, least in MINIMUM.items() if counts[cat] < least}
    assert short == {}
    assert len(rows) >= 520


def test_each_category_has_its_label() -> None:
    _columns, rows = load()
    wrong = [row["text"][:30] for row in rows if LABEL_OF.get(row["category"]) != row["label"]]
    assert wrong == []


def test_no_text_appears_twice() -> None:
    _columns, rows = load()
    repeated = [text for text, n in Counter(row["text"] for row in rows).items() if n > 1]
    assert repeated == []


def test_texts_are_10_to_400_characters() -> None:
    _columns, rows = load()
    assert [row["text"][:30] for row in rows if not 10 <= len(row["text"]) <= 400] == []
