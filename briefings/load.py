"""Source files → raw documents: the article's own paragraphs and what is known about it.

Formats: plain-text scrapes of news pages (site furniture still in them), HTML pages,
Markdown or text with YAML front matter, and JSON/YAML records (one or a list).
Every way a file can be unusable ends in `SourceRejected` naming the file and the reason.

Plain-text cleaning is layout-driven rather than a list of one site's junk: the article is
the run of sentence-like lines; short unpunctuated lines, repeated lines, datelines and
lines far from that run are site furniture. A vocabulary of known furniture
(`data/boilerplate.yaml`) only confirms what the layout suggests.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import trafilatura
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from briefings.dates import dateline
from briefings.decode import check_size, decode_bytes
from briefings.errors import SourceRejected
from briefings.models import SourceFormat, SourceMeta

SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml", ".meta.json")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Records one JSON/YAML file may hold: each becomes an article analysed at ingest.
DEFAULT_MAX_RECORDS = 1000


class RawDocument(BaseModel):
    """One document found in a source file, before analysis."""

    model_config = ConfigDict(frozen=True)

    source_name: str
    source_format: SourceFormat
    title: str | None
    paragraphs: list[str]
    meta: SourceMeta
    # A date the page itself shows as its dateline ("26 April 2025 16:31"): stated in the
    # text, so analysis records it as such rather than as metadata.
    text_date: dt.date | None = None


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Boilerplate:
    lines: frozenset[str]
    starts: re.Pattern[str]
    hints: tuple[str, ...]
    contains: re.Pattern[str]
    banners: dict[str, str]
    domains: dict[str, str]
    names: dict[str, str]
    sections: frozenset[str]
    domain_re: re.Pattern[str] = field(init=False)
    name_re: re.Pattern[str] = field(init=False)

    def matches(self, text: str) -> bool:
        """True when a (short) line is known site furniture."""
        if self.starts.match(text):
            return True
        lower = text.casefold()
        return any(h in lower for h in self.hints) and bool(self.contains.search(text))

    def __post_init__(self) -> None:
        alternation = "|".join(re.escape(d) for d in sorted(self.domains, key=len, reverse=True))
        object.__setattr__(self, "domain_re", re.compile(rf"(?i)\b({alternation})\b"))
        names = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        object.__setattr__(self, "name_re", re.compile(rf"(?i)(?<!\w)({names})(?!\w)"))


@lru_cache(maxsize=1)
def _boilerplate() -> _Boilerplate:
    raw = yaml.safe_load(
        resources.files("briefings").joinpath("data/boilerplate.yaml").read_text("utf-8")
    )
    return _Boilerplate(
        lines=frozenset(str(x).casefold() for x in raw["lines"]),
        starts=re.compile("|".join(f"(?:{p})" for p in raw["starts"]), re.IGNORECASE),
        hints=tuple(str(h).casefold() for h in raw["hints"]),
        contains=re.compile("|".join(f"(?:{p})" for p in raw["contains"]), re.IGNORECASE),
        banners={str(k).casefold(): str(v) for k, v in raw["outlet_banners"].items()},
        domains={str(k).casefold(): str(v) for k, v in raw["outlet_domains"].items()},
        names={str(k).casefold(): str(v) for k, v in raw["outlet_names"].items()},
        sections=frozenset(str(x).casefold() for x in raw["sections"]),
    )


# --------------------------------------------------------------------------- plain text

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_EDGE = " \t\"'“”«»„‘’()[]{}*_#|•·:;,.!?-–—…"
_TERMINAL = re.compile(r"[.!?…:;][\"'”»’)\]]*$|[.!?…][\"'”»’)\]]*\s*\(?[\w.]+\)?$")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|all rights reserved|все права", re.IGNORECASE)
# "BAKU, March 13 (Reuters) - ..." or "МОСКВА, 5 ноября. /ТАСС/. ...": the wire names itself.
_WIRE = re.compile(r"^[A-ZА-ЯЁ][A-ZА-ЯЁ .-]+,\s[^()/]{3,25}?[(/]([^()/]{2,30})[)/]")
_CREDIT = re.compile(r",\s+([\w.]+(?:\s[\w.]+)?)\s+(?:reports|informs|сообщает)\.?\s*$", re.I)
_BULLET = re.compile(r"^(?:[-–—•·*▪]|\d{1,2}[.)])\s+\S")
_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w-]+\.(?:com|az|ru|org|net|info|media|news|am|ge)\b")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_BLANK_SPLIT = re.compile(r"\n[ \t\u00a0\u2000-\u200b\u3000]*\n")


@dataclass
class _Cleaned:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    date: dt.date | None = None
    outlet: str | None = None


@dataclass
class _Line:
    text: str
    words: int
    junk: bool = False
    terminal: bool = False
    heading: bool = False  # a Markdown heading: a title, never a paragraph
    dateline: bool = False  # the page's date line: the title usually sits just above it

    @property
    def strong(self) -> bool:
        """Unmistakably article prose: a real sentence, or too long to be furniture."""
        return not self.junk and (
            (self.words >= 5 and self.terminal) or (self.words >= 20 and not self.heading)
        )

    @property
    def short_sentence(self) -> bool:
        return not self.junk and not self.heading and self.terminal and self.words >= 2

    @property
    def keepable(self) -> bool:
        """Prose inside the article body (short sentences and long lines are kept)."""
        return (
            not self.junk
            and not self.heading
            and (
                (self.words >= 3 and (self.terminal or _BULLET.match(self.text) is not None))
                or self.words >= 10
            )
        )


def _key(line: str) -> str:
    return line.strip(_EDGE).casefold()


def _split_lines(text: str) -> list[str]:
    """Lines of the text, with hard-wrapped paragraphs (80-column files) joined back."""
    out: list[str] = []
    for block in _BLANK_SPLIT.split(text):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if len(lines) > 1 and all(40 <= len(ln) <= 110 for ln in lines[:-1]):
            out.append(" ".join(lines))
        else:
            out.extend(_unwrap(lines))
    return out


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines hard-wrapped at a fixed width when paragraphs have no blank line between
    them: a line filled up to the wrap width continues on the next one."""
    long_lines = [len(ln) for ln in lines if len(ln) >= 50]
    if len(long_lines) < 3:
        return lines
    width = max(long_lines)
    full = [n for n in long_lines if n >= 0.8 * width]
    if width > 120 or len(full) < 3:
        return lines  # one paragraph per line, as most scrapes are
    out: list[str] = []
    continues = False
    for line in lines:
        if continues and out:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        continues = len(line) >= 0.75 * width
    return out


