"""A quote embedded in a clause: whose speech verb governs it, read within its sentence.

`X said the deal “…”`, `X urged Y “to …,” according to Z`, `Об этом заявила X. «…»`: the
speaker is the subject of the sentence's (or the one before's) speech verb, not a name next
to the quote. Apart from `attribution` (the explicit patterns around a quote) because these
rules read whole sentences and clauses; where sentences begin and whom they name before the
verb is `sentences`'s, which `Clauses` inherits.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import Span
from briefings.extract.patterns import PRONOUN
from briefings.extract.sentences import VERB_ANYWHERE, Sentences
from briefings.extract.speaker import COPULA_BEFORE, OBJECT_SPEECH
from briefings.extract.speakers import Speaker

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
# "X recalled Y’s 2023 statement that it is “…”": Y owns the words the quote gives.
_OWNED_SPEECH = re.compile(
    rf"(?<![\w-])[A-Z][\w-]+['’]s?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{alternatives(lexicon().en.owned_speech_nouns)}(?![\w-])"
)
# "The minister indicated that … “…”": a reported clause the quote stands in.
_REPORTED_CLAUSE = re.compile(
    rf"(?<![\w-]){alternatives(lexicon().both('quote_lead_words'))}(?![\w-])", re.I
)
# "… on the Y Shoal, though it said it …“…”": "it" or "they" is the verb's subject, never
# the one person named before.
_NOT_A_PERSON_BEFORE = re.compile(r"(?<!\w)(?:it|they|оно|они)\s+$", re.I)
_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?P<pronoun>he|she|он|она)\s+$", re.I)
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


class Clauses(Sentences):
    """A paragraph's text and quote spans, with the sentence-level rules of attribution;
    `attribution.Paragraph` adds the patterns that stand right around a quote."""

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
