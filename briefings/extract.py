"""Raw document → Article: language, date, people with roles, organisations, places,
figures and quotes with their speakers.

Names come from a gazetteer of the region (`data/gazetteer.yaml`) plus capitalisation rules
for people it does not know (a role, a known given name or a speech verb next to them).
A statistical NER model tagged "Azerbaijan" as a person nine times in the seeds; here places
and bodies are matched first, so a country can never be a person.

Publication date, in order of trust (`DateOrigin` records which one was used):
  1. METADATA  sidecar, front matter, record field or HTML meta;
  2. TEXT      the page's dateline, else the latest full date written in the text;
  3. INFERRED  a day and month without a year ("on March 18"), with the year taken from the
               text itself: a full date elsewhere, a dated event said to be "this year"
               (COP29 → 2024), or the latest plain year that is not marked as past
               ("back in 2021"), a target ("by 2030") or a description ("of 1991");
  4. UNKNOWN   otherwise: `published` stays None. The current year is never assumed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from typing import Any

import py3langid
import yaml

from briefings.dates import YEAR, day_months, full_dates, to_date
from briefings.figures import find_figures
from briefings.load import RawDocument
from briefings.models import Article, DateOrigin, Figure, Person, Quote
from briefings.sentences import split_sentences

# --------------------------------------------------------------------------- gazetteer


class Kind(StrEnum):
    """What a gazetteer entry or a mention names."""

    PERSON = "person"
    ORG = "organisation"
    PLACE = "place"


@dataclass(frozen=True)
class Entry:
    kind: Kind
    name: str
    partial: bool = False  # a surname alone: resolved against full names in the article
    endings: tuple[str, ...] = ()  # each alias word's Russian case ending, to reject false stems


@dataclass(frozen=True)
class Gazetteer:
    index: dict[tuple[str, ...], Entry]
    prefixes: frozenset[tuple[str, ...]]  # every proper prefix of a key, to stop scans early
    max_len: int
    given_names: frozenset[str]
    institution_words: frozenset[str]
    event_years: dict[str, int]


_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_CYR = re.compile(r"[\u0400-\u04ff]")
# A word that starts with a capital letter (Latin, Cyrillic, Azerbaijani/Turkish letters).
_CAP_TOKEN = re.compile(r"(?<![\w.-])[A-ZÀ-ÖØ-ÞĀ-ŽƏİА-ЯЁ][^\W_]*(?:[-.][^\W_]+)*")
_NEXT_TOKEN = re.compile(r"[ \t\u00a0]{1,2}([^\W_]+(?:[-.][^\W_]+)*)")
_RU_ENDINGS = tuple(
    sorted(
        [
            "ами",
            "ями",
            "ого",
            "его",
            "ому",
            "ему",
            "ыми",
            "ими",
            "ией",
            "ии",
            "ию",
            "ия",
            "ая",
            "яя",
            "ое",
            "ее",
            "ой",
            "ей",
            "ом",
            "ем",
            "ым",
            "им",
            "ую",
            "юю",
            "ые",
            "ие",
            "ых",
            "их",
            "ий",
            "ый",
            "а",
            "я",
            "у",
            "ю",
            "е",
            "и",
            "ы",
            "ь",
            "й",
        ],
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=65536)
def _norm(token: str) -> str:
    """Match key of a token: Russian words lose their case ending, others stay as written."""
    if not _CYR.search(token):
        return token
    for ending in _RU_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


def _alias_tokens(alias: str) -> list[str]:
    tokens = _TOKEN.findall(alias)
    if tokens and tokens[0].casefold() == "the":
        tokens = tokens[1:]
    return tokens


def _alias_key(alias: str) -> tuple[str, ...]:
    return tuple(_norm(t) for t in _alias_tokens(alias))


# Case endings a Russian noun with this nominative ending can take: "Армения" is never
# "Армена", so a name in the genitive ("Армена Петросяна") is not the country.
_PARADIGM = {
    "ия": frozenset({"ия", "ии", "ию", "ией", "иею"}),
    "а": frozenset({"а", "ы", "и", "е", "у", "ой", "ою"}),
    "я": frozenset({"я", "и", "е", "ю", "ей", "ею"}),
}


def _ending(token: str) -> str:
    return token[len(_norm(token)) :]


def _compatible(alias_endings: tuple[str, ...], surface: list[str]) -> bool:
    for alias_end, token in zip(alias_endings, surface, strict=False):
        allowed = _PARADIGM.get(alias_end)
        if allowed is not None and _CYR.search(token) and _ending(token) not in allowed:
            return False
    return True


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, parsed once per process."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("briefings").joinpath("data/gazetteer.yaml").read_text("utf-8")
    )
    index: dict[tuple[str, ...], Entry] = {}
    sections = (("places", Kind.PLACE), ("organisations", Kind.ORG), ("people", Kind.PERSON))
    for section, kind in sections:
        for item in raw.get(section) or []:
            name = str(item["name"])
            for alias in [name, *(str(a) for a in item.get("aliases") or [])]:
                tokens = _alias_tokens(alias)
                key = tuple(_norm(t) for t in tokens)
                if not key:
                    continue
                endings = tuple(_ending(t) for t in tokens)
                if not any(e in _PARADIGM for e in endings):
                    endings = ()  # nothing to check: keeps the scan's hot path short
                if key in index:
                    if index[key].endings != endings:  # several inflections: accept any
                        index[key] = replace(index[key], endings=())
                    continue
                partial = kind == Kind.PERSON and len(key) == 1
                index[key] = Entry(kind, name, partial, endings)
    events = {str(e["name"]): int(e["year"]) for e in raw.get("events") or []}
    given = frozenset(str(n) for n in raw.get("given_names") or [])
    prefixes = frozenset(k[:n] for k in index for n in range(1, len(k)))
    institutions = frozenset(str(w) for w in raw.get("institution_words") or [])
    return Gazetteer(index, prefixes, max(len(k) for k in index), given, institutions, events)


# --------------------------------------------------------------------------- mentions


@dataclass
class Mention:
    para: int
    start: int
    end: int
    kind: Kind
    name: str
    partial: bool = False
    known: bool = False  # from the gazetteer, so already a canonical name


_STOP_CAPS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "For",
        "From",
        "With",
        "By",
        "And",
        "But",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "As",
        "It",
        "Its",
        "We",
        "Our",
        "They",
        "Their",
        "He",
        "She",
        "His",
        "Her",
        "I",
        "You",
        "Your",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Today",
        "Yesterday",
        "Tomorrow",
        "However",
        "Thus",
        "Also",
        "Meanwhile",
        "Following",
        "According",
        "Such",
        "Both",
        "Each",
        "Every",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "So",
        "Then",
        "There",
        "Here",
        "What",
        "How",
        "Why",
        "Who",
        "Where",
        "Which",
        "Given",
        "Over",
        "Various",
        "Special",
        "Additionally",
        "Furthermore",
        "Moreover",
        "Despite",
        "Colonel",
        "Lieutenant",
        "Lt",
        "Gen",
        "Col",
        "Maj",
        "Capt",
        "Cpt",
        "Adm",
        "Sgt",
        "Brig",
        "Major",
        "Captain",
        "Admiral",
        "Sergeant",
        "Brigadier",
        "Marshal",
        "Prof",
        "Professor",
        "Doctor",
        "Rear",
        "President",
        "Minister",
        "Prime",
        "Secretary",
        "General",
        "High",
        "Representative",
        "Foreign",
        "Affairs",
        "Ministry",
        "Chancellor",
        "Ambassador",
        "Chairman",
        "Speaker",
        "Spokesperson",
        "Commissioner",
        "Director",
        "Head",
        "Chief",
        "Governor",
        "Mayor",
        "Senator",
        "Envoy",
        "Deputy",
        "Vice",
        "Former",
        "Acting",
        "State",
        "Security",
        "Policy",
        "Council",
        "Republic",
        "Union",
        "Parliament",
        "Armed",
        "Forces",
        "Force",
        "Corridor",
        "Fund",
        "Program",
        "Programme",
        "Agency",
        "News",
        "Государственный",
        "Президент",
        "Министр",
        "Глава",
        "Премьер",
    ]
)
_ROLE_HEAD = (
    r"(?:Deputy\s+Prime\s+Minister|Prime\s+Minister|First\s+Vice[- ]President|Vice[- ]President"
    r"|President|(?:Foreign|Defen[cs]e|Energy|Economy|Interior|Finance|Ecology|Justice|Trade"
    r"|Agriculture|Digital\s+Development)\s+Minister|Deputy\s+(?:Foreign\s+)?Minister|Minister"
    r"|Secretary[- ]General|Secretary\s+of\s+State|Deputy\s+Secretary|Secretary"
    r"|High\s+Representative|Chancellor|Ambassador|Chair(?:man|woman|person)?|Speaker"
    r"|Spokes(?:person|man|woman)|Commissioner|Director[- ]General|Executive\s+Director|Director"
    r"|Head|Chief|Governor|Mayor|Senator|Special\s+(?:Envoy|Representative)|Envoy"
    r"|Representative|Assistant|Advis[eo]r|Commander|King|Queen|Emir|Crown\s+Prince|CEO"
    r"|Executive\s+Secretary|Patriarch|Pope|Ombudsman|foreign\s+policy\s+chief|leader|MP"
    # Occupations that introduce people quoted in news ("said Baku-based analyst ...").
    r"|(?:political\s+)?(?:analyst|scientist|commentator)|expert|economist|researcher|professor"
    r"|journalist|correspondent|diplomat|lawmaker|official|observer|historian|lawyer|activist"
    r"|coach|driver|musician|pianist|singer|writer|author)"
)
_ROLE_MOD = (
    r"(?:[A-Z]{2,}|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?['’`]s|[A-Z][a-z]+(?:ian|ean|ese|ish|ani|i|ic)"
    r"|[Ff]ormer|[Aa]cting|[Oo]utgoing|[Nn]ew"
    r"|Deputy|First|Vice|EU|UN|US|NATO|OSCE|[Ff]oreign\s+policy)"
)
_ROLE_TAIL = (
    r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and|of|the|for|[A-Z][\w-]*))*)?"
    r"(?:\s+(?:for|on)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"  # "... for political affairs"
)
# The lookbehind lets end-anchored searches skip positions inside words quickly.
_ROLE = rf"(?<![\w'’-])(?:{_ROLE_MOD}\s+){{0,3}}(?i:{_ROLE_HEAD})(?![\w-]){_ROLE_TAIL}"
_ROLE_BEFORE = re.compile(rf"(?P<role>{_ROLE})\s*,?\s*$")
_ROLE_AFTER = re.compile(
    rf"^,\s+(?:the\s+|who\s+is\s+(?:the\s+)?)?(?P<role>{_ROLE})(?=\s*[,.;)]|\s+(?:who|said|says|has|had|was|is|visited)\b)"
)
_RU_ROLE_HEAD = (
    r"(?<![\w-])(?:[Пп]резидент\w*|[Пп]ремьер-министр\w*|[Вв]ице-премьер\w*|[Мм]инистр\w*(?:\s+иностранных\s+дел)?"
    r"|[Гг]лав[аеуыо]й?\s+МИД(?:\s+[А-ЯЁ]\w+)?|[Гг]енсек\w*(?:\s+НАТО|\s+ООН)?"
    r"|[Гг]енеральн\w+\s+секретар\w+(?:\s+НАТО|\s+ООН)?|[Пп]омощник\w*(?:\s+президента)?"
    r"|[Сс]пикер\w*|[Пп]редседател\w+|[Пп]ос[оа]л\w*|[Сс]оветник\w*|[Пп]редставител\w+"
    r"|[Вв]ерховн\w+\s+представител\w+(?:\s+ЕС)?|[Оо]фициальн\w+\s+представител\w+(?:\s+МИД)?"
    r"|[Кк]анцлер\w*|[Лл]идер\w*|[Дд]епутат\w*|[Дд]ипломат\w*|[Дд]иректор\w*|[Рр]уководител\w+"
    r"|[Сс]опредседател\w+|[Пп]олитолог\w*|[Ээ]ксперт\w*|[Аа]налитик\w*|[Ээ]кономист\w*"
    r"|[Жж]урналист\w*|[Пп]рофессор\w*|[Мм]узыкант\w*|[Пп]ианист\w*|[Пп]исател\w+"
    r"|[Ии]сторик\w*|[Сс]оциолог\w*|[Уу]чен[ыо]\w*|[Пп]ресс-секретар\w+|[Зз]амминистр\w*"
    r"|[Гг]енерал\w*|[Пп]олковник\w*|[Кк]омандующ\w+)"
)
# Up to two adjectives may precede the head noun: "бакинский политолог".
_RU_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<role>(?:[а-яё-]+(?:ий|ый|ой|ая|ого|ему|им|ым|ей)\s+){{0,2}}(?P<head>{_RU_ROLE_HEAD})"
    rf"(?:\s+(?!и\s)[\w-]+){{0,6}}?)\s*,?\s*$"
)
_HONORIFIC = re.compile(
    r"(?<![\w-])(?:(?:Dr|Prof|Mr|Mrs|Ms|Lt|Gen|Col|Maj|Capt|Adm|Sgt|Brig|Cpt)\.?"
    r"|Colonel|Lieutenant|General|Major|Captain|Admiral|Sergeant|Brigadier|Professor|Doctor"
    r"|Ambassador|Rear|Vice)(?:\s+|\.\s*)$"
)
_SPEECH_VERBS_EN = (
    r"(?:said|says|noted|notes|added|adds|stated|states|told|stressed|stresses|emphasi[sz]ed"
    r"|underlined|underscored|explained|declared|remarked|wrote|continued|concluded|warned"
    r"|pointed\s+out|highlighted|insisted|recalled|announced|commented|replied|answered|asked"
    r"|believes|argued|observed|affirmed|reaffirmed|confirmed|joked|admitted|acknowledged"
    r"|cautioned|predicted|promised|urged)"
)
_SPEECH_VERBS_RU = (
    r"(?:заявил\w*|сказал\w*|отметил\w*|подчеркнул\w*|добавил\w*|сообщил\w*|указал\w*"
    r"|пояснил\w*|заключил\w*|резюмировал\w*|констатировал\w*|напомнил\w*|признал\w*"
    r"|уточнил\w*|написал\w*|считает|полагает|убежден\w*|ответил\w*|продолжил\w*"
    r"|пошутил\w*|рассказал\w*|пообещал\w*|подытожил\w*|предупредил\w*|призвал\w*)"
)
_VERB = rf"(?:{_SPEECH_VERBS_EN}|{_SPEECH_VERBS_RU})"
_ROLE_WORD = re.compile(rf"(?i:{_ROLE_HEAD})|{_RU_ROLE_HEAD}")
_VERB_AFTER_NAME = re.compile(rf"^\s*(?:,\s*)?{_VERB}\b")
# A speech verb a few lowercase words before a capitalised pair: "said Baku-based analyst X".
_NOT_BETWEEN = r"(?:on|in|at|the|of|to|for|by|with|from|during|after|before|a|an|в|на|о|об|по|с|к)"
_VERB_BEFORE_NAME = re.compile(
    rf"\b{_VERB}(?:\s+(?!{_NOT_BETWEEN}\b)(?:[^\W\d_A-ZА-ЯЁ]|[A-Z][\w]*-)[\w-]*){{0,3}}\s*$"
)


def _last_ru_role(before: str) -> re.Match[str] | None:
    """The role nearest the name: in 'Аналитик X встретился с экономистом Y', Y's is the second."""
    found = _RU_ROLE_BEFORE.search(before)
    while found is not None:
        later = _RU_ROLE_BEFORE.search(before, found.end("head"))
        if later is None:
            break
        found = later
    return found


