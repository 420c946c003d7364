"""Katakana as hiragana, so what people type compares the same either way (ウソ and うそ)."""

from __future__ import annotations


def hiragana(text: str) -> str:
    """`text` with every katakana letter (ァ to ヶ) as its hiragana; everything else unchanged."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
