"""One normaliser for what a source says about itself: record fields, front matter, sidecars.

All three accept the same field names (`published` or `date`, `published_at`, `pubDate`,
`datePublished`; `url` or `link`), timestamps as dates, and fail with the same one-line
reasons naming the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from briefings.errors import SourceRejected
from briefings.models import SourceMeta

#: Other names sources use for a field, in order of preference.
ALIASES: dict[str, tuple[str, ...]] = {
    "published": ("date", "published_at", "pubDate", "datePublished"),
    "url": ("link",),
}


def _as_date(value: Any) -> Any:
    """Timestamps (objects or ISO strings) as dates; anything else for validation to judge."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return value
    return value


def normalise(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The fields under their canonical names, dates as dates (aliases removed)."""
    data = dict(raw)
    for canonical, aliases in ALIASES.items():
        for alias in aliases:
            if alias in data:
                value = data.pop(alias)
                data.setdefault(canonical, value)
    if "published" in data:
        data["published"] = _as_date(data["published"])
    return data


def field_errors(exc: ValidationError) -> str:
    """The first few validation errors as one line: "field 'published': Input should be …"."""
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(x) for x in err["loc"]) or "record"
        parts.append(f"field '{loc}': {err['msg']}")
    return "; ".join(parts)


def meta_from(raw: Mapping[str, Any], name: str, where: str = "") -> SourceMeta:
    """Validated metadata from stated fields; raises SourceRejected(name, where + reason)."""
    try:
        return SourceMeta.model_validate(normalise(raw))
    except ValidationError as exc:
        raise SourceRejected(name, where + field_errors(exc)) from exc


def scraped_meta(**fields: Any) -> SourceMeta:
    """Metadata read off a page: a malformed value is dropped, not fatal."""
    try:
        return SourceMeta.model_validate(fields)
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        return SourceMeta.model_validate({k: v for k, v in fields.items() if k not in bad})


def merge(base: SourceMeta, override: SourceMeta | None) -> SourceMeta:
    """`base` with every field `override` states replaced (an admin's sidecar wins)."""
    if override is None:
        return base
    merged = base.model_dump(exclude_none=True)
    merged.update(override.model_dump(exclude_none=True))
    return SourceMeta.model_validate(merged)


def fill(base: SourceMeta, **found: Any) -> SourceMeta:
    """`base` with the fields it lacks taken from `found` (what the page's stamps said)."""
    missing = {k: v for k, v in found.items() if v is not None and getattr(base, k) is None}
    return scraped_meta(**{**base.model_dump(exclude_none=True), **missing}) if missing else base
