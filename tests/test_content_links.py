"""No link in the content points at a domain anyone could register, except real official sites.

Example links in quiz posts are tappable in Telegram and Discord, so a made-up `sagawa-exp.top` is a
live invitation to whoever registers it. Made-up addresses must use the reserved `.example` or
`.invalid` endings; real addresses are allowed only for official bodies and known organisations.
"""

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quizzes.loader import content_files

HOST = re.compile(
    r"(?<![\w@./-])(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?![\w-])", re.I
)
RESERVED = (".example", ".invalid")
OFFICIAL_SUFFIXES = (".go.jp", ".lg.jp", ".gov")
LOCAL_GOVERNMENT = re.compile(r"^(?:www\.)?(?:city|town|vill|pref|police\.pref)\.[a-z-]+(?:\.[a-z-]+)?\.jp$")
KNOWN_ORGANISATIONS = {
    "www.antiphishing.jp",  # フィッシング対策協議会
    "www3.nhk.or.jp",
    "news.ntv.co.jp",
    "news.tv-asahi.co.jp",
    "newsdig.tbs.co.jp",
    "www.yomiuri.co.jp",
    "news.yahoo.co.jp",
    "news.livedoor.com",
    "watch.impress.co.jp",
    "xtech.nikkei.com",
    "toyokeizai.net",
    "www.lycorp.co.jp",  # LINEヤフー
    "www.who.int",
    "www.sankei.com",
    "www.itmedia.co.jp",
    "internet.watch.impress.co.jp",
    "sp.m.jiji.com",  # 時事通信
    "times.abema.tv",
    "www.kyoto-np.co.jp",  # 京都新聞
    "grapee.jp",
    "www.hifa.org",  # Healthcare Information For All
    "checkyourfact.com",
    "factcheckcenter.jp",  # 日本ファクトチェックセンター
}


def hosts(text: str) -> set[str]:
    return {match.lower() for match in HOST.findall(text)}


def allowed(host: str) -> bool:
    return (
        host.endswith(RESERVED)
        or host.endswith(OFFICIAL_SUFFIXES)
        or host in {s.lstrip(".") for s in OFFICIAL_SUFFIXES}
        or bool(LOCAL_GOVERNMENT.match(host))
        or host in KNOWN_ORGANISATIONS
    )


def strings(value: Any) -> Iterator[str]:
    """Every string value in a parsed TOML document (keys and table names are not links)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def test_the_check_tells_made_up_real_domains_from_reserved_and_official_ones() -> None:
    text = (
        "荷物はこちら http://sagawa-exp.top/x と nta-go-jp.xyz/pay、本物は https://www.nta.go.jp/ "
        "and https://pta-payment.example/entry, www.city.katori.lg.jp, a.b.invalid; e.g. 1.00人"
    )
    found = hosts(text)
    assert found == {
        "sagawa-exp.top", "nta-go-jp.xyz", "www.nta.go.jp", "pta-payment.example",
        "www.city.katori.lg.jp", "a.b.invalid",
    }  # fmt: skip
    assert {h for h in found if not allowed(h)} == {"sagawa-exp.top", "nta-go-jp.xyz"}


@pytest.mark.parametrize("path", content_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_link_resolves_to_a_registrable_real_domain(path: Path) -> None:
    document = tomllib.loads(path.read_text(encoding="utf-8"))
    bad = sorted({h for text in strings(document) for h in hosts(text) if not allowed(h)})
    assert not bad, f"{path.name}: use .example/.invalid for made-up sites, or allow-list a real one: {bad}"
