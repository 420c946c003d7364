"""The browser classroom end to end, in headless Chromium driven by Playwright.

One instructor page (a projector) and five pupil pages (phones) run a three-question 小学生 class
quiz on the real app with its real one-second scheduler, drawn from items whose kanji carry readings
(shown as ruby): create, join, answer, one pupil's Wi-Fi drops
mid-question and another closes the tab, results after each question, podium, report downloads.
Expected scores are computed here from what each pupil did, not read from the code under test.
Screenshots of every screen end up in artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace

from browser_class import NO_CHROMIUM, SCREENSHOTS, WAIT, chromium, classroom_server, expect

from bot.storage import classroom
from bot.storage.classroom import FINISHED

pytestmark = NO_CHROMIUM
SECONDS = 8
# What each pupil does per question: C right, W wrong, - no answer. そら answers question 2
# while her connection is down; はると closes the tab after answering question 2 and comes back.
PLAN = {
    "ゆい": "CCC",
    "Tom&Jerry": "CCW",
    "はると": "CWC",
    "": "-WC",
    "そら": "WC-",
}


def shown(marked: str) -> str:
    """The textContent of a text with reading marks once drawn: <ruby>点<rt>てん</rt></ruby> reads 点てん."""
    return re.sub(r"\{([^{}|]+)\|([^{}|]+)\}", r"\1\2", marked)


def expected_points(plan: str) -> int:
    """No speed bonus in this test: 1000 per right answer plus 100 per answer in a streak (max 5)."""
    total = streak = 0
    for mark in plan:
        if mark == "C":
            total += 1000 + 100 * min(streak, 5)
            streak += 1
        else:
            streak = 0
    return total


@dataclass
class Pupil:
    typed: str
    plan: str
    context: object
    page: object
    name: str = ""


async def test_class_quiz_in_the_browser(tmp_path, bank):
    with_readings = {k: i for k, i in bank.items.items() if i.level == "小学生" and i.marked_ja}
    bank = replace(bank, items=with_readings)
    async with classroom_server(tmp_path, bank) as (adapter, store):
        async with chromium() as browser:
            await run_class(browser, adapter, store, bank, tmp_path)
        [session] = classroom.all_sessions(store.db)
        assert session.status == FINISHED
        assert len(classroom.players(store.db, session.id)) == len(PLAN)


async def run_class(browser, adapter, store, bank, tmp_path):
    base = adapter.base_url
    desk = await browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
    teach = await desk.new_page()
    await teach.goto(f"{base}teach/{adapter.key.key}")
    await teach.select_option("#wanted", "小学生")
    await teach.fill("#questions", "3")
    await teach.fill("#seconds", str(SECONDS))
    await teach.uncheck("input[name=speed_bonus]")
    await teach.click("form.create button[type=submit]")
    await teach.wait_for_url("**/teach/room/*")
    code = (await teach.text_content("#code")).strip()
    assert await teach.locator(".qr svg").count() == 1

    pupils = []
    for typed, plan in PLAN.items():
        context = await browser.new_context(
            viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
        )
        page = await context.new_page()
        await page.goto(f"{base}?c={code}")
        await page.fill("#name", typed)
        if not pupils:
            await page.screenshot(path=SCREENSHOTS / "pupil-join.png")
        await page.click("#join-form button")
        await expect(page.locator(".hello")).to_be_visible(timeout=WAIT)
        pupil = Pupil(typed, plan, context, page)
        pupil.name = (await page.text_content("#me-name")).strip()
        pupils.append(pupil)
    assert pupils[1].name == "Tom&Jerry"
    assert pupils[3].name and pupils[3].name not in PLAN
    await expect(teach.locator("#pupils .chip")).to_have_count(5, timeout=WAIT)
    await expect(teach.locator("#pupils")).to_contain_text("Tom&Jerry")
    await teach.screenshot(path=SCREENSHOTS / "instructor-lobby.png")
    await pupils[0].page.screenshot(path=SCREENSHOTS / "pupil-lobby.png")

    await teach.click("#do-start")
    for number in (1, 2, 3):
        await play_question(number, teach, pupils, adapter, store, bank, code)

    await teach.click("#do-next")
    await expect(teach.locator(".podium .step")).to_have_count(3, timeout=WAIT)
    ranked = sorted(pupils, key=lambda p: -expected_points(p.plan))
    for place, pupil in enumerate(ranked[:3], start=1):
        step = teach.locator(f".podium .place{place}")
        await expect(step.locator(".who")).to_have_text(pupil.name)
        await expect(step.locator(".pts")).to_have_text(f"{expected_points(pupil.plan)}点てん")
    marks = "".join(PLAN.values())
    overall = round(100 * marks.count("C") / (marks.count("C") + marks.count("W")))
    await expect(teach.locator(".figure .pct").first).to_have_text(f"{overall}%")
    for pupil, rank in zip(ranked, range(1, 6), strict=True):
        points = expected_points(pupil.plan)
        await expect(pupil.page.locator(".lead")).to_have_text(f"ごうけい {points}点てん")
        final_rank = pupil.page.locator(".final-rank")
        if rank <= 3:
            await expect(final_rank).to_have_text(f"あなたは 5人にんちゅう {rank}位い！")
        await expect(pupil.page.locator(".final-rank rt")).to_have_text(["にん", "い"])
    await check_reports(teach, pupils, tmp_path)
    await teach.screenshot(path=SCREENSHOTS / "instructor-podium.png", full_page=True)
    for i, pupil in enumerate(pupils, start=1):
        await pupil.page.screenshot(path=SCREENSHOTS / f"pupil-{i}-end.png", full_page=True)


async def play_question(number, teach, pupils, adapter, store, bank, code):
    await expect(teach.locator(".qnum")).to_have_text(f"だい{number}もん（ぜんぶで 3もん）", timeout=WAIT)
    session = classroom.live_in_chat(store.db, "web", code)
    item = bank.items[session.items[number - 1]]
    right, wrong = item.answer_index, (item.answer_index + 1) % len(item.choices)
    await expect(teach.locator(".opt")).to_have_count(len(item.choices))
    answering = [p for p in pupils if p.plan[number - 1] != "-"]
    for pupil in answering:
        if number == 2 and pupil.typed == "そら":
            continue
        await expect(pupil.page.locator(".answer").first).to_be_enabled(timeout=WAIT)
        await pupil.page.click(f".answer.c{right if pupil.plan[number - 1] == 'C' else wrong}")
        await expect(pupil.page.locator(".lead")).to_have_text("こたえたよ！ みんなを まってね。")
    if number == 2:
        await drop_and_return(pupils, adapter, code, right)
    await expect(teach.locator(".answers-in")).to_have_text(
        f"こたえた ひと {len(answering)} / 5人にん", timeout=WAIT
    )
    if number == 1:
        await check_ruby(teach, pupils[0].page, item)
        await teach.screenshot(path=SCREENSHOTS / "instructor-question.png")
        await pupils[0].page.screenshot(path=SCREENSHOTS / "pupil-question.png")

    answer_text = shown(item.choices[right].marked("ja"))
    await expect(teach.locator(".right-answer")).to_contain_text(answer_text, timeout=WAIT)
    await expect(teach.locator(".shares h3")).to_have_text(f"みんなの こたえ（{len(answering)}人にん）")
    counts = [0] * len(item.choices)
    for pupil in answering:
        counts[right if pupil.plan[number - 1] == "C" else wrong] += 1
    for i, count in enumerate(counts):
        await expect(teach.locator(".share-n").nth(i)).to_contain_text(f"{count}人")
    for pupil in pupils:
        mark = pupil.plan[number - 1]
        verdict = {"C": "せいかい！", "W": "ざんねん…", "-": "こたえなかったよ。"}[mark]
        await expect(pupil.page.locator(".verdict")).to_have_text(verdict, timeout=WAIT)
    if number == 1:
        await teach.screenshot(path=SCREENSHOTS / "instructor-results.png")
        await pupils[0].page.screenshot(path=SCREENSHOTS / "pupil-results-right.png")
        await pupils[4].page.screenshot(path=SCREENSHOTS / "pupil-results-wrong.png")
    if number < 3:
        await teach.click("#do-next")
    else:
        await expect(teach.locator("#do-next")).to_have_text("結果発表")


async def check_ruby(teach, phone, item):
    """The question's readings are drawn as <ruby> on the projector and the phone, never as marks."""
    marked = " ".join(
        [item.marked("post", "ja"), item.marked("question", "ja"), *(c.marked("ja") for c in item.choices)]
    )
    readings = re.findall(r"\|([^{}|]+)\}", marked)
    assert readings, item.id
    for page, options in ((teach, ".opt"), (phone, ".answer")):
        await expect(page.locator(f".post rt, .question rt, {options} rt")).to_have_text(readings)
        assert "{" not in await page.locator("#stage, #screen").first.text_content()


