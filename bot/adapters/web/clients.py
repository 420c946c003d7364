"""Who is asking: the client's address and the browser's own id, so a limit falls on one pupil and
not on a whole class.

Behind a reverse proxy (the shipped `deploy/nginx.conf`) every request comes from the proxy's
address; the client's address is then the last entry of `X-Forwarded-For` that is not itself a
trusted proxy (nginx's `$proxy_add_x_forwarded_for` appends the address it saw). The header is
believed only when the request really comes from an address in `MATTE_TRUSTED_PROXIES`: anyone can
send the header, so from anywhere else it would let a guesser pick a fresh address for every try.
A school network puts a whole class behind one address too, so failed join codes are also counted
per browser (a random id in a cookie), with a higher ceiling for the address as a whole.
"""

from __future__ import annotations

import ipaddress
import secrets

from aiohttp import web

BROWSER_COOKIE = "matte_browser"
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_proxies(spec: str) -> tuple[Network, ...]:
    """`"127.0.0.1, ::1, 10.0.0.0/8"` -> networks; ValueError names an entry that is not an address."""
    networks = []
    for entry in spec.replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as exc:
            raise ValueError(f"{entry!r} is not an IP address or network") from exc
    return tuple(networks)


class Clients:
    """Names the client of a request, given the proxies whose `X-Forwarded-For` is believed."""

    def __init__(self, trusted: str = "") -> None:
        self.trusted = parse_proxies(trusted)

    def _trusts(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address)
        except ValueError:
            return False
        return any(ip in network for network in self.trusted)

    def address(self, request: web.Request) -> str:
        peer = request.remote or "unknown"
        if not self._trusts(peer):
            return peer
        hops = [h.strip() for h in ",".join(request.headers.getall("X-Forwarded-For", [])).split(",")]
        for hop in reversed([h for h in hops if h]):
            if not self._trusts(hop):
                return hop if _is_address(hop) else peer
        return peer

    def browser(self, request: web.Request) -> str:
        """The address plus this browser's id: one pupil's wrong codes count against that pupil only."""
        return f"{self.address(request)} {request.cookies.get(BROWSER_COOKIE, '')}"


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def give_browser_id(request: web.Request, response: web.StreamResponse) -> None:
    """A random id for a browser that has none (not a secret: it only spreads rate limits)."""
    if not request.cookies.get(BROWSER_COOKIE):
        response.set_cookie(
            BROWSER_COOKIE, secrets.token_urlsafe(12), httponly=True, samesite="Strict", max_age=86_400
        )
