"""Whose a quote is when its own paragraph does not say, read from the paragraphs around it:
one before that introduces it ('X said the following:'), one after that signs it ('Об этом
заявил X', or a line 'заявил X.' under speech the scrape left without marks), or the
speaker of the quote (or the reported speech) before it going on, when nobody else is named
in between (a voice nobody named goes on unnamed). Each answers ("", None) rather than guess.
"""

from __future__ import annotations

import re

from briefings.extract.attribution import (
    CLAUSE_MARKS,
    SENTENCE_END,
    VERB_ANYWHERE,
    Paragraph,
    sentence_start,
)
from briefings.extract.between_quotes import someone_else, speaks_between
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import Span, is_speech, quote_spans
from briefings.extract.patterns import PRONOUN, VERB
from briefings.extract.relays import signed_inside
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import SpeakerKind

# What opens the reported clause after a speech verb: "said (on Monday) that …", "said the
# organisation aims …", "said more work remains …", "said Tarvia backed …" (a name, then its verb),
# "заявил, что …".
_OPENERS = (
    *lexicon().both("reported_clause_openers"),
    *lexicon().both("reported_clause_determiners"),
)
_REPORTED = re.compile(
    r"(?i:\s+(?:on|in|at|to)\s+[\w-]+(?:\s+[\w-]+)?|\s+(?:reporters|journalists|журналистам))?"
    rf",?\s+(?:(?i:{alternatives(_OPENERS)})\s|[A-Z][\w’'-]+\s+[a-z])",
)

# A verb that asks: the quote after it may be the answer, someone else's.
_ASKS = re.compile(r"asked|спросил\w*", re.I)


def latest_reported(
    quiet: list[Paragraph], p: int, last: tuple[int, int, Speaker] | None
) -> tuple[int, int, Speaker] | None:
    """`last`, or the reported speech of one person in a quoteless paragraph after it and
    at most two before paragraph `p`, when there is such: its paragraph, end, and who."""
    for para in reversed(quiet):
        if p - para.p > 2 or (last is not None and para.p <= last[0]):
            break
        reported = _reported(para)
        if reported is not None:
            return (para.p, *reported)
    return last


def _reported(para: Paragraph) -> tuple[int, Speaker] | None:
    """Reported speech of one person in a paragraph without quotes ('Ratana said that …',
    'X, speaking at a meeting, said …'): where its last speech verb ends, and who; None when
    the paragraph's speech verbs have no single speaker."""
    text, found = para.text, None
    for verb in VERB_ANYWHERE.finditer(text):
        if any(s.start <= verb.start() < s.end for s in para.spans):
            continue
        clause = max(text.rfind(mark, 0, verb.start()) for mark in CLAUSE_MARKS) + 1
        who = para.speakers.subject(para.p, clause, verb.start(), verb.start(), only=True)
        if who is None or who.kind != SpeakerKind.PERSON or (found and found[1] != who):
            return None
        if _REPORTED.match(text, verb.end()) and not _ASKS.fullmatch(verb.group()):
            # not 'X said nothing about it', nor 'X asked whether …' (the answer is another's)
            found = (verb.end(), who)
    return found


_THIS_WAS_SAID = re.compile(
    rf"^\s*(?:Об\s+этом|Это|Так)\s+(?:[^.!?«»\"]{{0,60}}?\s)?{VERB}\b(?P<rest>[^.!?]*)"
)


# 'stated that …', 'said on Tuesday that …', 'said in a statement on Thursday that …':
# reported speech the next paragraph quotes.
_INDIRECT = re.compile(r"(?:\s+(?:on|in|at|to)\s+[\w-]+(?:\s+[\w-]+)?){0,2}\s+that\b", re.I)

# "… a statement from X, President, Y Institute:" ending a paragraph: the next is X's.
_STATEMENT_FROM = re.compile(
    rf"(?<!\w)(?:a|the)\s+(?:{alternatives(lexicon().en.issued_documents)}|remarks)\s+"
    r"(?:from|by)\s+(?P<who>[^:.!?]{2,150}?)\s*:$",
    re.I,
)
# A signature line: '– X' alone under the quote; not a crosshead '- A title -' (wire copy).
_SIGNED = re.compile(r"^\s*[—–-]\s*(?P<rest>[^.!?\n]{2,80}?)(?<![—–-])\s*$")
# '“…,” he told X': X right after the attribution's "told" is who heard the quote.
_TOLD = re.compile(r"\s*[,.!?…]?\s*[^.!?\"“”«»]{0,40}?(?<!\w)(?:told|tells)\s+$", re.I)


