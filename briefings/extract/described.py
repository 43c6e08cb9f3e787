"""A speaker given by description, not by name: the one holder of an office ("the foreign
minister", "— заявил глава МИД"), an office's acronym ("the CRO"), an age ("the
29-year-old"), a role said again ("the deminer").

Apart from `speakers` (names, and the order the rules are tried in) because these rules read
the article's roles and offices rather than a name in the attribution; `Speakers` inherits
them, so callers see one object.
"""

from __future__ import annotations

import re
from functools import cached_property

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import lexicon
from briefings.extract.offices import holds as _holds
from briefings.extract.offices import office as _office
from briefings.extract.offices import qualifiers as _qualifiers
from briefings.extract.people import People
from briefings.extract.pronouns import Pronouns
from briefings.extract.speaker import Speaker, after_preposition, shared_word, told_office

_LEX = lexicon()
_DEFINITE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.I)
_ANAPHORIC = frozenset(w.casefold() for w in _LEX.both("anaphoric_titles"))
_RU_PAST_BEFORE = re.compile(r"(?<![\w-])[а-яё]{3,}(?P<end>ла|л)(?:ся|сь)?\s*$")
_RU_PAST_AFTER = re.compile(r"\s*,?\s*[а-яё]{3,}(?P<end>ла|л)(?:ся|сь)?(?![\w-])")
# "the volunteer deminer": 'the' and one to three lowercase words, nothing else.
_THE_OCCUPATION = re.compile(r"the\s+(?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})")
# What may stand between an office and its holder's name: "of Energy, Trade and Industry".
_TITLE_RUN = re.compile(r"(?:\s*(?:[A-ZА-ЯЁ][\w’'-]*|of|and|for|the|,))*\s*")
_THE_AGED = re.compile(r"the (?P<years>\d{1,3})-year-old", re.I)
_ACRONYM_WORD = re.compile(r"(?<![\w-])[A-ZА-ЯЁ]{2,6}(?![\w-])")
# One or two capitalised words ending a text, after a lowercase word, punctuation or its start.
_RUN_BEFORE = re.compile(r"(?<![\w.-])(?:[A-Z][\w-]*\s+){1,2}$")
# "Deputy Prime Minister and [Transport] <role> X": a first office joined by "and" to the one
# the name finder kept as the role, a few capitalised words before the role's own.
_JOINT_BEFORE = re.compile(
    r"(?<![\w.-])(?P<office>(?:[A-Z][\w-]*\s+){1,4})and\s+(?:[A-Z][\w-]*\s+){0,3}$"
)


