"""Quotes set off by dashes, as Russian print writes them: a dialogue line ('— …, — заявил
X'), the author's words splitting a quote inside its marks ('«A, — сказал X. — B»'), an inner
quote whose mark closes the outer one too, two hyphens typed for the dash.

Apart from `quotes` (which walks an article's paragraphs) because these read one paragraph's
marks and dashes; `quote_of` builds every quote both modules keep.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import Paragraph
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import MIN_WORDS, Span
from briefings.extract.patterns import VERB
from briefings.extract.speaker import person_speaker
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import Quote

# '"…", -- сказал X': two hyphens typed for the dash after a quote; the same length, so the
# mentions found in the paragraph stay where they were.
DOUBLE_HYPHEN = re.compile(r"(?<=[,.!?…\"'»”’] )--(?= )")
# "— …, — отмечается в заявлении МИД": an impersonal attribution ends a dialogue-style quote
# too; whoever put the statement out said it.
_IMPERSONAL = alternatives(lexicon().ru.impersonal_attributions)
_DASH_QUOTE = re.compile(
    rf"^[—–-]\s+(?P<body>.+?)[,!?…]?\s+[—–-]\s+"
    rf"(?P<attr>(?:{VERB}|(?P<impersonal>{_IMPERSONAL}))\b[^.!?]*)",
    re.I,
)


def dash_quote(speakers: Speakers, p: int, dash: re.Match[str] | None) -> Quote | None:
    """A dialogue-style quote: '— Мы готовы к переговорам, — заявил Алиев.'"""
    if dash is None or len(dash.group("body").split()) < MIN_WORDS:
        return None
    if dash.group("impersonal"):
        body = Span(0, dash.end("body"), dash.group("body"), True)
        _, issued = Paragraph(speakers, p, dash.string).attribute(body)
        return quote_of(dash.group("body").strip(), issued, dash.string)
    lo, hi = dash.span("attr")
    verb = re.match(r"\S+\s*", dash.group("attr"))
    speaker = speakers.subject(p, lo + (verb.end() if verb else 0), hi, 0)
    return quote_of(dash.group("body").strip(), speaker, dash.string)


def quote_of(body: str, found: Speaker | None, sentence: str) -> Quote:
    """The quote kept, with its speaker when that is a person or a body."""
    speaker = person_speaker(found)  # a rank or a firm's word run into a name is not theirs
    if speaker is None:
        return Quote(text=body, sentence=sentence)
    return Quote(text=body, speaker=speaker.name, speaker_kind=speaker.kind, sentence=sentence)


def dash_matches(paragraphs: list[str]) -> list[re.Match[str] | None]:
    """_DASH_QUOTE on each paragraph, once per article: both quote passes need it."""
    return [_DASH_QUOTE.match(p) if p[:1] in "—–-" else None for p in paragraphs]


# "«A, — сказал X. — B»": the author's words inside one pair of marks, between dashes
# (where and when X said it may run long: "— заявил X в июне на церемонии … в провинции Y. —").
INTERRUPTION = re.compile(rf"(?<=[,.!?…])\s+[—–-]\s+{VERB}\s+", re.I)
_RESUMPTION = re.compile(r"(?P<who>[^.!?:\"“”«»]{2,240}?)\s*[.,:]\s+[—–-]\s+(?=\S)")


def interrupted(speakers: Speakers, p: int, span: Span) -> list[tuple[Span, str, Speaker | None]]:
    """A quote its speaker's attribution splits in two inside the marks: both halves are
    the speaker's, as written after the verb ('— сказал премьер-министр. —')."""
    body = span.body
    cut = INTERRUPTION.search(body) if " " in body else None
    resumed = _RESUMPTION.match(body, cut.end()) if cut is not None else None
    if cut is None or resumed is None:
        return []
    a, b = body[: cut.start()], body[resumed.end() :]
    if len(a.split()) < MIN_WORDS or len(b.split()) < MIN_WORDS:
        return []
    at = span.start + 1  # the body starts after the opening mark
    speaker = speakers.subject(p, at + resumed.start("who"), at + resumed.end("who"), span.start)
    first = Span(span.start, at + cut.start(), a.rstrip(",").strip(), True)
    mark = speakers.paragraphs[p][span.start]
    second = Span(at + resumed.end(), span.end, b.strip(), span.closed, mark)
    return [(first, "after", speaker), (second, "after", speaker)]


# «… “Запад-2025”, — сказал X (or «… «Запад-2025», — сказал X, or "… "Запад-2025", —
# сказал X): the inner quote's closing mark closes the outer one too.
_MERGED_CLOSE = re.compile(rf"[”“\"»](?=\s*,?\s+[—–-]\s+{VERB})", re.I)


def merged_close(text: str, span: Span) -> Span:
    """A quote left open whose inner quote closes right before a dash and a speech verb
    ends there: one mark does for both, as Russian print often has it, in «» and in straight
    marks alike ('"… поднят флаг учения "Север-2024", — сказали в штабе')."""
    if span.closed or text[span.start] not in '«"“':
        return span
    close = _MERGED_CLOSE.search(text, span.start + 1)
    if close is None:
        return span
    return Span(span.start, close.end(), text[span.start + 1 : close.start() + 1], True)
