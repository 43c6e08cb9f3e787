"""What a person's name looks like: which capitalised words can be part of one, where a
name sits in a run of capitals, and which runs are places, bodies or titles instead. The
single words (`name_tokens`) live apart; their public names stay importable from here."""

from __future__ import annotations

import itertools
import re

from briefings.extract.gazetteer import CYR, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import (
    LATIN,
    PARTICLES,
    adjacent,
    hyphened_rank,
    is_given,
    is_name_token,
    is_role_word,
    joined,
    patronym_after,
    regnal_title_before,
    title_like,
)
from briefings.extract.office_owners import fields_of_office_before, owner_named_before
from briefings.extract.patterns import ROLE_BEFORE, RU_ROLE_BEFORE
from briefings.extract.russian import name_start, named_after, owner_and_given

__all__ = [
    "adjacent",
    "hyphened_rank",
    "is_given",
    "is_name_token",
    "is_office",
    "is_role_word",
    "joined",
    "name_in_run",
    "named_after",
    "not_a_name",
    "owner_and_given",
    "patronym_after",
    "regnal_title_before",
    "surname_shaped",
    "title_like",
    "without_quoted_body",
]


def name_in_run(run: list[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The person's name inside a run of capitalised words: 'Lead Negotiator Yalchin
    Rafiyev' → 'Yalchin Rafiyev', 'Climate Champion Nigar Arpadarai' → 'Nigar Arpadarai'."""
    # After the office itself ("Minister Saber X Y") the next word opens the name, even when
    # it ends like an office word; a word only shaped like one is then a first name.
    if len(run) >= 2 and owner_and_given(run[-2].group(), run[-1].group()):
        return run[-1:]  # "Сын Елены Игорь": whose son, then his first name
    after_office = _after_office_word(text, run[0].start())
    while len(run) > 2 and title_like(run[0].group()):
        if after_office and run[0].group().casefold() not in _ROLE_HEAD_WORDS:
            break
        run = run[1:]
    if (
        len(run) == 3
        and is_given(run[1].group())
        and not is_given(run[0].group())
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and _COMPLEMENT_BEFORE.search(text, 0, run[0].start()) is not None
    ):
        return run[1:]  # "Envoy for Yemen Hans Grundberg": a place or body, then the name
    lead = _office_lead(run, text)
    if lead:
        return run[lead:]
    tail = name_start([t.group() for t in run]) if CYR.search(run[0].group()) else None
    if tail is not None:
        return run[tail:]  # "… Гренадин Ральфом X", "… Арабских Эмиратов Сухейль аль-Y"
    if (
        len(run) >= 4
        and CYR.search(run[0].group())
        and run[0].group().casefold() in _RU_OFFICE_NOMINATIVES
        and _GENITIVE_PLACE.search(run[1].group()) is not None
        and not is_given(run[1].group())
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run[:3]))
    ):
        # "Глава Норвалии Тимур X заявил": an office opening the sentence is capitalised only
        # there; it and its genitive complement say whose office it is, the name follows.
        return run[2:]
    if (
        len(run) == 3
        and CYR.search(run[0].group())
        and is_given(run[1].group())
        and not is_given(run[0].group())
        and _RU_PATRONYM.search(run[2].group()) is None
        and not owner_named_before(text, run[0].start(), run[0].group())
    ):
        # "министр по делам Севера и Арктики Павел Игнатов": a Russian name opens on the
        # first name; a word before it is a place's, unless a patronym follows ("Игнатов
        # Павел Сергеевич" is one name, surname first).
        return run[1:]
    if (
        len(run) == 3
        and CYR.search(run[0].group())
        and not is_given(run[0].group())
        and _GENITIVE_BODY.search(run[0].group()) is not None
        and surname_shaped(run[1:])
        and not owner_named_before(text, run[0].start(), run[0].group())
    ):
        # "глава Центризбиркома Элла Памфилова": a body in the genitive, then a first name
        # the gazetteer does not know and a surname by its ending.
        return run[1:]
    if (
        len(run) == 3
        and CYR.search(run[0].group())
        and not is_given(run[0].group())
        and _RU_PATRONYM.search(run[2].group()) is None
        and not owner_named_before(text, run[0].start(), run[0].group())
        and (
            _LOCATIVE_BEFORE.search(text, max(0, run[0].start() - 4), run[0].start())
            or (
                _GENITIVE_PLACE.search(run[0].group())
                and RU_ROLE_BEFORE.search(text, max(0, run[0].start() - 60), run[0].start())
            )
        )
    ):
        # "посол Индии в Тбилиси Рахул Мехта", "премьер-министр Египта Мостафа Мадбули":
        # a place after "в" or in the genitive after an office is where the office is, and
        # the name (whose first word the gazetteer may not know) comes after it.
        return run[1:]
    if len(run) <= 6 and any(t.group().casefold() in PARTICLES for t in run[1:-1]):
        return run  # "Mohammed Bin Zayed Al Nahyan": capitalised particles join one name
    if len(run) <= 3:
        return run
    # "Hamad bin Khalid Al Nuaimi": a name joined by particles runs longer.
    if len(run) <= 5 and any(not adjacent(text, a, b) for a, b in itertools.pairwise(run)):
        if len(run) >= 4 and adjacent(text, run[0], run[1]) and _office_of_before(text, run[0]):
            return run[1:]  # "Minister of Mines Jose da X Y": the office's field, then the name
        return run
    if (
        after_office
        and len(run) == 4
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and not any(title_like(t.group()) for t in run)
    ):
        # "President João Manuel X Y": right after the office the run opens on the name, so
        # a first name the gazetteer does not know stays before the one it knows.
        return run
    if len(run) == 4 and _apposition(run, text):
        return run  # "its former leader, Dairo Antonio X Y, known as": set off by commas
    for g, token in enumerate(run[:-1]):
        if is_given(token.group()) and len(run) - g <= 4:
            return run[g:]
    if (
        len(run) == 4
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and ROLE_BEFORE.search(text, max(0, run[0].start() - 90), run[0].start()) is not None
    ):
        # "President Teodoro Obiang Nguema Mbasogo": an office names the whole run as one
        # person's; two given names and two surnames are common enough.
        return run
    if (
        len(run) == 4
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and fields_of_office_before(text, run[0])
    ):
        return run[1:]  # "Minister of Science and Technology Nguyen Van X": field, then name
    head = text[: run[0].start()].rstrip()
    if (
        len(run) == 4
        # (anywhere, "Mohd Faizal Mohd Ridzuan": a Malay name, the father's after one's own)
        and (not head or head[-1] in '.!?:;"“”«»—–-' or run[0].group() == run[2].group())
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and not any(title_like(t.group()) for t in run)
        and _NATIONALITY.search(run[0].group()) is None
    ):
        # "Amadou Ferrand Kolo Besse, speaking …": opening a sentence, with no word of an
        # office, the run is all name ("… Minister of Fisheries and Coastal Affairs Jon X" is
        # not: a body's name runs into it mid-sentence).
        return run
    return run[-2:]


