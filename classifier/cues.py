"""Interpretable warning-sign detectors for short Japanese and English messages.

Each cue names one manipulation technique people can learn to spot (a request to spread, a deadline,
a promise of money, a request for secrets, a strange link, a phone number to call, an unnamed expert,
emotional pressure, a claim with no source) and reports the exact text that triggered it, so the bot can
quote it back. Matching runs on NFKC-normalised, lower-cased text; spans are reported in the offsets of
the text the user sent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifier.links import find_urls, link_warnings
from classifier.result import Cue, Span
from classifier.textnorm import normalise_with_offsets

SpanList = list[tuple[int, int]]


def _en(*phrases: str) -> str:
    """English alternatives that must not be glued to other ASCII letters (Japanese may touch them)."""
    return r"(?<![a-z0-9])(?:" + "|".join(phrases) + r")(?![a-z0-9])"


def _both(*parts: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Japanese alternatives first, English (`_en`) last: each half only runs on text in its script."""
    *japanese, english = parts
    return re.compile("|".join(japanese)), re.compile(english)


_PATTERNS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "spread_request": _both(
        r"拡散(?:希望|して|願い|お願い|を?お願い|願います|よろしく|を|希望します|ください|して下さい)",
        r"(?:みんな|皆|皆さん|みなさん|友達|友人|知り合い|家族|周り|周囲|グループ|大切な人)(?:に|へ)(?:も)?"
        r"(?:教えて|知らせて|伝えて|回して|まわして|シェア|転送|送って|広めて)",
        r"(?<!を)(?:回して|まわして)(?:ください|下さい|あげて|ほしい)",
        r"(?:シェア|転送|共有)(?:して|お願い|希望|を?お願いします)",
        r"できるだけ(?:多くの|たくさんの)(?:人|方)",
        r"(?:\d+|[一二三四五六七八九十]+)人に(?:送|回|転送)",
        _en(
            r"share (?:this )?with (?:everyone|all|your friends|family)",
            r"please share",
            r"share this",
            r"forward (?:this|it)(?: message)? to",
            r"send this to (?:\w+ )?(?:friends|everyone|people|contacts)",
            r"pass (?:this|it) on",
            r"spread the word",
            r"copy and paste",
            r"tell everyone",
            r"share (?:it )?widely",
            r"repost",
        ),
    ),
    "urgency": _both(
        r"至急|本日中|今日中|\d+時間以内|今すぐ|ただちに|直ちに|大至急|急いで|お急ぎ|期限が(?:迫|切れ)|期限切れ|"
        r"最終(?:通知|通告|警告|案内|確認)|本日(?:まで|限り)|今日(?:まで|限り)|早急に|速やかに|"
        r"(?:利用|サービス|アカウント|口座|カード)(?:が|を|の)?(?:一時)?(?:停止|凍結|制限)(?:され|し|いた|と)",
        _en(
            r"urgent(?:ly)?",
            r"immediately",
            r"act now",
            r"within \d+ (?:hours?|days?|minutes?|hrs?)",
            r"final (?:notice|warning|reminder)",
            r"last chance",
            r"expires? (?:today|soon|tonight)",
            r"today only",
            r"asap",
            r"right now",
            r"don'?t delay",
            r"before it'?s too late",
            r"(?:account|card|service) (?:will be |has been )?(?:suspended|locked|closed|blocked)",
        ),
    ),
    "money_promise": _both(
        r"当選|当たりました|必ず儲かる|確実に儲かる|絶対(?:に)?儲かる|儲かる|儲け|元本保証|月利|日利|"
        r"年利\d|高配当|高利回り|配当金|還付金|給付金|賞金|懸賞|無料でもらえる|プレゼント(?:中|します|いたします)|"
        r"(?:\d+|[一二三四五六七八九十百千]+)万円(?:が|を)?(?:もらえ|当選|還付|受け取|稼|儲|プレゼント|給付)|"
        r"簡単に稼げる|稼げる|不労所得|仮想通貨|暗号資産|ビットコイン|副業|未払い|返金(?:手続|のお知らせ|いたします)",
        _en(
            r"you(?:'ve| have)? won",
            r"winner",
            r"prizes?",
            r"guaranteed (?:returns?|profits?|income)",
            r"free (?:gift|money|cash|entry)",
            r"cash (?:prize|reward|bonus)",
            r"claim (?:your|now|it)",
            r"crypto(?:currency)?",
            r"bitcoin",
            r"investment opportunity",
            r"double your money",
            r"tax refund",
            r"refund",
            r"[£$€]\s?\d[\d,]*(?:\.\d+)?",
            r"\d[\d,]* ?(?:pounds|dollars)",
            r"(?:earn|make) \$?\d+",
            r"risk[- ]free",
            r"high (?:returns?|yields?)",
        ),
    ),
    "personal_data_request": _both(
        r"暗証番号|パスワード|カード番号|クレジットカード(?:情報|番号)|カード情報|マイナンバー|口座|"
        r"セキュリティコード|ログイン(?:情報|id)|本人確認|アカウント(?:情報|確認)|認証(?:コード|番号)|"
        r"ワンタイムパスワード|個人情報|生年月日|保険証番号|お客様情報",
        _en(
            r"verify (?:your )?(?:account|identity|details|information)",
            r"confirm (?:your )?(?:account|details|identity|information)",
            r"pin(?: code| number)?",
            r"passwords?",
            r"passcode",
            r"login (?:details|credentials|information)",
            r"bank (?:details|account)",
            r"card (?:number|details)",
            r"account (?:number|details|information)",
            r"social security",
            r"security code",
            r"one[- ]time (?:code|password)",
            r"otp",
            r"cvv",
            r"update (?:your )?(?:payment|billing|account) (?:details|information|method)",
        ),
    ),
    "fake_expert": _both(
        r"(?:医師|医者|お医者さん|看護師|ナース|薬剤師|専門家|教授|研究者|学者|科学者|先生)(?:をしている|の)"
        r"(?:友人|友達|知人|知り合い|姪|甥|娘|息子|奥さま|奥さん|ご主人|旦那さん|親戚|いとこ|ママ友)|"
        r"(?:友人|友達|知人|知り合い|親戚|いとこ|息子|娘|夫|妻|姪|甥|ママ友)の(?:医師|医者|お医者さん|看護師|ナース|"
        r"薬剤師|教授|研究者|自衛官|警察官|消防士|記者|政治家|官僚|役人|病院関係者|先生)|"
        r"(?:医師|医者|お医者さん|看護師|専門家|研究者|学者|科学者|関係者|内部の人|政府関係者|病院関係者|業界関係者|"
        r"小児科医)(?:によると|によれば|が言うには|から聞いた|が言って|も認めて|が(?:警告|断言|認め)|が(?:絶対に)?言わない)|"
        r"ある(?:医師|医者|専門家|教授|研究者|看護師|関係者)(?:が|は|に|によると)|某(?:大学|病院|省庁|機関|国立)|"
        r"(?:テレビ|番組)(?:に出てた|に出ている|で有名な|でおなじみの)(?:先生|医者|医師|教授|専門家)|"
        r"(?:アメリカ|海外|外国|中国|韓国|欧米|ヨーロッパ|有名)の(?:大学|研究者|研究機関|研究所)(?:の)?(?:研究|発表|調査|論文)|"
        r"名誉教授|元官僚|ノーベル賞を?(?:受賞した|取った)?(?:学者|受賞者|博士|教授|研究者)|内部関係者|業界関係者|"
        r"元[一-龯ァ-ヺーa-z]{1,8}?の?(?:官僚|職員|幹部|理事|査察官|研究員|科学者|医師|警察官|自衛官|社員|役員)|"
        r"[ァ-ヺー]{2,}大学の(?:研究|論文|調査|教授)|大学の研究チーム|(?:研究所|研究機関)の所長|"
        r"(?:世界的に有名な|世界的権威の|有名な|著名な)[一-龯ァ-ヺー]{0,8}?(?:学者|博士|教授|先生|医師|専門家|科学者)|"
        r"(?:学者|博士)(?:の[一-龯ァ-ヺー]{0,6}?(?:先生|氏|さん))?(?:が言うには|によると|によれば|が、?「)|"
        r"の(?:資格|肩書き?)を持つ|(?:教授|医師|専門家|関係者)[(（]匿名[)）]",
        _en(
            r"(?:a|my) (?:doctor|nurse|scientist|expert|lawyer) friend",
            r"my (?:friend|uncle|aunt|cousin|neighbou?r|brother|sister)(?:'s \w+)? (?:who is|who works|is) "
            r"(?:a |an |at |in )?(?:doctor|nurse|scientist|expert|police|hospital|government)",
            r"(?:doctors|nurses|scientists|experts|insiders|researchers) (?:say|confirm(?:ed)?|warn|agree|"
            r"have confirmed|are saying)",
            r"according to (?:a|an|one) (?:doctor|nurse|expert|scientist|insider|official)",
            r"(?:a|one) (?:doctor|nurse|scientist|insider) (?:says|said|confirmed|revealed)",
            r"scientists confirm",
            r"experts agree",
            r"sources close to",
            r"a (?:harvard|stanford|university|recent) study",
            r"doctors (?:won'?t|don'?t) (?:tell|want)",
            r"a nurse i know",
            r"a doctor on tv",
        ),
    ),
    "strong_emotion": _both(
        r"絶対に|絶対|衝撃|怖すぎ|恐ろしい|恐怖|やばい|ヤバい|ヤバイ|緊急|驚愕|閲覧注意|信じられない|許せない|"
        r"大変なこと|危険です|命に関わる|死ぬ|死亡|激ヤバ|マジで|本当に怖い|注意喚起|警告",
        r"!!!+|[!?]{4,}|[⚠🚨‼❗]",
        r"!!!+|[!?]{4,}|"
        + _en(
            r"shocking",
            r"terrifying",
            r"horrifying",
            r"outrageous",
            r"you won'?t believe",
            r"they don'?t want you to know",
            r"what they don'?t want",
            r"wake up",
            r"big pharma",
            r"mainstream media",
            r"must (?:watch|read|see)",
            r"banned",
            r"cover[- ]?up",
            r"omg",
            r"deadly",
            r"alarming",
            r"warning",
            r"exposed",
            r"the truth about",
        ),
    ),
    "unsourced_claim": _both(
        r"らしい|(?<=[だたるい])そう(?:です|だ|よ|な)|とのこと|って(?:聞いた|話)|聞いた話|と聞きました|"
        r"本当かどうか|噂|うわさ|ウワサ|真偽(?:不明|は)|出所不明|って言ってた|と言われて(?:いる|います)",
        _en(
            r"reportedly",
            r"i(?:'ve)? heard",
            r"rumou?r(?:s| has it)?",
            r"apparently",
            r"people are saying",
            r"they say",
            r"word is",
            r"allegedly",
            r"unconfirmed",
            r"not sure if (?:this|it)(?: is|'s) true",
            r"sources say",
            r"supposedly",
            r"it is said",
            r"circulating",
        ),
    ),
}

