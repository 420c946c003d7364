"""Hypothesis strategies that mutate recorded platform payloads (shared by the translation fuzz tests).

A mutation starts from a real recorded payload and applies a few edits at random places: drop a
key, put another JSON type in its place, odd or huge text, negative or huge numbers, nested
garbage, or a key copied in from another recording (so rarely seen branches such as forwards or
replies get reached with odd contents too). Starting from real payloads keeps most examples
parseable by the SDK, so they reach the adapter instead of dying in the SDK's parser.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import strategies as st

Path = tuple[str | int, ...]

ODD_TEXTS = (
    "",
    " ",
    "\n\t ",
    "\u200b\u200c\u200d\u2060\ufeff",  # zero-width characters
    "\u202eتحقق من هذا\u202c",  # RTL override + Arabic
    "שלום עולם",  # Hebrew
    "👨‍👩‍👧‍👦🏳️‍🌈🇯🇵👍🏽",  # ZWJ sequences, flags, skin tones
    "ｶﾞｽ代 ＵＲＬ ０９０",  # half-/full-width
    "e\u0301\u0301\u0301 Z\u0336\u0335\u0334",  # stacked combining marks
    "\x00\x01\x7f",
    "@MatteTestBot",
    "/start",
    "/quiz@MatteTestBot students 5",
    "/check@OtherBot",
    "<@1286500000000000001> /help",
    "@everyone @here",
    "lesson:sift:2",
)

HUGE_TEXT_UNITS = ("あ", "a", "👍", "\u200b", "e\u0301", "/", "@MatteTestBot ")

ODD_INTS = (0, -1, 1, 2**31, -(2**31), 2**53 + 1, 2**63 - 1, -(2**63), 2**64, 10**30, -(10**30))

texts = st.one_of(
    st.text(max_size=60),  # any code points but surrogates
    st.sampled_from(ODD_TEXTS),
    st.builds(lambda a, b: a + b, st.sampled_from(ODD_TEXTS), st.text(max_size=20)),
    st.builds(lambda unit, n: unit * n, st.sampled_from(HUGE_TEXT_UNITS), st.integers(1_000, 30_000)),
)
ints = st.one_of(st.sampled_from(ODD_INTS), st.integers())
scalars = st.one_of(st.none(), st.booleans(), ints, st.floats(allow_nan=False), texts, st.integers().map(str))
garbage = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


# Type-keeping edits are listed twice: they are what a real platform could send, and they keep most
# examples parseable by the SDK; the type-breaking ones find what the SDK lets through unchecked.
EDITS = ("drop", "retype", "text", "int", "garbage") + ("graft", "targeted", "same_type") * 2

JSON_KINDS: dict[type, st.SearchStrategy[Any]] = {
    type(None): st.none(),
    bool: st.booleans(),
    int: ints,
    float: st.floats(allow_nan=False),
    str: texts,
    list: st.lists(garbage, max_size=3),
    dict: st.dictionaries(st.text(max_size=8), garbage, max_size=3),
}


def paths(node: Any, prefix: Path = ()) -> Iterator[Path]:
    """Every path below `node` (not `node` itself), parents before children."""
    items: Any = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield (*prefix, key)
        yield from paths(value, (*prefix, key))


def get(node: Any, path: Path) -> Any:
    for key in path:
        node = node[key]
    return node


def subtrees(payloads: list[Any]) -> dict[str, list[Any]]:
    """Every value found under each dict key in the recordings: material to graft elsewhere."""
    found: dict[str, list[Any]] = {}
    for payload in payloads:
        for path in paths(payload):
            if isinstance(path[-1], str):
                found.setdefault(path[-1], []).append(get(payload, path))
    return found


def _replace(node: Any, path: Path, value: Any) -> None:
    get(node, path[:-1])[path[-1]] = value


def _drop(node: Any, path: Path) -> None:
    del get(node, path[:-1])[path[-1]]


Targeted = Callable[[Any, Path], st.SearchStrategy[Any] | None]


def mutated(
    recordings: list[Any],
    *,
    graft_from: list[Any] | None = None,
    max_edits: int = 3,
    targeted: Targeted = lambda value, path: None,
    keep: frozenset[Path] = frozenset(),
) -> st.SearchStrategy[Any]:
    """One of the recordings with 1..max_edits random edits.

    Grafts copy a key and one of its recorded values from `graft_from` (default: the recordings).
    `targeted(value, path)` may offer a platform-specific replacement for a value (for example
    entity offsets that do not fit the text); it is used for about one edit in six. Paths in `keep`
    are never edited.
    """
    graft = subtrees(recordings if graft_from is None else graft_from)
    return _mutated(recordings, graft, sorted(graft), max_edits, targeted, keep)


@st.composite
def _mutated(
    draw: st.DrawFn,
    recordings: list[Any],
    graft: dict[str, list[Any]],
    graft_keys: list[str],
    max_edits: int,
    targeted: Targeted,
    keep: frozenset[Path],
) -> Any:
    data = copy.deepcopy(draw(st.sampled_from(recordings)))
    for _ in range(draw(st.integers(1, max_edits))):
        where = [path for path in paths(data) if path not in keep]
        if not where:
            break
        path = draw(st.sampled_from(where))
        value = get(data, path)
        kind = draw(st.sampled_from(EDITS))
        if kind == "drop":
            _drop(data, path)
        elif kind == "retype":
            others = [t for t in JSON_KINDS if not isinstance(value, t)]
            _replace(data, path, draw(JSON_KINDS[draw(st.sampled_from(others))]))
        elif kind == "text":
            _replace(data, path, draw(texts))
        elif kind == "int":
            _replace(data, path, draw(ints))
        elif kind == "garbage":
            _replace(data, path, draw(garbage))
        elif kind == "graft":
            parent = get(data, path[:-1])
            if isinstance(parent, dict):
                key = draw(st.sampled_from(graft_keys))
                parent[key] = copy.deepcopy(draw(st.sampled_from(graft[key])))
        elif kind == "targeted":
            offer = targeted(value, path)
            if offer is not None:
                _replace(data, path, draw(offer))
        else:  # same_type: keep the JSON type, change the value (the most parseable kind of edit)
            if isinstance(value, bool):
                _replace(data, path, not value)
            elif isinstance(value, int):
                _replace(data, path, draw(ints))
            elif isinstance(value, str):
                _replace(data, path, draw(texts))
    return data


def strings_in(node: Any) -> Iterator[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings_in(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings_in(value)


def text_budget(node: Any) -> int:
    """An upper bound for any text an adapter can take from a payload: all its strings joined."""
    return sum(len(s) + 1 for s in strings_in(node))


# A schema is a dict of named specs. A spec is: a Python type (int means int but not bool); the
# name of another spec; a list [spec] (an array of it); a tuple (a union); a frozenset of allowed
# values; a dict (an object: "key" is required, "key?" optional, other keys are not checked); or a
# predicate taking the value. Only the fields a translation reads (directly or through the SDK's
# helpers) need to be listed: the rest is the SDK's business.
Spec = Any


def conforms(value: Any, spec: Spec, schema: dict[str, Spec]) -> bool:
    """Whether `value` follows `spec`, the platform's documented shape."""
    if isinstance(spec, str):
        return conforms(value, schema[spec], schema)
    if isinstance(spec, tuple):
        return any(conforms(value, option, schema) for option in spec)
    if isinstance(spec, frozenset):
        return isinstance(value, str | int) and value in spec
    if isinstance(spec, list):
        return isinstance(value, list) and all(conforms(item, spec[0], schema) for item in value)
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return False
        for key, field in spec.items():
            name = key.removesuffix("?")
            if name not in value:
                if name == key:
                    return False
            elif not conforms(value[name], field, schema):
                return False
        return True
    if spec is None:
        return value is None
    if spec is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(spec, type):
        return isinstance(value, spec)
    return bool(spec(value))