@lru_cache(maxsize=4096)
def _is_role_word(token: str) -> bool:
    """'Economist', 'Analyst': a capitalised occupation opening a sentence is not a name."""
    return _ROLE_WORD.fullmatch(token) is not None


def _scan(paragraphs: list[str]) -> list[Mention]:
    """Gazetteer entities and unknown people, paragraph by paragraph, in order.

    Only capitalised words can start a name, so the scan walks those and extends a match
    word by word while the words so far still begin some gazetteer key.
    """
    gz = gazetteer()
    out: list[Mention] = []
    all_caps = [list(_CAP_TOKEN.finditer(text)) for text in paragraphs]
    # A surname the article uses again on its own ("… Fabiano Caruana. Caruana played …").
    seen = Counter(c.group() for caps in all_caps for c in caps)
    for p, text in enumerate(paragraphs):
        caps = all_caps[p]
        covered_until = -1
        used: set[int] = set()
        surnames: set[int] = set()
        for c, cap in enumerate(caps):
            if cap.start() < covered_until:
                used.add(c)
                continue
            words = [cap]
            key: tuple[str, ...] = (_norm(cap.group()),)
            best: tuple[int, Entry] | None = None
            pos = cap.end()
            while True:
                entry = gz.index.get(key)
                if entry is not None and (
                    not entry.endings
                    or _compatible(entry.endings, [cap.group(), *(w.group(1) for w in words[1:])])
                ):
                    best = (len(words), entry)
                if key not in gz.prefixes or len(words) >= gz.max_len:
                    break
                nxt = _NEXT_TOKEN.match(text, pos)
                if nxt is None:
                    break
                words.append(nxt)
                key = (*key, _norm(nxt.group(1)))
                pos = nxt.end()
            if best is None:
                continue
            n, entry = best
            if entry.partial and n == 1 and _other_given_name(text, caps, c, used):
                # "Samir Hajiyev" is not Hikmet Hajiyev: leave the pair to _unknown_people.
                surnames.add(c)
                continue
            end = words[n - 1].end()
            out.append(
                Mention(p, cap.start(), end, entry.kind, entry.name, entry.partial, known=True)
            )
            used.add(c)
            covered_until = end
        out.extend(_unknown_people(p, text, caps, used, surnames, seen))
    out.extend(_surname_mentions(paragraphs, out))
    out.sort(key=lambda m: (m.para, m.start))
    return out


