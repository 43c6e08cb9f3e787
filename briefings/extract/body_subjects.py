"""Which body an attribution names as its speaker when the name is no list's: a firm issuing
a statement, "the alliance" of the one body named before, an outlet described again, a bare
name the article writes as a body's, a name described between commas as a kind of body.

Apart from `speakers` (which tries its rules in order) because these read the article's
bodies, not its people; `Speakers` inherits them, as it does `subject_names`'s.
"""

from __future__ import annotations

import re

from briefings.extract.bodies import BodySpeakers
from briefings.extract.body_marks import BARE_NAME, body_kinds, marked_as_body
from briefings.extract.body_names import ORG, known_body
from briefings.extract.firm_descriptions import described_again, named_by_kind
from briefings.extract.gazetteer import Kind, norm
from briefings.extract.issuers import (
    KindsRead,
    firm_again,
    kind_word,
    sole_body,
    statement_issuer,
)
from briefings.extract.mentions import Mention
from briefings.extract.people import People
from briefings.extract.speaker import Speaker, name_words
from briefings.models import SpeakerKind

# "CEZ, the operator of Dukovany, said": a name, then what kind of body it is between commas.
_APPOSITION = re.compile(
    r"\s*(?P<name>[A-ZА-ЯЁ][\w&.-]*(?:\s+[A-ZА-ЯЁ][\w&.-]*){0,3}),\s+(?:the|an?)\s+"
    r"(?P<kind>(?:[A-Z]{2,8}\s+)?[a-z][^,]{2,60}),"
)
_APPOSITION_END = re.compile(rf"{_APPOSITION.pattern[:-1]},?\s*$")
# "Nordgrid, the Danish grid operator, said …": a bare name with its kind between commas
# (not "X, the head of the group,": no preposition among the words before the kind).
_NAME_OF_KIND = re.compile(
    rf"{BARE_NAME.pattern},\s+(?:the|an?)\s+(?:(?!(?:of|for|at|in|on|to|with)\s)[\w-]+\s+){{0,4}}"
    rf"(?:{body_kinds()}),\s*"
)
# What may follow the kind of body in that description: nothing, or a clause saying which.
_KIND_GOES_ON = re.compile(r"(?:\s+(?:that|which|in|at|on|behind|based|running|building)\b.*)?")


class BodySubjects:
    """The body-reading rules of `Speakers`, over the fields it declares."""

    paragraphs: list[str]
    people: People
    mentions: list[Mention]
    org_speakers: list[str]
    bodies: BodySpeakers
    _kinds: KindsRead

    def _issuer(self, p: int, lo: int, hi: int) -> Speaker | None:
        """A body no list knows that issues a statement under its own name."""
        people = {w for person in self.people.people for w in name_words(person.name)}
        here = [m for m in self.mentions if m.para == p]
        name = statement_issuer(self.paragraphs[p], lo, hi, here, people)
        if name is None:  # "“…,” Brindle said" after "Brindle Energy"
            name = firm_again(self.paragraphs, p, lo, hi, here, people)
        if name is None and not any(m.start < hi and m.end > lo for m in here):
            before = "\n".join([*self.paragraphs[:p], self.paragraphs[p][:lo]])
            name = named_by_kind(self.paragraphs[p], lo, hi, before, people)  # "energy giant X"
        return self.bodies.credit(name) if name is not None else None

    def _sole_body(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'“…,” the alliance said' of the one body heard or named before (NATO), or of the
        body an earlier "the alliance" was read as (`KindsRead`)."""
        named = [  # not "the alliance" itself, a kind some list names a body by
            ((m.para, m.start), known_body(m.name))
            for m in self.mentions
            if m.kind == Kind.ORG and not kind_word(self.paragraphs[m.para][m.start : m.end])
        ]
        before = [b for at, b in named if at < (p, lo)]
        text = self.paragraphs[p]
        name = sole_body(text, lo, hi, [*self.bodies.org_speakers, *before])
        name = self._kinds.body(text, lo, hi, (p, lo), name, named, self.org_speakers)
        return self.bodies.credit(name) if name is not None else None

    def _described_again(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'“…,” the publication writes' of the one outlet named right after that kind."""
        people = {w for person in self.people.people for w in name_words(person.name)}
        before = "\n".join([*self.paragraphs[:p], self.paragraphs[p][:lo]])
        name = described_again(self.paragraphs[p], lo, hi, before, people)
        return self.bodies.credit(name) if name is not None else None

    def _marked_body(self, p: int, lo: int, hi: int) -> Speaker | None:
        """A bare name nobody knows, which the article writes as a body's (`body_marks`) or
        has already heard speak as one ('“…,” said Nordgrid in a statement. (¶) Nordgrid said
        that …. (¶) “…,” it said'); perhaps with its kind between commas ('Nordgrid, the grid
        operator, said …')."""
        text = self.paragraphs[p]
        bare = BARE_NAME.fullmatch(text, lo, hi) or _NAME_OF_KIND.fullmatch(text, lo, hi)
        if bare is None or any(
            m.para == p and lo <= m.start < bare.end("name") for m in self.mentions
        ):
            return None
        name = bare.group("name")
        words = {norm(w).casefold() for w in name.split()}
        if any(words & name_words(person.name) for person in self.people.people):
            return None
        if name not in self.org_speakers and not marked_as_body(self.paragraphs, name):
            return None
        return Speaker(name, SpeakerKind.ORGANISATION)

    def _apposed_body(self, p: int, lo: int, hi: int) -> Speaker | None:
        """'CEZ, the operator of Dukovany, said': a name described as a kind of body between
        commas is that body speaking (a person's name is read before this)."""
        text = self.paragraphs[p]
        found = _APPOSITION.match(text, lo, hi)
        if found is None:
            # "“…,” including X, UNMEL, the UN mission in Y, said": the apposition that closes
            # the span, after a clause the quote's sentence went on with
            found = next(
                (
                    f
                    for f in (_APPOSITION_END.match(text, c + 1, hi) for c in _commas(text, lo, hi))
                    if f is not None
                ),
                None,
            )
        if found is None:
            return None
        kind = ORG.match(found.group("kind"))
        if kind is None or not _KIND_GOES_ON.fullmatch(found.group("kind"), kind.end()):
            return None  # "X, the company's chief, said": a person of the body, not the body
        if any(
            m.para == p
            and m.kind != Kind.ORG
            and found.start() <= m.start < found.end()
            and (m.kind == Kind.PERSON or m.start < found.end("name"))
            for m in self.mentions
        ):
            return None  # a person, or a place named as the body ("in Libya" says where)
        return self.bodies.credit(known_body(found.group("name")))


def _commas(text: str, lo: int, hi: int) -> list[int]:
    """The commas of `text[lo:hi]` before its last one, nearest `hi` first."""
    found = [k for k in range(lo, hi) if text[k] == ","]
    return found[-2::-1]
