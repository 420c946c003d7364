"""Shared fixtures: a real SQLite file per test and an app wired to a collecting adapter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Settings
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter


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
def app(settings: Settings, store: Store, adapter: CollectingAdapter) -> App:
    a = App(settings, store)
    a.add_adapter(adapter)
    return a


@pytest.fixture
def chatter(app: App, adapter: CollectingAdapter) -> Chatter:
    return Chatter(app, adapter)
