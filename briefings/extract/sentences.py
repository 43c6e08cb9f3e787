"""Where a paragraph's sentences begin, and whom a sentence names before its verb as the
one who speaks: not an owner, not a preposition's object, not a Russian name in an oblique
case.

Apart from `embedded` (the rules that give a quote inside a clause its speaker) because
`attribution`, `continuation` and `quotes` share the sentence reading too; below all four.
"""

from __future__ import annotations

import re

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import Span, quote_spans
from briefings.extract.patterns import HONORIFIC_ABBREVIATIONS, VERB
from briefings.extract.speaker import oblique
from briefings.extract.speakers import Speaker, Speakers
from briefings.extract.subject_names import body_word_after

# An initial's dot ("Christopher J. Cavoli") ends no sentence, nor a rank's ("said Brig. Gen.
# X, director of …"), which would start a new sentence in the middle of an attribution.
_NOT_AFTER_RANK = "".join(rf"(?<!\b{a})" for a in HONORIFIC_ABBREVIATIONS)
SENTENCE_END = re.compile(rf"(?<!\b[A-ZА-ЯЁ]){_NOT_AFTER_RANK}[.!?…][\"”»]?\s+(?=[\"“«—–A-ZА-ЯЁ])")
_OWNER = re.compile(r"['’]s?\b")
_ACCORDING_TO = re.compile(r"(?<!\w)(?:according\s+to|по\s+словам|citing|quoting)(?!\w)", re.I)
_SENTENCE_CONJUNCTION = re.compile(
    rf"\s*{alternatives(lexicon().en.sentence_conjunctions)}\s+(?=\S)"
)
_WHO_AFTER = re.compile(r"\s*,\s*(?:who|котор(?:ый|ая|ые))\b", re.I)
# Capitalised "States" is a name's word ("the United States", "Member States"), never the verb.
VERB_ANYWHERE = re.compile(rf"(?<!\w)(?!(?-i:States)\b){VERB}\b", re.I)
# A name opening its clause: after the sentence's start or a comma, only capitalised words
# (a title: "UN Secretary-General") before it.
_CLAUSE_OPENER = re.compile(r"(?:^|,)\s*(?:[A-ZА-ЯЁ][\w.’'-]*\s+)*$")
_LAST_WORD = re.compile(r"(?P<word>[А-ЯЁ][а-яё]+)\s+$")