def _other_given_name(text: str, caps: list[re.Match[str]], c: int, used: set[int]) -> bool:
    """True when a known surname follows a first name the gazetteer does not give it."""
    if c == 0 or (c - 1) in used or not _adjacent(text, caps[c - 1], caps[c]):
        return False
    given = caps[c - 1].group()
    if not _is_name_token(given):
        return False
    if given in gazetteer().given_names or _nominative_name(given) in gazetteer().given_names:
        return True
    # Not a known first name: only trust it when it does not open a sentence.
    head = text[: caps[c - 1].start()].rstrip()
    return bool(head) and head[-1] not in '.!?:;"“”«»—–-'


def _surname_mentions(paragraphs: list[str], found: list[Mention]) -> list[Mention]:
    """Later mentions of a newly found person by surname alone ("Ferrante said", "Керимова")."""
    surnames: dict[str, str] = {}
    for m in found:
        if m.kind == Kind.PERSON and not m.known and " " in m.name:
            surnames.setdefault(_norm(m.name.split()[-1]), m.name)
    if not surnames:
        return []
    taken = {(m.para, m.start) for m in found} | {(m.para, m.end) for m in found}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in found:
        spans.setdefault(m.para, []).append((m.start, m.end))
    out: list[Mention] = []
    for p, text in enumerate(paragraphs):
        for cap in _CAP_TOKEN.finditer(text):
            name = surnames.get(_norm(cap.group()))
            if name is None or (p, cap.start()) in taken:
                continue
            if any(a <= cap.start() < b for a, b in spans.get(p, ())):
                continue
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, name, partial=True))
    return out


