"""deploy/: the example environment lists every setting, the files agree with each other, health checks."""

from __future__ import annotations

import importlib.util
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from bot.config import SOURCES, Settings
from bot.storage.database import Store

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
NOT_IN_SOURCES = {"MATTE_CONFIG"}  # read by load_settings itself: where the TOML file is


def assigned(path: Path) -> list[str]:
    """Variables assigned in an env file (KEY=value lines)."""
    return re.findall(r"^([A-Z][A-Z0-9_]*)=", path.read_text(encoding="utf-8"), flags=re.MULTILINE)


def directives(path: Path) -> dict[str, list[str]]:
    """KEY=value lines of a systemd unit; keys may repeat."""
    found: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def test_example_env_lists_every_setting_and_nothing_unknown() -> None:
    listed = assigned(DEPLOY / "matte.env.example")
    expected = {var for var, _key in SOURCES.values()}
    assert sorted(expected - set(listed)) == []
    assert sorted(set(listed) - expected - NOT_IN_SOURCES) == []
    assert len(listed) == len(set(listed))


def test_dockerfile_runs_unprivileged_with_the_database_on_the_volume() -> None:
    text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", text, re.MULTILINE)
    assert re.search(r"^USER matte", text, re.MULTILINE)
    assert "ENV MATTE_DB=/data/matte.db" in text and "VOLUME /data" in text
    assert "RUN pip install ." in text
    for source in re.findall(r"^COPY (\S+)", text, re.MULTILINE):
        assert (DEPLOY.parent / source).exists(), source
    health = re.search(r"^HEALTHCHECK .*\n\s+CMD (\[.*\])$", text, re.MULTILINE)
    command = re.search(r"^CMD (\[.*\])$", text, re.MULTILINE)
    assert health and command
    assert adapters(health.group(1)) == adapters(command.group(1)) == ["telegram"]


def adapters(exec_form: str) -> list[str]:
    return re.findall(r'"--adapter", "(\w+)"', exec_form)


def test_compose_uses_the_env_file_a_volume_and_matching_health_check() -> None:
    text = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    assert re.search(r"^\s+env_file: matte\.env$", text, re.MULTILINE)
    assert re.search(r"^\s+- matte-data:/data$", text, re.MULTILINE)
    assert re.search(r"^\s+MATTE_DB: /data/matte\.db$", text, re.MULTILINE)
    assert re.search(r"^volumes:\n  matte-data:", text, re.MULTILINE)
    command = re.search(r"^\s+command: (\[.*\])$", text, re.MULTILINE)
    health = re.search(r"^\s+test: (\[.*\])$", text, re.MULTILINE)
    assert command and health and adapters(command.group(1)) == adapters(health.group(1))


def test_systemd_unit_is_sandboxed_and_stops_politely() -> None:
    unit = directives(DEPLOY / "matte.service")
    for key, value in {
        "User": "matte",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "NoNewPrivileges": "yes",
        "MemoryDenyWriteExecute": "yes",
        "Restart": "on-failure",
        "KillSignal": "SIGTERM",
        "TimeoutStopSec": "20",
        "ReadWritePaths": "/var/lib/matte",
    }.items():
        assert unit.get(key) == [value], key
    assert "@system-service" in unit["SystemCallFilter"]
    assert set(unit["RestrictAddressFamilies"][0].split()) == {"AF_INET", "AF_INET6", "AF_UNIX"}
    assert unit["Environment"] == ["MATTE_DB=/var/lib/matte/matte.db"]


@pytest.fixture(scope="module")
def healthcheck():
    spec = importlib.util.spec_from_file_location("matte_healthcheck", DEPLOY / "healthcheck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def health_server() -> Iterator[int]:
    """A local server whose /healthz answers 200 and everything else 503."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/healthz" else 503)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_health_urls_follow_the_enabled_adapters(healthcheck) -> None:
    webhook = Settings(telegram_webhook_url="https://x.jp/telegram", telegram_webhook_listen="0.0.0.0:8080")
    assert healthcheck.endpoints(webhook, ["telegram"]) == ["http://127.0.0.1:8080/healthz"]
    assert healthcheck.endpoints(webhook, ["discord"]) == []
    assert healthcheck.endpoints(Settings(), ["telegram"]) == []
    web = Settings(web_host="::", web_port=8000)
    assert healthcheck.endpoints(web, ["telegram", "web"]) == ["http://[::1]:8000/healthz"]
    line = Settings(web_host="127.0.0.1", web_port=8090)
    assert healthcheck.endpoints(line, ["line"]) == ["http://127.0.0.1:8090/healthz"]
    assert healthcheck.endpoints(line, ["line", "web"]) == ["http://127.0.0.1:8090/healthz"], "one server"


def test_health_without_endpoints_means_the_database_opens(healthcheck, db_path: Path) -> None:
    settings = Settings(db_path=str(db_path))
    assert healthcheck.problems(settings, ["discord"])[0] == f"no database at {db_path}"
    Store(db_path).close()
    assert "no heartbeat" in healthcheck.problems(settings, ["discord"])[0]
    Path(f"{db_path}.alive-discord").touch()
    assert healthcheck.problems(settings, ["discord"]) == []
    db_path.write_text("not a database")
    assert "file is not a database" in healthcheck.problems(settings, [])[0]


def test_health_asks_the_http_endpoint_when_there_is_one(healthcheck, health_server: int) -> None:
    listening = Settings(web_host="127.0.0.1", web_port=health_server, db_path="/nonexistent/matte.db")
    assert healthcheck.problems(listening, ["web"]) == []
    closed = Settings(web_host="127.0.0.1", web_port=1, db_path="/nonexistent/matte.db")
    assert "refused" in healthcheck.problems(closed, ["web"])[0]
