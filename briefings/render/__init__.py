"""Render briefings as Telegram HTML, plain text or JSON, and split HTML into Telegram messages.

Modules: `briefing` (the Jinja environment and rendering), `filters` (template helpers),
`markup` (Telegram HTML measures and validation), `split` (packing HTML into messages).
"""

from __future__ import annotations

from briefings.digest.budget import UNKNOWN_SOURCE
from briefings.render.briefing import (
    OutputFormat,
    make_environment,
    render_briefing,
    render_messages,
)
from briefings.render.filters import (
    FigureParts,
    age_days,
    date_span,
    figure_parts,
    further_sources,
    http_url,
    human_date,
    item_source_name,
    short_date,
    source_date,
    source_name,
    squash,
)
from briefings.render.markup import (
    ALLOWED_TAGS,
    TELEGRAM_MAX_CHARS,
    TELEGRAM_MAX_ENTITIES,
    entity_count,
    utf16_len,
    validate_telegram_html,
    visible_text,
)
from briefings.render.split import BLOCK_SEPARATOR, split_messages

__all__ = [
    "ALLOWED_TAGS",
    "BLOCK_SEPARATOR",
    "TELEGRAM_MAX_CHARS",
    "TELEGRAM_MAX_ENTITIES",
    "UNKNOWN_SOURCE",
    "FigureParts",
    "OutputFormat",
    "age_days",
    "date_span",
    "entity_count",
    "figure_parts",
    "further_sources",
    "http_url",
    "human_date",
    "item_source_name",
    "make_environment",
    "render_briefing",
    "render_messages",
    "short_date",
    "source_date",
    "source_name",
    "split_messages",
    "squash",
    "utf16_len",
    "validate_telegram_html",
    "visible_text",
]
