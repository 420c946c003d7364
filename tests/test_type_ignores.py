"""Every `type: ignore` says why on the same line, so none outlives its reason unnoticed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<rest>.*)$")
REASONED = re.compile(r"^\[[a-z-]+(?:,\s*[a-z-]+)*\]\s+#\s*\S")


def unexplained(text: str) -> list[int]:
    """Line numbers of `type: ignore` comments with no error code or no reason after them."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = IGNORE.search(line)
        if match and not REASONED.match(match.group("rest").strip()):
            found.append(number)
    return found


def test_every_type_ignore_has_a_code_and_a_reason() -> None:
    bad = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("bot", "classifier", "quizzes")
        for path in sorted((ROOT / package).rglob("*.py"))
        for number in unexplained(path.read_text(encoding="utf-8"))
    ]
    assert bad == []


def test_the_check_tells_reasons_from_bare_ignores() -> None:
    assert unexplained("x = f()  # type: ignore[arg-type]  # None is fine here") == []
    assert unexplained("x = f()  # type: ignore[arg-type]\ny = 1  # type: ignore") == [1, 2]