class Described:
    """The description-reading rules of `Speakers`, over the fields it declares."""

    paragraphs: list[str]
    people: People
    pronouns: Pronouns

    # Worked out only when an article has a quote to attribute: most have none.
    @cached_property
    def offices(self) -> dict[str, str]:
        # A role that names someone else ("Президент X и глава") is two offices run together
        # by the name finder: whose office it is, it cannot tell.
        surfaces: dict[str, set[str]] = {}
        for para, mentions in self.people.by_para.items():
            for m in mentions:
                words = set(self.paragraphs[para][m.start : m.end].split())
                surfaces.setdefault(self.people.by_mention[id(m)], set()).update(words)
        return {
            p.name: office[0]
            for p in self.people.people
            if p.role
            and not any(
                words & set(p.role.split()) for name, words in surfaces.items() if name != p.name
            )
            and (office := _office(p.role))
        }

    @cached_property
    def qualifiers(self) -> dict[str, set[str]]:
        return {
            p.name: _qualifiers(p.role or "") or self._written_before(p.name, p.role or "")
            for p in self.people.people
            if p.name in self.offices
        }

    def _written_before(self, name: str, role: str) -> set[str]:
        """Whose office it is from the capitalised words the text wrote right before `name`'s
        role, which the name finder left out of it ("Ruritanian Foreign Minister X" kept as
        "Foreign Minister"): "the Ruritanian minister" is still X."""
        found: set[str] = set()
        for para, mentions in self.people.by_para.items():
            text = self.paragraphs[para]
            for m in mentions:
                before = text[max(0, m.start - 80) : m.start].rstrip(" ,")
                if self.people.by_mention[id(m)] != name or not before.casefold().endswith(
                    role.casefold()
                ):
                    continue
                run = _RUN_BEFORE.search(before[: len(before) - len(role)])
                if run is not None:
                    found |= _qualifiers(run.group())
        return found

    @cached_property
    def joint_offices(self) -> dict[str, set[str]]:
        """The other office each office holder was given before the role, joined to it by
        "and" ("Deputy Prime Minister and Minister of Defence X" keeps the second as role):
        "the deputy prime minister" names X as well."""
        found: dict[str, set[str]] = {}
        for para, mentions in self.people.by_para.items():
            text = self.paragraphs[para]
            for m in mentions:
                name = self.people.by_mention[id(m)]
                role = self.roles.get(name, "")
                before = text[max(0, m.start - 160) : m.start].rstrip(" ,")
                if name not in self.offices or not before.casefold().endswith(role.casefold()):
                    continue
                joint = _JOINT_BEFORE.search(before[: len(before) - len(role)])
                run = joint.group("office").rstrip() if joint is not None else ""
                other = _office(run) if run else None
                # the office must end the run: "Prime Minister X and President Y" gives Y no
                # office of X's
                if other is not None and other[1].end() == len(run):
                    found.setdefault(name, set()).add(other[0])
        return found

    def _holders(self, office: str) -> list[str]:
        """Everyone holding `office`, as the role or as an office joined to it by "and"."""
        return [
            n
            for n, o in self.offices.items()
            if _holds(o, office) or any(_holds(j, office) for j in self.joint_offices.get(n, ()))
        ]

    def is_object(self, p: int, start: int, lo: int = 0) -> bool:
        """Whether a name (or the role phrase before it) follows a preposition after `lo`."""
        return after_preposition(self.paragraphs[p], start, lo)

    @cached_property
    def roles(self) -> dict[str, str]:
        return {person.name: person.role for person in self.people.people if person.role}

    def _aged(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'“…,” the 29-year-old said' after 'X, 29,' or 'the 29-year-old X': the one person
        the article gave that age."""
        age = _THE_AGED.fullmatch(" ".join(self.paragraphs[p][lo:hi].split()).strip(" ,.;"))
        if age is None:
            return None
        years = age.group("years")
        found: set[str] = set()
        for q in range(p + 1):
            text = self.paragraphs[q]
            for m in self.people.by_para.get(q, ()):
                after = re.match(rf"\s*,\s*{years}\s*,", text[m.end : m.end + 12])
                before = re.search(
                    rf"\b{years}-year-old(?:\s+[A-Za-z]+){{0,2}}\s+$",
                    text[max(0, m.start - 40) : m.start],
                )
                if after or before:
                    found.add(self.people.by_mention[id(m)])
        return Speaker(found.pop()) if len(found) == 1 else None

    def _office_acronym(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'the CRO (calmly) replied', where the article wrote 'Chief Returning Officer (CRO)
        Tomas Verhaal': the acronym stands for that person's office, not for a body."""
        acronyms = {a.group() for a in _ACRONYM_WORD.finditer(self.paragraphs[p], lo, hi)}
        if len(acronyms) != 1:
            return None
        opening = re.compile(rf"\({re.escape(acronyms.pop())}\)\s+")
        holders = {
            self.people.by_mention[id(m)]
            for q in range(p + 1)
            for found in opening.finditer(self.paragraphs[q])
            for m in self.people.by_para.get(q, ())
            if m.start == found.end()
        }
        return Speaker(holders.pop()) if len(holders) == 1 else None

    def _office_of_another(
        self, office: str, holder: str, p: int, lo: int, wanted: set[str]
    ) -> bool:
        """Whether the article, before `lo` of paragraph `p`, gives someone else that office
        (of the country `wanted` names, if any) as the title run right before their name
        ("Minister of Energy, Trade and Industry X" when the role finder kept only Y's): then
        "the minister" may be either."""
        for para in range(p + 1):
            text, end = self.paragraphs[para], 0
            for m in sorted(self.people.by_para.get(para, ()), key=lambda m: m.start):
                if para == p and m.start >= lo:
                    break
                start, end = max(end, m.start - 80), m.end
                if self.people.by_mention[id(m)] == holder:
                    continue
                found = _office(text[start : m.start])
                if found is None or not _holds(found[0], office):
                    continue
                if wanted and not wanted & _qualifiers(text[start : m.start]):
                    continue  # "the Tarvian minister" is not the Ruritanian one
                if _TITLE_RUN.fullmatch(text, start + found[1].end(), m.start):
                    return True
        return False

    def _titled(self, p: int, lo: int, hi: int) -> tuple[Speaker | None, bool]:
        """The one person holding the office a span names; (None, True) when an office is
        named but nobody (or more than one) fits, so nothing else may be tried."""
        text = self.paragraphs[p]
        found = _office(text[lo:hi])
        if found is None:
            return None, False
        office, match = found
        if self.is_object(p, lo + match.start(), lo):
            return None, False
        if told_office(text, lo + match.start()):
            return None, True  # "— заявил президенту X": the listener's office; nobody else
        # "the president told …" points back (or names its holder here): one the article
        # names only further on is someone the text has yet to introduce
        holders = [n for n in self._holders(office) if self._named_before(n, p, hi)]
        wanted = _qualifiers(text[lo:hi])
        if wanted:  # "the Armenian minister" is not the Azerbaijani one
            fitting = [n for n in holders if wanted & self.qualifiers[n]]
            if (
                not fitting
                and len(holders) == 1
                and not self.qualifiers[holders[0]]
                and self.pronouns.spoke(holders[0], p, lo)
                and not self._described_before(p, lo, hi)
            ):
                # "President X said …. (¶) The Tarvian leader noted …": the one holder of
                # the office, whose country the article never gave, heard speaking before
                # (not when "the Tarvian leader" stood before: someone X met, perhaps)
                fitting = holders
            holders = fitting
        if len(holders) == 1 and self._office_of_another(office, holders[0], p, lo, wanted):
            return None, True  # "the minister said" after two ministers, one's role unread
        if len(holders) == 1:
            return Speaker(holders[0]), True
        repeated = self._role_repeated(p, lo, hi)
        if repeated is not None:
            return repeated, True
        if any(lo + match.end() <= m.start < hi for m in self.people.by_para.get(p, ())):
            # "по словам представителя управления X" where X was not read as a speaker: the
            # office is X's, not the one person spoken of before
            return None, True
        definite = _DEFINITE.search(text, lo, lo + match.start()) is not None
        if office in _ANAPHORIC and (definite or CYR.search(office)):
            # "a senior official said …; “…,” the official said": someone never named.
            earlier = "\n".join([*self.paragraphs[:p], text[:lo]])
            if re.search(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(office)}", earlier, re.I
            ):
                return None, True
            return self.pronouns.nearest(p, lo, female=self._verb_sex(p, lo, hi)), True
        if definite or CYR.search(office):
            # "X объявил об этом. … — заявил американский генерал": an office
            # nobody was said to hold is the one person just spoken of whose office the
            # article never gave.
            # An office given differently ("глава аппарата кабинета" of the
            # "руководитель канцелярии кабинета") shares a word besides the office.
            near = self.pronouns.nearest(p, lo, female=self._verb_sex(p, lo, hi))
            around = text[lo : lo + match.start()] + " " + text[lo + match.end() : hi]
            if (
                near is not None
                and self.pronouns.spoke(near.name, p, lo)
                and (near.name not in self.roles or shared_word(around, self.roles[near.name]))
            ):
                return near, True
        return None, True

    def _named_before(self, name: str, p: int, pos: int) -> bool:
        """Whether the article names `name` before `pos` of paragraph `p`."""
        return any(
            self.people.by_mention[id(m)] == name and (q < p or m.start < pos)
            for q, mentions in self.people.by_para.items()
            if q <= p
            for m in mentions
        )

    def _described_before(self, p: int, lo: int, hi: int) -> bool:
        """Whether the words of the description `lo:hi` (any endings) stand earlier on."""
        words = [w for w in re.findall(r"[^\W\d_]+", self.paragraphs[p][lo:hi]) if len(w) > 3]
        if not words:
            return False
        again = re.compile(
            r"\s+".join(rf"{re.escape(w[: max(4, len(w) - 2)])}\w*" for w in words), re.I
        )
        earlier = "\n".join([*self.paragraphs[:p], self.paragraphs[p][:lo]])
        return again.search(earlier) is not None

    def _verb_sex(self, p: int, lo: int, hi: int) -> bool | None:
        """Whether the Russian past-tense verb next to an attribution is feminine ('—
        добавила дипломат', 'дипломат добавила'); None where no such verb shows it."""
        text = self.paragraphs[p]
        verb = _RU_PAST_BEFORE.search(text, max(0, lo - 40), lo) or _RU_PAST_AFTER.match(
            text, hi, hi + 40
        )
        return None if verb is None else verb.group("end") == "ла"

    def _role_repeated(self, p: int, lo: int, hi: int, *, definite: bool = False) -> Speaker | None:
        """'— сказал заместитель министра X Иван Y. … — сказал заместитель министра X': a
        second reference by the very words that stood before one person's name (the name
        finder may have kept only part of them as the role). With `definite`, 'the deminer'
        after 'Volunteer deminer X' too: an occupation no list knows, named again with 'the'."""
        phrase = " ".join(self.paragraphs[p][lo:hi].split()).strip(" ,.;").casefold()
        if definite:
            bare = _THE_OCCUPATION.fullmatch(phrase)
            if bare is None:
                return None
            phrase = bare.group("noun")
        elif len(phrase.split()) < 2:
            return None
        found: set[str] = set()
        for q in range(p + 1):
            text = self.paragraphs[q]
            for m in self.people.by_para.get(q, ()):
                if q == p and m.start >= lo:
                    continue
                before = " ".join(text[max(0, m.start - 2 * len(phrase)) : m.start].split())
                before = before.rstrip(" ,").casefold()
                if before.endswith(phrase) and not before[: -len(phrase)][-1:].isalnum():
                    found.add(self.people.by_mention[id(m)])
        return Speaker(found.pop()) if len(found) == 1 else None
