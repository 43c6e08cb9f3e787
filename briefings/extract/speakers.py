"""Who speaks in an attribution: a named person, the person a pronoun points back to, the one
person holding a title, or an organisation speaking as one.

Every rule answers None rather than guess: a quote credited to someone who did not say it is
worse than a quote with no speaker. A name that is the object of a preposition ("with Foreign
Minister X", "с главой МИД Y") is never the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from briefings.extract.bodies import (
    ACRONYM,
    ARTICLE,
    DOCUMENT,
    FIRM_HEADS,
    ORG,
    known_body,
    org_name,
    same_kind,
)
from briefings.extract.gazetteer import CYR, TOKEN, Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import quote_spans
from briefings.extract.mentions import Mention
from briefings.extract.offices import holds as _holds
from briefings.extract.offices import office as _office
from briefings.extract.offices import qualifiers as _qualifiers
from briefings.extract.patterns import (
    FEMALE_PRONOUNS,
    FEMALE_SURNAME,
    MALE_SURNAME,
    PRONOUN,
    ROLE_BEFORE,
    VERB_AFTER_NAME,
    VERB_BEFORE_NAME,
)
from briefings.extract.people import People
from briefings.extract.russian import last_role
from briefings.models import SpeakerKind

_LEX = lexicon()
_PREPOSITIONS = frozenset(w.casefold() for w in _LEX.both("prepositions"))
_CONJUNCTION = re.compile(rf"^\s*{alternatives(_LEX.both('conjunctions'))}\s", re.I)
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")
# Adjectives a role's own pattern leaves out ("Ukrainian presidential" before "adviser").
_ADJECTIVES = re.compile(
    rf"(?:(?<![\w-])[A-Za-z][a-z-]+{alternatives(_LEX.en.role_adjective_endings)}\s+)"
    r"{1,3}$"
)
_LOCATIVE = re.compile(rf"(?<![\w-]){alternatives(_LEX.both('locative_prepositions'))}\s+$", re.I)
_DEFINITE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.I)
_ANAPHORIC = frozenset(w.casefold() for w in _LEX.both("anaphoric_titles"))
_PRONOUN_END = re.compile(r"(?<![\w-])(?P<pronoun>he|she|он|она)\s*,?\s*$", re.I)
# A Russian man's surname in an oblique case ("Лаврова", "Лаврову", "Лавровым").
_RU_OBLIQUE_MALE = re.compile(r"[а-яё](?:ова|ева|ина|ову|еву|ину|овым|евым|иным|ове|еве|ине)$")
_OWNER = re.compile(r"['’]s?\b")
_SENTENCE_END = re.compile(r"[.!?…][\"”»]?\s+(?=[\"“«A-ZА-ЯЁ])")


# A name as the attribution gives it: one word, perhaps after capitalised titles or
# honorifics ("Sihasak", "Datuk Seri Anwar", "Prime Minister Anwar"); the last word decides.
_CAPITAL_WORD = r"[A-ZА-ЯЁ][^\W\d_]{2,}(?:-[A-ZА-ЯЁ][^\W\d_]+)?"
_SHORT_NAME = re.compile(
    rf"\s*(?:(?:{_CAPITAL_WORD}|[A-Z][a-z]{{1,3}}\.?)\s+){{0,2}}(?P<word>{_CAPITAL_WORD})\s*"
)


# A Russian past-tense verb right after a name agrees with the person's sex ("Нино
# Квеселава провела", "Лавров заявил").
_RU_PAST = re.compile(r"^\s*(?:,[^,]{0,60},\s*)?(?:не\s+)?[а-яё]{3,}(?P<end>ла|л)(?:ся|сь)?\b")
_FEMALE_GIVEN = frozenset(_LEX.both("female_given_names"))
_HONORIFIC_SEX = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Sir|Madam)\.?\s+$")


def _sexes(paragraphs: list[str], people: People) -> dict[str, str]:
    """'f' or 'm' for each person whose sex the text shows: a surname ending, an honorific,
    a Russian verb agreeing with them; nothing where it does not."""
    sex: dict[str, str] = {}
    for person in people.people:
        first, last = person.name.split()[0], person.name.split()[-1]
        if first in _FEMALE_GIVEN or FEMALE_SURNAME.search(last):
            sex[person.name] = "f"
        elif MALE_SURNAME.search(last):
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
    return sex


def _speaks(text: str, m: Mention) -> bool:
    """Whether a mention is the subject of a speech verb: 'X said', 'said X'."""
    return (
        VERB_AFTER_NAME.match(text[m.end : m.end + 80]) is not None
        or VERB_BEFORE_NAME.search(text[max(0, m.start - 80) : m.start]) is not None
    )


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON


@dataclass
class Speakers:
    """Speaker resolution over one article's paragraphs, people and organisations."""

    paragraphs: list[str]
    people: People
    mentions: list[Mention]
    org_speakers: list[str] = field(default_factory=list)  # bodies credited so far
    _quote_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

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
            p.name: _qualifiers(p.role or "") for p in self.people.people if p.name in self.offices
        }

    @cached_property
    def sex(self) -> dict[str, str]:
        return _sexes(self.paragraphs, self.people)

    @cached_property
    def orgs(self) -> dict[int, list[Mention]]:
        orgs: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.kind == Kind.ORG:
                orgs.setdefault(m.para, []).append(m)
        return orgs

    # -- the pieces ---------------------------------------------------------------------

    def is_object(self, p: int, start: int, lo: int = 0) -> bool:
        """Whether a name (or the role phrase before it) follows a preposition after `lo`."""
        text = self.paragraphs[p]
        before = text[max(lo, start - 120) : start]
        role = ROLE_BEFORE.search(before) or last_role(before)
        if role is not None:
            before = before[: role.start("role")]
            adjectives = _ADJECTIVES.search(before)
            if adjectives is not None:
                before = before[: adjectives.start()]
        word = _LAST_WORD.search(before)
        return word is not None and word.group(1).casefold() in _PREPOSITIONS

    def _names(self, p: int, lo: int, hi: int) -> list[str]:
        """People named in a span as its subject: not after a preposition, and not as the
        owner of someone else ("Aliyev's aide said")."""
        text = self.paragraphs[p]
        return [
            self._unplaced(p, m)
            for m in self.people.by_para.get(p, ())
            if lo <= m.start < hi
            and not self.is_object(p, m.start, lo)
            and not _OWNER.match(text, m.end)
        ]

    def _unplaced(self, p: int, m: Mention) -> str:
        """The person a mention names, without a place run into its front: "в Глазго Алок
        Шарма" is Алок Шарма, when the article names him so elsewhere."""
        name = self.people.by_mention[id(m)]
        rest = name.partition(" ")[2]
        if (
            " " in rest
            and _LOCATIVE.search(self.paragraphs[p], max(0, m.start - 8), m.start)
            and any(person.name == rest for person in self.people.people)
        ):
            return rest
        return name

    def pronoun(self, p: int, pos: int, pronoun: str) -> Speaker | None:
        """Whom 'he'/'она' points to: the one person of the right sex named in the nearest
        paragraph before it that names anyone; with two candidates, nobody (never guess)."""
        female = pronoun.casefold() in FEMALE_PRONOUNS
        return self._nearest(p, pos, female=female)

    def _fitting(self, names: set[str], female: bool | None) -> set[str]:
        """Who of `names` a pronoun of that sex may mean. Where the text does not show
        someone's sex, either pronoun may; a woman's surname is often marked, a man's far
        less, so "she" prefers the marked."""
        if female is None:
            return names
        women = {n for n in names if self.sex.get(n) == "f"}
        if female:
            return women or {n for n in names if self.sex.get(n) != "m"}
        return names - women

    def _nearest(self, p: int, pos: int, *, female: bool | None = None) -> Speaker | None:
        for q in range(p, max(-1, p - 6), -1):  # a pronoun points a few paragraphs back
            before = [m for m in self.people.by_para.get(q, ()) if q < p or m.start < pos]
            if not before:
                continue
            # Someone named as an object ("with Putin", "поздравил коллегу Сергея Лаврова")
            # is not who "he" is, unless the pronoun's sex picks them out of several.
            text = self.paragraphs[q]
            # A name inside quotation marks (a slogan, a title, someone quoted) is not who
            # the narrative's "he" is.
            quoted = self._quoted(q)
            before = [m for m in before if not any(a <= m.start < b for a, b in quoted)]
            if not before:
                continue
            everyone = {self.people.by_mention[id(m)] for m in before}
            subjects = {
                self.people.by_mention[id(m)]
                for m in before
                if not self.is_object(q, m.start)
                and not (female is False and _RU_OBLIQUE_MALE.search(text[m.start : m.end]))
            }
            fitting = self._fitting(subjects, female)
            if len(fitting) != 1 and len(everyone) > 1:
                fitting = self._fitting(everyone, female)
            if len(fitting) > 1 and q == p:
                # "X said …. Y told Reuters that …. He said …": the one who speaks in the
                # sentence right before the pronoun's goes on speaking.
                spoke = self._spoke_just_before(q, pos, before) & fitting
                if len(spoke) == 1:
                    return Speaker(spoke.pop())
            if len(fitting) > 1:
                # "X said that talks with Y were useful. “…,” he said": the one of them who
                # speaks there is who goes on speaking.
                speaking = {self.people.by_mention[id(m)] for m in before if _speaks(text, m)}
                fitting &= speaking if len(speaking) == 1 else set()
            return Speaker(fitting.pop()) if len(fitting) == 1 else None
        return None

    def _spoke_just_before(self, q: int, pos: int, before: list[Mention]) -> set[str]:
        """Who is the subject of a speech verb in the sentence before the one at `pos`, when
        that one names nobody before `pos`."""
        text, quoted = self.paragraphs[q], self._quoted(q)
        ends = [
            e.end()
            for e in _SENTENCE_END.finditer(text, 0, pos)
            if not any(a <= e.start() < b for a, b in quoted)
        ]
        if not ends:
            return set()
        current, previous = ends[-1], (ends[-2] if len(ends) > 1 else 0)
        if any(current <= m.start < pos for m in before):
            return set()
        return {
            self.people.by_mention[id(m)]
            for m in before
            if previous <= m.start < current and _speaks(text, m) and not self.is_object(q, m.start)
        }

    def _quoted(self, q: int) -> list[tuple[int, int]]:
        spans = self._quote_cache.get(q)
        if spans is None:
            spans = [(s.start, s.end) for s in quote_spans(self.paragraphs[q])]
            self._quote_cache[q] = spans
        return spans

    def _short_name(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'“…,” Sihasak told reporters', '“…,” Datuk Seri Anwar said': an attribution of
        capitalised words, none a place or a body, whose last word is a word of exactly one
        person's name in the article (a given name used alone, as Thai and Malay news do)."""
        word = _SHORT_NAME.match(self.paragraphs[p], lo, hi)
        if word is None or self.paragraphs[p][word.end() : hi].strip():
            return None
        if any(
            m.para == p and m.start < word.end() and m.end > word.start() for m in self.mentions
        ):
            return None  # a place or a body ("Thailand said")
        key = norm(word.group("word")).casefold()
        owners = {
            person.name
            for person in self.people.people
            if key in {norm(t).casefold() for t in TOKEN.findall(person.name)}
        }
        return Speaker(owners.pop()) if len(owners) == 1 else None

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
        holders = [n for n, o in self.offices.items() if _holds(o, office)]
        wanted = _qualifiers(text[lo:hi])
        if wanted:  # "the Armenian minister" is not the Azerbaijani one
            holders = [n for n in holders if wanted & self.qualifiers[n]]
        if len(holders) == 1:
            return Speaker(holders[0]), True
        repeated = self._role_repeated(p, lo, hi)
        if repeated is not None:
            return repeated, True
        definite = _DEFINITE.search(text, lo, lo + match.start()) is not None
        if office in _ANAPHORIC and (definite or CYR.search(office)):
            # "a senior official said …; “…,” the official said": someone never named.
            earlier = "\n".join([*self.paragraphs[:p], text[:lo]])
            if re.search(
                rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(office)}", earlier, re.I
            ):
                return None, True
            return self._nearest(p, lo), True
        return None, True

    def _role_repeated(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'— сказал заместитель министра X Иван Y. … — сказал заместитель министра X': a
        second reference by the very words that stood before one person's name (the name
        finder may have kept only part of them as the role)."""
        phrase = " ".join(self.paragraphs[p][lo:hi].split()).strip(" ,.;").casefold()
        if len(phrase.split()) < 2:
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

    def _organisation(self, p: int, lo: int, hi: int) -> Speaker | None:
        text = self.paragraphs[p]
        for m in self.orgs.get(p, ()):
            if lo <= m.start < hi:
                return self._credit(m.name)
        found = ORG.search(text, lo, hi)
        if found is None and DOCUMENT.match(text[lo:hi]):
            # "According to the information, “…”": what the one body named just before published.
            bodies = set(self._named_bodies(p, lo)[-3:]) | set(self.org_speakers[-1:])
            return self._credit(bodies.pop()) if len(bodies) == 1 else None
        if found is None or self.is_object(p, found.start(), lo):
            return None
        name = org_name(found)
        qualifiers = ARTICLE.sub("", found.group("mods")) + (found.group("tail") or "")
        if any(w[:1].isupper() for w in qualifiers.split()):
            return self._credit(name)  # "Qatari foreign ministry", "Ministry of Defence"
        # "the ministry": the one body of that kind heard or named earlier in this article.
        earlier = {
            known_body(o)
            for o in [*self.org_speakers, *self._named_bodies(p, found.start())]
            if same_kind(o, name)
        }
        if not earlier and name.casefold() in FIRM_HEADS:
            # "NVK said …; “…,” the company said": the one body heard so far whose name has
            # no head noun of its own to show what kind it is
            earlier = {o for o in self.org_speakers if ORG.search(o) is None}
            if len(self.org_speakers) != len(earlier):
                return None
        return Speaker(earlier.pop(), SpeakerKind.ORGANISATION) if len(earlier) == 1 else None

    def _acronym(self, p: int, lo: int, hi: int, comma: int) -> Speaker | None:
        """'“…,” NVK said': an acronym no list knows, alone as the subject (perhaps after a
        fronted clause's comma), is a body. One the gazetteer knows is a mention already."""
        text = self.paragraphs[p]
        found = ACRONYM.fullmatch(text, comma + 1 if comma > lo else lo, hi)
        if found is None or gazetteer().index.get((norm(found.group("acronym")),)):
            return None
        if _office(found.group()) is not None or ORG.fullmatch(found.group("acronym")):
            return None  # "the FM said": an office; "заявил МИД": a body's head noun
        if any(
            m.para == p and m.start < found.end() and m.end > found.start() for m in self.mentions
        ):
            return None
        return self._credit(found.group("acronym"))

    def _named_bodies(self, p: int, pos: int) -> list[str]:
        """Bodies named with a proper qualifier before `pos` ("Azerigas Production Union")."""
        out: list[str] = []
        for q in range(max(0, p - 6), p + 1):
            text = self.paragraphs[q][: pos if q == p else None]
            for m in ORG.finditer(text):
                qualifiers = ARTICLE.sub("", m.group("mods")) + (m.group("tail") or "")
                if any(w[:1].isupper() for w in qualifiers.split()):
                    out.append(org_name(m))
        return out

    def _credit(self, name: str) -> Speaker:
        if name not in self.org_speakers:
            self.org_speakers.append(name)
        return Speaker(name, SpeakerKind.ORGANISATION)

    # -- the entry point ----------------------------------------------------------------

    def subject(
        self, p: int, lo: int, hi: int, anchor: int, *, only: bool = False
    ) -> Speaker | None:
        """Who speaks, from the attribution text `lo:hi` of paragraph `p` (quote at `anchor`);
        with `only`, a span naming two people names no speaker."""
        text = self.paragraphs[p]
        if hi - lo < 2 or _CONJUNCTION.match(text[lo:hi]):
            return None
        pronoun = PRONOUN.match(text[lo:hi])
        if pronoun is not None:
            return self.pronoun(p, anchor, pronoun.group("pronoun"))
        names = self._names(p, lo, hi)
        if only and len(set(names)) > 1:
            return None  # "Trump, who met Putin, said: …": whose clause it is, the text hides
        if names:
            return Speaker(names[0])
        alone = self._short_name(p, lo, hi)
        comma = text.rfind(",", lo, hi)
        if alone is None and comma > lo:  # "Welcoming guests …, Sheikh Khalid said"
            alone = self._short_name(p, comma + 1, hi)
        if alone is None:  # "“…,” NVK said", "Responding to …, NVK said"
            alone = self._acronym(p, lo, hi, comma)
        if alone is not None:
            return alone
        ending = _PRONOUN_END.search(text, lo, hi)
        if ending is not None:  # "In a statement issued today, he said: …"
            return self.pronoun(p, anchor, ending.group("pronoun"))
        speaker, decided = self._titled(p, lo, hi)
        if decided:
            return speaker
        return self._organisation(p, lo, hi)
