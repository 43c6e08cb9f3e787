"""Render a briefing as Telegram HTML, plain text or JSON through the one Jinja environment.

Article text is data: it is always autoescaped, never marked safe, so `<`, `>`, `&` and quotes
in a source cannot break Telegram's HTML parser.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

import jinja2

from briefings.models import Briefing
from briefings.render.filters import (
    age_days,
    date_span,
    figure_parts,
    further_sources,
    http_url,
    human_date,
    item_runs,
    item_source_name,
    listed_sources,
    source_date,
    source_name,
    squash,
)
from briefings.render.split import split_messages


class OutputFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSON = "json"


def make_environment(package: str) -> jinja2.Environment:
    """The one way this project builds a Jinja environment: templates of `package`, escaped.

    Autoescaping is on for every template name (.html.j2, .txt.j2 alike): plain-text templates
    switch it off explicitly with `{% autoescape false %}`, so forgetting is safe.
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(package, "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        squash=squash,
        human_date=human_date,
        http_url=http_url,
        source_name=source_name,
        item_source_name=item_source_name,
        source_date=source_date,
        figure_parts=figure_parts,
        further_sources=further_sources,
        item_runs=item_runs,
        listed_sources=listed_sources,
    )
    env.globals.update(age_days=age_days, date_span=date_span)
    return env


@cache
def _environment() -> jinja2.Environment:
    return make_environment("briefings")


def render_briefing(briefing: Briefing, fmt: OutputFormat) -> str:
    """The briefing as Telegram HTML, plain text, or the Briefing model as JSON."""
    fmt = OutputFormat(fmt)  # also accepts the plain strings "html", "text", "json"
    if fmt is OutputFormat.JSON:
        return briefing.model_dump_json(indent=2)
    name = "briefing.html.j2" if fmt is OutputFormat.HTML else "briefing.txt.j2"
    return _environment().get_template(name).render(briefing=briefing).strip() + "\n"


def render_messages(briefing: Briefing) -> list[str]:
    """Telegram-HTML messages for the briefing, each valid and within Telegram's limits."""
    return split_messages(render_briefing(briefing, OutputFormat.HTML))
