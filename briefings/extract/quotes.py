"""Direct speech and who said it: the speaker comes from the attribution next to the quote
(a name, a pronoun pointing back to one, or a title only one person holds); with no such
evidence the speaker stays empty, since a wrong speaker is worse than none."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import TOKEN, norm
from briefings.extract.patterns import (
    ABBREV_DOT,
    FEMALE_PRONOUNS,
    FEMALE_SURNAME,
    PRONOUN,
    ROLE_STOP,
    ROLE_SYNONYMS,
    TITLE_ONLY,
    VERB,
)
from briefings.extract.people import People
from briefings.models import Person, Quote

_QUOTE_SPAN = re.compile(
    r"“(?P<a>[^“”]{12,}?)”|\"(?P<b>[^\"]{12,}?)\"|«(?P<c>(?:[^«»]|«[^«»]*»){12,}?)»|„(?P<d>[^„“”]{12,}?)[“”]"
)
_AFTER_VERB = re.compile(
    rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?:{VERB}|according\s+to)\b(?P<rest>(?:[^.!?;]|{ABBREV_DOT})*)",
    re.I,
)
# Russian dialogue-style quote: "— Мы готовы к переговорам, — заявил Алиев."
_DASH_QUOTE = re.compile(
    rf"^[—–-]\s+(?P<body>.+?)[,!?…]?\s+[—–-]\s+(?P<attr>{VERB}\b[^.!?]*)", re.I
)
_AFTER_SUBJ = re.compile(
    rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?P<subj>[^,.!?\"“”«»]{{2,90}}?(?:,[^,.!?\"“”«»]{{2,60}}?){{0,2}})"
    rf",?\s+{VERB}\b",
    re.I,
)
_BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:{VERB}|according\s+to)"
    rf"(?:\s+(?:that|reporters|journalists|[A-Z][\w.-]+))?\s*[:,]?\s*$",
    re.I,
)
_CLAUSE_MARKS = '.!?"“”«»'
_LABELLED = re.compile(r"^(?P<label>[^:.!?\"“”«»]{2,40}):\s+(?P<body>\S.{19,})$", re.S)


def _subject_before(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """Span of who speaks when the attribution precedes the quote ('Bayramov said: “…”')."""
    verb = _BEFORE_VERB.search(text, lo, start)
    if verb is not None:
        end = verb.start()
    else:
        stripped = text[lo:start].rstrip()
        if not stripped.endswith(":"):
            return None
        end = lo + len(stripped) - 1
    segment = text[lo:end]
    begin = lo + max(segment.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    return (begin, end) if end - begin >= 2 else None


def speaker_in(people: People, para: int, lo: int, hi: int, last: bool = False) -> str | None:
    """The person named between `lo` and `hi` of a paragraph (the first, or the last)."""
    found = [people.by_mention[id(m)] for m in people.by_para.get(para, ()) if lo <= m.start < hi]
    if not found:
        return None
    return found[-1] if last else found[0]


def _role_stems(text: str) -> set[str]:
    for pattern, same_office in ROLE_SYNONYMS:
        if pattern.search(text):
            text += " " + same_office  # the same office, as Russian news names it both ways
    return {
        norm(w).casefold()[:5]
        for w in TOKEN.findall(text)
        if len(w) > 2 and w.casefold() not in ROLE_STOP
    }


def _speaker_by_title(text: str, people: list[Person]) -> str | None:
    """The person whose stated role the attribution names ('said the Minister',
    '— подчеркнул глава азербайджанского МИД')."""
    title = TITLE_ONLY.search(text)
    if title:
        head = title.group("head").casefold()
        for person in people:
            if person.role and head in person.role.casefold():
                return person.name
    words = _role_stems(" ".join(text.split()[:8]))
    best: tuple[int, str] | None = None
    for person in people:
        if not person.role:
            continue
        overlap = len(words & _role_stems(person.role))
        if overlap >= 2 and (best is None or overlap > best[0]):
            best = (overlap, person.name)
    return best[1] if best else None


def _last_person_before(people: People, para: int, pos: int, pronoun: re.Match[str]) -> str | None:
    """Whom 'he'/'она' points to: the one person of the right sex named in the nearest
    paragraph before it that names anyone; with two candidates, nobody (never guess)."""
    female = pronoun.group("pronoun").casefold() in FEMALE_PRONOUNS
    for p in range(para, max(-1, para - 6), -1):  # a pronoun points a few paragraphs back
        before = [m for m in people.by_para.get(p, ()) if p < para or m.start < pos]
        if not before:
            continue
        names = {people.by_mention[id(m)] for m in before}
        women = {n for n in names if FEMALE_SURNAME.search(n.split()[-1])}
        # A woman's surname is often marked; a man's never is, so "she" may still fit it.
        fitting = (women or names) if female else names - women
        return fitting.pop() if len(fitting) == 1 else None
    return None


def dash_matches(paragraphs: list[str]) -> list[re.Match[str] | None]:
    """_DASH_QUOTE on each paragraph, once per article: both quote passes need it."""
    return [_DASH_QUOTE.match(p) if p[:1] in "—–-" else None for p in paragraphs]


def _dash_quote(p: int, dash: re.Match[str] | None, people: People) -> Quote | None:
    """A dialogue-style quote: '— Мы готовы к переговорам, — заявил Алиев.'"""
    if dash is None or len(dash.group("body").split()) < 4:
        return None
    lo, hi = dash.span("attr")
    speaker = speaker_in(people, p, lo, hi)
    after_verb = dash.group("attr").split(None, 1)[1:]
    pronoun = PRONOUN.match(after_verb[0]) if after_verb else None
    if speaker is None and pronoun:
        speaker = _last_person_before(people, p, 0, pronoun)
    if speaker is None:
        speaker = _speaker_by_title(dash.group("attr"), people.people)
    return Quote(text=dash.group("body").strip(), speaker=speaker, sentence=dash.string)


def _labelled_quote(p: int, text: str, people: People) -> Quote | None:
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
    if not speakers:
        return None
    body = m.group("body").strip().strip('"“”«»').strip()
    return Quote(text=body, speaker=speakers[0], sentence=text)


def _attribute(
    people: People, p: int, text: str, lo: int, hi: int, start: int, *, last: bool = False
) -> str | None:
    """Speaker of an attribution span: a name in it, a pronoun's person, or a held title."""
    speaker = speaker_in(people, p, lo, hi, last=last)
    pronoun = PRONOUN.match(text[lo:hi])
    if speaker is None and pronoun:
        speaker = _last_person_before(people, p, start, pronoun)
    if speaker is None:
        speaker = _speaker_by_title(text[lo:hi], people.people)
    return speaker