_PHONE_CANDIDATE = re.compile(r"(?<![0-9a-z.+/=_\-])(?:\+|\(0|0)[0-9\s().\-‐‑–—−ー]{7,20}[0-9](?![0-9])")
_HAS_LATIN = re.compile(r"[a-z]")


def _phone_spans(text: str) -> SpanList:
    spans = []
    for match in _PHONE_CANDIDATE.finditer(text):
        digits = sum(char.isdigit() for char in match.group())
        if 10 <= digits <= 13 and "  " not in match.group():
            spans.append(match.span())
    return spans


def _suspicious_link_spans(text: str) -> SpanList:
    return [(start, end) for start, end in find_urls(text) if link_warnings(text[start:end])]


def _pattern_spans(name: str, text: str, has_latin: bool) -> SpanList:
    japanese, english = _PATTERNS[name]
    spans = [] if text.isascii() else [m.span() for m in japanese.finditer(text)]
    if has_latin:
        spans.extend(m.span() for m in english.finditer(text))
    return sorted(set(spans))


CUE_NAMES: tuple[str, ...] = (
    "spread_request",
    "urgency",
    "money_promise",
    "personal_data_request",
    "suspicious_link",
    "phone_number",
    "fake_expert",
    "strong_emotion",
    "unsourced_claim",
)

