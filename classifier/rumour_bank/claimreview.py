"""Turning schema.org `ClaimReview` JSON / JSON-LD, the format fact-checkers publish, into bank records.

Fact-checkers embed ClaimReview in their pages (Google Fact Check Tools reads the same markup), as a
single object, a list, or an `@graph`. Anything unusable is refused with one line naming the item, and
the bank file is only ever replaced whole (temporary file, then rename), so a failed import changes
nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from classifier.dataset import DataError
from classifier.rumour_bank.records import Rumour, problems, read_records, to_toml

_TITLE_CHARS = 60


def parse_claim_reviews(raw: str, source: str = "input") -> list[Rumour]:
    """Every ClaimReview in a JSON text as a record; DataError with one line for the first problem."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise DataError(f"{source}: not JSON ({error.msg} at line {error.lineno})") from None
    reviews = [node for node in _nodes(data) if _is_claim_review(node)]
    if not reviews:
        raise DataError(f"{source}: no ClaimReview found (expected @type ClaimReview)")
    return [_to_rumour(review, f"{source}: ClaimReview {number}") for number, review in enumerate(reviews, 1)]


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Top-level objects: one object, a list of them, or the members of an @graph."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        if isinstance(data.get("@graph"), list):
            yield from _nodes(data["@graph"])
        else:
            yield data


def _is_claim_review(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "ClaimReview" for k in kinds)


def _to_rumour(review: dict[str, Any], where: str) -> Rumour:
    claim = _text(review.get("claimReviewed"))
    url = _text(review.get("url"))
    organisation = _name(review.get("author")) or _name(review.get("publisher"))
    published = _text(review.get("datePublished"))
    for label, value in (("claimReviewed", claim), ("url", url), ("author.name", organisation)):
        if not value:
            raise DataError(f"{where}: {label} is missing")
    if not published:
        raise DataError(f"{where}: datePublished is missing")
    day = published[:10]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        raise DataError(f"{where}: datePublished {published!r} is not an ISO date")
    found = review.get("reviewRating")
    rating: dict[str, Any] = found if isinstance(found, dict) else {}
    verdict = _text(rating.get("alternateName")) or _text(rating.get("name"))
    body = _text(review.get("reviewBody")) or _text(review.get("description"))
    explanation = "\n".join(part for part in (f"{verdict}." if verdict else "", body) if part)
    title = _text(review.get("name")) or _text(review.get("headline")) or claim[:_TITLE_CHARS]
    japanese = _is_japanese(review, claim)
    keywords = review.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [part for part in re.split(r"[,、]", keywords)]
    return Rumour(
        id=_make_id(url),
        kind="rumour",
        topic="other",
        organisation=organisation,
        url=url,
        date=day,
        keywords=tuple(k.strip() for k in keywords if isinstance(k, str) and k.strip()),
        title_ja=title if japanese else "",
        title_en="" if japanese else title,
        text_ja=claim if japanese else "",
        text_en="" if japanese else claim,
        explanation_ja=explanation if japanese else "",
        explanation_en="" if japanese else explanation,
        appearances=tuple(_appearances(review.get("itemReviewed"))),
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _name(value: Any) -> str:
    """author/publisher may be a string, an Organization, or a list of them (the first named wins)."""
    if isinstance(value, list):
        return next((name for name in map(_name, value) if name), "")
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _appearances(item: Any) -> Iterator[str]:
    """Web addresses where the claim appeared: itemReviewed.appearance / firstAppearance, URLs or objects."""
    if not isinstance(item, dict):
        return
    for key in ("firstAppearance", "appearance"):
        values = item.get(key)
        for value in values if isinstance(values, list) else [values]:
            address = _text(value.get("url")) if isinstance(value, dict) else _text(value)
            if re.fullmatch(r"https?://\S+", address):
                yield address


def _is_japanese(review: dict[str, Any], claim: str) -> bool:
    language = _text(review.get("inLanguage")).lower()
    if language:
        return language.startswith("ja")
    return any("\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff" for char in claim)


def _make_id(url: str) -> str:
    """A stable id from the review's URL, so importing the same review twice finds the same record."""
    return "cr-" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]


def import_file(source: str | Path, out: str | Path) -> tuple[int, int]:
    """Append the ClaimReviews in source to the bank file out (created if absent).

    Returns (added, already present). Raises DataError with one line, writing nothing, when the input
    is unusable, the bank file has problems, or the result would not validate.
    """
    source, out = Path(source), Path(out)
    try:
        raw = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataError(f"{source}: no such file") from None
    except UnicodeDecodeError:
        raise DataError(f"{source}: not UTF-8") from None
    incoming = parse_claim_reviews(raw, str(source))
    existing_text = out.read_text(encoding="utf-8") if out.exists() else ""
    existing = read_records(out) if existing_text.strip() else []
    known = {rumour.id for _line, rumour in existing}
    new = []
    for rumour in incoming:
        if rumour.id not in known:
            known.add(rumour.id)
            new.append(rumour)
    if not new:
        return 0, len(incoming)
    combined = (existing_text.rstrip("\n") + "\n\n" if existing_text.strip() else "") + to_toml(new)
    _check_result(combined, out)
    _write_atomically(out, combined)
    return len(new), len(incoming) - len(new)


def _check_result(text: str, out: Path) -> None:
    """Validate what would be written by reading it back from a scratch file."""
    with tempfile.TemporaryDirectory() as scratch:
        trial = Path(scratch) / out.name
        trial.write_text(text, encoding="utf-8")
        found = problems(read_records(trial), out)
    if found:
        raise DataError(found[0])


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
