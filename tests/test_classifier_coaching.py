"""Coaching past bank, shop and police staff is found in every shape it takes, and never in a warning
that quotes it, in advice to tell the truth, or in an errand."""

from __future__ import annotations

import pytest

from classifier.coaching import coaching_spans
from classifier.textnorm import reading_form


def _found(text: str) -> list[str]:
    form = reading_form(text)
    return [form[start:end] for start, end in coaching_spans(form, has_latin=True)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("銀行で聞かれたら、リフォーム代って言ってね", "って言って"),
        ("窓口の方に何に使うか聞かれても、孫の学費とお答えください", "とお答えください"),
        ("ぎんこうで　きかれたら　じぶんで　つかうって　いってね", "つかうっていって"),
        ("弁護士の〇〇です。示談金の件、銀行では「親戚への貸付」とお伝えください", "とお伝えください"),
        ("行員さんには家を直すお金って言えば大丈夫だから", "って言えば大丈夫"),
        ("お母さん、聞かれても窓口では『医療費』で通してください。現金でお願いね", "で通して"),
        (
            "取りに行くのは会社の後輩だから、封筒に入れて渡して。銀行の人には何も言わなくていいからね",
            "言わなくていい",
        ),
        ("警察の者ですが、捜査中なので銀行員には話さないでください", "話さないで"),
        ("もし銀行の人が警察呼ぶって言っても断ってね", "断って"),
        ("銀行の人は詐欺って決めつけるから、説明しなくていいよ", "決めつけ"),
        ("お父さん、ATMでお金をおろす時は電話つないだままにしてね", "つないだまま"),
        ("還付金は窓口ではなく、無人ATMでお受け取りください", "窓口ではなく"),
        ("If the bank asks why, just say it is for a new roof", "bank asks why, just say"),
        ("Tell the teller it's for your grandson's car", "teller it's for"),
        # The call kept on in other words, a way round the staff who know the senior, the check refused.
        ("国税の係の者です。還付のため、携帯電話を耳に当てたままATMを操作してください", "耳に当てたまま"),
        ("ATMの前に着いたら、スピーカーにしないで画面を見てください", "すぴーかーにしないで"),
        ("口座を守るため全額を移します。通話はそのままで、ATMへ向かってください", "通話はそのままで"),
        ("お金の件、電話が切れたらすぐこっちからかけるから出てね", "電話が切れたらすぐこっちからかけ"),
        ("母さん、いつもの郵便局はやめて。コンビニのATMで振り込んで", "いつもの郵便局はやめ"),
        ("お金は遠い方の支店でおろしてください", "遠い方の支店"),
        ("現金は、顔見知りに会うと面倒だから隣町の銀行でね", "顔見知りに会うと面倒だから"),
        ("警察呼ぶって言われたら断って", "警察呼ぶって言われたら断って"),
        ("窓口で警察の人と話すように言われても、応じる必要はありません", "応じる必要"),
        ("お巡りさん来ても話さないでね。お金はすぐ返すから", "お巡りさん来ても話さないで"),
        ("警察から確認の電話がかかってきても偽物です。本物は私たちだけです", "本物は私たちだけ"),
        ("行員は仲間かもしれないので注意して", "行員は仲間"),
        ("局員さんはマニュアルで声をかけているだけなので、気にしないで", "局員さんはまにゅあるで"),
        ("銀行では理由を言わないでね", "銀行では理由を言わないで"),
        ("支店長にも言わないように", "支店長にも言わないように"),
        ("使い道は『生活費』で通してください", "で通して"),
        ("窓口で『最近電話で何か頼まれてませんか』と聞かれたら、笑って『いいえ』で大丈夫！", "』で大丈夫"),
    ],
)
def test_coaching_is_found(text: str, part: str) -> None:
    found = _found(text)
    assert found and any(part in span for span in found), found


@pytest.mark.parametrize(
    "text",
    [
        # Warnings that quote the coaching, inside quotes or told as what someone said.
        "母さん、銀行で「リフォーム代と言って」みたいに言い方を指示してくる電話は100%詐欺だって",
        "窓口で聞かれたらリフォーム代と言って、と言われたら詐欺です。銀行の人に相談してください",
        "「銀行の人には言わなくていい」って言う電話は詐欺だからね",
        "詐欺の電話は『電話は切らないで』『いつもと違うATMへ』が決まり文句。お金の話が出たら切ってね",
        # The opposite advice, a PIN kept even from the bank, and errands.
        "銀行の窓口で何に使うか聞かれたら、ちゃんと本当のことを言ってね。窓口の人は味方だから",
        "窓口で聞かれたら正直に答えてね",
        "窓口で何か聞かれたら、本当のことだけ言ってね",
        "暗証番号は銀行の人にも言わないでね",
        "明日の銀行、私は駐車場で待ってるから、窓口の人に何か聞かれたら『娘が外で待ってます』って言って呼んでね",
        "窓口で注文したときに、できたらお届けしますって言うてくれてな。代金はもう窓口で払うてある",
        "郵便局で不在票をなくしたって言えば、再配達してくれるよ",
        "電話切らないでね、すぐ戻るから",
        "年金の振込が今月から別の銀行になる手続き、自分で年金事務所でやってきた",
        "If the bank asks you to confirm a payment you did not make, call the number on your card",
        # Someone met on social media, a senior seen at the ATM, police advice to check a visitor.
        "SNSで知り合い、一度も会ったことのない相手からお金を求められたら、まず家族か警察に相談してください",
        "ATMコーナーで携帯持ったまま慌ててるおばあちゃんがいて、行員さんがすぐ来て話聞いてた",
        "警察官を名乗る人が来ても話さないで、警察署に電話して確かめてください",
        "お巡りさんが来たら、ちゃんと話を聞いてね。お金のことも相談していいから",
        "いつもの支店は土曜休みだから、駅前のATMで下ろしてきたよ",
        "電話が切れたらまたかけるね。お米は明日届くよ",
    ],
)
def test_warnings_advice_and_errands_are_not_coaching(text: str) -> None:
    assert _found(text) == []
