"""Shared fixtures: a real SQLite file per test and an app wired to a collecting adapter."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from bot.app import App
from bot.config import Settings
from bot.services import Services, shipped_scorer
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter
from classifier.result import Scorer
from classifier.rumour_bank import shipped_records
from classifier.rumours import RumourIndex
from classifier.testing import FakeScorer, rules_result
from quizzes import Bank, load_bank, rumour_records


@dataclass
class FakeClock:
    """Time that moves only when a test says so."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


# CI replays the same examples on every run (a red CI run must be reproducible); locally, hypothesis
# keeps exploring new ones and remembers what failed.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "shipped_model: the test checks messages with the real shipped model, not the fake scorer"
    )
    config.addinivalue_line(
        "markers", "handler_failure: the test makes a handler fail on purpose (its apology is expected)"
    )
    config.addinivalue_line("markers", "slow: over ~20 s alone (rebuilding the model); `make test-slow`")


@pytest.fixture(autouse=True)
def no_handler_failures(request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A handler that raises is a bug even though the engine turns it into an apology: fail the test.

    Tests that exercise the apology on purpose carry `@pytest.mark.handler_failure`.
    """
    yield
    if request.node.get_closest_marker("handler_failure") is not None:
        return
    failures = [
        r.getMessage()
        for r in caplog.get_records("call")
        if r.name == "bot.core.engine" and r.getMessage().startswith(("handler failed", "scheduled job"))
    ]
    assert not failures, f"a handler failed during the test: {failures}"


@pytest.fixture(scope="session")
def bank() -> Bank:
    return load_bank()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 4, 1, 0, 0, tzinfo=UTC))


@pytest.fixture(scope="session")
def shipped_scorer_factory(bank: Bank) -> Callable[[], Scorer]:
    """The real shipped model, loaded at most once per session: for the tests that are about the model."""
    return functools.cache(lambda: shipped_scorer(bank))


@pytest.fixture(scope="session")
def rumour_index(bank: Bank) -> RumourIndex:
    """The shipped rumour bank and the quiz bank's real cases, as the bot matches them."""
    return RumourIndex([*shipped_records(), *rumour_records(bank)])


@pytest.fixture
def fake_scorer(rumour_index: RumourIndex) -> FakeScorer:
    """The bot tests' scorer: the rules' signs and the rumour bank, no model (results a test may set)."""
    return FakeScorer(default=functools.partial(rules_result, rumours=rumour_index))


@pytest.fixture
def scorer_factory(
    request: pytest.FixtureRequest, fake_scorer: FakeScorer, shipped_scorer_factory: Callable[[], Scorer]
) -> Callable[[], Scorer]:
    """What `services` loads: the fake scorer, so feature tests do not move when the model is retrained;
    the shipped model for a test marked `shipped_model` (one end-to-end test per adapter)."""
    if request.node.get_closest_marker("shipped_model"):
        return shipped_scorer_factory
    return lambda: fake_scorer


@pytest.fixture
def services(bank: Bank, clock: FakeClock, scorer_factory) -> Services:
    return Services(bank=bank, clock=clock, scorer_factory=scorer_factory)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "matte.db"


@pytest.fixture
def settings(db_path: Path) -> Settings:
    return Settings(db_path=str(db_path), hash_key="test-key")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store(db_path)
    yield s
    s.close()


@pytest.fixture
def adapter() -> CollectingAdapter:
    return CollectingAdapter()


@pytest.fixture
def app(settings: Settings, store: Store, adapter: CollectingAdapter, services: Services) -> App:
    a = App(settings, store, services)
    a.add_adapter(adapter)
    return a


@pytest.fixture
def chatter(app: App, adapter: CollectingAdapter) -> Chatter:
    return Chatter(app, adapter)
