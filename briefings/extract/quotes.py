"""Direct speech and who said it.

Which quoted stretches are speech is `marks`'s business. A quote's speaker comes from, in
order:

  1. the attribution after it: `“…,” said X` / `«…», — заявил он` / `“…,” X, the minister, added`;
  2. the attribution before it: `X said: “…”`, `according to X, “…”`, `по словам X, «…»`;
  3. the clause it is embedded in: `X said the agreement “provides a base on which to build”`;
  4. another quote of the same sentence, the previous quote of the paragraph, or the quote
     of the previous paragraph it continues, when nobody else is named in between.

`speakers.Speakers` turns an attribution into a person or an organisation, or None.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import (
    MIN_WORDS,
    MIN_WORDS_UNATTRIBUTED,
    Span,
    continued_close,
    is_speech,
    quote_spans,
)
from briefings.extract.mentions import Mention
from briefings.extract.patterns import ABBREV_DOT, PRONOUN, VERB
from briefings.extract.people import People
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import Quote, SpeakerKind

_AFTER_VERB = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?(?:{VERB}|according\s+to|по\s+словам)\b"
    rf"(?P<rest>(?:[^.!?;]|{ABBREV_DOT})*)",
    re.I,
)
_AFTER_SUBJ = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?(?P<subj>[^,.!?\"“”«»]{{2,160}}?(?:,[^,.!?\"“”«»]{{2,80}}?){{0,2}})"
    rf",?\s+{VERB}\b",
    re.I,
)
_QUOTED_AS = re.compile(
    r"^\s*[,.!?…]?\s*(?:[—–-]\s*)?[^.!?\"“”«»]{0,80}?\bquoted\s+"
    r"(?P<who>[^.!?,\"“”«»]{2,80}?)\s+as\s+(?:saying|telling)\b"
)
# A reply cut off after its pronoun ('“…,” she' at the end of an excerpt).
_AFTER_PRONOUN = re.compile(r"^\s*,?\s*(?P<pronoun>he|she)\s*$", re.I)
_BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:{VERB}|according\s+to|{alternatives(lexicon().both('speech_participles'))})"
    rf"(?:\s+(?:that|reporters|journalists|the\s+following|следующее|журналистам|[A-Z][\w.-]+))?"
    r"\s*[:,]?\s*$",
    re.I,
)
_ACCORDING = re.compile(
    rf"(?:\b(?:according\s+to|по\s+словам)|\bкак\s+{VERB})\s+"
    r"(?P<who>[^,.!?\"“”«»]{2,120}?)\s*,\s*$",
    re.I,
)
_POSSESSIVE = {"его": "он", "ее": "она", "её": "она"}
_SENTENCE_END = re.compile(r"[.!?…][\"”»]?\s+(?=[\"“«—–A-ZА-ЯЁ])")
_OWNER = re.compile(r"['’]s?\b")
_IMPERSONAL = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?{alternatives(lexicon().both('impersonal_attributions'))}\b",
    re.I,
)
_ANY_MARK = re.compile(r'[«»“”„"]')
_ISSUING = re.compile(
    rf"(?<!\w)(?:{VERB}|{alternatives(lexicon().both('issuing_verbs'))})(?!\w)", re.I
)
_ISSUER_REACH = 8  # paragraphs: a wire story names its source once, at the top
_DOCUMENT_WORD = alternatives(lexicon().both("document_words"))
# "в заявлении пресс-службы X", "in a statement by X": the issuer named with the document.
_DOCUMENT_OF = re.compile(
    rf"\s+(?:в|во|in)\s+(?:a\s+|the\s+)?{_DOCUMENT_WORD}(?!\w)\s+(?:by\s+|from\s+|of\s+)?"
    r"(?P<who>[^,.!?;«»\"“”()]{2,120}?)\s*(?=[,.!?;()]|$)",
    re.I,
)
_CLAUSE_GOES_ON = re.compile(
    rf"\s+(?:в|во|in)\s+(?:a\s+|the\s+)?{_DOCUMENT_WORD}(?!\w)\s*[^\s.!?]", re.I
)
# What may follow a speech verb whose subject came before it: "said in …", "said that …".
_ADJUNCT = re.compile(
    rf"\s+(?:{alternatives(lexicon().both('prepositions'))}|that|что|reporters|журналистам)"
    r"(?!\w)",
    re.I,
)
_CLAUSE_END = re.compile(r"[,.!?;«»\"“”()]")
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?P<pronoun>he|she|он|она)\s+$", re.I)
_VERB_ANYWHERE = re.compile(rf"(?<!\w){VERB}\b", re.I)
_CLAUSE_MARKS = '.!?"“”«»'
_LABELLED = re.compile(r"^(?P<label>[^:.!?\"“”«»]{2,40}):\s+(?P<body>\S.{19,})$", re.S)
_DASH_QUOTE = re.compile(
    rf"^[—–-]\s+(?P<body>.+?)[,!?…]?\s+[—–-]\s+(?P<attr>{VERB}\b[^.!?]*)", re.I
)


def _sentence_start(text: str, pos: int, spans: list[Span]) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, min(len(text), pos + 1)):
        if not any(s.start < m.start() < s.end for s in spans):
            start = m.end()
    return start


class _Paragraph:
    """Attribution of the quotes of one paragraph."""

    def __init__(self, speakers: Speakers, p: int, text: str, start: int = 0) -> None:
        self.speakers, self.p, self.text = speakers, p, text
        self.spans = quote_spans(text, start)

    def _subject(self, lo: int, hi: int, anchor: int, *, only: bool = False) -> Speaker | None:
        return self.speakers.subject(self.p, lo, hi, anchor, only=only)

    def attribute(self, span: Span) -> tuple[str, Speaker | None]:
        """How the quote is attributed ('after', 'quoted', 'before', 'embedded' or '') and to
        whom; 'quoted' is 'after' relayed by someone else ('X quoted Y as saying')."""
        text, end = self.text, span.end
        after = text[end : end + 250]
        impersonal = _IMPERSONAL.match(after)
        if impersonal:  # "«…», — говорится в заявлении": whoever put the statement out
            return "after", self._issuer(span, end + impersonal.end())
        cut = _AFTER_PRONOUN.match(after)
        if cut:
            return "after", self.speakers.pronoun(self.p, span.start, cut.group("pronoun"))
        quoted = _QUOTED_AS.match(after)
        if quoted:  # '“…,” the agency quoted X as saying': X said it, not the agency
            lo, hi = end + quoted.start("who"), end + quoted.end("who")
            return "quoted", self._subject(lo, hi, span.start)
        verb_first = _AFTER_VERB.match(after)
        if verb_first:
            lo = end + verb_first.start("rest")
            return "after", self._subject(lo, lo + len(verb_first.group("rest")), span.start)
        subject_first = _AFTER_SUBJ.match(after)
        if subject_first and "\n" not in subject_first.group("subj"):
            lo, hi = end + subject_first.start("subj"), end + subject_first.end("subj")
            return "after", self._subject(lo, hi, span.start)
        sentence = _sentence_start(text, span.start, self.spans)
        according = _ACCORDING.search(text, sentence, span.start)
        if according:
            who = according.group("who").strip().casefold()
            if who in _POSSESSIVE:
                return "before", self.speakers.pronoun(self.p, span.start, _POSSESSIVE[who])
            lo, hi = according.span("who")
            return "before", self._subject(lo, hi, span.start)
        subject = self.subject_before(max(sentence, span.start - 220), span.start)
        if subject:
            return "before", self._subject(*subject, span.start, only=True)
        how, speaker = self._embedded(sentence, span)
        if not how and sentence == span.start and sentence > 0:
            return self._said_before(sentence, span)
        return how, speaker

    def _issuer(self, span: Span, pos: int) -> Speaker | None:
        """Who put out the statement an impersonal attribution quotes: the one named after
        it ('говорится в заявлении МИД'), or else the subject of the nearest speech verb
        before the quote ('Об этом сообщает X. … «…», — говорится в сообщении') when that
        verb introduces no other quote and is at most a few paragraphs back."""
        text = self.text
        named = _DOCUMENT_OF.match(text, pos)
        if named is not None:
            lo, hi = named.span("who")
            return self._subject(lo, hi, span.start, only=True)
        if _CLAUSE_GOES_ON.match(text, pos):
            return None  # "говорится в сообщении, подписанном …": not plain
        paragraphs = self.speakers.paragraphs
        for q in range(self.p, max(-1, self.p - _ISSUER_REACH), -1):
            para = paragraphs[q]
            limit = span.start if q == self.p else len(para)
            spans = self.spans if q == self.p else quote_spans(para)
            verbs = [
                v
                for v in _ISSUING.finditer(para, 0, limit)
                if not any(s.start <= v.start() < s.end for s in spans)
            ]
            if not verbs:
                if any(s.start < limit and is_speech(para, s) for s in spans):
                    return None  # someone else's quote in between
                continue
            verb = verbs[-1]
            if any(s.end <= verb.start() and verb.start() - s.end < 6 for s in spans):
                return None  # the verb attributes a quote of its own
            if any(verb.end() <= s.start < limit and is_speech(para, s) for s in spans):
                return None
            clause_end = _CLAUSE_END.search(para, verb.end())
            hi = clause_end.start() if clause_end else len(para)
            if para[verb.end() : hi].strip() and not _ADJUNCT.match(para, verb.end()):
                # "сообщает пресс-служба X": the subject follows the verb
                return self.speakers.subject(q, verb.end(), hi, verb.end(), only=True)
            # "The ministry said in a statement": it precedes it
            start = max(para.rfind(m, 0, verb.start()) for m in '.!?;«»"“”') + 1
            return self.speakers.subject(q, start, verb.start(), verb.start(), only=True)
        return None

    def _said_before(self, sentence: int, span: Span) -> tuple[str, Speaker | None]:
        """'Об этом заявила X. «…»': a quote opening the sentence after one whose verb is
        speech goes to the one person that sentence names."""
        previous = _sentence_start(self.text, sentence - 1, self.spans)
        if _VERB_ANYWHERE.search(self.text, previous, sentence) is None:
            return "", None
        who = self._subject(previous, sentence, span.start, only=True)
        # Nobody found there ('“A,” she said. “B.”') leaves B to the rules that follow.
        return ("before", who) if who is not None else ("", None)

    def subject_before(self, lo: int, start: int) -> tuple[int, int] | None:
        """Span of who speaks when the attribution precedes the quote ('Bayramov said: “…”')."""
        text = self.text
        verb = _BEFORE_VERB.search(text, lo, start)
        if verb is not None:
            end = verb.start()
        else:
            stripped = text[lo:start].rstrip()
            if not stripped.endswith(":"):
                return None
            end = lo + len(stripped) - 1
        # The clause starts after the last mark, but a scare quote's marks ('described the
        # results as "historic," stating "…"') do not end the speaker's clause.
        scare = [s for s in self.spans if s.end <= end and not is_speech(text, s)]
        begin = lo
        for k in range(end - 1, lo - 1, -1):
            if text[k] in _CLAUSE_MARKS and not any(s.start <= k < s.end for s in scare):
                begin = k + 1
                break
        return (begin, end) if end - begin >= 2 else None

    def _embedded(self, sentence: int, span: Span) -> tuple[str, Speaker | None]:
        """'X said the deal “…”': the one person named before the sentence's last speech
        verb, with nobody named between that verb and the quote."""
        verbs = [
            v
            for v in _VERB_ANYWHERE.finditer(self.text, sentence, span.start)
            if not any(s.start < v.start() < s.end for s in self.spans)
        ]
        if not verbs:
            return "", None
        verb = verbs[-1]
        people = self.speakers.people
        between = [m for m in people.by_para.get(self.p, ()) if verb.end() <= m.start < span.start]
        if between:
            return "", None
        names = {
            people.by_mention[id(m)]
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < verb.start() and not _OWNER.match(self.text, m.end)
        }
        if len(names) > 1:
            return "", None
        if names:
            return "embedded", Speaker(names.pop())
        lead = PRONOUN.match(self.text[sentence : verb.start()]) or _PRONOUN_BEFORE.search(
            self.text, sentence, verb.start()
        )
        if lead:
            return "embedded", self.speakers.pronoun(self.p, span.start, lead.group("pronoun"))
        # 'On Tuesday, the president stated that countries “…”': the office (or body) of the
        # verb's own clause, resolved as an attribution would be.
        clause = max(sentence, self.text.rfind(",", sentence, verb.start()) + 1)
        who = self._subject(clause, verb.start(), span.start, only=True)
        return ("embedded", who) if who is not None else ("", None)

    def named_between(self, lo: int, hi: int) -> set[str]:
        people = self.speakers.people
        return {
            people.by_mention[id(m)] for m in people.by_para.get(self.p, ()) if lo <= m.start < hi
        }


def _dash_quote(speakers: Speakers, p: int, dash: re.Match[str] | None) -> Quote | None:
    """A dialogue-style quote: '— Мы готовы к переговорам, — заявил Алиев.'"""
    if dash is None or len(dash.group("body").split()) < MIN_WORDS:
        return None
    lo, hi = dash.span("attr")
    verb = re.match(r"\S+\s*", dash.group("attr"))
    speaker = speakers.subject(p, lo + (verb.end() if verb else 0), hi, 0)
    return _quote(dash.group("body").strip(), speaker, dash.string)


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


def _quote(body: str, speaker: Speaker | None, sentence: str) -> Quote:
    if speaker is None:
        return Quote(text=body, sentence=sentence)
    return Quote(text=body, speaker=speaker.name, speaker_kind=speaker.kind, sentence=sentence)


def dash_matches(paragraphs: list[str]) -> list[re.Match[str] | None]:
    """_DASH_QUOTE on each paragraph, once per article: both quote passes need it."""
    return [_DASH_QUOTE.match(p) if p[:1] in "—–-" else None for p in paragraphs]


def find_quotes(
    paragraphs: list[str],
    people: People,
    mentions: list[Mention],
    dashes: list[re.Match[str] | None],
) -> list[Quote]:
    """Quotes in quotation marks, dialogue dashes and transcript lines, with their speakers."""
    speakers = Speakers(paragraphs, people, mentions)
    out: list[Quote] = []
    # Paragraph, end and speaker of the last attributed quote, for a quote that continues it.
    last: tuple[int, int, Speaker] | None = None
    # A quotation that opens a paragraph and runs on over the next ones (each part: text and
    # its paragraph), awaiting the speaker named where it closes; with its opening mark.
    waiting: list[tuple[str, str]] = []
    waiting_at, opener = -1, ""
    # A quotation opened mid-paragraph, attributed, that closes in the next paragraph: its
    # paragraph, opening mark and speaker.
    carried: tuple[int, str, Speaker] | None = None
    for p, text in enumerate(paragraphs):
        dash = _dash_quote(speakers, p, dashes[p]) or _labelled_quote(p, text, people)
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
                out.append(_quote(text[:close].strip(), carried[2], text))
                last = (p, close + 1, carried[2])
        carried = None
        if waiting and close is None and not quote_spans(text) and not _ANY_MARK.search(text):
            waiting.append((text.strip(), text))  # a middle paragraph of the quotation
            waiting_at = p
            continue
        para = _Paragraph(speakers, p, text, 0 if close is None else close + 1)
        if waiting and close is not None:
            # «… (paragraph break) …», — заявила X: every part is X's, if the end says so.
            rest = Span(0, close + 1, text[:close], True)
            how, speaker = para.attribute(rest)
            if how == "after" and speaker is not None:
                out.extend(_quote(body, speaker, where) for body, where in waiting)
                out.append(_quote(rest.body.strip(), speaker, text))
                last = (p, rest.end, speaker)
            waiting = []
        found: list[tuple[Span, str, Speaker | None]] = []
        quoted_before = len(out)
        for span in para.spans:
            if not is_speech(text, span):
                continue
            parts = _interrupted(speakers, p, span)
            if parts:
                found.extend(parts)
                continue
            how, speaker = para.attribute(span)
            found.append((span, how, speaker))
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
                and para.named_between(previous[0], span.start) <= {previous[1].name}
            ):
                how, speaker = "continued", previous[1]
            closes_paragraph = not text[span.end :].strip(" .,;!?…")
            if not how and i == 0 and p and not text[: span.start].strip():
                whole = span.closed and closes_paragraph and len(found) == 1
                how, speaker = _introduced(speakers, p - 1, paragraphs[p - 1], whole=whole)
            if not how and i == len(found) - 1 and closes_paragraph and p + 1 < len(paragraphs):
                how, speaker = _said_next(speakers, p + 1, paragraphs[p + 1])
            if not how and i == 0 and last is not None and long_enough:
                how, speaker = _continues(para, span, last)
            opens_paragraph = i == 0 and not text[: span.start].strip()
            if opens_paragraph and waiting and not span.closed and not how:
                waiting.append((span.body.strip(), text))  # “… / “… / “…,” he said.
                waiting_at = p
                continue
            if i == 0 and waiting:
                if speaker is not None and opens_paragraph:
                    out.extend(_quote(body, speaker, where) for body, where in waiting)
                waiting = []
            if not how and not span.closed and long_enough and opens_paragraph:
                waiting, waiting_at, opener = [(span.body.strip(), text)], p, text[span.start]
            runs_on = (
                not span.closed
                and not opens_paragraph
                and speaker is not None
                and p + 1 < len(paragraphs)
                and continued_close(paragraphs[p + 1], text[span.start]) is not None
            )
            if not span.closed and how not in ("before", "continued") and not runs_on:
                how = ""  # cut off by the page: only when attributed before it or continued
            if runs_on and how and speaker is not None:
                carried = (p, text[span.start], speaker)
            if how and (how in ("after", "before", "quoted") or long_enough):
                out.append(_quote(span.body.strip(), speaker, text))
                previous = (span.end, speaker)
                # Words relayed by another outlet do not carry on into the next paragraph,
                # which is often that outlet's own quoted prose.
                if speaker is not None and how != "quoted":
                    last = (p, span.end, speaker)
        opens_quote = any(q[:1] in _OPENERS for q in paragraphs[p + 1 : p + 3])
        if len(out) == quoted_before and opens_quote:
            reported = _reported(para)
            if reported is not None:  # "X said that …" then a paragraph that is one quote
                last = (p, *reported)
    return _dedupe(out)


# What opens the reported clause after a speech verb: "said (on Monday) that …", "said the
# organisation aims …", "заявил, что …".
_REPORTED = re.compile(
    r"(?:\s+(?:on|in|at|to)\s+[\w-]+(?:\s+[\w-]+)?|\s+(?:reporters|journalists|журналистам))?"
    rf",?\s+{alternatives(lexicon().both('reported_clause_openers'))}\s",
    re.I,
)


def _reported(para: _Paragraph) -> tuple[int, Speaker] | None:
    """Reported speech of one person in a paragraph without quotes ('Ratana said that …',
    'X, speaking at a meeting, said …'): where its last speech verb ends, and who; None when
    the paragraph's speech verbs have no single speaker."""
    text, found = para.text, None
    for verb in _VERB_ANYWHERE.finditer(text):
        if any(s.start <= verb.start() < s.end for s in para.spans):
            continue
        clause = max(text.rfind(mark, 0, verb.start()) for mark in _CLAUSE_MARKS) + 1
        who = para.speakers.subject(para.p, clause, verb.start(), verb.start(), only=True)
        if who is None or who.kind != SpeakerKind.PERSON or (found and found[1] != who):
            return None
        if _REPORTED.match(text, verb.end()):  # not 'X said nothing about it'
            found = (verb.end(), who)
    return found


