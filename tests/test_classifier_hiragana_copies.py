"""Hiragana copies of the training messages: kanji read out, emoji and line breaks kept, phrases spaced."""

from __future__ import annotations

import csv
from pathlib import Path

import pykakasi
import pytest

from classifier.hiragana_copies import Converter, copies, hiragana, main

DATA = Path(__file__).resolve().parent.parent / "classifier" / "data"


@pytest.fixture(scope="module")
def converter() -> Converter:
    return pykakasi.kakasi()


def test_kanji_are_read_out_and_katakana_folded(converter: Converter) -> None:
    assert hiragana("警察ですが、カードが悪用されています。", False, converter) == (
        "けいさつですが、かーどがあくようされています。"
    )


def test_phrases_are_spaced_as_seniors_type(converter: Converter) -> None:
    assert hiragana("口座を教えてください。", True, converter) == "こうざを おしえてください。"


def test_emoji_and_line_breaks_stay_and_nothing_is_repeated(converter: Converter) -> None:
    text = "拡散希望‼️\n有料になるそうです😱 みんなに送ってください🙏"
    assert (
        hiragana(text, False, converter)
        == "かくさんきぼう‼️\nゆうりょうになるそうです😱 みんなにおくってください🙏"
    )


def test_only_rows_with_kanji_get_a_copy_with_their_label(converter: Converter) -> None:
    rows = [
        {"text": "ありがとう", "label": "0", "category": "plain"},
        {"text": "還付金があります", "label": "1", "category": "scam"},
    ]
    assert copies(rows, converter) == [
        {
            "text": "かんぷきんがあります",
            "label": "1",
            "category": "hiragana_scam",
            "copy_of": "還付金があります",
        }
    ]


def test_the_committed_copies_are_what_the_generator_writes(tmp_path: Path) -> None:
    with (DATA / "ja_messages.csv").open(encoding="utf-8", newline="") as handle:
        head = list(csv.DictReader(handle))[:60]
    source = tmp_path / "head.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, ["text", "label", "category"], extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(head)
    assert main([str(source), str(tmp_path / "copies.csv")]) == 0
    written = (tmp_path / "copies.csv").read_text(encoding="utf-8").splitlines()
    committed = (DATA / "ja_hiragana.csv").read_text(encoding="utf-8").splitlines()
    assert written == committed[: len(written)] and len(written) > 40
