"""Make links in a quoted message unclickable, so Matte never hands anyone a scam link to tap.

`https://sagawa-exp.top/x` becomes `hxxps://sagawa-exp[.]top/x`: still readable, but no chat app
turns it into a link.
"""

from __future__ import annotations

import re
import unicodedata

_URL = re.compile(r"\b(h)(tt)(ps?)(://)([^\s/?#]+)", re.IGNORECASE)
# Host labels may use Latin, Greek and Cyrillic letters: look-alike hosts (аррӏе.com) are links too.
_LABEL_CHARS = "a-z0-9\u00e0-\u024f\u0370-\u03ff\u0400-\u04ff"
_HOST = re.compile(
    rf"(?<![\w.@\[])((?:[{_LABEL_CHARS}](?:[{_LABEL_CHARS}-]*[{_LABEL_CHARS}])?\.)+)([a-z]{{2,24}}|xn--[a-z0-9-]+)\b",
    re.IGNORECASE,
)


def defang(text: str) -> str:
    """Full-width letters are folded first (NFKC), since chat apps link ｈｔｔｐｓ：／／ too."""
    text = unicodedata.normalize("NFKC", text)
    text = _URL.sub(lambda m: f"{m.group(1)}xx{m.group(3)}{m.group(4)}{m.group(5).replace('.', '[.]')}", text)
    return _HOST.sub(lambda m: m.group(1).replace(".", "[.]") + m.group(2), text)
