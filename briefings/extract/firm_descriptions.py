"""A firm said again by what it is: "“…,” the Tarvian company said" names no firm, though
"Tarvian" is capitalised (a country has one foreign ministry, but many companies). It means
the one firm the article described before with the same place adjective, right before the
firm's name ("Tarvian energy firm Brindle") or in an apposition after it ("Brindle, the
Tarvian steel group,"); with none, or several, nobody."""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.body_names import ARTICLE
from briefings.extract.lexicon import alternatives, lexicon

__all__ = ["described_firm", "firm_adjective"]

_LEX = lexicon().en
_FIRM_HEADS = frozenset(h.casefold() for h in _LEX.firm_heads)
# "Austrian", "Chinese", "Turkish", "Dutch": a place's adjective, as roles are read.
_PLACE_ADJECTIVE = re.compile(
    rf"[A-Z][a-z-]+{alternatives(_LEX.role_adjective_endings)}"
    rf"|{alternatives([a.title() for a in _LEX.adjective_places])}"
)
_KINDS = alternatives(_LEX.firm_kind_nouns)
_NAME = r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})"
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
