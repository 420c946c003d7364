"""The SDK client the LINE adapter sends with: the environment's proxy read once, not per call."""

from __future__ import annotations

import pytest

from bot.adapters.line.client import env_proxy, messaging_client


def test_the_proxy_comes_from_the_environment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert env_proxy("https://api.line.me") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.jp:3128")
    assert env_proxy("https://api.line.me") == "http://proxy.example.jp:3128"
    monkeypatch.setenv("NO_PROXY", "api.line.me")
    assert env_proxy("https://api.line.me") is None


async def test_the_client_skips_aiohttps_per_request_look_ups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.jp:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    client = messaging_client("https://api.line.me", "token")
    try:
        assert client.rest_client.pool_manager.trust_env is False
        assert client.rest_client.proxy == "http://proxy.example.jp:3128"
    finally:
        await client.close()
