"""A Russian description of the speaker right after the verb ('«…», — сказала глава
комиссии') read as the person a pronoun there would mean, when the role the article gave
them fits it. Apart from `pronouns` (the search back for that person), which inherits it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.gazetteer import CYR, Kind
from briefings.extract.mentions import Mention
from briefings.extract.people import People
from briefings.extract.pronoun_cues import (
    AFTER_RU_VERB,
    DEPUTY,
    PREPOSITIONS,
    UNNAMED,
    shares_stem,
)
from briefings.extract.speaker import Speaker


class Descriptions:
    """`Pronouns.described`, over the fields and the search `Pronouns` declares."""

    paragraphs: list[str]
    people: People
    mentions: list[Mention]

    if TYPE_CHECKING:  # defined by `Pronouns`

        def _mentions(self, q: int) -> list[Mention]: ...

        def _name(self, m: Mention) -> str: ...

        def nearest(self, p: int, pos: int, *, female: bool | None = None) -> Speaker | None: ...

        def spoke(self, name: str, p: int, pos: int) -> bool: ...

    def described(self, p: int, lo: int, hi: int, female: bool | None) -> Speaker | None:
        """'«…», — сказала глава комиссии': Russian, right after the verb, describes the
        speaker by a lowercase head (and whose it is) instead of naming them; that is the
        person a pronoun there would mean, when the article gave them no office or one sharing
        a stem with the description (never an unnamed source: 'источник', 'представитель')."""
        text = self.paragraphs[p]
        words = text[lo:hi].split()
        if not 0 < len(words) <= 5 or not AFTER_RU_VERB.search(text, max(0, lo - 30), lo):
            return None
        # the head is lowercase; its owner may be named ("глава Минэнергетики", "Южной Кореи")
        if not words[0].islower() or not CYR.search(text[lo:hi]):
            return None
        if UNNAMED.match(words[0]) or words[0].casefold() in PREPOSITIONS:
            return None
        near = self.nearest(p, lo, female=female)
        if near is None or not self.spoke(near.name, p, lo):
            return None
        role = next((x.role for x in self.people.people if x.name == near.name), None)
        if role is None:
            return near
        if self._deputy(near.name, p) != bool(DEPUTY.search(text, lo, hi)):
            return None  # "— отметил глава X" of X's deputy director: not the one meant
        # "глава МИД России" of the president of Russia: the place is not the office; only
        # where the owner is a place alone ("глава Южной Кореи") may the place decide
        places = [(m.start, m.end) for m in self.mentions if m.para == p and m.kind == Kind.PLACE]
        own = [w for w in re.finditer(r"\S+", text[lo:hi]) if not _inside(lo + w.start(), places)]
        if len(own) > 1:
            words = [w.group() for w in own]
        return near if shares_stem(words, role.split()) else None

    def _deputy(self, name: str, p: int) -> bool:
        """Whether `name` is brought in, up to paragraph `p`, with a deputy's word right
        before ("заместитель генерального директора X Y")."""
        return any(
            self._name(m) == name
            and DEPUTY.search(self.paragraphs[q], max(0, m.start - _ROLE_REACH), m.start)
            for q in range(p + 1)
            for m in self._mentions(q)
        )


#: Characters before a name its role may take.
_ROLE_REACH = 100


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)
