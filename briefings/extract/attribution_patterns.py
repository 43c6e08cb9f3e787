"""The attribution patterns `attribution` reads a quote's clause with: a speech verb and its
subject after or before the quote, "according to", impersonal and Russian attributions, a
conjunction that only joins, "it said" and "his spokesman".

Kept apart so that `attribution` holds the reading of a paragraph, not its vocabulary's
regular expressions.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import ABBREV_DOT, VERB
from briefings.extract.relays import SUBJ_CHAR

# "“…,” further said X", "«…», — также отметил X": an adverb may come before the verb.
_ADVERB = rf"(?:{alternatives(lexicon().both('attribution_adverbs'))}\s+)?"
AFTER_VERB = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?(?:{_ADVERB}{VERB}|according\s+to|по\s+словам)\b"
    rf"(?P<rest>(?:[^.!?;(]|{ABBREV_DOT})*)",  # "(цитата по Reuters)" names no speaker
    re.I,
)
_WHO_CHAR = rf"(?:[^,.!?\"“”«»]|{ABBREV_DOT})"
# "«…», — вторил ей X": after a quote and a dash Russian print puts the author's words, verb
# first; a past-tense verb no list knows still introduces the speaker.
AFTER_DASH_VERB = re.compile(
    rf"^\s*[,.!?…]?\s*[—–-]\s*{_ADVERB}[а-яё]{{3,}}(?:л|ла|ло|ли)(?:ся|сь)?(?![\w-])"
    rf"(?P<rest>(?:[^.!?;(«»\"“”]|{ABBREV_DOT})*)",
)
# "“…,” X, a glaciologist at … and lead scientist at …, told CNN": an apposition may run
# past 80 characters.
AFTER_SUBJ = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?(?P<subj>{SUBJ_CHAR}{{2,160}}?(?:,{SUBJ_CHAR}{{2,120}}?){{0,2}})"
    rf",?\s+{VERB}\b",
    re.I,
)
# After 'Y said' that follows a quote's own sentence: nothing but a few words of when or how
# ('on Monday', 'in a statement') before the full stop or a colon; no clause of its own.
BARE_TAIL = re.compile(
    r"(?:\s+(?!(?:that|it|he|she|they|we|there|this|would|will|was|were|is|are|had|has|have"
    r"|could|should|must|may|can)\b)[\w’'-]+){0,6}\s*[.!?…:]",
    re.I,
)
# "in Europe", "for the region": a short phrase after a quote that goes on its sentence.
PHRASE_TAIL = re.compile(
    rf"\s*{alternatives([w for w in lexicon().en.prepositions if w.islower()])}"
    r"\s+[\w’'-]+(?:\s+[\w’'-]+){0,9}\s*"
)
# A reply cut off after its pronoun ('“…,” she' at the end of an excerpt).
AFTER_PRONOUN = re.compile(r"^\s*,?\s*(?P<pronoun>he|she)(?:\s+[a-z]{1,8})?\s*$", re.I)
BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:{VERB}|according\s+to|{alternatives(lexicon().both('speech_participles'))})"
    rf"(?:\s+(?:that|reporters|journalists|the\s+following|следующее|журналистам|[A-Z][\w.-]+)"
    # "По итогам встречи, пояснил он, «…»": the subject inverted after the verb
    r"|\s+(?P<after>he|she|он|она)(?=\s*,))?"
    r"\s*[:,]?\s*$"
    # "X agreed, “…”": not speech alone, but right before a quote it introduces it
    rf"|(?<!\w){alternatives(lexicon().both('quote_introducers'))}\s*[:,]\s*$",
    re.I,
)
# "According to General X J. Y, NATO's commander, ‘…’": the name before the apposition.
ACCORDING = re.compile(
    rf"(?:\b(?:according\s+to|по\s+словам)|\bкак\s+{VERB})\s+"
    rf"(?P<who>{_WHO_CHAR}{{2,120}}?)\s*,(?:{_WHO_CHAR}{{2,100}}?,)?\s*$",
    re.I,
)
# A sentence opened by whose words it reports: "According to X, if …, the talks “…”",
# "По словам X, жены Y, заседание …: «…»" (X, not the Y of an apposition); "По его словам, …".
ACCORDING_OPENING = re.compile(
    r"\s*(?:(?:according\s+to|по\s+(?:словам|мнению))\s+(?P<who>[^,.!?\"“”«»]{2,80}?)"
    r"|по\s+(?P<whose>его|ее|её)\s+(?:словам|мнению))\s*,",
    re.I,
)
# "цитирует его РИА", "quoted him as saying", "according to her": the pronoun's person.
POSSESSIVE = {"его": "он", "ее": "она", "её": "она", "him": "he", "her": "she"}
ACCORDING_AFTER = re.compile(r"^\s*[,.!?…]?\s*(?:[—–-]\s*)?(?:according\s+to|по\s+словам)\b", re.I)
IMPERSONAL = re.compile(
    rf"^\s*[,.!?…]?\s*(?:[—–-]\s*)?{alternatives(lexicon().both('impersonal_attributions'))}\b",
    re.I,
)
# "Сообщается, что …: «…»", "В сообщении говорится: «…»": an impersonal verb opens the
# sentence the quote ends.
_RU_IMPERSONAL = alternatives(lexicon().ru.impersonal_attributions, any_first_case=True)
IMPERSONAL_BEFORE = re.compile(
    rf"\s*(?:[Вв]о?\s+[а-яё]+\s+)?{_RU_IMPERSONAL}(?![\w-])[^.!?«»\"“”]*:\s*$"
)
BARE_CONJUNCTION = re.compile(rf"^\s*{alternatives(lexicon().both('conjunctions'))}\s*$", re.I)
# '“…” and in establishing continued talks': a conjunction and a preposition carry the
# sentence on; no subject starts so, whatever speech verb ("continued") follows.
CONJUNCTION_PHRASE = re.compile(
    rf"^\s*{alternatives(lexicon().both('conjunctions'))}\s+"
    rf"{alternatives(lexicon().both('prepositions'))}(?!\w)",
    re.I,
)
IT = re.compile(r"^\W*it\b", re.I)
PARTICIPLE = re.compile(rf"\s*{alternatives(lexicon().en.speech_participles)}\b", re.I)
HIS = re.compile(r"(his|her)\s+(?:spokesman|spokeswoman|spokesperson|office|press\s+office)$", re.I)
