"""Direct speech and who said it, across an article's paragraphs.

Which quoted stretches are speech is `marks`'s business; who a quote's own paragraph says
spoke it is `attribution`'s; who the paragraphs around it say spoke it (an introduction, a
signature, a speaker going on) is `continuation`'s, and whether nobody else speaks between
two quotes of one paragraph `between_quotes`'s; transcript lines and headlines labelled with
their speaker are `labelled`'s; dialogue dashes and a quote split by its attribution
inside the marks are `dashes`'s. Here: the order those rules are tried in, paragraph by
paragraph, and quotations running over several paragraphs.

`speakers.Speakers` turns an attribution into a person or an organisation, or None.
"""

from __future__ import annotations

import re

from briefings.extract.acronyms_spelled import acronyms_spelled
from briefings.extract.attribution import SENTENCE_END, Paragraph
from briefings.extract.between_quotes import another_subject, speaks_between, told_to
from briefings.extract.continuation import (
    closing_verb,
    continues,
    introduced,
    latest_reported,
    line_speaker,
    nobody_before,
    opening_speaker,
    page_cut,
    reported_in_paragraph,
    said_next,
    unnamed_goes_on,
)
from briefings.extract.dashes import (
    DOUBLE_HYPHEN,
    INTERRUPTION,
    dash_quote,
    interrupted,
    merged_close,
    quote_of,
)
from briefings.extract.double_names import joined_speakers
from briefings.extract.kind_named import bodies_by_kind
from briefings.extract.labelled import headline_quote, labelled_quote
from briefings.extract.marks import (
    ANY_MARK,
    MIN_WORDS_UNATTRIBUTED,
    Span,
    continued_close,
    dash_closed,
    is_speech,
    only_names_quoted,
    quote_spans,
    unmarked_paragraph,
    unmarked_spans,
    verb_line,
)
from briefings.extract.mentions import Mention
from briefings.extract.patterns import VERB
from briefings.extract.people import People
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import Quote, SpeakerKind

# "Tom Ray, the charity's manager in the region, said:" closing a paragraph of its own.
_SAID_COLON = re.compile(rf"(?<!\w){VERB}\s*:\s*$", re.I)


def _plain_after_colon(speakers: Speakers, paragraphs: list[str], p: int) -> Quote | None:
    """A paragraph without quotation marks after 'X, <role>, said:' (a press release's
    way): X's words, when X is one person; only this first paragraph, since where the
    speaker stops and the release goes on, no mark shows."""
    text, before = paragraphs[p].strip(), paragraphs[p - 1].rstrip() if p else ""
    if not before.endswith(":") or len(before) > 200 or not _SAID_COLON.search(before):
        return None
    if (
        quote_spans(text)
        or ANY_MARK.search(text)
        or not text[:1].isupper()
        or len(text.split()) < MIN_WORDS_UNATTRIBUTED
    ):
        return None
    how, speaker = introduced(speakers, p - 1, paragraphs[p - 1])
    if how != "before" or speaker is None or speaker.kind != SpeakerKind.PERSON:
        return None
    return quote_of(text, speaker, paragraphs[p])