_APPOSITION_BEFORE = re.compile(r"(?:,|,[”\"]|[”\"],)\s*$")


def _apposition(run: list[re.Match[str]], text: str) -> bool:
    """Four name words set off by commas ("the leader, Dairo Antonio X Y, was", "“…,” Wálter
    Pablo X Y, a deputy"): an apposition names one person in full, as Spanish and Portuguese
    names run to two given names and two surnames; no word of it is an office or a nation."""
    return (
        _APPOSITION_BEFORE.search(text, max(0, run[0].start() - 4), run[0].start()) is not None
        and text[run[-1].end() : run[-1].end() + 1] == ","
        and all(adjacent(text, a, b) for a, b in itertools.pairwise(run))
        and not any(title_like(t.group()) for t in run)
        and _NATIONALITY.search(run[0].group()) is None
    )


# Every word of an office's name ("Executive" of "Chief Executive"): never a first name.
_ROLE_HEAD_WORDS = frozenset(w.casefold() for h in lexicon().en.role_heads for w in h.split())
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s$")


def _office_lead(run: list[re.Match[str]], text: str) -> int:
    """How many words of a run before a known first name belong to an office or a body, not
    to the name: the last word of a body's name ("Minister of ... Economic Relations Peter
    X") or a title ("Saudi Crown Prince Mohammed bin Salman"). 0 when the run opens on the
    name: after an office word ("Minister Fahad Mohammed X") the next word is a first name."""
    g = next(
        (k for k, t in enumerate(run[:-1]) if is_given(t.group())),
        None,
    )
    if not g or len(run) - g < 2 or any(is_given(t.group()) for t in run[:g]):
        return 0
    if any(t.group().casefold() in PARTICLES for t in run[:g]):
        return 0  # "Hamad bin Khalid Al Nuaimi": a father's first name inside the name
    if not all(adjacent(text, a, b) for a, b in itertools.pairwise(run[: g + 1])):
        return 0
    words = [t.group() for t in run[:g]]
    opening = 1 if words[0].casefold().endswith(_NATIONALITY_ENDINGS) else 0
    if len(words) > opening and all(w.casefold() in _ROLE_HEAD_WORDS for w in words[opening:]):
        return g  # a title the run swallowed
    before = _CAPITAL_BEFORE.search(text, max(0, run[0].start() - 30), run[0].start())
    if g == 1 and before is not None and before.group(1) in gazetteer().institution_words:
        return 1  # a body's name ("Economic Relations") runs on into the name
    if g == 1 and _office_of_before(text, run[0]):
        return 1  # "Minister of Petroleum Jose X Y": the office's field, then the name
    return 0


def _office_of_before(text: str, first: re.Match[str]) -> bool:
    """True when an office and "of" stand right before `first` ("Minister of Mines")."""
    office_of = _BODY_OF.search(text, max(0, first.start() - 40), first.start())
    return office_of is not None and is_role_word(office_of.group(1))


_NATIONALITY_ENDINGS = tuple(lexicon().en.nationality_suffixes)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s$")


