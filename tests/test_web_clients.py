"""The client of a request: X-Forwarded-For believed from trusted proxies only."""

import pytest
from aiohttp.test_utils import make_mocked_request
from multidict import CIMultiDict

from bot.adapters.web.clients import Clients, parse_proxies


def request(peer: str, *forwarded: str, cookie: str = ""):
    headers = [("X-Forwarded-For", value) for value in forwarded]
    if cookie:
        headers.append(("Cookie", f"matte_browser={cookie}"))
    mocked = make_mocked_request("POST", "/api/join", headers=CIMultiDict(headers))
    return mocked.clone(remote=peer)


@pytest.mark.parametrize(
    ("trusted", "peer", "forwarded", "client"),
    [
        ("", "127.0.0.1", ["203.0.113.5"], "127.0.0.1"),
        ("127.0.0.1", "127.0.0.1", ["203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1", "127.0.0.1", ["1.1.1.1, 203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1, 10.0.0.0/8", "127.0.0.1", ["203.0.113.5, 10.1.2.3"], "203.0.113.5"),
        ("127.0.0.1", "127.0.0.1", ["1.1.1.1", "203.0.113.5"], "203.0.113.5"),
        ("127.0.0.1", "127.0.0.1", ["not-an-address"], "127.0.0.1"),
        ("127.0.0.1", "127.0.0.1", [], "127.0.0.1"),
        ("127.0.0.1", "192.0.2.9", ["203.0.113.5"], "192.0.2.9"),
        ("::1", "::1", ["2001:db8::5"], "2001:db8::5"),
    ],
)
def test_the_client_address(trusted: str, peer: str, forwarded: list[str], client: str) -> None:
    assert Clients(trusted).address(request(peer, *forwarded)) == client


def test_the_browser_key_adds_the_browsers_id() -> None:
    clients = Clients("127.0.0.1")
    assert clients.browser(request("127.0.0.1", "203.0.113.5", cookie="abc")) == "203.0.113.5 abc"


def test_proxies_must_be_addresses() -> None:
    assert len(parse_proxies("127.0.0.1, ::1 10.0.0.0/8")) == 3
    with pytest.raises(ValueError, match="'nginx'"):
        parse_proxies("nginx")
