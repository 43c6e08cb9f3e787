"""Regular expressions built once from the lexicon: roles, honorifics, speech verbs.

The shapes (what may stand between a role and a name, how a verb follows a quote) live
here; the words they are made of live in `data/lexicon.yaml`.
"""

from __future__ import annotations

import re

from briefings.extract.guarded import GuardedPattern
from briefings.extract.lexicon import RussianRole, alternatives, lexicon, phrase_pattern

_LEX = lexicon()
_EN, _RU = _LEX.en, _LEX.ru


def _first_letter_any_case(pattern: str) -> str:
    first = pattern[:1]
    return f"[{first.upper()}{first.lower()}]{pattern[1:]}" if first.isalpha() else pattern


def _ru_role(role: RussianRole) -> str:
    head = _first_letter_any_case(re.escape(role.noun)) + r"\w*"
    if role.prefix:
        head = _first_letter_any_case(re.escape(role.prefix)) + r"\w*\s+" + head
    if role.tails:
        tails = "|".join(phrase_pattern(t) for t in sorted(role.tails, key=len, reverse=True))
        # "глава МИД", "глава азербайджанского МИД": one adjective may precede the tail.
        head += rf"(?:\s+(?:[а-яё-]+(?:ого|его|ой|ей)\s+)?(?:{tails}))" + ("?" if role.bare else "")
    return head


# --------------------------------------------------------------------------- English roles

ROLE_HEAD = alternatives(_EN.role_heads)
_MODIFIERS = alternatives(_EN.role_modifiers, any_first_case=True)
_NATIONALITY = "|".join(sorted(_EN.nationality_suffixes, key=len, reverse=True))
_ROLE_MOD = (
    rf"(?:[A-Z]{{2,}}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’`]s|[A-Z][a-z]+(?:{_NATIONALITY})"
    rf"|{_MODIFIERS})"
)
_ROLE_TAIL = (
    # "... of the unrecognized Nagorno-Karabakh Republic", "... at X Games"
    # "... to Moldova": the country an envoy or a mission is sent to.
    r"(?:\s+(?:of|for|on|at|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z][\w-]*"
    r"(?:\s+(?:(?:and|of|the|for|to)\s+)*[A-Z][\w-]*)*(?:\s+\([A-Z]{2,}\))?)?"  # never ends in "of"
    r"(?:\s+(?:for|on)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"  # "... for political affairs"
)
# The lookbehind lets end-anchored searches skip positions inside words quickly.
ROLE = rf"(?<![\w'’-])(?:{_ROLE_MOD}\s+){{0,3}}(?i:{ROLE_HEAD})(?![\w-]){_ROLE_TAIL}"
# Every role holds a role head: a text without any head's last word holds no role.
# "ministers X Y (Energy) and Z W (Trade)": an office in the plural, in any case, before a
# list of its holders, the name after it the list's first or a later one.
PLURAL_OFFICE_LIST_BEFORE = re.compile(
    rf"(?<![\w'’-])(?i:{ROLE_HEAD})s\s+(?:[A-Z][^.;:!?]{{0,80}}(?:,|\sand))?\s*$"
)
ROLE_BEFORE = GuardedPattern(
    re.compile(rf"(?P<role>{ROLE})\s*,?\s*$"),
    (head.split()[-1] for head in _EN.role_heads),
)
# After a name, lowercase words may describe the office: ", chief revenue officer at X,".
# ", the charity's Sudan director,": a possessive, and the place a post covers after it.
_POSSESSIVE = r"[a-z][\w-]*['’]s(?:\s+[A-Z][a-z]+)?"
_LOOSE_ROLE = (
    rf"(?<![\w'’-])(?:(?:{_ROLE_MOD}|{_POSSESSIVE}|[a-z][\w-]*)\s+){{0,3}}"
    rf"(?i:{ROLE_HEAD})(?![\w-]){_ROLE_TAIL}"
)
ROLE_AFTER = re.compile(
    # ", chairman and CEO of X,": two offices joined by "and" are one role.
    rf"^,\s+(?:the\s+|who\s+is\s+(?:the\s+)?)?(?P<role>{_LOOSE_ROLE}(?:\s+and\s+{_LOOSE_ROLE})?)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:who|has|had|was|is|visited|"
    # "X, Chief Executive of Y commented:": any speech verb ends the role too.
    + alternatives(_EN.speech_verbs)[3:-1]
    + r")\b)"
)
TITLE_ONLY = re.compile(r"\b(?:the\s+)?(?P<head>" + ROLE_HEAD + r")\b", re.I)

# --------------------------------------------------------------------------- Russian roles

