"""The guided check through the real engine and a real SQLite file, scored by the rules-based fake scorer
(the shipped model has its own tests) so what is asserted here does not move when the model is retrained."""

import sqlite3

import pytest

from bot.core.events import ChatKind, Command, ForwardedMessage, Origin, OriginKind, Source, TextMessage
from bot.core.payloads import decode
from bot.storage import check_records
from bot.testing import Chatter
from classifier.result import CheckResult, Cue, Span
from classifier.testing import FakeScorer

SCAM = (
    "【拡散希望】医師の友人によると、お湯を飲めばコロナウイルスが死ぬそうです。"
    "今すぐみんなに回して！詳しくは https://corona-info.top/x 090-1234-5678"
)
ORDINARY = "明日の町内会の集まりは10時からです。よろしくお願いします。"


def payloads(msg) -> list[str]:
    return [b.payload for row in msg.buttons for b in row]


async def test_suspicious_forward_gets_signs_questions_and_no_link(chatter: Chatter) -> None:
    [reply] = await chatter.forward(SCAM)
    assert "気をつけたいサイン" in reply.text and "決めることはしません" in reply.text
    assert "「拡散希望」" in reply.text and "「医師の友人」" in reply.text
    assert "https://" not in reply.text and "corona-info.top" not in reply.text
    assert "corona-info[.]top" in reply.text
    steps = [decode(p).args[1] for p in payloads(reply) if p.startswith("ck:")]
    assert steps == ["who", "source", "others", "origin", "next"]
    assert sum(p.startswith("cf:") for p in payloads(reply)) == 2


async def test_ordinary_message_gets_a_short_reply_with_a_tip(chatter: Chatter) -> None:
    [reply] = await chatter.forward(ORDINARY)
    assert "見つかりませんでした" in reply.text and len(reply.text) < 150
    assert all(p.startswith("cf:") for p in payloads(reply))


async def test_nothing_stored_contains_the_raw_text(chatter: Chatter, db_path) -> None:
    await chatter.forward(SCAM)
    await chatter.command("check", ORDINARY)
    conn = sqlite3.connect(db_path)
    dump = "\n".join(conn.iterdump())
    conn.close()
    for fragment in ("お湯を飲めば", "corona-info", "090-1234-5678", "町内会の集まり"):
        assert fragment not in dump
    rows = list(chatter.app.store.db["check_records"].rows)
    assert len(rows) == 2 and all(len(r["text_hash"]) == 64 for r in rows)
    assert "spread_request" in rows[0]["cues"]


async def test_same_text_same_keyed_hash(chatter: Chatter) -> None:
    await chatter.forward(SCAM)
    await chatter.forward(SCAM)
    hashes = {r["text_hash"] for r in chatter.app.store.db["check_records"].rows}
    assert hashes == {check_records.text_hash("test-key", SCAM)}


async def test_an_unflagged_message_with_a_sign_is_not_told_no_sign_was_found(
    chatter: Chatter, services
) -> None:
    text = "【〇〇銀行】お客様情報の確認のため、暗証番号の入力をお願いします"
    start = text.index("暗証番号")
    request = Cue("personal_data_request", (Span(start, start + 4, "暗証番号"),))
    services._scorer = FakeScorer(default=CheckResult(0.46, False, (request,), ()))
    [reply] = await chatter.forward(text)
    assert "見つかりませんでした" not in reply.text
    assert "全体として" in reply.text and "それでも気になるときは" in reply.text
    assert "暗証番号" not in reply.text


async def test_someone_coming_for_a_card_is_told_110_even_when_not_flagged(
    chatter: Chatter, services
) -> None:
    text = "今、銀行協会の人がカードを取りに家に来るって電話があったけど大丈夫？"
    start = text.index("カード")
    handover = Cue("handover", (Span(start, start + 9, text[start : start + 9]),))
    services._scorer = FakeScorer(default=CheckResult(0.2, False, (handover,), ()))
    [reply] = await chatter.forward(text)
    assert "お金やカードを渡す" in reply.text and "「カードを取りに家に」" in reply.text
    assert "#9110" in reply.text and "110番" in reply.text
    assert "見つかりませんでした" not in reply.text


async def test_someone_coming_for_a_card_gets_110_in_the_next_steps(chatter: Chatter, services) -> None:
    text = "今、銀行協会の人がカードを取りに家に来るって電話があったけど大丈夫？"
    start = text.index("カード")
    handover = Cue("handover", (Span(start, start + 9, text[start : start + 9]),))
    services._scorer = FakeScorer(default=CheckResult(0.7, True, (handover,), ()))
    [reply] = await chatter.forward(text)
    [last] = await chatter.press(next(p for p in payloads(reply) if p.endswith(":next")))
    assert "110番" in last.text and "188" in last.text


