"""Russian bodies that speak in the locative, with a plural verb and no subject, where the
body finder names none: an acronym alone ("— пояснили в НАК") is that body; a kind of body
with its owner's name and perhaps a lowercase adjective ("— заявили в дипломатическом
ведомстве Тарвии") is the one body of that kind and owner named before.

Apart from `bodies` because these read only the attribution and the bodies named earlier,
never a list of kinds; each answers None rather than guess between two bodies."""

from __future__ import annotations

import re

from briefings.extract.body_names import ACRONYM, ORG, known_body, org_name, proper_body, same_kind
from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.lexicon import lexicon

__all__ = ["earlier_bodies", "located_again", "located_body", "without_preposition"]

_RU = lexicon().ru
_LOCATIVE_HEADS = {k.casefold(): v for k, v in _RU.locative_heads.items()}
_ANY_KIND = frozenset(_RU.any_body_heads)
_VOICES = frozenset(_RU.press_service_heads)
# A plural past verb with no subject ("пояснили", "заявили") next to the locative phrase.
_PLURAL_BEFORE = re.compile(r"(?<![\w-])[а-яё]{3,}ли(?:сь)?\s*$")
_PLURAL_AFTER = re.compile(r"\s*[а-яё]{3,}ли(?:сь)?(?![\w-])")
_IN = r"\s*(?:в|во|В|Во)\s+"
# What may end the phrase: a credit in brackets ("(цитата по …)"), nothing else.
_BRACKETS = r"(?:\s*\([^()]*\))?\s*"
_IN_ACRONYM = re.compile(rf"{_IN}(?P<acronym>[A-ZА-ЯЁ]{{2,8}}){_BRACKETS}")
# "в дипломатическом ведомстве Тарвии": up to two lowercase adjectives in the locative, a
# kind of body, one capitalised owner in the genitive.
_IN_KIND_OF = re.compile(
    rf"{_IN}(?:[а-яё-]+(?:ом|ем|ой)\s+){{0,2}}(?P<head>[а-яё-]+)\s+(?P<owner>[А-ЯЁ][а-яё-]+)"
    rf"{_BRACKETS}"
)
# A body's name the finder ran a sentence-opening preposition into ("В МИД Тарвии сообщили").
_LEADING_PREPOSITION = re.compile(r"^(?:В|Во|На)\s+(?=[A-ZА-ЯЁ])")


def without_preposition(name: str) -> str:
    """A body's name without a capitalised preposition run into its front."""
    return _LEADING_PREPOSITION.sub("", name)


def earlier_bodies(paragraphs: list[str], p: int, pos: int) -> list[str]:
    """The bodies named by their own name in paragraph `p` before `pos` and in the ones
    before it, in order."""
    out: list[str] = []
    for q in range(p + 1):
        text = paragraphs[q][: pos if q == p else None]
        out.extend(
            without_preposition(known_body(org_name(m)))
            for m in ORG.finditer(text)
            if proper_body(m)
        )
    return out


def _plural_verb(text: str, lo: int, hi: int) -> bool:
    return bool(_PLURAL_BEFORE.search(text, max(0, lo - 30), lo) or _PLURAL_AFTER.match(text, hi))


def located_body(text: str, lo: int, hi: int, earlier: list[str]) -> str | None:
    """The body the locative attribution `lo:hi` of `text` names, given the bodies named
    `earlier`: an acronym alone (the one earlier body whose name it opens, "МИД" of "МИД
    Тарвии", or else itself, unless the gazetteer knows it as a place); a kind of body and
    its owner (the one earlier body of that kind whose name holds the owner). None otherwise."""
    if not _plural_verb(text, lo, hi):
        return None
    found = _IN_ACRONYM.fullmatch(text, lo, hi)
    if found is not None:
        acronym = found.group("acronym")
        known = gazetteer().index.get((norm(acronym),))
        if known is not None and known.kind != Kind.ORG:
            return None  # "в США заявили": a country's voice, not a body's
        fuller = {b for b in earlier if b.startswith(acronym + " ")}
        if len(fuller) > 1:
            return None
        return fuller.pop() if fuller else acronym
    found = _IN_KIND_OF.fullmatch(text, lo, hi)
    if found is None:
        return None
    kind = _LOCATIVE_HEADS.get(found.group("head").casefold())
    if kind is None:
        return None
    owner = found.group("owner")
    bodies = {
        b for b in earlier if owner in b.split() and (kind in _ANY_KIND or same_kind(b, kind))
    }
    return bodies.pop() if len(bodies) == 1 else None


# "— отметили в дипмиссии", "— добавили в заявлении": a plural verb and, in the locative, only
# lowercase words (a kind of body or a document), perhaps after whom it was told ("«Известиям»").
_TOLD = r"(?:\s*«[^«»]{1,30}»)?"
_IN_DESCRIBED = re.compile(rf"{_TOLD}{_IN}(?:[а-яё-]+\s+){{0,2}}[а-яё-]+\s*")
# A body named in the locative with a plural verb before the quote: "сообщили «Известиям» в
# посольстве России", "как подчеркнули в офисе X"; "В «X» уточнили".
_NAMED = r"(?P<who>«[^«»]{2,40}»|(?:[а-яё-]+\s+)?[А-ЯЁA-Z][\w-]*(?:\s+[А-ЯЁA-Z][\w-]*)?)"
_LOCATED_AFTER = re.compile(
    rf"(?<![\w-])[а-яё]{{3,}}ли(?:сь)?(?:{_TOLD}|\s+[а-яё]{{3,}})\s+(?:в|во)\s+{_NAMED}"
)
_LOCATED_BEFORE = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?:В|Во)\s+{_NAMED}\s+[а-яё]{{3,}}ли(?:сь)?(?![\w-])"
)


_AGAIN_REACH = 2  # paragraphs back


def located_again(paragraphs: list[str], p: int, lo: int, hi: int) -> str | None:
    """'В посольстве X сообщили, что … (¶) «…», — отметили в дипмиссии': the body the latest
    plural-verb attribution in this paragraph (before `lo`) or the nearest before it named in the
    locative (or a few before it), which the lowercase words of the attribution `lo:hi`
    describe again."""
    text = paragraphs[p]
    if not _plural_verb(text, lo, hi) or _IN_DESCRIBED.fullmatch(text, lo, hi) is None:
        return None
    for q in range(p, max(-1, p - _AGAIN_REACH - 1), -1):
        before = paragraphs[q][: lo if q == p else None]
        found = sorted(
            [*_LOCATED_AFTER.finditer(before), *_LOCATED_BEFORE.finditer(before)],
            key=lambda m: m.start("who"),
        )
        if found:
            return _spoken_for(found[-1].group("who").strip("«»"))
    return None


def _spoken_for(named: str) -> str | None:
    """The body a locative antecedent names: a press service speaks for its owner, credited
    (as `bodies` does) only when written as an acronym ("пресс-службе КТК" is КТК); None when
    the owner is written otherwise, since it stands in the genitive."""
    head, _, owner = named.partition(" ")
    if _LOCATIVE_HEADS.get(head.casefold()) not in _VOICES:
        return named
    return owner if ACRONYM.fullmatch(owner) else None
