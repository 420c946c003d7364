"""Coaching: a message that tells the reader how to get past the people who could stop a fraud.

「窓口で聞かれたらリフォーム代って言ってね」「銀行の人には何も言わなくていいから」「行員さんが警察呼ぶって
言っても断ってね」「ATMでは電話をつないだままで」: bank and post-office staff are trained to ask why a senior
is withdrawing a large sum, and special-fraud callers prepare their victims for exactly that question.
Police campaigns say it plainly: being told what to say at the counter is itself the sign of a fraud.

Eight shapes, each a regular expression on the reading form (`textnorm.reading_form`, katakana folded):
what to answer when staff ask (`_ASKED_THEN_SAY`), what to say to them (`_SAY_TO_STAFF`), what to keep
from them (`_KEEP_FROM_STAFF`), to brush off their doubts (`_IGNORE_STAFF`), to refuse their check
(`_REFUSE_CHECK`), a call kept on at the ATM (`_CALL_KEPT_ON`), a way round the counter or the staff who
know the senior (`_AVOID_COUNTER`, `_AVOID_KNOWN`) and the reason to give set in advance (`_PURPOSE_SET`).
A way round the counter, telling staff a reason and a reason set in advance count only in a message about
money; a call kept on, in one about money or staff. Stop 36 added the refused check, the staff who know
the senior, the reason set in advance and more words for a call kept on (「通話はそのままで」「スピーカーに
しないで」): on all 98,936 training and evaluation texts of the time they gave the sign to 31 more
suspicious ones and no genuine one, and on the fresh `ja_blind_60` and `_61` they flagged 2 more scams and
no genuine message (`classifier/eval/README.md`).
Precision first, because the checker flags a message for this sign alone (`checker.FLAGGED_ALONE`):
- a warning quotes the coaching (「『窓口で聞かれたら…と言って』という電話は詐欺」): a match that starts
  inside 「」 or 『』 or goes on to say someone said it (「…と言われたら」「…って指示する」) does not count;
- advice to tell the truth (「窓口で聞かれたら正直に答えてね」) is the opposite of coaching;
- 「暗証番号は銀行の人にも言わないで」 keeps a PIN, not a fraud, from the bank.
"""

from __future__ import annotations

import re

from classifier.textnorm import fold_kana, inside_quotes