DOORSTEP = "いま玄関に、消防署の方から来ましたって人がいて消火器を交換しろって。どうしよう"


def doorstep_cue() -> Cue:
    start = DOORSTEP.index("消防署")
    return Cue("doorstep_sales", (Span(start, start + 11, DOORSTEP[start : start + 11]),))


async def test_a_doorstep_trap_is_named_even_when_not_flagged(chatter: Chatter, services) -> None:
    services._scorer = FakeScorer(default=CheckResult(0.2, False, (doorstep_cue(),), ()))
    [reply] = await chatter.forward(DOORSTEP)
    assert "頼んでいない点検・工事・契約" in reply.text and "「消防署の方から来ました」" in reply.text
    assert "188" in reply.text and "クーリング・オフ" in reply.text and "8日以内" in reply.text
    assert "見つかりませんでした" not in reply.text


async def test_a_doorstep_trap_gets_188_in_the_next_steps(chatter: Chatter, services) -> None:
    services._scorer = FakeScorer(default=CheckResult(0.7, True, (doorstep_cue(),), ()))
    [reply] = await chatter.forward(DOORSTEP)
    [last] = await chatter.press(next(p for p in payloads(reply) if p.endswith(":next")))
    assert "188" in last.text


async def test_sift_steps_and_feedback(chatter: Chatter) -> None:
    [reply] = await chatter.forward(SCAM)
    who = next(p for p in payloads(reply) if p.endswith(":who"))
    [step] = await chatter.press(who)
    assert "だれが発信した" in step.text and "医師の友人" in step.text
    [last] = await chatter.press(who.replace(":who", ":next"))
    assert "188" in last.text and payloads(last) == payloads(step)
    helpful = next(p for p in payloads(reply) if p.endswith(":y"))
    [thanks] = await chatter.press(helpful)
    assert "ありがとう" in thanks.text
    assert [r["helpful"] for r in chatter.app.store.db["check_records"].rows] == [1]
    [expired] = await chatter.press("ck:99999:who")
    assert "古くなった" in expired.text


async def test_every_step_offers_the_same_buttons_in_the_same_order(chatter: Chatter) -> None:
    """Where buttons are numbered (console, LINE menus written out), [1] is always 「だれが発信した？」
    and 👍 always [6], however far the person has gone through the questions."""
    [reply] = await chatter.forward(SCAM)
    shown = payloads(reply)
    assert [decode(p).args[1] for p in shown] == ["who", "source", "others", "origin", "next", "y", "n"]
    headings = {
        1: "【だれが発信した？】",
        2: "【出典はある？】",
        4: "【どこから始まった？】",
        5: "【確かめ先と",
    }
    for number in (1, 2, 5, 1, 4):
        [step] = await chatter.press(shown[number - 1])
        assert step.text.startswith(headings[number]) and payloads(step) == shown, number
        shown = payloads(step)


async def test_known_rumour_is_matched(chatter: Chatter, bank) -> None:
    item = bank.items["hl-001"]
    [reply] = await chatter.forward(item.post_ja)
    assert "すでに確かめられています" in reply.text and item.source.by in reply.text


async def test_check_command_paste_and_usage(chatter: Chatter) -> None:
    [reply] = await chatter.command("check", SCAM)
    assert "サイン" in reply.text
    [reply] = await chatter.text(SCAM)
    assert "サイン" in reply.text
    [reply] = await chatter.text("こんにちは")
    assert "/check" in reply.text
    [reply] = await chatter.command("check")
    assert "/check のあとに" in reply.text


async def test_english_reply(chatter: Chatter) -> None:
    await chatter.command("lang", "en")
    [reply] = await chatter.forward(
        "URGENT! Your account is suspended. Verify your password now at http://bank-secure.xyz"
    )
    assert "warning signs" in reply.text and "bank-secure[.]xyz" in reply.text


async def test_hidden_sender_is_mentioned(app, adapter) -> None:
    source = Source(platform="test", chat_id="9", user_id="9")
    event = ForwardedMessage(source=source, text=SCAM, origin=Origin(OriginKind.HIDDEN_USER, "匿名"))
    await app.process(event)
    assert "転送元の人は分かりませんでした" in adapter.sent[-1].text


