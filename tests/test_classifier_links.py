"""Link judgement: why a link looks like phishing, and that official domains never do."""

from __future__ import annotations

import pytest

from classifier.links import find_urls, host_of, is_official, link_warnings


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://smbc.jp-xxol.top/a", "unusual_tld"),
        ("https://smbc.jp-xxol.top/a", "brand_lookalike"),
        ("https://amazon.co.jp.secure-login.net/", "fake_jp_domain"),
        ("https://amaz0n-jp.com/", "brand_lookalike"),
        ("https://rnercari-login.com/", "brand_lookalike"),
        ("http://203.0.113.7/login", "ip_address"),
        ("https://xn--pypal-4ve.com/", "punycode"),
        ("https://bit.ly/3abc", "shortener"),
        ("https://ldymg51.duckdns.org/", "free_hosting"),
        ("https://www.amazon.co.jp@evil.example/", "credentials_in_url"),
        ("https://au-kddi-support.com/", "brand_lookalike"),
    ],
)
def test_phishing_tricks_are_named(url: str, reason: str) -> None:
    assert reason in link_warnings(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.co.jp/gp/css/order-history",
        "https://rakuten.co.jp",
        "https://www.jma.go.jp/bosai/",
        "https://www.city.sapporo.lg.jp/",
        "https://www3.nhk.or.jp/news/",
        "https://jp.mercari.com/",
        "https://www.youtube.com/watch?v=x",
        "https://audio-technica.com/",
        "https://www.pineapple-farm.com/",
    ],
)
def test_ordinary_and_official_links_have_no_warnings(url: str) -> None:
    assert link_warnings(url) == ()


def test_official_means_the_domain_or_a_subdomain_only() -> None:
    assert is_official("www.smbc.co.jp") and is_official("nta.go.jp")
    assert not is_official("smbc.co.jp.evil.com") and not is_official("fakesmbc.co.jp")


def test_host_of_strips_scheme_credentials_and_port() -> None:
    assert host_of("https://user:pw@Example.com:8443/path?q=1") == "Example.com"
    assert host_of("bit.ly/abc") == "bit.ly"


def test_find_urls_with_and_without_scheme_stops_at_japanese_and_punctuation() -> None:
    text = "詳細はhttps://a-b.xyz/loginへ。または www.example.com, bit.ly/abc. node.js と e.g. は違う"
    assert [text[s:e] for s, e in find_urls(text)] == [
        "https://a-b.xyz/login",
        "www.example.com",
        "bit.ly/abc",
    ]
