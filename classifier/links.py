"""Finding links in a message and judging whether each looks like a phishing link.

Smishing in Japan imitates a short list of brands (JPCERT/CC's phishing URL list is dominated by Apple,
AEON, えきねっと, Mercari, card issuers, carriers and couriers) on hosts with cheap TLDs, hyphens and digits,
URL shorteners, dynamic-DNS services or raw IP addresses. Official domains must never be flagged, so
brand names only count on hosts outside the brand's own domains.
"""

from __future__ import annotations

import re

_URL_CHARS = r"[a-z0-9\-._~:/?#\[\]@!$&'*+,;=%]"
_BARE_TLDS = (
    "com|net|org|info|biz|jp|co|io|me|ly|cc|cn|top|xyz|icu|shop|buzz|cfd|sbs|cyou|vip|club|work|pw|bond|"
    "asia|ru|tk|ml|ga|cf|gq|site|online|live|fun|link|click|dev|app|page|cloud|store|tokyo|su|rest|monster|"
    "lol|mom|xin|ren|wang|gd"
)
URL_PATTERN = re.compile(
    rf"(?:(?:https?|hxxps?)://|www\.){_URL_CHARS}+"
    rf"|(?<![a-z0-9.@\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_BARE_TLDS})(?![a-z0-9\-])"
    rf"(?:[/?#]{_URL_CHARS}*)?"
)
_TRAILING = ".,!?;:'"

UNUSUAL_TLDS = frozenset(
    [
        "top",
        "xyz",
        "cn",
        "icu",
        "shop",
        "buzz",
        "cc",
        "cfd",
        "sbs",
        "cyou",
        "vip",
        "club",
        "work",
        "pw",
        "bond",
        "asia",
        "ru",
        "tk",
        "ml",
        "ga",
        "cf",
        "gq",
        "rest",
        "monster",
        "click",
        "lol",
        "mom",
        "xin",
        "ren",
        "wang",
        "su",
    ]
)
SHORTENERS = frozenset(
    [
        "bit.ly",
        "tinyurl.com",
        "goo.gl",
        "is.gd",
        "v.gd",
        "cutt.ly",
        "ow.ly",
        "t.ly",
        "rebrand.ly",
        "shorturl.at",
        "x.gd",
        "goo.su",
        "tiny.cc",
        "rb.gy",
        "s.id",
        "bit.do",
        "buff.ly",
        "t.cn",
        "dwz.cn",
        "reurl.cc",
        "00m.in",
    ]
)
FREE_HOSTING = (
    "duckdns.org",
    "workers.dev",
    "pages.dev",
    "r2.dev",
    "ngrok-free.app",
    "ngrok.io",
    "000webhostapp.com",
    "glitch.me",
    "ddns.net",
    "dynv6.net",
)
# Brands phished most in Japan. Short names only count as a whole host label piece ("au-kddi", not "audio").
BRANDS_ANYWHERE = (
    "amazon",
    "amzn",
    "rakuten",
    "sagawa",
    "yamato",
    "kuroneko",
    "japanpost",
    "jppost",
    "yubin",
    "mizuho",
    "docomo",
    "softbank",
    "mercari",
    "paypay",
    "icloud",
    "saison",
    "eposcard",
    "ekinet",
    "tepco",
    "vpass",
    "jabank",
    "resona",
    "aiful",
    "orico",
    "amex",
    "mastercard",
    "biglobe",
    "netflix",
    "kokuzei",
    "mynumber",
    "rokin",
    "appleid",
    "nenkin",
    "mynapoint",
    "kyufukin",
    "kanpukin",
)
BRANDS_AS_PIECE = (
    "au",
    "nta",
    "jcb",
    "sbi",
    "smbc",
    "mufg",
    "aeon",
    "epos",
    "nhk",
    "etc",
    "kddi",
    "ntt",
    "ana",
    "jal",
    "soumu",
    "apple",
)
OFFICIAL_DOMAINS = frozenset(
    [
        "amazon.co.jp",
        "amazon.com",
        "amazon.jp",
        "amzn.to",
        "amzn.asia",
        "rakuten.co.jp",
        "rakuten.com",
        "rakuten-card.co.jp",
        "rakuten-bank.co.jp",
        "rakuten-sec.co.jp",
        "sagawa-exp.co.jp",
        "kuronekoyamato.co.jp",
        "yamato-hd.co.jp",
        "japanpost.jp",
        "jp-bank.japanpost.jp",
        "mizuhobank.co.jp",
        "mizuho-fg.co.jp",
        "docomo.ne.jp",
        "nttdocomo.co.jp",
        "softbank.jp",
        "softbank.co.jp",
        "mercari.com",
        "paypay.ne.jp",
        "paypay-bank.co.jp",
        "paypay-card.co.jp",
        "apple.com",
        "icloud.com",
        "saisoncard.co.jp",
        "eposcard.co.jp",
        "eki-net.com",
        "tepco.co.jp",
        "vpass.ne.jp",
        "jabank.org",
        "resonabank.co.jp",
        "aiful.co.jp",
        "orico.co.jp",
        "americanexpress.com",
        "mastercard.co.jp",
        "mastercard.com",
        "biglobe.ne.jp",
        "netflix.com",
        "au.com",
        "kddi.com",
        "jcb.co.jp",
        "sbisec.co.jp",
        "netbk.co.jp",
        "smbc.co.jp",
        "smbc-card.com",
        "mufg.jp",
        "bk.mufg.jp",
        "aeon.co.jp",
        "aeon.com",
        "aeonbank.co.jp",
        "nhk.or.jp",
        "nhk.jp",
        "ntt.com",
        "ntt.co.jp",
        "ana.co.jp",
        "jal.co.jp",
        "jal.com",
        "rokin.or.jp",
    ]
)
_RESTRICTED_JP = (".go.jp", ".lg.jp", ".ac.jp", ".ed.jp")
_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_JP_MIMIC = re.compile(r"(?:^|[.\-])(?:co|go|or|ne)[.\-]?jp(?:[.\-]|$)|(?:^|\.)jp-")
_PIECES = re.compile(r"[a-z]+")
_DELEET = str.maketrans("0135", "oles")


