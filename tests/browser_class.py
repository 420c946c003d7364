"""The browser classroom both Playwright tests drive: the real app serving the web adapter, and Chromium.

The class quiz test and the moderation test start the same server and the same headless browser;
this module holds that set-up once so both run against one configuration. Importing it skips the
importing test module when Playwright is not installed.
"""

from __future__ import annotations

import asyncio
import io
import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.adapters.web.adapter import WebAdapter
from bot.app import App
from bot.config import Settings
from bot.services import Services
from bot.storage.database import Store
from quizzes import Bank

CHROMIUM = os.environ.get("MATTE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
NO_CHROMIUM = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium not installed: apt-get install chromium"
)
pw_api = pytest.importorskip(
    "playwright.async_api", reason="Playwright not installed: pip install -e '.[test]'"
)
expect = pw_api.expect

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"
WAIT = 15_000
"""Milliseconds a browser expectation may wait."""


@asynccontextmanager
async def classroom_server(tmp_path: Path, bank: Bank) -> AsyncIterator[tuple[WebAdapter, Store]]:
    """The real app with only the web adapter, on a free loopback port, until the block ends."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    settings = Settings(db_path=str(tmp_path / "matte.db"), hash_key="k", web_port=0)
    store = Store(settings.db_path)
    app = App(settings, store, Services(bank=bank))
    adapter = WebAdapter(settings, out=io.StringIO())
    app.add_adapter(adapter)
    server = asyncio.create_task(app.run())
    try:
        await asyncio.wait_for(adapter.started.wait(), 10)
        yield adapter, store
    finally:
        server.cancel()
        await asyncio.gather(server, return_exceptions=True)
        store.close()


@asynccontextmanager
async def chromium() -> AsyncIterator[Any]:
    """Headless Chromium, closed when the block ends."""
    async with pw_api.async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield browser
        finally:
            await browser.close()