def _is_name_token(token: str) -> bool:
    if len(token) < 2 or not token[0].isupper() or token in _STOP_CAPS:
        return False
    if token in gazetteer().institution_words:
        return False
    if token.isupper():  # acronyms are bodies, not people
        return False
    return all(ch.isalpha() or ch in "-'’" for ch in token)


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    gap = text[left.end() : right.start()]
    return len(gap) <= 2 and (gap == "" or gap.isspace())


def _unknown_people(
    p: int,
    text: str,
    caps: list[re.Match[str]],
    used: set[int],
    surnames: set[int],
    seen: Counter[str],
) -> list[Mention]:
    """Runs of two or three capitalised words that something marks as a person's name."""
    gz = gazetteer()
    out: list[Mention] = []
    i = 0
    while i < len(caps):
        # A name may end in a role word ("Stephen King") but not start with one.
        if i in used or not _is_name_token(caps[i].group()) or _is_role_word(caps[i].group()):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(caps)
            and j - i < 2
            and j + 1 not in used
            and _adjacent(text, caps[j], caps[j + 1])
            and _is_name_token(caps[j + 1].group())
        ):
            j += 1
        if j == i:
            i += 1
            continue
        start, end = caps[i].start(), caps[j].end()
        before = text[max(0, start - 90) : start]
        after = text[end : end + 90]
        evidence = (
            j in surnames
            or (seen[caps[j].group()] >= 2 and len(caps[j].group()) >= 4)
            or caps[i].group() in gz.given_names
            or _nominative_name(caps[i].group()) in gz.given_names
            or _HONORIFIC.search(before) is not None
            or _ROLE_BEFORE.search(before) is not None
            or _RU_ROLE_BEFORE.search(before) is not None
            or _ROLE_AFTER.match(after) is not None
            or _VERB_AFTER_NAME.match(after) is not None
            or _VERB_BEFORE_NAME.search(before) is not None
        )
        if evidence:
            name = " ".join(t.group() for t in caps[i : j + 1])
            out.append(Mention(p, start, end, Kind.PERSON, name))
            i = j + 1
        else:
            # "Minister of Energy Zhecho Stankov": the run may start with the end of a title.
            i += 1
    return out


# --------------------------------------------------------------------------- people


_RU_ROLE_CASE = re.compile(
    r"^(?:[а-яё-]+\s+){0,2}?(?P<stem>[Гг]лав|[Мм]инистр|[Пп]резидент|[Пп]ремьер-министр|[Вв]ице-премьер"
    r"|[Пп]осол|[Сс]оветник|[Пп]омощник|[Сс]пикер|[Кк]анцлер|[Лл]идер|[Гг]енсек|[Пп]олитолог"
    r"|[Ээ]ксперт|[Аа]налитик|[Дд]епутат|[Дд]ипломат|[Дд]иректор|[Рр]уководител|[Пп]редседател"
    r"|[Пп]редставител|[Ээ]кономист|[Жж]урналист|[Пп]рофессор|[Мм]узыкант|[Пп]ианист)"
    r"(?P<end>[а-яё]*)(?=\s|$)"
)
_NOMINATIVE_ENDS = frozenset({"", "ь"})
# Oblique endings of Russian names → nominative ending, longest first.
_NAME_CASE_ENDINGS = (
    ("ым", ""), ("ом", ""), ("ем", "й"), ("ой", "а"), ("ей", "я"), ("ии", "ия"), ("ы", "а"),
    ("я", "й"), ("у", ""), ("ю", "й"), ("а", ""),
)  # fmt: skip
_OBLIQUE_BEFORE = re.compile(r"(?:^|\s)(?:с|со|у|для|от|к|о|об|при|между)\s+$", re.IGNORECASE)


def _oblique_role(role: str) -> bool:
    """True when a Russian role noun is not in the nominative ('вице-премьера', 'министром')."""
    m = _RU_ROLE_CASE.match(role)
    if m is None:
        return False
    end = m.group("end")
    return end != "а" if m.group("stem").casefold() == "глав" else end not in _NOMINATIVE_ENDS


def _nominative_name(name: str) -> str:
    """'Мгера Григоряна' → 'Мгер Григорян': undo the case ending of an unknown Russian name."""
    out = []
    for token in name.split():
        for ending, replacement in _NAME_CASE_ENDINGS:
            if token.endswith(ending) and len(token) - len(ending) >= 3:
                token = token[: -len(ending)] + replacement
                break
        out.append(token)
    return " ".join(out)


