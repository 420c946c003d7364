"""Finding links in a message, naming their real destination and the phishing tricks they use.

Smishing in Japan imitates a short list of brands (JPCERT/CC's phishing URL list is dominated by Apple,
AEON, えきねっと, Mercari, card issuers, carriers and couriers) and public offices (国税庁, 厚生労働省, city
halls) on hosts with cheap TLDs, hyphens and digits, URL shorteners, dynamic-DNS services or raw IP
addresses. A senior reading `http://sagawa-exp.co.jp.delivery-check.com/` sees the courier's name first;
what matters is the registrable domain at the end, which the Public Suffix List (bundled with the
`publicsuffixlist` package, no network) tells apart from suffixes such as `co.jp` or `lg.jp`. Tricks that
hide a link from filters are recognised too: dots written 「。」 or (ドット), and host names in Cyrillic or
Greek letters that look Latin (IDN homoglyphs). Official domains are never flagged: they are a good sign,
though a message can still copy their address, so the advice stays "open it from your own bookmark".

Everything here works on text already folded by `classifier.textnorm.normalise` (lower case, NFKC, katakana
as hiragana: (ドット) arrives as (どっと)).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

_PSL = PublicSuffixList()
# Letters a host name may use: ASCII, and the Latin, Greek and Cyrillic letters of look-alike hosts.
_HOST_LETTER = r"a-z0-9\u00e0-\u024f\u0370-\u03ff\u0400-\u04ff"
_LABEL = rf"[{_HOST_LETTER}](?:[{_HOST_LETTER}\-]*[{_HOST_LETTER}])?"
# A dot, or the ways people write one to slip a link past filters (and to defang it).
_DOT = r"(?:\.|。|\(どっと\)|（どっと）|\[\.\]|\(\.\)|\[dot\]|\(dot\))"
_HIDDEN_DOT = re.compile(r"。|\(どっと\)|（どっと）|\[dot\]|\(dot\)")
_PATH_CHARS = r"[a-z0-9\-._~:/?#\[\]@!$&'*+,;=%]"
# Endings a bare host (no http://) may have to be read as a link. `example`, `invalid` and `test` are kept
# for made-up names (RFC 2606): written examples, tests and the evaluation sets use them for fake sites.
_BARE_TLDS = (
    "com|net|org|info|biz|jp|co|io|me|ly|cc|cn|top|xyz|icu|shop|buzz|cfd|sbs|cyou|vip|club|work|pw|bond|"
    "asia|ru|tk|ml|ga|cf|gq|site|online|live|fun|link|click|dev|app|page|cloud|store|tokyo|su|rest|monster|"
    "lol|mom|xin|ren|wang|gd|example|invalid|test"
)
REASON_LABELS: dict[str, tuple[str, str]] = {
    "brand_lookalike": ("会社やお店の名前をまねた住所", "imitates a company or shop name"),
    "government_lookalike": ("役所の名前をまねた住所", "imitates a public office's name"),
    "fake_jp_domain": ("co.jp や go.jp に見せかけた住所", "dresses up as co.jp or go.jp"),
    "unusual_tld": ("あまり使われない末尾 (.top など)", "unusual ending such as .top"),
    "shortener": ("短縮URLで行き先が隠れている", "a shortened link hides where it goes"),
    "free_hosting": ("だれでも無料で作れる住所", "free hosting anyone can use"),
    "ip_address": ("数字だけの住所", "a bare IP address"),
    "punycode": ("特別な文字を使った住所 (punycode)", "an encoded (punycode) address"),
    "homoglyph": ("英字に見える別の文字がまざっている", "look-alike letters from another alphabet"),
    "idn": ("英字以外の文字の住所", "a non-Latin address"),
    "hidden_dots": ("「。」や（ドット）で点を書きかえている", "dots disguised as 。 or (ドット)"),
    "credentials_in_url": ("「@」の後ろが本当の行き先", "the real destination is after the @"),
    "not_office_site": ("役所を名乗るのに役所の住所ではない", "names a public office but is not its site"),
}
"""Short Japanese and English names of the reasons a link is doubtful (the bot's templates say more)."""
URL_PATTERN = re.compile(
    rf"(?:(?:https?|hxxps?)://|www{_DOT})(?:[^\s/@]+@)?{_LABEL}(?:{_DOT}{_LABEL})*(?::\d+)?"
    rf"(?:[/?#]{_PATH_CHARS}*)?"
    rf"|(?<![a-z0-9.@\-]){_LABEL}(?:{_DOT}{_LABEL})*{_DOT}(?:{_BARE_TLDS})(?![a-z0-9\-])"
    rf"(?:[/?#]{_PATH_CHARS}*)?"
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
_JP_MIMIC = re.compile(r"(?:^|[.\-])(?:co|go|or|ne|lg|ac|ed)[.\-]?jp(?:[.\-]|$)|(?:^|\.)jp-")
# Public offices and programmes that phishing hosts borrow (mhlw-kyufu.com, city-xxx-lg-jp.com).
GOVERNMENT_WORDS = (
    "mhlw",
    "soumu",
    "nta",
    "mof",
    "maff",
    "meti",
    "mlit",
    "moj",
    "mext",
    "kantei",
    "cao",
    "caa",
    "npa",
    "keishicho",
    "police",
    "nenkin",
    "kokuzei",
    "zeimusho",
    "mynumber",
    "mynaportal",
    "kyufu",
    "kyufukin",
    "kanpu",
    "kanpukin",
    "shiyakusho",
    "kuyakusho",
)
# Words that only point at a public office next to a fake `lg-jp`/`go-jp` (city-hotel.com is fine).
LOCAL_GOVERNMENT_WORDS = ("city", "pref", "town", "village")
_PIECES = re.compile(r"[a-z]+")
_DELEET = str.maketrans("0135", "oles")
# Cyrillic and Greek letters that look like Latin ones: "аррӏе.com" reads as "apple.com".
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "һ": "h",
        "і": "i",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "ԁ": "d",
        "ɡ": "g",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
    }
)
_NON_LATIN_LETTER = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


