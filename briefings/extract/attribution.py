"""Who said a quote, read from the paragraph it stands in: the attribution after it (`“…,”
said X`, `«…», — говорится в сообщении` → who put the statement out), the one before it (`X
said: “…”`, `по словам X, «…»`), or the clause it is embedded in (`X said the agreement
“provides a base”`). What runs across paragraphs is `quotes`'s business; the clause rules
live in `embedded`; the names other modules import from here stay importable from here.
"""

from __future__ import annotations

import re

from briefings.extract.attribution_patterns import (
    ACCORDING,
    ACCORDING_AFTER,
    ACCORDING_OPENING,
    AFTER_DASH_VERB,
    AFTER_PRONOUN,
    AFTER_SUBJ,
    AFTER_VERB,
    BARE_CONJUNCTION,
    BARE_TAIL,
    BEFORE_VERB,
    CONJUNCTION_PHRASE,
    HIS,
    IMPERSONAL,
    IMPERSONAL_BEFORE,
    IT,
    PARTICIPLE,
    PHRASE_TAIL,
    POSSESSIVE,
)
from briefings.extract.bodies import DOCUMENT
from briefings.extract.document_phrases import (
    DOCUMENT_READS,
    FROM_READS,
    HIS_WORDS,
    IT_CLAUSE,
    IT_SAYS,
    NAMED_DOCUMENT_SUBJECT,
    READ_FROM,
    READS_DOCUMENT,
    SAID_NAMED_DOCUMENT,
)
from briefings.extract.documents_named import document_issuer, joint_document
from briefings.extract.embedded import Clauses
from briefings.extract.gazetteer import CYR
from briefings.extract.marks import Span, is_speech
from briefings.extract.relays import (
    DESCRIBED_BY,
    QUOTED_ACTIVE_BEFORE,
    QUOTED_BEFORE,
    QUOTED_PASSIVE_BEFORE,
    QUOTING_OPENING,
    RELAYED_NAME,
    quoted_end,
    relayed_after,
    signed_unnamed,
)
from briefings.extract.sentences import SENTENCE_END, VERB_ANYWHERE, sentence_start
from briefings.extract.speaker import TOLD, oblique_only
from briefings.extract.speakers import Speaker
from briefings.extract.statements import (
    body_going_on,
    body_just_before,
    document_author,
    issuer,
)
from briefings.models import SpeakerKind

# Imported from here by `quotes` and `continuation`.
__all__ = ["CLAUSE_MARKS", "SENTENCE_END", "VERB_ANYWHERE", "Paragraph", "sentence_start"]

CLAUSE_MARKS = '.!?"“”«»'
# "the U.N.'s efforts", "a U.S.-led plan": a dot with a letter or a mark right after it
# is inside a word, not a clause's end; nor is one before a comma ("Col. X (retd.), chair of
# …, said") or an initial's ("K. Varga, chief, …, said")
_INNER_DOT = re.compile(r"\.(?=[\w'’-]|\)?[,;])")
_INITIAL_DOT = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]\.")
_IT_ALONE = re.compile(r"\s*it\s*")
# "“…,” added the prime minister, who said he and X had met": a relative clause after the
# speaker describes the speaker; the names in it did not speak.
_RELATIVE = re.compile(r",\s+(?:who|whose|whom|который|которая|которые|чей|чья)(?![\w-])")