_OPENERS = '«“„"'
# "«A, — сказал X. — B»": the author's words inside one pair of marks, between dashes.
_INTERRUPTION = re.compile(rf"(?<=[,.!?…])\s+[—–-]\s+{VERB}\s+", re.I)
_RESUMPTION = re.compile(r"(?P<who>[^.!?:\"“”«»]{2,120}?)\s*[.,:]\s+[—–-]\s+(?=\S)")


def _interrupted(speakers: Speakers, p: int, span: Span) -> list[tuple[Span, str, Speaker | None]]:
    """A quote its speaker's attribution splits in two inside the marks: both halves are
    the speaker's, as written after the verb ('— сказал премьер-министр. —')."""
    body = span.body
    cut = _INTERRUPTION.search(body) if " " in body else None
    resumed = _RESUMPTION.match(body, cut.end()) if cut is not None else None
    if cut is None or resumed is None:
        return []
    a, b = body[: cut.start()], body[resumed.end() :]
    if len(a.split()) < MIN_WORDS or len(b.split()) < MIN_WORDS:
        return []
    at = span.start + 1  # the body starts after the opening mark
    speaker = speakers.subject(p, at + resumed.start("who"), at + resumed.end("who"), span.start)
    first = Span(span.start, at + cut.start(), a.rstrip(",").strip(), True)
    second = Span(at + resumed.end(), span.end, b.strip(), span.closed)
    return [(first, "after", speaker), (second, "after", speaker)]


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote per text (a headline often repeats the body's), keeping a known speaker."""
    best: dict[str, Quote] = {}
    for quote in quotes:
        kept = best.get(quote.text)
        if kept is None or (kept.speaker is None and quote.speaker is not None):
            best[quote.text] = quote
    return list(best.values())


def _share_within_sentences(
    para: _Paragraph, found: list[tuple[Span, str, Speaker | None]]
) -> None:
    """'… the need for “A” in addition to “B”, the ministry added': A shares B's speaker."""
    for i in range(len(found) - 2, -1, -1):
        span, how, speaker = found[i]
        later, later_how, later_speaker = found[i + 1]
        if (how and speaker is not None) or later_how != "after" or later_speaker is None:
            continue
        if span.body.rstrip().endswith((".", "!", "?", "…")):
            continue  # a quote ending in a full stop ends its sentence
        gap = para.text[span.end : later.start]
        if _SENTENCE_END.search(gap) is None and len(gap) < 200:
            found[i] = (span, "after", later_speaker)


_THIS_WAS_SAID = re.compile(
    rf"^\s*(?:Об\s+этом|Это|Так)\s+(?:[^.!?«»\"]{{0,60}}?\s)?{VERB}\b(?P<rest>[^.!?]*)"
)


# 'stated that …', 'said on Tuesday that …': reported speech the next paragraph quotes.
_INDIRECT = re.compile(r"(?:\s+(?:on|in|at|to)\s+[\w-]+(?:\s+[\w-]+)?)?\s+that\b", re.I)

_SIGNED = re.compile(r"^\s*[—–-]\s*(?P<rest>[^.!?\n]{2,80}?)\s*$")


def _said_next(speakers: Speakers, p: int, text: str) -> tuple[str, Speaker | None]:
    """'«…»' ending a paragraph, then 'Об этом заявил X …' opening the next, or a line that
    is only '– X' (a signature under the quote): X said it."""
    said = _THIS_WAS_SAID.match(text) or _SIGNED.match(text)
    if said is None:
        return "", None
    lo, hi = said.span("rest")
    return "after", speakers.subject(p, lo, hi, lo)


def _introduced(
    speakers: Speakers, p: int, text: str, *, whole: bool = False
) -> tuple[str, Speaker | None]:
    """'Ильхам Алиев заявил следующее:' ending a paragraph introduces the quote opening the
    next one; so does 'X stated on Tuesday that ….' before a paragraph that is one quote
    (`whole`), when X is the one person named before the verb of that last sentence."""
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        if not whole:
            return "", None
        para = _Paragraph(speakers, p, stripped)
        sentence = _sentence_start(stripped, len(stripped) - 1, para.spans)
        verb = _VERB_ANYWHERE.search(stripped, sentence)
        if verb is None or para.spans or _INDIRECT.match(stripped, verb.end()) is None:
            return "", None
        who = speakers.subject(p, sentence, verb.start(), verb.start(), only=True)
        return ("before", who) if who is not None else ("", None)
    subject = _Paragraph(speakers, p, text).subject_before(
        max(0, len(stripped) - 220), len(stripped)
    )
    if subject is None:
        return "", None
    return "before", speakers.subject(p, *subject, len(stripped), only=True)


def _continues(
    para: _Paragraph, span: Span, last: tuple[int, int, Speaker]
) -> tuple[str, Speaker | None]:
    """A paragraph that opens with a quote goes on with the previous paragraph's speaker,
    when that quote was at most two paragraphs back and nobody else was named since."""
    last_p, last_end, speaker = last
    if para.text[: span.start].strip() or para.p - last_p > 2:
        return "", None
    speakers = para.speakers
    people = speakers.people
    # Someone named as an object ("told a news conference with President X") takes no turn.
    named = {
        people.by_mention[id(m)]
        for q in range(last_p, para.p + 1)
        for m in people.by_para.get(q, ())
        if (q > last_p or m.start >= last_end) and not speakers.is_object(q, m.start)
    }
    alone = {speaker.name} if speaker.kind == SpeakerKind.PERSON else set()
    if not named <= alone:
        return "", None
    # Someone else introduced by title in between ("The Armenian side replied: …") ends it.
    for q in range(last_p, para.p):
        text = speakers.paragraphs[q]
        for k, verb in enumerate(_VERB_ANYWHERE.finditer(text, last_end if q == last_p else 0)):
            clause = max(text.rfind(mark, 0, verb.start()) for mark in _CLAUSE_MARKS) + 1
            if q == last_p and k == 0 and clause <= last_end and verb.start() - last_end < 40:
                continue  # the last quote's own attribution ('“…,” he said'), already read
            said = speakers.subject(q, clause, verb.start(), verb.start())
            if said != speaker:
                return "", None
    return "continued", speaker
