"""Whether a person named in a paragraph is who speaks there: the subject of a speech verb,
the genitive of 'according to', or only a name's suffix ('Jr') that names no one. Pronoun
resolution weighs the people before a 'he' by these tests."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from briefings.extract.mentions import Mention
from briefings.extract.patterns import ROLE_BEFORE, VERB, VERB_AFTER_NAME, VERB_BEFORE_NAME
from briefings.extract.russian import last_role

SUFFIXES = frozenset({"jr", "sr"})
# An agency told, between a speech verb and a role ("заявил ТАСС пресс-секретарь …").
_TOLD_AGENCY = re.compile(r"\s[A-ZА-ЯЁ]{2,}(?=\s)")
_ACCORDING_TO = re.compile(r"(?:according\s+to|по\s+(?:словам|мнению|оценке))\s+$", re.I)
# A body's quoted name inside a role ("гендиректор «Росатома»"): one word of it.
_QUOTED_NAME = re.compile(r"\s[«\"„“][^«»\"“”„\s]{2,40}[»\"“”](?=\s)")


# "… by X (AB), who hailed …", "with X – the team's captain – having described …": a name a
# preposition governs that is the subject of the speech in the clause after it.
_CLAUSE_SPEECH = re.compile(
    r"\s*(?:\([^()]{1,30}\))?"
    r"(?:\s*[,–—]\s*[^,–—()\"“”«»]{1,80}?\s*[,–—])?"
    rf"(?:\s*,\s*who|\s+having)\s+(?:[a-z]+ly\s+)?{VERB}(?![\w-])"
)


def speaks_in_clause(text: str, m: Mention) -> bool:
    """Whether a name is the subject of a 'who said' or 'having said' clause right after it."""
    return _CLAUSE_SPEECH.match(text, m.end) is not None


def clause_objects(text: str, found: Iterable[Mention]) -> set[int]:
    """Where the names stand that such a clause's verb takes as its object ("having
    described Y as …"): Y is spoken of, not speaking."""
    ends = (c.end() for m in found if (c := _CLAUSE_SPEECH.match(text, m.end)))
    return {e + len(text[e:]) - len(text[e:].lstrip()) for e in ends}


def suffix_only(text: str, m: Mention) -> bool:
    """Whether a mention is a name's suffix alone ('Jr' of 'Marcos Jr.'), no one's name."""
    return text[m.start : m.end].strip(" .").casefold() in SUFFIXES


def speaks(text: str, m: Mention) -> bool:
    """Whether a mention is the subject of a speech verb: 'X said', 'said X', 'Об этом
    заявил ТАСС пресс-секретарь … X' (a role, and an agency told, between verb and name)."""
    # "заявил гендиректор "Росатома" X": a body's quoted name inside the role is one word of it
    before = _QUOTED_NAME.sub(" Q ", text[max(0, m.start - 120) : m.start])
    role = ROLE_BEFORE.search(before) or last_role(before)
    if role is not None:
        before = _TOLD_AGENCY.sub(" ", before[: role.start("role")])
    return (
        VERB_AFTER_NAME.match(text[m.end : m.end + 80]) is not None
        or VERB_BEFORE_NAME.search(before[-80:]) is not None
    )


def attributed_to(text: str, m: Mention) -> bool:
    """'По мнению Лаврова, …', 'according to X': a name in the genitive that is a subject."""
    return _ACCORDING_TO.search(text[max(0, m.start - 30) : m.start]) is not None


def letter_off(word: str, names: Iterable[str]) -> set[str] | None:
    """The people whose surname `word` (casefolded) is a letter away from, a slip of the pen
    ("Vardenka" of Vardenko, "Rute" of Rutte); None when one is a surname of the other sex
    ("лебедева" of Лебедев): no slip, and nobody it may slip from."""
    found = {n for n in names if Levenshtein.distance(word, n.split()[-1].casefold()) == 1}
    if any(word in (s + "а", s[:-1]) for s in (n.split()[-1].casefold() for n in found)):
        return None
    return found


def slipped(word: str, names: list[str]) -> set[str]:
    """The people whose surname `word` (casefolded, at least five letters) slips from
    (`letter_off`); nobody for a shorter word or a surname of the other sex."""
    return (letter_off(word, names) or set()) if len(word) >= 5 else set()
