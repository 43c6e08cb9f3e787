"""What sex the text shows each person to be: a surname ending, an honorific, a role word, a
Russian verb agreeing with them, a "she" opening the sentence after theirs. A pronoun's
referent is picked by it; where nothing shows it, nothing is assumed."""

from __future__ import annotations

import itertools
import re

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import lexicon
from briefings.extract.patterns import FEMALE_PRONOUNS, FEMALE_SURNAME, MALE_SURNAME
from briefings.extract.people import People

__all__ = ["SENTENCE_END", "sexes"]

_LEX = lexicon()
SENTENCE_END = re.compile(r"[.!?…][\"”»]?\s+(?=[\"“«A-ZА-ЯЁ])")
# A Russian past-tense verb right after a name agrees with the person's sex ("Нино
# Квеселава провела", "Лавров заявил").
_RU_PAST = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:не\s+)?[а-яё]{3,}(?P<end>ла|л)(?:ся|сь)?\b")
_FEMALE_GIVEN = frozenset(_LEX.both("female_given_names"))
_FEMALE_ROLES = frozenset(w.casefold() for w in _LEX.both("female_role_words"))
_MALE_ROLES = frozenset(w.casefold() for w in _LEX.both("male_role_words"))
_OPENING_PRONOUN = re.compile(r"(?P<pronoun>He|She|Он|Она)(?![\w-])")
_HONORIFIC_SEX = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+$")


def sexes(paragraphs: list[str], people: People) -> dict[str, str]:
    """'f' or 'm' for each person whose sex the text shows: a surname ending, an honorific,
    a Russian verb agreeing with them; nothing where it does not."""
    sex: dict[str, str] = {}
    for person in people.people:
        first, last = person.name.split()[0], person.name.split()[-1]
        role = {w.casefold() for w in (person.role or "").split()}
        if first in _FEMALE_GIVEN or FEMALE_SURNAME.search(last) or role & _FEMALE_ROLES:
            sex[person.name] = "f"
        elif MALE_SURNAME.search(last) or role & _MALE_ROLES:
            sex[person.name] = "m"
    for para, mentions in people.by_para.items():
        text = paragraphs[para]
        for m in mentions:
            name = people.by_mention[id(m)]
            if name in sex:
                continue
            title = _HONORIFIC_SEX.search(text[max(0, m.start - 8) : m.start])
            verb = _RU_PAST.match(text[m.end : m.end + 80]) if CYR.search(name) else None
            if title:
                sex[name] = "m" if title.group("title") in ("Mr", "Sir") else "f"
            elif verb:
                sex[name] = "f" if verb.group("end") == "ла" else "m"
    _sex_by_pronoun(paragraphs, people, sex)
    return sex


def _sex_by_pronoun(paragraphs: list[str], people: People, sex: dict[str, str]) -> None:
    """'X has said …. She said …': a sentence naming one person, then one opening with a
    pronoun, shows that person's sex (when nothing else did)."""
    for para, mentions in people.by_para.items():
        text = paragraphs[para]
        ends = [0, *(e.end() for e in SENTENCE_END.finditer(text))]
        for lo, hi in itertools.pairwise(ends):
            lead = _OPENING_PRONOUN.match(text, hi)
            named = {people.by_mention[id(m)] for m in mentions if lo <= m.start < hi}
            if lead is not None and len(named) == 1 and (name := named.pop()) not in sex:
                sex[name] = "f" if lead.group("pronoun").casefold() in FEMALE_PRONOUNS else "m"