class Paragraph(Clauses):
    """Attribution of the quotes of one paragraph."""

    def attribute(self, span: Span) -> tuple[str, Speaker | None]:
        """How the quote is attributed ('after', 'quoted', 'before', 'embedded' or '') and to
        whom; 'quoted' is 'after' relayed by someone else ('X quoted Y as saying')."""
        text, end = self.text, span.end
        after = text[end : end + 250]
        impersonal = IMPERSONAL.match(after)
        if impersonal:  # "«…», — говорится в заявлении": whoever put the statement out
            issuer = self._issuer(span, end + impersonal.end(), it=IT.match(after) is not None)
            if issuer is not None and issuer.kind == SpeakerKind.PERSON and IT.match(after):
                issuer = None  # '“…,” it said': a body, never a person
            if issuer is None and not IT.match(after):  # the document named before, its body's
                issuer = document_issuer(self.speakers, self.p, span.start)
            return "after", issuer
        named_document = SAID_NAMED_DOCUMENT.match(after)
        if named_document:  # '“…,” said a recent MDO report': the body the report is of
            lo, hi = end + named_document.start("who"), end + named_document.end("who")
            body = self._subject(lo, hi, span.start, only=True)
            return "after", body if body and body.kind == SpeakerKind.ORGANISATION else None
        document = READ_FROM.match(after) or FROM_READS.match(after)
        if document:
            lo, hi = end + document.start("who"), end + document.end("who")
            own = HIS.match(document.group("who"))
            if own:  # 'said a statement from his spokesman': his own words, put out for him
                pronoun = "she" if own.group(1).casefold() == "her" else "he"
                return "after", self.speakers.pronoun(self.p, span.start, pronoun)
            return "after", self._subject(lo, hi, span.start)
        if DOCUMENT_READS.match(after) or READS_DOCUMENT.match(after):
            # the document just quoted goes on: its body's quote before is its issuer's
            return "after", self._issuer(span, end, it=True) or document_author(
                self.speakers, self.p, span.start
            )
        cut = AFTER_PRONOUN.match(after)
        if cut:
            return "after", self.speakers.pronoun(self.p, span.start, cut.group("pronoun"))
        quoted = relayed_after(after)
        if quoted:  # '“…,” the agency quoted X as saying': X said it, not the agency
            lo, hi = end + quoted.start("who"), end + quoted_end(quoted)
            whom = POSSESSIVE.get(quoted.group("who").strip().casefold())
            if whom is not None:  # '“…,” the paper quoted him as saying'
                return "quoted", self.speakers.pronoun(self.p, span.start, whom)
            return "quoted", self._subject(lo, hi, span.start)
        relayed = RELAYED_NAME.match(after)
        if relayed:
            lo, hi = end + relayed.start("who"), end + relayed.end("who")
            whose = relayed.group("who").split()[0].casefold()
            if whose in POSSESSIVE:  # "«…», — цитирует его РИА Новости": his words, relayed
                return "quoted", self.speakers.pronoun(self.p, span.start, POSSESSIVE[whose])
            named = self._subject(lo, hi, span.start)
            person = named is not None and named.kind == SpeakerKind.PERSON
            return "quoted", named if person else None
        verb_first = AFTER_VERB.match(after) or AFTER_DASH_VERB.match(after)
        if verb_first and TOLD.search(after, 0, verb_first.start("rest") + 1):
            # '“…,” told AFP': the name after "told" heard the words; who said them, unsaid
            return "after", None
        if verb_first:
            lo = end + verb_first.start("rest")
            hi = lo + len(verb_first.group("rest"))
            relative = _RELATIVE.search(text, lo, hi)  # '…, who met X': X is not who spoke
            named = self._subject(lo, relative.start() if relative else hi, span.start)
            if ACCORDING_AFTER.match(after):
                return self._relayed_source(span, named)
            return "after", named
        if signed_unnamed(after):  # '“…,” analysts say': voices nobody named
            return "after", None
        subject_first = AFTER_SUBJ.match(after)
        # '“…” and urged countries to act': the sentence's own subject goes on; no attribution
        if subject_first and (
            BARE_CONJUNCTION.match(subject_first.group("subj"))
            or CONJUNCTION_PHRASE.match(subject_first.group("subj"))
            or PARTICIPLE.match(subject_first.group("subj"))  # '“…,” adding that …'
        ):
            subject_first = None
        inverted = None
        if subject_first and PHRASE_TAIL.fullmatch(subject_first.group("subj")):
            inverted = AFTER_VERB.match(after[subject_first.end("subj") :])
        if subject_first and inverted:
            # '“…” in Europe, said X, an expert': a phrase ends the quote's sentence, then the
            # verb and who said it; only a person named there
            lo = end + subject_first.end("subj") + inverted.start("rest")
            named = self._subject(lo, lo + len(inverted.group("rest")), span.start)
            return "after", named if named and named.kind == SpeakerKind.PERSON else None
        if (
            subject_first
            and self._closes_own_sentence(span, after)
            # '… “by force.” “…?” X said.': a bare 'X said.' is no sentence of its own
            and not re.match(r"\s*(?:[.!?…]|$)", after[subject_first.end() :])
        ):
            # 'The institute said the blast was “much weaker …”. However, the premier X declared':
            # a quote inside a sentence of its own ends with it; the next one's subject
            # speaks words of their own
            subject_first = None
        if (
            subject_first
            and self._new_sentence_after(span, after)
            and not BARE_TAIL.match(after, subject_first.end())
        ):
            # '“B.” The rebel front said yesterday the talks would …': the next sentence
            # reports words of its own; only a bare 'Y said.' or 'Y said:' credits back
            subject_first = None
        if subject_first and self._new_sentence_after(span, after):
            # 'X said, “… .” The minister stressed that …': a closed sentence, then the next
            # one; the attribution before the quote is its own
            before = self.subject_before(max(0, span.start - 220), span.start)
            first = self._subject(*before, span.start, only=True) if before else None
            if first is not None:
                return "before", first
        if subject_first and "\n" not in subject_first.group("subj"):
            lo, hi = end + subject_first.start("subj"), end + subject_first.end("subj")
            comma = text.rfind(",", lo, hi)
            if comma > lo and _IT_ALONE.fullmatch(text, comma + 1, hi):
                # '“…” in future, it said': the sentence goes on, then "it" attributes it
                body = self._issuer(span, hi, it=True)
                return "after", body if body and body.kind == SpeakerKind.ORGANISATION else None
            if comma > lo and DOCUMENT.match(text[comma + 1 : hi]):
                # '“…” and agreed to meet again, the statement said': only a statement named
                # as such before, not whoever spoke last (the words may be the text's own)
                return "after", document_issuer(self.speakers, self.p, span.start)
            named_document = NAMED_DOCUMENT_SUBJECT.fullmatch(text, lo, hi)
            if named_document:  # '“…,” the MDO report said': the body the report is of
                body = self._subject(*named_document.span("who"), span.start, only=True)
                if body is None:  # 'the Embassy press release' of one 'issued by X Embassy'
                    body = self._document_of_kind(named_document.group("who"), span.start)
                return "after", body if body and body.kind == SpeakerKind.ORGANISATION else None
            if DOCUMENT.match(text[lo:hi]):
                # '“…,” the statement noted': whoever put out the statement last spoken of,
                # as '«…», — говорится в заявлении' — not any body heard before it; or
                # the body named as a document's author ('a study by X')
                return "after", (
                    self._issuer(span, hi)
                    or document_author(self.speakers, self.p, span.start)
                    or document_issuer(self.speakers, self.p, span.start)
                )
            joint = joint_document(text, lo, hi)  # '“…,” a joint statement … said'
            if joint is not None:
                return "after", joint
            return "after", self.relayed_after(span, self._subject(lo, hi, span.start))
        sentence = self.sentence(span.start)
        according = ACCORDING.search(text, sentence, span.start)
        if according:
            who = according.group("who").strip().casefold()
            if who in POSSESSIVE:
                return "before", self.speakers.pronoun(self.p, span.start, POSSESSIVE[who])
            verb = VERB_ANYWHERE.search(text, according.end("who"), span.start)
            if verb is not None:
                # "According to <outlet>, he added, “…”": the outlet reports; the clause's
                # own subject speaks
                clause = text.find(",", according.end("who"), verb.start()) + 1
                return "before", self._subject(clause, verb.start(), span.start, only=True)
            said = list(VERB_ANYWHERE.finditer(text, sentence, according.start()))
            if said:
                # "X said, according to Reuters, “…”": the outlet relays what X said; X
                # speaks, or nobody the clause makes plain
                return "before", self._subject(sentence, said[-1].start(), span.start, only=True)
            lo, hi = according.span("who")
            return "before", self._subject(lo, hi, span.start)
        relayed_before = (
            QUOTED_BEFORE.search(text, sentence, span.start)
            or QUOTED_ACTIVE_BEFORE.search(text, sentence, span.start)
            or DESCRIBED_BY.search(text, sentence, span.start)
            or QUOTING_OPENING.match(text, sentence, span.start)
        )
        if relayed_before:
            lo, hi = relayed_before.span("who")
            return "quoted", self._subject(lo, hi, span.start, only=True)
        passive = QUOTED_PASSIVE_BEFORE.search(text, sentence, span.start)
        if passive:
            # its subject right before it: "X, who met Y, was quoted …" names nobody sure
            clause = max(sentence, text.rfind(",", sentence, passive.start()) + 1)
            return "quoted", self._subject(clause, passive.start(), span.start, only=True)
        opening = ACCORDING_OPENING.match(text, sentence, span.start)
        if opening and VERB_ANYWHERE.search(text, opening.end(), span.start) is None:
            whose = POSSESSIVE.get((opening.group("whose") or opening["who"]).strip().casefold())
            if whose is not None:  # "По его словам, …", "According to him, …"
                return "before", self.speakers.pronoun(self.p, span.start, whose)
            lo, hi = opening.span("who")
            return "before", self._subject(lo, hi, span.start, only=True)
        if sentence == 0 and self.p and IT_SAYS.match(text, 0, span.start):
            return "before", body_going_on(self.speakers, self.p, self._said)
        own = HIS_WORDS.search(text, sentence, span.start)
        if own:
            pronoun = "she" if (own.group("own") or own.group("whom")).casefold() == "her" else "he"
            return "before", self.speakers.pronoun(self.p, span.start, pronoun)
        if IMPERSONAL_BEFORE.match(text, sentence, span.start):
            # "Сообщается, что …: «…»": whoever put out the statement, as after the quote
            return "before", self._issuer(span, span.start)
        if IT_CLAUSE.match(text, sentence, span.start):
            it_clause = Span(sentence, span.end, span.body, span.closed)  # "it" and its verb
            body = self._issuer(it_clause, span.end, it=True)
            return "embedded", body if body and body.kind == SpeakerKind.ORGANISATION else None
        subject = self.subject_before(max(sentence, span.start - 220), span.start)
        if subject:
            return "before", self._subject(*subject, span.start, only=True)
        how, speaker = self._embedded(sentence, span)
        if not how and sentence == span.start and sentence > 0:
            return self._said_before(sentence, span)
        return how, speaker

    def _closes_own_sentence(self, span: Span, after: str) -> bool:
        """Whether the quote stands inside a sentence that has words of its own before it and
        ends with the quote ('… should have been “…”. However, …')."""
        sentence = self.sentence(span.start)
        if not re.search(r"\w", self.text[sentence : span.start]):
            return False
        ends = span.body.rstrip().endswith((".", "!", "?", "…"))
        return bool(re.match(r"\s+[A-ZА-ЯЁ]" if ends else r"[.!?…]\s+[A-ZА-ЯЁ]", after))

    @staticmethod
    def _new_sentence_after(span: Span, after: str) -> bool:
        """Whether the quote ends its own sentence ('… .”') and a new one opens after it."""
        return span.body.rstrip().endswith((".", "!", "?", "…")) and bool(
            re.match(r"\s+[A-ZА-ЯЁ]", after)
        )

    def _document_of_kind(self, who: str, start: int) -> Speaker | None:
        """The body a document was named with before, when its name holds the words the
        quote's own attribution gives it ('the Embassy statement', 'Indian Embassy in X')."""
        body = document_issuer(self.speakers, self.p, start)
        words = re.sub(r"^[Tt]he\s+", "", who).casefold().split()
        return body if body is not None and all(w in body.name.casefold() for w in words) else None

    def _issuer(self, span: Span, pos: int, *, it: bool = False) -> Speaker | None:
        sentence = self.sentence(span.start)
        if it and sentence and not self.text[sentence : span.start].strip():
            # "Rebel group FACT rejected the deal. “…,” it said": the sentence before's body
            previous = self.sentence(sentence - 1)
            body = body_just_before(self.speakers, self.p, previous, sentence)
            if body is not None:
                return body
        return issuer(self.speakers, self.p, self.spans, span, pos, self._said if it else None)

    def _said(self, q: int, span: Span) -> Speaker | None:
        """Who said the earlier quote `span` of paragraph `q`."""
        para = self if q == self.p else Paragraph(self.speakers, q, self.speakers.paragraphs[q])
        return para.attribute(span)[1]

    def subject_before(self, lo: int, start: int) -> tuple[int, int] | None:
        """Span of who speaks when the attribution precedes the quote ('Bayramov said: “…”')."""
        text = self.text
        verb = BEFORE_VERB.search(text, lo, start)
        if verb is not None and verb.group("after"):
            return verb.span("after")
        if verb is not None:
            end = verb.start()
        else:
            stripped = text[lo:start].rstrip()
            if not stripped.endswith(":"):
                return None
            end = lo + len(stripped) - 1
            # "X said in a post on his account:": the subject stands before the verb
            verbs = [
                v
                for v in VERB_ANYWHERE.finditer(text, lo, end)
                if not any(s.start <= v.start() < s.end for s in self.spans)
            ]
            if verbs:
                inverted = self._named_after_verb(verbs[-1], end)
                if inverted is not None:
                    return inverted
                if text[lo : verbs[-1].start()].strip():
                    end = verbs[-1].start()
                # else "Asked about prices, X was blunt:": the verb opens a participle clause
            elif oblique_only(text, self.speakers.people, self.p, lo, end):
                return None  # "фотография премьера X и надпись: «…»": no verb, no subject
        # The clause starts after the last mark, but a scare quote's marks ('described the
        # results as "historic," stating "…"') do not end the speaker's clause.
        scare = [s for s in self.spans if s.end <= end and not is_speech(text, s)]
        begin = lo
        for k in range(end - 1, lo - 1, -1):
            if (
                text[k] in CLAUSE_MARKS
                and not _INNER_DOT.match(text, k)
                and not (k and _INITIAL_DOT.match(text, k - 1))
                and not any(s.start <= k < s.end for s in scare)
            ):
                begin = k + 1
                break
        return (begin, end) if end - begin >= 2 else None

    def _named_after_verb(self, verb: re.Match[str], colon: int) -> tuple[int, int] | None:
        """'Об этом заявил X:', 'Как подчеркнул министр X:': Russian puts the subject after
        the verb; it is the speaker when nobody is named in the clause before the verb."""
        if not CYR.search(verb.group()):
            return None
        text, people = self.text, self.speakers.people.by_para.get(self.p, ())
        clause = max(text.rfind(m, 0, verb.start()) for m in CLAUSE_MARKS) + 1
        if any(clause <= m.start < verb.start() for m in people):
            return None
        if any(verb.end() <= m.start < colon for m in people):
            return verb.end(), colon
        return None

    def named_between(self, lo: int, hi: int, speaker: str | None = None) -> set[str]:
        """People named in `lo:hi`; with `speaker`, not a name read inside that speaker's
        own role (", Director of the Climate Politics Hub,")."""
        people = self.speakers.people
        role = next((p.role or "" for p in people.people if p.name == speaker), "")
        return {
            people.by_mention[id(m)]
            for m in people.by_para.get(self.p, ())
            if lo <= m.start < hi and not (role and self.text[m.start : m.end] in role)
        }
