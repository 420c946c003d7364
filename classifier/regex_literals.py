"""Strings of which every match of a regular expression contains at least one: a cheap pre-check.

The cue patterns are long alternations that Python's `re` tries at every position of a message; most
messages contain none of what a pattern needs, and checking a few dozen substrings with `in` costs a
fraction of the scan. The strings are read from the pattern's own parse tree, so the pre-check can only
skip a message the pattern could not match: a sequence needs what any one of its parts needs (the
cheapest such part is taken), an alternation needs one of what each branch needs, a repeat needs what its
body needs only if it runs at least once. Anything the analysis does not follow (negated classes, wide
ranges, lookarounds, case-insensitive parts) gives no requirement, and a pattern with none is always run.

The parse tree comes from `re._parser`, CPython's own (private) parser; if it is missing or changes
shape, `required_literals` returns None and every pattern simply runs as before.
"""

from __future__ import annotations

import re
from typing import Any

_MAX_STRINGS = 400
_WIDEST_RANGE = 200
_KANA = re.compile(r"[ぁ-ゖー]+")

Requirement = frozenset[str] | None


def _pass_rate(text: str) -> float:
    """A rough share of messages containing `text`: single kana and symbols are everywhere, kanji pairs
    and longer strings rare. Only used to choose among requirements that are all correct."""
    kana = _KANA.fullmatch(text) is not None
    if len(text) == 1:
        return 0.9 if kana or not text.isalnum() else 0.15
    if len(text) == 2:
        return 0.3 if kana else 0.03
    return 0.08 if kana and len(text) == 3 else 0.01


def _cost(strings: frozenset[str]) -> float:
    return min(1.0, sum(map(_pass_rate, strings)))


def _cheaper(first: Requirement, second: Requirement) -> Requirement:
    if first is None or second is None:
        return second if first is None else first
    return first if _cost(first) <= _cost(second) else second


def _class_chars(items: list[tuple[Any, Any]], constants: Any) -> Requirement:
    chars: set[str] = set()
    for op, value in items:
        if op is constants.LITERAL:
            chars.add(chr(value))
        elif op is constants.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(chars) if 0 < len(chars) <= _MAX_STRINGS else None


def _sequence(items: list[tuple[Any, Any]], constants: Any) -> Requirement:
    best: Requirement = None
    run = ""
    for op, value in [*items, (None, None)]:
        if op is constants.LITERAL:
            run += chr(value)
            continue
        if run:
            best = _cheaper(best, frozenset({run}))
            run = ""
        if op is not None:
            best = _cheaper(best, _item(op, value, constants))
    return best


def _item(op: Any, value: Any, constants: Any) -> Requirement:
    if op is constants.IN:
        return _class_chars(value, constants)
    if op is constants.SUBPATTERN:
        _group, add_flags, _del_flags, body = value
        return None if add_flags & re.IGNORECASE else _sequence(body.data, constants)
    if op is constants.BRANCH:
        strings: set[str] = set()
        for branch in value[1]:
            needed = _sequence(branch.data, constants)
            if needed is None or len(strings | needed) > _MAX_STRINGS:
                return None
            strings |= needed
        return frozenset(strings)
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and value[0] >= 1:
        return _sequence(value[2].data, constants)
    return None


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which is in every text `pattern` matches, or None when no such set was found.

    >>> required_literals(re.compile("(?:至急|今すぐ)(?:ご)?連絡"))
    ('連絡',)
    >>> required_literals(re.compile("[0-9]*円|ドル"))
    ('ドル', '円')
    >>> print(required_literals(re.compile("至急|(?:今すぐ)?")))
    None
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as constants  # type: ignore[attr-defined]  # private, not in typeshed
        from re import _parser as parser  # type: ignore[attr-defined]  # private, not in typeshed

        needed = _sequence(parser.parse(pattern.pattern, pattern.flags).data, constants)
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    if not needed:
        return None
    return tuple(
        sorted(text for text in needed if not any(other != text and other in text for other in needed))
    )


def may_match(needs: tuple[str, ...] | None, text: str) -> bool:
    """False only when `text` has none of `needs` (from `required_literals`), so the pattern cannot match."""
    return needs is None or any(map(text.__contains__, needs))
