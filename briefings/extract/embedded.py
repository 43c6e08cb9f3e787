"""A quote embedded in a clause: whose speech verb governs it, read within its sentence.

`X said the deal “…”`, `X urged Y “to …,” according to Z`, `Об этом заявила X. «…»`: the
speaker is the subject of the sentence's (or the one before's) speech verb, not a name next
to the quote. Apart from `attribution` (the explicit patterns around a quote) because these
rules read whole sentences and clauses, and because `attribution`, `continuation` and `quotes`
share the sentence reading (`sentence_start`, `VERB_ANYWHERE`) kept here, below all three.
"""

from __future__ import annotations

import re

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import Span, quote_spans
from briefings.extract.patterns import HONORIFIC_ABBREVIATIONS, PRONOUN, VERB
from briefings.extract.speaker import COPULA_BEFORE, OBJECT_SPEECH, oblique
from briefings.extract.speakers import Speaker, Speakers
from briefings.extract.subject_names import body_word_after

# 'X called the new line “a key project …”': the words X used of a thing, X's words.
_CALLED = re.compile(
    r"(?<!\w)called\s+(?:the|it|this|that|these|those|his|her|their|its|our|a|an)(?!\w)"
    r"[^.!?,;:\"“”«»]{0,60}$"
)
# 'X characterised the deal as “a new era …”', 'describing it as a “…”': the same, by "as".
_DESCRIBED_AS = re.compile(
    rf"(?<!\w)(?:{alternatives(lexicon().en.describing_stems)})\w*\s+[^.!?;\"“”«»]{{1,80}}?"
    r"\s+as\s+(?:an?\s+|the\s+)?$"
)
# "X welcomed the deal, saying it was “…”": a participle of speech after a verb that is not
# speech carries the clause's subject's words.
SPEECH_PARTICIPLE = re.compile(
    rf",\s*{alternatives(lexicon().both('speech_participles'))}(?![\w-])", re.I
)
# "…, with Secretary of State X telling reporters that it is “…”": the participle's own
# subject, the capitalised name after "with", speaks (no comma before the participle).
_WITH_PARTICIPLE = re.compile(
    r"(?<!\w)with\s+(?P<who>[A-Z][\w.’'-]*\s+(?:(?:[A-Z][\w.’'-]*|of|the|for)\s+){0,7}?)"
    r"(?P<verb>saying|telling)(?!\w)"
)
# An initial's dot ("Christopher J. Cavoli") ends no sentence, nor a rank's ("said Brig. Gen.
# X, director of …"), which would start a new sentence in the middle of an attribution.
_NOT_AFTER_RANK = "".join(rf"(?<!\b{a})" for a in HONORIFIC_ABBREVIATIONS)
SENTENCE_END = re.compile(rf"(?<!\b[A-ZА-ЯЁ]){_NOT_AFTER_RANK}[.!?…][\"”»]?\s+(?=[\"“«—–A-ZА-ЯЁ])")
_OWNER = re.compile(r"['’]s?\b")
# "X recalled Y’s 2023 statement that it is “…”": Y owns the words the quote gives.
_OWNED_SPEECH = re.compile(
    rf"(?<![\w-])[A-Z][\w-]+['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{alternatives(lexicon().en.owned_speech_nouns)}(?![\w-])"
)
_ACCORDING_TO = re.compile(r"(?<!\w)(?:according\s+to|по\s+словам|citing|quoting)(?!\w)", re.I)
_SENTENCE_CONJUNCTION = re.compile(
    rf"\s*{alternatives(lexicon().en.sentence_conjunctions)}\s+(?=\S)"
)
# "The minister indicated that … “…”": a reported clause the quote stands in.
_REPORTED_CLAUSE = re.compile(
    rf"(?<![\w-]){alternatives(lexicon().both('quote_lead_words'))}(?![\w-])", re.I
)
# "… on the Y Shoal, though it said it …“…”": "it" or "they" is the verb's subject, never
# the one person named before.
_NOT_A_PERSON_BEFORE = re.compile(r"(?<!\w)(?:it|they|оно|они)\s+$", re.I)
_WHO_AFTER = re.compile(r"\s*,\s*(?:who|котор(?:ый|ая|ые))\b", re.I)
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?P<pronoun>he|she|он|она)\s+$", re.I)
# Capitalised "States" is a name's word ("the United States", "Member States"), never the verb.
VERB_ANYWHERE = re.compile(rf"(?<!\w)(?!(?-i:States)\b){VERB}\b", re.I)
# "X offered …, and President Y said that …": after a comma and a conjunction a clause with
# a subject of its own begins (a capitalised word or a pronoun before its verb).
# "X announced a truce while Y denied it": "while" opens one without a comma too.
_COORDINATE = re.compile(
    rf"(?:,\s+{alternatives(lexicon().both('conjunctions'))}"
    rf"|(?<=\w)\s+{alternatives(lexicon().both('contrast_conjunctions'))})\s+(?=\S)",
    re.I,
)
_OWN_SUBJECT = re.compile(r"(?<![\w-])(?:[A-ZА-ЯЁ]|(?:he|she|он|она)(?![\w-]))")
# "… while the rebels denied it, saying": before a participle, a noun with its article is a
# subject of its own too.
_OWN_SUBJECT_NOUN = re.compile(
    r"(?<![\w-])(?:[A-ZА-ЯЁ]|(?:he|she|they|the|its|their|он|она|они)(?![\w-]))"
)
# A name opening its clause: after the sentence's start or a comma, only capitalised words
# (a title: "UN Secretary-General") before it.
_CLAUSE_OPENER = re.compile(r"(?:^|,)\s*(?:[A-ZА-ЯЁ][\w.’'-]*\s+)*$")
_LAST_WORD = re.compile(r"(?P<word>[А-ЯЁ][а-яё]+)\s+$")


