"""`matte line quota` against the fake LINE Platform."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from fake_line_api import ACCESS_TOKEN, MONTHLY_QUOTA, FakeLineApi

from bot.commands.line_cmd import show_quota
from bot.config import ConfigError, Settings
from bot.storage import line_pushes
from bot.storage.database import Store


async def test_quota_prints_matte_s_count_and_line_s(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store(db_path)
    with store.write() as db:
        line_pushes.add(db, line_pushes.this_month(), 7)
    store.close()
    async with FakeLineApi() as fake:
        fake.pushed = 9
        settings = Settings(
            db_path=str(db_path), line_channel_access_token=ACCESS_TOKEN, line_api_url=fake.base_url
        )
        assert await show_quota(argparse.Namespace(), settings) == 0
    out = capsys.readouterr().out
    assert "pushes sent by Matte: 7 (MATTE_LINE_PUSH_LIMIT not set)" in out
    assert f"LINE's count this month: 9 of {MONTHLY_QUOTA}" in out


async def test_quota_with_a_refused_token_says_so(db_path: Path) -> None:
    async with FakeLineApi() as fake:
        settings = Settings(
            db_path=str(db_path), line_channel_access_token="wrong", line_api_url=fake.base_url
        )
        with pytest.raises(ConfigError, match="refused LINE_CHANNEL_ACCESS_TOKEN"):
            await show_quota(argparse.Namespace(), settings)
