"""Bodies that speak though no list of kinds names them: one named by its own name alone as
the subject of a statement ("“…,” Brindle Oil said in an emailed statement", "“…,” said
Tarvo Group in a statement"; a person "said in a statement" is named as a person: a mention,
a given name, an office), and one named again by a kind no name holds ("the alliance said"
after NATO, "the company says" after Gazprom)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.extract.body_names import ORG
from briefings.extract.gazetteer import TOKEN, Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.mention import Mention
from briefings.extract.name_tokens import is_given, title_like

__all__ = ["KindsRead", "firm_again", "kind_again", "kind_word", "sole_body", "statement_issuer"]

_LEX = lexicon().en
# "the alliance", "the Arctic gas company": a kind of body with lowercase words before it.
_KIND_AGAIN = re.compile(
    rf"\s*the\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?P<kind>{alternatives([*_LEX.firm_heads, *_LEX.body_kind_nouns])})\s*"
)
_DOCUMENTS = alternatives(_LEX.issued_documents)
_ISSUED = rf"in\s+(?:a|an|the|its|their)\s+(?:[a-z]+\s+){{0,2}}{_DOCUMENTS}"
# "Brindle Oil", "Tarvo Group", "Fern of Tallow": capitalised words, perhaps joined by "of"/"&".
_NAME = r"(?P<name>[A-Z][\w&’'.-]*(?:\s+(?:of|for|&|[A-Z][\w&’'.-]*)){0,4}(?<=[\w.]))"
# The subject before the verb ("Brindle Oil" + " said in a statement"); after it ("said
# Tarvo Group in a statement", the span then holds the document too).
_BEFORE = re.compile(rf"\s*{_NAME}\s*")
_VERB_ISSUED = re.compile(rf"\s+(?:has\s+|had\s+)?[a-z]{{3,}}\s+(?:[a-z]+\s+)?{_ISSUED}(?!\w)")
_AFTER = re.compile(rf"\s*{_NAME}\s+{_ISSUED}(?!\w)[^,.;:]*")
# "Brindle Energy": a capitalised word, then a word firms end their names with.
_FIRM_NAMES = alternatives(_LEX.firm_name_words)
_FIRM_NAME = re.compile(
    rf"(?<![\w-])(?P<short>[A-Z][a-z][\w-]*)\s+(?P<tail>{_FIRM_NAMES})(?![\w-])"
)
_FIRM_SUBJECT = re.compile(rf"\s*(?P<short>[A-Z][a-z][\w-]*)(?:\s+(?P<tail>{_FIRM_NAMES}))?\s*")


def statement_issuer(
    text: str, lo: int, hi: int, mentions: list[Mention], people: set[str]
) -> str | None:
    """The body the subject span `lo:hi` of `text` names when its words issue a statement and
    no person can be meant: no mention of anyone or anywhere in it, no given name, no office
    or word shaped like one, no word of a person's name the article gives (`people`: their
    words, casefolded). None otherwise."""
    found = _AFTER.fullmatch(text, lo, hi)
    if found is None:
        found = _BEFORE.fullmatch(text, lo, hi)
        if found is None or _VERB_ISSUED.match(text, hi) is None:
            return None
    start, end = found.span("name")
    if any(m.start < end and m.end > start and m.kind != Kind.ORG for m in mentions):
        return None
    name = found.group("name")
    words = [w for w in TOKEN.findall(name) if w[:1].isupper()]
    if any(is_given(w) or title_like(w) or norm(w).casefold() in people for w in words):
        return None
    known = gazetteer().index.get(tuple(norm(t) for t in TOKEN.findall(name)))
    if known is not None and known.kind != Kind.ORG:
        return None  # "Qatar said in a statement": a country, whose voice the text hides
    return name


def firm_again(
    paragraphs: Sequence[str], p: int, lo: int, hi: int, mentions: list[Mention], people: set[str]
) -> str | None:
    """'“…,” Brindle said' after 'Brindle Energy' (in the article before the attribution at
    `lo:hi` of paragraph `p`): a firm named with a word firms end names with, said again alone
    as the subject (in full or by its first word), is that firm; never when the word may be a
    person's or a place's (a mention other than a body's, a given name, a word of a person's
    name the article gives: `people`, casefolded) or two firms share it."""
    text = paragraphs[p]
    found = _FIRM_SUBJECT.fullmatch(text, lo, hi)
    if found is None:
        return None
    start, end = found.span()
    if any(m.start < end and m.end > start and m.kind != Kind.ORG for m in mentions):
        return None
    short = found.group("short")
    if is_given(short) or title_like(short) or norm(short).casefold() in people:
        return None
    known = gazetteer().index.get((norm(short),))
    if known is not None and known.kind != Kind.ORG:
        return None  # "Qatar said" after "Qatar Petroleum": the country
    before = "\n".join([*paragraphs[:p], text[:lo]])  # only once the subject may be a firm
    names = {
        f"{short} {m.group('tail')}" for m in _FIRM_NAME.finditer(before) if m["short"] == short
    }
    if found.group("tail"):
        names.add(f"{short} {found.group('tail')}")
    return names.pop() if len(names) == 1 else None


def sole_body(text: str, lo: int, hi: int, before: list[str]) -> str | None:
    """The body "the alliance" or "the company" (the span `lo:hi` of `text`) names again: the
    one body heard or named `before` it, when no body's name shows a kind of its own ("the
    Defence Ministry" is no alliance). None with none, several, or one of a named kind."""
    if _KIND_AGAIN.fullmatch(text, lo, hi) is None or len(set(before)) != 1:
        return None
    return before[0] if ORG.search(before[0]) is None else None