_MENU_SPLIT = re.compile(r"\s{2,}|\s*[|•·]\s*|\t")


def _is_menu(text: str, words: int) -> bool:
    """A navigation line: 'Home  Business  Politics', 'Print | Download PDF | Share',
    or a run of section names ('Home Business Politics Society')."""
    if words > 16:
        return False
    parts = [part for part in _MENU_SPLIT.split(text) if part.strip()]
    if len(parts) >= 3 and all(
        len(part.split()) <= 3 and not _TERMINAL.search(part) for part in parts
    ):
        return True
    tokens = _WORD.findall(text)
    sections = sum(1 for t in tokens if t.casefold() in _boilerplate().sections)
    return sections >= 3 and sections >= 0.6 * len(tokens)


def _is_caps(line: str) -> bool:
    return line == line.upper() and sum(1 for ch in line if ch.isupper()) > 1


def _classify(raw: str, cleaned: _Cleaned, markdown: bool) -> _Line:
    bp = _boilerplate()
    heading = False
    text = raw
    if markdown:
        if _MD_HEADING.match(text):
            heading = True
            text = _MD_HEADING.sub("", text)
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_EMPH.sub(r"\2", text).strip()
    # Long lines are prose whatever the exact count; only short ones need a careful count.
    words = len(text.split()) if len(text) > 400 else len(_WORD.findall(text))
    # Only the end of the line matters; searching all of a long paragraph would be wasted.
    terminal = bool(_TERMINAL.search(text[-40:]))
    line = _Line(text=text, words=words, heading=heading, terminal=terminal)
    key = _key(text)
    if not key or words == 0:
        line.junk = True
        return line
    if key in bp.banners or key in bp.names:
        cleaned.outlet = cleaned.outlet or bp.banners.get(key) or bp.names[key]
        line.junk = True
        return line
    date = dateline(text)
    if date is not None:
        cleaned.date = cleaned.date or date
        line.junk = line.dateline = True
        return line
    short = words < 30
    if (
        key in bp.lines
        or (short and bp.matches(text))
        or (_is_caps(text) and words < 12)
        or (short and _is_menu(text, words))
        or (short and _URL.search(text) and words < 15)
    ):
        line.junk = True
    if line.junk and short and cleaned.outlet is None:
        domain = bp.domain_re.search(text)
        named = bp.name_re.search(text) if _COPYRIGHT.search(text) else None
        if domain:
            cleaned.outlet = bp.domains[domain.group(1).casefold()]
        elif named:
            cleaned.outlet = bp.names[named.group(1).casefold()]
    return line