def find_quotes(
    paragraphs: list[str],
    people: People,
    mentions: list[Mention],
    dashes: list[re.Match[str] | None],
    title: str = "",
) -> list[Quote]:
    """Quotes in quotation marks, dialogue dashes and transcript lines, with their speakers;
    and a headline that is a quote labelled with its speaker ('Сафонов: «…»')."""
    paragraphs = [DOUBLE_HYPHEN.sub("— ", text) for text in paragraphs]
    speakers = Speakers(paragraphs, people, mentions)
    out: list[Quote] = []
    headline = headline_quote(title, people)
    if headline is not None:
        out.append(headline)
    # Paragraph, end and speaker of the last attributed quote, for a quote that continues it.
    last: tuple[int, int, Speaker] | None = None
    # A quotation that opens a paragraph and runs on over the next ones (each part: text and
    # its paragraph), awaiting the speaker named where it closes; with its opening mark.
    waiting: list[tuple[str, str]] = []
    waiting_at, opener = -1, ""
    # A quotation opened mid-paragraph, attributed, that closes in the next paragraph: its
    # paragraph, opening mark and speaker.
    carried: tuple[int, str, Speaker] | None = None
    # Paragraphs since the last one with a quote, for reported speech a quote goes on with.
    quiet: list[Paragraph] = []
    # Paragraph and end of the last quote kept without a speaker ('“A,” he said' where "he"
    # is nobody named), for a quote paragraph going on with the same unnamed voice.
    unnamed: tuple[int, int] | None = None
    for p, text in enumerate(paragraphs):
        dash = dash_quote(speakers, p, dashes[p]) or labelled_quote(p, text, people)
        if dash is not None:
            out.append(dash)
            if dash.speaker:
                last = (p, len(text), Speaker(dash.speaker, dash.speaker_kind))
            waiting = []
            continue
        if waiting and waiting_at != p - 1:
            waiting = []
        close = continued_close(text, opener) if waiting else None
        if carried is not None and carried[0] == p - 1 and not waiting:
            # 'X told reporters, “A. (paragraph break) B.”': B is X's too.
            close = continued_close(text, carried[1])
            if close is not None and len(text[:close].split()) >= MIN_WORDS_UNATTRIBUTED:
                out.append(quote_of(text[:close].strip(), carried[2], text))
                last = (p, close + 1, carried[2])
        carried = None
        if waiting and close is None and only_names_quoted(text):
            waiting.append((text.strip(), text))  # a middle paragraph of the quotation
            waiting_at = p
            continue
        introduced_plain = _plain_after_colon(speakers, paragraphs, p) if not waiting else None
        if introduced_plain is not None:
            out.append(introduced_plain)
            last = (p, len(text), Speaker(introduced_plain.speaker or "", SpeakerKind.PERSON))
            quiet = []
            continue
        para = Paragraph(speakers, p, text, 0 if close is None else close + 1)
        if waiting and close is not None:
            # «… (paragraph break) …», — заявила X: every part is X's, if the end says so.
            rest = Span(0, close + 1, text[:close], True)
            how, speaker = para.attribute(rest)
            # '… (break) …,” it said': the words of one speaker, named or not
            if how == "after" or (how == "quoted" and speaker is not None):
                out.extend(quote_of(body, speaker, where) for body, where in waiting)
                out.append(quote_of(rest.body.strip(), speaker, text))
                if speaker is not None:
                    last = (p, rest.end, speaker)
            waiting = []
        found: list[tuple[Span, str, Speaker | None]] = []
        quoted_before = len(out)
        for span in para.spans:
            if not is_speech(text, span):
                continue
            parts = interrupted(speakers, p, span)
            if parts:
                found.extend(parts)
                continue
            span = dash_closed(text, merged_close(text, span))
            how, speaker = para.attribute(span)
            loose = closing_verb(speakers, p, span) if not how else None
            how, speaker = ("after", loose) if loose is not None else (how, speaker)
            found.append((span, how, speaker))
        for span in unmarked_spans(text, para.spans):
            how, speaker = para.attribute(span)
            if how == "after":  # '…, — заявил X' and nothing else makes it speech
                found.append((span, how, speaker))
        plain = unmarked_paragraph(text, para.spans)
        if plain is not None:  # 'We expected …, said X.': only a person named there
            how, speaker = para.attribute(plain)
            if how == "after" and speaker is not None and speaker.kind == SpeakerKind.PERSON:
                found.append((plain, how, speaker))
        line = verb_line(text, paragraphs[p + 1]) if p + 1 < len(paragraphs) else None
        said_by = line_speaker(speakers, p, line[1]) if line and not para.spans else None
        if line is not None and said_by is not None and not found:
            # only when the line names who spoke: a subject split from its verb by the
            # scrape ('Officials …,' then 'said the deal …') names nobody
            found.append((line[0], "after", said_by))
        found.sort(key=lambda item: item[0].start)
        _share_within_sentences(para, found)
        previous: tuple[int, Speaker | None] | None = None  # end and speaker of the last quote
        for i, (span, how, speaker) in enumerate(found):
            long_enough = len(span.body.split()) >= MIN_WORDS_UNATTRIBUTED
            # '"A," said X. "B."': B goes on with X's words unless someone else is named.
            if (
                not how
                and previous is not None
                and previous[1] is not None
                and long_enough
                and para.named_between(previous[0], span.start, previous[1].name)
                - told_to(para, previous[0], span.start)
                <= {previous[1].name}
                and not speaks_between(text, previous[0], span.start)
                and not another_subject(para, previous[0], span.start, previous[1])
            ):
                how, speaker = "continued", previous[1]
            elif (
                not how
                and previous is not None
                and previous[1] is None
                and long_enough
                and not para.named_between(previous[0], span.start)
            ):
                # '“A,” he said at the briefing. “B.”' where "he" is nobody named: B is the
                # same unnamed speaker's, kept without a speaker rather than dropped.
                how = "continued"
            closes_paragraph = not text[span.end :].strip(" .,;!?…")
            cut = page_cut(span, p, len(paragraphs))  # the page ends inside it or its clause
            if not how and i == 0 and p and not text[: span.start].strip():
                whole = (span.closed or cut) and closes_paragraph and len(found) == 1
                how, speaker = introduced(speakers, p - 1, paragraphs[p - 1], whole=whole)
            if not how and i == len(found) - 1 and closes_paragraph and p + 1 < len(paragraphs):
                how, speaker = said_next(speakers, p + 1, paragraphs[p + 1])
            if not how and i == 0 and long_enough:
                # "X said that …" in a paragraph since then: X is who goes on speaking
                last = latest_reported(quiet, p, last)
                if last is not None:
                    how, speaker = continues(para, span, last)
            if not how and i == 0 and long_enough and text[: span.start].strip():
                # 'X said that …. “A.”': the reported speech of the paragraph goes on
                own = reported_in_paragraph(para, span)
                how, speaker = ("continued", own) if own is not None else (how, speaker)
            if (
                not how
                and i == 0
                and long_enough
                and closes_paragraph
                and len(found) == 1
                and not text[: span.start].strip()
                and last is not None
                and p + 1 < len(paragraphs)
                and opening_speaker(speakers, p + 1) == last[2]
            ):
                # '“A,” said X. (narration) “B.” (¶) “C,” he said': B, between X's words, is X's
                how, speaker = continues(para, span, last, confirmed=True)
            if how == "continued" and speaker is not None:
                speaker = _runs_into(speakers, p, span, speaker)
            opens_paragraph = i == 0 and not text[: span.start].strip()
            if (
                not how
                and opens_paragraph
                and long_enough
                and (cut or unnamed_goes_on(speakers, unnamed, p))
            ):
                # the same unnamed voice, or speech the page cuts off: kept, no speaker named
                how = "continued"
            if (
                not how
                and opens_paragraph
                and closes_paragraph
                and span.closed
                and long_enough
                and len(found) == 1
                and not waiting
                and not INTERRUPTION.search(span.body)  # "«A, — сказал X. — B»" unread
                and nobody_before(speakers, p)
            ):
                # a paragraph that is one closed quotation, after one that gives no voice it
                # could go on with, is speech the text leaves unattributed: no speaker
                how = "alone"
            if opens_paragraph and waiting and not span.closed and not how:
                waiting.append((span.body.strip(), text))  # “… / “… / “…,” he said.
                waiting_at = p
                continue
            if i == 0 and waiting:
                if opens_paragraph and (speaker is not None or how == "after"):
                    out.extend(quote_of(body, speaker, where) for body, where in waiting)
                waiting = []
            if not how and not span.closed and long_enough and opens_paragraph:
                waiting, waiting_at, opener = [(span.body.strip(), text)], p, text[span.start]
            runs_on = (
                not span.closed
                and not opens_paragraph
                and speaker is not None
                and p + 1 < len(paragraphs)
                and continued_close(paragraphs[p + 1], span.mark or text[span.start]) is not None
            )
            # 'X noted that ‘A. (break) ‘B …': a quotation going on over paragraphs has no
            # closing mark, only its opening one again, so this part ends with its paragraph;
            # and one the page cuts at its very end ends there. Either way the clause it
            # stands in is all the attribution it will get.
            ends_here = p + 1 == len(paragraphs) or (
                paragraphs[p + 1][:1] == (span.mark or text[span.start])
            )
            kept = how in ("before", "continued") or (how == "embedded" and ends_here)
            if not span.closed and not kept and not runs_on:
                how = ""  # cut off by the page: only when attributed before it or continued
            if runs_on and how and speaker is not None:
                carried = (p, span.mark or text[span.start], speaker)
            if how and (how in ("after", "before", "quoted", "embedded") or long_enough):
                out.append(quote_of(span.body.strip(), speaker, text))
                previous = (span.end, speaker)
                unnamed = (p, span.end) if out[-1].speaker is None else None
                # Words relayed by another outlet do not carry on into the next paragraph,
                # which is often that outlet's own quoted prose.
                if speaker is not None and how != "quoted":
                    last = (p, span.end, speaker)
        quiet = [*quiet, para] if len(out) == quoted_before else []
    joined = bodies_by_kind(joined_speakers(out, people, paragraphs), paragraphs)
    return _dedupe(acronyms_spelled(joined, paragraphs))


