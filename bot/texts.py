"""All user-facing wording: Jinja2 templates per language and the catalogs of `bot.i18n`.

English templates are `bot/templates/*.html.j2`; each other language has the same names under
`bot/templates/<lang>/`. `render` picks the current language (see `bot.i18n`).
"""

from __future__ import annotations

from typing import Any

import jinja2

from bot import i18n
from bot.i18n import Lang
from briefings.render import make_environment
from briefings.topics import Topic

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _topic_words(topic: Topic) -> i18n.TopicWords:
    """A topic's title, description and aliases in the current language."""
    return i18n.topic_words(topic.id, topic.title)


def _language_environment(lang: Lang) -> jinja2.Environment:
    env = make_environment("bot")
    if lang is not i18n.DEFAULT_LANG:
        env.loader = jinja2.PackageLoader("bot", f"templates/{lang.value}")
    env.filters.update(i18n.filters())
    env.globals.update(
        label=i18n.label, weekday=i18n.format_weekday, topic=_topic_words, lang=lang.value
    )
    return env


class Texts:
    """Renders `<name>.html.j2` in the current language (autoescaped, StrictUndefined)."""

    def __init__(self, env: jinja2.Environment | None = None) -> None:
        self.envs = {lang: _language_environment(lang) for lang in Lang}
        if env is not None:
            self.envs[i18n.DEFAULT_LANG] = env
        for e in self.envs.values():
            e.globals.setdefault("WEEKDAYS", WEEKDAYS)

    @property
    def env(self) -> jinja2.Environment:
        return self.envs[i18n.current_language()]

    def render(self, template: str, /, **context: Any) -> str:
        return self.env.get_template(f"{template}.html.j2").render(**context).strip()

    def label(self, key: str, /, count: int | None = None, **values: object) -> str:
        return i18n.label(key, count, **values)

    def names(self, lang: Lang = i18n.DEFAULT_LANG) -> list[str]:
        """Template names of one language (without subfolders: those are other languages)."""
        return sorted(
            n.removesuffix(".html.j2")
            for n in self.envs[lang].list_templates()
            if n.endswith(".html.j2") and "/" not in n
        )
