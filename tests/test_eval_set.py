"""The Japanese evaluation sets keep their promised shape.

Each set measures the classifier on messages written apart from its training data, so a broken
row (wrong label for its category, a duplicate, a missing category) would silently skew every
figure `matte classifier eval` reports.
"""

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parent.parent / "classifier" / "eval"


@dataclass(frozen=True)
class EvalSet:
    file: str
    label_of: dict[str, str]  # category -> label (1: check before acting or sharing; 0: genuine)
    minimum: dict[str, int]
    least_rows: int


DEV_LABELS = {
    **dict.fromkeys(
        [
            "chain",
            "health",
            "disaster",
            "smishing",
            "investment",
            "impersonation",
            "emotional",
            "ai_media",
            "hearsay",
            "coverup",
            "fake_expert",
            "calm_scam",
        ],
        "1",
    ),
    **dict.fromkeys(
        [
            "official_alert",
            "school",
            "police_warning",
            "quoted_scam",
            "recall",
            "lost_pet",
            "ordinary",
            "plain",
            "calm_genuine",
        ],
        "0",
    ),
}
BLIND_LABELS = {
    **dict.fromkeys(
        [
            "fake_official",
            "smishing",
            "health_rumour",
            "disaster_rumour",
            "chain_and_outrage",
            "investment_romance",
            "unsourced_media_hearsay",
            "calm_scam",
        ],
        "1",
    ),
    **dict.fromkeys(
        [
            "official_alert",
            "police_bank_warning",
            "school_notice",
            "relayed_warning",
            "genuine_urgent",
            "plain",
            "everyday_chat",
        ],
        "0",
    ),
}
LATER_LABELS = {
    **dict.fromkeys(
        [
            "fake_official",
            "smishing",
            "health_rumour",
            "disaster_rumour",
            "chain_outrage",
            "money_trap",
            "unsourced_claim",
            "calm_scam",
        ],
        "1",
    ),
    **dict.fromkeys(
        [
            "official_alert",
            "scam_warning_official",
            "family_warning",
            "school_community",
            "plain",
            "everyday_chat",
        ],
        "0",
    ),
}


def later_set(file: str) -> EvalSet:
    """The fourth and fifth writers' sets: the same categories and minimums."""
    return EvalSet(
        file,
        LATER_LABELS,
        {**dict.fromkeys(LATER_LABELS, 40), "family_warning": 90, "plain": 70, "everyday_chat": 65},
        700,
    )


SETS = [
    later_set("ja_blind_6.csv"),
    later_set("ja_dev_5.csv"),
    later_set("ja_dev_4.csv"),
    EvalSet(
        "ja_dev_3.csv",
        LATER_LABELS,
        {**dict.fromkeys(LATER_LABELS, 35), "family_warning": 70, "plain": 80, "everyday_chat": 70},
        700,
    ),
    EvalSet(
        "ja_dev.csv",
        DEV_LABELS,
        {**dict.fromkeys(DEV_LABELS, 25), "calm_scam": 30, "ordinary": 60, "plain": 40},
        520,
    ),
    EvalSet(
        "ja_dev_2.csv",
        BLIND_LABELS,
        {**dict.fromkeys(BLIND_LABELS, 30), "police_bank_warning": 45, "relayed_warning": 45, "plain": 60},
        640,
    ),
]


def load(spec: EvalSet) -> tuple[list[str], list[dict[str, str]]]:
    with (EVAL_DIR / spec.file).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(params=SETS, ids=lambda spec: spec.file)
def spec(request: pytest.FixtureRequest) -> EvalSet:
    return request.param


def test_columns_are_text_label_category(spec: EvalSet) -> None:
    columns, _rows = load(spec)
    assert columns == ["text", "label", "category"]


def test_labels_are_zero_or_one(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    assert {row["label"] for row in rows} <= {"0", "1"}


def test_every_category_is_known_and_has_its_minimum(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    counts = Counter(row["category"] for row in rows)
    assert set(counts) == set(spec.label_of)
    short = {cat: counts[cat] for cat, least in spec.minimum.items() if counts[cat] < least}
    assert short == {}
    assert len(rows) >= spec.least_rows


def test_each_category_has_its_label(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    wrong = [row["text"][:30] for row in rows if spec.label_of.get(row["category"]) != row["label"]]
    assert wrong == []


def test_no_text_appears_twice(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    repeated = [text for text, n in Counter(row["text"] for row in rows).items() if n > 1]
    assert repeated == []


def test_texts_are_8_to_400_characters(spec: EvalSet) -> None:
    _columns, rows = load(spec)
    assert [row["text"][:30] for row in rows if not 8 <= len(row["text"]) <= 400] == []
