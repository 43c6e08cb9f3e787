"""All user-facing wording: Jinja2 templates in `bot/templates`, one environment."""

from __future__ import annotations

from typing import Any

import jinja2

from briefings.render import make_environment

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class Texts:
    """Renders `bot/templates/<name>.html.j2` (autoescaped, StrictUndefined)."""

    def __init__(self, env: jinja2.Environment | None = None) -> None:
        self.env = env or make_environment("bot")
        self.env.globals.setdefault("WEEKDAYS", WEEKDAYS)

    def render(self, template: str, /, **context: Any) -> str:
        return self.env.get_template(f"{template}.html.j2").render(**context).strip()

    def names(self) -> list[str]:
        return sorted(
            n.removesuffix(".html.j2") for n in self.env.list_templates() if n.endswith(".html.j2")
        )