async def test_quiet_in_groups_unless_asked_or_switched_on(app, adapter) -> None:
    member = Source(platform="test", chat_id="-1", user_id="5", chat_kind=ChatKind.GROUP)
    admin = Source(platform="test", chat_id="-1", user_id="6", chat_kind=ChatKind.GROUP, is_admin=True)
    await app.process(TextMessage(source=member, text=SCAM, addressed=False))
    assert adapter.sent == []
    await app.process(Command(source=member, name="check", reply_to_text=SCAM))
    assert "サイン" in adapter.sent[-1].text
    await app.process(Command(source=member, name="autocheck", args="on"))
    assert "管理者" in adapter.sent[-1].text
    await app.process(Command(source=admin, name="autocheck", args="on"))
    sent = len(adapter.sent)
    await app.process(TextMessage(source=member, text=ORDINARY, addressed=False))
    assert len(adapter.sent) == sent
    await app.process(TextMessage(source=member, text=SCAM, addressed=False))
    assert len(adapter.sent) == sent + 1


@pytest.mark.parametrize(("score", "speaks"), [(0.89, False), (0.9, True), (0.97, True)])
async def test_autocheck_speaks_only_from_its_threshold(
    app, adapter, fake_scorer: FakeScorer, score: float, speaks: bool
) -> None:
    member = Source(platform="test", chat_id="-1", user_id="5", chat_kind=ChatKind.GROUP)
    admin = Source(platform="test", chat_id="-1", user_id="6", chat_kind=ChatKind.GROUP, is_admin=True)
    await app.process(Command(source=admin, name="autocheck", args="on"))
    flagged = fake_scorer.score(SCAM)
    fake_scorer.results[SCAM] = CheckResult(score, True, flagged.cues, (), links=flagged.links)
    sent = len(adapter.sent)
    await app.process(TextMessage(source=member, text=SCAM, addressed=False))
    assert len(adapter.sent) == sent + speaks


async def test_prescored_results_are_reused(services) -> None:
    calls: list[str] = []

    class CountingScorer:
        def __init__(self, real) -> None:
            self.real = real

        def score(self, text: str):
            calls.append(text)
            return self.real.score(text)

        def score_many(self, texts):
            return self.real.score_many(texts)

    services._scorer = CountingScorer(services.scorer)
    services.prescore([SCAM, ORDINARY, SCAM, "  "])
    assert services.score(SCAM).suspicious and services.score(SCAM).suspicious and calls == []
    services.score("not prescored")
    assert calls == ["not prescored"]


PAUSE_WORDS = ("待", "止まり", "時間をおいて", "一度止", "pause", "wait")
ALERT = (
    "市役所から転送です。【避難指示】警戒レベル4 川沿いの地区に避難指示を発令しました。"
    "直ちに避難所へ避難してください。（○○市）"
)
RAIN = "【気象庁発表】○○市に大雨特別警報が発表されました。命を守る行動をとってください。"
POLICE = (
    "【○○警察署】市役所職員をかたり「医療費の還付金があります」と電話する詐欺が多発しています。"
    "還付金の手続きでATMに行くことは絶対にありません。"
)
QUOTED = (
    "みんな気をつけて！こんなSMSが来ました「お荷物を持ち帰りました。至急ご確認ください "
    "http://sagawa-exp.co.jp.delivery-check.com/」これ詐欺だから絶対に押さないでね。"
)


async def test_official_alert_relays_get_follow_the_official_instruction(chatter: Chatter) -> None:
    for text in (ALERT, RAIN):
        [reply] = await chatter.forward(text)
        assert "公式の知らせに従って行動してください" in reply.text
        assert "公式サイトや公式アプリ" in reply.text
        assert not any(word in reply.text for word in PAUSE_WORDS), reply.text


async def test_police_warning_and_quoted_scam_get_warning_advice_not_pause(chatter: Chatter) -> None:
    for text in (POLICE, QUOTED):
        [reply] = await chatter.forward(text)
        assert "注意するよう呼びかける" in reply.text and "188" in reply.text
        assert not any(word in reply.text for word in PAUSE_WORDS), reply.text
        # A police warning lists 110 and #9110 itself: the advice must not tell people to avoid them.
        assert "自分で知っている番号" in reply.text and "紹介されている連絡先" not in reply.text
    assert "このリンクの本当の行き先は delivery-check[.]com です" in reply.text
    assert "delivery-check.com" not in reply.text


async def test_link_destination_is_shown_defanged_in_flagged_replies(chatter: Chatter) -> None:
    [reply] = await chatter.forward(
        "【佐川急便】お荷物の住所が不明です。至急こちらで確認 http://sagawa-exp.co.jp.delivery-check.com/abc"
    )
    assert "このリンクの本当の行き先は delivery-check[.]com です" in reply.text
    assert "hxxp://sagawa-exp[.]co[.]jp[.]delivery-check[.]com/abc" in reply.text


