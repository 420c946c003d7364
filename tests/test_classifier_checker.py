"""The Checker is the Scorer the bot uses: calibrated score, threshold, cues with spans, matches, and a
batch path that agrees with one-at-a-time scoring."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from classifier import cues
from classifier.checker import ALERT_MATCH_BAR, DEFAULT_MODEL_PATH, Checker
from classifier.model_io import save_model
from classifier.pipeline import build_pipeline
from classifier.result import MAX_SCORED_CHARS, CheckResult, Cue, Scorer, Span
from classifier.rumours import DEFAULT_THRESHOLD as DEFAULT_MATCH_THRESHOLD
from classifier.rumours import RumourIndex
from classifier.short_lines import SHORT_CHARS, unsigned_bar
from classifier.testing import FakeScorer, tiny_rows

SCAM = "【拡散希望】医師の友人によると、お茶を飲むとウイルスが消えるらしい！！！毎日お茶を飲みましょう"
ORDINARY = "今日の練習は中止です。また来週ね"
RUMOUR = {
    "id": "tea",
    "text": "お茶を飲むとウイルスが消えるので、毎日お茶を飲みましょう",
    "title_ja": "お茶でウイルスが消える",
    "title_en": "Tea kills the virus",
    "explanation_ja": "根拠はありません。",
    "explanation_en": "No evidence.",
    "source": "厚生労働省, 2020-03",
}


@pytest.fixture(scope="module")
def model() -> Pipeline:
    texts, labels = zip(*tiny_rows(), strict=True)
    return build_pipeline().fit(list(texts), np.array(labels))


def check_one(scorer: Scorer, text: str) -> CheckResult:
    """What the bot does: it only knows the protocol."""
    return scorer.score(text)


def test_score_flags_scam_with_cues_and_match(model: Pipeline) -> None:
    checker = Checker(model, RumourIndex([RUMOUR]), threshold=0.5)
    result = check_one(checker, SCAM)
    assert result.suspicious and result.score >= 0.5
    spread = next(cue for cue in result.cues if cue.name == "spread_request")
    assert spread.spans[0] == Span(1, 5, "拡散希望")
    assert [m.rumour_id for m in result.matches] == ["tea"]


def test_ordinary_message_is_not_flagged(model: Pipeline) -> None:
    result = Checker(model).score(ORDINARY)
    assert not result.suspicious and result.score < 0.5
    assert result.cues == () and result.matches == ()


def test_threshold_decides_suspicious(model: Pipeline) -> None:
    score = Checker(model).score(SCAM).score
    assert Checker(model, threshold=score).score(SCAM).suspicious
    assert not Checker(model, threshold=min(score + 1e-6, 1.0)).score(SCAM).suspicious


def test_a_flag_always_names_a_sign(model: Pipeline) -> None:
    """Over the threshold with no cue and no rumour, the sign named is the wording that raised the score."""
    result = Checker(model, threshold=0.0).score(ORDINARY)
    assert result.suspicious
    [cue] = result.cues
    assert cue.name == "wording" and cue.spans
    assert all(ORDINARY[span.start : span.end] == span.text and span.text for span in cue.spans)
    assert Checker(model, threshold=0.0).score("確認はこちら").cues != ()


def test_an_alert_relay_or_scam_warning_is_never_flagged(model: Pipeline) -> None:
    checker = Checker(model, threshold=0.0)
    alert = checker.score("【気象庁発表】大雨警報。市の避難指示に従い、直ちに避難してください。")
    warning = checker.score("警察より：還付金があるという電話は詐欺です。ATMには行かないでください。")
    assert alert.official_alert and warning.scam_warning
    assert not alert.suspicious and not warning.suspicious


def test_scored_length_is_capped_and_said(model: Pipeline) -> None:
    checker = Checker(model)
    long = SCAM + "あ" * (MAX_SCORED_CHARS + 10)
    result = checker.score(long)
    assert result.truncated and not checker.score(SCAM).truncated
    assert result.score == pytest.approx(checker.score(long[:MAX_SCORED_CHARS]).score)


def test_repeating_a_message_does_not_raise_its_score(model: Pipeline) -> None:
    checker = Checker(model)
    once = checker.score(SCAM + "。").score
    assert checker.score((SCAM + "。\n") * 20).score == pytest.approx(once, abs=0.02)


def test_stance_and_links_are_reported(model: Pipeline) -> None:
    checker = Checker(model)
    alert = checker.score("【気象庁発表】大雨警報。市の避難指示に従い、直ちに避難してください。")
    assert alert.official_alert and not alert.scam_warning and alert.cues == ()
    warning = checker.score(
        "警察からのお知らせ：還付金があるという電話は詐欺です。ATMには行かないでください。"
    )
    assert warning.scam_warning and not warning.official_alert
    [link] = checker.score("確認はこちら http://sagawa-exp.co.jp.delivery-check.com/a").links
    assert link.destination == "delivery-check.com" and "brand_lookalike" in link.reasons
    assert link.span.text == "http://sagawa-exp.co.jp.delivery-check.com/a"


def test_batch_agrees_with_single(model: Pipeline) -> None:
    checker = Checker(model, RumourIndex([RUMOUR]))
    texts = [SCAM, ORDINARY, "URGENT! You have won a prize. Call 09061701461", ""]
    batch = checker.score_many(texts)
    single = [checker.score(text) for text in texts]
    assert [r.cues for r in batch] == [r.cues for r in single]
    assert [r.matches for r in batch] == [r.matches for r in single]
    np.testing.assert_allclose([r.score for r in batch], [r.score for r in single])
    assert checker.score_many([]) == []


def test_load_uses_threshold_stored_with_model(model: Pipeline, tmp_path: Path) -> None:
    save_model(model, tmp_path / "m.skops", {"threshold": 0.123}, "")
    assert Checker.load(tmp_path / "m.skops").threshold == 0.123
    assert Checker.load(tmp_path / "m.skops", threshold=0.9).threshold == 0.9


def test_default_model_is_the_shipped_one() -> None:
    assert DEFAULT_MODEL_PATH.name == "matte.skops"
    assert (
        DEFAULT_MODEL_PATH.parent.name == "models" and DEFAULT_MODEL_PATH.parent.parent.name == "classifier"
    )
    assert Checker.load().threshold > 0


def test_result_json_shape() -> None:
    result = CheckResult(0.87654, True, (Cue("urgency", (Span(0, 2, "至急"),)),), ())
    assert result.to_json() == {
        "score": 0.8765,
        "suspicious": True,
        "cues": [{"name": "urgency", "spans": [{"start": 0, "end": 2, "text": "至急"}]}],
        "matches": [],
        "official_alert": False,
        "scam_warning": False,
        "links": [],
        "truncated": False,
    }


def test_fake_scorer_satisfies_the_protocol() -> None:
    canned = CheckResult(0.9, True, (), ())
    fake = FakeScorer({"x": canned})
    assert check_one(fake, "x") is canned
    assert check_one(fake, "y").score == 0.0
    assert fake.seen == ["x", "y"]


class _Constant:
    """A model that scores every text the same: isolates what the Checker does around the score."""

    def __init__(self, score: float) -> None:
        self.score = score

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return np.tile([1 - self.score, self.score], (len(texts), 1))


def test_a_short_line_is_flagged_on_its_wording_only_when_the_model_is_sure() -> None:
    """「すぐに参ります」 opens scam scripts too; without a sign, 0.8 is not enough for so short a line."""
    polite = Checker(_Constant(0.8)).score("すぐに参ります")  # type: ignore[arg-type]  # duck-typed model
    assert not polite.suspicious and polite.score < 0.5
    checker = Checker(_Constant(0.45))  # type: ignore[arg-type]
    assert checker.score("すぐに参ります").score < 0.45
    assert checker.score("口座番号を教えて").score == 0.45  # a sign: the score stands
    assert checker.score("みて http://x.jp").score == 0.45  # a link, though no cue
    assert checker.score("サプライズの件、まだ内緒ね").score < 0.45  # a kind secret alone is no sign
    assert checker.score("内緒で口座番号を教えて").score == 0.45


def test_a_greeting_as_sure_as_098_is_not_flagged_on_its_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop 37 raised the short line's bar from 0.9 to 0.95 (「ご無沙汰しております」 scored about 0.93),
    stop 38 to 0.97, stop 39 to 0.99."""
    monkeypatch.setattr(Checker, "_wording", lambda self, text: ())  # the constant model has no wording
    assert not Checker(_Constant(0.98)).score("ご無沙汰しております").suspicious  # type: ignore[arg-type]
    assert Checker(_Constant(0.995)).score("ご無沙汰しております").suspicious  # type: ignore[arg-type]