def _pick_title(lines: list[_Line], first_body: int) -> int | None:
    """Index of the title line: a heading, a line repeated later, the line over a dateline,
    or the first headline-like line before the body."""
    counts = Counter(_key(ln.text) for ln in lines)
    candidates = [
        i
        for i, ln in enumerate(lines[: max(first_body, 0) + 1])
        if not ln.junk
        and 3 <= ln.words <= 40
        and len(_LETTER_WORD.findall(ln.text)) >= 3
        and not ln.text.rstrip(" \"'”»").endswith(".")
        and any(ch.islower() for ch in ln.text)
    ]
    for i in candidates:
        if lines[i].heading:
            return i
    for i in candidates:
        if counts[_key(lines[i].text)] > 1:
            return i
    first_date = next((i for i, ln in enumerate(lines) if ln.dateline), None)
    if first_date is not None and first_date <= first_body:
        # Pages put the title just above the date, or (wire services) just below it.
        below = [i for i in candidates if first_date < i < first_body]
        above = [i for i in candidates if i < first_date]
        if below:
            return below[0]
        if above:
            return above[-1]
    head = [i for i in candidates if i < first_body]
    # Menu entries are short ("Армия и ОПК"); headlines rarely are.
    return next((i for i in head if lines[i].words >= 5), head[0] if head else None)


def _clusters(strong: list[int], lines: list[_Line], gap: int = 4) -> list[list[int]]:
    """Runs of strong lines; more than `gap` furniture lines between two runs separate them."""
    runs: list[list[int]] = []
    for i in strong:
        if runs:
            between = sum(1 for j in range(runs[-1][-1] + 1, i) if lines[j].junk)
            if between <= gap:
                runs[-1].append(i)
                continue
        runs.append([i])
    return runs


def _outlet_in_lead(text: str, *, first: bool) -> str | None:
    """An agency naming itself in the story: "BAKU, March 13 (Reuters) -", "..., APA reports."."""
    names = _boilerplate().names
    wire = _WIRE.match(text) if first else None
    credit = _CREDIT.search(text[-60:])
    for found in (wire, credit):
        if found and found.group(1).casefold() in names:
            return names[found.group(1).casefold()]
    return None


_COPYRIGHT_AFTER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>.+?)(?:\.\s|\.?$|\s*[|,]|\s+©)",
    re.I,
)
_COPYRIGHT_BEFORE = re.compile(r"^(?P<name>[^©|.]{2,40}?)\s*(?:©|\(c\))", re.I)
_SOURCE_LINE = re.compile(r"^(?:source|источник)\s*:\s*(?P<name>[^.!?]{2,40}?)\.?$", re.I)
_NOT_A_NAME = re.compile(r"\d|rights|права|reserved|защищены|^(?:the|all|все)\b", re.I)


def _outlet_name(raw: str | None) -> str | None:
    """A plausible outlet name: a few words, starting with a capital, no rights notice."""
    name = (raw or "").strip(" .,:;|-–—")
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 40 or not name[0].isupper():
        return None
    if _NOT_A_NAME.search(name):
        return None
    # "CASPIAN WIRE" in a header is styling; a one-word acronym ("ANAMA") is the name.
    return name.title() if len(words) > 1 and name.isupper() else name


