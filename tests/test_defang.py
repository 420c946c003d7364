import pytest

from bot.features.defang import defang


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://sagawa-exp.top/abc?x=1", "hxxps://sagawa-exp[.]top/abc?x=1"),
        ("http://192.168.0.1/login", "hxxp://192[.]168[.]0[.]1/login"),
        ("amazon-co-jp.help.xyz へ", "amazon-co-jp[.]help[.]xyz へ"),
        ("bit.ly/3xYz", "bit[.]ly/3xYz"),
        ("ｈｔｔｐｓ：／／ｘ．ｃｏｍ", "hxxps://x[.]com"),
        ("xn--80ak6aa92e.com", "xn--80ak6aa92e[.]com"),
        ("e.g. this", "e.g. this"),
        ("バージョン1.2です", "バージョン1.2です"),
    ],
)
def test_links_become_unclickable(text: str, expected: str) -> None:
    assert defang(text) == expected


def test_defanging_twice_changes_nothing() -> None:
    once = defang("see https://a.example.com and b.co.jp")
    assert defang(once) == once