# Who could stop it: bank, post-office and shop staff, the ATM corner's attendant, the police.
_STAFF = (
    r"(?:銀行|ぎんこう|窓口|まどぐち|行員|こういん|局員|郵便局|ゆうびんきょく|信金|信用金庫|金融機関|ゆうちょ|"
    r"atm|店員|てんいん|コンビニ|レジ|係の人|係員|かかりの|警察|けいさつ|お巡り|おまわり|支店|してん)"
)
_STAFF_PERSON = r"(?:の人|のひと|さん|の方|のかた|員|いん|長|ちょう)?"
# An instruction to say something: 「…って言ってね」「…とお答えください」「…で通して」「…ってことにしといて」.
# A report is not one: 「…って言ってた」「…と言うてくれて」「…って言って呼んでね」.
_ORDER_END = r"(?=ね|な|よ(?!ん|ろ)|や|[。、!！?？\n]|$)"
_SAY = (
    r"(?:と|って|っ|で)\s?(?:だけ|は)?(?:"
    r"(?:言|い)って(?:ください|下さい|くれ(?!た|て|る)|おいて|ちょうだい|ほしい|欲しい|" + _ORDER_END + r")|"
    r"(?:言|い)っと(?:いて|け)|(?:言|い)っておいて|(?:言|い)えば(?:いい|大丈夫|だいじょうぶ|済|す|通|とお|ok)|"
    r"(?:言|い)え(?=と|って|。|！|!)|(?:言|い)う(?:たら|と)(?:ええ|いい)|ことにし(?:て|とい|ておい)|"
    r"ご(?:説明|せつめい)(?:ください|下さい)|(?:断|ことわ)って|お(?:断|ことわ)り(?:ください|下さい)|(?:言|い)うんだ(?:よ|ぞ)|(?:言|い)いなさい|"
    r"(?:言|い)うて(?!くれ|き|た)|(?:言|い)いや|(?:言|い)い切って|いいきって|"
    r"(?:答|こた)え(?:て|といて|とい|れば)|お(?:答|こた)え(?:ください|下さい|いただ|願)|"
    r"(?:伝|つた)えて|お(?:伝|つた)え(?:ください|下さい|いただ|願)|(?:説明|せつめい)して|(?:通|とお|とう)して|"
    r"(?:書|か)いて(?:ください|ね)|(?:入力|にゅうりょく)して)"
)
_ASKED = (
    r"(?:聞かれ|きかれ|尋ねられ|たずねられ|質問され|言われ|いわれ|止められ|とめられ|やめられ|声をかけられ|"
    r"こえをかけられ|話しかけられ|はなしかけられ|疑われ|うたがわれ|確認され|聞いてき|きいてき|言ってき|いってき|"
    r"(?:言|い)った(?:ら|とき)|しようとし)"
    r"(?:たら|ても|た時|たとき|る(?:と|かも|けど|から|でしょう|と思))"
)
# 「窓口で『何か頼まれてませんか』と聞かれたら、笑って『いいえ』で大丈夫」: the answer given as a quotation.
_QUOTED_ANSWER = r"[」』]\s?(?:で|と)(?:言えば)?(?:大丈夫|だいじょうぶ|ok)"
_ASKED_THEN_SAY = (
    _STAFF + r"[^。\n]{0,30}?" + _ASKED + r"[^。\n]{0,40}?(?:" + _SAY + "|" + _QUOTED_ANSWER + ")"
)
_SAY_TO_STAFF = _STAFF + _STAFF_PERSON + r"(?:に|には|で|では)[^。\n]{0,30}?" + _SAY
_KEEP_FROM_STAFF = (
    _STAFF + _STAFF_PERSON + r"(?:に|には|にも|へは|では)[^。\n]{0,24}?"
    r"(?:言わないで|いわないで|言わないように|いわないように|話さないで|はなさないで|言わなくて(?:いい|大丈夫|ええ)|いわなくて(?:いい|だいじょうぶ)|"
    r"説明しなくて|せつめいしなくて|話さなくて|連絡(?:しないで|なさらないで|せんといて)|相談(?:しないで|なさらないで)|"
    r"声(?:を)?かけなくて|ないしょ|内緒|出さないで|ださないで|気づかれ|きづかれ|見せないで|代わらないで|"
    r"かわらないで|貸さないで)"
)
_IGNORE_STAFF = (
    _STAFF + r"[^。\n]{0,30}?(?:詐欺|さぎ|警察|けいさつ|止め|とめ|やめ|疑|うたが)[^。\n]{0,30}?"
    r"(?:ても|けど|かもしれない|たら)[^。\n]{0,30}?"
    r"(?:気にしな|きにしな|断って|ことわって|無視|むし|相手にしな|あいてにしな|信じないで|別の|べつの|大げさ|おおげさ)|"
    + _STAFF
    + r"(?:の人|員|官|さん)?(?:は|も)[^。\n「『]{0,20}?"
    r"(?:大げさ|おおげさ|決めつけ|きめつけ|信用でき|しんようでき|グル|ぐる|仲間|なかま|決まり文句|きまりもんく|"
    r"マニュアル(?:で|通り|どおり)|つながって|遅らせたが|おくらせたが|止めたが|とめたが|アルバイト|バイト|偽物|にせもの|"
    r"(?:相手|あいて)に(?:しなくて(?:いい|大丈夫)|しないで)|無視して)"
)
_CALL_KEPT_ON = (
    r"(?:電話|でんわ|携帯|けいたい|スマホ|通話|つうわ)(?:は|を)?[^。\n「『]{0,4}?(?:つないだまま|繋いだまま|つなげたまま|"
    r"つなぎっぱなし|そのままで|そのままに|耳に当てたまま|みみにあてたまま|"
    r"切らずに|きらずに|切らないで|きらないで|きらんと|切らんと)|"
    r"(?:電話|でんわ|通話|つうわ)[^。\n「『]{0,6}?(?:切れ|きれ)(?:たら|ても)[^。\n]{0,12}?(?:かけ|出て|でて)|"
    r"(?:電話口|でんわぐち)から(?:離れ|はなれ)ないで|スピーカーにしないで"
)
# 「いつもの支店じゃなくて隣町の支店で」「顔なじみの行員さんがいる支店は避けて」「遠い方の郵便局で」
# 「顔見知りに会うと面倒だから」「入口にお巡りさんが立ってるので、スーパーのATMに」: a way round the staff
# who know the senior.
_AVOID_KNOWN = (
    r"(?:いつもの|近所の|きんじょの|近くの|ちかくの|駅前の|えきまえの|顔なじみの|かおなじみの|顔見知りの|かおみしりの|"
    r"行きつけの)[^。\n]{0,12}?(?:支店|してん|銀行|ぎんこう|郵便局|ゆうびんきょく|atm|信金|窓口)(?:の方|のほう)?(?:は|だと|では)?"
    r"(?:じゃなく|ではなく|でなく|避け|さけ|やめ|使わないで|つかわないで)|"
    r"(?:遠い|とおい)(?:方|ほう)の(?:支店|してん|郵便局|ゆうびんきょく|atm|銀行|ぎんこう)|"
    r"いつもと(?:違う|ちがう)[^。\n]{0,6}?(?:支店|してん|郵便局|ゆうびんきょく|atm|銀行|ぎんこう)|"
    r"(?:顔見知り|かおみしり|顔なじみ|かおなじみ|知ってる人|しってるひと|知り合い|しりあい)(?:に|と)[^。\n]{0,4}?"
    r"(?:会う|あう|会っ|あっ)[^。\n]{0,12}?(?:から|ので|でしょ)|"
    r"(?:お巡り|おまわり|警察官|けいさつかん|警官)[^。\n]{0,6}?(?:立って|いる)[^。\n]{0,12}?(?:から|ので)[^。\n]{0,30}?"
    r"(?:atm|別の|べつの|ほかの|他の|違う|ちがう)"
)
# 「警察呼ぶって言われたら断って」「窓口で警察の人と話すように言われても、応じる必要はありません」
# 「お巡りさん来ても話さないでね」「銀行の『お声かけ』は断っても大丈夫」「本物は私たちだけです」: the check
# itself refused.
# A police warning says the opposite (「警察官を名乗る人が来ても」 is a fake's visit, kept out).
_REFUSE_CHECK = (
    r"(?:警察|けいさつ|110番|交番|こうばん)(?:を|に|の人|の方)?[^。\n「『]{0,4}?(?:呼|よ|話す|はなす|一緒|いっしょ|行く|いく)"
    r"[^。\n]{0,10}?(?:言われ|いわれ|言っ|いっ|しようとし)[^。\n]{0,4}?(?:たら|ても)[^。\n]{0,20}?"
    r"(?:断って|ことわって|断れば|ことわれば|応じる必要|おうじるひつよう|応じなくて|おうじなくて|用事を思い出|"
    r"ようじをおもいだ|出てき|でてき)|"
    r"(?:お巡り|おまわり|警察官|けいさつかん|警官)(?:さん)?(?:が|は)?(?:来|き)(?:ても|たら)[^。\n]{0,10}?"
    r"(?:話さないで|はなさないで|話さなくて|はなさなくて|相手にしない|あいてにしない|解決しました|かいけつしました)|"
    r"(?:お)?(?:声かけ|こえかけ|声掛け)[」』]?(?:は|も)?(?:断って|ことわって|無視|むし)|"
    r"(?:本物|ほんもの)は(?:私たち|わたしたち|我々|われわれ|こちら|当方)だけ"
)
# 「使い道は『生活費』で通してください」「理由はリフォーム代ってことにしといて」: the reason to give, set in
# advance.
_PURPOSE_SET = (
    r"(?:使い道|使いみち|つかいみち|用途|ようと|理由|りゆう|目的|もくてき)(?:は|を)[^。\n]{0,16}?"
    r"(?:で(?:通|とお)して|(?:って|という)ことにし)"
)
_AVOID_COUNTER = (
    r"(?:窓口|まどぐち)(?:では|は)?(?:なく|じゃなく|でなく)|(?:窓口|まどぐち)(?:だと|は)[^。\n]{0,12}?"
    r"(?:時間|じかん|聞かれ|きかれ|止め|とめ|混|こん)[^。\n]{0,30}?(?:atm|コンビニ)|"
    r"(?:人の目|ひとのめ)[^。\n]{0,12}?(?:から|ので)|"
    r"(?:別|べつ|遠い|とおい)の(?:支店|してん|銀行|ぎんこう|atm)(?:の方)?(?:に|へ|で)(?:行|い)(?:って|け)|"
    + _AVOID_KNOWN
)
_KEEP_FROM_STAFF_RE = re.compile(fold_kana(_KEEP_FROM_STAFF))
_WITH_STAFF = (
    re.compile(fold_kana(_ASKED_THEN_SAY)),
    _KEEP_FROM_STAFF_RE,
    re.compile(fold_kana(_IGNORE_STAFF)),
    re.compile(fold_kana(_REFUSE_CHECK)),
)
_WITH_STAFF_ABOUT_MONEY = tuple(re.compile(fold_kana(shape)) for shape in (_SAY_TO_STAFF, _AVOID_COUNTER))
_PURPOSE_SET_RE = re.compile(fold_kana(_PURPOSE_SET))
_CALL_KEPT_ON_RE = re.compile(fold_kana(_CALL_KEPT_ON))
_STAFF_NAMED = re.compile(fold_kana(_STAFF))
_MONEY = re.compile(
    fold_kana(
        r"用途|ようと|使い道|使いみち|つかいみち|理由|りゆう|目的|もくてき|頭金|代金|費用|資金|示談|じだん|おろ|下ろ|引き出|ひきだ|出金|振込|"
        r"振り込|ふりこ|万円|お金|おかね|現金|げんきん|払い戻|還付|かんぷ|解約|かいやく|送金|定期"
    )
)
_HONEST = re.compile(
    fold_kana(
        r"正直|しょうじき|本当のこと|ほんとうのこと|ほんとのこと|ありのまま|事情を|じじょうを|詳しく|くわしく|"
        r"相談して|そうだんして"
    )
)
_ENGLISH = re.compile(
    r"(?<![a-z])(?:(?:if|when) (?:the )?(?:bank|teller|cashier|clerk|staff|police)[^.\n]{0,40}?asks?"
    r"[^.\n]{0,40}?(?:say|tell (?:them|her|him))|"
    r"tell (?:the )?(?:bank|teller|cashier|clerk)[^.\n]{0,20}?(?:it'?s|that it'?s) for|"
    r"keep (?:the|this) (?:phone|call) (?:on|connected)[^.\n]{0,30}?atm)"
)
_PIN = re.compile(fold_kana(r"暗証|あんしょう|パスワード|番号"))
_PIN_REACH = 20
# 「…と言ってと言われたら詐欺」「…って指示する電話」: the coaching is being quoted.
_SAID_BY_SOMEONE = re.compile(
    fold_kana(
        r"[^。\n]{0,6}?[」』]?(?:と|って|っ)\s?(?:言われ|いわれ|いう|言う|頼まれ|たのまれ|指示|しじ|言って(?:く|き)|"
        r"いって(?:く|き)|電話|連絡|言ってる|教え|おしえ)"
    )
)


