"""Which companies a text names, so a record about one courier or bank is never shown for another's message.

A scam's wording travels from brand to brand (the same 「不在のため持ち帰りました」 SMS in 佐川急便's name
in 2018 and in ヤマト運輸's later). A record that names 佐川急便 in what the reply shows would then tell
someone holding a ヤマト SMS about 佐川急便: wrong on its face, and precision comes first.
"""

from __future__ import annotations

import re

from classifier.textnorm import normalise

BRANDS: dict[str, tuple[str, ...]] = {
    "yamato": ("ヤマト", "クロネコ", "yamato", "kuroneko"),
    "sagawa": ("佐川", "sagawa"),
    "japan_post": ("日本郵便", "郵便局", "ゆうパック", "japan post", "japanpost"),
    "yucho": ("ゆうちょ", "yucho"),
    "amazon": ("amazon", "アマゾン"),
    "rakuten": ("楽天", "rakuten"),
    "mercari": ("メルカリ", "mercari"),
    "paypay": ("paypay", "ペイペイ"),
    "docomo": ("ドコモ", "docomo"),
    "softbank": ("ソフトバンク", "softbank"),
    "apple": ("apple", "アップル"),
    "microsoft": ("microsoft", "マイクロソフト"),
    "netflix": ("netflix", "ネットフリックス"),
    "smbc": ("三井住友", "smbc"),
    "mufg": ("三菱ufj", "mufg"),
    "mizuho": ("みずほ", "mizuho"),
    "aeon": ("イオン", "aeon"),
    "tepco": ("東京電力", "東電", "tepco"),
}
_ALIASES = {normalise(alias): brand for brand, aliases in BRANDS.items() for alias in aliases}
# Latin names must stand alone ("apple" is not in "pineapple"); Japanese ones may touch other words.
_NAMED = re.compile(
    "|".join(
        re.escape(alias) if not alias.isascii() else rf"(?<![a-z]){re.escape(alias)}(?![a-z])"
        for alias in sorted(_ALIASES, key=len, reverse=True)
    )
)


def brands_in(text: str) -> frozenset[str]:
    """The companies `text` names (keys of `BRANDS`)."""
    return frozenset(_ALIASES[found.group()] for found in _NAMED.finditer(normalise(text)))
