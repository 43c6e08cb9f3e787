"""JSON and YAML records: one article per record, a list of them, or `{"articles": [...]}`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from briefings.errors import SourceRejected
from briefings.load.document import LoadContext, RawDocument, require_sentences
from briefings.load.lines import BLANK_SPLIT, key
from briefings.load.metadata import field_errors, fill, merge, meta_from, normalise
from briefings.load.parsing import parse_json, parse_yaml
from briefings.load.stamps import StampFacts, outlet_from_url, strip_prefixes
from briefings.load.vocabulary import boilerplate
from briefings.models import SourceMeta


class SourceRecord(BaseModel):
    """One article as a structured record (JSON or YAML)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    author: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _aliases(cls, data: Any) -> Any:
        """`body`, `content` and `paragraphs` are common names for the text; the metadata
        fields take the names every other source accepts (`metadata.normalise`)."""
        if not isinstance(data, dict):
            return data
        data = normalise(data)
        if "text" not in data:
            for alias in ("body", "content"):
                if alias in data:
                    data["text"] = data.pop(alias)
                    break
            else:
                paragraphs = data.get("paragraphs")
                if isinstance(paragraphs, list) and all(isinstance(p, str) for p in paragraphs):
                    data["text"] = "\n\n".join(paragraphs)
                elif paragraphs is not None:
                    data["text"] = paragraphs  # let validation name the wrong type
        return data


def record_paragraphs(text: str, facts: StampFacts) -> list[str]:
    """Paragraphs of a record's text: blank-line blocks, or lines when there are none; stamps
    glued to the first one (a wire dateline) go into `facts`."""
    bp = boilerplate()
    blocks = [b for b in BLANK_SPLIT.split(text.replace("\r\n", "\n")) if b.strip()]
    if len(blocks) == 1:
        blocks = blocks[0].split("\n")
    out: list[str] = []
    for block in blocks:
        para = " ".join(ln.strip() for ln in block.split("\n") if ln.strip()).replace("\u00a0", " ")
        if not out:
            para = strip_prefixes(para, facts)
        para_key = key(para)
        if not para_key or para_key in bp.lines or (len(para) < 200 and bp.matches(para)):
            continue
        out.append(para)
    return out


def _document(item: Any, ctx: LoadContext, index: int, total: int) -> RawDocument:
    where = f"record {index + 1} of {total}: " if total > 1 else ""
    if not isinstance(item, dict):
        raise SourceRejected(
            ctx.name, f"{where}expected a record with fields, got {type(item).__name__}"
        )
    try:
        record = SourceRecord.model_validate(item)
    except ValidationError as exc:
        raise SourceRejected(ctx.name, where + field_errors(exc)) from exc
    base = meta_from(record.model_dump(exclude={"text"}), ctx.name, where)
    facts = StampFacts()
    paragraphs = record_paragraphs(record.text, facts)
    require_sentences(paragraphs, ctx.name, where)
    stated: SourceMeta = fill(base, outlet=facts.outlet, author=facts.author, url=facts.url)
    return RawDocument(
        source_name=f"{ctx.name}#{index}" if total > 1 else ctx.name,
        source_format=ctx.fmt,
        title=record.title,
        paragraphs=paragraphs,
        meta=outlet_from_url(merge(stated, ctx.meta)),
        text_date=facts.date,
        dateline_day=facts.day_month,
    )


def load_records(data: Any, ctx: LoadContext) -> list[RawDocument]:
    """Every record's document; one bad record rejects the file (named by its position)."""
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise SourceRejected(ctx.name, "the file holds no records")
    if len(records) > ctx.max_records:
        raise SourceRejected(
            ctx.name,
            f"the file holds {len(records):,} records, over the limit of {ctx.max_records:,} "
            "per file; split it into smaller files",
        )
    return [_document(item, ctx, i, len(records)) for i, item in enumerate(records)]


def load_json(text: str, ctx: LoadContext) -> list[RawDocument]:
    return load_records(parse_json(text, ctx.name), ctx)


def load_yaml(text: str, ctx: LoadContext) -> list[RawDocument]:
    return load_records(parse_yaml(text, ctx.name), ctx)


def looks_like_json(text: str) -> bool:
    """A file without a telling suffix that parses as JSON (or is too deep to parse)."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    except RecursionError:
        return True  # valid-looking but too deep: the JSON loader says so
    return True
