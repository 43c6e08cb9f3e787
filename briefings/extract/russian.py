"""Russian case forms of names and roles: 'Мгера Григоряна' is 'Мгер Григорян'.

Articles name people in every case ('встретился с вице-премьером Мгером Григоряном'); the
stored name and role are nominative, and the role noun's own ending tells whether the name
after it is inflected. The endings also tell where a name starts in a run of capitals and
when a genitive name is a street's or a body's namesake.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import CASE_NOUNS, FEMALE_SURNAME, RU_ROLE_BEFORE, RU_ROLE_CASE

_RU = lexicon().ru
_OBLIQUE_ADJECTIVE = re.compile(r"([а-яё-]{2,}?)(ого|его|ому|ему|ым|им)(?=\s)", re.I)


def last_role(before: str) -> re.Match[str] | None:
    """The role nearest the name: in 'Аналитик X встретился с экономистом Y', Y's is the second."""
    if CYR.search(before) is None:
        return None  # every Russian role's noun is Cyrillic: English text is read no further
    found = RU_ROLE_BEFORE.search(before)
    while found is not None:
        later = RU_ROLE_BEFORE.search(before, found.end("head"))
        if later is None:
            break
        found = later
    return found


# A body's quoted name closing the text before a name: "гендиректор «Норвика» ".
_QUOTED_BODY_END = re.compile(r"\s*[«\"“„][^«»\"“”„\n]{1,40}[»\"”“]\s*,?\s*$")


def role_of_quoted_body(before: str) -> str | None:
    """'гендиректор «Норвика» X', 'директора компании «Норвик» Y': the office and the body
    its quoted name closes, as one role ('гендиректор «Норвика»'); None without both."""
    quoted = _QUOTED_BODY_END.search(before)
    if quoted is None:
        return None
    role = last_role(before[: quoted.start()] + " ")
    if role is None:
        return None
    return role.group("role").rstrip(" ,") + " " + quoted.group(0).strip(" ,")


def _nominative_endings(stem: str) -> frozenset[str]:
    role = CASE_NOUNS[stem.casefold()]
    return frozenset({role.nominative}) if role.nominative == "а" else _RU.nominative_endings


def oblique_role(role: str) -> bool:
    """True when a Russian role noun is not in the nominative ('вице-премьера', 'министром')."""
    m = RU_ROLE_CASE.match(role)
    if m is None:
        return False
    return m.group("end") not in _nominative_endings(m.group("stem"))


def _nominative_token(token: str, allowed: frozenset[str] | None) -> tuple[str, str]:
    """The token in the nominative and the ending it lost ('' when none). A known first name
    among the candidate forms wins ('Игорю' is 'Игорь', not 'Игорй')."""
    first: tuple[str, str] | None = None
    for ending, replacement in _RU.name_case_endings:
        if allowed is not None and ending not in allowed:
            continue
        if not token.endswith(ending) or len(token) == len(ending):
            continue
        candidate = token[: -len(ending)] + replacement
        if not replacement and candidate[-1:].casefold() in _VOWELS:
            continue  # "Франсуа", "Гарсиа": a stem that a case ending joins ends in a consonant
        if replacement == "й" and candidate[-2:-1].casefold() not in _VOWELS:
            continue  # "Халиля" is "Халиль": no Russian word has "й" after a consonant
        if replacement == "ь" and candidate[-2:-1].casefold() in _HUSHING:
            continue  # "Дворковичем" is "Дворкович": no man's name ends in "-чь"
        if candidate in _given_names():
            return candidate, ending
        if len(token) - len(ending) >= 3:  # a short stem is no name unless a known one
            first = first or (candidate, ending)
    if allowed is None and token in _given_names():
        return token, ""  # already a first name as written ("Анна", not "Анн")
    return first or (token, "")


_VOWELS = frozenset("аеёиоуыэюя")
_HUSHING = frozenset("жшчщц")