def kind_again(text: str, lo: int, hi: int) -> str | None:
    """The kind of body ("alliance") the span `lo:hi` of `text` names again, if it does."""
    found = _KIND_AGAIN.fullmatch(text, lo, hi)
    return found.group("kind").casefold() if found is not None else None


def kind_word(surface: str) -> bool:
    """Whether a name as written is only a kind of body ("Alliance", "the alliance"), which
    a list may take for one body (NATO) wherever it stands."""
    bare = re.sub(r"^the\s+", "", surface.strip(), flags=re.I)
    return _KIND_AGAIN.fullmatch(f"the {bare.casefold()}") is not None


def still_meant(body: str, kind: str, since: list[str]) -> bool:
    """Whether "the alliance", once read as `body`, still means it after the bodies named
    `since`: each is that body or one whose own name shows a kind other than `kind` ("the
    Defence Ministry"); a body whose name shows no kind might be another alliance."""
    return all(b == body or (ORG.search(b) is not None and kind not in b.casefold()) for b in since)


@dataclass
class KindsRead:
    """Which body each kind named again ("the alliance") was read as in one article, where,
    and how many bodies had been heard by then: "the alliance" goes on meaning NATO after a
    ministry speaks, which no alliance is."""

    read: dict[str, tuple[str, tuple[int, int], int]] = field(default_factory=dict)

    def body(
        self,
        text: str,
        lo: int,
        hi: int,
        at: tuple[int, int],
        found: str | None,
        named: list[tuple[tuple[int, int], str]],
        heard: list[str],
    ) -> str | None:
        """The body the span `lo:hi` (at paragraph and offset `at`) means: `found` (what
        `sole_body` read, remembered), or else the body the same kind was read as before,
        while `still_meant` by the bodies `named` (with where) and `heard` since."""
        kind = kind_again(text, lo, hi)
        if kind is None:
            return found
        if found is not None:
            self.read[kind] = (found, at, len(heard))
            return found
        if kind not in self.read:
            return None
        body, then, count = self.read[kind]
        since = [name for where, name in named if then < where < at]
        return body if still_meant(body, kind, [*since, *heard[count:]]) else None
