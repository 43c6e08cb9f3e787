"""What marks a run of capitalised words the gazetteer does not know as a person's name:
a role or an honorific before it, an office or a relative clause set off after it, a speech
verb next to it, a known given name, the surname seen on its own.

Apart from `mentions` (the scan that finds the runs) because the evidence is a list of
independent cues that grows one construction at a time, while the scan does not change.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.names import hyphened_rank, is_given, without_quoted_body
from briefings.extract.patterns import (
    HONORIFIC,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_HEAD,
    RU_ROLE_BEFORE,
    RU_ROLE_HEAD,
    VERB,
    VERB_AFTER_NAME,
    VERB_BEFORE_NAME,
)

# "… told Al Jazeera", "she told Brightwire": the words after "told" name who heard the
# words, most often an outlet; a verb of speech there marks no speaker.
ADDRESSEE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon().both('addressee_verbs'))})\s+(?:the\s+)?$", re.I
)

NAME_SUFFIX = re.compile(
    r"[ \u00a0](?P<suffix>"
    + "|".join(re.escape(s) for s in sorted(lexicon().en.name_suffixes, key=len, reverse=True))
    + r")(?![\w'’-])"
)


def role_before_place(text: str, start: int, places: dict[int, int]) -> bool:
    """'Prime Minister Romania X Y', 'глава МИД Таиланда X Y': a role, then the country the
    office belongs to, then the name."""
    place_start = next(
        (
            places[end]
            for end in (start - 1, start - 2)
            if end in places and text[end:start].isspace()
        ),
        None,
    )
    if place_start is None:
        return False
    before = text[max(0, place_start - 90) : place_start]
    return bool(ROLE_BEFORE.search(before) or RU_ROLE_BEFORE.search(before))


# "X Y, the head of the government delegation for talks with Z,": an office of something,
# however long its description, set off after the name marks a person; so does one of a
# body named by its acronym ("X Y, president of ABC Local 12, told reporters").
# The office's modifiers may be four and open on a country's acronym ("X Y, the EU senior
# deputy trade envoy for the Z").
_APPOSITIVE_OFFICE = re.compile(
    r"^,\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z]{2,}|(?:[A-Z]\.){2,})\s+){0,4}"
    rf"(?i:{ROLE_HEAD})\s+(?:of|for|at)\s+(?:the\s+)?[^\W\d_]"
)
# "X Y, Deputy General Manager of the Z Group,", "X Y, Senior Advisor to the President": the
# office written in capitals, its modifiers too, then whose office it is.
_CAPITALISED_OFFICE = re.compile(
    rf"^,\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{0,2}}(?i:{ROLE_HEAD})\s+(?:of|for|at|to)\s+(?:the\s+)?[A-Z]"
)


# "X Y, former Ruritania’s Chief Water Commissioner, said": an apposition that ends on an
# office, whatever capitalised body or possessive stands inside it.
_APPOSITION_ENDING_IN_OFFICE = re.compile(
    rf"^,\s+(?:the\s+|an?\s+)?[^,.;:!?“”\"«»()]{{0,50}}?(?<![\w-])(?i:{ROLE_HEAD}),\s"
)


# "X Y, who chaired the talks", "X Y, of the Harbour Trust,": a relative clause about a
# person, or the body a person belongs to, set off after the name; "X Y, speaking on behalf
# of the groups, said": a speaker's participle; "X Y, a board member of the Z," a member,
# whatever one or two words say what kind.
_PERSON_CLAUSE_AFTER = re.compile(
    r"^,\s+(?:who\s+[a-z]|of\s+(?:the\s+)?[A-Z]|speaking\s+(?:on|for|to|at|after|in|from)\s"
    r"|an?\s+(?:[a-z][\w-]*\s+){0,2}member\s+of\s)"
)
# "“…,” X Y of the Harbour Trust said": right after a quotation closes, the speaker, and a
# capitalised body after "of" is the one the speaker belongs to. An editor's bracket may
# open the attribution ("“…,” [X Y of the Z] said").
_QUOTE_CLOSED_BEFORE = re.compile(r"[,!?][”\"’]\s*\[?$")
_OF_BODY_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")
# "the agency quoted X Y as saying": whom a report quotes (a lone word there may be a body's
# name, "quoted Northgas as saying"; two name words are a person's).
_AS_SAYING_AFTER = re.compile(r"^\s+as\s+(?:saying|telling|stating|adding)\b")
# "X Y из Потсдамского института": where a person comes from, a capitalised body or place
# in the genitive right after the name (the Russian "X Y of the Harbour Trust").
_RU_FROM_AFTER = re.compile(r"^\s+из\s+[А-ЯЁ«]")
# "X Y from the Harbour Board said", "X Y of the Rescue Service told …": a two-word name, where
# the person comes from (a body with "the", so not a firm's country: "Bank Mellat of Iran
# said"), then a speech verb.
_FROM_THE_BODY_SAID = re.compile(
    rf"^\s+(?:from|of|at)\s+the\s+[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on|the))"
    rf"{{0,5}}\s*,?\s+{VERB}\b"
)
# "X Y, one of the senior staff of Z, told …": one of the people a body is made of.
_ONE_OF_THE_STAFF = re.compile(
    r"^,\s+one\s+of\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"{alternatives(lexicon().en.staff_nouns)}\s+(?:of|at|in|for|with)\s"
)
# "X Y, one of the labourers, buys …": one of a trade or a crowd, set off after the name
# (the apposition ends there: "…, one of the founders of the league" may follow a body).
_ONE_OF_A_CROWD = re.compile(
    r"^,\s+one\s+of\s+(?:the|its|their|our|his|her)\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"{alternatives((*lexicon().en.staff_nouns, *lexicon().en.crowd_nouns))}\s*[,;]"
)
# "X Y from Z's export division said:": a two-word name, the part of a named body the
# person works in, then a speech verb.
_FROM_A_BODYS_UNIT_SAID = re.compile(
    r"^\s+from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?\s+(?:[a-z][\w-]*\s+){0,3}"
    rf"{alternatives(lexicon().en.unit_nouns)}\s*,?\s+{VERB}\b"
)
# "делегация во главе с X Y": the person heading a body, in the instrumental.
_RU_HEADED_BY = re.compile(r"(?<![\w-])во\s+главе\s+со?\s+$")
# "talks led by X Y": the agent of a leading verb.
_LED_BY = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon().en.leading_verbs)})\s+by\s+$")

# "the president of the industrialists' union, X Y.": an office of something, then a comma
# and the name (the office's description may be long, but holds no clause break); in the
# plural, the first of its holders ("the foreign ministers of Ruritania and Tarvia, X Y and Z").
_OFFICE_OF_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{ROLE_HEAD})s?\s+(?:of|for|at)\s+[^,.;:!?“”\"«»()]{{2,50}},\s+$"
)

# "X Y, главный тренер «Z»:": the Russian office set off after the name.
_RU_APPOSITIVE_OFFICE = re.compile(rf"^,\s+(?:[а-яё-]+\s+){{0,2}}{RU_ROLE_HEAD}(?![\w-])")


# "Дашдоржийн Болдбаатар", "Гомбоын Түмэнжаргал": a Mongolian name opens on the
# father's name in the genitive ("-ийн", "-ын"), an ending no Russian capitalised word has.
_MONGOLIAN_PATRONYMIC = re.compile(r"^[А-ЯЁ][а-яё]{3,}(?:ийн|ын)$")


# "с премьером … Ральфом Гонсалвесом": a first name and a surname both in the instrumental
# ("-ом"), as only a man's name is (a nominative name does not end so twice).
_INSTRUMENTAL = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ом|ем|ём)")

# "by Presidents X Y and Z", "Foreign Ministers X Y and Z", "ministers X Y (Energy) and Z": an
# office in the plural, in any case, before a list of its holders.
_PLURAL_OFFICE_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{ROLE_HEAD})s\s+$")


# "55-летний X Y": a person's age before a Cyrillic name (a thing so aged, "20-летний
# Boeing", keeps its Latin name; in English "the 20-year-old Boeing 737" is as common).
_AGE_BEFORE = re.compile(r"(?<![\w-])\d{1,3}-летн(?:ий|яя|его|ей|ему|им|юю|ем)\s+$", re.I)
_RU_WORD = re.compile(r"[А-ЯЁ][а-яё-]+")


def evidence(
    text: str, start: int, end: int, run: list[re.Match[str]], surname: bool, seen: Counter[str]
) -> bool:
    before = text[max(0, start - 90) : start]
    if (suffix := NAME_SUFFIX.match(text, end)) is not None:
        end = suffix.end()  # "X Y VII, executive director": the office follows the number
    after = text[end : end + 90]
    first, last = run[0].group(), run[-1].group()
    return (
        surname
        or (seen[last] >= 1 and len(last) >= 4)
        or is_given(first)
        or HONORIFIC.search(before) is not None
        or (bool(before.split()) and hyphened_rank(before.split()[-1]))
        or ROLE_BEFORE.search(before) is not None
        or RU_ROLE_BEFORE.search(before) is not None
        or _PLURAL_OFFICE_BEFORE.search(before) is not None
        or ROLE_AFTER.match(after) is not None
        or _APPOSITIVE_OFFICE.match(after) is not None
        or _CAPITALISED_OFFICE.match(after) is not None
        or _APPOSITION_ENDING_IN_OFFICE.match(after) is not None
        or _RU_APPOSITIVE_OFFICE.match(after) is not None
        or _PERSON_CLAUSE_AFTER.match(after) is not None
        or _ONE_OF_THE_STAFF.match(after) is not None
        or _ONE_OF_A_CROWD.match(after) is not None
        or VERB_AFTER_NAME.match(after) is not None
        or (VERB_BEFORE_NAME.search(before) is not None and ADDRESSEE_BEFORE.search(before) is None)
        or _LED_BY.search(before) is not None
        or (len(run) == 2 and _RU_FROM_AFTER.match(after) is not None)
        or _RU_HEADED_BY.search(before) is not None
        or (len(run) == 2 and _FROM_THE_BODY_SAID.match(after) is not None)
        or (len(run) == 2 and _FROM_A_BODYS_UNIT_SAID.match(after) is not None)
        or _AS_SAYING_AFTER.match(after) is not None
        or (_QUOTE_CLOSED_BEFORE.search(before) is not None and bool(_OF_BODY_AFTER.match(after)))
        or _OFFICE_OF_BEFORE.search(before) is not None
        or _role_before_quoted_body(before)
        or (len(run) == 2 and _MONGOLIAN_PATRONYMIC.match(first) is not None)
        or (len(run) == 2 and all(_INSTRUMENTAL.fullmatch(t.group()) for t in run))
        or (len(run) == 2 and bool(_RU_WORD.fullmatch(first)) and bool(_AGE_BEFORE.search(before)))
    )


def _role_before_quoted_body(before: str) -> bool:
    """'лидер «Селеки» X Y': a role, then the body it leads in quotation marks, then a name."""
    head = without_quoted_body(before)
    return head is not None and bool(RU_ROLE_BEFORE.search(head) or ROLE_BEFORE.search(head))