async def test_official_link_is_a_good_sign(chatter: Chatter) -> None:
    [reply] = await chatter.forward(
        "台風の情報はこちらで見られます https://www.jma.go.jp/bosai/ 気をつけてね"
    )
    assert "jma[.]go[.]jp" in reply.text and "公式のドメインです" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        SCAM,
        "【拡散希望】この動画見て！ダムが決壊する瞬間。テレビは絶対に報道しない。",
        "近所の人から聞いたんだけど、来週から水道水に薬が混ぜられるんだって。みんなに教えて",
        "元本保証で月利8%！VIPグループで先生の推奨銘柄をお届けします。今すぐ参加を",
        "お母さん、おれだけど。スマホ壊れて番号変わった。今日家にいる？",
    ],
)
async def test_every_flagged_reply_names_a_sign(chatter: Chatter, text: str) -> None:
    [reply] = await chatter.forward(text)
    assert "気をつけたいサイン" in reply.text
    assert reply.text.count("⚠") >= 1


async def test_a_high_score_with_no_sign_is_not_called_a_warning(chatter: Chatter, services) -> None:
    services._scorer = FakeScorer(default=CheckResult(0.99, True, (), ()))
    [reply] = await chatter.forward("犬が散歩を待っています。今日はいい天気です。")
    assert "気をつけたいサイン" not in reply.text and "見つかりませんでした" in reply.text


async def test_long_message_says_only_the_start_was_checked(chatter: Chatter, services) -> None:
    services._scorer = FakeScorer(default=CheckResult(0.1, False, (), (), truncated=True))
    [reply] = await chatter.forward("長い文章です。" * 10)
    assert "はじめの5000文字だけ" in reply.text


async def test_the_wording_sign_is_named_and_quoted(chatter: Chatter, services) -> None:
    """A flag with no cue names the wording that raised the score, quoted, with advice safe to give."""
    text = "いつもご利用いただきありがとうございます。お客様情報のご確認をお願いいたします。"
    start = text.index("お客様情報")
    wording = Cue("wording", (Span(start, start + 5, "お客様情報"),))
    services._scorer = FakeScorer(default=CheckResult(0.8, True, (wording,), ()))
    [reply] = await chatter.forward(text)
    assert "気をつけたいサイン" in reply.text
    assert "注意が必要なメッセージによく出てくる言い回しがあります: 「お客様情報」" in reply.text
    assert not any(word in reply.text for word in PAUSE_WORDS), reply.text


DAM = "〇〇ダムが決壊しそうだから今すぐ逃げて！拡散して"
QUAKE = "近いうちに大地震が来るって"
FORETOLD = "明日大地震が来るって"
SAFETY_JA = "市町村の避難情報と、気象庁・自治体の公式の知らせに従って"


@pytest.mark.parametrize(
    ("text", "flagged"), [(DAM, True), (FORETOLD, True), (QUAKE, False), (ALERT, False), (RAIN, False)]
)
async def test_a_disaster_message_gets_safety_first_in_the_first_reply(
    chatter: Chatter, fake_scorer: FakeScorer, text: str, flagged: bool
) -> None:
    """Rumour flagged or not, or an official alert relayed: the first reply says to follow the city's
    evacuation information and the official sources first, before any sign, and never to wait."""
    assert fake_scorer.score(text).suspicious == flagged
    [reply] = await chatter.forward(text)
    assert "身の安全を先に" in reply.text and SAFETY_JA in reply.text
    assert reply.text.index(SAFETY_JA) < reply.text.find("⚠") or "⚠" not in reply.text
    assert not any(word in reply.text for word in PAUSE_WORDS), reply.text


async def test_a_disaster_message_pasted_in_english_gets_english_safety_first(chatter: Chatter) -> None:
    await chatter.command("lang", "en")
    [reply] = await chatter.forward(DAM)
    assert reply.text.startswith("⛑ Safety first")
    assert "follow your city's evacuation information and the official sources" in reply.text
    assert not any(word in reply.text.lower() for word in PAUSE_WORDS), reply.text


async def test_the_card_of_a_disaster_rumour_starts_with_safety(chatter: Chatter) -> None:
    [reply] = await chatter.forward(DAM)
    assert reply.card is not None
    first = reply.card.sections[0]
    assert first.heading == "⛑ 身の安全を先に" and SAFETY_JA in first.body