def find_quotes(
    paragraphs: list[str], people: People, dashes: list[re.Match[str] | None]
) -> list[Quote]:
    """Quotes in quotation marks, dialogue dashes and transcript lines, with their speakers."""
    out: list[Quote] = []
    for p, text in enumerate(paragraphs):
        dash = _dash_quote(p, dashes[p], people) or _labelled_quote(p, text, people)
        if dash is not None:
            out.append(dash)
            continue
        previous: tuple[int, str | None] | None = None  # end and speaker of the last quote
        for m in _QUOTE_SPAN.finditer(text):
            body = next(g for g in m.groups() if g is not None).strip()
            if len(body.split()) < 5:
                continue
            start, end = m.span()
            speaker: str | None = None
            attributed = False
            after = text[end : end + 220]
            av = _AFTER_VERB.match(after)
            if av:
                attributed = True
                lo = end + av.start("rest")
                speaker = _attribute(people, p, text, lo, lo + len(av.group("rest")), start)
            if not attributed:
                sv = _AFTER_SUBJ.match(after)
                if sv:
                    attributed = True
                    lo, hi = end + sv.start("subj"), end + sv.end("subj")
                    speaker = _attribute(people, p, text, lo, hi, start)
            if not attributed:
                subject = _subject_before(text, max(0, start - 220), start)
                if subject:
                    attributed = True
                    speaker = _attribute(people, p, text, *subject, start, last=True)
            if not attributed and previous is not None and previous[1] is not None:
                # '"A," said X. "B."': B goes on with X's words unless someone else is named.
                between = {
                    people.by_mention[id(x)]
                    for x in people.by_para.get(p, ())
                    if previous[0] <= x.start < start
                }
                if between <= {previous[1]}:
                    attributed, speaker = True, previous[1]
            if attributed:
                out.append(Quote(text=body, speaker=speaker, sentence=text))
                previous = (end, speaker)
    return out