async def drop_and_return(pupils, adapter, code, right):
    """そら's Wi-Fi drops: she answers while offline, and the answer arrives once she is back.
    はると closes the tab after answering and opens the page again: the answer is still there."""
    sora = next(p for p in pupils if p.typed == "そら")
    await sora.context.set_offline(True)
    room = adapter.rooms.get(code)
    for ws in list(next(p for p in room.pupils.values() if p.name == sora.name).sockets):
        await ws.close()
    await expect(sora.page.locator("#status")).to_be_visible(timeout=WAIT)
    await sora.page.click(f".answer.c{right}")
    await expect(sora.page.locator(".lead")).to_have_text("おくっています…")
    await sora.page.screenshot(path=SCREENSHOTS / "pupil-offline.png")
    await sora.context.set_offline(False)
    await expect(sora.page.locator(".lead")).to_have_text("こたえたよ！ みんなを まってね。", timeout=WAIT)

    haruto = next(p for p in pupils if p.typed == "はると")
    url = haruto.page.url
    await haruto.page.close()
    haruto.page = await haruto.context.new_page()
    await haruto.page.goto(url)
    await expect(haruto.page.locator(".answer.chosen")).to_have_count(1, timeout=WAIT)
    await expect(haruto.page.locator(".lead")).to_have_text("こたえたよ！ みんなを まってね。")


async def check_reports(teach, pupils, tmp_path):
    async with teach.expect_download() as html_download:
        await teach.click("#report-html")
    html = (await (await html_download.value).path()).read_text(encoding="utf-8")
    assert "Tom&amp;Jerry" in html and "ゆい" in html
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//|url\(", html)
    async with teach.expect_download() as csv_download:
        await teach.click("#report-csv")
    text = (await (await csv_download.value).path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == sum(len(p.plan.replace("-", "")) for p in pupils)
    for pupil in pupils:
        mine = [r for r in rows if r["player"] == pupil.name]
        assert sum(int(r["points"]) for r in mine) == expected_points(pupil.plan)
        assert "".join(r["correct"] for r in sorted(mine, key=lambda r: r["question"])) == "".join(
            {"C": "1", "W": "0"}[m] for m in pupil.plan if m != "-"
        )
