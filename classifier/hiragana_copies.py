"""Training copies of the Japanese messages written the way many seniors type: in hiragana.

Seniors often type without converting to kanji, words spaced apart (「けいさつの ひとが こうざを
おしえてって」). A character n-gram model that only ever saw 警察 and 口座 cannot read けいさつ and
こうざ: an independent writer's senior-typed set (`classifier/eval/ja_blind_13.csv`) lost a third of its
scams that way. So every training message with kanji gets one copy with its kanji read out in hiragana
(pykakasi's dictionary readings), every other copy spaced between phrases, same label. The copies are a
committed data file, so training needs no pykakasi; regenerate them with

    python -m classifier.hiragana_copies classifier/data/ja_messages.csv classifier/data/ja_hiragana.csv

(pykakasi is in the `data` extra). Each copy names its original in a `copy_of` column. Readings are the
dictionary's first guess, sometimes wrong (時に is read とき, not じ), which is how people mistype too;
the copies only have to carry the sounds of the words.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol


class Converter(Protocol):
    """What is used of pykakasi's `kakasi()`: each run of the text with its original and its hiragana."""

    def convert(self, text: str) -> list[dict[str, str]]: ...


_KANJI = re.compile(r"[一-龯々〆ヶ]")
_HIRAGANA_END = re.compile(r"[ぁ-ゖ]$")
_WORD_START = re.compile(r"^[一-龯々〆ヶァ-ヺa-zA-Z0-9ａ-ｚＡ-Ｚ０-９]")


# pykakasi repeats the run before an emoji, a variation selector or a line break and drops them, so only
# runs of Japanese, ASCII and full-width characters are given to it.
_OTHER = re.compile(r"([^\u0020-\u007e\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]+)")


def hiragana(text: str, spaced: bool, converter: Converter) -> str:
    """`text` with kanji (and katakana) read out in hiragana; with `spaced`, a space after each phrase
    (a run ending in hiragana before a word in kanji, katakana or Latin letters), as seniors space words."""
    parts = _OTHER.split(text)
    return "".join(
        _hiragana_run(part, spaced, converter) if index % 2 == 0 else part for index, part in enumerate(parts)
    )


def _hiragana_run(text: str, spaced: bool, converter: Converter) -> str:
    tokens = converter.convert(text) if text else []
    pieces: list[str] = []
    for index, token in enumerate(tokens):
        pieces.append(token["hira"])
        following = tokens[index + 1]["orig"] if index + 1 < len(tokens) else ""
        if spaced and following and _HIRAGANA_END.search(token["orig"]) and _WORD_START.search(following):
            pieces.append(" ")
    return "".join(pieces)


def copies(rows: list[dict[str, str]], converter: Converter) -> list[dict[str, str]]:
    """One hiragana copy of each row with kanji in it, every second copy spaced, naming the row it copies
    (training keeps the two in the same cross-validation fold)."""
    made: list[dict[str, str]] = []
    for row in rows:
        if not _KANJI.search(row["text"]):
            continue
        text = hiragana(row["text"], len(made) % 2 == 1, converter)
        if text != row["text"]:
            made.append(
                {
                    "text": text,
                    "label": row["label"],
                    "category": f"hiragana_{row['category']}",
                    "copy_of": row["text"],
                }
            )
    return made


def main(argv: Sequence[str] | None = None) -> int:
    """Write the copies of one CSV's messages to another CSV."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    try:
        import pykakasi
    except ImportError:
        print("needs pykakasi: pip install -e '.[data]'", file=sys.stderr)
        return 1
    with args.source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    made = copies(rows, pykakasi.kakasi())  # type: ignore[no-untyped-call]  # pykakasi is untyped
    with args.target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["text", "label", "category", "copy_of"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(made)
    print(f"{args.target}: {len(made)} hiragana copies of {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
