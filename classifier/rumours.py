"""Matching a message against rumours that have already been checked.

Forwarded rumours come back again and again with small edits (a different town, an added emoji), so a
character n-gram cosine similarity finds them without a morphological analyser, in Japanese and English.
Pointing people to an existing fact-check is more useful than any score.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer

from classifier.dataset import DataError
from classifier.result import Match
from classifier.textnorm import normalise

RECORD_FIELDS = ("id", "text", "title_ja", "title_en", "explanation_ja", "explanation_en", "source")
DEFAULT_THRESHOLD = 0.3


def split_languages(text: str) -> list[str]:
    """Separate the Japanese and the English lines of a bilingual text, so each is matched on its own.

    A Japanese query compared with a Japanese+English document would look only half as similar.
    """
    japanese: list[str] = []
    english: list[str] = []
    for line in text.splitlines():
        if line.strip():
            (english if _mostly_latin(line) else japanese).append(line)
    return [part for part in ("\n".join(japanese), "\n".join(english)) if part]


def _mostly_latin(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and sum(char.isascii() for char in letters) / len(letters) > 0.8


class RumourIndex:
    """An in-memory index of checked rumours.

    Each record is a mapping with `RECORD_FIELDS`; `text` may be a string or a list of strings (for
    example the Japanese and the English wording), and several records may share an id: every wording
    is indexed and a rumour's similarity is that of its closest wording.
    """

    def __init__(self, records: Iterable[Mapping[str, object]]) -> None:
        self._rumours: dict[str, Match] = {}
        owners: list[str] = []
        texts: list[str] = []
        for record in records:
            rumour_id = str(record["id"])
            raw = record.get("text") or ()
            wordings = [str(text) for text in raw] if isinstance(raw, list | tuple) else [str(raw)]
            for text in (variant for wording in wordings for variant in split_languages(wording)):
                if text.strip():
                    owners.append(rumour_id)
                    texts.append(normalise(text))
            self._rumours.setdefault(
                rumour_id,
                Match(
                    rumour_id=rumour_id,
                    similarity=0.0,
                    title_ja=str(record.get("title_ja") or ""),
                    title_en=str(record.get("title_en") or ""),
                    explanation_ja=str(record.get("explanation_ja") or ""),
                    explanation_en=str(record.get("explanation_en") or ""),
                    source=str(record.get("source") or ""),
                ),
            )
        self._owners = np.asarray(owners, dtype=object)
        # Character trigrams: enough to recognise an edited copy, and about four times cheaper than 2-4-grams.
        self._hasher = HashingVectorizer(
            analyzer="char",
            ngram_range=(3, 3),
            n_features=2**18,
            alternate_sign=False,
            norm=None,
            lowercase=False,
        )
        self._tfidf = TfidfTransformer(sublinear_tf=True)
        self._matrix = self._tfidf.fit_transform(self._hasher.transform(texts)) if texts else None

    def __len__(self) -> int:
        """Number of distinct rumours."""
        return len(self._rumours)

    @classmethod
    def from_csv(cls, path: str | Path) -> RumourIndex:
        """An index of instructor-added rumours (see `read_csv_records`)."""
        return cls(read_csv_records(path))

    def match(self, text: str, threshold: float = DEFAULT_THRESHOLD, k: int = 3) -> tuple[Match, ...]:
        """Up to k rumours with cosine similarity >= threshold, most similar first."""
        return self.match_many([text], threshold, k)[0]

    def match_many(
        self, texts: Sequence[str], threshold: float = DEFAULT_THRESHOLD, k: int = 3
    ) -> list[tuple[Match, ...]]:
        """`match` for a batch of texts with one sparse matrix product."""
        if self._matrix is None or not texts:
            return [() for _ in texts]
        queries = self._tfidf.transform(self._hasher.transform([normalise(text) for text in texts]))
        similarities = (queries @ self._matrix.T).toarray()
        results = []
        for row in similarities:
            best: dict[str, float] = {}
            for index in np.flatnonzero(row >= threshold):
                owner = self._owners[index]
                best[owner] = max(best.get(owner, 0.0), float(row[index]))
            ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:k]
            results.append(
                tuple(replace(self._rumours[owner], similarity=min(value, 1.0)) for owner, value in ranked)
            )
        return results


def read_csv_records(path: str | Path) -> list[dict[str, str]]:
    """Rumour records from a CSV with the columns in `RECORD_FIELDS` (id and text required)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = set(RECORD_FIELDS) - set(reader.fieldnames or ())
            if missing:
                raise DataError(f"{path}:1: missing column(s) {', '.join(sorted(missing))}")
            records = []
            for row in reader:
                if not (row.get("id") or "").strip() or not (row.get("text") or "").strip():
                    raise DataError(f"{path}:{reader.line_num}: id and text are required")
                records.append(row)
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    return records
