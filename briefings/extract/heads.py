"""A body's head named by the body alone: "— отметил глава MOL", "“…,” the Brindle chief
said" is the one person the article gave a role heading that body ("генеральный директор
компании MOL X", "Brindle chief executive Y"). The body is named by its own name (capitalised
or an acronym); a role of that body that heads nothing ("вице-президент MOL") is no head."""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefings.extract.gazetteer import TOKEN, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.people import People

__all__ = ["body_head", "headed_before", "names_head"]

_LEX = lexicon()
_HEADS = alternatives(_LEX.both("head_titles"))
_BODY = r"(?P<body>[A-Z][\w&-]*|[«\"“][^«»\"“”]{2,30}[»\"”])"
# "глава MOL", "главы «Норвика»", "the head of Brindle"; "the Brindle chief".
# "— рассказал глава «Норвика» в эфире телеканала": where or when he said it may follow the
# body (a lowercase word after the preposition; "глава MOL в Венгрии" heads a branch).
_SAID_WHERE = r"(?:\s+(?:в|во|на|при)\s+[а-яё][^.;:!?]*)?"
_HEAD_OF = (
    re.compile(rf"\s*(?:[Tt]he\s+)?(?i:{_HEADS})\s+(?:of\s+(?:the\s+)?)?{_BODY}{_SAID_WHERE}\s*"),
    re.compile(rf"\s*[Tt]he\s+{_BODY}\s+(?i:{_HEADS})\s*"),
)
# The same in either script: "глава МАГАТЭ" names the head of a body as surely as "глава MOL".
_HEADED = re.compile(
    rf"\s*(?:[Tt]he\s+)?(?i:{_HEADS})\s+(?:of\s+(?:the\s+)?)?"
    rf"(?:[A-ZА-ЯЁ][\w&-]*|[«\"“][^«»\"“”]{{2,30}}[»\"”]){_SAID_WHERE}\s*"
)
_DEPUTY = rf"(?<![\w-])(?i:{alternatives(_LEX.both('deputy_words'))})"
# A role that heads: a head's office first, perhaps after the body's name ("Brindle chief
# executive"), never after a deputy's word ("Deputy Chief", "заместитель главы").
_HEAD_ROLE = re.compile(rf"\s*(?:(?!{_DEPUTY}(?![\w-]))[A-ZА-ЯЁ][\w&-]*\s+)?(?i:{_HEADS})")


def _key(name: str) -> tuple[str, ...]:
    return tuple(norm(t).casefold() for t in TOKEN.findall(name))


def body_head(text: str, lo: int, hi: int, roles: Mapping[str, str], article: str) -> str | None:
    """The one person whose role (in `roles`, by name) heads the body the span `lo:hi` of
    `text` names as headed ("глава MOL"); None with none or several, or when the `article`
    names a deputy of that body anywhere ("заместитель гендиректора компании MOL": a role
    finder may keep only the office the deputy stands in for)."""
    found = _HEAD_OF[0].fullmatch(text, lo, hi) or _HEAD_OF[1].fullmatch(text, lo, hi)
    if found is None:
        return None
    body = _key(found.group("body"))
    if not body:
        return None
    stem = re.escape(found.group("body").strip('«»"“”')[: max(3, len(body[0]) - 2)])
    if re.search(rf"{_DEPUTY}\s+(?:[\w-]+\s+){{0,5}}?[«\"“]?{stem}", article) is not None:
        return None
    holders = {
        name
        for name, role in roles.items()
        if _HEAD_ROLE.match(role) and _holds_words(_key(role), body)
    }
    return holders.pop() if len(holders) == 1 else None


def _holds_words(role: tuple[str, ...], body: tuple[str, ...]) -> bool:
    """Whether the words of `body` stand together in `role` (the first word in any case)."""
    n = len(body)
    return any(
        role[i : i + n][1:] == body[1:] and role[i].startswith(body[0][: max(3, len(body[0]) - 2)])
        for i in range(len(role) - n + 1)
    )


def names_head(text: str, lo: int, hi: int) -> bool:
    """Whether the span `lo:hi` names a body's head by the body ("глава МАГАТЭ"): a person,
    whoever holds the post, never the body itself."""
    return _HEADED.fullmatch(text, lo, hi) is not None


def headed_before(paragraphs: list[str], people: People, p: int, lo: int, hi: int) -> str | None:
    """The one person the article names right after the words of the span `lo:hi` ("глава
    МАГАТЭ Рафаэль Гросси" before "— подчеркнул глава МАГАТЭ"); else None."""
    phrase = " ".join(paragraphs[p][lo:hi].split()).casefold()
    found = {
        people.by_mention[id(m)]
        for q, mentions in people.by_para.items()
        for m in mentions
        if " ".join(paragraphs[q][: m.start].split()).casefold().endswith(phrase)
    }
    return found.pop() if len(found) == 1 else None
