"""Weekly tips on the chosen weekday and hour (Japan time) over simulated weeks, seasonal tips in
season, none after /tips off; operators' alerts only to those who opted in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.app import App
from bot.cli import main
from bot.core.events import Message
from bot.features.tips import next_at, parse_when
from bot.storage import outbox as outbox_rows
from bot.testing import Chatter
from quizzes.tips import SEASONS, load_tips, tip_for
from tests.family_harness import payloads

JST = ZoneInfo("Asia/Tokyo")


def tips_sent(chatter: Chatter) -> list[Message]:
    return [m for m in chatter.adapter.sent if isinstance(m, Message) and "今週のひとこと" in m.text]


async def test_wednesday_9_over_8_weeks_then_off(chatter: Chatter, clock) -> None:
    clock.now = datetime(2026, 2, 2, 0, 0, tzinfo=JST).astimezone(UTC)  # a Monday in tax season
    [on] = await chatter.command("tips", "on 水曜 9時")
    assert "水曜日の9時" in on.text
    delivered: list[tuple[datetime, Message]] = []
    for _ in range(8 * 7 * 24):
        clock.advance(hours=1)
        before = len(tips_sent(chatter))
        await chatter.app.tick(wait=True)
        delivered += [(clock.now, m) for m in tips_sent(chatter)[before:]]
    assert len(delivered) == 8
    for moment, message in delivered:
        local = moment.astimezone(JST)
        assert (local.weekday(), local.hour) == (2, 9), local
        assert message.bulk and message.chat.direct_user == "u1"
        assert "停止" in message.text and payloads(message) == ["tp:off"]
        assert tip_for(local.date()).ja in message.text
    texts = "\n".join(m.text for _, m in delivered)
    assert "確定申告" in texts and "還付金" in texts, "tax-season tips arrive in February and March"
    assert "台風" not in texts and "年末" not in texts
    assert "日本ファクトチェックセンター" in texts or "（" in texts, "going round now names who checked"

    [off] = await chatter.press("tp:off")
    assert "止めました" in off.text
    clock.advance(days=14)
    before = len(tips_sent(chatter))
    await chatter.app.tick(wait=True)
    assert len(tips_sent(chatter)) == before


async def test_bot_down_for_weeks_sends_one_tip_not_a_backlog(chatter: Chatter, clock) -> None:
    await chatter.command("tips", "on 月 8")
    clock.advance(days=30)
    await chatter.app.tick(wait=True)
    await chatter.app.tick(wait=True)
    assert len(tips_sent(chatter)) == 1


async def test_tips_usage_and_bad_input_change_nothing(chatter: Chatter) -> None:
    [usage] = await chatter.command("tips")
    assert "/tips on" in usage.text
    [bad] = await chatter.command("tips", "on 30時")
    assert "/tips on" in bad.text and chatter.app.store.db["tip_subscriptions"].count == 0
    await chatter.command("tips", "on")
    [row] = chatter.app.store.db["tip_subscriptions"].rows
    assert (row["weekday"], row["hour"]) == (2, 9)
    await chatter.command("tipsoff")
    assert chatter.app.store.db["tip_subscriptions"].count == 0


def test_when_parsing_and_next_time() -> None:
    assert parse_when(["金曜日", "19時"]) == (4, 19)
    assert parse_when(["wed", "9"]) == (2, 9)
    assert parse_when(["sunday"]) == (6, 9)
    assert parse_when(["あした"]) is None and parse_when(["24"]) is None
    wednesday_9 = datetime(2026, 4, 1, 9, 0, tzinfo=JST)
    assert next_at(wednesday_9, 2, 9) == wednesday_9 + timedelta(days=7)
    assert next_at(wednesday_9 - timedelta(minutes=1), 2, 9) == wednesday_9


def test_a_years_tips_in_both_languages_seasonal_in_season(tmp_path: Path) -> None:
    tips = load_tips()
    assert len(tips) == 52 and all(t.ja and t.en for t in tips.values())
    seasonal = {t.season for t in tips.values() if t.season}
    assert {"tax", "year_end", "typhoon", "exam"} <= seasonal
    for tip in tips.values():
        if tip.season:
            month = datetime.fromisocalendar(2026, tip.week, 4).month
            assert month in SEASONS[tip.season]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[tip]]\nweek = 30\nseason = "tax"\nja = "a"\nen = "b"\n', encoding="utf-8")
    from quizzes import BankError

    with pytest.raises(BankError) as raised:
        load_tips(tmp_path)
    assert any("out of its season" in str(p) for p in raised.value.problems)


async def test_alert_reaches_only_those_who_opted_in(
    app: App, adapter, db_path, monkeypatch, tmp_path, capsys
) -> None:
    monkeypatch.setenv("MATTE_DB", str(db_path))
    yes, no, other = (Chatter(app, adapter, user_id=u) for u in ("a1", "a2", "a3"))
    [ok] = await yes.command("alerts", "scam on")
    assert "scam" in ok.text
    await no.command("alerts", "scam on")
    await no.command("alerts", "scam off")
    await other.command("alerts", "disaster on")
    await yes.command("alerts", "bogus on")
    text = tmp_path / "alert.txt"
    text.write_text("市役所をかたる還付金の電話が増えています。", encoding="utf-8")
    app.store.close()
    assert main(["alert", "send", "--topic", "scam", "--text", str(text), "--dry-run"]) == 0
    assert "would reach 1 people" in capsys.readouterr().out
    from bot.storage.database import Store

    store = Store(db_path)
    assert outbox_rows.rows(store.db, "test") == []
    store.close()
    assert main(["alert", "send", "--topic", "scam", "--text", str(text)]) == 0
    store = Store(db_path)
    queued = outbox_rows.rows(store.db, "test")
    store.close()
    assert (
        len(queued) == 1
        and "dm:a1" in queued[0][1]
        and "還付金" in queued[0][1]
        and '"bulk": true' in queued[0][1]
    )
    assert main(["alert", "send", "--topic", "scam", "--text", str(tmp_path / "missing.txt")]) == 2
