"""`make test` runs the mutation check: every deliberate breakage in tests/mutation_check.py is caught."""

from __future__ import annotations

from pathlib import Path

import mutation_check
import pytest


@pytest.mark.parametrize("mutation", mutation_check.MUTATIONS, ids=lambda m: m.name)
def test_the_tests_catch_a_deliberate_breakage(mutation: mutation_check.Mutation) -> None:
    assert mutation_check.caught(mutation), f"no test failed with {mutation.name} in {mutation.path}"


def test_the_unbroken_copy_passes_the_same_tests() -> None:
    """A copy that fails without any breakage would make every breakage look caught."""
    tests = tuple(dict.fromkeys(test for m in mutation_check.MUTATIONS for test in m.tests))
    assert mutation_check.passes(tests), "the project's copy fails its tests before any breakage"


def test_every_mutation_still_matches_the_code(tmp_path: Path) -> None:
    for mutation in mutation_check.MUTATIONS:
        target = tmp_path / mutation.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((mutation_check.ROOT / mutation.path).read_text(encoding="utf-8"), encoding="utf-8")
        mutation_check.apply(mutation, tmp_path)
        assert target.read_text(encoding="utf-8") != (mutation_check.ROOT / mutation.path).read_text()