def _normalise_russian_names(mentions: list[Mention], paragraphs: list[str]) -> None:
    """Unknown Cyrillic names seen in an oblique case (after 'вице-премьера', 'с') become
    nominative, and forms of one name ('Керимов', 'Керимова') merge into the shortest."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        if m.kind != Kind.PERSON or m.known or not _CYR.search(m.name):
            continue
        before = paragraphs[m.para][max(0, m.start - 80) : m.start]
        role = _last_ru_role(before)
        first = m.name.split()[0]
        given = gazetteer().given_names
        oblique_given = first not in given and _nominative_name(first) in given
        if (
            (role and _oblique_role(role.group("role")))
            or _OBLIQUE_BEFORE.search(before)
            or oblique_given
        ):
            m.name = _nominative_name(m.name)
        groups.setdefault(tuple(_norm(t) for t in m.name.split()), []).append(m)
    for group in groups.values():
        best = min((m.name for m in group), key=lambda n: (len(n), not n.endswith("а")))
        for m in group:
            m.name = best


def _nominative_role(role: str) -> str:
    """'главой МИД Азербайджана' → 'глава МИД Азербайджана': a role's head noun in nominative."""
    m = _RU_ROLE_CASE.match(role)
    if not m:
        return role
    stem = m.group("stem")
    head = stem + "а" if stem.casefold() == "глав" else stem
    if m.group("end") in ("ь", "ем", "я", "ю", "и") and stem.endswith("л"):
        head = stem + "ь"  # "руководителя" → "руководитель"
    adjectives = _OBLIQUE_ADJECTIVE.sub(_nominative_adjective, role[: m.start("stem")])
    return adjectives + head + role[m.end() :]


_OBLIQUE_ADJECTIVE = re.compile(r"([а-яё-]{2,}?)(ого|его|ому|ему|ым|им)(?=\s)", re.I)


def _nominative_adjective(m: re.Match[str]) -> str:
    """'армянского' → 'армянский', 'нового' → 'новый': an adjective before a role noun."""
    stem, ending = m.group(1), m.group(2)
    soft = stem[-1] in "кгхжшчщ" or ending[0] in "еи"
    return stem + ("ий" if soft else "ый")


def _clean_role(role: str, places: set[str]) -> str | None:
    role = _nominative_role(role.strip(" ,"))
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    role = re.sub(r"\s+(?:and|of|the|for|on)$", "", role)
    possessive = re.match(r"^([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’`]s\s+", role)
    if possessive and possessive.group(1) in places:
        role = role[possessive.end() :]
    if not role:
        return None
    return role[0].upper() + role[1:]


@dataclass
class _People:
    by_mention: dict[int, str]  # id(Mention) → canonical name
    people: list[Person]
    by_para: dict[int, list[Mention]] = field(default_factory=dict)  # person mentions, in order


def _resolve_people(mentions: list[Mention], paragraphs: list[str], places: set[str]) -> _People:
    _normalise_russian_names(mentions, paragraphs)
    full: list[str] = []
    for m in mentions:
        if m.kind == Kind.PERSON and not m.partial and m.name not in full:
            full.append(m.name)
    by_surname: dict[str, list[str]] = {}
    for name in full:
        by_surname.setdefault(_norm(name.split()[-1]), []).append(name)
    resolved: dict[int, str] = {}
    for m in mentions:
        if m.kind != Kind.PERSON:
            continue
        if not m.partial:
            resolved[id(m)] = m.name
            continue
        # A surname alone is the article's fully named person with that surname; with none,
        # the gazetteer's; with two ("Ильхам Алиев", "Вугар Алиев"), nobody can tell.
        surface = paragraphs[m.para][m.start : m.end]
        keys = {_norm(surface), _norm(m.name.split()[-1])}
        candidates = {n for k in keys for n in by_surname.get(k, ())}
        if len(candidates) == 1:
            resolved[id(m)] = candidates.pop()
        elif not candidates:
            resolved[id(m)] = m.name
    roles: dict[str, str] = {}
    order: list[str] = []
    for m in mentions:
        who = resolved.get(id(m))
        if who is None:
            continue
        if who not in order:
            order.append(who)
        if who in roles:
            continue
        text = paragraphs[m.para]
        before = text[max(0, m.start - 120) : m.start]
        after = text[m.end : m.end + 160]
        after = re.sub(r"^['’`]s?", "", after)
        found = _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(after) or _last_ru_role(before)
        if found:
            role = _clean_role(found.group("role"), places)
            if role:
                roles[who] = role
    people = [Person(name=n, role=roles.get(n)) for n in order]
    by_para: dict[int, list[Mention]] = {}
    for m in mentions:
        if id(m) in resolved:
            by_para.setdefault(m.para, []).append(m)
    return _People(resolved, people, by_para)


# --------------------------------------------------------------------------- quotes

_QUOTE_SPAN = re.compile(
    r"“(?P<a>[^“”]{12,}?)”|\"(?P<b>[^\"]{12,}?)\"|«(?P<c>(?:[^«»]|«[^«»]*»){12,}?)»|„(?P<d>[^„“”]{12,}?)[“”]"
)
# A full stop after a title abbreviation ("said Lt. Gen. X", "Prof. Y") does not end the clause.
_ABBREV_DOT = "|".join(
    rf"(?<=\b{a})\." for a in ("Dr", "Prof", "Lt", "Gen", "Col", "Maj", "Capt", "Adm", "Sgt", "Mr")
)
_AFTER_VERB = re.compile(
    rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?:{_VERB}|according\s+to)\b(?P<rest>(?:[^.!?;]|{_ABBREV_DOT})*)",
    re.I,
)
# Russian dialogue-style quote: "— Мы готовы к переговорам, — заявил Алиев."
_DASH_QUOTE = re.compile(
    rf"^[—–-]\s+(?P<body>.+?)[,!?…]?\s+[—–-]\s+(?P<attr>{_VERB}\b[^.!?]*)", re.I
)
_Q_LABEL = re.compile(r"^(?:Q|Question|Вопрос|В)\s*[:.]\s*")
_AFTER_SUBJ = re.compile(
    rf"^\s*[,.!?]?\s*(?:[—–-]\s*)?(?P<subj>[^,.!?\"“”«»]{{2,90}}?(?:,[^,.!?\"“”«»]{{2,60}}?){{0,2}})"
    rf",?\s+{_VERB}\b",
    re.I,
)
_BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:{_VERB}|according\s+to)"
    rf"(?:\s+(?:that|reporters|journalists|[A-Z][\w.-]+))?\s*[:,]?\s*$",
    re.I,
)
_CLAUSE_MARKS = '.!?"“”«»'
_PRONOUN = re.compile(r"^\s*(?P<pronoun>he|she|он|она)\b", re.I)
_FEMALE_PRONOUNS = frozenset({"she", "она"})
# Surnames that are only women's ("Aliyeva", "Велиева", "Karimova", "Петровская").
_FEMALE_SURNAME = re.compile(r"(?:[oe]va|ina|aya|ова|ева|ёва|ина|ая|ская)$", re.I)
_TITLE_ONLY = re.compile(r"\b(?:the\s+)?(?P<head>" + _ROLE_HEAD + r")\b", re.I)
_ANSWER = re.compile(r"^(?:[-–—]\s+|(?:A|Answer|Ответ|О)\s*[:.]\s*)")
_QUESTION = re.compile(r"^(?:Q|Question|Вопрос|В)\s*[:.]\s*|\?\s*$")
_INTERVIEW_WORD = re.compile(r"\binterview|\bинтервью|\btold\b|\bрассказал", re.I)