@pytest.mark.parametrize("text", [SCAM, ORDINARY, POLICE])
async def test_other_messages_get_no_safety_line(chatter: Chatter, text: str) -> None:
    [reply] = await chatter.forward(text)
    assert "身の安全を先に" not in reply.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("明日大地震が来るらしい", "身の安全を先に"),  # a sign (らしい) and a disaster
        (QUAKE, "身の安全を先に"),  # no sign: a disaster is enough
        ("bit.ly/abc123 見て", "本当の行き先は bit[.]ly"),  # a link
        ("レモン水でコロナ予防", "すでに確かめられています"),  # a known rumour
        ("ビタミンCでがんが消える", "薬や治療をやめさせる話"),  # a sign
    ],
)
async def test_a_short_pasted_claim_is_checked_without_check(
    chatter: Chatter, text: str, expected: str
) -> None:
    assert len(text) < 20
    [reply] = await chatter.text(text)
    assert expected in reply.text and "/check のあとに" not in reply.text
    assert len(list(chatter.app.store.db["check_records"].rows)) == 1


@pytest.mark.parametrize(("score", "checked"), [(0.99, True), (0.9, True), (0.85, False)])
async def test_a_short_text_the_model_is_sure_of_is_checked(
    chatter: Chatter, fake_scorer: FakeScorer, score: float, checked: bool
) -> None:
    """「〇〇を飲むとコロナが治る」 shows no rule's sign; the shipped model gave it 0.996. The bar is the one
    for speaking unasked in a group (0.9)."""
    text = "〇〇を飲むとコロナが治る"
    wording = Cue("wording", (Span(6, 12, "コロナが治る"),))
    fake_scorer.results[text] = CheckResult(score, True, (wording,), ())
    [reply] = await chatter.text(text)
    if checked:
        assert "気をつけたいサイン" in reply.text and "「コロナが治る」" in reply.text
    else:
        assert "/check のあとに" in reply.text


@pytest.mark.parametrize("text", ["うそ", "本当", "了解です", "今日はいい天気ですね", "わからない", "詐欺"])
async def test_short_chat_is_not_answered_with_a_check(chatter: Chatter, text: str) -> None:
    [reply] = await chatter.text(text)
    assert "/check のあとに" in reply.text and "サイン" not in reply.text
    assert list(chatter.app.store.db["check_records"].rows) == []


@pytest.mark.parametrize(
    "text", ["こんにちは", "はい", "2", "１０", "おはようございます！", "Hello", "よろしく。"]
)
async def test_small_talk_and_numbers_are_never_checked_unasked(
    chatter: Chatter, fake_scorer: FakeScorer, text: str
) -> None:
    """Not even when a model scores them high with only its wording to show (「こんにちは」 got 0.73)."""
    fake_scorer.results[text] = CheckResult(0.95, True, (Cue("wording", (Span(0, 1, text[0]),)),), ())
    [reply] = await chatter.text(text)
    assert "/check のあとに" in reply.text and "サイン" not in reply.text
    assert list(chatter.app.store.db["check_records"].rows) == [] and text not in fake_scorer.seen


async def test_a_short_thank_you_is_still_answered_as_one(chatter: Chatter) -> None:
    [reply] = await chatter.text("ありがとう！")
    assert "/check" not in reply.text and list(chatter.app.store.db["check_records"].rows) == []


async def test_a_short_claim_in_a_group_still_needs_check(app, adapter) -> None:
    member = Source(platform="test", chat_id="-1", user_id="5", chat_kind=ChatKind.GROUP)
    await app.process(TextMessage(source=member, text="明日大地震が来るらしい", addressed=True))
    assert "/check" in adapter.sent[-1].text and "サイン" not in adapter.sent[-1].text


@pytest.mark.shipped_model
async def test_short_pastes_with_the_shipped_model(chatter: Chatter) -> None:
    """Wired to the real scorer: a short disaster rumour is checked, safety first; small talk is not."""
    [reply] = await chatter.text(QUAKE)
    assert "身の安全を先に" in reply.text and "/check のあとに" not in reply.text
    for text in ("こんにちは", "はい", "2"):
        [reply] = await chatter.text(text)
        assert "/check のあとに" in reply.text
    assert len(list(chatter.app.store.db["check_records"].rows)) == 1


async def test_a_fee_asked_for_first_gets_188_in_the_next_steps(chatter: Chatter, services) -> None:
    text = "当選金を受け取るには手数料を振り込んでください"
    start = text.index("手数料")
    fee = Cue("payment_request", (Span(start, start + 9, text[start : start + 9]),))
    services._scorer = FakeScorer(default=CheckResult(0.7, True, (fee,), ()))
    [reply] = await chatter.forward(text)
    assert "お金を払う・振り込む・カードを買うように言われています" in reply.text
    [last] = await chatter.press(next(p for p in payloads(reply) if p.endswith(":next")))
    assert "188" in last.text and "#9110" in last.text