def _runs_into(speakers: Speakers, p: int, span: Span, speaker: Speaker) -> Speaker:
    """'“A. (¶) “B,” added Y': a quotation left open at its paragraph's end goes on in the
    next, which opens it again; who closes it said all of it, not who spoke before."""
    paragraphs, text = speakers.paragraphs, speakers.paragraphs[p]
    if span.closed or text[: span.start].strip() or p + 1 >= len(paragraphs):
        return speaker
    if paragraphs[p + 1][:1] != (span.mark or text[span.start]):
        return speaker
    return opening_speaker(speakers, p + 1) or speaker


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per text (a headline often repeats the body's), keeping a known speaker."""
    best: dict[str, Quote] = {}
    for quote in quotes:
        kept = best.get(quote.text)
        if kept is None or (kept.speaker is None and quote.speaker is not None):
            best[quote.text] = quote
    return list(best.values())


def _share_within_sentences(para: Paragraph, found: list[tuple[Span, str, Speaker | None]]) -> None:
    """'… the need for “A” in addition to “B”, the ministry added': A shares B's speaker."""
    for i in range(len(found) - 2, -1, -1):
        span, how, speaker = found[i]
        later, later_how, later_speaker = found[i + 1]
        if (how and speaker is not None) or later_how != "after" or later_speaker is None:
            continue
        if span.body.rstrip().endswith((".", "!", "?", "…")):
            continue  # a quote ending in a full stop ends its sentence
        gap = para.text[span.end : later.start]
        # the sentence may end right before the later quote's opening mark, which it must see
        ended = SENTENCE_END.search(para.text, span.end, later.start + 1) is not None
        if not ended and len(gap) < 200:
            found[i] = (span, "after", later_speaker)
