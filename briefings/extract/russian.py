"""Russian case forms of names and roles: 'Мгера Григоряна' is 'Мгер Григорян'.

Articles name people in every case ('встретился с вице-премьером Мгером Григоряном'); the
stored name and role are nominative, and the role noun's own ending tells whether the name
after it is inflected.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import lexicon
from briefings.extract.patterns import CASE_NOUNS, RU_ROLE_BEFORE, RU_ROLE_CASE

_RU = lexicon().ru
_OBLIQUE_ADJECTIVE = re.compile(r"([а-яё-]{2,}?)(ого|его|ому|ему|ым|им)(?=\s)", re.I)


def last_role(before: str) -> re.Match[str] | None:
    """The role nearest the name: in 'Аналитик X встретился с экономистом Y', Y's is the second."""
    found = RU_ROLE_BEFORE.search(before)
    while found is not None:
        later = RU_ROLE_BEFORE.search(before, found.end("head"))
        if later is None:
            break
        found = later
    return found


def _nominative_endings(stem: str) -> frozenset[str]:
    role = CASE_NOUNS[stem.casefold()]
    return frozenset({role.nominative}) if role.nominative == "а" else _RU.nominative_endings


def oblique_role(role: str) -> bool:
    """True when a Russian role noun is not in the nominative ('вице-премьера', 'министром')."""
    m = RU_ROLE_CASE.match(role)
    if m is None:
        return False
    return m.group("end") not in _nominative_endings(m.group("stem"))


def nominative_name(name: str) -> str:
    """'Мгера Григоряна' → 'Мгер Григорян': undo the case ending of an unknown Russian name."""
    out = []
    for token in name.split():
        for ending, replacement in _RU.name_case_endings:
            if token.endswith(ending) and len(token) - len(ending) >= 3:
                token = token[: -len(ending)] + replacement
                break
        out.append(token)
    return " ".join(out)


def nominative_role(role: str) -> str:
    """'главой МИД Азербайджана' → 'глава МИД Азербайджана': a role's head noun in nominative."""
    m = RU_ROLE_CASE.match(role)
    if not m:
        return role
    stem = m.group("stem")
    head = stem + (CASE_NOUNS[stem.casefold()].nominative or "")
    adjectives = _OBLIQUE_ADJECTIVE.sub(_nominative_adjective, role[: m.start("stem")])
    return adjectives + head + role[m.end() :]


def _nominative_adjective(m: re.Match[str]) -> str:
    """'армянского' → 'армянский', 'нового' → 'новый': an adjective before a role noun."""
    stem, ending = m.group(1), m.group(2)
    soft = stem[-1] in "кгхжшчщ" or ending[0] in "еи"
    return stem + ("ий" if soft else "ый")
