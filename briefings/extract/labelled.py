"""Quotes labelled with their speaker: a transcript line ('Marco Ferrante: The market is
ready …') and a headline that quotes the person its label names ('Сафонов: «…»')."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.marks import MIN_WORDS
from briefings.extract.offices import is_title
from briefings.extract.people import People
from briefings.extract.speaker import person_name
from briefings.models import Quote

_LABELLED = re.compile(r"^(?P<label>[^:.!?\"“”«»]{2,40}):\s+(?P<body>\S.{19,})$", re.S)


def labelled_quote(p: int, text: str, people: People) -> Quote | None:
    """A transcript line: 'Marco Ferrante: The market is ready ...' is Ferrante speaking."""
    m = _LABELLED.match(text)
    if m is None:
        return None
    label_end = m.end("label")
    speakers = [
        people.by_mention[id(x)]
        for x in people.by_para.get(p, ())
        if x.start == 0 and x.end >= label_end - 1
    ]
    speakers = [name for name in speakers if not is_title(name)]  # "Vice Premier: …"
    names = [name for name in map(person_name, speakers) if name is not None]
    if not names:
        return None
    body = m.group("body").strip().strip('"“”«»').strip()
    return Quote(text=body, speaker=names[0], sentence=text)


# "О. Сафонов: «…»", "Grundberg: “…”": a headline quoting the person its label names.
_HEADLINE = re.compile(
    r"^(?P<who>[^:«»\"“”„]{2,60}?)\s*:\s*[«“„\"](?P<body>[^«»\"“”„]+)[»”“\"]?\s*$"
)
_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.$")


def headline_quote(title: str, people: People) -> Quote | None:
    """The headline's quote when its label is the surname (with initials, perhaps) of
    exactly one person the article names; nothing when the label fits nobody or several."""
    m = _HEADLINE.match(title.strip())
    if m is None or len(m.group("body").split()) < MIN_WORDS:
        return None
    words = m.group("who").replace(".", ". ").split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    surname, initials = norm(words[-1]).casefold(), [w[0] for w in words[:-1]]
    if any(not _INITIAL.match(w) for w in words[:-1]):
        return None  # "Foreign Ministry: …" and other labels that are not a person
    fits = {
        person.name
        for person in people.people
        for names in [person.name.split()]
        if norm(names[-1]).casefold() == surname
        and all(i == n[:1] for i, n in zip(initials, names, strict=False))
    }
    known = gazetteer().index.get((norm(words[-1]),))  # "Токаев" for Kassym-Jomart Tokayev
    if known is not None and known.kind == Kind.PERSON and not initials:
        fits |= {p.name for p in people.people if p.name == known.name}
    if len(fits) != 1:
        return None
    return Quote(text=m.group("body").strip(), speaker=fits.pop(), sentence=title)
