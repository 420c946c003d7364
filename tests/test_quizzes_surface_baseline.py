"""The surface-cue baseline: it learns cues when verdicts follow them, and the shipped bank defeats it."""

from quizzes import load_bank
from quizzes.model import Item
from quizzes.surface_baseline import CEILING, FEATURES, alarming, features, measure


def judge(n: int, verdict: str, post: str) -> Item:
    return Item(
        id=f"zz-{verdict[0]}{n:03d}",
        deck="zz",
        kind="judge",
        topic="health",
        level="一般",
        techniques=(),
        choices=(),
        answer="",
        explanation_ja="x",
        explanation_en="x",
        post_ja=post,
        verdict=verdict,
    )


def test_a_bank_whose_verdicts_follow_the_cues_is_caught() -> None:
    loud = [judge(n, "misleading", f"【拡散希望】今だけ！{'急いで' * n}ｗ") for n in range(20)]
    calm = [judge(n, "trustworthy", f"〇〇市（公式）のお知らせ。{'市のサイトへ。' * n}") for n in range(20)]
    baseline = measure(loud + calm)
    assert baseline.accuracy > 0.9 > CEILING
    assert baseline.majority == 0.5 and baseline.judge_items == 40
    assert baseline.calm_misleading == 0 and baseline.alarming_trustworthy == 0


def test_cues_are_counted() -> None:
    text = "【至急】拡散希望！！今だけ https://x.example ｗ😱？"
    by_name = dict(zip(FEATURES, features(text), strict=True))
    del by_name["length"]
    assert by_name == {
        "exclamation": 2, "question": 1, "spread": 1, "official": 0, "laugh": 1, "urgent": 1,
        "deadline": 1, "brackets": 1, "link": 1, "emoji": 1,
    }  # fmt: skip
    assert alarming(text) and not alarming("〇〇市（公式）：あすは断水します。")


def test_the_shipped_bank_needs_judgement_not_surface_cues() -> None:
    baseline = measure(load_bank().items.values())
    assert baseline.accuracy <= CEILING == 0.65
    assert baseline.calm_misleading >= 1 / 3
    assert baseline.alarming_trustworthy >= 1 / 3
