"""Matching a message against rumours that have already been checked.

Forwarded rumours come back again and again reworded (a different town, an added emoji, "I heard that..."), so
a message is compared with every stored wording by TF-IDF cosine over character n-grams of a normalised form,
with no morphological analyser: Japanese runs give single kanji and the 2-3-grams that are not pure kana
(particles and endings say nothing about the topic, a single kanji often does; the normaliser folds katakana
to hiragana, so loanwords such as ワクチン count through the keywords and the grams they share with kanji),
English words give themselves and their 2-4-grams, stop words left out. Each rumour also gets one wording per
language that joins all its wordings and keywords, so a message mixing the title's words with the text's still
looks close. Keywords found in the message add a bonus, rare keywords counting more. Precision comes first: a
wrong "this was already checked" is worse than none, so the threshold and the keyword weight were chosen on a
development set of paraphrases and unrelated messages with at most 2% wrong matches (see
`classifier.rumour_bank.evaluation`); `matte rumours eval` reports a separate test set.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from classifier.brand_names import brands_in
from classifier.dataset import DataError
from classifier.gram_tfidf import GramTfidf
from classifier.result import Match
from classifier.textnorm import normalise

RECORD_FIELDS = ("id", "text", "title_ja", "title_en", "explanation_ja", "explanation_en", "source")
# Chosen on tests/data/rumour_paraphrases_dev.csv by `classifier.rumour_bank.evaluation.calibrate`.
DEFAULT_THRESHOLD = 0.51
KEYWORD_WEIGHT = 0.25
# Keyword evidence saturates: idf-weighted hits / (hits + this) is 0.6 for one keyword found in one record.
_KEYWORD_HALF = 4.0
_SEPARATORS = re.compile(r"[\s\W_]+")
_HIRAGANA = "".join(map(chr, range(0x3041, 0x30A0))) + "ー"  # a gram made only of these is dropped
_STOP_WORDS = ENGLISH_STOP_WORDS | {"apparently", "heard", "just", "really", "say", "said", "says"}


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


def matching_form(text: str) -> str:
    """The form both sides are compared in: `normalise`d (katakana as hiragana), punctuation as one space.

    Adding 【】, emoji, full-width letters, invisible characters or line breaks then changes nothing.
    """
    folded = unicodedata.normalize("NFKC", normalise(text))
    return _SEPARATORS.sub(" ", folded).strip()


def features(form: str) -> list[str]:
    """The n-grams a wording in matching form is compared by (see the module docstring)."""
    grams: list[str] = []
    for token in form.split(" "):
        if token.isascii():
            grams.extend(_latin_grams(token))
        else:
            grams.extend(char for char in token if "\u4e00" <= char <= "\u9fff")
            grams.extend(
                gram
                for n in (2, 3)
                for i in range(len(token) - n + 1)
                if (gram := token[i : i + n]).strip(_HIRAGANA)
            )
    return grams


def query_features(form: str) -> list[str]:
    """`features` of a message, as far as an index built with `features` can hold them, found faster.

    Only grams in the index's vocabulary count, and the grams `features` leaves out of a Japanese token
    (single characters other than kanji, 2-3-grams of kana only) are never in it: so every 1-3-gram is
    taken here and the vocabulary drops the rest (a test checks the matrices are identical).
    """
    grams: list[str] = []
    for token in form.split(" "):
        if token.isascii():
            grams.extend(_latin_grams(token))
        else:
            grams += [token[i : i + n] for n in (1, 2, 3) for i in range(len(token) - n + 1)]
    return grams


def _latin_grams(token: str) -> list[str]:
    """A Latin word and its 2-4-grams with word boundaries; nothing for stop words."""
    if not token or token in _STOP_WORDS:
        return []
    padded = f" {token} "
    return [f"w:{token}", *(padded[i : i + n] for n in (2, 3, 4) for i in range(len(padded) - n + 1))]


class _Keywords:
    """Each rumour's keywords with an idf weight: a keyword shared by many records proves little."""

    def __init__(self, keyword_lists: Sequence[Sequence[str]]) -> None:
        forms = [
            {form for form in map(matching_form, keywords) if len(form) >= 2} for keywords in keyword_lists
        ]
        document_frequency: dict[str, int] = {}
        for keywords in forms:
            for keyword in keywords:
                document_frequency[keyword] = document_frequency.get(keyword, 0) + 1
        count = len(forms)
        self._weighted = [
            [
                (keyword, math.log((1 + count) / (1 + document_frequency[keyword])) + 1.0)
                for keyword in sorted(keywords)
            ]
            for keywords in forms
        ]

    def score(self, rumour: int, query: str) -> float:
        """Keyword evidence for one rumour in a query (in matching form), between 0 and 1."""
        found = sum(weight for keyword, weight in self._weighted[rumour] if _found(keyword, query))
        return found / (found + _KEYWORD_HALF)


def _found(keyword: str, query: str) -> bool:
    """Whole-word matching for Latin keywords ("ai" must not match "said"); substrings for Japanese."""
    if keyword not in query:
        return False
    return not keyword.isascii() or _whole_word(keyword).search(query) is not None


