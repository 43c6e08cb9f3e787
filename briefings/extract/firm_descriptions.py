"""A firm or an outlet said again by what it is. "“…,” the Tarvian company said" names no
firm, though "Tarvian" is capitalised (a country has one foreign ministry, but many
companies): it means the one firm the article described before with the same place
adjective, right before the firm's name ("Tarvian energy firm Brindle") or in an apposition
after it ("Brindle, the Tarvian steel group,"). "“…,” the publication writes" means the one
body the article named right after that kind ("the weekly publication Harbour Post"). With
none, or several, nobody."""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.body_names import ARTICLE
from briefings.extract.gazetteer import TOKEN, Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import is_given, title_like

__all__ = ["described_again", "described_firm", "firm_adjective", "named_by_kind"]

_LEX = lexicon().en
_FIRM_HEADS = frozenset(h.casefold() for h in _LEX.firm_heads)
# "Austrian", "Chinese", "Turkish", "Dutch": a place's adjective, as roles are read.
_PLACE_ADJECTIVE = re.compile(
    rf"[A-Z][a-z-]+{alternatives(_LEX.role_adjective_endings)}"
    rf"|{alternatives([a.title() for a in _LEX.adjective_places])}"
    rf"|{alternatives(_LEX.plain_nationalities)}"
)
_KINDS = alternatives(_LEX.firm_kind_nouns)
_NAME = r"(?P<name>[A-Z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*){0,2}(?<!\.))"
# Lowercase words of what the firm does ("oil and gas", "state-owned energy").
_TRADE = r"(?:[a-z][\w-]*\s+){0,5}?"


def firm_adjective(found: re.Match[str]) -> str | None:
    """The place adjective of an ORG match that is only that and a firm's head ("the Austrian
    company"), or None for any other name ("the Austrian Energy Company", "the ministry")."""
    mods = ARTICLE.sub("", found.group("mods")).split()
    head = found.group("org")[len(found.group("mods")) :].strip()
    if head.casefold() not in _FIRM_HEADS or found.group("tail") or len(mods) != 1:
        return None
    return mods[0] if _PLACE_ADJECTIVE.fullmatch(mods[0]) else None


@cache
def _described(adjective: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    adj = re.escape(adjective)
    return (
        re.compile(rf"(?<![\w-]){adj}\s+{_TRADE}{_KINDS}\s+{_NAME}(?=[\s,.;:]|$)"),
        re.compile(rf"(?<![\w-]){_NAME},\s+(?:the|an?)\s+{adj}\s+{_TRADE}{_KINDS}(?![\w-])"),
    )


def described_firm(before: str, adjective: str) -> str | None:
    """The one firm `before` (the article up to the attribution) describes with `adjective`."""
    names = {m.group("name") for p in _described(adjective) for m in p.finditer(before)}
    return names.pop() if len(names) == 1 else None


_AGAIN_KINDS = alternatives(
    sorted({*_LEX.firm_kind_nouns, *_LEX.media_kind_nouns, *_LEX.body_kind_nouns})
)
# "the publication", "the Slovak daily", "the energy firm", "the bloc": a kind, perhaps after
# two words.
_KIND_AGAIN = re.compile(rf"\s*the\s+(?:[\w-]+\s+){{0,2}}?(?P<kind>{_AGAIN_KINDS})\s*", re.I)


def described_again(text: str, lo: int, hi: int, before: str, people: set[str]) -> str | None:
    """The body the subject span `lo:hi` of `text` ("the publication") names again: the one
    name written right after that kind in the article `before` it ("publication Harbour
    Post"), when no word of it may be a person's (a given name, an office's word, a word of
    a name in `people`, casefolded) or a place's or person's the gazetteer knows."""
    found = _KIND_AGAIN.fullmatch(text, lo, hi)
    if found is None:
        return None
    kind = re.escape(found.group("kind").casefold())
    names = {
        m.group("name") for m in re.finditer(rf"(?<![\w-]){kind}\s+{_NAME}(?=[\s,.;:]|$)", before)
    }
    return _body_name(names.pop(), people) if len(names) == 1 else None


# "Kelmora" alone as the subject: one to three capitalised words and nothing else.
_BARE_NAME = re.compile(r"\s*(?P<name>[A-Z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*){0,2}(?<!\.))\s*")


def named_by_kind(text: str, lo: int, hi: int, before: str, people: set[str]) -> str | None:
    """'“…,” Kelmora said' after 'energy giant Kelmora' (in the article `before` it): a name
    the article wrote right after a kind of body is that body, speaking under its own name;
    never when a word of it may be a person's or place's (see `described_again`)."""
    found = _BARE_NAME.fullmatch(text, lo, hi)
    if found is None:
        return None
    name = re.escape(found.group("name"))
    described = re.search(rf"(?<![\w-]){_AGAIN_KINDS}\s+{name}(?=[\s,.;:’']|$)", before)
    return _body_name(found.group("name"), people) if described is not None else None


def _body_name(name: str, people: set[str]) -> str | None:
    """`name`, unless a word of it may be a person's (a given name, an office's word, a word
    of a name in `people`, casefolded) or the gazetteer knows it as a place or person."""
    words = TOKEN.findall(name)
    if any(is_given(w) or title_like(w) or norm(w).casefold() in people for w in words):
        return None
    known = gazetteer().index.get(tuple(norm(w) for w in words))
    return name if known is None or known.kind == Kind.ORG else None