def _agreeing_endings(first: str, ending: str) -> frozenset[str] | None:
    """Endings the surname may lose after this first name (None: any). A known man's name
    as written ends in a consonant only in the nominative, so his surname is nominative too
    ('Леонид Кожара'); a woman's name may not decline at all ('Мехрибан Алиевой')."""
    agreement = _RU.surname_case_agreement
    if ending:  # "ьва" agrees like "а", "лом" like "ом"
        return agreement.get(ending) or agreement.get(ending[-2:]) or agreement.get(ending[-1:])
    if first not in _given_names():
        return None
    if first in _RU.female_given_names:
        return agreement.get("ой")
    return frozenset() if first[-1:].casefold() not in _VOWELS else None


def nominative_name(name: str) -> str:
    """'Мгера Григоряна' → 'Мгер Григорян': undo the case ending of an unknown Russian name;
    the words after the first lose only endings of the first one's case."""
    out: list[str] = []
    allowed: frozenset[str] | None = None
    for k, token in enumerate(name.split()):
        nominative, ending = _nominative_token(token, allowed)
        if k == 0:
            allowed = _agreeing_endings(token, ending)
        out.append(nominative)
    return " ".join(out)


_CYRILLIC = re.compile("[А-ЯЁа-яё]")


def owner_and_given(first: str, second: str) -> bool:
    """'Елены Игорь': a Russian first name in an oblique case, then another first name as
    written, so in the nominative; a name's two words share their case, so the first is
    whose kin the second is ('сын Елены Игорь'), not part of his name."""
    given = _given_names()
    return (
        _CYRILLIC.search(first) is not None
        and first not in given
        and nominative_name(first) in given
        and second in given
    )


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    # The gazetteer imports this module's callers; read it lazily to keep imports acyclic.
    from briefings.extract.gazetteer import gazetteer

    return gazetteer().given_names


def nominative_role(role: str) -> str:
    """'главой МИД Азербайджана' → 'глава МИД Азербайджана': a role's head noun in nominative."""
    m = RU_ROLE_CASE.match(role)
    if not m:
        return role
    stem = m.group("stem")
    head = stem + (CASE_NOUNS[stem.casefold()].nominative or "")
    adjectives = _OBLIQUE_ADJECTIVE.sub(_nominative_adjective, role[: m.start("stem")])
    return adjectives + head + role[m.end() :]


def _nominative_adjective(m: re.Match[str]) -> str:
    """'армянского' → 'армянский', 'нового' → 'новый': an adjective before a role noun."""
    stem, ending = m.group(1), m.group(2)
    soft = stem[-1] in "кгхжшчщ" or ending[0] in "еи"
    return stem + ("ий" if soft else "ый")


# Case endings a man's first name and surname share in the instrumental and in the dative
# ("Ральфом Гонсалвесом", "Андресу Мануэлю Лопесу Обрадору"); a place's genitive before
# them ("Гренадин") does not share them.
_SHARED_CASE = (re.compile(r"[А-ЯЁ][а-яё]+(?:ом|ем|ём)"), re.compile(r"[А-ЯЁ][а-яё]+[ую]"))


def agreeing_tail(words: list[str]) -> int | None:
    """Where a man's name in the instrumental or the dative starts in a run of capitalised
    words: the last two to four that share the case ending ("премьером Сент-Винсента и
    Гренадин Ральфом Гонсалвесом" → 2); None when fewer than two do."""
    for shape in _SHARED_CASE:
        k = len(words)
        while k > 0 and shape.fullmatch(words[k - 1]) is not None:
            k -= 1
        if 2 <= len(words) - k <= 4:
            return k
    return None


# A capitalised adjective in the plural genitive ("Объединенных Арабских Эмиратов"): a
# place's or a body's name, whose noun follows it; a first name never ends so.
_PLURAL_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ых|их)")


