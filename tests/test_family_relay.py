"""Ask my helper: a LINE senior's question reaches a Telegram grandchild and the answer comes back;
the relayed text is redacted, needs the senior's confirmation, and is gone from the database after
delivery or after 7 days."""

from __future__ import annotations

from bot.app import App
from bot.features.ask_helper import prepared
from bot.storage import relays
from tests.family_harness import button, dump, payloads, to
from tests.test_family_link import linked

SCAM = (
    "【重要】お客様の口座が停止されました。至急 https://mufg-secure.top/login で確認してください。"
    "お問い合わせ 090-1234-5678 / support@mufg-help.example.com"
)
SECRETS = ("090-1234-5678", "support@mufg-help", "mufg-secure.top", "口座が停止されました")


async def test_senior_on_line_asks_grandchild_on_telegram_and_gets_a_quick_reply(app: App, db_path) -> None:
    senior, grandchild = await linked(app)
    line, telegram = senior.adapter, grandchild.adapter
    [result] = await senior.forward(SCAM)
    ask = button(result, "ah:")
    assert "777" not in result.text
    assert any("にも聞いてみる" in b.label for row in result.buttons for b in row)
    assert "口座が停止されました" in dump(db_path), "kept (redacted) only until the senior sends it"
    before = len(to(telegram, "777"))
    [confirm] = await senior.press(ask)
    assert to(telegram, "777")[before:] == [], "nothing reaches the helper before the senior confirms"
    assert "[PHONE]" in confirm.text and "090-1234-5678" not in confirm.text
    [sent] = await senior.press(button(confirm, "as:"))
    assert "送りました" in sent.text
    [question] = to(telegram, "777")[before:]
    assert question.chat.platform == "telegram" and question.chat.direct_user == "777"
    assert "[PHONE]" in question.text and "[EMAIL]" in question.text and "mufg-secure[.]top" in question.text
    for secret in ("090-1234-5678", "support@mufg-help", "https://"):
        assert secret not in question.text
    assert "サイン" in question.text and "だれが最初に発信した" in question.text
    quick = [p for p in payloads(question) if p.startswith("hq:")]
    assert len(quick) == 4
    stored = dump(db_path)
    for secret in (*SECRETS, "[PHONE]"):
        assert secret not in stored, f"{secret} still in the database after delivery"

    [thanks] = await grandchild.press(quick[0])
    assert "届けます" in thanks.text
    answer = to(line, "Useni")[-1]
    assert "開かないで、あとで電話するね" in answer.text and answer.chat.direct_user == "Useni"
    [row] = list(app.store.db["helper_relays"].rows)
    assert row["status"] == "answered" and row["answer"] == "quick1" and row["text"] is None
    [again] = await grandchild.press(quick[1])
    assert "もう返事" in again.text


async def test_own_words_answer_is_relayed_and_not_stored(app: App, db_path) -> None:
    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    question = to(grandchild.adapter, "777")[-1]
    [prompt] = await grandchild.press(button(question, "hq:") if False else payloads(question)[-1])
    assert "次のメッセージ" in prompt.text
    await grandchild.text("それは銀行を名乗るにせものだと思う。夜に電話するね")
    answer = to(senior.adapter, "Useni")[-1]
    assert "夜に電話するね" in answer.text
    assert "夜に電話するね" not in dump(db_path)
    [reply] = await grandchild.text("こんにちは")
    assert "/check" in reply.text, "after the answer, text is handled as before"


async def test_cancelled_draft_and_unlinking_stop_relays(app: App, db_path) -> None:
    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    [dropped] = await senior.press(button(confirm, "ax:"))
    assert "消しました" in dropped.text and "口座が停止" not in dump(db_path)
    [gone] = await senior.press(button(confirm, "as:"))
    assert "もう送れません" in gone.text

    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    question = to(grandchild.adapter, "777")[-1]
    [links] = (await senior.command("helper"))[1:]
    await senior.press(button(links, "hu:"))
    before = len(to(senior.adapter, "Useni"))
    [refused] = await grandchild.press(payloads(question)[0])
    assert "もう送れません" in refused.text
    assert len(to(senior.adapter, "Useni")) == before
    [result] = await senior.forward(SCAM)
    assert not [p for p in payloads(result) if p.startswith("ah:")]


async def test_another_person_cannot_send_the_seniors_draft(app: App) -> None:
    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    before = len(to(grandchild.adapter, "777"))
    [refused] = await grandchild.press(button(confirm, "as:"))
    assert "もう送れません" in refused.text
    assert [m for m in to(grandchild.adapter, "777")[before:] if "届きました" in m.text] == []


async def test_reminded_once_then_text_gone_after_7_days(app: App, clock, db_path) -> None:
    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    [unsent] = await senior.forward(SCAM + " 2通目")
    assert "口座が停止" in dump(db_path)
    await senior.press(button(confirm, "as:"))
    clock.advance(hours=23)
    await app.tick(wait=True)
    assert not any("まだ返事がない" in m.text for m in to(grandchild.adapter, "777"))
    clock.advance(hours=2)
    await app.tick(wait=True)
    await app.tick(wait=True)
    assert sum("まだ返事がない" in m.text for m in to(grandchild.adapter, "777")) == 1
    waiting = [m for m in to(senior.adapter, "Useni") if "忙しいのかも" in m.text]
    assert len(waiting) == 1 and "188" in waiting[0].text
    clock.advance(days=6)
    await app.tick(wait=True)
    assert "口座が停止" not in dump(db_path), "an unsent draft's text is deleted after 7 days"
    statuses = sorted(r["status"] for r in app.store.db["helper_relays"].rows)
    assert statuses == ["expired", "expired"]
    [late] = await senior.press(button(unsent, "ah:"))
    assert "もう送れません" in late.text


async def test_undelivered_relay_is_dropped_from_the_outbox_after_7_days(app: App, clock, db_path) -> None:
    senior, _ = await linked(app)
    del app.adapters["telegram"]  # the helper's platform runs in another process that is down
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    assert "[PHONE]" in dump(db_path)
    clock.advance(days=7, seconds=1)
    await app.tick(wait=True)
    assert "[PHONE]" not in dump(db_path) and "口座が停止" not in dump(db_path)


def test_prepared_text_redacts_and_defangs() -> None:
    text = prepared("連絡は０９０−１２３４−５６７８ か a.b@example.jp、詳細 http://evil.example.top/x")
    assert "[PHONE]" in text and "[EMAIL]" in text and "hxxp://evil[.]example[.]top/x" in text
    assert prepared("あ" * 5000).endswith("…") and len(prepared("あ" * 5000)) == 1500
    assert relays.KEEP_TEXT.days == 7


async def test_progress_counts_the_family_members_helped(app: App) -> None:
    senior, grandchild = await linked(app)
    [before] = await grandchild.command("progress")
    assert "相談にのった人" not in before.text
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    await grandchild.press(payloads(to(grandchild.adapter, "777")[-1])[1])
    [after] = await grandchild.command("progress")
    assert "相談にのった人: 1人（返事をした相談 1件）" in after.text


async def test_text_long_after_choosing_own_words_is_not_relayed(app: App, clock) -> None:
    senior, grandchild = await linked(app)
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    await grandchild.press(payloads(to(grandchild.adapter, "777")[-1])[-1])
    before = len(to(senior.adapter, "Useni"))
    clock.advance(hours=2)
    [reply] = await grandchild.text("【拡散希望】医師の友人によると、お湯を飲めばウイルスが消えるらしいです")
    assert "サイン" in reply.text, "checked as usual"
    assert len(to(senior.adapter, "Useni")) == before, "never sent to the senior"
