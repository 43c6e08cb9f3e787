"""Who put out a statement that a quote is attributed to without naming anyone: "«…», —
говорится в сообщении", "“…,” the statement noted", "Сообщается, что …: «…»". The issuer is
the one named with the document, or else the subject of the nearest speech verb before the
quote, when that verb introduces no other quote."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefings.extract.document_phrases import DOCUMENT_WORD
from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import Span, is_speech, quote_spans
from briefings.extract.patterns import VERB
from briefings.extract.speakers import Speaker, Speakers
from briefings.models import SpeakerKind

_ISSUING = re.compile(
    rf"(?<!\w)(?:{VERB}|{alternatives(lexicon().both('issuing_verbs'))})(?!\w)", re.I
)
# A sentence's end between a quote and a later verb: the verb is not the quote's own.
_SENTENCE_END = re.compile(r"[.!?…]\s")
# A capital after the quote's own full stop: the next sentence starts there.
_NEXT_SENTENCE = re.compile(r"\s+[A-ZА-ЯЁ]")
_ISSUER_REACH = 10  # paragraphs (list items count): a wire story names its source once
# "в заявлении пресс-службы X", "in a statement by X": the issuer named with the document.
_DOCUMENT_OF = re.compile(
    rf"\s+(?:в|во|in)\s+(?:a\s+|the\s+)?{DOCUMENT_WORD}(?!\w)\s+(?:by\s+|from\s+|of\s+)?"
    # "в сообщении "Газпрома"": a firm's name in quotation marks
    r"(?P<who>[«\"„“]?[^,.!?;«»\"“”()]{2,120}?[»\"“”]?)\s*(?=[,.!?;()]|$)",
    re.I,
)
# "говорится в сообщении, подписанном …": a clause on the document; not "it said in a
# statement, adding that …", whose participle goes on with the same speaker.
_PARTICIPLE = alternatives(lexicon().both("speech_participles"))
_CLAUSE_GOES_ON = re.compile(
    rf"\s+(?:в|во|in)\s+(?:a\s+|the\s+)?{DOCUMENT_WORD}(?!\w)\s*(?!,\s*{_PARTICIPLE}(?!\w))"
    r"[^\s.!?]",
    re.I,
)
# What may follow a speech verb whose subject came before it: "said in …", "said that …".
_ADJUNCT = re.compile(
    rf"\s+(?:{alternatives(lexicon().both('prepositions'))}|that|что|reporters|журналистам)"
    r"(?!\w)",
    re.I,
)
# "говорится в заявлении МИДа", "в сообщении ХАМАСа": a Russian acronym takes a case ending
# in lowercase; the body is the acronym itself.
_INFLECTED_ACRONYM = re.compile(r"(?P<acronym>[А-ЯЁ]{2,8})(?:а|у|ом|е)?")
# "размещенном на сайте X", "опубликованном в своем Telegram-канале X": where a statement was
# put out, just before whoever publishes there.
_PUT_OUT_ON = (
    r"(?:размещенн|размещённ|опубликованн|распространенн|распространённ)[а-яё]*\s+(?:в|во|на)\s+"
    r"(?:сво[её][а-яё]*\s+)?(?:официальн[а-яё]+\s+)?"
    r"(?:сайте|Telegram-канале|телеграм-канале|канале|странице|аккаунте)\s+"
)
# "говорится в сообщении, размещенном на сайте X", "в пресс-релизе, опубликованном в
# Telegram-канале X": a document no one is named with, put out where X publishes.
_PUBLISHED_AT = re.compile(
    rf"\s+(?:в|во)\s+(?:пресс-)?{DOCUMENT_WORD}(?!\w)\s*,\s*{_PUT_OUT_ON}"
    r"(?P<who>[^,.!?;«»\"“”()]{2,80}?)\s*(?=[,.!?;()]|$)",
    re.I,
)
# "говорится в опубликованном на сайте X заявлении": where it was put out, said first.
_PUBLISHED_BEFORE = re.compile(
    rf"\s+(?:в|во)\s+{_PUT_OUT_ON}(?P<who>[^,.!?;«»\"“”()]{{2,80}}?)\s+{DOCUMENT_WORD}(?!\w)",
    re.I,
)
_RU_IMPERSONAL_IN = re.compile(
    rf"(?<![\w-]){alternatives(lexicon().ru.impersonal_attributions)}(?=\s+(?:в|во)\s)", re.I
)
# "российского холдинга", "компании": lowercase words ending in a kind of firm.
_FIRM_DESCRIBED = re.compile(
    rf"(?:[а-яё-]+\s+){{0,2}}{alternatives([h[:-1] for h in lexicon().ru.firm_heads])}[а-яё]{{0,4}}"
)
# A firm's name in quotation marks ("«Газпром»"): how Russian print names a firm.
_QUOTED_FIRM = re.compile(r"[«\"„“][A-ZА-ЯЁ][\w-]*(?:\s+[\w-]+){0,2}[»\"“”]")
# "написала в своем Telegram-канале", "на сайте": where a statement was put out.
# "сообщило в четверг министерство": when it was said, then who said it
_TIME_ADJUNCT = re.compile(rf"(?:\s+{alternatives(lexicon().ru.time_adjuncts)}(?!\w))+", re.I)
_PUT_OUT_IN = re.compile(r"\s+(?:в|во|на)\s", re.I)
# "добавили", "сообщили": a plural past verb, whose subject Russian leaves unsaid.
_RU_PLURAL = re.compile(r"[а-яё]{3,}ли(?:сь)?$")
# "X told them …, according to the statement.": what X said is reported; X put out nothing.
_CITED = re.compile(rf"(?<!\w)(?:{alternatives(lexicon().both('citing_words'))})(?!\w)", re.I)
_LATIN_OUTLET = re.compile(
    rf"\s*(?:(?i:{alternatives(lexicon().ru.media_kind_nouns)})\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*(?:\([A-Z]{2,8}\)\s*)?"
)
_RELAYING = re.compile(alternatives(lexicon().ru.relaying_verbs), re.I)
_STOP = re.compile(r"[.!?](?:\s|$)")
_CLAUSE_END = re.compile(r"[,.!?;«»\"“”()]")
# "…, the presidential press service said": an English subject set after a comma, led by a
# determiner, ends a sentence whose own clause named others.
_TRAILING_SUBJECT = re.compile(r",\s+(?P<subj>(?:the|its|his|her|their)\s+[^,]{2,80}?)\s*$")


def _citing_body(speakers: Speakers, q: int, verb: re.Match[str], cited: int) -> Speaker | None:
    """'Об этом сообщает издание X со ссылкой на источники': the body (an outlet) whose
    text cites unnamed sources, named between a Russian verb and the citing words; not when
    it cites a person by name, nor a person so named (who only reports)."""
    para = speakers.paragraphs[q]
    stop = _STOP.search(para, cited)
    if not CYR.search(verb.group()) or any(
        cited < m.start < (stop.start() if stop else len(para))
        for m in speakers.people.by_para.get(q, ())
    ):
        return None  # "со ссылкой на министра X": the words may be X's
    when = _TIME_ADJUNCT.match(para, verb.end())
    lo = when.end() if when is not None else verb.end()
    end = _CLAUSE_END.search(para, lo, cited)
    hi = end.start() if end else cited
    who = speakers.subject(q, lo, hi, lo, only=True)
    if who is None and CYR.search(para):
        # Russian news writes people in Cyrillic: a name left in Latin is an outlet's or a
        # firm's ("сообщает издание Dawn", "пишет агентство Yonhap")
        latin = _LATIN_OUTLET.fullmatch(para, lo, hi)
        who = speakers.bodies.credit(latin.group("name")) if latin is not None else None
    return who if who is not None and who.kind == SpeakerKind.ORGANISATION else None


def issuer(
    speakers: Speakers,
    p: int,
    spans: list[Span],
    span: Span,
    pos: int,
    earlier: Callable[[int, Span], Speaker | None] | None = None,
) -> Speaker | None:
    """Who put out the statement an impersonal attribution quotes: the one named after
    it ('говорится в заявлении МИД'), or else the subject of the nearest speech verb
    before the quote ('Об этом сообщает X. … «…», — говорится в сообщении') when that
    verb introduces no other quote and is at most a few paragraphs back.

    With `earlier` (who said a quote before this one, for '“…,” it added'), a body's quote
    just before is that body's going on; a quotation's own open parts stop nothing."""
    text = speakers.paragraphs[p]
    if any(r.match(text, pos) for r in (_DOCUMENT_OF, _PUBLISHED_AT, _PUBLISHED_BEFORE)):
        return _named_issuer(speakers, p, pos, span.start)
    if _CLAUSE_GOES_ON.match(text, pos):
        return None  # "говорится в сообщении, подписанном …": not plain
    paragraphs = speakers.paragraphs
    for q in range(p, max(-1, p - _ISSUER_REACH), -1):
        para = paragraphs[q]
        limit = span.start if q == p else len(para)
        found = spans if q == p else quote_spans(para)
        if earlier is not None:
            found = [s for s in found if s.closed]
        verbs = [
            v
            for v in _ISSUING.finditer(para, 0, limit)
            if not any(s.start <= v.start() < s.end for s in found)
        ]
        quoted = [s for s in found if s.start < limit and is_speech(para, s)]
        said = [
            i
            for i in _RU_IMPERSONAL_IN.finditer(para, 0, limit)
            if not any(s.start <= i.start() < s.end for s in found)
            and not any(i.start() < s.start for s in quoted)
            and not any(i.start() < v.start() for v in verbs)
        ]
        if said:
            # "Об этом говорится в пресс-релизе, опубликованном в канале X. (¶) «…», —
            # говорится в сообщении": the document named before, and whose it was
            who = _named_issuer(speakers, q, said[-1].end(), said[-1].end(), back=True)
            if who is not None:
                return who
        if (
            earlier is not None
            and quoted
            and (
                not verbs
                or verbs[-1].start() < quoted[-1].end + 40
                or _verb_of(para, quoted[-1], verbs[-1].start())
            )
        ):
            # '“A,” the agency said. “B,” it added': B is the body of A going on; so when A
            # stands inside the sentence the verb ends ('… “A” and …, the statement said'),
            # and B has no speaker when A has none
            who = earlier(q, quoted[-1])
            return who if who is not None and who.kind == SpeakerKind.ORGANISATION else None
        if not verbs:
            if quoted:
                return None  # someone else's quote in between
            continue
        verb = verbs[-1]
        if (
            _RELAYING.fullmatch(verb.group())
            and len(verbs) > 1
            and not _STOP.search(para, verbs[-2].end(), verb.start())
        ):
            verb = verbs[-2]  # "пишет X, ссылаясь на Y, передает Z": Z only relays X's text
        stop = _STOP.search(para, verb.end(), limit)
        cited = _CITED.search(para, verb.end(), stop.start() if stop else limit)
        if cited:
            # a speech reported by a source named after it: not the issuer, unless an outlet
            # or a body put it out ("сообщает издание X со ссылкой на Y")
            return _citing_body(speakers, q, verb, cited.start())
        if any(s.end <= verb.start() and verb.start() - s.end < 6 for s in found):
            return None  # the verb attributes a quote of its own
        if any(verb.end() <= s.start < limit and is_speech(para, s) for s in found):
            return None
        clause_end = _CLAUSE_END.search(para, verb.end())
        hi = clause_end.start() if clause_end else len(para)
        start = max(para.rfind(m, 0, verb.start()) for m in '.!?;«»"“”') + 1
        when = _TIME_ADJUNCT.match(para, verb.end()) if CYR.search(verb.group()) else None
        subject_at = when.end() if when is not None else verb.end()
        if (
            para[subject_at:hi].strip()
            and not _ADJUNCT.match(para, subject_at)
            # "the BRN said the dialogue with the Thai government …": English puts the
            # subject after the verb only when nothing stands before it
            and (CYR.search(verb.group()) or not para[start : verb.start()].strip())
        ):
            # "сообщает пресс-служба X": the subject follows the verb; "Об этом компания
            # написала в своем канале": only where it was put out, so a body before it
            after = speakers.subject(q, subject_at, hi, subject_at, only=True)
            quoted_firm = _QUOTED_FIRM.match(para, hi)
            if (
                after is None
                and quoted_firm
                and _FIRM_DESCRIBED.fullmatch(para[subject_at:hi].strip())
            ):
                # "сообщила госкорпорация «X»": the marks of a firm's name end no clause
                return speakers.bodies.firm(q, quoted_firm.end())
            if after is not None or not _PUT_OUT_IN.match(para, subject_at):
                return after
            if _RU_PLURAL.search(verb.group()) and speakers.bodies.in_body(q, subject_at, hi):
                # "Об этом уведомлен комитет X, добавили в ведомстве": the body in the
                # locative spoke (or nobody sure); before the verb stands what it said
                return None
            before = speakers.subject(q, start, verb.start(), verb.start(), only=True)
            return (
                before if before is not None and before.kind == SpeakerKind.ORGANISATION else None
            )
        # "The ministry said in a statement": it precedes it; "X signed the laws, the
        # press service said": a subject after the sentence's last comma is the whole of it
        trailing = _TRAILING_SUBJECT.search(para, start, verb.start())
        start = trailing.start("subj") if trailing is not None else start
        return speakers.subject(q, start, verb.start(), verb.start(), only=True)
    return None


def _verb_of(text: str, quote: Span, verb: int) -> bool:
    """Whether the verb at `verb` ends the sentence `quote` stands in ('… “A” and agreed …,
    the statement said'): no sentence ends between them."""
    if quote.body.rstrip().endswith((".", "!", "?", "…")) and _NEXT_SENTENCE.match(text, quote.end):
        return False
    return _SENTENCE_END.search(text, quote.end, verb) is None


def _named_issuer(
    speakers: Speakers, p: int, pos: int, anchor: int, *, back: bool = False
) -> Speaker | None:
    """The issuer named with the document at `pos` ('в заявлении МИД', 'в сообщении
    «Газпрома»', 'в сообщении российского холдинга'), or else where it was put out ('в
    пресс-релизе, опубликованном в канале X'): a body's own words, put out by itself. With
    `back` (a document named sentences before the quote), only a firm or where it was put
    out: "в заявлении законодательного органа ЕС" describes its issuer too loosely."""
    text = speakers.paragraphs[p]
    published = _PUBLISHED_AT.match(text, pos) or _PUBLISHED_BEFORE.match(text, pos)
    named = _DOCUMENT_OF.match(text, pos) or published
    if named is None:
        return None
    lo, hi = named.span("who")
    office = _person_office(text[lo:hi])
    if office is not None:
        return speakers.bodies.credit(office)
    who = speakers.bodies.quoted_body(p, lo, hi)
    if who is None and (published or not back):
        who = speakers.subject(p, lo, hi, anchor, only=True)
    if who is None and _FIRM_DESCRIBED.fullmatch(text, lo, hi):
        return speakers.bodies.firm(p, lo)  # "российского холдинга": the firm named before
    acronym = _INFLECTED_ACRONYM.fullmatch(text, lo, hi) if who is None else None
    if acronym is not None:  # "в заявлении МИДа": the body its capitals name
        return speakers.bodies.credit(acronym.group("acronym"))
    return who


_OFFICES = {**lexicon().en.person_office_heads, **lexicon().ru.person_office_heads}
# "офиса Хуана X": a person's staff, and whose it is.
_OFFICE = re.compile(rf"(?P<head>{alternatives(list(_OFFICES))})\s+(?P<owner>[A-ZА-ЯЁ].*)")


def _person_office(who: str) -> str | None:
    """The office a statement's issuer names ('офиса X' → 'офис X'): a person's staff put it
    out, so the person is not its speaker."""
    office = _OFFICE.fullmatch(who.strip()) if _OFFICES else None
    if office is None:
        return None
    return f"{_OFFICES[office.group('head')]} {office.group('owner')}"


# A sentence's subject up to its verb ("The river authority on Monday approved").
_MAIN_VERB = re.compile(r"(?P<subj>[^,;:]*?)\s+(?:has\s+|have\s+|had\s+)?[a-z]{3,}(?:ed|s)\b")


def body_just_before(speakers: Speakers, p: int, lo: int, hi: int) -> Speaker | None:
    """'The river authority on Monday approved the plan. “…,” it said': the one body that is
    the subject of the sentence `lo:hi` right before the quote's, with no person named there."""
    if hi <= lo:
        return None
    verb = _MAIN_VERB.match(speakers.paragraphs[p], lo, hi)
    if verb is None or any(lo <= m.start < hi for m in speakers.people.by_para.get(p, ())):
        return None
    return speakers.bodies.only_body(p, lo, verb.end("subj"))


# "according to a study by the X Institute", "a report from the Y Agency": a document and
# its author, the body whose words "the study notes" quotes.
_AUTHORED = re.compile(
    rf"(?<!\w)(?:a|an|the|its|new|latest)\s+(?:[a-z-]+\s+){{0,2}}{DOCUMENT_WORD}\s+"
    r"(?:by|from)\s+(?P<who>[^,.!?;«»\"“”()]{2,120}?)\s*(?=[,.!?;()]|$)"
)

# "“…,” the US Tarvia Office said in a May 3rd statement": its subject put the document out.
_SAID_IN_DOCUMENT = re.compile(
    rf"(?<!\w)(?:{VERB})\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{DOCUMENT_WORD}(?!\w)",
    re.I,
)


def document_author(speakers: Speakers, p: int, start: int) -> Speaker | None:
    """'A study by the X Institute says … (¶) “…,” the study notes': the body named as the
    author of a document in the nearest paragraph before the quote that names one, or the
    body that 'said in a statement' there."""
    for q in range(p, max(-1, p - _ISSUER_REACH), -1):
        para = speakers.paragraphs[q]
        limit = start if q == p else len(para)
        found = sorted(
            [
                *(m.span("who") for m in _AUTHORED.finditer(para, 0, limit)),
                *(
                    (max(para.rfind(c, 0, m.start()) for c in '.!?;"“”«»') + 1, m.start())
                    for m in _SAID_IN_DOCUMENT.finditer(para, 0, limit)
                ),
            ],
            key=lambda span: span[1],
        )
        if found:
            lo, hi = found[-1]
            who = speakers.subject(q, lo, hi, hi, only=True)
            return who if who is not None and who.kind == SpeakerKind.ORGANISATION else None
    return None


def body_going_on(
    speakers: Speakers, p: int, said: Callable[[int, Span], Speaker | None]
) -> Speaker | None:
    """The body whose quote closes the paragraph before `p` (its attribution after it and
    nothing more), which a paragraph opened by 'It also noted “…”' goes on with."""
    before = speakers.paragraphs[p - 1]
    quoted = [s for s in quote_spans(before) if is_speech(before, s)]
    if not quoted or len(before) - quoted[-1].end > 120:
        return None
    who = said(p - 1, quoted[-1])
    return who if who is not None and who.kind == SpeakerKind.ORGANISATION else None