def sentence_start(
    text: str, pos: int, spans: list[Span], names: tuple[tuple[int, int], ...] = ()
) -> int:
    """Where the sentence holding `pos` begins; no sentence ends inside a quote, nor inside
    a person's name found in the text (`names`: its ranges), whose initial may be two letters
    ("Ts. Batbayar")."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, min(len(text), pos + 1)):
        if not any(
            s.start < m.start() < s.end and not _ends_with(text, s, m.start()) for s in spans
        ) and not any(lo < m.start() < hi for lo, hi in names):
            start = m.end()
    return start


def _ends_with(text: str, span: Span, stop: int) -> bool:
    """Whether the stop at `stop` is the quote's last character, right before its closing
    mark ('… progress.” Tarvia’s minister …'): the sentence ends with the quote."""
    return span.closed and span.end == stop + 2 and text[stop + 1] in '”"»'


class Sentences:
    """A paragraph's text and quote spans, with its sentences and the subjects they name;
    `embedded.Clauses` adds the rules that read a quote's clause."""

    def __init__(self, speakers: Speakers, p: int, text: str, start: int = 0) -> None:
        self.speakers, self.p, self.text = speakers, p, text
        self.spans = quote_spans(text, start)
        self.names = tuple((m.start, m.end) for m in speakers.people.by_para.get(p, ()))

    def sentence(self, pos: int) -> int:
        """Where the sentence holding `pos` begins in this paragraph."""
        return sentence_start(self.text, pos, self.spans, self.names)

    def _subject(self, lo: int, hi: int, anchor: int, *, only: bool = False) -> Speaker | None:
        opener = _SENTENCE_CONJUNCTION.match(self.text, lo, hi)
        if opener is not None and re.search(r"(?:^|[.!?…][\"”»]?)\s*$", self.text[:lo]):
            lo = opener.end()  # "But the union said …": the sentence's subject after "But"
        return self.speakers.subject(self.p, lo, hi, anchor, only=only)

    def _oblique(self, start: int, end: int, name: str) -> bool:
        """Whether a Russian mention is in an oblique case, its first name too when the
        mention kept only the surname ('Джеффа Лэндри' of 'Джефф Лэндри')."""
        surface = self.text[start:end]
        if not CYR.search(surface):
            return False
        before = _LAST_WORD.search(self.text, max(0, start - 30), start)
        first = name.split()[0]
        if before is not None and len(name.split()) > len(surface.split()):
            word = before.group("word")
            stem = first[: len(first) - 1]  # 'Джеффа' of 'Джефф', 'Нарендры' of 'Нарендра'
            if word != first and word.startswith(stem) and len(word) - len(first) <= 2:
                return True
        return oblique(surface, name)

    def _named_before(self, sentence: int, verb: int) -> set[str]:
        """People named in the sentence before its verb, not as an owner ("X's aide"); a
        sole one that is a preposition's object ("Manager of Acme Fizz Group") unless a
        relative clause makes it a subject ("in the presence of X, who said"), or the front
        of a body's name the text runs on into ("Acme Fizz Group"), is no one: the set holds
        '' for it, so that it still counts as a name and yet speaks for nobody. Beside other
        names, the front of a body's name is left out."""
        people = self.speakers.people
        found = [
            m
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < verb and not _OWNER.match(self.text, m.end)
        ]
        names = {people.by_mention[id(m)] for m in found}
        if len(names) == 1:
            if all(
                (
                    self.speakers.is_object(self.p, m.start, sentence)
                    and _WHO_AFTER.match(self.text, m.end) is None
                )
                or body_word_after(self.text, m.end)
                for m in found
            ):
                return {""}
            return names
        # "X, Manager of Acme Fizz Group, stated": beside a subject, a "name" that is the
        # front of a body's name is no one ("After X met Y, …" still names two)
        kept = {people.by_mention[id(m)] for m in found if not body_word_after(self.text, m.end)}
        # "X, сообщив о назначении Олега Y, заявил, что «…»": a Russian name in an oblique
        # case is no subject; the one named in the nominative is.
        nominative = {
            people.by_mention[id(m)]
            for m in found
            if not self._oblique(m.start, m.end, people.by_mention[id(m)])
        }
        if len(nominative) == 1 and len(kept) > 1 and nominative <= kept:
            return nominative
        return kept if kept else names

    def _one_not_object(self, sentence: int, verb: int) -> Speaker | None:
        """'At a briefing with Y, X expressed hope …, envisioning it as “…”': of the people
        named before the verb, the one no preposition governs (nobody when none or several)."""
        people = self.speakers.people
        found = [
            m
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < verb and not _OWNER.match(self.text, m.end)
        ]
        objects = {
            people.by_mention[id(m)]
            for m in found
            if self.speakers.is_object(self.p, m.start, sentence)
        }
        # a Russian name in an oblique case ('визит Иванова') is no subject either
        free = {people.by_mention[id(m)] for m in found} - objects
        if any(self._oblique(m.start, m.end, people.by_mention[id(m)]) for m in found):
            return None
        if len(free) != 1 or not objects:
            return None
        name = free.pop()
        # and it opens its clause, titles aside ('met Y' makes Y an object too)
        opens = all(
            _CLAUSE_OPENER.search(self.text[sentence : m.start]) is not None
            for m in found
            if people.by_mention[id(m)] == name
        )
        return Speaker(name) if opens else None

    def _governed(self, lo: int, start: int) -> bool:
        """Whether the name at `start` is a preposition's object after `lo`, and not the
        source an "according to" names."""
        before = self.text[lo:start]
        return self.speakers.is_object(self.p, start, lo) and not _ACCORDING_TO.search(before)
