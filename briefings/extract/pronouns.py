"""Whom a pronoun ('he', 'она') in an attribution points back to (the sex the text shows
each person to be, `sexes`, decides between people; what the text before a pronoun shows
is read in `antecedents`).

The answer is None rather than a guess: a quote credited to someone who did not say it is
worse than a quote with no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from briefings.extract.antecedents import (
    LEADING_PRONOUN,
    Antecedents,
    unnamed_voice,
)
from briefings.extract.bodies import ORG, proper_body
from briefings.extract.descriptions import Descriptions
from briefings.extract.gazetteer import Kind, norm
from briefings.extract.mentions import Mention
from briefings.extract.patterns import (
    FEMALE_PRONOUNS,
)
from briefings.extract.people import People
from briefings.extract.pronoun_cues import (
    BRACKET_ACRONYM,
    NOT_SUBJECT,
    NOUN_AFTER,
    RELATED_LINK,
    REPORTED_OR_RELAYED,
    RU_OBLIQUE_MALE,
    SOMEONE_WHO,
    SOURCE_BEFORE,
    SPEAKING_SUBJECT,
    SPEECH,
    SUBJECT_WORD,
    THE_BEFORE,
)
from briefings.extract.speaker import (
    Speaker,
    after_preposition,
    group_name,
    met,
    name_words,
    told_to,
)
from briefings.extract.subjects import (
    SUFFIXES,
    attributed_to,
    clause_objects,
    slipped,
    speaks,
    speaks_in_clause,
    suffix_only,
)


@dataclass
class Pronouns(Descriptions, Antecedents):
    """Pronoun resolution over one article's paragraphs and people."""

    paragraphs: list[str]
    people: People
    mentions: list[Mention] = field(default_factory=list)  # bodies and places too
    _quote_cache: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _names: dict[int, str] = field(default_factory=dict)  # id → person of a lone word

    def pronoun(self, p: int, pos: int, pronoun: str) -> Speaker | None:
        """Whom 'he'/'она' points to: the one person of the right sex named in the nearest
        paragraph before it that names anyone; with two candidates, nobody (never guess)."""
        female = pronoun.casefold() in FEMALE_PRONOUNS
        found = self.nearest(p, pos, female=female)
        return None if found is not None and self._spoken_of(found.name, p, pos) else found

    def _spoken_of(self, name: str, p: int, pos: int) -> bool:
        """'“X did well. He …,” he said': the words the pronoun signs (quotes with nobody named
        between them and it) speak of X, so they are someone else's; who, nobody is sure."""
        quoted, found = self._quoted(p), self._mentions(p)
        inside = {id(m) for m in found if any(a <= m.start < b for a, b in quoted)}
        out = [m.start for m in found if id(m) not in inside]
        signed = [(a, b) for a, b in quoted if not any(min(b, pos) <= k < max(a, pos) for k in out)]
        return any(
            self._name(m) == name and any(a <= m.start < b for a, b in signed) for m in found
        )

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

    @cached_property
    def _lone(self) -> dict[int, list[Mention]]:
        """Words naming one person on their own that the name finder left alone ('Tamarind
        welcomed …' after 'Tamarind Suwarno'): a word of exactly one person's name opening a
        sentence as its subject."""
        owners: dict[str, set[str]] = {}
        for person in self.people.people:
            for part in person.name.split():
                if part[:1].isupper() and len(part) > 2:
                    owners.setdefault(norm(part).casefold(), set()).add(person.name)
        found: dict[int, list[Mention]] = {}
        for q, text in enumerate(self.paragraphs):
            taken = self.people.by_para.get(q, ())
            for word in SUBJECT_WORD.finditer(text):
                names = owners.get(norm(word.group("word")).casefold(), set())
                if len(names) != 1 or any(
                    m.start <= word.start("word") < m.end
                    or word.start("word") <= m.start < word.end()
                    for m in taken
                ):
                    continue
                m = Mention(q, word.start("word"), word.end("word"), Kind.PERSON, min(names))
                self._names[id(m)] = m.name
                found.setdefault(q, []).append(m)
        return found

    def lone_subject(self, p: int, lo: int, hi: int) -> Speaker | None:
        """The person a lone word of their name opening the span `lo:hi` stands for, when
        the span names nobody else ('Tamarind acknowledged …, stating, "…"')."""
        lone = [m for m in self._lone.get(p, ()) if lo <= m.start < hi]
        if len(lone) != 1 or self.paragraphs[p][lo : lone[0].start].strip():
            return None
        if any(lo <= m.start < hi for m in self.people.by_para.get(p, ())):
            return None
        return Speaker(lone[0].name)

    def _name(self, m: Mention) -> str:
        return self._names.get(id(m)) or self.people.by_mention[id(m)]

    def _mentions(self, q: int) -> list[Mention]:
        lone = self._lone.get(q, [])
        text = self.paragraphs[q]
        # "Marcos Jr. said": a suffix alone names nobody, whoever else's name ends with it
        # "Two Rohingya boys …": a group is no one "he" can be
        found = [
            m
            for m in self.people.by_para.get(q, [])
            if not suffix_only(text, m)
            and not group_name(self.people.by_mention[id(m)])
            and not _attributive(text, m)
        ]
        return sorted([*found, *lone], key=lambda m: m.start) if lone else list(found)

    def _unknown_subject(self, q: int, limit: int | None) -> bool:
        """Whether a paragraph (up to `limit`) has a subject with a "who" clause whom no
        person of the article is: the pronoun may mean that unknown person."""
        text = self.paragraphs[q][:limit]
        mentions = self._mentions(q)
        return any(
            not any(m.start < who.end("name") and who.start("name") < m.end for m in mentions)
            for who in SOMEONE_WHO.finditer(text)
        )

    def _unresolved_speaker(self, q: int, limit: int | None) -> bool:
        """Whether paragraph `q` (up to `limit`) has someone speak under a name the people
        resolution left open (a surname two people share): a pronoun after it may mean
        them, so it reaches no further back."""
        text = self.paragraphs[q]
        quoted = self._quoted(q)
        for m in self.mentions:
            if (
                m.para != q
                or m.kind != Kind.PERSON
                or id(m) in self.people.by_mention
                or (limit is not None and m.start >= limit)
                or any(a <= m.start < b for a, b in quoted)
                or after_preposition(text, m.start)
            ):
                continue
            if _speaks_in_sentence(text, m):
                return True
        return False

    def _unknown_speaker(self, q: int, limit: int | None, after: int) -> set[str] | None:
        """Who speaks in paragraph `q` (up to `limit`), after `after`, under a name the name
        finder did not resolve ('Despite the delay, Vardell said …', 'Lin told …'): the one
        person of the article whose name holds those words, nobody sure (an empty set), or
        several. None when no such subject stands there. A pronoun reaching back past them
        means them."""
        text = self.paragraphs[q][:limit]
        quoted = self._quoted(q)
        # a body or a place speaks for itself; a person the name finder saw but did not
        # resolve is as unknown as one it never saw
        taken = [m for m in self.mentions if m.para == q and m.kind != Kind.PERSON]
        taken += self._mentions(q)
        found: set[str] | None = None
        for who in SPEAKING_SUBJECT.finditer(text, after):
            lo, hi = who.span("name")
            words = [w.rstrip(".") for w in who.group("name").split()]
            if words[0].casefold() in NOT_SUBJECT or any(a <= lo < b for a, b in quoted):
                continue
            if any(m.start < hi and lo < m.end for m in taken):
                continue
            # "PM Tadesse", "Pellion Jr.": an office's acronym or a suffix is no part of the name
            own = {
                norm(w).casefold()
                for w in words
                if not w.isupper() and w.casefold() not in NOT_SUBJECT | SUFFIXES
            }
            found = {x.name for x in self.people.people if own and own <= name_words(x.name)}
            if not found and len(own) == 1:  # "Vardenka said" of Vardenko: a slip
                found = slipped(min(own), [x.name for x in self.people.people])
        return found

    def nearest(self, p: int, pos: int, *, female: bool | None = None) -> Speaker | None:
        """The one person (of that sex, if given) a reference at `pos` points back to."""
        horizon = p - 6  # a pronoun points a few paragraphs back ...
        found = self._nearest(p, pos, female, horizon)
        if found is not None and self._body_between(found.name, p, pos):
            return None
        if found is not None and self._other_office_between(found.name, p, pos):
            return None
        return found

    @cached_property
    def _body_paras(self) -> frozenset[int]:
        """Paragraphs naming a body: a known one, or one by its head noun and proper
        qualifiers ("the Civic Rights Association"), or by a bracketed acronym ("(CRA)")."""
        found: set[int] = set()
        for q, text in enumerate(self.paragraphs):
            quoted = self._quoted(q)  # a body named inside someone's quote is not the voice
            starts = [m.start for m in self.mentions if m.para == q and m.kind == Kind.ORG]
            starts += [b.start() for b in BRACKET_ACRONYM.finditer(text)]
            starts += [b.start() for b in ORG.finditer(text) if proper_body(b)]
            if any(not any(a <= k < b for a, b in quoted) for k in starts):
                found.add(q)
        return frozenset(found)

    def _body_between(self, name: str, p: int, pos: int) -> bool:
        """'… a condition X has always refused. (¶) … prompted a rights group, the Y, to urge
        …. (¶) “…,” he said': a pronoun reaching past a paragraph that names a body and
        no person may mean the body's unnamed voice; only someone already heard speaking
        goes on."""
        if any(self._name(m) == name and m.start < pos for m in self._mentions(p)):
            return False
        last = max(
            (q for q in range(p) for m in self._mentions(q) if self._name(m) == name), default=p
        )
        crossed = any(q in self._body_paras and not self._mentions(q) for q in range(last + 1, p))
        return crossed and not self.spoke(name, p, pos)

    def _nearest(self, p: int, pos: int, female: bool | None, horizon: int) -> Speaker | None:
        """`nearest` before the check that no body's paragraph stands in between."""
        passed = False  # a paragraph naming people only as objects was looked past
        for q in range(p, -1, -1):
            if q <= horizon:
                break
            if q < p and self._pronoun_before(q, len(self.paragraphs[q]), female):
                horizon -= 1  # ... and each paragraph its own "he" carries on lends one more
            if q < p and RELATED_LINK.match(self.paragraphs[q]):
                continue  # a link to another story names no one of this one
            if self._unknown_subject(q, pos if q == p else None):
                return None
            before = [m for m in self._mentions(q) if q < p or m.start < pos]
            last = max((m.end for m in before), default=0)
            if unnamed_voice(self.paragraphs[q], last, pos if q == p else None):
                return None  # "The ministry official said …. “…,” he said": that official
            if self._unresolved_speaker(q, pos if q == p else None):
                return None  # "Mr Kim said …" of two Kims, or of one named only later
            unknown = self._unknown_speaker(q, pos if q == p else None, last)
            if unknown is not None and len(unknown) < 2:
                # several people share the words: the names before tell which one
                fitting = self._fitting(unknown, female)
                return self._past_objects(fitting.pop(), passed, p, pos) if fitting else None
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
            everyone = {self._name(m) for m in before}
            objects = clause_objects(text, before)
            subjects = {
                self._name(m)
                for m in before
                if (
                    not after_preposition(text, m.start)
                    or SOURCE_BEFORE.search(text, max(0, m.start - 60), m.start)
                    or speaks_in_clause(text, m)
                )
                and not told_to(text, m.start)
                and m.start not in objects
                and not REPORTED_OR_RELAYED.search(text, max(0, m.start - 60), m.start)
                and (
                    female is not False
                    or not RU_OBLIQUE_MALE.search(text[m.start : m.end])
                    or attributed_to(text, m)
                )
            }
            if not subjects and (
                self._same_pronoun_leads(text[: pos if q == p else None], female)
                or (q < p and self._pronoun_before(q, before[0].start, female))
            ):
                # "She was asked about attacks by Senator X. … she responded", "“…,” he
                # said, before adding that … to X … for Y": the paragraph's own pronoun
                # points further back, past the people it names only as objects.
                continue
            fitting = self._fitting(subjects, female)
            if len(fitting) != 1 and len(everyone) > 1:
                fitting = self._fitting(everyone, female)
            unmet = self._fitting(
                {self._name(m) for m in before if not met(text, m.start)} & subjects, female
            )
            if len(fitting) > 1 and len(unmet) == 1 and self.spoke(min(unmet), p, pos):
                # "X said …. (¶) He … met Y on Tuesday. (¶) “…,” he said": Y was met; X,
                # heard speaking before, goes on (with nobody heard, "he" stays a guess)
                fitting = unmet
            if (
                female
                and fitting
                and not self._women(fitting)
                and not any(speaks(text, m) for m in before if self._name(m) in fitting)
                and self._woman_before(q, p)
            ):
                # "UN spokeswoman X said …. Envoy Y “will …,” she added": "she" is not a
                # person whose sex nothing shows and who says nothing here, when a woman
                # was named just before.
                continue
            if len(fitting) > 1 and q == p:
                # "X said …. Y told Reuters that …. He said …": the one who speaks in the
                # sentence right before the pronoun's goes on speaking.
                spoke = self._spoke_just_before(q, pos, before) & fitting
                if len(spoke) == 1:
                    return Speaker(spoke.pop())
                # "X facilitated the talks. Y, …, signed for the government. He was quoted as
                # saying …": a sentence opened by the pronoun goes on with the one person the
                # sentence before names, whatever its verb.
                named = self._just_before(q, pos, before, speaking=False) & fitting
                if len(named) == 1 and LEADING_PRONOUN.match(self._sentence_at(q, pos)):
                    return Speaker(named.pop())
            if len(fitting) > 1:
                # "X said that talks with Y were useful. “…,” he said": the one of them who
                # speaks there is who goes on speaking.
                speaking = {
                    self._name(m)
                    for m in before
                    if m.start not in objects and (speaks(text, m) or speaks_in_clause(text, m))
                }
                if len(speaking) == 1 and self._named_after_speaking(q, before, min(speaking)):
                    speaking = set()  # someone else is the subject of a later sentence
                fitting &= speaking if len(speaking) == 1 else set()
            if len(fitting) == 1:
                return self._past_objects(fitting.pop(), passed, p, pos)
            if not subjects and not fitting and q < p:
                # "Under the auspices of X, the agency has …": X is no "he"; the one who
                # spoke before it may be, if nobody else is named on the way
                passed = True
                continue
            return None
        return None

    def _past_objects(self, name: str, passed: bool, p: int, pos: int) -> Speaker | None:
        """`name`, found past a paragraph that names people only as objects (`passed`) only
        when `name` is heard speaking before: the speaker goes on, anyone else is a guess."""
        return Speaker(name) if not passed or self.spoke(name, p, pos) else None

    def spoke(self, name: str, p: int, pos: int) -> bool:
        """Whether `name` is named, before `pos` of paragraph `p`, in a sentence with a speech
        verb ('Об этом объявил … X', 'X said'): a description may point back to a speaker,
        not to anyone merely named."""
        for q in range(p + 1):
            text = self.paragraphs[q]
            for m in self._mentions(q):
                if self._name(m) != name or (q == p and m.start >= pos):
                    continue
                if _speaks_in_sentence(text, m):
                    return True
        return False


def _speaks_in_sentence(text: str, m: Mention) -> bool:
    """Whether the sentence holding the mention has a speech verb ('X said', 'объявил X')."""
    lo = max(text.rfind(e, 0, m.start) for e in ".!?") + 1
    ends = [k for k in (text.find(e, m.end) for e in ".!?") if k >= 0]
    return SPEECH.search(text, lo, min(ends, default=len(text))) is not None


def _attributive(text: str, m: Mention) -> bool:
    """Whether a name stands as a modifier ('the Dallen regime'), not for its person."""
    return (
        THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
        and NOUN_AFTER.match(text, m.end) is not None
    )
