"""Supervised volunteers: an organiser approves one with the CLI, a senior's question reaches them
under a nickname, a report reaches the organiser, revoking stops relays; students apply in the bot."""

from __future__ import annotations

import re

import pytest

from bot.app import App
from bot.cli import main
from bot.storage import learning, volunteers
from tests.family_harness import button, payloads, person, to, two_platform_app
from tests.test_family_link import code_of
from tests.test_family_relay import SCAM


@pytest.fixture
def cli(db_path, monkeypatch):
    monkeypatch.setenv("MATTE_DB", str(db_path))

    def run(*args: str) -> int:
        return main(list(args))

    return run


async def test_volunteer_flow_nickname_report_and_revoke(app: App, cli, capsys) -> None:
    line, telegram = two_platform_app(app)
    assert cli("helpers", "org", "みどり図書館", "--organiser", "telegram:900", "--min-score", "60") == 0
    assert cli("helpers", "approve", "telegram:555", "--org", "みどり図書館") == 0
    senior = person(app, line, "Useni")
    volunteer = person(app, telegram, "555")
    code = code_of(await senior.command("helper"))
    await volunteer.command("helper", code)
    request = to(line, "Useni")[-1]
    assert "ボランティア" in request.text and "みどり図書館" in request.text
    await senior.press(button(request, "hk:1:y"))
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    question = to(telegram, "555")[-1]
    link = next(iter(app.store.db["helper_links"].rows))
    assert link["kind"] == "volunteer" and link["senior_name"] in question.text
    assert re.fullmatch(rf"({'|'.join(volunteers.NICKNAMES)})\d\d", link["senior_name"])
    for private in ("Useni", "user Use"):
        assert private not in question.text and private not in link["senior_name"]
    await volunteer.press(payloads(question)[2])
    answer = to(line, "Useni")[-1]
    assert "一緒に確かめよう" in answer.text
    [reported] = await senior.press(button(answer, "vr:"))
    assert "伝えました" in reported.text
    notice = to(telegram, "900")[-1]
    assert notice.chat.direct_user == "900" and "telegram:555" in notice.text
    capsys.readouterr()
    assert cli("helpers", "list") == 0
    assert "telegram:555\tみどり図書館\tapproved\t1\t1" in capsys.readouterr().out
    assert cli("helpers", "reports") == 0
    assert "telegram:555" in capsys.readouterr().out

    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    question = to(telegram, "555")[-1]
    assert cli("helpers", "revoke", "telegram:555") == 0
    assert "1 links ended, 1 waiting questions closed" in capsys.readouterr().out
    [refused] = await volunteer.press(payloads(question)[0])
    assert "もう送れません" in refused.text
    [result] = await senior.forward(SCAM)
    assert not [p for p in payloads(result) if p.startswith("ah:")]


async def test_blocked_volunteer_cannot_link_again(app: App, cli) -> None:
    line, telegram = two_platform_app(app)
    cli("helpers", "org", "町のデジタル活用支援", "--min-score", "0")
    cli("helpers", "approve", "telegram:555", "--org", "町のデジタル活用支援")
    senior, volunteer = person(app, line, "Useni"), person(app, telegram, "555")
    await volunteer.command("helper", code_of(await senior.command("helper")))
    await senior.press(button(to(line, "Useni")[-1], "hk:1:y"))
    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    await volunteer.press(payloads(to(telegram, "555")[-1])[0])
    [blocked] = await senior.press(button(to(line, "Useni")[-1], "vb:"))
    assert "ブロック" in blocked.text and app.store.db["helper_links"].count == 0
    [refused] = await volunteer.command("helper", code_of(await senior.command("helper")))
    assert "使えません" in refused.text and app.store.db["helper_links"].count == 0


async def test_student_applies_only_after_lessons_and_score(app: App, cli, bank, clock) -> None:
    line, telegram = two_platform_app(app)
    cli("helpers", "org", "高校の情報部", "--organiser", "line:T1", "--min-score", "50")
    student = person(app, telegram, "42")
    [usage] = await student.command("volunteer", "知らない団体")
    assert "/volunteer" in usage.text
    [not_yet] = await student.command("volunteer", "高校の情報部")
    assert "レッスン 0/" in not_yet.text
    db = app.store.db
    for lesson in bank.lessons:
        learning.set_lesson_status(db, "telegram", "42", lesson, "done", clock())
    judged = [i for i in bank.items.values() if i.verdict in ("trustworthy", "misleading")]
    for item in judged[:20]:
        learning.record_answer(
            db, "telegram", "42", learning.Answer(item.id, item.answer, True, "solo"), clock()
        )
    [applied] = await student.command("volunteer", "高校の情報部")
    assert "申し込みました" in applied.text
    assert "matte helpers approve telegram:42" in to(line, "T1")[-1].text
    assert volunteers.get(db, "telegram", "42").status == "applied"
    assert volunteers.approved(db, "telegram", "42") is None


def test_cli_rejects_bad_input(cli, capsys) -> None:
    assert cli("helpers", "approve", "nocolon", "--org", "x") == 2
    assert cli("helpers", "approve", "telegram:1", "--org", "missing") == 2
    assert cli("helpers", "revoke", "telegram:1") == 2
    assert cli("helpers", "org", "x", "--min-score", "101") == 2
    assert "matte: error" in capsys.readouterr().err
