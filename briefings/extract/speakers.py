"""Who speaks in an attribution: a named person, the person a pronoun points back to, the one
person holding a title, or an organisation speaking as one.

Every rule answers None rather than guess: a quote credited to someone who did not say it is
worse than a quote with no speaker. A name that is the object of a preposition ("with Foreign
Minister X", "с главой МИД Y") is never the speaker (`speaker`). Pronouns are `pronouns`'s to
resolve, bodies `bodies`'s and `body_subjects`'s; names are read here, which named people
are the subject in `subject_names`, offices and other descriptions in `described` (whose
rules `Speakers` inherits through `SubjectNames`, as it inherits `BodySubjects`').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.extract.bodies import BodySpeakers
from briefings.extract.body_subjects import BodySubjects
from briefings.extract.call_signs import call_sign
from briefings.extract.gazetteer import norm
from briefings.extract.heads import body_head, headed_before, names_head
from briefings.extract.issuers import (
    KindsRead,
    kind_again,
    kind_word,
)
from briefings.extract.just_heard import just_heard
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.locatives import (
    earlier_bodies,
    located_again,
    located_body,
    without_preposition,
)
from briefings.extract.mentions import Mention
from briefings.extract.patterns import PRONOUN, VERB
from briefings.extract.people import People
from briefings.extract.pronouns import Pronouns
from briefings.extract.speaker import (
    Speaker,
    name_words,
    person_name,
)
from briefings.extract.subject_names import SubjectNames
from briefings.extract.subjects import letter_off
from briefings.models import SpeakerKind

__all__ = ["Speaker", "Speakers"]

_LEX = lexicon()
_CONJUNCTION = re.compile(rf"^\s*{alternatives(_LEX.both('conjunctions'))}\s", re.I)
_PRONOUN_END = re.compile(r"(?<![\w-])(?P<pronoun>he|she|он|она)\s*,?\s*$", re.I)
_AUXILIARY_END = re.compile(r"(?<=\w)\s+(?:had|has|have)\s*$")
# "Reuters sources said", "— сказали источники Reuters": unnamed sources, unless cited.
_SOURCES = re.compile(
    rf"(?<![\w-])(?P<citing>{alternatives(_LEX.both('citing_words'))}\s+(?:\w+\s+)?)?"
    rf"{alternatives(_LEX.both('source_nouns'))}(?![\w-])",
    re.I,
)


# "The team manager said that …": a sentence opened by a person described, not named, speaking.
_DESCRIBED_SPEAKING = re.compile(
    rf"(?:^|(?<=[.!?…]\s))(?P<who>The(?:\s+[a-z][\w-]*){{1,3}})\s+(?:{VERB})(?![\w-])"
)


# A name as the attribution gives it: one word, perhaps after capitalised titles or
# honorifics ("Sihasak", "Datuk Seri Anwar", "Prime Minister Anwar"); the last word decides.
# "Tuu'a", "O'Neill": an apostrophe inside a name word (not a possessive "'s").
_CAPITAL_WORD = r"[A-ZА-ЯЁ][^\W\d_]{2,}(?:['’](?!s(?![^\W\d_]))[^\W\d_]+)?(?:-[A-ZА-ЯЁ][^\W\d_]+)?"
# Two subjects joined: "X and Y said", "заявили X и Y", "X и лидер Z Y".
_JOINED = re.compile(r"[^\W\d_]\s+(?:and|и|&)\s+(?:[a-zа-яё-]+\s+){0,3}[A-ZА-ЯЁ]")
_SUFFIX_END = re.compile(r"(?<=\w)\s+(?:Jr|Sr)\.?\s*$")
# "during the meeting", "in Algiers": a circumstance after the speaker's name.
_CIRCUMSTANCE = re.compile(rf"(?:{alternatives(_LEX.both('prepositions'))})\s", re.I)
_LONE_WORD = re.compile(rf"\s*{_CAPITAL_WORD}\s*")
_LOWER_LATIN = re.compile(r"[a-z]")
_OWNED = re.compile(r"(?:his|her|its|their|его|её|ее|их)\s", re.I)
# "President von der Leyen": lowercase particles of the name before its last word.
_PARTICLES = alternatives([w for w in _LEX.en.name_particles if w.islower()])
_SHORT_NAME = re.compile(
    rf"\s*(?:(?:{_CAPITAL_WORD}|[A-Z][a-z]{{1,3}}\.?)\s+){{0,2}}(?:{_PARTICLES}\s+){{0,2}}"
    # "Lu said" of Lu Mudao: a two-letter surname, as Chinese and Korean names have
    rf"(?P<word>{_CAPITAL_WORD}|[A-Z][a-z](?![\w'’-]))\s*"
)
# Two-letter words that open a sentence or abbreviate a title, never a surname alone.
_NOT_SHORT_NAMES = frozenset(
    {"he", "it", "we", "us", "me", "my", "mr", "ms", "dr", "st", "in", "on", "at", "to", "of"}
    | {"as", "an", "by", "so", "no", "or", "if", "be", "do", "go", "up"}
)


@dataclass
class Speakers(SubjectNames, BodySubjects):
    """Speaker resolution over one article's paragraphs, people and organisations."""

    paragraphs: list[str]
    people: People
    mentions: list[Mention]
    org_speakers: list[str] = field(default_factory=list)  # bodies credited so far
    pronouns: Pronouns = field(init=False, repr=False, compare=False)
    bodies: BodySpeakers = field(init=False, repr=False, compare=False)
    _kinds: KindsRead = field(default_factory=KindsRead, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.pronouns = Pronouns(self.paragraphs, self.people, self.mentions)
        self.bodies = BodySpeakers(self.paragraphs, self.mentions, self.org_speakers)

    # -- the pieces ---------------------------------------------------------------------

    def pronoun(self, p: int, pos: int, pronoun: str) -> Speaker | None:
        """Whom 'he'/'она' points to (see `Pronouns.pronoun`); 'The team manager said …. “…,”
        he said': after a person described speaking earlier in the paragraph, named nowhere
        there, only someone that description is too (often nobody sure)."""
        near = self.pronouns.pronoun(p, pos, pronoun)
        if near is None or any(m.start < pos for m in self.people.by_para.get(p, ())):
            return near
        quoted = self.pronouns.quoted(p)  # "“… The voters said yes,” he said": their words
        described = [
            d
            for d in _DESCRIBED_SPEAKING.finditer(self.paragraphs[p], 0, pos)
            if not any(a <= d.start() < b for a, b in quoted)
        ]
        if not described:
            return near
        who = self._subject(p, *described[-1].span("who"), pos)
        return near if who is not None and who.name == near.name else None

    def _short_name(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'“…,” Sihasak told reporters', '“…,” Datuk Seri Anwar said': an attribution of
        capitalised words, none a place or a body, whose last word is a word of exactly one
        person's name in the article (a given name used alone, as Thai and Malay news do)."""
        suffix = _SUFFIX_END.search(self.paragraphs[p], lo, hi)  # "Marcos Jr."
        hi = suffix.start() if suffix is not None else hi
        word = _SHORT_NAME.match(self.paragraphs[p], lo, hi)
        rest = self.paragraphs[p][word.end() : hi] if word is not None else ""
        if word is None or (rest.strip() and not _CIRCUMSTANCE.match(rest)):
            return None  # "said Wiranto during the meeting": where it was said may follow
        if any(
            m.para == p and m.start < word.end() and m.end > word.start() for m in self.mentions
        ):
            return None  # a place or a body ("Thailand said")
        key = norm(word.group("word")).casefold()
        if key in _NOT_SHORT_NAMES:
            return None
        owners = {
            self._full_name(person.name)
            for person in self.people.people
            if key in name_words(person.name)
        }
        if not owners and len(key) > 4:  # "Holmgard said" of Holmgaard: a slip of the pen
            owners = self._misspelt(word.group("word")) or set()
        return Speaker(owners.pop()) if len(owners) == 1 else None

    def _named(self, p: int, lo: int, hi: int, name: str) -> Speaker | None:
        """The person an attribution names, unless a Russian verb's sex says otherwise ('—
        сказала Лебедева' where the name finder merged her with a Лебедев); a slip of the
        pen is the person it slips from."""
        female = self._verb_sex(p, lo, hi)
        sex = self.pronouns.sex.get(name)
        if female is not None and sex is not None and female != (sex == "f"):
            return None
        slips = self._misspelt(name)
        if slips is None:
            return Speaker(self._full_name(name))
        return Speaker(slips.pop()) if len(slips) == 1 else None

    def _full_name(self, name: str) -> str:
        """A one-word "person" that is a word of exactly one other person's fuller name
        ('Marcos' beside 'Ferdinand Marcos Jr.') is that person, named short."""
        if " " in name:
            return name
        key = norm(name).casefold()
        fuller = {
            person.name
            for person in self.people.people
            if " " in person.name
            and key in name_words(person.name)
            and person_name(person.name) != name  # "Volunteer Sonja" is the "Sonja" read
        }
        return fuller.pop() if len(fuller) == 1 else name

    def _misspelt(self, name: str) -> set[str] | None:
        """A one-word "person" a letter away from other people's surnames ('Rute' in a piece
        on Rutte) is a slip of the pen, not a new speaker: the people it may slip from (a
        surname of the other sex, 'Лебедева' of 'Лебедев', is no slip)."""
        if " " in name or len(name) < 4:
            return None
        found = letter_off(name.casefold(), (p.name for p in self.people.people if p.name != name))
        return set() if found is None else found or None

    # -- the entry point ----------------------------------------------------------------

    def subject(
        self, p: int, lo: int, hi: int, anchor: int, *, only: bool = False
    ) -> Speaker | None:
        """Who speaks, from the attribution text `lo:hi` of paragraph `p` (quote at `anchor`);
        with `only`, a span naming two people names no speaker. A speaker is a name or a
        body's name: an English lowercase phrase ("operator of X") only says what kind of
        body spoke."""
        speaker = self._subject(p, lo, hi, anchor, only=only)
        if speaker is not None and _LOWER_LATIN.match(speaker.name):
            return None  # Russian names a body by its service: "пресс-служба Совета …"
        if speaker is not None and _OWNED.match(speaker.name):
            return None  # "His office said": whose office, a name does not say
        if speaker is not None and speaker.kind == SpeakerKind.ORGANISATION:
            return Speaker(without_preposition(speaker.name), speaker.kind)  # "В МИД X …"
        return speaker

    def _subject(
        self, p: int, lo: int, hi: int, anchor: int, *, only: bool = False
    ) -> Speaker | None:
        text = self.paragraphs[p]
        auxiliary = _AUXILIARY_END.search(text, lo, hi)  # "“…,” the alliance had said"
        hi = auxiliary.start() if auxiliary is not None else hi
        if hi - lo < 2 or _CONJUNCTION.match(text[lo:hi]):
            return None
        pronoun = PRONOUN.match(text[lo:hi])
        if pronoun is not None:
            return self.pronoun(p, anchor, pronoun.group("pronoun"))
        if kind_again(text, lo, hi) is not None and any(
            m.para == p and lo <= m.start < hi and kind_word(text[m.start : m.end])
            for m in self.mentions
        ):  # "the alliance", which a list calls NATO: only a body named before is meant
            return self._sole_body(p, lo, hi)
        names = self._names(p, lo, hi)
        fronted = self.past_fronted(p, lo, hi, names) if names else None
        if fronted is not None:  # "At a briefing where X stood by, Y said": Y, not X
            after = self._subject(p, *fronted, anchor, only=only)
            if after is None or PRONOUN.match(text[fronted[0] : fronted[1]]):
                return after
            front = {
                self.people.by_mention[id(m)]
                for m in self.people.by_para.get(p, ())
                if lo <= m.start < fronted[0]
            }
            return after if after.name not in front else None
        if only and len(set(names)) > 1:
            return None  # "Trump, who met Putin, said: …": whose clause it is, the text hides
        if len(set(names)) > 1 and _JOINED.search(text, lo, hi):
            return None  # "X and Y said in a joint statement": both, so neither alone
        sign = call_sign(text, lo, hi) if not names else None
        if sign is not None:  # "— рассказал сапер с позывным «Гара»"
            return Speaker(sign)
        fuller = self._given_before(p, lo, names[0]) if names else None
        if fuller is not None:  # the name as written, or nobody when written short
            return Speaker(fuller) if fuller else None
        if names and self.genitive_place(p, lo, hi, names[0]):
            return None  # "— сказал глава администрации Бауски": the town, nobody
        if names:
            return self._named(p, lo, hi, names[0])
        if any(m.group("citing") is None for m in _SOURCES.finditer(text, lo, hi)):
            return None  # "Reuters sources said": nobody the text names spoke
        alone = self._short_name(p, lo, hi) or self.pronouns.lone_subject(p, lo, hi)
        comma = text.rfind(",", lo, hi)
        if alone is None and comma > lo:  # "Welcoming guests …, Sheikh Khalid said"
            alone = self._short_name(p, comma + 1, hi)
        if alone is None:  # "Chief Returning Officer (CRO) X …; “…,” said the CRO"
            alone = self._office_acronym(p, comma + 1 if comma > lo else lo, hi)
        if alone is None:  # "“…,” NVK said", "Responding to …, NVK said"
            alone = self.bodies.acronym(p, lo, hi, comma)
        if alone is None:  # "“…,” Brindle Oil said in an emailed statement"
            alone = self._issuer(p, comma + 1 if comma > lo else lo, hi)
        if alone is None:  # "“…,” Voltra said" of "the utility Voltra", "Voltra said its …"
            alone = self._marked_body(p, lo, hi)
        if alone is not None:
            return alone
        if (
            comma > lo
            and _LONE_WORD.fullmatch(text, comma + 1, hi)
            and not any(m.para == p and comma < m.start < hi for m in self.mentions)
        ):
            # "Speaking after talks with ministers of the Union (UCE) …, Marandi said": a name
            # nobody knows is the subject; the fronted clause's body did not speak.
            return None
        ending = _PRONOUN_END.search(text, lo, hi)
        if ending is not None:  # "In a statement issued today, he said: …"
            return self.pronoun(p, anchor, ending.group("pronoun"))
        kind = self.bodies.kind_alone(p, lo, hi)  # "— уточняет пресс-служба ведомства"
        if kind is not None:
            return kind
        voice = self.bodies.voice(p, lo, hi)  # "a spokesman from RMAC", "the RMAC official"
        if voice is not None:
            return voice
        speaker, decided = self._titled(p, lo, hi)
        if decided:  # or, when no holder fits, the person the description points back to
            return speaker or just_heard(self.paragraphs, self.people, p, lo, hi, self.pronoun)
        head = body_head(text, lo, hi, self.roles, "\n".join(self.paragraphs))  # "глава MOL"
        if head is not None:
            return Speaker(head)
        if names_head(text, lo, hi):  # "— подчеркнул глава МАГАТЭ": a person, not the body
            head = headed_before(self.paragraphs, self.people, p, lo, hi)
            return Speaker(self._full_name(head)) if head else self._person_described(p, lo, hi)
        body = (
            self._apposed_body(p, lo, hi)
            or self.bodies.organisation(p, lo, hi)
            or self._sole_body(p, lo, hi)
            or self._described_again(p, lo, hi)
        )
        if body is not None:
            return body
        located = located_body(  # "— пояснили в НАК", "— заявили в ведомстве Тарвии"
            text, lo, hi, [*self.bodies.org_speakers, *earlier_bodies(self.paragraphs, p, lo)]
        )
        if located is None:  # "— отметили в дипмиссии" after "сообщили в посольстве X"
            located = located_again(self.paragraphs, p, lo, hi)
        if located is not None:
            return self.bodies.credit(located)
        return self._person_described(p, lo, hi)

    def _person_described(self, p: int, lo: int, hi: int) -> Speaker | None:
        """The person a description points back to: a role said again, an age, the one
        person just spoken of."""
        return (
            self._role_repeated(p, lo, hi, definite=True)
            or self._aged(p, lo, hi)
            or self.pronouns.described(p, lo, hi, self._verb_sex(p, lo, hi))
            or just_heard(self.paragraphs, self.people, p, lo, hi, self.pronoun)
        )
