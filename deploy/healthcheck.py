"""Health check for deployments without a console (Docker HEALTHCHECK, monitors): exit 0 when healthy.

    python deploy/healthcheck.py [--adapter NAME ...]     (the same --adapter list as `matte run`)

Why this order: an HTTP endpoint answers only while the bot's event loop is serving, so it is the
better signal wherever one is enabled: the Telegram webhook listener (`--adapter telegram` with
TELEGRAM_WEBHOOK_URL set), LINE's webhook (`--adapter line`) and the browser classroom (`--adapter
web`) serve GET /healthz (the last two on one shared server).
Long polling and Discord have no endpoint; then the check is that the database opens read-only and
holds Matte's schema, and that the event loop's heartbeat file (`bot/heartbeat.py`) was touched in
the last 20 seconds, so a loop stuck in a blocking call fails the check. `matte db migrate` would check
the database too, but it may write (it applies migrations) and runs `quick_check` over the whole file,
too much every 30 seconds.

Settings are read exactly as the bot reads them (environment, then MATTE_CONFIG), so the check never
disagrees with the bot about where the database or the listeners are.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import urllib.request
from pathlib import Path

from bot import heartbeat
from bot.config import ConfigError, Settings, load_settings

TIMEOUT_SECONDS = 4
HEALTH_PATH = "/healthz"
WILDCARDS = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "::": "::1"}


def local_url(host: str, port: int | str) -> str:
    """The /healthz URL of a local listener; a wildcard address is reached on loopback."""
    host = WILDCARDS.get(host.strip("[]"), host.strip("[]"))
    return f"http://[{host}]:{port}{HEALTH_PATH}" if ":" in host else f"http://{host}:{port}{HEALTH_PATH}"


def endpoints(settings: Settings, adapters: list[str]) -> list[str]:
    """The health URLs the given adapters serve with these settings."""
    urls = []
    if "telegram" in adapters and settings.telegram_webhook_url:
        host, _, port = settings.telegram_webhook_listen.rpartition(":")
        urls.append(local_url(host, port))
    if "web" in adapters or "line" in adapters:
        # LINE's webhook and the classroom share one server on --host/--port (MATTE_WEB_HOST/PORT).
        urls.append(local_url(settings.web_host, settings.web_port))
    return list(dict.fromkeys(urls))  # one server when Telegram's webhook shares --host/--port


def http_problem(url: str) -> str | None:
    """None when `url` answers 200, else why not."""
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            return None if response.status == 200 else f"{url} answered {response.status}"
    except OSError as exc:
        return f"{url}: {exc}"


def database_problem(path: str) -> str | None:
    """None when the database opens read-only and has applied migrations, else why not."""
    if not Path(path).is_file():
        return f"no database at {path}"
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=TIMEOUT_SECONDS)
        try:
            applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"database {path}: {exc}"
    return None if applied else f"database {path} has no migrations applied"


def problems(settings: Settings, adapters: list[str]) -> list[str]:
    """Why the bot is unhealthy; empty when it is healthy."""
    urls = endpoints(settings, adapters)
    if not urls:
        found = [
            database_problem(settings.db_path),
            heartbeat.problem(heartbeat.path_for(settings.db_path, adapters)),
        ]
        return [p for p in found if p]
    return [p for p in map(http_problem, urls) if p]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Exit 0 when the running bot is healthy.")
    parser.add_argument("--adapter", action="append", default=[], metavar="NAME", help="as for `matte run`")
    args = parser.parse_args(argv)
    try:
        found = problems(load_settings(), args.adapter)
    except ConfigError as exc:
        found = [str(exc)]
    for problem in found:
        print(f"unhealthy: {problem}", file=sys.stderr)
    if not found:
        print("ok")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