def _subject_before(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """Span of who speaks when the attribution precedes the quote ('Bayramov said: “…”')."""
    verb = _BEFORE_VERB.search(text, lo, start)
    if verb is not None:
        end = verb.start()
    else:
        stripped = text[lo:start].rstrip()
        if not stripped.endswith(":"):
            return None
        end = lo + len(stripped) - 1
    segment = text[lo:end]
    begin = lo + max(segment.rfind(mark) for mark in _CLAUSE_MARKS) + 1
    return (begin, end) if end - begin >= 2 else None


def _speaker_in(
    mentions: list[Mention], people: _People, para: int, lo: int, hi: int, last: bool = False
) -> str | None:
    found = [people.by_mention[id(m)] for m in people.by_para.get(para, ()) if lo <= m.start < hi]
    if not found:
        return None
    return found[-1] if last else found[0]


_RU_FOREIGN_MINISTER = re.compile(r"министр\w*\s+иностранных\s+дел", re.I)
_ROLE_STOP = frozenset({"the", "of", "for", "and", "on", "по", "и", "в", "на", "его", "her", "his"})


def _role_stems(text: str) -> set[str]:
    if _RU_FOREIGN_MINISTER.search(text):
        text += " глава МИД"  # the same office, as Russian news names it both ways
    return {
        _norm(w).casefold()[:5]
        for w in _TOKEN.findall(text)
        if len(w) > 2 and w.casefold() not in _ROLE_STOP
    }


def _speaker_by_title(text: str, people: list[Person]) -> str | None:
    """The person whose stated role the attribution names ('said the Minister',
    '— подчеркнул глава азербайджанского МИД')."""
    title = _TITLE_ONLY.search(text)
    if title:
        head = title.group("head").casefold()
        for person in people:
            if person.role and head in person.role.casefold():
                return person.name
    words = _role_stems(" ".join(text.split()[:8]))
    best: tuple[int, str] | None = None
    for person in people:
        if not person.role:
            continue
        overlap = len(words & _role_stems(person.role))
        if overlap >= 2 and (best is None or overlap > best[0]):
            best = (overlap, person.name)
    return best[1] if best else None


def _last_person_before(
    mentions: list[Mention], people: _People, para: int, pos: int, pronoun: re.Match[str]
) -> str | None:
    """Whom 'he'/'она' points to: the one person of the right sex named in the nearest
    paragraph before it that names anyone; with two candidates, nobody (never guess)."""
    female = pronoun.group("pronoun").casefold() in _FEMALE_PRONOUNS
    for p in range(para, max(-1, para - 6), -1):  # a pronoun points a few paragraphs back
        before = [m for m in people.by_para.get(p, ()) if p < para or m.start < pos]
        if not before:
            continue
        names = {people.by_mention[id(m)] for m in before}
        women = {n for n in names if _FEMALE_SURNAME.search(n.split()[-1])}
        # A woman's surname is often marked; a man's never is, so "she" may still fit it.
        fitting = (women or names) if female else names - women
        return fitting.pop() if len(fitting) == 1 else None
    return None


def _dash_matches(paragraphs: list[str]) -> list[re.Match[str] | None]:
    """_DASH_QUOTE on each paragraph, once per article: both quote passes need it."""
    return [_DASH_QUOTE.match(p) if p[:1] in "—–-" else None for p in paragraphs]


def _dash_quote(
    p: int, dash: re.Match[str] | None, mentions: list[Mention], people: _People
) -> Quote | None:
    """A dialogue-style quote: '— Мы готовы к переговорам, — заявил Алиев.'"""
    if dash is None or len(dash.group("body").split()) < 4:
        return None
    lo, hi = dash.span("attr")
    speaker = _speaker_in(mentions, people, p, lo, hi)
    after_verb = dash.group("attr").split(None, 1)[1:]
    pronoun = _PRONOUN.match(after_verb[0]) if after_verb else None
    if speaker is None and pronoun:
        speaker = _last_person_before(mentions, people, p, 0, pronoun)
    if speaker is None:
        speaker = _speaker_by_title(dash.group("attr"), people.people)
    return Quote(text=dash.group("body").strip(), speaker=speaker, sentence=dash.string)


_LABELLED = re.compile(r"^(?P<label>[^:.!?\"“”«»]{2,40}):\s+(?P<body>\S.{19,})$", re.S)


def _labelled_quote(p: int, text: str, people: _People) -> Quote | None:
    """A transcript line: 'Marco Ferrante: The market is ready ...' is Ferrante speaking."""
    m = _LABELLED.match(text)
    if m is None:
        return None
    label_end = m.end("label")
    speakers = [
        people.by_mention[id(x)]
        for x in people.by_para.get(p, ())
        if x.start == 0 and x.end >= label_end - 1
    ]
    if not speakers:
        return None
    body = m.group("body").strip().strip('"“”«»').strip()
    return Quote(text=body, speaker=speakers[0], sentence=text)


def _quotes(
    paragraphs: list[str],
    mentions: list[Mention],
    people: _People,
    dashes: list[re.Match[str] | None],
) -> list[Quote]:
    out: list[Quote] = []
    for p, text in enumerate(paragraphs):
        dash = _dash_quote(p, dashes[p], mentions, people) or _labelled_quote(p, text, people)
        if dash is not None:
            out.append(dash)
            continue
        previous: tuple[int, str | None] | None = None  # end and speaker of the last quote
        for m in _QUOTE_SPAN.finditer(text):
            body = next(g for g in m.groups() if g is not None).strip()
            if len(body.split()) < 5:
                continue
            start, end = m.span()
            speaker: str | None = None
            attributed = False
            after = text[end : end + 220]
            av = _AFTER_VERB.match(after)
            if av:
                attributed = True
                lo = end + av.start("rest")
                speaker = _speaker_in(mentions, people, p, lo, lo + len(av.group("rest")))
                pronoun = _PRONOUN.match(av.group("rest"))
                if speaker is None and pronoun:
                    speaker = _last_person_before(mentions, people, p, start, pronoun)
                if speaker is None:
                    speaker = _speaker_by_title(av.group("rest"), people.people)
            if not attributed:
                sv = _AFTER_SUBJ.match(after)
                if sv:
                    attributed = True
                    lo = end + sv.start("subj")
                    speaker = _speaker_in(mentions, people, p, lo, end + sv.end("subj"))
                    pronoun = _PRONOUN.match(sv.group("subj"))
                    if speaker is None and pronoun:
                        speaker = _last_person_before(mentions, people, p, start, pronoun)
                    if speaker is None:
                        speaker = _speaker_by_title(sv.group("subj"), people.people)
            if not attributed:
                subject = _subject_before(text, max(0, start - 220), start)
                if subject:
                    attributed = True
                    lo, hi = subject
                    speaker = _speaker_in(mentions, people, p, lo, hi, last=True)
                    pronoun = _PRONOUN.match(text[lo:hi])
                    if speaker is None and pronoun:
                        speaker = _last_person_before(mentions, people, p, start, pronoun)
                    if speaker is None:
                        speaker = _speaker_by_title(text[lo:hi], people.people)
            if not attributed and previous is not None and previous[1] is not None:
                # '"A," said X. "B."': B goes on with X's words unless someone else is named.
                between = {
                    people.by_mention[id(x)]
                    for x in people.by_para.get(p, ())
                    if previous[0] <= x.start < start
                }
                if between <= {previous[1]}:
                    attributed, speaker = True, previous[1]
            if attributed:
                out.append(Quote(text=body, speaker=speaker, sentence=text))
                previous = (end, speaker)
    return out


def _interviewee(
    title: str, paragraphs: list[str], intro: list[int], mentions: list[Mention], people: _People
) -> str | None:
    head = title.split(":", 1)[0] if ":" in title else ""
    if head:
        for person in people.people:
            if person.name in head or person.name.split()[-1] in head:
                return person.name
    for p in intro:
        for sentence in split_sentences(paragraphs[p]):
            if _INTERVIEW_WORD.search(sentence):
                offset = paragraphs[p].find(sentence)
                found = _speaker_in(mentions, people, p, offset, offset + len(sentence))
                if found:
                    return found
    counts = Counter(
        people.by_mention[id(m)] for m in mentions if m.para in intro and id(m) in people.by_mention
    )
    return counts.most_common(1)[0][0] if counts else None


def _chunks(paragraph: str, limit: int = 320) -> list[str]:
    """An answer (without its dash) as runs of whole sentences short enough to quote."""
    chunks: list[str] = []
    current = ""
    sentences = list(split_sentences(paragraph))
    if sentences:
        sentences[0] = _ANSWER.sub("", sentences[0], count=1).strip()
    for sentence in sentences:
        if current and len(current) + 1 + len(sentence) > limit:
            chunks.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current)
    return chunks