def test_the_bar_reads_the_length_of_the_text_the_model_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Spaced-out or zero-width-padded letters are joined before counting, as the model reads them, and a
    line of middle length needs less than a short one."""
    monkeypatch.setattr(Checker, "_wording", lambda self, text: ())  # the constant model has no wording
    checker = Checker(_Constant(0.85))  # type: ignore[arg-type]  # duck-typed model
    spaced = " ".join("はい、すぐに伺います")
    padded = "\u200b\u200b".join("すぐに参ります")
    assert len(spaced) >= SHORT_CHARS and len(padded) >= SHORT_CHARS
    assert not checker.score(spaced).suspicious and not checker.score(padded).suspicious
    middle = "担当の者が戻りましたら、こちらから折り返しご連絡いたします。"
    assert unsigned_bar(len(middle)) < 0.85 and checker.score(middle).suspicious
    assert checker.score(middle * 2).score == 0.85  # long enough to read: the score stands


# Borrows a warning's words (警視庁, 詐欺, ご注意) to ask for the savings: the stance rules take it for one.
WARNING_SHAPED_SCAM = (
    "警視庁の者です。あなたの口座が詐欺に使われています。被害を防ぐため、暗証番号を確認させてください。"
    "ご家族にも話さないよう、ご注意ください。"
)
GENUINE_WARNING = "警察より：還付金があるという電話は詐欺です。ATMには行かないでください。"


def test_the_model_overrules_the_stance_rules_only_when_it_is_sure() -> None:
    """Scams borrow a warning's words; a score of 0.9 (over `STANCE_BAR`) flags one all the same, with the
    signs the rules had quieted, while a warning the model is unsure of stays a warning."""
    assert cues.stance(WARNING_SHAPED_SCAM) != (False, False)
    sure = Checker(_Constant(0.9)).score(WARNING_SHAPED_SCAM)  # type: ignore[arg-type]
    assert sure.suspicious and not (sure.official_alert or sure.scam_warning)
    assert "personal_data_request" in {cue.name for cue in sure.cues}
    unsure = Checker(_Constant(0.7)).score(GENUINE_WARNING)  # type: ignore[arg-type]
    assert unsure.scam_warning and not unsure.suspicious
    strict = Checker(_Constant(0.9), threshold=0.95).score(WARNING_SHAPED_SCAM)  # type: ignore[arg-type]
    assert strict.scam_warning and not strict.suspicious  # not flagged: the warning's reading stays


def test_an_official_alert_relay_is_never_overruled() -> None:
    """A fake alert's reply (follow the official instruction, confirm it on the official site) is right
    either way; a genuine alert flagged could be doubted."""
    alert = "市役所から転送です。【避難指示】警戒レベル4 直ちに避難所へ避難してください。（○○市）"
    result = Checker(_Constant(0.99)).score(alert)  # type: ignore[arg-type]
    assert result.official_alert and not result.suspicious


def test_coaching_flags_a_message_by_itself_and_unmakes_a_warning() -> None:
    """A caller who tells the senior what to say at the bank is flagged whatever the model says, even when
    the message also sounds like a warning (「詐欺とか言われるかもしれないけど」); a warning that quotes the
    coaching stays a warning."""
    checker = Checker(_Constant(0.05))  # type: ignore[arg-type]  # duck-typed model
    coached = checker.score(
        "窓口の人がしつこく聞いてきたら、孫の車の頭金って言っといて。詐欺とか言われるかもしれないけど、"
        "銀行はそういうの大げさに言うから気にしないで"
    )
    assert coached.suspicious and not coached.scam_warning and coached.score == 0.5
    assert "coaching" in {cue.name for cue in coached.cues}
    quoted = checker.score(
        "母さん、銀行で「リフォーム代と言って」って指示してくる電話は詐欺だよ。窓口の人に正直に話してね"
    )
    assert quoted.scam_warning and not quoted.suspicious
    assert not checker.score("銀行で通帳を記入してきた").suspicious


def test_an_official_voice_asking_for_a_fee_is_flagged_by_itself() -> None:
    """No alert asks its reader to pay: such a message is flagged whatever the model says, and its reply
    names the ask; a warning that says offices never ask it is not flagged."""
    checker = Checker(_Constant(0.05))  # type: ignore[arg-type]  # duck-typed model
    fake = checker.score(
        "【気象庁・防災情報】大雨のため避難所を開設します。避難所の予約金1000円をお支払いください。"
    )
    assert fake.suspicious and not fake.official_alert and fake.score == 0.5
    assert "official_asks" in {cue.name for cue in fake.cues}
    warning = checker.score(
        "【〇〇県警】台風の被災地で空き巣が増えています。警察官が現金の保管場所をお聞きすることはありません。"
    )
    assert not warning.suspicious


@pytest.mark.parametrize(
    "warning",
    [
        "キリンが流される写真、生成AIの画像だってニュースで。回さないでね",
        "暗証番号は誰にも言っちゃダメよ",
        "お母さん、もうかる投資の話は全部断ってね",
    ],
)
def test_a_correction_or_a_relatives_advice_the_model_is_sure_of_stays_a_warning(warning: str) -> None:
    """The model has seen the rumours a correction quotes and the scams a relative's advice names; its
    surety does not make either one."""
    result = Checker(_Constant(0.95)).score(warning)  # type: ignore[arg-type]  # duck-typed model
    assert result.scam_warning and not result.suspicious


def test_a_retold_scam_turned_down_stays_a_warning_when_the_model_is_sure() -> None:
    """The model is sure of the scam a retelling quotes (`ja_blind_104`: 0.84-0.98); a refusal told in the
    writer's own words keeps the message a warning."""
    text = "母のLINEに「お久しぶりです、覚えてますか？」って来て、投資の話になったって。ブロックさせました"
    result = Checker(_Constant(0.95)).score(text)  # type: ignore[arg-type]  # duck-typed model
    assert result.scam_warning and not result.suspicious