# '“…,” X …' after a quote ending in a comma: the quote's own attribution follows it.
# "According to the police, …": a paragraph in between that cites someone for what it says.
_CITED = re.compile(
    rf"(?<![\w-]){alternatives(lexicon().both('citing_words'))}\s+(?P<who>[^,.;:!?]{{2,80}})", re.I
)
_OWN_ATTRIBUTION = re.compile(r"[\s\"“”«»]*(?:[A-ZА-ЯЁ]|$)")


def page_cut(span: Span, p: int, count: int) -> bool:
    """Whether the page (of `count` paragraphs) ends inside the quote `span` of paragraph `p`,
    or right after one closing on a comma ('“…,”'), before the attribution it promises: whose
    words they are, the page does not say (not the last speaker's)."""
    return p + 1 == count and (not span.closed or span.body.rstrip().endswith(","))


def said_next(speakers: Speakers, p: int, text: str) -> tuple[str, Speaker | None]:
    """'«…»' ending a paragraph, then 'Об этом заявил X …' opening the next, or a line that
    is only '– X' (a signature under the quote): X said it."""
    said = _THIS_WAS_SAID.match(text) or _SIGNED.match(text)
    if said is None:
        return "", None
    lo, hi = said.span("rest")
    return "after", speakers.subject(p, lo, hi, lo)


def introduced(
    speakers: Speakers, p: int, text: str, *, whole: bool = False
) -> tuple[str, Speaker | None]:
    """'Ильхам Алиев заявил следующее:' ending a paragraph introduces the quote opening the
    next one; so does 'X stated on Tuesday that ….' before a paragraph that is one quote
    (`whole`), when X is the one person named before the verb of that last sentence."""
    stripped = text.rstrip()
    from_ = _STATEMENT_FROM.search(stripped)
    if from_ is not None:
        # "Following is a statement from X, President, Y Institute:": X's words follow
        lo, hi = from_.span("who")
        who = speakers.subject(p, lo, hi, lo, only=True)
        return ("before", who) if who is not None else ("", None)
    if not stripped.endswith(":"):
        if not whole:
            return "", None
        para = Paragraph(speakers, p, stripped)
        sentence = sentence_start(stripped, len(stripped) - 1, para.spans)
        verb = VERB_ANYWHERE.search(stripped, sentence)
        if verb is None or para.spans:
            return "", None
        this_was_said = _THIS_WAS_SAID.match(stripped[sentence:])
        if this_was_said is not None:
            # '… Об этом заявил X.' closing the lede: X goes on in the quote paragraph
            lo, hi = (sentence + k for k in this_was_said.span("rest"))
            who = speakers.subject(p, lo, hi, lo, only=True)
            return ("before", who) if who is not None else ("", None)
        if _INDIRECT.match(stripped, verb.end()) is None and not _bare_clause(
            speakers, p, stripped, verb
        ):
            return "", None
        who = speakers.subject(p, sentence, verb.start(), verb.start(), only=True)
        return ("before", who) if who is not None else ("", None)
    subject = Paragraph(speakers, p, text).subject_before(
        max(0, len(stripped) - 220), len(stripped)
    )
    if subject is None:
        return "", None
    return "before", speakers.subject(p, *subject, len(stripped), only=True)


_SAYS_NOTHING = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:nothing|ничего)\b", re.I)
# The finite verb of a reported clause that has no "that": 'confirmed talks would open'.
_AUXILIARY = re.compile(rf"(?<!\w)(?:{alternatives(lexicon().en.auxiliaries)})(?!\w)", re.I)