CUE_LABELS: dict[str, tuple[str, str]] = {
    "spread_request": ("拡散・転送のお願い", "asks you to spread or forward it"),
    "urgency": ("急がせる・期限を切る", "rushes you or sets a deadline"),
    "money_promise": ("お金・当選・もうけ話", "promises money, prizes or profits"),
    "personal_data_request": ("暗証番号・個人情報を求める", "asks for passwords or personal data"),
    "suspicious_link": ("あやしいリンク", "suspicious link"),
    "phone_number": ("電話番号", "phone number to call"),
    "fake_expert": ("名前のない専門家", "unnamed or second-hand expert"),
    "strong_emotion": ("強い感情をあおる", "stirs up strong emotion"),
    "unsourced_claim": ("出典のない話", "claim with no source"),
}


@lru_cache(maxsize=16384)
def _find_all(normalised: str) -> tuple[SpanList, ...]:
    """Spans of every cue in normalised text, cached: the model's features and `detect` share the work."""
    has_latin = _HAS_LATIN.search(normalised) is not None
    found = []
    for name in CUE_NAMES:
        if name == "suspicious_link":
            found.append(_suspicious_link_spans(normalised) if ("." in normalised) else [])
        elif name == "phone_number":
            found.append(_phone_spans(normalised))
        else:
            found.append(_pattern_spans(name, normalised, has_latin))
    return tuple(found)


def detect(text: str) -> tuple[Cue, ...]:
    """Every cue that fires in `text`, in `CUE_NAMES` order, with spans in the original text's offsets."""
    mapped = normalise_with_offsets(text)
    cues = []
    for name, spans in zip(CUE_NAMES, _find_all(mapped.text), strict=True):
        if spans:
            located = []
            for start, end in spans:
                original_start, original_end = mapped.original_span(start, end)
                located.append(Span(original_start, original_end, text[original_start:original_end]))
            cues.append(Cue(name, tuple(located)))
    return tuple(cues)


def count(normalised: str) -> list[int]:
    """How many times each cue fires in already-normalised text: the model's cue features."""
    return [len(spans) for spans in _find_all(normalised)]
