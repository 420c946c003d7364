"""Every message text comes from a Jinja2 template per language, rendered to neutral text.

`StrictUndefined` turns a missing variable into an error in tests instead of a blank in a chat.
No autoescaping here: adapters escape for their platform's markup, once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"


class Renderer:
    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            # Templates do not change while the bot runs; checking each file's date on every render
            # is a system call per message part.
            auto_reload=False,
        )

    def render(self, lang: str, name: str, /, **values: Any) -> str:
        """Render `templates/<lang>/<name>.j2` and strip surrounding blank lines."""
        return self.env.get_template(f"{lang}/{name}.j2").render(lang=lang, **values).strip()

    def names(self, lang: str) -> set[str]:
        prefix = f"{lang}/"
        return {
            n[len(prefix) : -3] for n in self.env.list_templates(extensions=["j2"]) if n.startswith(prefix)
        }
