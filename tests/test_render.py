import pytest
from jinja2 import UndefinedError

from bot.core.render import Renderer
from classifier.cues import CUE_NAMES


def test_both_languages_have_the_same_templates() -> None:
    r = Renderer()
    assert r.names("ja") == r.names("en")
    assert "start" in r.names("ja")


def test_missing_variable_is_an_error() -> None:
    with pytest.raises(UndefinedError):
        Renderer().render("ja", "unknown_command")


def test_renders_text_without_escaping() -> None:
    assert "/<b>" in Renderer().render("en", "unknown_command", name="<b>")


def test_a_japanese_only_question_says_so_to_english_users() -> None:
    values = {"heading": "", "post": "", "question": "どうする?"}
    assert "Japanese only" in Renderer().render("en", "quiz_question", **values, ja_only=True)
    assert "Japanese only" not in Renderer().render("en", "quiz_question", **values, ja_only=False)


def test_a_japanese_only_class_question_says_so_in_english_groups() -> None:
    values = {"number": 1, "total": 2, "post": "", "question": "どうする?", "seconds": 20}
    assert Renderer().render("en", "class_question", **values, ja_only=True).endswith("Japanese only.)")
    assert Renderer().render("en", "class_question", **values, ja_only=False).endswith("どうする?")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_warning_sign_has_a_plain_label_and_advice(lang: str) -> None:
    """A sign missing from `check_labels.j2` would reach a senior as its code name (`payment_request`)."""
    labels = Renderer().env.get_template(f"{lang}/check_labels.j2").module.labels  # type: ignore[attr-defined]
    assert set(labels) >= {*CUE_NAMES, "wording"}
    assert all(label and advice for label, advice in labels.values())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_no_signs_advice_tells_the_reader_to_wait(lang: str) -> None:
    """A sign is named on genuine messages too (a real evacuation order with 「至急」, a notice that a scam
    imitates), so its advice must be right to give either way: check at the source, never wait or pause."""
    labels = Renderer().env.get_template(f"{lang}/check_labels.j2").module.labels  # type: ignore[attr-defined]
    pause = ("待", "止まり", "時間をおいて", "一度止", "pause", "wait")
    assert [
        name for name, (_label, advice) in labels.items() if any(w in advice.lower() for w in pause)
    ] == []
