"""The loaders' vocabulary, read once from `briefings/data/` into typed structures.

`boilerplate.yaml` lists site furniture (menus, share buttons, legal lines, known outlets);
`stamps.yaml` lists what carries metadata (page stamps, wire datelines, credits, bylines).
Tuning what counts as furniture or a stamp is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]
    starts: re.Pattern[str]
    hints: tuple[str, ...]
    contains: re.Pattern[str]
    banners: dict[str, str]
    domains: dict[str, str]
    names: dict[str, str]
    sections: frozenset[str]
    #: The Russian name of an agency known by its English one, for pages in Cyrillic.
    cyrillic_names: dict[str, str]
    #: Picture agencies (casefolded): a copyright line naming one credits a photo.
    photo_agencies: frozenset[str] = frozenset()
    #: A news agency's abbreviations that are words of its quoted name ("РИА «X»"), casefolded.
    agency_prefixes: frozenset[str] = frozenset()
    #: Labels of a picture a scrape glues after the headline ("PHOTO"), casefolded.
    caption_words: frozenset[str] = frozenset()
    #: The last words of newspapers' names ("Times", "Herald"), casefolded: a masthead's.
    press_titles: frozenset[str] = frozenset()
    #: Phrases naming a picture's planes ("in the foreground"): an image's description.
    picture_planes: re.Pattern[str] | None = None
    #: What a notice of any length opens with (a cookie banner): furniture however long.
    notices: re.Pattern[str] | None = None
    domain_re: re.Pattern[str] = field(init=False)
    name_re: re.Pattern[str] = field(init=False)

    def matches(self, text: str) -> bool:
        """True when a (short) line is known site furniture."""
        if self.starts.match(text):
            return True
        lower = text.casefold()
        return any(h in lower for h in self.hints) and bool(self.contains.search(text))

    def known_outlet(self, name: str) -> str | None:
        """The canonical name of an outlet the vocabulary knows by this name or banner."""
        key = name.strip(" .,:;/").casefold()
        return self.banners.get(key) or self.names.get(key) or self.domains.get(key)

    def __post_init__(self) -> None:
        alternation = "|".join(re.escape(d) for d in sorted(self.domains, key=len, reverse=True))
        object.__setattr__(self, "domain_re", re.compile(rf"(?i)\b({alternation})\b"))
        names = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
        object.__setattr__(self, "name_re", re.compile(rf"(?i)(?<!\w)({names})(?!\w)"))


@dataclass(frozen=True)
class Stamps:
    """Page stamps: prefixes glued to a line, glued bylines, and whole stamp lines."""

    prefixes: tuple[re.Pattern[str], ...]
    bylines: tuple[re.Pattern[str], ...]
    lines: tuple[re.Pattern[str], ...]
    lead_credits: tuple[re.Pattern[str], ...]
    tail_credits: tuple[re.Pattern[str], ...]
    relayed_credits: tuple[re.Pattern[str], ...]
    #: Lines of their own where a page names itself ("Больше новостей на X").
    own_lines: tuple[re.Pattern[str], ...]
    event_cues: frozenset[str]  # casefolded whole lines
    #: An editor's note in brackets the outlet signs ("(… . — Name)"), in any paragraph.
    glosses: tuple[re.Pattern[str], ...] = ()
    #: Where a wire dateline starts inside a line a scrape glued to its headline.
    glued_datelines: re.Pattern[str] | None = None
    #: A site's suffix on the headline naming the outlet and the date ("… - Wire, 04.11.2024").
    title_suffixes: tuple[re.Pattern[str], ...] = ()
    #: The agency signing off the story's last paragraph ("… said. - HNS").
    sign_offs: tuple[re.Pattern[str], ...] = ()
    #: A lead's "…, X reports." whose name the page's furniture must also show.
    confirmed_tails: tuple[re.Pattern[str], ...] = ()
    #: A phrase only a page says of itself, anywhere in the lead ("…, X can report.").
    own_credits: tuple[re.Pattern[str], ...] = ()
    #: Words a date stamp is made of besides its date and clock ("Last updated on"), casefolded.
    stamp_words: frozenset[str] = frozenset()
    #: Matches at a line's start where some prefix or byline does: most lines carry none, and
    #: one pass of the engine tells so faster than trying each pattern in turn.
    any_prefix: re.Pattern[str] = field(init=False)
    #: The same test for the stamp lines held to a line's start, and the other stamp lines.
    any_anchored_line: re.Pattern[str] = field(init=False)
    free_lines: tuple[re.Pattern[str], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "any_prefix", either(self.prefixes + self.bylines))
        anchored = tuple(p for p in self.lines if at_start(p))
        object.__setattr__(self, "any_anchored_line", either(anchored))
        free = tuple(p for p in self.lines if not at_start(p))
        object.__setattr__(self, "free_lines", free)


_GROUP_NAME = re.compile(r"(?<!\\)\(\?P<\w+>")


def at_start(pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` can only match at the start of a string: it opens with '^' and has
    no alternative outside a group (where '^' would not hold), and '^' means no line's start."""
    if not pattern.pattern.startswith("^") or pattern.flags & re.MULTILINE:
        return False
    depth, escaped, in_class, opened = 0, False, False, -1
    for i, ch in enumerate(pattern.pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            # "[]…]" and "[^]…]": a bracket first in a class is one of its characters.
            first = i == opened + 1 or (i == opened + 2 and pattern.pattern[opened + 1] == "^")
            in_class = ch != "]" or first
        elif ch == "[":
            in_class, opened = True, i
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


def either(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches wherever any of `patterns` does (their groups unnamed, so that
    two may share a name); a test only, the patterns themselves say what matched."""
    flags = {p.flags for p in patterns} or {0}
    if len(flags) > 1:
        raise ValueError("patterns compiled with different flags cannot share one test")
    joined = "|".join(f"(?:{_GROUP_NAME.sub('(?:', p.pattern)})" for p in patterns)
    return re.compile(joined, flags.pop())


def _data(name: str) -> Any:
    text = resources.files("briefings").joinpath(f"data/{name}").read_text("utf-8")
    return yaml.safe_load(text)


def _phrases(items: Any) -> re.Pattern[str] | None:
    """One case-blind pattern finding any of these phrases as whole words (None: none)."""
    phrases = [re.escape(str(x)) for x in items]
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(phrases)})(?!\w)") if phrases else None


@lru_cache(maxsize=1)
def boilerplate() -> Boilerplate:
    raw = _data("boilerplate.yaml")
    return Boilerplate(
        lines=frozenset(str(x).casefold() for x in raw["lines"]),
        starts=re.compile("|".join(f"(?:{p})" for p in raw["starts"]), re.IGNORECASE),
        hints=tuple(str(h).casefold() for h in raw["hints"]),
        contains=re.compile("|".join(f"(?:{p})" for p in raw["contains"]), re.IGNORECASE),
        banners={str(k).casefold(): str(v) for k, v in raw["outlet_banners"].items()},
        domains={str(k).casefold(): str(v) for k, v in raw["outlet_domains"].items()},
        names={str(k).casefold(): str(v) for k, v in raw["outlet_names"].items()},
        sections=frozenset(str(x).casefold() for x in raw["sections"]),
        cyrillic_names={
            str(k): str(v) for k, v in (raw.get("outlet_cyrillic_names") or {}).items()
        },
        photo_agencies=frozenset(str(x).casefold() for x in raw.get("photo_agencies") or ()),
        agency_prefixes=frozenset(str(x).casefold() for x in raw.get("agency_prefixes") or ()),
        caption_words=frozenset(str(x).casefold() for x in raw.get("caption_words") or ()),
        press_titles=frozenset(str(x).casefold() for x in raw.get("press_titles") or ()),
        picture_planes=_phrases(raw.get("picture_planes") or ()),
        notices=re.compile("|".join(f"(?:{p})" for p in raw["notices"]), re.IGNORECASE)
        if raw.get("notices")
        else None,
    )


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names of the gazetteer's places and their aliases, casefolded: a page's header that
    is one ("Jordan" over a story on Jordan) is a section or a tag, never the site's name.
    Read from the gazetteer's data, since the loaders run before (and apart from) `extract`."""
    raw = _data("gazetteer.yaml")
    return frozenset(
        str(alias).casefold()
        for item in raw.get("places") or ()
        for alias in (item["name"], *(item.get("aliases") or ()))
    )


@lru_cache(maxsize=1)
def stamps() -> Stamps:
    raw = _data("stamps.yaml")
    return Stamps(
        prefixes=tuple(re.compile(str(p)) for p in raw["prefixes"]),
        bylines=tuple(re.compile(str(p)) for p in raw["bylines"]),
        lines=tuple(re.compile(str(p)) for p in raw["lines"]),
        lead_credits=tuple(re.compile(str(p)) for p in raw["credits"]["lead"]),
        tail_credits=tuple(re.compile(str(p)) for p in raw["credits"]["tail"]),
        relayed_credits=tuple(re.compile(str(p)) for p in raw["credits"].get("relayed", ())),
        own_lines=tuple(re.compile(str(p)) for p in raw["credits"].get("own_lines", ())),
        event_cues=frozenset(str(x).casefold() for x in raw["event_cues"]),
        glosses=tuple(re.compile(str(p)) for p in raw["credits"].get("glosses", ())),
        glued_datelines=re.compile("|".join(f"(?:{p})" for p in raw["glued_datelines"]))
        if raw.get("glued_datelines")
        else None,
        title_suffixes=tuple(re.compile(str(p)) for p in raw.get("title_suffixes") or ()),
        sign_offs=tuple(re.compile(str(p)) for p in raw["credits"].get("sign_offs", ())),
        confirmed_tails=tuple(
            re.compile(str(p)) for p in raw["credits"].get("confirmed_tails", ())
        ),
        stamp_words=frozenset(str(x).casefold() for x in raw.get("stamp_words") or ()),
        own_credits=tuple(re.compile(str(p)) for p in raw["credits"].get("own_in_lead", ())),
    )