@lru_cache(maxsize=4096)
def _whole_word(keyword: str) -> re.Pattern[str]:
    """Compiled only for keywords that occur in some message: most never do."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(keyword)}(?![a-z0-9])")


def _joined(forms: Sequence[str], keywords: Sequence[str]) -> list[str]:
    """One wording per language joining all of a rumour's wordings and keywords."""
    japanese: list[str] = []
    english: list[str] = []
    for form in [*forms, *(matching_form(keyword) for keyword in keywords)]:
        (english if _mostly_latin(form) else japanese).append(form)
    return [" ".join(part) for part in (japanese, english) if part]


def _as_list(value: object) -> list[object]:
    """A record field that may be one value or a list of them, as a list (empty when missing)."""
    if isinstance(value, list | tuple):
        return list(value)
    return [value] if value else []


class RumourIndex:
    """An in-memory index of checked rumours.

    Each record is a mapping with `RECORD_FIELDS` and optionally `keywords`; `text` may be a string or a
    list of strings (for example the Japanese and English wordings and titles), and several records may
    share an id: every wording is indexed and a rumour's similarity is that of its closest wording.
    """

    def __init__(self, records: Iterable[Mapping[str, object]]) -> None:
        self._rumours: dict[str, Match] = {}
        keyword_lists: dict[str, list[str]] = {}
        wordings: dict[str, list[str]] = {}
        for record in records:
            rumour_id = str(record["id"])
            raw = record.get("text") or ()
            texts = [str(text) for text in raw] if isinstance(raw, list | tuple) else [str(raw)]
            forms = [matching_form(part) for text in texts for part in split_languages(text)]
            wordings.setdefault(rumour_id, []).extend(form for form in forms if form)
            keywords = record.get("keywords") or ()
            keyword_lists.setdefault(rumour_id, []).extend(str(k) for k in _as_list(keywords))
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
        self._ids = [rumour_id for rumour_id in self._rumours if wordings[rumour_id]]
        self._brands = [
            self._named_brands(self._rumours[rumour_id], keyword_lists[rumour_id], wordings[rumour_id])
            for rumour_id in self._ids
        ]
        for rumour_id in self._ids:
            wordings[rumour_id].extend(_joined(wordings[rumour_id], keyword_lists[rumour_id]))
        texts = [form for rumour_id in self._ids for form in wordings[rumour_id]]
        sizes = [len(wordings[rumour_id]) for rumour_id in self._ids]
        # Wordings are stored rumour by rumour, so a rumour's best wording is one reduceat away.
        self._starts = np.cumsum([0, *sizes[:-1]]).astype(np.intp)
        self._keywords = _Keywords([keyword_lists[rumour_id] for rumour_id in self._ids])
        self._tfidf = GramTfidf(features, texts, query_features) if texts else None

    @staticmethod
    def _named_brands(shown: Match, keywords: Sequence[str], wordings: Sequence[str]) -> frozenset[str]:
        """The companies a record names in what a reply shows of it, its keywords or its wordings."""
        fields = (shown.title_ja, shown.title_en, shown.explanation_ja, shown.explanation_en, shown.source)
        return brands_in("\n".join([*fields, *keywords, *wordings]))

    def __len__(self) -> int:
        """Number of distinct rumours."""
        return len(self._rumours)

    @classmethod
    def from_csv(cls, path: str | Path) -> RumourIndex:
        """An index of instructor-added rumours (see `read_csv_records`)."""
        return cls(read_csv_records(path))

    def match(self, text: str, threshold: float = DEFAULT_THRESHOLD, k: int = 3) -> tuple[Match, ...]:
        """Up to k rumours scoring at least threshold, best first (score: see the module docstring)."""
        return self.match_many([text], threshold, k)[0]

    def match_many(
        self,
        texts: Sequence[str],
        threshold: float = DEFAULT_THRESHOLD,
        k: int = 3,
        keyword_weight: float = KEYWORD_WEIGHT,
    ) -> list[tuple[Match, ...]]:
        """`match` for a batch of texts with one sparse matrix product."""
        if self._tfidf is None or not texts:
            return [() for _ in texts]
        forms = [matching_form(text) for text in texts]
        queries = self._tfidf.transform(forms)
        cosine = np.maximum.reduceat((queries @ self._tfidf.matrix.T).toarray(), self._starts, axis=1)
        results = []
        # Keyword evidence adds at most keyword_weight, so only rumours this close need it computed.
        floor = threshold - keyword_weight
        for form, row in zip(forms, cosine, strict=True):
            scored = []
            named: frozenset[str] | None = None
            for rumour in np.flatnonzero(row >= floor):
                score = float(row[rumour]) + keyword_weight * self._keywords.score(int(rumour), form)
                if score < threshold:
                    continue
                if self._brands[rumour]:
                    named = brands_in(form) if named is None else named
                    if named and not named & self._brands[rumour]:
                        continue  # a record about another company's scam (see classifier.brand_names)
                scored.append((score, self._ids[rumour]))
            ranked = sorted(scored, key=lambda item: (-item[0], item[1]))[:k]
            results.append(
                tuple(replace(self._rumours[owner], similarity=min(score, 1.0)) for score, owner in ranked)
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
