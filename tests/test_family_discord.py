"""A grandchild on Discord: `/helper CODE` as a DM slash command, the relayed question in their DMs
(opened by the adapter from `ChatRef.direct`), a quick-reply button answered, the answer with the senior."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator

import pytest
from discord_fakes import FakeDiscord, Harness, payload

from bot.config import Settings
from bot.services import Services
from bot.storage.database import Store
from bot.testing import Chatter, CollectingAdapter
from classifier.result import CheckResult, Cue, Span
from classifier.testing import FakeScorer
from tests.family_harness import button, to
from tests.test_family_link import code_of

HANAKO = "1100000000000000101"
SCAM = "【緊急】口座が凍結されました。至急 0120-444-555 に電話を"


@pytest.fixture
def services(bank, clock) -> Services:
    cue = Cue("urgency", (Span(0, 4, "【緊急】"),))
    return Services(
        bank=bank, clock=clock, scorer_factory=lambda: FakeScorer({SCAM: CheckResult(0.97, True, (cue,), ())})
    )


@pytest.fixture
async def bot(settings: Settings, store: Store, services: Services, monkeypatch) -> AsyncIterator[Harness]:
    harness = await Harness.start(settings, store, services, FakeDiscord(monkeypatch))
    yield harness
    await harness.close()


def dm_slash(name: str, value: str, interaction_id: str) -> dict:
    data = payload("slash_course")
    data["data"] = {"id": "1286500000000000199", "name": name, "type": 1,
                    "options": [{"name": "args", "type": 3, "value": value}]}  # fmt: skip
    data["id"] = interaction_id
    data["token"] = f"token{interaction_id}"
    return data


def dm_press(custom_id: str, interaction_id: str) -> dict:
    data = payload("slash_course")
    data["type"] = 3
    data["data"] = {"component_type": 2, "custom_id": custom_id, "id": 2}
    message = copy.deepcopy(payload("button")["message"])
    message["channel_id"] = data["channel_id"]
    message.pop("guild_id", None)
    message["components"] = [
        {
            "type": 1,
            "id": 1,
            "components": [{"type": 2, "id": 2, "style": 1, "label": "…", "custom_id": custom_id}],
        }
    ]
    data["message"] = message
    data["id"] = interaction_id
    data["token"] = f"token{interaction_id}"
    return data


async def test_line_senior_and_discord_grandchild(bot: Harness) -> None:
    line = CollectingAdapter("line")
    bot.app.add_adapter(line)
    senior = Chatter(bot.app, line, user_id="Useni", language_code="ja")
    code = code_of(await senior.command("helper"))
    await bot.interact(dm_slash("helper", code, "1300000000000000901"))
    request = to(line, "Useni")[-1]
    assert "Discord" in request.text and "花子" in request.text
    await senior.press(button(request, "hk:1:y"))
    assert any("つながりました" in text for text in bot.fake.direct_messages(HANAKO))

    [result] = await senior.forward(SCAM)
    [confirm] = await senior.press(button(result, "ah:"))
    await senior.press(button(confirm, "as:"))
    await bot.app.drain("discord", 5)
    question = [t for t in bot.fake.direct_messages(HANAKO) if "確かめたいメッセージが届きました" in t]
    assert question and "[PHONE]" in question[0] and "0120-444-555" not in question[0]
    assert "\\-" not in question[0], "the separators are not Markdown that Discord would need escaped"
    calls = await bot.interact(dm_press("hq:1:3", "1300000000000000902"))
    assert any("届けます" in c.content for c in calls if c.path.startswith("/interactions/"))
    assert "一緒に確かめよう" in to(line, "Useni")[-1].text
