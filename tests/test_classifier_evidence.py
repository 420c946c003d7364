"""The wording sign: the stretches of a message whose n-grams raised its score, quoted from the original."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from classifier.evidence import MAX_QUOTE_CHARS, MAX_QUOTES, evidence
from classifier.pipeline import build_pipeline

SCAMS = [
    "推奨銘柄を毎日お届けします。ご興味があれば友だち追加を。",
    "推奨銘柄の配信グループです。参加費は無料です。",
    "本日の推奨銘柄はこちらです。先生の指示どおりに。",
    "推奨銘柄で利益が出た方は報告をお願いします。",
] * 5
ORDINARY = [
    "明日の練習は雨なので体育館でやります。",
    "夕飯はカレーにしようと思います。",
    "駅前のパン屋さんが新しくなりました。",
    "孫の運動会の写真を送ります。",
] * 5


@pytest.fixture(scope="module")
def model() -> Pipeline:
    labels = np.array([1] * len(SCAMS) + [0] * len(ORDINARY))
    return build_pipeline(ja_cue_weight=0.0).fit(SCAMS + ORDINARY, labels)


def test_quotes_the_words_the_model_learnt_from_scams(model: Pipeline) -> None:
    text = "こんにちは。ご近所のみなさまへ、推奨銘柄のご案内です。"
    spans = evidence(model, text)
    assert spans and any("推奨銘柄" in span.text for span in spans)


def test_spans_point_into_the_original_text(model: Pipeline) -> None:
    text = "ｺﾝﾆﾁﾊ。\u200b推奨 銘 柄のご案内です。ＶＩＰ"
    spans = evidence(model, text)
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert len(span.text) <= MAX_QUOTE_CHARS + 8


def test_at_most_two_quotes_in_text_order(model: Pipeline) -> None:
    spans = evidence(model, "推奨銘柄です。" * 3 + "利益報告。推奨銘柄。")
    assert 1 <= len(spans) <= MAX_QUOTES
    assert [span.start for span in spans] == sorted(span.start for span in spans)


def test_nothing_to_quote_when_no_wording_raised_the_score(model: Pipeline) -> None:
    assert evidence(model, "") == ()
    assert evidence(model, "夕飯はカレーにしようと思います。") == ()