def _outlet_on_page(lines: list[_Line]) -> str | None:
    """The outlet a page names itself when it is not a known one: a 'Source: X' line, else
    the copyright line ('© 2025 X', 'X © 2025'), else a header site name the page repeats."""
    stated: str | None = None
    for ln in lines:
        if ln.words > 30:
            continue
        source = _SOURCE_LINE.match(ln.text)
        if source and (name := _outlet_name(source.group("name"))):
            return name
        if stated is None and _COPYRIGHT.search(ln.text):
            before = _COPYRIGHT_BEFORE.match(ln.text)
            after = _COPYRIGHT_AFTER.search(ln.text)
            stated = _outlet_name(before.group("name") if before else None) or _outlet_name(
                after.group("name") if after else None
            )
    if stated or not lines or lines[0].words > 5 or lines[0].terminal or lines[0].dateline:
        return stated
    header = _outlet_name(lines[0].text)
    if header is None:
        return None
    # A header line alone could be a section name; the site naming itself again confirms it.
    mentions = sum(1 for ln in lines[1:] if header.casefold() in ln.text.casefold())
    return header if mentions else None


_RELATED = re.compile(
    r"^(?:related(?:\s+[\w-]+)?|read\s+(?:also|more)|see\s+also|also\s+read|more\s+(?:news|on\s+this)"
    r"|(?:читайте|читать|смотрите)\s+(?:также|еще|ещё)|(?:новости\s+)?по\s+теме|ранее|другие\s+новости)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.…][\"'”»’)]*$")


def _drop_related(lines: list[_Line]) -> None:
    """Headlines under 'Related news' / 'Читайте также' go with their block, even one that
    reads like a sentence ('Mandate: what changes?'); the block ends at the first prose line."""
    i = 0
    while i < len(lines):
        if not _RELATED.match(lines[i].text):
            i += 1
            continue
        lines[i].junk = True
        i += 1
        while i < len(lines) and lines[i].words <= 25 and not _SENTENCE_END.search(lines[i].text):
            lines[i].junk = True
            i += 1


def clean_text(text: str, *, markdown: bool = False) -> _Cleaned:
    """The article inside a scraped page: title, paragraphs (verbatim), dateline, outlet."""
    cleaned = _Cleaned()
    lines = [_classify(raw, cleaned, markdown) for raw in _split_lines(text)]
    _drop_related(lines)
    if cleaned.outlet is None:
        cleaned.outlet = _outlet_on_page(lines)
    strong = [i for i, ln in enumerate(lines) if ln.strong]
    first_body = strong[0] if strong else len(lines)
    title_at = _pick_title(lines, first_body)
    if title_at is not None:
        cleaned.title = lines[title_at].text
        title_key = _key(cleaned.title)
        for ln in lines:
            if _key(ln.text) == title_key:
                ln.junk = True
        strong = [i for i in strong if not lines[i].junk]
    if not strong:
        return cleaned
    runs = _clusters(strong, lines)
    size = [sum(len(lines[i].text) for i in run) for run in runs]
    biggest = max(size)
    seen: set[str] = set()
    for run, chars in zip(runs, size, strict=True):
        if chars < biggest and (len(run) < 2 or chars < 0.25 * biggest):
            continue
        end = run[-1]
        # A short closing sentence right after the body ("Talks will continue.") is prose too.
        while end + 1 < len(lines) and lines[end + 1].short_sentence:
            end += 1
        for ln in lines[run[0] : end + 1]:
            key = _key(ln.text)
            if (ln.strong or ln.keepable or ln.short_sentence) and key not in seen:
                if cleaned.outlet is None:
                    cleaned.outlet = _outlet_in_lead(ln.text, first=not cleaned.paragraphs)
                seen.add(key)
                # No-break spaces are layout, not text; HTML extraction drops them too.
                cleaned.paragraphs.append(ln.text.replace("\u00a0", " "))
    return cleaned


