"""The core knows no platform: importing it (and its tests' helpers) must not load an SDK."""

import re
import subprocess
import sys
from pathlib import Path

CORE_MODULES = [
    "bot.core.events",
    "bot.core.dispatcher",
    "bot.core.engine",
    "bot.core.render",
    "bot.core.payloads",
    "bot.features.basics",
    "bot.storage.database",
    "bot.app",
    "bot.testing",
    "bot.adapters.console.adapter",
]


def test_core_imports_no_platform_sdk() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE_MODULES)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('telegram', 'discord'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_core_test_files_import_no_platform_sdk() -> None:
    sdk_import = re.compile(r"^\s*(import|from)\s+(telegram|discord)\b", re.MULTILINE)
    core_tests = [
        p
        for p in Path(__file__).parent.glob("test_*.py")
        if not any(k in p.name for k in ("telegram", "discord"))
    ]
    for path in core_tests:
        assert not sdk_import.search(path.read_text(encoding="utf-8")), path.name


def test_the_command_line_loads_no_storage_until_a_command_needs_it() -> None:
    """`matte check --jsonl` never opens the database; sqlite-utils was a tenth of its start-up."""
    code = "import sys, bot.cli\nprint(','.join(m for m in ('sqlite_utils', 'sqlite3') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