_RU_ROLES = sorted(_RU.roles, key=lambda r: (r.prefix is None, -len(r.noun)))
RU_ROLE_HEAD = "(?<![\\w-])(?:" + "|".join(_ru_role(r) for r in _RU_ROLES) + ")"
# Up to two adjectives may precede the head noun: "бакинский политолог".
RU_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<role>(?:[а-яё-]+(?:ий|ый|ой|ая|ого|ему|им|ым|ей)\s+){{0,2}}(?P<head>{RU_ROLE_HEAD})"
    # "министр водных ресурсов и ирригации": "и" may join two lowercase words of the role.
    rf"(?:\s+(?!и\s+[А-ЯЁ])[\w-]+){{0,7}}?"
    # "президент Центральноафриканской Республики (ЦАР)": the place's abbreviation after it.
    r"(?:\s+\([А-ЯЁA-Z]{2,}\))?)\s*,?\s*$"
)
#: Role nouns whose ending shows the case of the name after them, by stem (casefolded). An
#: adjective made from one ("генеральный", "президентский") is no case form of it.
CASE_NOUNS = {r.noun.casefold(): r for r in _RU.roles if r.case}
RU_ROLE_CASE = re.compile(
    r"^(?:[а-яё-]+\s+){0,2}?(?P<stem>"
    + "|".join(
        _first_letter_any_case(re.escape(s)) for s in sorted(CASE_NOUNS, key=len, reverse=True)
    )
    + r")(?!ьн|ск)(?P<end>[а-яё]*)(?=\s|$)"
)
ROLE_WORD = re.compile(rf"(?i:{ROLE_HEAD})|{RU_ROLE_HEAD}")

# --------------------------------------------------------------------------- honorifics

HONORIFIC_ABBREVIATIONS = _EN.honorific_abbreviations
_ABBREVIATIONS = "|".join(HONORIFIC_ABBREVIATIONS)
_HONORIFIC_WORDS = alternatives((*_EN.honorific_words, *_RU.honorific_words))
# "Gen (rtd) X Y", "Col. (retd.) Z": a retired officer keeps the rank before the name.
_RETIRED = r"(?:\s*\((?i:rtd|retd|ret|retired)\.?\))?"
HONORIFIC = re.compile(
    rf"(?<![\w-])(?:(?:{_ABBREVIATIONS})\.?|{_HONORIFIC_WORDS}){_RETIRED}(?:\s+|\.\s*)$"
)
#: Capitalised words that never belong to a person's name.
STOP_CAPITALS = (
    _EN.stop_capitals
    | set(_EN.honorific_abbreviations)
    | set(_EN.honorific_words)
    | set(_RU.honorific_words)
)
# A full stop after a title abbreviation ("said Lt. Gen. X", "Prof. Y") does not end the clause.
ABBREV_DOT = "|".join(
    [*(rf"(?<=\b{a})\." for a in HONORIFIC_ABBREVIATIONS), r"(?<=\b[A-ZА-ЯЁ])\.(?=\s*[A-ZА-ЯЁ])"]
)  # and an initial: "сказал А. Смагулов"

# --------------------------------------------------------------------------- speech

VERB = alternatives(_LEX.both("speech_verbs"))
VERB_AFTER_NAME = re.compile(rf"^\s*(?:,\s*)?{VERB}\b")
# A speech verb a few lowercase words before a capitalised pair: "said Baku-based analyst X".
_NOT_BETWEEN = alternatives(_LEX.both("not_between_verb_and_name"))
VERB_BEFORE_NAME = re.compile(
    rf"\b{VERB}(?:\s+(?!{_NOT_BETWEEN}\b)(?:[^\W\d_A-ZА-ЯЁ]|[A-Z][\w]*-)[\w-]*){{0,3}}\s*$"
)
_PRONOUNS = alternatives(
    (*_EN.pronouns.male, *_EN.pronouns.female, *_RU.pronouns.male, *_RU.pronouns.female)
)
PRONOUN_WORDS = _PRONOUNS  # "he", "she", "он", "она"
PRONOUN = re.compile(rf"^\s*(?P<pronoun>{_PRONOUNS})\b", re.I)
FEMALE_PRONOUNS = frozenset(p.casefold() for p in (*_EN.pronouns.female, *_RU.pronouns.female))
# Surnames that are only women's ("Aliyeva", "Велиева", "Karimova", "Петровская").
FEMALE_SURNAME = re.compile(rf"(?:{'|'.join(_LEX.both('female_surname_endings'))})$", re.I)
MALE_SURNAME = re.compile(rf"(?:{'|'.join(_LEX.both('male_surname_endings'))})$", re.I)
_QUESTION_LABEL = alternatives(_LEX.both("question_labels"))
_ANSWER_LABEL = alternatives(_LEX.both("answer_labels"))
Q_LABEL = re.compile(rf"^{_QUESTION_LABEL}\s*[:.]\s*")
ANSWER = re.compile(rf"^(?:[-–—]\s+|{_ANSWER_LABEL}\s*[:.]\s*)")
QUESTION = re.compile(rf"^{_QUESTION_LABEL}\s*[:.]\s*|\?\s*$")
INTERVIEW_WORD = re.compile(
    "|".join(
        rf"\b{phrase_pattern(w)}" + ("" if w.endswith("*") else r"\b")
        for w in _LEX.both("interview_words")
    ),
    re.I,
)
ROLE_STOP = frozenset(_LEX.both("role_stop_words"))
#: (pattern of an office's name, words naming the same office) per synonym group.
ROLE_SYNONYMS = tuple(
    (re.compile(phrase_pattern(group[0]), re.I), " ".join(g.replace("*", "") for g in group[1:]))
    for group in _RU.role_synonyms
)
OBLIQUE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{alternatives(_RU.oblique_prepositions)}|по\s+словам)\s+$", re.IGNORECASE
)
