"""The body a document was named with sentences before a quote that cites "the statement"
alone: 'A statement issued by the X Embassy … (¶) “…,” the statement said', 'Об этом
говорится в сообщении МИД X. (¶) «…», — указано в сообщении'. Only the nearest mention of a
document counts, and only a body (never a person) read from the words naming its issuer: a
quote credited to the wrong body is worse than one with no speaker."""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import quote_spans
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import SpeakerKind

_DOCUMENT = alternatives(lexicon().both("document_words"))
_WORD = re.compile(rf"(?<![\w-]){_DOCUMENT}(?![\w-])", re.I)
_REACH = 6  # paragraphs back: a wire story names its source's statement once
_CLAUSE = r"[^,.;:!?«»\"“”()\n]"
# 'a statement issued by X', 'the readout from X', 'заявление Совета X' (a genitive name).
_AFTER = re.compile(
    rf"\s+(?:(?:issued|released|published|posted|distributed|put\s+out)\s+)?(?:by|from|of)\s+"
    rf"(?P<who>{_CLAUSE}{{2,100}})"
    rf"|\s+(?P<genitive>[A-ZА-ЯЁ]{_CLAUSE}{{1,100}})"
)
# '…, которое распространил X': the relative clause naming who put it out.
_PUT_OUT = re.compile(
    r"[^.!?]{0,160}?,\s+(?:которое|который|которую|которым)\s+"
    r"(?:распространил|опубликовал|обнародовал|выпустил|разместил)[аио]?\s+"
    rf"(?P<who>{_CLAUSE}{{2,80}})"
)
# 'The X Office statement', "X's statement": the name before the document word.
_BEFORE = re.compile(
    r"(?:^|\s)(?:[Tt]he\s+|[Aa]\s+)?(?P<who>[A-Z][\w&.-]*(?:\s+(?:of|for|[A-Z][\w&.-]*)){0,5})"
    r"(?:['’]s)?\s+(?:joint\s+|new\s+|latest\s+)?$"
)
# "турецкий МИД", "таиландского МИД": a body by its capitals, perhaps with whose it is.
_ACRONYM = re.compile(r"(?:[а-яё]+(?:ий|ый|ой|ого|его)\s+)?[А-ЯЁ]{2,8}(?:а|у|ом|е)?")
# "a joint statement", "A joint Tarvian-Kessinian statement": one put out by several parties.
_JOINT = re.compile(r"(?<![\w-])joint\s+(?P<whose>[A-Z][\w-]*\s+)?$", re.I)
_JOINT_SUBJECT = re.compile(
    rf"\s*(?:a|the)\s+joint\s+(?P<whose>[A-Z][\w-]*\s+)?(?P<word>{_DOCUMENT})"
    r"(?:\s+(?:published|issued|released|posted)\s+(?:on|late|early|this|last)\s+\w+)?\s*",
    re.I,
)
# Where the issuer's name ends inside a longer clause: 'МИД X по итогам встречи', 'X on Monday'.
_TAIL = re.compile(r"\s+(?:по|на|при|в|во|после|on|at|after|following|late|early)\s")


def document_issuer(speakers: Speakers, p: int, start: int) -> Speaker | None:
    """The body named with the nearest document mentioned before `start` of paragraph `p`
    (this paragraph and a few before it); None when that mention names no body."""
    for q in range(p, max(-1, p - _REACH - 1), -1):
        text = speakers.paragraphs[q]
        limit = start if q == p else len(text)
        inside = quote_spans(text)
        words = [
            w
            for w in _WORD.finditer(text, 0, limit)
            if not any(s.start <= w.start() < s.end for s in inside)
        ]
        if words:
            return _named_with(speakers, q, words[-1])
    return None


def _named_with(speakers: Speakers, q: int, word: re.Match[str]) -> Speaker | None:
    text = speakers.paragraphs[q]
    spans = []
    after = _AFTER.match(text, word.end())
    if after is not None:
        spans.append(after.span("who") if after.group("who") else after.span("genitive"))
    put_out = _PUT_OUT.match(text, word.end())
    if put_out is not None:
        spans.append(put_out.span("who"))
    before = _BEFORE.search(text, 0, word.start())
    if before is not None:
        spans.append(before.span("who"))
    found = {b.name for b in (_body(speakers, q, lo, hi) for lo, hi in spans) if b is not None}
    if len(found) == 1:
        return Speaker(found.pop(), SpeakerKind.ORGANISATION)
    joint = _JOINT.search(text, 0, word.start())
    if not found and joint and put_out is None and (after is None or not after.group("who")):
        # 'a joint statement' nobody is named as issuing: the statement speaks for all
        return Speaker(
            f"joint {joint.group('whose') or ''}{word.group()}", SpeakerKind.ORGANISATION
        )
    return None


def joint_document(text: str, lo: int, hi: int) -> Speaker | None:
    """'“…,” a joint statement published on Monday said': a joint statement that names no
    issuer is the speaker itself."""
    found = _JOINT_SUBJECT.fullmatch(text, lo, hi)
    if found is None:
        return None
    return Speaker(
        f"joint {found.group('whose') or ''}{found.group('word')}", SpeakerKind.ORGANISATION
    )


def _body(speakers: Speakers, q: int, lo: int, hi: int) -> Speaker | None:
    text = speakers.paragraphs[q]
    hi = lo + len(text[lo:hi].rstrip())
    tail = _TAIL.search(text, lo, hi)
    for end in (hi, tail.start() if tail is not None else None):
        if end is None or end - lo < 2:
            continue
        who = speakers.subject(q, lo, end, end, only=True)
        if who is not None:
            return who if who.kind == SpeakerKind.ORGANISATION else None
        if _ACRONYM.fullmatch(text, lo, end):
            return speakers.bodies.credit(text[lo:end])
    return None
