"""What the text before a pronoun shows about whom it may mean: the sex each person is shown
to be, a woman or a pronoun of the same sex named before, who was named (or spoke) in the
sentence just before, and which stretches of a paragraph are quoted.

Apart from `pronouns` (the search back for the one fitting person) because these are the
facts that search weighs, each read the same way wherever it looks; `Pronouns` inherits them.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import TYPE_CHECKING

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import quote_spans, running_close
from briefings.extract.mention import Mention
from briefings.extract.patterns import FEMALE_PRONOUNS, VERB
from briefings.extract.people import People
from briefings.extract.sexes import SENTENCE_END as _SENTENCE_END
from briefings.extract.sexes import sexes
from briefings.extract.speaker import after_preposition, told_to
from briefings.extract.subjects import speaks

_OWNER_AFTER = re.compile(r"['’]s?(?!\w)")
_ANY_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|он|она)(?![\w-])", re.I)
LEADING_PRONOUN = re.compile(r"^\W*(?P<pronoun>he|she|он|она)(?![\w-])", re.I)
_VOICES = alternatives([*lexicon().en.body_voice_nouns, *lexicon().en.anaphoric_titles])
# "An official said …", "The ministry official said …": a sentence whose subject is someone
# never named, indefinite or described by more than the bare noun ("the official" alone may
# point back to the one named before), speaking. A later "he said" means that person.
_UNNAMED_VOICE = re.compile(
    rf"(?:^|(?<=[.!?…]\s))\W*(?:(?:An?|One)\s+(?:[\w-]+\s+){{0,3}}|The\s+(?:[\w-]+\s+){{1,3}})"
    rf"{_VOICES}\s+(?:\w+\s+)?{VERB}(?![\w-])"
)


# "A spokesman for Premier X said …": someone unnamed speaks for the person named after
# the voice; a later "he said" means the spokesman, not X.
_VOICE_FOR = re.compile(
    rf"\W*(?:An?|One)\s+(?:[\w-]+\s+){{0,3}}{_VOICES}\s+(?:for|of|from|at|to)\s+"
    rf"[^.!?\"“”«»]{{2,80}}?\s{VERB}(?![\w-])"
)


_SYNONYMS = lexicon().en.title_synonyms
_HEADS = sorted(
    {*lexicon().en.person_description_heads, *(t for group in _SYNONYMS for t in group)},
    key=len,
    reverse=True,
)
# "The PM told ministers …", "In reply, Norland's energy minister said …": a sentence
# whose subject is a person described by an office, not named, speaking.
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:[A-Z][^,.!?\"“”«»]{0,40},\s+)?(?:The|[A-Z][\w-]*['’]s)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,2}}(?P<head>(?i:{alternatives(_HEADS)}))\s+(?:[a-z]+\s+)?"
    rf"{VERB}(?![\w-])"
)


def described_speaking(text: str, lo: int, hi: int | None) -> list[str]:
    """The offices of the people `text[lo:hi]` describes, unnamed, as speaking subjects."""
    end = len(text) if hi is None else hi
    return [m.group("head") for m in _DESCRIBED_SUBJECT.finditer(text, lo, end)]


def holds_office(role: str | None, office: str) -> bool:
    """Whether a role names the office, under any of its names ("PM" of "Prime Minister")."""
    names = next((g for g in _SYNONYMS if office.casefold() in g), (office.casefold(),))
    return role is not None and any(n in role.casefold() for n in names)


def unnamed_voice(text: str, after: int, limit: int | None) -> bool:
    """Whether someone unnamed speaks as a sentence's subject in `text[after:limit]`, or as
    the subject of the sentence holding the last name, which ends at `after` ("A spokesman
    for X said …", "An official said X would …")."""
    end = len(text) if limit is None else limit
    if _UNNAMED_VOICE.search(text, after, end) is not None:
        return True
    sentence = max(text.rfind(mark, 0, after) for mark in ".!?") + 1
    if _VOICE_FOR.match(text, sentence, end) is not None:
        return True
    voice = _UNNAMED_VOICE.search(text, sentence, after)
    return voice is not None and voice.start() <= sentence + 1


class Antecedents:
    """The context-reading methods of `Pronouns`, over the fields it declares."""

    paragraphs: list[str]
    people: People
    _quote_cache: dict[int, list[tuple[int, int]]]

    if TYPE_CHECKING:  # defined by `Pronouns`, from the people it finds per paragraph

        def _mentions(self, q: int) -> list[Mention]: ...

        def _name(self, m: Mention) -> str: ...

    # Worked out only when an article has a pronoun to resolve: most have none.
    @cached_property
    def sex(self) -> dict[str, str]:
        return sexes(self.paragraphs, self.people)

    def _women(self, names: set[str]) -> set[str]:
        return {n for n in names if self.sex.get(n) == "f"}

    def _woman_before(self, q: int, p: int) -> bool:
        """Whether a woman the text marks as one is named in the few paragraphs before `q`
        that a pronoun at `p` may still reach."""
        return any(
            self._women({self._name(m) for m in self._mentions(r)}) for r in range(max(0, p - 5), q)
        )

    def _other_office_between(self, name: str, p: int, pos: int) -> bool:
        """'X, a former minister, said …. (¶) The PM told … (¶) “…,” he said': a person
        described by an office speaks after `name` was last named; the pronoun means them,
        not `name`, unless `name` holds that office."""
        named = [
            (q, m.end)
            for q in range(p + 1)
            for m in self._mentions(q)
            if (q < p or m.end <= pos) and self._name(m) == name
        ]
        if not named:
            return False
        q0, end = max(named)
        role = next((x.role for x in self.people.people if x.name == name), None)
        return any(
            not holds_office(role, office)
            for q in range(q0, p + 1)
            for office in described_speaking(
                self.paragraphs[q], end if q == q0 else 0, pos if q == p else None
            )
        )

    @staticmethod
    def _same_pronoun_leads(text: str, female: bool | None) -> bool:
        """Whether a paragraph (up to the pronoun being resolved) opens with a pronoun of
        that sex, pointing further back itself."""
        lead = LEADING_PRONOUN.match(text)
        return (
            lead is not None
            and lead.end() < len(text.rstrip())
            and female is not None
            and (lead.group("pronoun").casefold() in FEMALE_PRONOUNS) == female
        )

    def _pronoun_before(self, q: int, limit: int, female: bool | None) -> bool:
        """Whether a pronoun of that sex, outside quotation marks, stands in paragraph `q`
        before `limit` (where the paragraph first names anyone)."""
        if female is None:
            return False
        quoted = self._quoted(q)
        return any(
            (m.group().casefold() in FEMALE_PRONOUNS) == female
            and not any(a <= m.start() < b for a, b in quoted)
            for m in _ANY_PRONOUN.finditer(self.paragraphs[q], 0, limit)
        )

    def _sentence_at(self, q: int, pos: int) -> str:
        """The text of paragraph `q` from the start of the sentence holding `pos`."""
        text, quoted = self.paragraphs[q], self._quoted(q)
        ends = [
            e.end()
            # the whole text: a sentence ending right before a quote at `pos` is seen by
            # what opens the next one
            for e in _SENTENCE_END.finditer(text)
            if e.end() <= pos and not any(a <= e.start() < b for a, b in quoted)
        ]
        return text[ends[-1] if ends else 0 :]

    def _spoke_just_before(self, q: int, pos: int, before: list[Mention]) -> set[str]:
        """Who is the subject of a speech verb in the sentence before the one at `pos`, when
        that one names nobody before `pos`."""
        return self._just_before(q, pos, before, speaking=True)

    def _just_before(self, q: int, pos: int, before: list[Mention], *, speaking: bool) -> set[str]:
        """Who is named in the sentence before the one at `pos` (with `speaking`, as the
        subject of a speech verb; else anyone not after a preposition), when the sentence at
        `pos` names nobody before `pos`."""
        text, quoted = self.paragraphs[q], self._quoted(q)
        ends = [
            e.end()
            # the whole text: a sentence ending right before a quote at `pos` is seen by
            # what opens the next one
            for e in _SENTENCE_END.finditer(text)
            if e.end() <= pos and not any(a <= e.start() < b for a, b in quoted)
        ]
        if not ends:
            return set()
        current, previous = ends[-1], (ends[-2] if len(ends) > 1 else 0)
        if any(current <= m.start < pos for m in before):
            return set()
        return {
            self._name(m)
            for m in before
            if previous <= m.start < current
            and (not speaking or speaks(text, m))
            and not after_preposition(text, m.start)
            and not told_to(text, m.start)
        }

    def _named_after_speaking(self, q: int, before: list[Mention], speaker: str) -> bool:
        """'X said “…”. But X's aide, Y, rejected it. (¶) “…,” he said': someone else stands
        in a sentence after the last one in which `speaker` speaks (not after a preposition,
        not as whose something is), so the pronoun may mean either."""
        text = self.paragraphs[q]
        spoke = [m.start for m in before if self._name(m) == speaker and speaks(text, m)]
        if not spoke:
            return False
        end = _SENTENCE_END.search(text, spoke[-1])
        return end is not None and any(
            self._name(m) != speaker
            and m.start >= end.end()
            and not _OWNER_AFTER.match(text, m.end)
            and not after_preposition(text, m.start)
            and not told_to(text, m.start)
            for m in before
        )

    def quoted(self, q: int) -> list[tuple[int, int]]:
        """The stretches of paragraph `q` that are someone's words."""
        return self._quoted(q)

    def _quoted(self, q: int) -> list[tuple[int, int]]:
        spans = self._quote_cache.get(q)
        if spans is None:
            text = self.paragraphs[q]
            spans = [(s.start, s.end) for s in quote_spans(text)]
            # the end of a quotation opened paragraphs before is someone's words too
            close = running_close(text) if q else None
            if close is not None:
                spans.insert(0, (0, close))
            self._quote_cache[q] = spans
        return spans