def sentence_start(
    text: str, pos: int, spans: list[Span], names: tuple[tuple[int, int], ...] = ()
) -> int:
    """Where the sentence holding `pos` begins; no sentence ends inside a quote, nor inside
    a person's name found in the text (`names`: its ranges), whose initial may be two letters
    ("Ts. Batbayar")."""
    start = 0
    for m in SENTENCE_END.finditer(text, 0, min(len(text), pos + 1)):
        if not any(
            s.start < m.start() < s.end and not _ends_with(text, s, m.start()) for s in spans
        ) and not any(lo < m.start() < hi for lo, hi in names):
            start = m.end()
    return start


def _ends_with(text: str, span: Span, stop: int) -> bool:
    """Whether the stop at `stop` is the quote's last character, right before its closing
    mark ('… progress.” Tarvia’s minister …'): the sentence ends with the quote."""
    return span.closed and span.end == stop + 2 and text[stop + 1] in '”"»'


class Clauses:
    """A paragraph's text and quote spans, with the sentence-level rules of attribution;
    `attribution.Paragraph` adds the patterns that stand right around a quote."""

    def __init__(self, speakers: Speakers, p: int, text: str, start: int = 0) -> None:
        self.speakers, self.p, self.text = speakers, p, text
        self.spans = quote_spans(text, start)
        self.names = tuple((m.start, m.end) for m in speakers.people.by_para.get(p, ()))

    def sentence(self, pos: int) -> int:
        """Where the sentence holding `pos` begins in this paragraph."""
        return sentence_start(self.text, pos, self.spans, self.names)

    def _subject(self, lo: int, hi: int, anchor: int, *, only: bool = False) -> Speaker | None:
        opener = _SENTENCE_CONJUNCTION.match(self.text, lo, hi)
        if opener is not None and re.search(r"(?:^|[.!?…][\"”»]?)\s*$", self.text[:lo]):
            lo = opener.end()  # "But the union said …": the sentence's subject after "But"
        return self.speakers.subject(self.p, lo, hi, anchor, only=only)

    def _relayed_source(self, span: Span, source: Speaker | None) -> tuple[str, Speaker | None]:
        """'X urged Y “to …,” according to Z': Z is the source of the report, X (the subject
        of the sentence's speech verb) said the words. With nobody else named before the quote
        in its sentence, the words are Z's; with someone named but no speaking subject sure,
        no one's."""
        text, people = self.text, self.speakers.people
        sentence = self.sentence(span.start)
        others = {
            people.by_mention[id(m)]
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < span.start
        } - ({source.name} if source else set())
        if not others:
            # "The minister indicated that … “…,” according to Z": Z reports a clause
            # whose subject, unnamed, said the words; Z did not
            reported = _REPORTED_CLAUSE.search(text, sentence, span.start) is not None
            named = source is not None and source.name in text[sentence : span.start]
            return "after", None if reported and not named else source
        verbs = [
            v
            for v in VERB_ANYWHERE.finditer(text, sentence, span.start)
            if not any(s.start <= v.start() < s.end for s in self.spans)
        ]
        if not verbs:
            return "after", None
        clause = max(sentence, text.rfind(",", sentence, verbs[0].start()) + 1)
        who = self._subject(clause, verbs[0].start(), span.start, only=True)
        return ("embedded", who) if who is not None and who != source else ("after", None)

    def relayed_after(self, span: Span, relayer: Speaker | None) -> Speaker | None:
        """'The militia's leader pressed the council to stay “…”, X added': a speech verb
        before the quote in its sentence has a subject of its own, whose words X relays; that
        subject, when it resolves to someone other than X, else X."""
        sentence = self.sentence(span.start)
        verbs = [
            v
            for v in (
                *VERB_ANYWHERE.finditer(self.text, sentence, span.start),
                *OBJECT_SPEECH.finditer(self.text, sentence, span.start),
            )
            if not any(s.start <= v.start() < s.end for s in self.spans)
        ]
        if relayer is None or not verbs:
            return relayer
        verb = min(v.start() for v in verbs)
        clause = max(sentence, self.text.rfind(",", sentence, verb) + 1)
        who = self._subject(clause, verb, span.start, only=True)
        return who if who is not None and who.name != relayer.name else relayer

    def own_clause(self, lo: int, verb: int, *, nouns: bool = False) -> int | None:
        """Where the clause of the speech verb at `verb` begins when a coordinate clause with
        its own subject holds it ('X offered …, and President Y said'): after the last ', and'
        before the verb, with a capitalised word or a pronoun and no comma between; with
        `nouns`, one opened by an article or a capital ('while the rebels denied …')."""
        found = list(_COORDINATE.finditer(self.text, lo, verb))[-1:]
        if not found:
            return None
        between = self.text[found[0].end() : verb]
        # with `nouns`, the clause must open with its subject ('and praised the plan' has none)
        opens = _OWN_SUBJECT_NOUN.match(between) if nouns else _OWN_SUBJECT.search(between)
        if "," in between or opens is None:
            return None
        return found[0].end()

    def _said_before(self, sentence: int, span: Span) -> tuple[str, Speaker | None]:
        """'Об этом заявила X. «…»': a quote opening the sentence after one whose verb is
        speech goes to the one person that sentence names; '…, and Y said that …' to the
        subject of the verb's own clause, or to nobody when it is no one known."""
        previous = self.sentence(sentence - 1)
        # '“A,” he said. “B.”': the words of a quote in that sentence name nobody who speaks
        previous = max([previous, *(s.end for s in self.spans if previous <= s.start < sentence)])
        if VERB_ANYWHERE.search(self.text, previous, sentence) is None:
            return "", None
        verbs = [
            v
            for v in VERB_ANYWHERE.finditer(self.text, previous, sentence)
            if not any(s.start <= v.start() < s.end for s in self.spans)
        ]
        own = self.own_clause(previous, verbs[-1].start()) if verbs else None
        if own is not None:
            who = self._subject(own, verbs[-1].start(), span.start, only=True)
            return ("before", who) if who is not None else ("", None)
        who = self._subject(previous, sentence, span.start, only=True)
        # Nobody found there ('“A,” she said. “B.”') leaves B to the rules that follow.
        return ("before", who) if who is not None else ("", None)

    def _oblique(self, start: int, end: int, name: str) -> bool:
        """Whether a Russian mention is in an oblique case, its first name too when the
        mention kept only the surname ('Джеффа Лэндри' of 'Джефф Лэндри')."""
        surface = self.text[start:end]
        if not CYR.search(surface):
            return False
        before = _LAST_WORD.search(self.text, max(0, start - 30), start)
        first = name.split()[0]
        if before is not None and len(name.split()) > len(surface.split()):
            word = before.group("word")
            stem = first[: len(first) - 1]  # 'Джеффа' of 'Джефф', 'Нарендры' of 'Нарендра'
            if word != first and word.startswith(stem) and len(word) - len(first) <= 2:
                return True
        return oblique(surface, name)

    def _named_before(self, sentence: int, verb: int) -> set[str]:
        """People named in the sentence before its verb, not as an owner ("X's aide"); a
        sole one that is a preposition's object ("Manager of Acme Fizz Group") unless a
        relative clause makes it a subject ("in the presence of X, who said"), or the front
        of a body's name the text runs on into ("Acme Fizz Group"), is no one: the set holds
        '' for it, so that it still counts as a name and yet speaks for nobody. Beside other
        names, the front of a body's name is left out."""
        people = self.speakers.people
        found = [
            m
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < verb and not _OWNER.match(self.text, m.end)
        ]
        names = {people.by_mention[id(m)] for m in found}
        if len(names) == 1:
            if all(
                (
                    self.speakers.is_object(self.p, m.start, sentence)
                    and _WHO_AFTER.match(self.text, m.end) is None
                )
                or body_word_after(self.text, m.end)
                for m in found
            ):
                return {""}
            return names
        # "X, Manager of Acme Fizz Group, stated": beside a subject, a "name" that is the
        # front of a body's name is no one ("After X met Y, …" still names two)
        kept = {people.by_mention[id(m)] for m in found if not body_word_after(self.text, m.end)}
        # "X, сообщив о назначении Олега Y, заявил, что «…»": a Russian name in an oblique
        # case is no subject; the one named in the nominative is.
        nominative = {
            people.by_mention[id(m)]
            for m in found
            if not self._oblique(m.start, m.end, people.by_mention[id(m)])
        }
        if len(nominative) == 1 and len(kept) > 1 and nominative <= kept:
            return nominative
        return kept if kept else names

    def _one_not_object(self, sentence: int, verb: int) -> Speaker | None:
        """'At a briefing with Y, X expressed hope …, envisioning it as “…”': of the people
        named before the verb, the one no preposition governs (nobody when none or several)."""
        people = self.speakers.people
        found = [
            m
            for m in people.by_para.get(self.p, ())
            if sentence <= m.start < verb and not _OWNER.match(self.text, m.end)
        ]
        objects = {
            people.by_mention[id(m)]
            for m in found
            if self.speakers.is_object(self.p, m.start, sentence)
        }
        # a Russian name in an oblique case ('визит Иванова') is no subject either
        free = {people.by_mention[id(m)] for m in found} - objects
        if any(self._oblique(m.start, m.end, people.by_mention[id(m)]) for m in found):
            return None
        if len(free) != 1 or not objects:
            return None
        name = free.pop()
        # and it opens its clause, titles aside ('met Y' makes Y an object too)
        opens = all(
            _CLAUSE_OPENER.search(self.text[sentence : m.start]) is not None
            for m in found
            if people.by_mention[id(m)] == name
        )
        return Speaker(name) if opens else None

    def _participle(self, sentence: int, span: Span) -> tuple[str, Speaker | None]:
        """'X welcomed the deal, saying it was “…”': with no speech verb before the quote, a
        speech participle carries the words of the sentence's one subject: the one person
        named before it, else the body or resolved pronoun opening the sentence; nobody's
        (the quote left out, as before) when two people are named or no one is sure."""
        found = [
            v
            for v in SPEECH_PARTICIPLE.finditer(self.text, sentence, span.start)
            if not any(s.start < v.start() < s.end for s in self.spans)
        ]
        people = self.speakers.people
        with_ = _WITH_PARTICIPLE.search(self.text, sentence, span.start)
        at = with_.start() if with_ else -1
        if (
            with_ is not None
            and not any(s.start < at < s.end for s in self.spans)
            and not (found and found[-1].start() > at)
        ):
            verb = with_.start("verb")
            if any(verb < m.start < span.start for m in people.by_para.get(self.p, ())):
                return "", None
            who = self._subject(with_.start("who"), verb, span.start, only=True)
            return ("embedded", who) if who is not None else ("", None)
        if not found:
            return "", None
        verb = found[-1].start()
        if any(verb < m.start < span.start for m in people.by_para.get(self.p, ())):
            return "", None
        names = self._named_before(sentence, verb)
        if len(names) > 1:
            return "", None
        if names:
            name = names.pop()
            return ("embedded", Speaker(name)) if name else ("", None)
        lead = PRONOUN.match(self.text[sentence:verb])
        who = (
            self.speakers.pronoun(self.p, span.start, lead.group("pronoun"))
            if lead
            else self._subject(sentence, verb, span.start, only=True)
        )
        return ("embedded", who) if who is not None else ("", None)

    def _governed(self, lo: int, start: int) -> bool:
        """Whether the name at `start` is a preposition's object after `lo`, and not the
        source an "according to" names."""
        before = self.text[lo:start]
        return self.speakers.is_object(self.p, start, lo) and not _ACCORDING_TO.search(before)

    def _embedded(self, sentence: int, span: Span) -> tuple[str, Speaker | None]:
        """'X said the deal “…”': the one person named before the sentence's last speech
        verb, with nobody named between that verb and the quote."""
        verbs = [
            v
            for v in VERB_ANYWHERE.finditer(self.text, sentence, span.start)
            if not any(s.start < v.start() < s.end for s in self.spans)
        ]
        called = _CALLED.search(self.text, sentence, span.start) or _DESCRIBED_AS.search(
            self.text, sentence, span.start
        )
        if called is not None and (not verbs or verbs[-1].start() < called.start()):
            verbs.append(called)
        addressed = [
            v
            for v in OBJECT_SPEECH.finditer(self.text, sentence, span.start)
            if not any(s.start < v.start() < s.end for s in self.spans)
        ]
        if addressed and (not verbs or verbs[-1].start() < addressed[-1].start()):
            verbs.append(addressed[-1])
        if not verbs:
            return self._participle(sentence, span)
        if not verbs:
            return "", None
        verb = verbs[-1]
        own = self.own_clause(sentence, verb.start())
        later = [
            v
            for v in SPEECH_PARTICIPLE.finditer(self.text, verb.end(), span.start)
            if not any(s.start < v.start() < s.end for s in self.spans)
        ]
        if own is None and later:
            # "X announced …, while Y denied it, saying “…”": the participle is Y's, whose
            # clause opens after the speech verb; the verb's subject said nothing of it
            own = self.own_clause(verb.end(), later[-1].start(), nouns=True)
            if own is not None:
                who = self._subject(own, later[-1].start(), span.start, only=True)
                return ("embedded", who) if who is not None else ("", None)
        if own is not None:  # "X offered …, and Y said the plan “…”": Y's clause, Y's words
            who = self._subject(own, verb.start(), span.start, only=True)
            return ("embedded", who) if who is not None else ("", None)
        people = self.speakers.people
        between = [m for m in people.by_para.get(self.p, ()) if verb.end() <= m.start < span.start]
        if _OWNED_SPEECH.search(self.text, verb.end(), span.start):
            return "", None  # someone else's words the verb's subject recalls or cites
        if between and not (
            # "commending Y on “…”": Y heard the words; "said Y and Z were “…”": Y and Z
            # are what the words describe. Either way the verb's subject said them.
            (addressed and verb is addressed[-1])
            or COPULA_BEFORE.match(self.text[max(m.end for m in between) : span.start])
            # "said he was grateful to Y “…”": whom the words are about, a preposition's object
            or all(self._governed(verb.end(), m.start) for m in between)
        ):
            return "", None
        if _NOT_A_PERSON_BEFORE.search(self.text, sentence, verb.start()):
            return "embedded", None  # kept, as "it said" is speech; whose, unread here
        names = self._named_before(sentence, verb.start())
        if len(names) > 1:
            # "With President Y, X stressed that …“…”": the one subject of the verb's own
            # clause, else the one name that is no preposition's object, else nobody
            clause = max(sentence, self.text.rfind(",", sentence, verb.start()) + 1)
            pad = len(self.text[clause : verb.start()]) - len(
                self.text[clause : verb.start()].lstrip()
            )
            with_ = _WITH_PARTICIPLE.match(self.text, clause + pad, verb.end())
            if with_ is not None and with_.start("verb") == verb.start():
                clause = with_.start("who")  # "…, with X telling reporters …": X's clause
            who = self._subject(clause, verb.start(), span.start, only=True)
            who = who or self._one_not_object(sentence, verb.start())
            return ("embedded", who) if who is not None else ("", None)
        if names:
            name = names.pop()
            return ("embedded", Speaker(name)) if name else ("", None)
        lead = PRONOUN.match(self.text[sentence : verb.start()]) or _PRONOUN_BEFORE.search(
            self.text, sentence, verb.start()
        )
        if lead:
            return "embedded", self.speakers.pronoun(self.p, span.start, lead.group("pronoun"))
        # 'The president stated on Monday that nations “…”': the office (or body) of the
        # verb's own clause, resolved as an attribution would be.
        clause = max(sentence, self.text.rfind(",", sentence, verb.start()) + 1)
        who = self._subject(clause, verb.start(), span.start, only=True)
        if who is None and any(
            sentence <= m.start < span.start for m in people.by_para.get(self.p, ())
        ):
            return "", None  # "X's adviser said …": someone named, yet not the speaker
        # 'The delegates said they “…”': speech all the same, kept with nobody named for it
        return "embedded", who
