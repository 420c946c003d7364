"""The shape of the code, read from the source with `ast`: no import circles, no arrow back up.

The core, the features and storage never import an adapter or `bot.app`; storage never imports the
core; adapters never import each other; the classifier and the picture reader (`images`) never import
the bot. Imports under `if TYPE_CHECKING:` are left out: they are for the type checker only and
never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "classifier", "quizzes", "images")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def runtime_imports(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """Modules named by import statements that run (those under `if TYPE_CHECKING:` do not).

    `from a import b, c` comes back as "a:b,c": whether b is a module is for the caller to tell.
    """
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = resolve(node, module, is_package)
                found.add(f"{base}:" + ",".join(alias.name for alias in node.names))
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    visit([child])

    visit(tree.body)
    return found


def resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    keep = len(parts) - node.level + (1 if is_package else 0)
    return ".".join([*parts[:keep], *([node.module] if node.module else [])])


def import_graph() -> dict[str, set[str]]:
    files = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")]
    modules = {module_name(p): p for p in files}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = set()
        for target in runtime_imports(tree, name, path.name == "__init__.py"):
            base, _, names = target.partition(":")
            submodules = (
                {f"{base}.{n}" for n in names.split(",") if f"{base}.{n}" in modules} if names else set()
            )
            named |= submodules
            if not names or len(submodules) < len(names.split(",")):
                named.add(base)
        graph[name] = {target for target in named if target in modules and target != name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the list of modules around it, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state and (cycle := walk(target)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := walk(node)):
            return cycle
    return None


def violations(graph: dict[str, set[str]]) -> list[str]:
    wrong = []
    for module, targets in sorted(graph.items()):
        layer = module.split(".")[:2]
        for target in sorted(targets):
            upward = target == "bot.app" or target.startswith("bot.adapters")
            if layer in (["bot", "core"], ["bot", "features"], ["bot", "storage"]) and upward:
                wrong.append(f"{module} imports {target}")
            if layer == ["bot", "storage"] and target.startswith("bot.core"):
                wrong.append(f"{module} imports {target}")
            if (
                module.startswith("bot.adapters.")
                and target.startswith("bot.adapters.")
                and target.count(".") > 2
            ):
                own, other = module.split(".")[2], target.split(".")[2]
                if own != other:
                    wrong.append(f"{module} imports another adapter: {target}")
            if layer[0] in ("classifier", "images") and target.startswith("bot"):
                wrong.append(f"{module} imports {target}")
    return wrong


def test_no_import_circles() -> None:
    assert find_cycle(import_graph()) is None


def test_no_arrow_runs_back_up() -> None:
    assert violations(import_graph()) == []


def test_the_checks_catch_what_they_look_for() -> None:
    graph = {"bot.core.engine": {"bot.app"}, "bot.app": {"bot.core.engine"}, "bot.storage.x": {"bot.core.y"}}
    assert find_cycle(graph) == ["bot.app", "bot.core.engine", "bot.app"]
    assert violations(graph) == ["bot.core.engine imports bot.app", "bot.storage.x imports bot.core.y"]


def test_type_checking_imports_are_left_out_and_relative_ones_resolved() -> None:
    source = "\n".join(
        [
            "from typing import TYPE_CHECKING",
            "if TYPE_CHECKING:",
            "    import bot.app",
            "from . import sibling",
        ]
    )
    found = runtime_imports(ast.parse(source), "bot.core.engine", is_package=False)
    assert not any(target.startswith("bot.app") for target in found) and "bot.core:sibling" in found
