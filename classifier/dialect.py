"""Regional and casual Japanese endings rewritten in standard forms, so that the stance rules (written in
standard Japanese) also read a warning said in dialect.

Friends and neighbours warn each other in their own speech: 「市の人はそんなこと聞かんけん、来ても入れたら
いかんよ」「『必ず儲かる』言う人はみな嘘やで。気ぃつけよな」. The rules looked for 聞かない, だめ, 嘘だ and
気をつけ, and took such warnings for the scams they quote: on the fresh `ja_blind_36` (stop 31) 11 of 40
dialect warnings were flagged. The rewrite covers the endings that carry a warning's meaning (negation,
prohibition, the copula, "because", "watch out") in Kansai, Chūgoku, Shikoku, Kyūshū and Tōhoku speech,
on verbs a warning uses, and nothing else: it is read only by the rules, never shown, never given to
the model (`cues._analyse` uses it for the reply's stance only).

Text is expected as the rules read it: `textnorm.reading_form` (katakana folded to hiragana).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier.regex_literals import may_match, required_literals

# Verb stems a warning negates or forbids (「言わん」「教えんといて」「入れたらいかん」), in hiragana and
# kanji: a whitelist, because a bare ん also ends さん, ちゃん and たくさん.
_KANJI_STEMS = tuple(
    re.findall(
        r"\S+",
        "言わ 聞か 行か 払わ 渡さ 教え 入れ 開け 押さ 開か 出さ 振り込ま 振り込め 応じ 信じ 買わ 回さ 送ら "
        "貼ら 戻ら 返さ 取ら 乗ら 切ら 答え 見せ 使わ 触ら 頼ま 呼ば 上げ 書か 受け取ら 預け 来 出 止め 寄ら "
        "泊め 行かせ 開けさせ 上がらせ 慌て 相手にせ 行が",
    )
)
_KANA_STEMS = tuple(
    re.findall(
        r"\S+",
        "いわ きか いか はらわ わたさ おしえ いれ あけ おさ ひらか ふりこま しんじ かわ まわさ おくら もどら "
        "かえさ とら かけ のら きら こたえ みせ つかわ さわら たのま よば あげ あずけ させ",
    )
)
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_PARTICLES = frozenset("をはがにもてでと")


def _after_stem(text: str, index: int) -> bool:
    """True when a whitelisted stem ends at `index`; a stem in kana must start a word (「だれにもいわん」),
    so that はいすいかん (a drain pipe) is left alone."""
    if text.endswith(_KANJI_STEMS, 0, index):
        return True
    for stem in _KANA_STEMS:
        if text.endswith(stem, 0, index):
            start = index - len(stem)
            before = text[start - 1 : start] if start else ""
            return not before or not _HIRAGANA.match(before) or before in _PARTICLES
    return False


class _StemEnding:
    """A replacement that applies only to an ending that follows a whitelisted stem."""

    def __init__(self, replacement: str) -> None:
        self.replacement = replacement

    def __call__(self, found: re.Match[str]) -> str:
        return self.replacement if _after_stem(found.string, found.start()) else found.group(0)


_ENDING = r"(?=[、。,.!?！？…\s」』)]|$|よ|ね|な|で|と|け|し|じゃ|や|ば|わ|ぞ|から|かった|って|の|もん|ので)"
# The end of what was said: punctuation, the end, or a sentence-final particle (ね, な, よ; く as in でくれ).
_SAID = r"(?=[、。,!?！？\s]|$|ね|な|よ|く)"
# (pattern, replacement, whether the match must follow a stem): the stem rules match the ending only, so
# that the search starts from a rare ending rather than trying every stem at every character. Each rule
# keeps the strings every match of it contains (`regex_literals`): most messages have no dialect ending,
# and a rule whose strings are all absent is skipped.
_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...] | None]


def _rule(pattern: str, replacement: str, after_stem: bool) -> _Rule:
    compiled = re.compile(pattern)
    return compiled, _StemEnding(replacement) if after_stem else replacement, required_literals(compiled)


_RULES: tuple[_Rule, ...] = tuple(
    _rule(*rule)
    for rule in (
        # "watch out": 気ぃつけて, 気いつけや.
        (r"気[ぃい](?=つけ|付け)", "気を", False),
        # "don't": 言わんといて, 教えんとってな, 回さんでね, 言わへんでな.
        (r"(?:ん|へん|ひん)(?:といて|とって|とき|どいて|どって)", "ないで", True),
        # "you need not": 回さんでええ, 払わんでよか, 押さないでいい (Tohoku 行がねで: ないで).
        (r"(?:ん|ない)で(?:ええ|いい|よか|よい)", "なくていい", True),
        (r"ねで(?=[、。!?！？\s]|$|け|な|ね|く)", "ないで", True),
        (r"(?:ねえ|ねぇ|ね)がら", "ないから", True),
        (rf"(?:ん|へん|ひん)で{_SAID}", "ないで", True),
        (rf"(?<!ま)(?:せ|し)(?:ん|へん|ひん)(?:といて|とって|とき|どって|で{_SAID})", "しないで", False),
        # "must not": 入れたらいかん, 押したらいけん, 信じたらならん, 払うたらあかん.
        (
            r"(たら|ては|ちゃ|じゃ)(?:いかん|いけん|ならん|ならへん|あかん|あきまへん|かん)",
            r"\1だめ",
            False,
        ),
        # Kyūshū and Kansai "is not": 水道局じゃなかけん, 消防署の人やない.
        (r"(?<=[一-龯ー])(?:(?:じゃ|や)なか(?=けん|けぇ|よ|ばい|[、。!]|$)|やない)", "じゃない", False),
        # Imperatives of refusing and ignoring: 断りんさい, 無視しいや, ブロックしとき.
        (rf"断(?:り|わり)(?:んさい|や|よ|な|なさい|ましょ)(?:{_SAID}|(?=う))", "断ってください", False),
        (rf"(無視|ぶろっく)(?:しんさい|しいや|しい|しとき|しとって|しな|や){_SAID}", r"\1して", False),
        (r"あかん|あきまへん|いけんよ", "だめ", False),
        # "does not": 聞かん, 言わへん, せえへん, 戻らんけん, おらん.
        (r"(?:せえ|しい|し)(?:へん|ひん)|(?<![ぁ-ゖ])せん" + _ENDING, "しない", False),
        (r"おらん|おらへん|おれへん", "いない", False),
        (r"(?:ん|へん|ひん|ねえ|ねぇ)" + _ENDING, "ない", True),
        # Kansai past forms: 言うた, 払うた, 買うた; しもうた, もろた.
        (r"([言払買貰使会拾追])うた", r"\1った", False),
        (r"(?<=[てで])(?:しも(?:う)?た|もうた)", "しまった", False),
        (r"もろ(?:う)?た", "もらった", False),
        # The copula: 嘘やで, 詐欺じゃけん, でまばい, にせもんや.
        (
            r"(?<=[一-龯ぁ-ゖー])(?:や|じゃ)(?:で|ねん|よ)|(?<=[一-龯ー])(?:ばい|ぜよ|だがね)",
            "だよ",
            False,
        ),
        (r"(?<=[一-龯ー])(?:や|じゃ)と(?=思|おも)", "だと", False),
        (r"(?<=[一-龯ー])だで(?=ね|[、。!]|$)", "だから", False),
        (r"(?<=[ぁ-ゖ])き(?=ね(?:[、。!?！？\s]|$)|に[、。!?！？\s])", "から", False),
        (rf"(?<=[一-龯ぁ-ゖー])(?:や|じゃ|だ)(?:けぇ|けえ|(?:けん|き){_SAID})", "だから", False),
        (rf"(?<=[ぁ-ゖ])(?:けん|けぇ|けえ){_SAID}", "から", False),
        (r"(?<=[一-龯ー])(?:や|じゃ)(?=[。!！\n]|$)", "だ", False),
    )
)


def standard_endings(text: str) -> str:
    """`text` with dialect endings rewritten in standard forms (unchanged when it has none)."""
    for pattern, replacement, needs in _RULES:
        if may_match(needs, text):
            text = pattern.sub(replacement, text)
    return text