def find_urls(normalised: str) -> list[tuple[int, int]]:
    """Spans of every link-like string (with or without scheme) in already-normalised text."""
    spans = []
    for match in URL_PATTERN.finditer(normalised):
        start, end = match.span()
        while end > start and normalised[end - 1] in _TRAILING:
            end -= 1
        spans.append((start, end))
    return spans


def host_of(url: str) -> str:
    """The host name of a link, without scheme, credentials or port."""
    rest = url.split("://", 1)[1] if "://" in url else url
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1].split(":", 1)[0]
    return host.strip(".")


def is_official(host: str) -> bool:
    """True for government/academic Japanese domains and the brands' own domains."""
    if host.endswith(_RESTRICTED_JP):
        return True
    return any(host == domain or host.endswith("." + domain) for domain in OFFICIAL_DOMAINS)


def _imitates_brand(host: str) -> bool:
    compact = host.translate(_DELEET).replace("-", "").replace(".", "").replace("rn", "m")
    if any(brand in compact for brand in BRANDS_ANYWHERE):
        return True
    pieces = set(_PIECES.findall(host.translate(_DELEET)))
    return any(brand in pieces for brand in BRANDS_AS_PIECE)


def link_warnings(url: str) -> tuple[str, ...]:
    """Why a link looks like phishing (empty when it looks ordinary)."""
    host = host_of(url)
    if not host:
        return ()
    reasons = []
    authority = url.split("://", 1)[-1].split("/", 1)[0]
    if "@" in authority:
        reasons.append("credentials_in_url")
    if _IPV4.match(host) or host.isdigit():
        reasons.append("ip_address")
    if "xn--" in host:
        reasons.append("punycode")
    if host in SHORTENERS:
        reasons.append("shortener")
    if host.endswith(FREE_HOSTING):
        reasons.append("free_hosting")
    if not is_official(host):
        if host.rsplit(".", 1)[-1] in UNUSUAL_TLDS:
            reasons.append("unusual_tld")
        if _imitates_brand(host):
            reasons.append("brand_lookalike")
        if not host.endswith(".jp") and _JP_MIMIC.search(host):
            reasons.append("fake_jp_domain")
    return tuple(reasons)
