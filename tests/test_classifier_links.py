"""Link judgement: why a link looks like phishing, and that official domains never do."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifier import links
from classifier.links import analyse_links, find_urls, host_of, is_official, link_warnings
from classifier.textnorm import normalise


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


def test_a_bare_host_under_a_name_reserved_for_examples_is_a_link() -> None:
    text = "登録は hinan-toroku.example へ、控えは check.invalid/a に。test.test も"
    assert [text[s:e] for s, e in find_urls(text)] == ["hinan-toroku.example", "check.invalid/a", "test.test"]


@pytest.mark.parametrize(
    ("url", "destination", "reason"),
    [
        ("http://sagawa-exp.co.jp.delivery-check.com/", "delivery-check.com", "brand_lookalike"),
        ("https://mhlw-kyufu.com/apply", "mhlw-kyufu.com", "government_lookalike"),
        ("https://city-chuo-lg-jp.com/", "city-chuo-lg-jp.com", "government_lookalike"),
        ("https://www.nta-go-jp.tax-pay.top/", "tax-pay.top", "fake_jp_domain"),
        ("https://smbc-card.jp-login.com/", "jp-login.com", "brand_lookalike"),
        ("https://docomo-mypage.xyz", "docomo-mypage.xyz", "brand_lookalike"),
        ("https://jppost-delivery.net/", "jppost-delivery.net", "brand_lookalike"),
        ("https://аррӏе.com/", "аррӏе.com", "homoglyph"),
        ("https://xn--80ak6aa92e.com/", "xn--80ak6aa92e.com", "homoglyph"),
        ("https://bit.ly/3abc", "bit.ly", "shortener"),
    ],
)
def test_real_destination_and_trick(url: str, destination: str, reason: str) -> None:
    [finding] = analyse_links(normalise(url))
    assert finding.destination == destination and reason in finding.reasons and not finding.official


@pytest.mark.parametrize(
    "text",
    [
        "確認はsagawa-exp。top/abc へ",
        "amazon(ドット)co(ドット)jp(ドット)login-check(ドット)com",
        "ａｍａｚｏｎ．ｃｏ．ｊｐ．ｚｚ。ｔｏｐ",
    ],
)
def test_dots_written_as_maru_or_dotto_are_found_and_named(text: str) -> None:
    [finding] = analyse_links(normalise(text))
    assert "hidden_dots" in finding.reasons and "brand_lookalike" in finding.reasons


@pytest.mark.parametrize(
    ("url", "destination"),
    [
        ("https://www.jma.go.jp/bosai/", "jma.go.jp"),
        ("https://www.city.yokohama.lg.jp/kurashi/", "yokohama.lg.jp"),
        ("https://www.mhlw.go.jp/", "mhlw.go.jp"),
        ("https://www.kuronekoyamato.co.jp/", "kuronekoyamato.co.jp"),
    ],
)
def test_genuine_official_domains_are_a_good_sign(url: str, destination: str) -> None:
    [finding] = analyse_links(normalise(url))
    assert finding.official and finding.reasons == () and finding.destination == destination


def test_ordinary_hosts_with_office_words_are_not_government_lookalikes() -> None:
    assert link_warnings("https://city-hotel.com/") == ()


def test_every_reason_a_link_can_get_has_a_short_japanese_and_english_name() -> None:
    source = Path(links.__file__).read_text(encoding="utf-8")
    emitted = set(re.findall(r'reasons\.append\((?:"(\w+)" if [^"]*else "(\w+)"|"(\w+)")\)', source))
    codes = {code for group in emitted for code in group if code}
    assert len(codes) >= 10
    assert codes == set(links.REASON_LABELS)
    assert all(ja and en for ja, en in links.REASON_LABELS.values())


@pytest.mark.parametrize(
    "text",
    [
        "【緊急地震速報】お住まいの地域で震度6強の恐れ。安否登録はこちら https://jma-anpi.example/reg",
        "【〇〇市役所】避難所の予約はこちらから https://hinan-yoyaku.invalid",
        "Jアラート:避難情報が受信できません。今すぐ対処 → https://alert-fix.invalid",
    ],
)
def test_a_link_elsewhere_in_a_message_naming_a_public_office_is_named(text: str) -> None:
    (link,) = analyse_links(normalise(text))
    assert "not_office_site" in link.reasons and not link.official


@pytest.mark.parametrize(
    "text",
    [
        "【〇〇市】避難所の開設状況は https://www.city.yokohama.lg.jp/bousai/ をご覧ください。",
        "仙台市から避難情報。詳しくは https://www.city.sendai.jp/",
        "気象庁の大雨特別警報が出たよ。https://tenki.jp/bousai/warn/ 見て",
        "〇〇市役所より。市のホームページ（www.city.〇〇.lg.jp）で確認してください。",
        "〇〇市役所より。市の公式サイト（〇〇市 lg.jp）にも出ています。",
        "このお店、予約はこちら https://cafe-hinata.example",
    ],
)
def test_an_offices_own_site_news_placeholders_and_ordinary_links_are_not(text: str) -> None:
    assert all("not_office_site" not in link.reasons for link in analyse_links(normalise(text)))
