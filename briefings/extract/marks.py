"""Quotation marks paired by hand, and which quoted stretches are speech.

«…» nest; “…” closes with ” or a straight mark; „…“; ‘…’ where it closes, or left open where
speech starts (a quotation run over paragraphs); '…' only around a quote that closes its
paragraph (else ' is an apostrophe); a straight or curly mark that opens inside a quote ('the
term "corridor" in …', '“… the “Joint Board” …”') nests, so a short quoted name cannot shift
the pairing of the next quote. A quote the page never closed ends at its Russian dash
attribution ('«…, — сказал X'), and Russian speech printed with no marks at all is found by
that ending too, or by its verb opening the next line when the scrape lost the dash. A quote
needs four words and is not a name in quotation marks (a title-case
phrase, or one introduced by "called", "под названием").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import VERB

#: Any quotation mark, opening or closing.
ANY_MARK = re.compile(r'[«»“”„"]')
_CLOSERS = {"“": '”"', "„": '“”"', '"': '"”'}
_NAMING = re.compile(
    rf"(?<!\w){alternatives(lexicon().both('naming_words'))}\s*(?:the\s+|a\s+)?[:,]?\s*$", re.I
)
MIN_WORDS = 4  # shorter quoted phrases are names or scare quotes
MIN_WORDS_UNATTRIBUTED = 5  # taken only from context: embedded or continued


@dataclass
class Span:
    start: int  # the opening mark
    end: int  # after the closing mark, or the paragraph's end when left open
    body: str
    closed: bool
    mark: str = ""  # the opening mark, when `start` is not at it (a quote's second half)


_MARK = re.compile(r'[«“„"‘\']')
# "said, 'Our network …. And, …, including the cloud.'": straight single marks used as
# quotation marks, trusted only for a quote that opens after a space, a dash or a colon with
# a capital and runs to a mark closing the paragraph (an apostrophe never ends one).
_STRAIGHT_SINGLE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:—–-]))'(?=[A-ZА-ЯЁ])")
_STRAIGHT_SINGLE_END = re.compile(r"[.!?…]'\s*$")
# ’ is an apostrophe inside a word ("India’s"): it closes a ‘-quote only where no letter follows.
_SINGLE_CLOSE = re.compile(r"’(?![^\W_])")
# A ‘ left open is a quotation only before a word, with no other quotation mark after it.
_SINGLE_OPEN = re.compile(r"‘(?=[^\W\d_])(?![^«“„\"]*[«“„\"])")
# Where speech may start: a paragraph's start, or after "that", a colon or a comma.
_SPEECH_STARTS = re.compile(
    rf"(?:^|(?<![\w-]){alternatives(lexicon().both('quote_lead_words'))}\s+|[:,]\s+)$", re.I
)


def _opens_speech(text: str, i: int) -> bool:
    return _SPEECH_STARTS.search(text, max(0, i - 24), i) is not None


def quote_spans(text: str, start: int = 0) -> list[Span]:
    """Quoted stretches of a paragraph from `start` on, in order."""
    out: list[Span] = []
    n = len(text)
    found = _MARK.search(text, start)
    while found is not None:
        i = found.start()
        if text[i] == "'":
            # an apostrophe, unless it opens a paragraph-closing quote
            last = _STRAIGHT_SINGLE_END.search(text, i + 1)
            nxt = i + 1
            if _STRAIGHT_SINGLE.match(text, i) and last is not None:
                out.append(Span(i, last.start() + 2, text[i + 1 : last.start() + 1], True))
                nxt = last.start() + 2
        elif text[i] == "‘":
            # "were ‘the highest priority’": single marks, kept when they close, or left open
            # where speech starts and nothing else is quoted after (a quote run on over
            # paragraphs, "‘A. (break) B,’ X said", or cut by the page)
            close = _SINGLE_CLOSE.search(text, i + 1)
            if close is not None and "“" not in text[i : close.start()]:
                out.append(Span(i, close.end(), text[i + 1 : close.start()], True))
            elif close is None and _SINGLE_OPEN.match(text, i) and _opens_speech(text, i):
                out.append(Span(i, n, text[i + 1 :], False))
            nxt = close.end() if close is not None else i + 1
        elif text[i] == "«":
            depth, j = 1, i + 1
            while j < n and depth:
                depth += {"«": 1, "»": -1}.get(text[j], 0)
                j += 1
            out.append(Span(i, j, text[i + 1 : j - (depth == 0)], depth == 0))
            nxt = j
        else:
            j = _closing(text, i)
            closed = j < n
            out.append(Span(i, j + closed, text[i + 1 : j], closed))
            nxt = j + 1
        found = _MARK.search(text, nxt)
    return out


def continued_close(text: str, opener: str) -> int | None:
    """Where a quote opened with `opener` in an earlier paragraph closes in this one, if this
    paragraph starts inside it (no opening mark first) and no quote it opens closes there."""
    if text[:1] in '«“„"' or (opener == "‘" and text[:1] == "‘"):
        return None
    if opener == "‘":  # "‘A. (break) B,’ X said": the first ’ no letter follows
        close = _SINGLE_CLOSE.search(text)
        return close.start() if close is not None else None
    if opener == "«":
        depth = 1
        for j, ch in enumerate(text):
            depth += {"«": 1, "»": -1}.get(ch, 0)
            if depth == 0:
                return j
        return None
    # A quote this paragraph opens ('Y said, "C."') nests: the mark that closes it does
    # not close the quotation left open before, which the page simply never closed.
    closers = _CLOSERS.get(opener, "")
    openers = "„" if opener == "„" else "“"
    depth = 0
    for j, ch in enumerate(text):
        if ch in openers or (ch == '"' and _opens(text, j)):
            depth += 1
        elif ch in closers:
            if depth == 0:
                return j
            depth -= 1
    return None


def running_close(text: str) -> int | None:
    """Where a quotation left open by an earlier paragraph closes in this one ('… in the
    end", - said the agent.'): the first mark is a closing one; None if it opens."""
    first = ANY_MARK.search(text)
    if first is None or _opens(text, first.start()) or first.group() in "«“„":
        return None
    opener = {"»": "«", "”": "“"}.get(first.group(), '"')
    return continued_close(text, opener)


def _opens(text: str, k: int) -> bool:
    """A straight mark that opens: after a space or start, before a letter ('term "corridor"')."""
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (before.isspace() or before in "(—–-") and after.isalnum()


# '“We agreed on it,“ he said': an opening curly mark printed where the closing one belongs,
# told by where it stands: right after a word or its punctuation, before a space or the end.
_MISPRINTED_CLOSE = re.compile(r"(?<=[\w.,!?…])“(?=[\s,.;:!?)]|$)")


def _misprinted_close(text: str, j: int) -> bool:
    return _MISPRINTED_CLOSE.match(text, j) is not None


def _closing(text: str, i: int) -> int:
    """Index of the mark closing the quote opened at `i` (len(text) when left open); marks
    that open inside it nest, so '"… the term "corridor" in Armenia,"' holds together."""
    closers = _CLOSERS[text[i]]
    # “ nests inside “…” and "…" ('“… of the “Joint Board” in Tarvik …,”'), never in „…“,
    # which it closes.
    nesting = '"“' if text[i] in '“"' else '"'
    depth, j, n = 0, i + 1, len(text)
    while j < n:
        if text[j] in nesting and _opens(text, j) and j + 1 < n:
            depth += 1
        elif text[j] in closers or (text[i] == "“" and _misprinted_close(text, j)):
            if depth == 0:
                return j
            depth -= 1
        j += 1
    return n


_ANY_PAIRED_MARK = re.compile(r'[«»“”„"]')


def only_names_quoted(text: str) -> bool:
    """Whether a paragraph's quotation marks only pair around names ('the "Orvik" club'), or
    it has none: a middle paragraph of a quotation run over paragraphs may quote a name."""
    spans = quote_spans(text)
    if any(not s.closed or is_speech(text, s) for s in spans):
        return False
    ends = {k for s in spans for k in (s.start, s.end - 1)}
    return all(m.start() in ends for m in _ANY_PAIRED_MARK.finditer(text))


def is_speech(text: str, span: Span) -> bool:
    words = span.body.split()
    if len(words) < MIN_WORDS:
        return False
    if _NAMING.search(text, max(0, span.start - 40), span.start):
        return False  # "the company “Green Energy Corridor”", "под названием «…»"
    letters = [w for w in words if w[:1].isalpha() and len(w) > 3]
    titled = letters and all(w[:1].isupper() for w in letters)
    return not (titled and len(words) <= 12 and not re.search(r"[.!?,;:]", span.body))


# "…, — заявил X", "…,— уточнил X", "…? - спросил X": Russian print ends direct speech with
# a comma (or its own ?!…), a dash and the speech verb, marks or none.
_DASH_VERB = re.compile(
    rf"(?P<punct>[,!?…])(?:\s*[—–]|\s+-)\s*"
    rf"(?:{alternatives(lexicon().both('attribution_adverbs'))}\s+)?{VERB}(?![\w-])",
    re.I,
)
# A full stop that ends a sentence ("… инвесторов. Теперь …"), not an initial's or a number's.
_SENTENCE_END = re.compile(r"(?<!\b[A-ZА-ЯЁ])(?<!\d)[.!?…]\s+(?=[A-ZА-ЯЁ])")


def dash_closed(text: str, span: Span) -> Span:
    """A quote the page never closed, ended by the dash and the verb that attribute it:
    '«Мы обезвредили сотни мин, — сказал X.' is closed before the comma."""
    if span.closed or text[span.start] not in '«“"':
        return span
    found = _DASH_VERB.search(text, span.start + 1)
    if found is None:
        return span
    cut = found.start() + (found.group("punct") != ",")  # "?" and "!" are the speaker's
    return Span(span.start, found.start(), text[span.start + 1 : cut], True)


def unmarked_spans(text: str, spans: list[Span]) -> list[Span]:
    """Direct speech printed without marks, told by its '…, — заявил X' ending: the one
    sentence before the dash (how far back the speech starts, the page does not show).
    Never a paragraph of dialogue dashes, and never text with a quotation mark in it."""
    if text[:1] in "—–-":
        return []
    out: list[Span] = []
    for found in _DASH_VERB.finditer(text):
        end = found.start()
        if any(s.start <= end < s.end for s in spans):
            continue
        start = 0
        for stop in _SENTENCE_END.finditer(text, 0, end):
            start = stop.end()
        body = text[start : end + (found.group("punct") != ",")]
        if (
            len(body.split()) < MIN_WORDS_UNATTRIBUTED
            or ANY_MARK.search(body)
            or not body[:1].isupper()
            or any(start < s.end and s.start < end for s in spans)
        ):
            continue
        out.append(Span(start, end, body, True))
    return out


# "…, (line break) заявил X.": the scrape lost the marks and the dash, and the speech verb
# opens a line of its own in lower case, which only a sentence going on can.
_VERB_LINE = re.compile(
    rf"^(?:{alternatives(lexicon().both('attribution_adverbs'))}\s+)?{VERB}(?![\w-])"
    r"(?P<rest>[^.!?]*)"
)
_SPEECH_END = re.compile(r"[,!?…]\s*$")
_REPORTING = re.compile(rf"\s*,?\s*{alternatives(lexicon().both('quote_lead_words'))}(?!\w)", re.I)


def verb_line(text: str, following: str) -> tuple[Span, re.Match[str]] | None:
    """A paragraph of speech without marks whose attribution is the next line: the whole
    paragraph (the line break shows where the speech began), and the attribution's match,
    whose `rest` names the speaker. Same bounds as `unmarked_spans`."""
    found = _VERB_LINE.match(following)
    if found is not None and _REPORTING.match(found.group("rest")):
        return None  # 'заявил, что …': reported speech of its own, not a signature
    body = text.strip()
    end = _SPEECH_END.search(body)
    if (
        found is None
        or not following[:1].islower()
        or end is None
        or not body[:1].isupper()
        or ANY_MARK.search(body)
        or len(body.split()) < MIN_WORDS_UNATTRIBUTED
    ):
        return None
    body = body[: end.start() + (body[end.start()] != ",")]  # "?" and "!" are the speaker's
    start = len(text) - len(text.lstrip())
    return Span(start, start + len(body), body, True), found


# "We expected a licence. - said X." / "…, explained X of the Y." / "…, X said.": a paragraph
# of English speech whose marks the scrape lost, told by an attribution that names someone
# and closes the paragraph. Said in the first person, or it is reported speech.
_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
_CLOSING_ATTRIBUTION = re.compile(
    rf"(?:[,.!?…]\s+[—–-]|\s+[—–-]|,)\s+(?:{VERB}\s+{_NAME}|{_NAME}\s+{VERB})"
    r"(?P<tail>[^.!?…]{0,80})[.!?…]?\s*$"
)
_FIRST_PERSON = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(
        re.escape(form).replace("'", "['’]")
        for word in sorted(lexicon().en.first_person_words, key=len, reverse=True)
        for form in dict.fromkeys((word, word[:1].upper() + word[1:]))
    )
    + r")(?![\w’'-])"
)
_TAIL_GOES_ON = re.compile(
    rf"(?<!\w)(?:that|{alternatives(lexicon().en.speech_participles)})(?!\w)", re.I
)


def unmarked_paragraph(text: str, spans: list[Span]) -> Span | None:
    """The whole paragraph as one quote when it is first-person speech printed without
    marks and closed by '…, said X.' (or '- X said.'); None when any mark shows, the speech
    is in the third person (reported), or the attribution goes on ('…, adding that …')."""
    if spans or ANY_MARK.search(text) or text[:1] in "—–-":
        return None
    found = _CLOSING_ATTRIBUTION.search(text)
    if found is None or _TAIL_GOES_ON.search(found.group("tail")):
        return None
    start = len(text) - len(text.lstrip())
    end = found.start()
    body = text[start : end + (text[end] in "!?…")]
    if (
        not body[:1].isupper()
        or len(body.split()) < MIN_WORDS_UNATTRIBUTED
        or _FIRST_PERSON.search(body) is None
    ):
        return None
    return Span(start, end, body.strip(), True)
