"""Write deck files in the same hand-editable layout people write them in (no TOML writer ships
with Python)."""

from __future__ import annotations

import json
from typing import Any


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _table(values: dict[str, Any]) -> list[str]:
    return [
        f"{key} = {_value(value)}"
        for key, value in values.items()
        if not isinstance(value, dict | list)
        or (isinstance(value, list) and not any(isinstance(v, dict) for v in value))
    ]


def deck_to_toml(deck: dict[str, Any], items: list[dict[str, Any]]) -> str:
    """`deck` is the [deck] table; each item may have `choices` (list of tables) and `source`."""
    lines = ["[deck]", *_table(deck)]
    for item in items:
        lines += ["", "[[items]]", *_table(item)]
        if item.get("source"):
            lines += ["", "[items.source]", *_table(item["source"])]
        for choice in item.get("choices", []):
            lines += ["", "[[items.choices]]", *_table(choice)]
    return "\n".join(lines) + "\n"
