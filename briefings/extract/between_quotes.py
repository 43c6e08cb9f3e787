"""Whether a quote after another in the same paragraph may be the same voice's: nobody else
speaks between them ('“A,” she added. The Front said it hoped “B.”'), names another subject
('Distributor Y blamed “B.”') or was only told the words ('“A,” X told Y. “B.”'). Kept apart
from `continuation`, which reads the paragraphs around a quote, as these read one paragraph.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import SENTENCE_END, VERB_ANYWHERE, Paragraph
from briefings.extract.embedded import SPEECH_PARTICIPLE
from briefings.extract.gazetteer import Kind
from briefings.extract.speakers import Speaker


def speaks_between(text: str, lo: int, hi: int) -> bool:
    """'“A,” she added. The Front said it hoped “B.”': a new sentence between two quotes
    with a speech verb of its own has its own speaker, named or not; so has one whose speech
    is a participle ('The Front welcomed it, saying “B.”')."""
    ends = list(SENTENCE_END.finditer(text, lo, hi))
    if not ends:
        return False
    start = ends[-1].end()
    return (
        VERB_ANYWHERE.search(text, start, hi) is not None
        or SPEECH_PARTICIPLE.search(text, start, hi) is not None
    )


def another_subject(para: Paragraph, lo: int, hi: int, who: Speaker) -> bool:
    """'“A,” X said. Distributor Y blamed “B.”': a new sentence between two quotes whose own
    words before B name someone or something other than `who` has its own subject."""
    ends = list(SENTENCE_END.finditer(para.text, lo, hi))
    start = ends[-1].end() if ends else None
    return (
        start is not None
        and bool(para.text[start:hi].strip())
        and someone_else(para, start, hi, who)
    )


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZА-ЯЁ][\w’'-]+")


def someone_else(para: Paragraph, lo: int, hi: int, who: Speaker) -> bool:
    """Whether `lo:hi` names anyone or anything that might speak besides `who`: a body, or
    a capitalised word inside a sentence that is neither a place nor a word of `who`'s name
    (a person the name finder missed is still someone)."""
    text, own = para.text, set(who.name.split())
    places = [
        (m.start, m.end)
        for m in para.speakers.mentions
        if m.para == para.p and m.kind == Kind.PLACE
    ]
    for word in _CAPITALISED.finditer(text, lo, hi):
        opens_sentence = not text[lo : word.start()].strip() or re.search(
            r"[.!?…:]\s*$", text[lo : word.start()]
        )
        if opens_sentence or word.group() in own:
            continue
        if not any(a <= word.start() < b for a, b in places):
            return True
    return False


def told_to(para: Paragraph, lo: int, hi: int) -> set[str]:
    """People named in `lo:hi` right after the "told" of the attribution that opens it
    ('“A,” X told Y. “B.”'): whom the words were told to, who do not speak in turn."""
    people = para.speakers.people
    return {
        people.by_mention[id(m)]
        for m in people.by_para.get(para.p, ())
        if lo <= m.start < hi and _TOLD_TITLED.match(para.text, lo, m.start)
    }


# '“A,” X told President Y.': whom the words were told to, after a title or two.
_TOLD_TITLED = re.compile(
    r"\s*[,.!?…]?\s*[^.!?\"“”«»]{0,40}?(?<!\w)(?:told|tells)\s+(?:[A-Z][\w.-]*\s+){0,3}$"
)
