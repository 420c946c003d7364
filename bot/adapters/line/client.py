"""The line-bot-sdk client the adapter sends with, minus two look-ups on every call.

The SDK's aiohttp session trusts the environment, so before each request aiohttp reads ~/.netrc
and the proxy variables in worker threads; under load those hand-offs cost the event loop more
than the call itself (bench/bench_line.py). The proxy settings (HTTPS_PROXY, NO_PROXY) are read
here once instead; LINE's bearer token needs no netrc.
"""

from __future__ import annotations

from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

from linebot.v3.messaging import AsyncApiClient, Configuration


def messaging_client(host: str, access_token: str) -> AsyncApiClient:
    configuration = Configuration(host=host, access_token=access_token)
    configuration.proxy = env_proxy(host)
    client = AsyncApiClient(configuration)
    client.rest_client.pool_manager._trust_env = False
    return client


def env_proxy(url: str) -> str | None:
    """The proxy the environment names for `url`, as aiohttp would find it on each request."""
    parts = urlsplit(url)
    if not parts.hostname or proxy_bypass(parts.hostname):
        return None
    return getproxies().get(parts.scheme)