def _interview_quotes(
    title: str,
    paragraphs: list[str],
    mentions: list[Mention],
    people: _People,
    dashes: list[re.Match[str] | None],
) -> list[Quote]:
    """Answers of an interview (and the paragraphs continuing them) as the interviewee's quotes."""
    # Answers are whole statements; short dashed lines are a list, not an interview.
    answers = {
        i
        for i, p in enumerate(paragraphs)
        if _ANSWER.match(p) and len(p.split()) >= 8 and dashes[i] is None
    }
    questions = {i for i, p in enumerate(paragraphs) if _QUESTION.search(p) and i not in answers}
    labelled = {i for i, p in enumerate(paragraphs) if _Q_LABEL.match(p)}
    if len(answers) < 2 and len(labelled) >= 2:
        # "Q:" interviews whose answers carry no label: what follows each question answers it.
        questions = labelled
        answers = {i for i in range(min(labelled), len(paragraphs)) if i not in labelled}
    if len(answers) < 2 or not questions or min(questions) > min(answers):
        return []
    first_question = min(questions)
    answer_paras: list[int] = []
    in_answer = False
    for i in range(first_question, len(paragraphs)):
        if i in answers:
            in_answer = True
        elif i in questions:
            in_answer = False
        if in_answer:
            answer_paras.append(i)
    intro = [i for i in range(first_question) if i not in answers]
    speaker = _interviewee(title, paragraphs, intro[:3] or [first_question], mentions, people)
    out: list[Quote] = []
    for i in answer_paras:
        chunks = _chunks(paragraphs[i])
        out.extend(Quote(text=chunk, speaker=speaker, sentence=chunk) for chunk in chunks if chunk)
    return out


# --------------------------------------------------------------------------- language and date


_NUMBER_WORDS = (
    "hundred", "thousand", "million", "billion", "dozen", "one ", "two ", "three ", "four ",
    "five ", "six ", "seven ", "eight ", "nine ", "ten ", "twelve ", "twenty", "thirty", "fifty",
    "сто ", "тысяч", "млн", "млрд", "два ", "две ", "три ", "пять ", "десять ",
)  # fmt: skip
_DIGIT = re.compile(r"\d")


def _may_hold_number(sentence: str) -> bool:
    """Cheap filter before the figure parser: digits, or a number word."""
    if _DIGIT.search(sentence):
        return True
    lower = sentence.lower()
    return any(word in lower for word in _NUMBER_WORDS)


