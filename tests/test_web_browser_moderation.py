"""A teacher moderating a browser class, in headless Chromium driven by Playwright (issue 18).

A pupil who types 「ゆいはブス」 is refused; トム joins and is removed by the instructor during question
2 (gone from the projector, the podium and the report; his phone says so kindly); the instructor
closes the class and a late joiner is refused kindly. The projector runs at 1280x720 and its
font sizes are measured; the loopback warning is on it because this server listens on 127.0.0.1.
Screenshots of the projector and a phone at each stage go to artifacts/screenshots/moderation-*.
"""

from __future__ import annotations

import asyncio

import pytest
from browser_class import NO_CHROMIUM, SCREENSHOTS, WAIT, chromium, classroom_server, expect

from bot.storage import classroom

pytestmark = [NO_CHROMIUM, pytest.mark.slow]
SECONDS = 30
MIN_PROJECTOR_PX = 28
"""Explanation, answer bars and choices on a 1280x720 projector, for the back of a classroom."""
LONGEST = "W" * 12
"""The widest name a pupil can choose (12 letters; 8 kanji measure less): it must not overflow a phone."""
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


async def font_px(locator) -> float:
    return float(await locator.evaluate("e => parseFloat(getComputedStyle(e).fontSize)"))


async def test_moderating_a_class_in_the_browser(tmp_path, bank):
    async with classroom_server(tmp_path, bank) as (adapter, store), chromium() as browser:
        players, report = await moderate(browser, adapter, store, bank)
    assert players == ["ゆい", LONGEST], "the removed pupil is gone from the results"
    assert "トム" not in report, "and from the instructor's report"


async def join(browser, base, code, name):
    context = await browser.new_context(**PHONE)
    page = await context.new_page()
    await page.goto(f"{base}?c={code}")
    await page.fill("#name", name)
    await page.click("#join-form button")
    return page


async def shot(page, name):
    await page.screenshot(path=SCREENSHOTS / f"moderation-{name}.png")


async def moderate(browser, adapter, store, bank) -> tuple[list[str], str]:
    """Run the class in the browser, checking each screen; (the final players, the CSV report)."""
    base = adapter.base_url
    desk = await browser.new_context(viewport={"width": 1280, "height": 720})
    teach = await desk.new_page()
    teach.on("dialog", lambda dialog: asyncio.ensure_future(dialog.accept()))
    await teach.goto(f"{base}teach/{adapter.key.key}")
    await teach.fill("#questions", "2")
    await teach.fill("#seconds", str(SECONDS))
    await teach.click("form.create button[type=submit]")
    await teach.wait_for_url("**/teach/room/*")
    code = (await teach.text_content("#code")).strip()
    await expect(teach.locator("#loopback")).to_contain_text("127.0.0.1")

    yui = await join(browser, base, code, "ゆいはブス")
    await expect(yui.locator("#join-error")).to_have_text("その名前は つかえないよ。ほかの 名前に してね。")
    await shot(yui, "phone-name-refused")
    await yui.fill("#name", "ゆい")
    await yui.click("#join-form button")
    await expect(yui.locator(".hello")).to_be_visible(timeout=WAIT)
    tom = await join(browser, base, code, "トム")
    await expect(tom.locator(".hello")).to_be_visible(timeout=WAIT)
    wide = await join(browser, base, code, LONGEST)
    await expect(wide.locator(".hello")).to_be_visible(timeout=WAIT)
    await expect(teach.locator("#pupils .chip")).to_have_text(["ゆい", "トム", LONGEST], timeout=WAIT)
    await shot(teach, "projector-lobby")
    await shot(yui, "phone-lobby")

    await teach.click("#do-start")
    for number in (1, 2):
        await expect(teach.locator(".opt").first).to_be_visible(timeout=WAIT)
        session = classroom.live_in_chat(store.db, "web", code)
        item = bank.items[session.items[number - 1]]
        assert await font_px(teach.locator(".opt").first) >= MIN_PROJECTOR_PX
        for phone in (yui, tom, wide):
            await phone.click(".answer.c0")
        if number == 1:
            await shot(teach, "projector-question")
            await shot(yui, "phone-question")
        else:
            await expect(teach.locator("#pupils")).to_be_hidden()  # folded away while the quiz runs
            await teach.click("#roster-summary")
            await teach.click("#pupils li:has-text('トム') .chip-remove")
            await expect(tom.locator("#join-error")).to_have_text(
                "先生が このクラスから 外しました。先生に 声を かけてね。", timeout=WAIT
            )
            await expect(teach.locator("#pupils .chip")).to_have_text(["ゆい", LONGEST])
            await expect(tom.locator("#status")).to_be_hidden()
            await shot(teach, "projector-removed")
            await shot(tom, "phone-removed")
            await teach.click("#lock")
            await expect(teach.locator("#lock")).to_have_text("新しい参加を受け付ける", timeout=WAIT)
            late = await join(browser, base, code, "はな")
            await expect(late.locator("#join-error")).to_have_text(
                "このクラスは もう 参加を しめきりました。先生に 声を かけてね。"
            )
            await shot(late, "phone-locked")
            await teach.click("#do-skip")
        await expect(teach.locator(".why p").first).to_be_visible(timeout=WAIT + SECONDS * 1000)
        for selector in (".why p", ".share-text", ".ranking"):
            assert await font_px(teach.locator(selector).first) >= MIN_PROJECTOR_PX, selector
        if item.post_ja:
            await expect(teach.locator(".results-post")).to_be_visible()
        if number == 1:
            await expect(teach.locator(".ranking li")).to_have_count(3)
            await shot(teach, "projector-results")
            await shot(yui, "phone-results")
            await teach.click("#do-next")
        else:
            await expect(teach.locator(".ranking li")).to_have_count(2)
    await teach.click("#do-next")
    await expect(teach.locator(".podium .step")).to_have_count(2, timeout=WAIT)
    await expect(teach.locator(".podium")).not_to_contain_text("トム")
    await teach.screenshot(path=SCREENSHOTS / "moderation-projector-podium.png", full_page=True)
    await yui.screenshot(path=SCREENSHOTS / "moderation-phone-podium.png", full_page=True)
    await expect(wide.locator(".top3 li")).to_have_count(2, timeout=WAIT)
    await wide.screenshot(path=SCREENSHOTS / "moderation-phone-podium-longest-name.png", full_page=True)
    assert await wide.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    [session] = classroom.all_sessions(store.db)
    report = await teach.request.get(f"{base}teach/report/{session.id}.csv")
    assert report.status == 200
    return [p.nickname for p in classroom.players(store.db, session.id)], await report.text()
