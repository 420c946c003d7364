"""Break the code on purpose, in a copy, and check that the tests guarding it fail.

A test suite that stays green while the code is wrong protects nothing. Each mutation below replaces one
exact piece of source (the script stops if that piece is gone, so it follows the code) in a temporary copy
of the project, then runs the tests that should catch it; every run must fail.

    .venv/bin/python tests/mutation_check.py        # run by `make test` through tests/test_mutation_check.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("bot", "classifier", "images", "quizzes", "tests", "pyproject.toml")


@dataclass(frozen=True)
class Mutation:
    name: str
    path: str
    original: str
    broken: str
    tests: tuple[str, ...]


MUTATIONS = (
    Mutation(
        "a feature handler that raises",
        "bot/features/check.py",
        "    result = result or ctx.services.score(text)\n",
        "    raise RuntimeError('mutation')\n",
        ("tests/test_bad_input.py",),
    ),
    Mutation(
        "the group-quiet branch removed",
        "bot/core/engine.py",
        "            if ctx.event.source.is_group and not ctx.event.addressed:\n                return []\n"
        "            return [Message(",
        "            return [Message(",
        ("tests/test_engine.py",),
    ),
    Mutation(
        "redaction disabled",
        "bot/redaction.py",
        '    """`text` with personal data replaced by placeholders; never raises."""\n',
        '    """`text` with personal data replaced by placeholders; never raises."""\n    return str(text)\n',
        ("tests/test_redaction.py",),
    ),
    Mutation(
        "duplicate-update detection disabled",
        "bot/storage/updates.py",
        "    except sqlite3.IntegrityError:\n        return False\n",
        "    except sqlite3.IntegrityError:\n        return True\n",
        ("tests/test_engine.py",),
    ),
    Mutation(
        "a class-quiz answer after the timer accepted",
        "bot/features/class_scoring.py",
        "        or now >= datetime.fromisoformat(session.ends_at)\n",
        "",
        ("tests/test_class_quiz.py",),
    ),
)


def copy_project(target: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, target / name)


def apply(mutation: Mutation, tree: Path) -> None:
    path = tree / mutation.path
    text = path.read_text(encoding="utf-8")
    if text.count(mutation.original) != 1:
        raise SystemExit(
            f"mutation {mutation.name!r}: the code it breaks changed in {mutation.path}; update it"
        )
    path.write_text(text.replace(mutation.original, mutation.broken), encoding="utf-8")


def caught(mutation: Mutation) -> bool:
    """True when the tests fail on a copy of the project with this mutation applied."""
    return not passes(mutation.tests, mutation)


def passes(tests: tuple[str, ...], mutation: Mutation | None = None) -> bool:
    """Whether `tests` pass on a copy of the project (with `mutation` applied, if given). The copy
    unbroken must pass, or a "caught" breakage proves nothing (a package missing from the copy)."""
    with tempfile.TemporaryDirectory(prefix="matte-mutation-") as tmp:
        tree = Path(tmp)
        copy_project(tree)
        if mutation is not None:
            apply(mutation, tree)
        env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-x",
                "-q",
                "-p",
                "no:randomly",
                "-p",
                "no:cacheprovider",
                *tests,
            ],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        return done.returncode in (0, 5)


def main() -> int:
    missed = []
    for mutation in MUTATIONS:
        result = caught(mutation)
        print(f"{'caught' if result else 'MISSED'}: {mutation.name} ({', '.join(mutation.tests)})")
        if not result:
            missed.append(mutation.name)
    print(f"{len(MUTATIONS) - len(missed)} of {len(MUTATIONS)} breakages caught")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