def _bare_clause(speakers: Speakers, p: int, text: str, verb: re.Match[str]) -> bool:
    """'X confirmed on Wednesday talks would open in May.' before a quote paragraph: reported
    speech without "that", X's, when the verb asks nothing and no one else is named after it
    (whom X told, or of whom X spoke, might be the one quoted)."""
    if _ASKS.fullmatch(verb.group()) or _SAYS_NOTHING.match(text, verb.end()):
        return False
    if not _REPORTED.match(text, verb.end()) and not _AUXILIARY.search(text, verb.end()):
        return False  # no clause of its own after the verb: no words reported
    return not any(m.start >= verb.end() for m in speakers.people.by_para.get(p, ()))


def continues(
    para: Paragraph, span: Span, last: tuple[int, int, Speaker], *, confirmed: bool = False
) -> tuple[str, Speaker | None]:
    """A paragraph that opens with a quote goes on with the previous paragraph's speaker,
    when that quote was at most two paragraphs back and nobody else was named since; with
    `confirmed` (the next paragraph opens with the same speaker), a paragraph of the
    writer's own in between does not end it."""
    last_p, last_end, speaker = last
    if para.text[: span.start].strip() or para.p - last_p > 2:
        return "", None
    if _OWN_ATTRIBUTION.match(para.text, span.end) and span.body.rstrip().endswith(","):
        return "", None  # '“…,” Foreign Office' cut by the page: someone's own, unread
    if not span.closed and signed_inside(span.body):
        return "", None  # '“…“- economists point out.': signed by voices nobody named
    speakers = para.speakers
    people = speakers.people
    # Someone named as an object ("told a news conference with President X") takes no turn,
    # nor does whom the last quote was told to ('“…,” he told Benard').
    # Nor does anyone named inside quoted words ('“… that Prime Minister X needs …'): the
    # speaker names them, they do not speak.
    quoted = {q: quote_spans(speakers.paragraphs[q]) for q in range(last_p, para.p)}
    quoted[para.p] = para.spans
    named = {
        people.by_mention[id(m)]
        for q in range(last_p, para.p + 1)
        for m in people.by_para.get(q, ())
        if (q > last_p or m.start >= last_end)
        and not speakers.is_object(q, m.start)
        and not (q == last_p and _TOLD.match(speakers.paragraphs[q], last_end, m.start))
        and not any(s.start < m.start < s.end for s in quoted[q])
    }
    alone = {speaker.name} if speaker.kind == SpeakerKind.PERSON else set()
    if not named <= alone:
        return "", None
    # Someone else introduced by title in between ("The Armenian side replied: …") ends it.
    heard = set()
    for q in range(last_p, para.p):
        text = speakers.paragraphs[q]
        for k, verb in enumerate(VERB_ANYWHERE.finditer(text, last_end if q == last_p else 0)):
            clause = max(text.rfind(mark, 0, verb.start()) for mark in CLAUSE_MARKS) + 1
            if q == last_p and k == 0 and clause <= last_end and verb.start() - last_end < 40:
                continue  # the last quote's own attribution ('“…,” he said'), already read
            said = speakers.subject(q, clause, verb.start(), verb.start())
            if said != speaker:
                return "", None
            heard.add(q)
        for cited in _CITED.finditer(text, last_end if q == last_p else 0):
            lo, hi = cited.span("who")
            if speakers.subject(q, lo, hi, lo) != speaker:
                # "According to the police, …": another source in between; the quote is
                # still speech, whose is unsure
                return "continued", None
    # A paragraph in between that neither names the speaker nor has them speak is the
    # writer's own: a quote after it may be anyone's ("“A,” said X. (narration) “B.”").
    for q in range(last_p + 1, para.p):
        if (
            not confirmed
            and q not in heard
            and not any(people.by_mention[id(m)] == speaker.name for m in people.by_para.get(q, ()))
        ):
            return "", None
    return "continued", speaker


def line_speaker(speakers: Speakers, p: int, verb: re.Match[str]) -> Speaker | None:
    """Who the line 'заявил X.' after speech paragraph `p` names; 'сообщил он' points back
    from the speech's start, so that no one the speech itself names is taken for 'он'."""
    lo, hi = verb.span("rest")
    pronoun = PRONOUN.match(verb.group("rest"))
    if pronoun is not None and not verb.group("rest")[pronoun.end() :].strip(" ,"):
        return speakers.pronoun(p, 0, pronoun.group("pronoun"))
    return speakers.subject(p + 1, lo, hi, lo, only=True)


