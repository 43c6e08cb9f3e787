"""Headlines and title-case lines as evidence for people: a title-case line's capitals name
nobody unless the body writes the words as names, and people a headline opens on as its
subject count even when the body does not name them in full."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import Kind
from briefings.extract.lexicon import lexicon
from briefings.extract.mentions import Mention, scan
from briefings.extract.names import is_given
from briefings.extract.patterns import ROLE_HEAD, RU_ROLE_HEAD

_LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{3,}")
# Short words a title-case headline may leave lowercase ("Talks Resume with Rebels").
_SMALL_WORDS = frozenset(
    w.casefold() for field in ("prepositions", "conjunctions") for w in getattr(lexicon().en, field)
)


def title_case(headline: str) -> bool:
    """A headline in title case ("Deputy Premier Meets Ruritanian President"): its capitals
    mark no names. Every word of four letters or more is capitalised but prepositions and
    conjunctions, and no full stop or colon ends it (a sentence naming people does)."""
    words = _LONG_WORD.findall(headline)
    return (
        not headline.rstrip().endswith((".", ":"))
        and len(words) >= 4
        and all(w[0].isupper() or w.casefold() in _SMALL_WORDS for w in words)
    )


def named_in_body(word: str, paragraphs: list[str]) -> bool:
    """A word of a title-case headline's name that is a name: a known first name, or
    written capitalised in the body where no sentence opens."""
    if is_given(word):
        return True
    pattern = re.compile(rf"[\w,;)”’»\"]\s+{re.escape(word)}(?![\w-])")
    return any(pattern.search(text) for text in paragraphs)


def title_case_run(m: Mention, paragraphs: list[str]) -> bool:
    """An unknown full name inside a title-case line of the body (the headline repeated under
    its pictures) whose words the rest of the body never writes as a name."""
    if m.kind != Kind.PERSON or m.known or m.partial or not title_case(paragraphs[m.para]):
        return False
    others = paragraphs[: m.para] + paragraphs[m.para + 1 :]
    return not all(named_in_body(w, others) for w in m.name.split())


_JOINING = frozenset({"", ",", "и", "and", "&"})
_LOWERCASE_NEXT = re.compile(r"\s+[^\W\d_A-ZА-ЯЁ]")
# "President of A X and chairman of B Y sign …": each subject's office before the name, its
# country at most two capitalised words or an acronym after it.
_OFFICE_GAP = re.compile(
    rf"(?:(?:и|and|&|,)\s+)?(?i:(?:{ROLE_HEAD})|{RU_ROLE_HEAD})(?:\s+(?:of\s+)?[A-ZА-ЯЁ][\w-]*){{0,2}}"
)


def headline_subjects(
    headline: str | None, found: list[Mention] | None = None
) -> dict[int, Mention]:
    """The people a headline opens on, as its subject ("Putin and Japarov sign …", "X Y
    congratulates …"), by their start: not one in an oblique case ("У Путина заявили") nor a
    tag line's word ("… Trump 2.0 …"), which the body's office need not be about.

    `found` is the headline's scan when the caller has it (one scan serves both readings)."""
    if not headline:
        return {}
    subjects: dict[int, Mention] = {}
    pos = 0
    for m in scan([headline]) if found is None else found:
        if m.kind == Kind.PLACE:
            continue  # the country of an office ("President of A X"): the next gap holds it
        gap = headline[pos : m.start].strip()
        if m.kind != Kind.PERSON or (gap not in _JOINING and not _OFFICE_GAP.fullmatch(gap)):
            break
        subjects[m.start] = m
        pos = m.end
    if not subjects or _LOWERCASE_NEXT.match(headline, pos) is None:
        return {}
    return subjects
