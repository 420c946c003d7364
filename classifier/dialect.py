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

# Verb stems a warning negates or forbids (「言わん」「教えんといて」「入れたらいかん」), in hiragana and
# kanji: a whitelist, because a bare ん also ends さん, ちゃん and たくさん.
_KANJI_STEMS = (
    r"言わ|聞か|行か|払わ|渡さ|教え|入れ|開け|押さ|開か|出さ|振り込ま|振り込め|応じ|信じ|買わ|回さ|送ら|貼ら|"
    r"戻ら|返さ|取ら|乗ら|切ら|答え|見せ|使わ|触ら|頼ま|呼ば|上げ|書か|受け取ら|預け|来|出|止め|寄ら|泊め|"
    r"行かせ|開けさせ|上がらせ|慌て|相手にせ|行が"
)
_KANA_STEMS = (
    r"いわ|きか|いか|はらわ|わたさ|おしえ|いれ|あけ|おさ|ひらか|ふりこま|しんじ|かわ|まわさ|おくら|もどら|"
    r"かえさ|とら|かけ|のら|きら|こたえ|みせ|つかわ|さわら|たのま|よば|あげ|あずけ|させ"
)
# A stem in kana must start a word (「だれにもいわん」), so that はいすいかん (a drain pipe) is left alone.
_STEMS = rf"(?:{_KANJI_STEMS}|(?:(?<![ぁ-ゖ])|(?<=[をはがにもてでと]))(?:{_KANA_STEMS}))"
_ENDING = r"(?=[、。,.!?！？…\s」』)]|$|よ|ね|な|で|と|け|し|じゃ|や|ば|わ|ぞ|から|かった|って|の|もん|ので)"
# The end of what was said: punctuation, the end, or a sentence-final particle (ね, な, よ; く as in でくれ).
_SAID = r"(?=[、。,!?！？\s]|$|ね|な|よ|く)"
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # "watch out": 気ぃつけて, 気いつけや.
        (r"気[ぃい](?=つけ|付け)", "気を"),
        # "don't": 言わんといて, 教えんとってな, 回さんでね, 言わへんでな.
        (rf"({_STEMS})(?:ん|へん|ひん)(?:といて|とって|とき|どいて|どって)", r"\1ないで"),
        # "you need not": 回さんでええ, 払わんでよか, 押さないでいい (Tohoku 行がねで: ないで).
        (rf"({_STEMS})(?:ん|ない)で(?:ええ|いい|よか|よい)", r"\1なくていい"),
        (rf"({_STEMS})ねで(?=[、。!?！？\s]|$|け|な|ね|く)", r"\1ないで"),
        (rf"({_STEMS})(?:ねえ|ねぇ|ね)がら", r"\1ないから"),
        (rf"({_STEMS})(?:ん|へん|ひん)で{_SAID}", r"\1ないで"),
        (rf"(?<!ま)(?:せ|し)(?:ん|へん|ひん)(?:といて|とって|とき|どって|で{_SAID})", "しないで"),
        # "must not": 入れたらいかん, 押したらいけん, 信じたらならん, 払うたらあかん.
        (r"(たら|ては|ちゃ|じゃ)(?:いかん|いけん|ならん|ならへん|あかん|あきまへん|かん)", r"\1だめ"),
        # Kyūshū and Kansai "is not": 水道局じゃなかけん, 消防署の人やない.
        (r"(?<=[一-龯ー])(?:じゃ|や)なか(?=けん|けぇ|よ|ばい|[、。!]|$)|(?<=[一-龯ー])やない", "じゃない"),
        # Imperatives of refusing and ignoring: 断りんさい, 無視しいや, ブロックしとき.
        (rf"断(?:り|わり)(?:んさい|や|よ|な|なさい|ましょ)(?:{_SAID}|(?=う))", "断ってください"),
        (rf"(無視|ぶろっく)(?:しんさい|しいや|しい|しとき|しとって|しな|や){_SAID}", r"\1して"),
        (r"あかん|あきまへん|いけんよ", "だめ"),
        # "does not": 聞かん, 言わへん, せえへん, 戻らんけん, おらん.
        (r"(?:せえ|しい|し)(?:へん|ひん)|(?<![ぁ-ゖ])せん" + _ENDING, "しない"),
        (r"おらん|おらへん|おれへん", "いない"),
        (rf"({_STEMS})(?:ん|へん|ひん|ねえ|ねぇ)" + _ENDING, r"\1ない"),
        # Kansai past forms: 言うた, 払うた, 買うた; しもうた, もろた.
        (r"([言払買貰使会拾追])うた", r"\1った"),
        (r"(?<=[てで])(?:しも(?:う)?た|もうた)", "しまった"),
        (r"もろ(?:う)?た", "もらった"),
        # The copula: 嘘やで, 詐欺じゃけん, でまばい, にせもんや.
        (r"(?<=[一-龯ぁ-ゖー])(?:や|じゃ)(?:で|ねん|よ)|(?<=[一-龯ー])(?:ばい|ぜよ|だがね)", "だよ"),
        (r"(?<=[一-龯ー])(?:や|じゃ)と(?=思|おも)", "だと"),
        (r"(?<=[一-龯ー])だで(?=ね|[、。!]|$)", "だから"),
        (r"(?<=[ぁ-ゖ])き(?=ね(?:[、。!?！？\s]|$)|に[、。!?！？\s])", "から"),
        (rf"(?<=[一-龯ぁ-ゖー])(?:や|じゃ|だ)(?:けぇ|けえ|(?:けん|き){_SAID})", "だから"),
        (rf"(?<=[ぁ-ゖ])(?:けん|けぇ|けえ){_SAID}", "から"),
        (r"(?<=[一-龯ー])(?:や|じゃ)(?=[。!！\n]|$)", "だ"),
    )
)


def standard_endings(text: str) -> str:
    """`text` with dialect endings rewritten in standard forms (unchanged when it has none)."""
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
