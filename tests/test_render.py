import pytest
from jinja2 import UndefinedError

from bot.core.render import Renderer


def test_both_languages_have_the_same_templates() -> None:
    r = Renderer()
    assert r.names("ja") == r.names("en")
    assert "start" in r.names("ja")


def test_missing_variable_is_an_error() -> None:
    with pytest.raises(UndefinedError):
        Renderer().render("ja", "unknown_command")


def test_renders_text_without_escaping() -> None:
    assert "/<b>" in Renderer().render("en", "unknown_command", name="<b>")
