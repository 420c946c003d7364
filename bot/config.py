"""Settings from environment variables and an optional TOML file; the environment wins.

Secrets (tokens) are read from the environment only and never appear in `repr` or logs.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.languages import LANGUAGES
from bot.storage.timestamps import DEFAULT_TZ


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Settings:
    db_path: str = "./matte.db"
    lang: str = "ja"
    log_level: str = "WARNING"
    retention_days: int = 30
    hash_key: str = field(default="", repr=False)
    hash_key_file: str = ""
    telegram_token: str = field(default="", repr=False)
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_max_rate: float = 30.0
    telegram_webhook_url: str = ""
    telegram_webhook_listen: str = "127.0.0.1:8080"
    telegram_webhook_secret: str = field(default="", repr=False)
    discord_token: str = field(default="", repr=False)
    line_channel_secret: str = field(default="", repr=False)
    line_channel_access_token: str = field(default="", repr=False)
    line_api_url: str = "https://api.line.me"
    line_data_api_url: str = "https://api-data.line.me"
    line_push_limit: int = 0
    instructor_code: str = field(default="", repr=False)
    content_dir: str = ""
    web_host: str = "127.0.0.1"
    web_port: int = 8000
    web_password: str = field(default="", repr=False)
    invite_line_url: str = ""
    invite_telegram_url: str = ""
    invite_discord_url: str = ""
    web_trusted_proxies: str = ""
    tz: str = DEFAULT_TZ


# setting name -> (environment variable, key in the TOML file or None for secrets)
SOURCES: dict[str, tuple[str, str | None]] = {
    "db_path": ("MATTE_DB", "db"),
    "lang": ("MATTE_LANG", "lang"),
    "log_level": ("MATTE_LOG_LEVEL", "log_level"),
    "retention_days": ("MATTE_RETENTION_DAYS", "retention_days"),
    "hash_key": ("MATTE_HASH_KEY", None),
    "hash_key_file": ("MATTE_HASH_KEY_FILE", "hash_key_file"),
    "telegram_token": ("TELEGRAM_BOT_TOKEN", None),
    "telegram_api_url": ("TELEGRAM_API_URL", "telegram_api_url"),
    "telegram_max_rate": ("TELEGRAM_MAX_RATE", "telegram_max_rate"),
    "telegram_webhook_url": ("TELEGRAM_WEBHOOK_URL", "telegram_webhook_url"),
    "telegram_webhook_listen": ("TELEGRAM_WEBHOOK_LISTEN", "telegram_webhook_listen"),
    "telegram_webhook_secret": ("TELEGRAM_WEBHOOK_SECRET", None),
    "discord_token": ("DISCORD_BOT_TOKEN", None),
    "line_channel_secret": ("LINE_CHANNEL_SECRET", None),
    "line_channel_access_token": ("LINE_CHANNEL_ACCESS_TOKEN", None),
    "line_api_url": ("LINE_API_URL", "line_api_url"),
    "line_data_api_url": ("LINE_DATA_API_URL", "line_data_api_url"),
    "line_push_limit": ("MATTE_LINE_PUSH_LIMIT", "line_push_limit"),
    "instructor_code": ("MATTE_INSTRUCTOR_CODE", None),
    "content_dir": ("MATTE_CONTENT_DIR", "content_dir"),
    "web_host": ("MATTE_WEB_HOST", "web_host"),
    "web_port": ("MATTE_WEB_PORT", "web_port"),
    "web_password": ("MATTE_WEB_PASSWORD", None),
    "invite_line_url": ("MATTE_INVITE_LINE_URL", "invite_line_url"),
    "invite_telegram_url": ("MATTE_INVITE_TELEGRAM_URL", "invite_telegram_url"),
    "invite_discord_url": ("MATTE_INVITE_DISCORD_URL", "invite_discord_url"),
    "web_trusted_proxies": ("MATTE_TRUSTED_PROXIES", "trusted_proxies"),
    "tz": ("MATTE_TZ", "tz"),
}


TOKENS = ("telegram_token", "discord_token", "line_channel_secret", "line_channel_access_token")
"""Tokens never contain whitespace: one pasted with a line break would fail at every request."""


def load_settings(config_file: str | Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Build settings: defaults, then the TOML file (`MATTE_CONFIG` or `config_file`), then the env."""
    env = dict(os.environ if environ is None else environ)
    path = config_file or env.get("MATTE_CONFIG")
    values: dict[str, Any] = {}
    if path:
        values.update(_from_toml(Path(path)))
    for name, (var, _key) in SOURCES.items():
        if env.get(var, "") != "":
            values[name] = env[var]
    return _validated(values)


def _from_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path}: {exc}") from exc
    by_key = {key: name for name, (_var, key) in SOURCES.items() if key}
    secrets = {n for n, (_v, k) in SOURCES.items() if k is None}
    secrets |= {var.lower() for name, (var, _k) in SOURCES.items() if name in secrets}
    values = {}
    for key, value in data.items():
        if key in by_key:
            values[by_key[key]] = value
        elif key.lower() in secrets:
            raise ConfigError(f"config file {path}: {key} is a secret; set it in the environment instead")
        else:
            raise ConfigError(f"config file {path}: unknown setting {key!r}")
    return values


def _validated(values: dict[str, Any]) -> Settings:
    types = {f.name: f.type for f in fields(Settings)}
    out: dict[str, Any] = {}
    for name, value in values.items():
        var = SOURCES[name][0]
        try:
            if types[name] == "int":
                out[name] = int(value)
            elif types[name] == "float":
                out[name] = float(value)
            else:
                out[name] = str(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{var} must be a {types[name]}, got {value!r}") from exc
    settings = Settings(**out)
    if settings.lang not in LANGUAGES:
        raise ConfigError(f"MATTE_LANG must be one of {', '.join(LANGUAGES)}, got {settings.lang!r}")
    if settings.retention_days < 1:
        raise ConfigError("MATTE_RETENTION_DAYS must be at least 1")
    if settings.telegram_max_rate < 0:
        raise ConfigError("TELEGRAM_MAX_RATE must be 0 (no cap) or more")
    if settings.line_push_limit < 0:
        raise ConfigError("MATTE_LINE_PUSH_LIMIT must be 0 (no limit) or more")
    if not 0 <= settings.web_port <= 65535:
        raise ConfigError("MATTE_WEB_PORT must be a port number (0-65535)")
    for name in TOKENS:
        if any(char.isspace() for char in getattr(settings, name)):
            raise ConfigError(
                f"{SOURCES[name][0]} contains a space or line break; copy the token again without them"
            )
    try:
        ZoneInfo(settings.tz)
    except (ValueError, ZoneInfoNotFoundError) as exc:
        raise ConfigError(f"MATTE_TZ must be a time zone such as Asia/Tokyo, got {settings.tz!r}") from exc
    for entry in settings.web_trusted_proxies.replace(",", " ").split():
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError as exc:
            raise ConfigError(f"MATTE_TRUSTED_PROXIES: {entry!r} is not an IP address or network") from exc
    return settings