# --------------------------------------------------------------------------- records


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
    def _text_aliases(cls, data: Any) -> Any:
        """`body`, `content` and `paragraphs` are common names for the text."""
        if isinstance(data, dict) and "text" not in data:
            data = dict(data)
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
            if "published" not in data:
                for alias in ("date", "published_at", "pubDate"):
                    if alias in data:
                        data["published"] = data.pop(alias)
                        break
        return data

    @field_validator("published", mode="before")
    @classmethod
    def _date_from_timestamp(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and len(value) > 10 and value[4:5] == "-":
            try:
                return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            except ValueError:
                return value
        return value


def _field_errors(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(x) for x in err["loc"]) or "record"
        parts.append(f"field '{loc}': {err['msg']}")
    return "; ".join(parts)


_TOO_DEEP = (
    "nested too deeply (hundreds of brackets inside each other); an article record needs a few"
)


def _parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceRejected(
            name, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError:
        raise SourceRejected(name, f"the JSON is {_TOO_DEEP}") from None


class _NoAliasLoader(yaml.SafeLoader):
    """YAML without aliases: `*ref` lets 80 KB stand for millions of records, so it is refused
    at the first alias, before anything is built."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _AliasRefused(event.start_mark.line + 1)
        return super().compose_node(parent, index)


class _AliasRefused(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


def _yaml_error(exc: yaml.YAMLError, what: str, line_offset: int = 0) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        return f"malformed {what} at line {mark.line + 1 + line_offset}: {problem}"
    return f"malformed {what}: {problem}"


def _parse_yaml(text: str, name: str) -> Any:
    try:
        return yaml.load(text, Loader=_NoAliasLoader)  # a SafeLoader subclass: safe
    except yaml.YAMLError as exc:
        raise SourceRejected(name, _yaml_error(exc, "YAML")) from exc
    except _AliasRefused as exc:
        raise SourceRejected(
            name,
            f"YAML aliases are not accepted (an '*alias' at line {exc.line}); "
            "write each record out in full",
        ) from None
    except RecursionError:
        raise SourceRejected(name, f"the YAML is {_TOO_DEEP}") from None


def _record_paragraphs(text: str) -> list[str]:
    """Paragraphs of a record's text: blank-line blocks, or lines when there are none."""
    bp = _boilerplate()
    blocks = [b for b in _BLANK_SPLIT.split(text.replace("\r\n", "\n")) if b.strip()]
    if len(blocks) == 1:
        blocks = blocks[0].split("\n")
    out = []
    for block in blocks:
        para = " ".join(ln.strip() for ln in block.split("\n") if ln.strip()).replace("\u00a0", " ")
        key = _key(para)
        if not key or key in bp.lines or (len(para) < 200 and bp.matches(para)):
            continue
        out.append(para)
    return out


def _load_records(
    data: Any, name: str, fmt: SourceFormat, meta: SourceMeta | None, max_records: int
) -> list[RawDocument]:
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    records = data if isinstance(data, list) else [data]
    if not records:
        raise SourceRejected(name, "the file holds no records")
    if len(records) > max_records:
        raise SourceRejected(
            name,
            f"the file holds {len(records):,} records, over the limit of {max_records:,} "
            "per file; split it into smaller files",
        )
    docs = []
    for i, item in enumerate(records):
        where = f"record {i + 1} of {len(records)}: " if len(records) > 1 else ""
        if not isinstance(item, dict):
            raise SourceRejected(
                name, f"{where}expected a record with fields, got {type(item).__name__}"
            )
        try:
            record = SourceRecord.model_validate(item)
        except ValidationError as exc:
            raise SourceRejected(name, where + _field_errors(exc)) from exc
        try:
            base = SourceMeta(
                title=record.title,
                outlet=record.outlet,
                url=record.url,
                published=record.published,
                language=record.language,
                author=record.author,
            )
        except ValidationError as exc:
            raise SourceRejected(name, where + _field_errors(exc)) from exc
        paragraphs = _record_paragraphs(record.text)
        source_name = f"{name}#{i}" if len(records) > 1 else name
        _require_sentences(paragraphs, name, where)
        docs.append(
            RawDocument(
                source_name=source_name,
                source_format=fmt,
                title=record.title,
                paragraphs=paragraphs,
                meta=_merge(base, meta),
            )
        )
    return docs


# --------------------------------------------------------------------------- HTML and front matter

_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


def _load_html(text: str, name: str, meta: SourceMeta | None) -> RawDocument:
    doc = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise SourceRejected(name, "no article text found in the HTML page")
    cleaned = clean_text(body)
    if not cleaned.paragraphs:
        raise SourceRejected(name, "no article text found in the HTML page")
    title = getattr(doc, "title", None) or cleaned.title
    sitename = getattr(doc, "sitename", None)
    if title and sitename:
        title = re.sub(rf"\s*[|–—-]\s*{re.escape(sitename)}\s*$", "", title, flags=re.I)
    if title:
        key = _key(title)
        cleaned.paragraphs = [p for p in cleaned.paragraphs if _key(p) != key]
    _require_sentences(cleaned.paragraphs, name)
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = dt.date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    base = _safe_meta(
        name,
        title=title,
        outlet=sitename or cleaned.outlet,
        url=getattr(doc, "url", None),
        published=published,
        language=getattr(doc, "language", None),
        author=getattr(doc, "author", None),
    )
    return RawDocument(
        source_name=name,
        source_format=SourceFormat.HTML,
        title=title,
        paragraphs=cleaned.paragraphs,
        meta=_merge(base, meta),
        text_date=None if published else cleaned.date,
    )


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _load_front_matter(
    text: str, name: str, meta: SourceMeta | None, fmt: SourceFormat
) -> RawDocument:
    m = _FRONT_MATTER.match(text)
    header: Any = {}
    body = text
    if m:
        try:
            header = yaml.safe_load(m.group("yaml") or "") or {}
        except yaml.YAMLError as exc:
            raise SourceRejected(name, _yaml_error(exc, "front matter", line_offset=1)) from exc
        if not isinstance(header, dict):
            raise SourceRejected(name, "the front matter between '---' lines is not a mapping")
        body = text[m.end() :]
    if "published" not in header and "date" in header:
        header["published"] = header["date"]
    if isinstance(header.get("published"), dt.datetime):
        header["published"] = header["published"].date()
    try:
        base = SourceMeta.model_validate(header)
    except ValidationError as exc:
        raise SourceRejected(name, "front matter " + _field_errors(exc)) from exc
    cleaned = clean_text(body, markdown=fmt is SourceFormat.MARKDOWN)
    _require_sentences(cleaned.paragraphs, name)
    if base.outlet is None and cleaned.outlet:
        base = base.model_copy(update={"outlet": cleaned.outlet})
    return RawDocument(
        source_name=name,
        source_format=fmt,
        title=base.title or cleaned.title,
        paragraphs=cleaned.paragraphs,
        meta=_merge(base, meta),
        text_date=cleaned.date,
    )


# --------------------------------------------------------------------------- entry points


def _safe_meta(name: str, **fields: Any) -> SourceMeta:
    """Metadata scraped from a page: a malformed value is dropped, not fatal."""
    try:
        return SourceMeta.model_validate(fields)
    except ValidationError as exc:
        bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
        return SourceMeta.model_validate({k: v for k, v in fields.items() if k not in bad})


def _merge(base: SourceMeta, override: SourceMeta | None) -> SourceMeta:
    if override is None:
        return base
    merged = base.model_dump(exclude_none=True)
    merged.update(override.model_dump(exclude_none=True))
    return SourceMeta.model_validate(merged)


def _require_sentences(paragraphs: list[str], name: str, where: str = "") -> None:
    if not paragraphs:
        raise SourceRejected(name, f"{where}no sentences found in the text")


def _sniff(text: str, suffix: str) -> SourceFormat:
    if suffix in (".json",):
        return SourceFormat.JSON
    if suffix in (".yaml", ".yml"):
        return SourceFormat.YAML
    if suffix in (".html", ".htm", ".xhtml"):
        return SourceFormat.HTML
    if suffix in (".md", ".markdown"):
        return SourceFormat.MARKDOWN
    head = text.lstrip()[:2048]
    lower = head.casefold()
    if lower.startswith(("<!doctype html", "<html", "<?xml")) or (
        lower.startswith("<") and ("<body" in lower or "<article" in lower or "<p>" in lower)
    ):
        return SourceFormat.HTML
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            return SourceFormat.TEXT
        except RecursionError:
            return SourceFormat.JSON  # valid-looking but too deep: the JSON loader says so
        return SourceFormat.JSON
    return SourceFormat.TEXT


def load_source(
    data: bytes,
    name: str,
    *,
    meta: SourceMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_records: int = DEFAULT_MAX_RECORDS,
) -> list[RawDocument]:
    """Read one source file into its documents; explicit `meta` wins over what the file says.

    Raises SourceRejected(name, reason) for empty, oversized, binary, undecodable or
    malformed files, records with missing or wrongly typed fields, pages with no article
    and texts with no sentences.
    """
    check_size(data, name, max_bytes)
    text = decode_bytes(data, name, max_bytes=max_bytes)
    if not text.strip():
        raise SourceRejected(name, "the file is empty")
    fmt = _sniff(text, Path(name).suffix.casefold())
    if fmt is SourceFormat.JSON:
        return _load_records(_parse_json(text, name), name, fmt, meta, max_records)
    if fmt is SourceFormat.YAML:
        return _load_records(_parse_yaml(text, name), name, fmt, meta, max_records)
    if fmt is SourceFormat.HTML:
        return [_load_html(text, name, meta)]
    if fmt is SourceFormat.MARKDOWN or _FRONT_MATTER.match(text):
        return [_load_front_matter(text, name, meta, fmt)]
    cleaned = clean_text(text)
    _require_sentences(cleaned.paragraphs, name)
    base = SourceMeta(outlet=cleaned.outlet)
    return [
        RawDocument(
            source_name=name,
            source_format=SourceFormat.TEXT,
            title=cleaned.title,
            paragraphs=cleaned.paragraphs,
            meta=_merge(base, meta),
            text_date=cleaned.date,
        )
    ]


def is_sidecar(path: Path) -> bool:
    """True for a metadata file that accompanies a source (`<stem>.meta.yaml`)."""
    return path.name.casefold().endswith(SIDECAR_SUFFIXES)


def sidecar_path(path: Path) -> Path | None:
    """The sidecar beside `path`, or None; raises SourceRejected naming an unreadable one.

    A name too long for the file system to hold with a sidecar suffix simply has none.
    """
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        try:
            if candidate.is_file():
                return candidate
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                continue
            raise SourceRejected(
                candidate.name, f"metadata file cannot be read ({exc.strerror or exc})"
            ) from None
    return None


SIDECAR_MAX_BYTES = 1024 * 1024


def read_sidecar(path: Path) -> SourceMeta | None:
    """Metadata an admin wrote beside a source file, or None when there is none.

    Raises SourceRejected naming the sidecar (not the article) when it is unreadable or
    malformed, so the admin fixes the right file.
    """
    side = sidecar_path(path)
    if side is None:
        return None
    name = side.name
    try:
        with side.open("rb") as handle:
            data = handle.read(SIDECAR_MAX_BYTES + 1)
    except OSError as exc:
        raise SourceRejected(
            name, f"metadata file cannot be read ({exc.strerror or exc})"
        ) from None
    text = decode_bytes(data, name, max_bytes=SIDECAR_MAX_BYTES)
    raw = _parse_json(text, name) if side.suffix == ".json" else _parse_yaml(text, name)
    if raw is None:
        return SourceMeta()
    if not isinstance(raw, dict):
        raise SourceRejected(name, "the metadata file is not a mapping of fields")
    if "published" not in raw and "date" in raw:
        raw["published"] = raw.pop("date")
    if isinstance(raw.get("published"), dt.datetime):
        raw["published"] = raw["published"].date()
    try:
        return SourceMeta.model_validate(raw)
    except ValidationError as exc:
        raise SourceRejected(name, _field_errors(exc)) from exc
