"""The shipped model: rebuilt from the shipped data by the documented command it reaches the quality floor,
the committed model is exactly what that command produces, and it behaves on obvious cases."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from classifier.build_shipped import SHIPPED_DATA, main, shipped_data_paths
from classifier.checker import DEFAULT_MODEL_PATH, Checker
from classifier.dataset import file_sha256
from classifier.model_io import load_model

MAX_BYTES = 10 * 1024 * 1024

# Floors sit two to five points under what the shipped data reaches with 5-fold CV (all files: weighted F1
# 0.948, F1 0.931, precision 0.928, recall 0.934, ROC-AUC 0.986; ja_messages.csv alone: F1 0.927, ROC-AUC
# 0.982), so adding realistic, harder examples does not break the build while a broken pipeline does:
# predicting "ordinary" for everything gives weighted F1 about 0.65, F1 0 and ROC-AUC 0.5.
# Since stop 26 the folds keep each hiragana copy with the message it copies, which (with harder training
# rounds) took one to three points off the figures: a message had been scored by a model trained on its own
# copy.
FLOORS = {"weighted_f1": 0.91, "f1": 0.89, "precision": 0.88, "recall": 0.88, "roc_auc": 0.96}
JAPANESE_FLOORS = {"f1": 0.89, "roc_auc": 0.95}
# Sentences with no warning sign at all: grammar alone (を, が, 。) must never reach the threshold.
PLAIN = [
    "犬が散歩を待っています。",
    "母が病院に行きました。",
    "明日は燃えないゴミの日です。",
    "孫がピアノを習い始めました。",
    "ご飯を炊いておいてね。",
    "庭の草取りをしました。",
]

SUSPICIOUS = [
    "【佐川急便】お荷物のお届けに伺いましたが宛先不明のため保管中です。再配達はこちら https://sagawa-cz.top/r",
    "【三井住友カード】不正利用の可能性があるためご利用を制限しました。本日中に本人確認をお願いします https://smbc-card.jp-secure.icu/",
    "【国税庁】未払いの税金があります。本日中にお支払いがない場合は差し押さえとなります http://nta-go-jp.cn/pay",
    "【拡散希望】知り合いの看護師によると、明日から水道水に薬が混ぜられるらしいです！！今のうちに水を買いだめして。みんなに回して",
    "緊急！！医師の友人が言うには、ワクチンを打つと磁石がくっつくそうです。家族や友達に教えてあげてください",
    "おめでとうございます！あなたは当選しました。賞金100万円の受け取りには、口座番号と暗証番号を入力してください",
    "元本保証で月利20％！必ず儲かる投資のご案内です。今すぐLINEで登録してください",
]
ORDINARY = [
    "明日の保護者会は14時から体育館で行います。上履きを持ってきてください",
    "今日は雨だから迎えに行こうか？駅に着いたら連絡してね",
    "お母さん、来週の日曜日に孫を連れて帰ります。お昼ご飯はいりません",
    "町内会からのお知らせです。ごみ収集日が年末年始は変わります。回覧板をご確認ください",
    "会議の資料を共有フォルダに置きました。修正があれば金曜までに教えてください",
    "先日はありがとうございました。いただいたお菓子、家族みんなでおいしくいただきました",
    "気象庁によると、今夜から明日にかけて大雨の予報です。早めに帰宅しましょう",
]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shipped") / "matte.skops"
    assert main(["--out", str(out)]) == 0
    return out


def test_all_shipped_data_files_exist() -> None:
    assert [path.name for path in shipped_data_paths()] == list(SHIPPED_DATA)


@pytest.mark.slow
def test_rebuilt_model_meets_cross_validated_floors(rebuilt: Path) -> None:
    metadata = json.loads(rebuilt.with_suffix(".json").read_text(encoding="utf-8"))
    metrics = metadata["cv_metrics"]
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor, f"{name} {metrics[name]} < {floor}"
    japanese = metadata["cv_metrics_per_file"]["ja_messages.csv"]
    for name, floor in JAPANESE_FLOORS.items():
        assert japanese[name] >= floor, f"Japanese {name} {japanese[name]} < {floor}"
    assert rebuilt.stat().st_size < MAX_BYTES


@pytest.mark.slow
def test_committed_model_is_what_the_command_builds(rebuilt: Path) -> None:
    committed = json.loads(DEFAULT_MODEL_PATH.with_suffix(".json").read_text(encoding="utf-8"))
    current = {path.name: file_sha256(path) for path in shipped_data_paths()}
    assert committed["data_sha256"] == current, (
        "classifier/models/matte.skops is stale: its data changed; run `python -m classifier.build_shipped`"
    )
    shipped, _ = load_model(DEFAULT_MODEL_PATH)
    fresh, _ = load_model(rebuilt)
    texts = SUSPICIOUS + ORDINARY
    np.testing.assert_allclose(shipped.predict_proba(texts), fresh.predict_proba(texts), atol=1e-6)


def test_committed_files_are_small_and_have_a_card() -> None:
    assert DEFAULT_MODEL_PATH.stat().st_size < MAX_BYTES
    card = DEFAULT_MODEL_PATH.with_suffix(".md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in card and "never decides whether a message is true" in card


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.load()


@pytest.mark.parametrize("text", SUSPICIOUS)
def test_obvious_smishing_and_chain_messages_are_flagged(checker: Checker, text: str) -> None:
    result = checker.score(text)
    assert result.suspicious, f"score {result.score:.3f} < threshold {checker.threshold:.3f}"
    assert result.cues


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_messages_are_not_flagged(checker: Checker, text: str) -> None:
    result = checker.score(text)
    assert not result.suspicious, f"score {result.score:.3f} >= threshold {checker.threshold:.3f}"


@pytest.mark.parametrize("text", PLAIN)
def test_plain_japanese_sentences_score_under_the_threshold(checker: Checker, text: str) -> None:
    assert checker.score(text).score < checker.threshold