def _after_office_word(text: str, start: int) -> bool:
    """True when the word right before `start` is an office ("Minister", "President")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and is_role_word(before.group(1))


_RU_PATRONYM = re.compile(r"(?:вич|вна|ична|ич)$")
# The genitive of a body's name ("Центризбиркома", "Минфина", "Роскосмоса"): a word that
# ends so before a first name and a surname is whose office it is, not part of the name.
_GENITIVE_BODY = re.compile(r"[бвгджзклмнпрстфхцчшщ][ау]$|[ое]го$")
# A preposition or article right before a run: its first word may name a place or body.
# "в", "во", "на" before a capitalised word: a place in the locative, never a first name.
_LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на)\s+$")
# A place's name in the genitive ("Египта", "Монголии", "Франции").
_GENITIVE_PLACE = re.compile(r"[а-яё](?:а|я|ы|и)$")
# Russian office nouns in the nominative ("глава", "президент", "председатель").
_RU_OFFICE_NOMINATIVES = frozenset(
    (r.noun + (r.nominative or "")).casefold() for r in lexicon().ru.roles if r.prefix is None
)
_COMPLEMENT_BEFORE = re.compile(r"(?:^|\s)(?:for|of|to|from|in|at|the)\s+$")
# "-ani" is a nationality's ending only after a country's own ("Pakistani", "Azerbaijani"):
# a first name may end so too ("Hlengani", "Khumbulani").
_NATIONALITY = re.compile(r"^.{4,}(?:ian|ean|ish|stani|baijani|fghani)$|^.{5,}ese$")
# "Дальнего Востока", "Среднего Востока": a capitalised adjective in the genitive opens a
# place's name; a Russian first name never ends so.
_RU_ADJECTIVE_GENITIVE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ого|его)$")
_BODY_OF = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s+(?:of|for)\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"(?:^|\s)the\s+$", re.I)


def not_a_name(text: str, caps: list[re.Match[str]], first: int) -> bool:
    """Runs that read as a place, a body or a thing: 'the Gaza Strip', 'UN Climate Change',
    'Australian Peacekeeper'. A known first name overrides all of these."""
    token = caps[first].group()
    if is_given(token):
        return False
    if _NATIONALITY.search(token) or _RU_ADJECTIVE_GENITIVE.search(token):
        return True
    before = text[max(0, caps[first].start() - 12) : caps[first].start()]
    if _THE_BEFORE.search(before):
        return True
    # "Ministry of Natural Resources said", "Chief Executive of Northwind Retail commented":
    # the run after a body's or an office's "of" names a body.
    body = _BODY_OF.search(text, max(0, caps[first].start() - 40), caps[first].start())
    if body is not None and (
        body.group(1) in gazetteer().institution_words or title_like(body.group(1))
    ):
        return True
    # "UN Climate Change": a Latin run glued to an acronym goes on naming the body.
    previous = caps[first - 1] if first else None
    return (
        previous is not None
        and previous.group().isupper()
        and not is_role_word(previous.group())  # "MP Fattah Heydarov", "CEO Jon Berg"
        and not CYR.search(token)
        and adjacent(text, previous, caps[first])
    )


PLACE_NOUN_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+"
    + alternatives(lexicon().en.place_nouns)
    + r"\b"
)
_ADJECTIVE_ENDINGS = ("al", "ial", "ary", "ive", "ian", "ior")


def is_office(run: list[re.Match[str]]) -> bool:
    """'Presidential Adviser', 'Special Envoy', 'Executive Director': an adjective and an
    office word make an office, not a name (a known first name overrides: 'Jamal Baker')."""
    if len(run) != 2:
        return False
    first, last = run[0].group(), run[1].group()
    return (
        LATIN.match(first) is not None
        and first.casefold().endswith(_ADJECTIVE_ENDINGS)
        and not is_given(first)
        and is_role_word(last)
    )


# "лидер «Селеки» X Y": the body a role leads, quoted between the role and the name.
_QUOTED_BODY = re.compile(r"\s*[«\"“„][^«»\"“”„\n]{1,40}[»\"”“]\s*$")


def without_quoted_body(before: str) -> str | None:
    """The text before a name without the quoted body ending it ('лидер «Селеки» '), or
    None when it ends in no quoted name."""
    quoted = _QUOTED_BODY.search(before)
    return before[: quoted.start()] + " " if quoted is not None else None


# Endings of the region's surnames, longest first: "-enko" before "-ko".
_SURNAME_ENDINGS = sorted(lexicon().both("surname_endings"), key=len, reverse=True)
_SURNAME_SHAPE = re.compile(rf"[^\W\d_]{{2,}}(?:{'|'.join(_SURNAME_ENDINGS)})$")


def surname_shaped(run: list[re.Match[str]]) -> bool:
    """Two words, the second a surname by its ending ('Dariya Kovalenko', 'Ирек Жумабаев'),
    the first no place or body word."""
    if len(run) != 2:
        return False
    first, last = run[0].group(), run[1].group()
    return (
        _SURNAME_SHAPE.search(last) is not None
        and "-" not in first
        and (norm(first),) not in gazetteer().index
        and _SURNAME_SHAPE.search(first) is None
    )