def name_start(words: list[str]) -> int | None:
    """Where a Russian name starts in a run of capitalised words, when their endings tell:
    after a place named by plural adjectives and a noun ("министр энергетики Объединенных
    Арабских Эмиратов Сухейль аль-X" → 3), or where the words sharing a case begin."""
    adjectives = [k for k, w in enumerate(words) if _PLURAL_ADJECTIVE.fullmatch(w)]
    if adjectives and adjectives[-1] + 2 < len(words):
        return adjectives[-1] + 2
    return agreeing_tail(words)


_PLACE_NOUN_BEFORE = re.compile(
    r"(?<![\w-])" + alternatives(lexicon().ru.place_nouns, any_first_case=True) + r"\s+$"
)
_GENITIVE_NAME = re.compile(r"[а-яё](?:а|я|ы|и)$")


def named_after(text: str, start: int, first: str) -> bool:
    """'улица Юсифа Сафарова', 'Фонд Гейдара Алиева': a place or body named after a person,
    whose name follows in the genitive ('глава фонда Иван Петров' keeps Иван Петров)."""
    if _GENITIVE_NAME.search(first) is None:
        return False
    noun = _PLACE_NOUN_BEFORE.search(text, max(0, start - 40), start)
    if noun is None:
        return False
    # "директора Таджикского минного центра Парвиза X": the office of a body its adjective
    # names; the name after it is the office holder's, not the body's namesake.
    window = max(0, noun.start() - 90)
    return not (
        _ADJECTIVE_BEFORE.search(text, window, noun.start())
        and RU_ROLE_BEFORE.search(text, window, noun.start())
    )


_ADJECTIVE_BEFORE = re.compile(r"[а-яё](?:ого|его|ой|ей)\s+$", re.I)


def a_stem_surname(name: str, paragraphs: list[str]) -> str:
    """'Виллиан Роши' → 'Виллиан Роша' when the article writes 'Роша' too: a man's surname in
    '-а' declines like a woman's noun ('Роши', 'Сильвы'); only the article can tell it from a
    surname that ends in '-и' as written."""
    *head, last = name.split()
    if not head or last[-1:] not in ("и", "ы"):
        return name
    stem = last[:-1] + "а"
    written = re.compile(rf"(?<![\w-]){re.escape(stem)}(?![\w-])")
    if any(written.search(text) for text in paragraphs):
        return " ".join([*head, stem])
    return name


# A feminine past verb next to a word: "— рассказала Петрова", "Петрова заявила".
_FEMININE_VERB_BEFORE = re.compile(r"[,—–]\s*[а-яё]{3,}ла(?:сь)?\s+$")
_FEMININE_VERB_AFTER = re.compile(r"^\s+(?:не\s+)?[а-яё]{3,}ла(?:сь)?(?![\w-])")


def written_as_woman(name: str, paragraphs: list[str]) -> bool:
    """'Айзада Петрова' is a woman as written, not the genitive of 'Айзад Петров', when the
    article shows her: her surname with a feminine past verb beside it ('— рассказала
    Петрова') or in a woman's oblique case ('Петровой'), and never a man's bare 'Петров'."""
    tokens = name.split()
    last = tokens[-1]
    if not FEMALE_SURNAME.search(last) or not last.endswith("а"):
        return False
    given = _given_names()
    for first in tokens[:-1]:
        if first[-1:] not in ("а", "я") or (first not in given and nominative_name(first) in given):
            return False  # "Мгер", "Ивана": a man's name as written or in the genitive
    stem = last[:-1]
    word = re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")
    male = re.compile(rf"(?<![\w-]){re.escape(stem)}(?![\w-])")
    oblique = re.compile(rf"(?<![\w-]){re.escape(stem)}ой(?![\w-])")
    if any(male.search(text) for text in paragraphs):
        return False
    if any(oblique.search(text) for text in paragraphs):
        return True
    for text in paragraphs:
        for m in word.finditer(text):
            if _FEMININE_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                return True
            if _FEMININE_VERB_AFTER.match(text[m.end() : m.end() + 40]):
                return True
    return False
