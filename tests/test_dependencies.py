"""Every third-party package the code imports is declared in pyproject.toml, with the floors it needs."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"bot", "classifier", "quizzes", "images"}
DISTRIBUTION = {
    "sklearn": "scikit-learn",
    "discord": "discord.py",
    "telegram": "python-telegram-bot",
    "linebot": "line-bot-sdk",
    "PIL": "Pillow",
    "zxingcpp": "zxing-cpp",
}


def declared() -> dict[str, str]:
    """Runtime dependencies, and the `data` extra: packages only data generators import (they say how
    to install them when missing)."""
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    dependencies = [*project["dependencies"], *project["optional-dependencies"]["data"]]
    names = {}
    for spec in dependencies:
        name = spec.split(";")[0]
        for mark in "<>=!~[":
            name = name.split(mark)[0]
        names[name.strip().lower()] = spec
    return names


def imported_top_level() -> set[str]:
    found: set[str] = set()
    for package in OWN:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    found.add(node.module.split(".")[0])
    return {name for name in found if name not in OWN and name not in sys.stdlib_module_names}


def test_every_imported_package_is_declared() -> None:
    names = declared()
    missing = sorted(
        name
        for name in imported_top_level()
        if DISTRIBUTION.get(name, name).lower().replace("_", "-") not in names
    )
    assert missing == []


def test_platform_sdk_floors_have_the_apis_used() -> None:
    names = declared()
    assert ">=22.8" in names["python-telegram-bot"]
    assert ">=2.5" in names["discord.py"]
