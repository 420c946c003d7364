from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def test_defaults() -> None:
    s = load_settings(environ={})
    assert (s.db_path, s.lang) == ("./matte.db", "ja")


def test_environment_overrides_file(tmp_path: Path) -> None:
    cfg = tmp_path / "matte.toml"
    cfg.write_text('db = "from-file.db"\nlang = "en"\n', encoding="utf-8")
    s = load_settings(cfg, environ={"MATTE_DB": "from-env.db"})
    assert (s.db_path, s.lang) == ("from-env.db", "en")


def test_secrets_only_from_environment(tmp_path: Path) -> None:
    cfg = tmp_path / "matte.toml"
    cfg.write_text('telegram_token = "123:abc"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="secret"):
        load_settings(cfg, environ={})


def test_secrets_are_not_in_repr() -> None:
    s = load_settings(environ={"TELEGRAM_BOT_TOKEN": "123:secret", "DISCORD_BOT_TOKEN": "zzz"})
    assert s.telegram_token == "123:secret"
    assert "secret" not in repr(s) and "zzz" not in repr(s)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MATTE_LANG": "fr"}, "MATTE_LANG"),
        ({"MATTE_RETENTION_DAYS": "soon"}, "MATTE_RETENTION_DAYS"),
        ({"TELEGRAM_MAX_RATE": "-1"}, "TELEGRAM_MAX_RATE"),
    ],
)
def test_bad_values_name_the_setting(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ=env)


def test_unknown_or_broken_file(tmp_path: Path) -> None:
    cfg = tmp_path / "matte.toml"
    cfg.write_text("colour = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(cfg, environ={})
    cfg.write_text("lang = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match=str(cfg)):
        load_settings(cfg, environ={})
    with pytest.raises(ConfigError, match="cannot read"):
        load_settings(tmp_path / "missing.toml", environ={})


def test_times_are_shown_in_the_configured_zone() -> None:
    from bot.storage.timestamps import local_minute

    assert load_settings(environ={}).tz == "Asia/Tokyo"
    assert local_minute("2026-12-02T19:28:00.000+00:00") == "2026-12-03 04:28"
    assert local_minute("2026-12-02T19:28:00.000+00:00", "Europe/London") == "2026-12-02 19:28"
    with pytest.raises(ConfigError, match="MATTE_TZ"):
        load_settings(environ={"MATTE_TZ": "Mars/Olympus"})


@pytest.mark.parametrize("variable", ["TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "LINE_CHANNEL_ACCESS_TOKEN"])
def test_a_token_with_a_line_break_is_one_clear_error(variable: str) -> None:
    with pytest.raises(ConfigError, match=f"{variable} contains a space or line break"):
        load_settings(environ={variable: "123:abc\n"})