def unnamed_goes_on(speakers: Speakers, unnamed: tuple[int, int] | None, p: int) -> bool:
    """'“A,” he said in a statement. (break) “B.”' where "he" is nobody the text names: B,
    opening the next paragraph with no attribution, is the same voice's, when nothing after
    A in its paragraph names anyone or has someone else speak."""
    if unnamed is None or unnamed[0] != p - 1:
        return False
    q, end = unnamed
    before = speakers.paragraphs[q]
    named = any(m.para == q and m.start >= end for m in speakers.mentions) or any(
        m.start >= end for m in speakers.people.by_para.get(q, ())
    )
    return not named and not speaks_between(before, end, len(before))


def nobody_before(speakers: Speakers, p: int) -> bool:
    """Whether the paragraph before `p` gives no voice a quotation standing alone in `p` might
    go on with: no speech quoted there (scare quotes aside), no person named (a dateline, a
    caption, what a body did)."""
    before = speakers.paragraphs[p - 1] if p else ""
    speech = any(is_speech(before, span) for span in quote_spans(before))
    return not (speech or speakers.people.by_para.get(p - 1))


# "According to X, the teams resumed work. “…”": whose words the paragraph opens by reporting.
_ACCORDING_OPENS = re.compile(r"\s*(?:According\s+to|По\s+словам)\s+(?P<who>[^,.!?\"“”«»]{2,60}?),")


def reported_in_paragraph(para: Paragraph, span: Span) -> Speaker | None:
    """'X said that …. “A.”', 'According to X, …. “A.”': a quote standing as a sentence of
    its own after reported speech of one person in its paragraph is that person's, when
    nobody else is named in between. None when the text says nothing so plain."""
    text = para.text
    before = text[: span.start].rstrip()
    if not before or before[-1] not in ".!?…":
        return None  # inside a sentence of its own: its clause attributes it, or nothing
    reported = _reported(para)
    who, end = (reported[1], reported[0]) if reported is not None else (None, 0)
    opening = _ACCORDING_OPENS.match(text)
    if who is None and opening is not None and not VERB_ANYWHERE.search(text):
        lo, hi = opening.span("who")
        who, end = para.speakers.subject(para.p, lo, hi, lo, only=True), opening.end()
    if who is None or who.kind != SpeakerKind.PERSON or end > span.start:
        return None
    if not para.named_between(end, span.start, who.name) <= {who.name}:
        return None
    return None if someone_else(para, end, span.start, who) else who


def opening_speaker(speakers: Speakers, p: int) -> Speaker | None:
    """Who opens paragraph `p` speaking: the speaker of its opening quote ('“…,” he said'),
    or the subject of its first sentence's speech verb ('X added the suspects …')."""
    text = speakers.paragraphs[p]
    para = Paragraph(speakers, p, text)
    if para.spans and not text[: para.spans[0].start].strip():
        how, speaker = para.attribute(para.spans[0])
        return speaker if how == "after" else None
    first_end = SENTENCE_END.search(text)
    verb = VERB_ANYWHERE.search(text, 0, first_end.start() if first_end else len(text))
    if verb is None or any(s.start <= verb.start() < s.end for s in para.spans):
        return None
    if not _REPORTED.match(text, verb.end()) or _ASKS.fullmatch(verb.group()):
        return None
    return speakers.subject(p, 0, verb.start(), verb.start(), only=True)


# '“…,” Iqbal expressed.': a loose verb ending the quote's sentence right after its subject.
_CLOSING_VERB = re.compile(
    r"\s*(?P<subj>[^.!?;:,\"“”«»()]{2,60}?)\s+"
    rf"{alternatives(lexicon().en.closing_speech_verbs)}\s*[.!]?\s*(?:$|(?=[\"“A-Z]))"
)


def closing_verb(speakers: Speakers, p: int, span: Span) -> Speaker | None:
    """The subject of '“…,” X expressed.' after a quote `span` closing on a comma, when
    the loose verb ends the sentence; None otherwise, or when X names nobody."""
    text = speakers.paragraphs[p]
    if not span.closed or not span.body.rstrip().endswith(","):
        return None
    found = _CLOSING_VERB.match(text, span.end)
    if found is None:
        return None
    lo, hi = found.span("subj")
    return speakers.subject(p, lo, hi, span.start, only=True)