@dataclass(frozen=True, slots=True)
class LinkFinding:
    """One link: where it is in the normalised text, its host, its real destination and what is wrong.

    `destination` is the registrable domain (`delivery-check.com` for
    `sagawa-exp.co.jp.delivery-check.com`); `official` is true for a genuine public-office or brand
    domain written plainly, which is a good sign.
    """

    start: int
    end: int
    host: str
    destination: str
    reasons: tuple[str, ...]
    official: bool


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
    """The host name of a link, without scheme, credentials or port, with written-out dots as dots."""
    rest = url.split("://", 1)[1] if "://" in url else url
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    host = authority.rsplit("@", 1)[-1].split(":", 1)[0]
    host = re.sub(_DOT, ".", host)
    return host.strip(".")


def _readable(host: str) -> str:
    """Punycode labels decoded (xn--80ak6aa92e → аррӏе), so look-alike letters can be seen."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


@lru_cache(maxsize=4096)
def destination_of(host: str) -> str:
    """The registrable domain a browser would really open (the host itself for IPs and unknowns)."""
    if _IPV4.match(host) or "." not in host:
        return host
    return _PSL.privatesuffix(host) or host


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


def _imitates_government(host: str) -> bool:
    pieces = set(_PIECES.findall(host.translate(_DELEET)))
    if any(word in pieces for word in GOVERNMENT_WORDS):
        return True
    return bool(_JP_MIMIC.search(host)) and any(word in pieces for word in LOCAL_GOVERNMENT_WORDS)


def _host_reasons(host: str, shown: str) -> list[str]:
    reasons = []
    readable = _readable(host)
    if "xn--" in host:
        reasons.append("punycode")
    skeleton = readable.translate(_HOMOGLYPHS)
    if _NON_LATIN_LETTER.search(readable):
        reasons.append("homoglyph" if skeleton.isascii() else "idn")
    if _IPV4.match(host) or host.isdigit():
        reasons.append("ip_address")
    destination = destination_of(host)
    if host in SHORTENERS or destination in SHORTENERS:
        reasons.append("shortener")
    if host.endswith(FREE_HOSTING):
        reasons.append("free_hosting")
    if not is_official(host) or skeleton != host:
        if host.rsplit(".", 1)[-1] in UNUSUAL_TLDS:
            reasons.append("unusual_tld")
        if _imitates_brand(skeleton):
            reasons.append("brand_lookalike")
        if _imitates_government(skeleton):
            reasons.append("government_lookalike")
        if not skeleton.endswith(".jp") and _JP_MIMIC.search(skeleton):
            reasons.append("fake_jp_domain")
    if _HIDDEN_DOT.search(shown):
        reasons.append("hidden_dots")
    return reasons


@lru_cache(maxsize=4096)
def link_warnings(url: str) -> tuple[str, ...]:
    """Why a link looks like phishing (empty when it looks ordinary)."""
    host = host_of(url)
    if not host:
        return ()
    reasons = []
    authority = url.split("://", 1)[-1].split("/", 1)[0]
    if "@" in authority:
        reasons.append("credentials_in_url")
    reasons.extend(_host_reasons(host, url))
    return tuple(dict.fromkeys(reasons))


# A public office or the alert systems named as the sender or source (stop 34): fake alerts and notices
# from 「【気象庁】」 or 「〇〇市役所」 link to sites of their own (「安否登録はこちら https://jma-anpi.example」),
# which no other reason caught, and were read as alert relays. Matched on normalised text, where katakana
# is folded to hiragana (Jアラート → jあらーと).
_NAMES_OFFICE = re.compile(
    r"気象庁|気象台|消防庁|国土交通省|国交省|総務省|厚生労働省|厚労省|国税庁|税務署|年金機構|警察庁|警視庁|"
    r"警察署|県警|市役所|区役所|町役場|村役場|役場|県庁|都庁|府庁|危機管理課|防災課|災害対策本部|"
    r"j\s?あらーと|j-?alert|緊急地震速報|防災行政無線|防災無線|"
    r"(?:市|区|町|村|県|都|府)(?:から|より|の防災|防災)"
)
# Where a relay of an office's notice may rightly point besides the office: the old local-government
# domains (city.sendai.jp, pref.xx.jp) and the news and weather services people share.
_LOCAL_GOVERNMENT_JP = re.compile(r"(?:^|\.)(?:city|town|vill|pref)\.[a-z0-9-]+(?:\.[a-z0-9-]+)?\.jp$")
MEDIA_DOMAINS = frozenset(
    [
        "tenki.jp",
        "weathernews.jp",
        "weathernews.com",
        "yahoo.co.jp",
        "asahi.com",
        "yomiuri.co.jp",
        "mainichi.jp",
        "nikkei.com",
        "sankei.com",
        "jiji.com",
        "kyodonews.jp",
        "tbs.co.jp",
        "fnn.jp",
        "ntv.co.jp",
        "tv-asahi.co.jp",
        "tv-tokyo.co.jp",
    ]
)
_CUT_BY_PLACEHOLDER = re.compile(r"[.。]?[〇○◯]")
_RESTRICTED_SUFFIXES = frozenset(suffix.lstrip(".") for suffix in _RESTRICTED_JP)


def leaves_public_sites(normalised: str, end: int, host: str) -> bool:
    """True for a link (ending at `end`, to `host`) that goes neither to a public or brand domain, a
    municipal one, nor a news or weather service: no office notice or alert sends its reader there. A host
    cut short by a placeholder (`www.city.〇〇.lg.jp`) or a bare 「lg.jp」 is no host."""
    if _CUT_BY_PLACEHOLDER.match(normalised, end) or host in _RESTRICTED_SUFFIXES or "." not in host:
        return False
    return not (
        is_official(host) or _LOCAL_GOVERNMENT_JP.search(host) or destination_of(host) in MEDIA_DOMAINS
    )


@lru_cache(maxsize=2048)
def analyse_links(normalised: str) -> tuple[LinkFinding, ...]:
    """Every link in already-normalised text, with its destination and warnings (among them, for a
    message naming a public office, a link that is not the office's)."""
    findings = []
    urls = find_urls(normalised)
    names_office = bool(urls) and _NAMES_OFFICE.search(normalised) is not None
    for start, end in urls:
        url = normalised[start:end]
        host = host_of(url)
        if not host:
            continue
        reasons = list(link_warnings(url))
        if names_office and leaves_public_sites(normalised, end, host):
            reasons.append("not_office_site")
        findings.append(
            LinkFinding(
                start, end, host, destination_of(host), tuple(reasons), not reasons and is_official(host)
            )
        )
    return tuple(findings)