def coaching_spans(text: str, has_latin: bool = False) -> list[tuple[int, int]]:
    """Spans where `text` (a reading form) coaches the reader past bank, shop or police staff; with
    `has_latin`, in English too."""
    money = _MONEY.search(text) is not None
    staff = _STAFF_NAMED.search(text) is not None
    shapes = [_CALL_KEPT_ON_RE] if money or staff else []
    if money:
        shapes.append(_PURPOSE_SET_RE)
    if has_latin:
        shapes.append(_ENGLISH)
    if staff:
        shapes += [*_WITH_STAFF, *(_WITH_STAFF_ABOUT_MONEY if money else ())]
    return sorted({span for shape in shapes for span in _kept(text, shape)})


def _kept(text: str, shape: re.Pattern[str]) -> list[tuple[int, int]]:
    """The matches of `shape` that are the message's own coaching (see the module docstring)."""
    spans = []
    for found in shape.finditer(text):
        start, end = found.span()
        if inside_quotes(text, start):
            continue
        if _HONEST.search(found.group()) or _SAID_BY_SOMEONE.match(text, end):
            continue
        if shape is _KEEP_FROM_STAFF_RE and _PIN.search(text, max(0, start - _PIN_REACH), end):
            continue
        spans.append((start, end))
    return spans
