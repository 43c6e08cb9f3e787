"""The patterns `pronouns` reads the text around a pronoun with: speech verbs, subjects a
name finder may not know, sources and relays a pronoun does not point back to.

Kept apart so that `pronouns` holds the resolving, not the vocabulary's regular expressions.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import PRONOUN_WORDS, VERB
from briefings.extract.relays import CITING_OPENER

_LEX = lexicon()
SPEECH = re.compile(rf"(?<![\w-]){VERB}(?![\w-])", re.I)
# A Russian past-tense verb right before the words at hand ("— заявил глава …").
AFTER_RU_VERB = re.compile(r"(?<![\w-])[а-яё]{3,}(?:ла|л|ли)(?:ся|сь)?\s*$")
ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")
# "заместитель", "deputy": a role of someone under the head, not the head.
DEPUTY = re.compile(rf"(?<![\w-])(?i:{alternatives(_LEX.both('deputy_words'))})")
UNNAMED = re.compile(rf"{alternatives(_LEX.ru.unnamed_speaker_nouns)}$", re.I)
PREPOSITIONS = frozenset(
    w.casefold() for w in (*_LEX.ru.prepositions, *_LEX.ru.locative_prepositions)
)
# A Russian man's surname in an oblique case ("Лаврова", "Лаврову", "Лавровым").
RU_OBLIQUE_MALE = re.compile(r"[а-яё](?:ова|ева|ина|ову|еву|ину|овым|евым|иным|ове|еве|ине)$")
# A subject: a capitalised word opening a sentence before a comma or a verb in the past or
# the third person ("Tamarind welcomed", "Сорокин заявил"); "Young people" is no subject.
SUBJECT_WORD = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?P<word>[A-ZА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+)*)"
    r"(?=,\s|\s+(?:[a-z]+(?:ed|s)|[а-яё]+(?:л|ла|ли)(?:ся|сь)?)(?![\w-]))"
)
# "Tamarind, who is defence minister, …": a capitalised subject with a "who" clause is a
# person, whether or not the name finder knew the name.
SOMEONE_WHO = re.compile(
    r"(?:^|(?<=[.!?…]\s))\W*(?P<name>[A-ZА-ЯЁ][\w-]+(?:\s+[A-ZА-ЯЁ][\w-]+){0,2}),\s+"
    r"(?:who|который|которая)\b"
)


_PRONOUN_ADVERB = rf"(?:{alternatives(_LEX.both('attribution_adverbs'))}\s+)?"
# "According to X, …", "По словам X, …": X is the sentence's source, a voice a later 'he' or
# "the official" goes on with, though a preposition stands before the name.
SOURCE_BEFORE = re.compile(
    r"(?<![\w-])(?:according\s+to|по\s+словам)\s+(?:[\w’'.-]+\s+){0,4}$", re.I
)
# "He said X also agreed …", "Quoting X, he said …": X is reported on or relayed, while the
# pronoun's own person speaks; so in "Он также подчеркнул, что президент X …", where
# Russian puts the office in lowercase before the name.
REPORTED_OR_RELAYED = re.compile(
    rf"(?:(?<![\w-])(?i:he|she)\s+{_PRONOUN_ADVERB}{VERB}\s+(?:that\s+)?|"
    rf"(?:^|(?<=[.!?]\s)){CITING_OPENER}\s+)"
    r"(?:[A-Z][\w.-]*\s+){0,3}$"
    rf"|(?<![\w-])(?i:{PRONOUN_WORDS})\s+{_PRONOUN_ADVERB}{VERB},?\s+что\s+(?:[\w.-]+\s+){{0,3}}$"
)


# "Despite the delay, Vardell said …", "Pellion Jr. said": one to three capitalised words,
# opening a sentence or after a fronted clause's comma, as the subject of a speech verb
# (or of one that tells what was said: "Vardell expressed doubt").
SPEAKING_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…,]\s)|(?<=[.!?…,][\"”»’]\s))"
    r"(?P<name>[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+\.?){0,2})"
    rf"\s+(?:{VERB}|{alternatives(_LEX.en.closing_speech_verbs)})(?![\w-])"
)
NOT_SUBJECT = frozenset(w.casefold() for w in _LEX.en.stop_capitals)
# "Also Read: PM X to visit …": a related story's link line, no sentence of this one.
RELATED_LINK = re.compile(rf"^\W*{alternatives(_LEX.both('related_link_cues'))}\s*[:|–—-]", re.I)
BRACKET_ACRONYM = re.compile(r"\((?:[A-ZА-ЯЁ]{2,8})\)")
# "since the Dallen regime fell", "the Ferrow administration's plan": a name between "the"
# and a lowercase noun qualifies that noun and is no one a pronoun points back to.
THE_BEFORE = re.compile(r"(?<![\w-])the\s+$")
NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\b")


#: Letters of a Russian word's stem two forms of it share ("оборонного", "обороны").
_STEM = 5


def shares_stem(words: list[str], role: list[str]) -> bool:
    """Whether a description and a role share a word's stem, in any case or inside a
    ministry's short name ("глава Минэнергетики" of "министр энергетики")."""
    stems = {r.casefold()[:_STEM] for r in role if len(r) > _STEM - 1}
    return any(
        any(w.casefold()[k : k + _STEM] in stems for k in range(len(w) - _STEM + 1))
        for w in words
        if len(w) > _STEM - 1
    )