@pytest.mark.parametrize(
    "scam",
    [
        "認証コードは他人に教えないでください。ご本人確認のため、このコードをこのSMSに返信してください",
        "ワンタイムパスワードは誰にも教えないでください。当社オペレーターに限りお伝えください",
    ],
)
def test_advice_that_asks_for_the_secret_it_guards_is_flagged_when_the_model_is_sure(scam: str) -> None:
    """Smishing borrows a relative's advice and then asks for the code itself."""
    result = Checker(_Constant(0.95)).score(scam)  # type: ignore[arg-type]  # duck-typed model
    assert result.suspicious and not result.scam_warning


QUAKE_DATE = {
    **RUMOUR,
    "id": "quake-date",
    "text": "8月14日に南海トラフ地震が起きると気象庁が予知した。臨時情報はその前ぶれ",
    "title_ja": "南海トラフ地震は8月14日に起きる？",
    "title_en": "A Nankai Trough quake on 14 August?",
}


def test_an_official_alert_relay_is_not_set_beside_a_loosely_similar_hoax() -> None:
    """A genuine relay shares words with the rumours about it; a hoax's check beside it could make the real
    alert doubted, so only a near copy of a checked rumour is named for a relay."""
    relay = (
        "南海トラフ地震臨時情報（巨大地震注意）が発表されました。日頃の備えを再確認してください。（気象庁）"
    )
    rumours = RumourIndex([QUAKE_DATE])
    (loose,) = rumours.match_many([relay], DEFAULT_MATCH_THRESHOLD)[0]
    assert loose.similarity < ALERT_MATCH_BAR
    checker = Checker(_Constant(0.2), rumours)  # type: ignore[arg-type]
    result = checker.score(relay)
    assert result.official_alert and result.matches == ()
    hoax = "気象庁によると、8月14日に南海トラフ地震が起きると予知された。臨時情報はその前ぶれ"
    assert [match.rumour_id for match in checker.score(hoax).matches] == ["quake-date"]
