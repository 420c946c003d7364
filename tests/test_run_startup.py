"""Start-up mistakes of the listening adapters are one line each, never a traceback."""

import os
import socket
import subprocess
import sys

import pytest


def matte_run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--adapter", "web", *args],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "MATTE_DB": str(tmp_path / "m.db")},
        timeout=60,
    )


def test_a_busy_port_is_one_line(tmp_path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = matte_run(tmp_path, "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"matte: error: cannot listen on 127.0.0.1:{port}: the port is already in use "
        "(another Matte or another program); choose another --port"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "99999"], "--port must be a port number (0-65535), got 99999"),
        (["--host", "no-such-host.invalid"], "cannot listen on no-such-host.invalid: no such host name"),
        (["--host", "192.0.2.77"], "cannot listen on 192.0.2.77:8000: this computer has no such address"),
    ],
)
def test_bad_host_or_port_is_one_line(tmp_path, args, message) -> None:
    result = matte_run(tmp_path, *args)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert message in result.stderr


def test_a_read_only_database_is_refused_at_start(tmp_path) -> None:
    import sqlite3

    import sqlite_utils

    from bot.commands.run_cmd import check_writable
    from bot.storage.database import StorageError, Store

    store = Store(tmp_path / "m.db")
    check_writable(store)  # a writable database passes and is left as it was
    store.db.conn.close()
    store.db = sqlite_utils.Database(
        sqlite3.connect(f"file:{tmp_path / 'm.db'}?mode=ro", uri=True, isolation_level=None)
    )
    with pytest.raises(StorageError, match=r"cannot write database .*readonly"):
        check_writable(store)
    store.close()