_EN_PROBE = re.compile(r"[A-Za-z]+")
_EN_FUNCTION = frozenset(
    {"the", "of", "and", "to", "in", "is", "that", "for", "with", "on", "as", "by", "was", "it"}
)
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """ISO 639-1 code; Cyrillic script decides quickly between Russian and Ukrainian."""
    sample = text[:3000]
    cyr = len(_CYR.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyr > latin:
        return "uk" if len(_UK_LETTERS.findall(sample)) > 0.005 * cyr else "ru"
    if not latin:
        return "en"
    words = _EN_PROBE.findall(sample[:1500])
    if len(words) >= 30 and sum(1 for w in words if w.casefold() in _EN_FUNCTION) > 0.15 * len(
        words
    ):
        return "en"  # unmistakably English: skip the classifier
    code, _ = py3langid.classify(sample[:800])
    return str(code)


_PAST_YEAR = re.compile(
    r"(?:back\s+in|since|as\s+early\s+as|ago|earlier\s+in|in\s+the\s+early|ещё\s+в|еще\s+в|с)\s*$",
    re.I,
)
_FUTURE_YEAR = re.compile(
    r"(?:by|until|till|through|before|to|up\s+to|до|к|by\s+the\s+end\s+of)\s*$", re.I
)
_OF_YEAR = re.compile(r"\bof\s+$", re.I)
_YEAR_GENITIVE = re.compile(r"\s+года\b")
_THIS_YEAR = re.compile(r"\bthis\s+year\b|\bв\s+этом\s+году\b|\bнынешн\w+\s+год", re.I)


def _infer_year(paragraphs: list[str], mentions: list[Mention]) -> int | None:
    """A year for a day-month date from the text's own evidence, or None."""
    text = "\n".join(paragraphs)
    years = [f.year for f in full_dates(text) if f.year]
    if years:
        return max(years)
    gz = gazetteer()
    for m in mentions:
        year = gz.event_years.get(m.name)
        if year is None:
            continue
        para = paragraphs[m.para]
        for sentence in split_sentences(para):
            if _THIS_YEAR.search(sentence) and para[m.start : m.end] in sentence:
                return year
    floor = 0
    candidates = []
    for y in YEAR.finditer(text):
        before = text[max(0, y.start() - 25) : y.start()]
        year = int(y.group("y"))
        if _OF_YEAR.search(before) or _YEAR_GENITIVE.match(text, y.end()):
            continue  # "the declaration of 1991", "декларации 1991 года": a description
        if _PAST_YEAR.search(before):
            floor = max(floor, year + 1)
        elif not _FUTURE_YEAR.search(before):
            candidates.append(year)
    good = [c for c in candidates if c >= floor]
    return max(good) if good else None


def _published(doc: RawDocument, mentions: list[Mention]) -> tuple[dt.date | None, DateOrigin]:
    if doc.meta.published:
        return doc.meta.published, DateOrigin.METADATA
    if doc.text_date:
        return doc.text_date, DateOrigin.TEXT
    text = "\n".join(doc.paragraphs)
    dates = [to_date(f.year or 0, f.month, f.day) for f in full_dates(text)]
    valid = [d for d in dates if d]
    if valid:
        return max(valid), DateOrigin.TEXT
    partial = day_months(text)
    if partial:
        year = _infer_year(doc.paragraphs, mentions)
        if year is not None:
            inferred = to_date(year, partial[0].month, partial[0].day)
            if inferred:
                return inferred, DateOrigin.INFERRED
    return None, DateOrigin.UNKNOWN


# --------------------------------------------------------------------------- article


def _short_hash(value: str, size: int = 12) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:size]


def _normalised(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _title(doc: RawDocument) -> str:
    if doc.meta.title:
        return doc.meta.title
    if doc.title:
        return doc.title
    first = split_sentences(doc.paragraphs[0])[0] if doc.paragraphs else doc.source_name
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def analyse(doc: RawDocument) -> Article:
    """Everything about one document except its topics (left empty for the topic stage)."""
    paragraphs = doc.paragraphs
    title = _title(doc)
    url = str(doc.meta.url) if doc.meta.url else None
    mentions = _scan(paragraphs)
    places = _dedupe([m.name for m in mentions if m.kind == Kind.PLACE])
    orgs = _dedupe([m.name for m in mentions if m.kind == Kind.ORG])
    people = _resolve_people(
        mentions, paragraphs, set(places) | set(_alias_surfaces(mentions, paragraphs))
    )
    published, origin = _published(doc, mentions)
    language = doc.meta.language or detect_language(title + "\n" + "\n".join(paragraphs))
    figures: list[Figure] = []
    seen_figures: set[tuple[str, float, str | None]] = set()
    for paragraph in paragraphs:
        if not _may_hold_number(paragraph):
            continue
        for sentence in split_sentences(paragraph):
            if not _may_hold_number(sentence):
                continue
            for figure in find_figures(sentence):
                key = (figure.text.casefold(), figure.value, figure.unit)
                if key not in seen_figures:  # the same figure restated is one figure
                    seen_figures.add(key)
                    figures.append(figure)
    dashes = _dash_matches(paragraphs)
    quotes = _interview_quotes(title, paragraphs, mentions, people, dashes)
    seen_quotes = {q.text for q in quotes}
    quotes += [
        q for q in _quotes(paragraphs, mentions, people, dashes) if q.text not in seen_quotes
    ]
    content = "\n".join(
        _normalised(x)
        for x in [title, doc.meta.outlet or "", url or "", str(published or ""), *paragraphs]
    )
    return Article(
        id=_short_hash(url or doc.source_name),
        title=title,
        outlet=doc.meta.outlet,
        url=url,
        published=published,
        date_origin=origin,
        language=language,
        source_name=doc.source_name,
        source_format=doc.source_format,
        content_hash=_short_hash(content, 32),
        paragraphs=list(paragraphs),
        people=people.people,
        organisations=orgs,
        places=places,
        figures=figures,
        quotes=quotes,
    )


def _alias_surfaces(mentions: list[Mention], paragraphs: list[str]) -> list[str]:
    """Place names as written ("Azerbaijan’s" → "Azerbaijan"), to strip them from roles."""
    return [paragraphs[m.para][m.start : m.end] for m in mentions if m.kind == Kind.PLACE]
