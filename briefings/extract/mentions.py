"""Where an article names a place, a body or a person, paragraph by paragraph.

Gazetteer entries are matched first; capitalised runs the gazetteer does not know become
people only when something marks them as a name: a role, an honorific, a known given name,
a speech verb next to them, or the surname used again on its own (`evidence` holds those cues).
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.evidence import NAME_SUFFIX
from briefings.extract.gazetteer import (
    CAP_TOKEN,
    NEXT_TOKEN,
    Entry,
    Kind,
    compatible,
    gazetteer,
    norm,
)
from briefings.extract.guarded import GuardedPattern
from briefings.extract.initials import initialled_people
from briefings.extract.lexicon import lexicon
from briefings.extract.mention import Mention
from briefings.extract.name_tokens import alone, restored, without_nicknames
from briefings.extract.names import (
    adjacent,
    is_given,
    is_name_token,
    named_after,
    title_like,
)
from briefings.extract.neighbours import adjective_use
from briefings.extract.patterns import (
    HONORIFIC,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_HEAD,
    VERB_AFTER_NAME,
)
from briefings.extract.russian import nominative_name
from briefings.extract.unknown_people import prefixed, unknown_people

# Mention lives in its own module so that neighbours.py can build them; it stays importable
# from here, where the other extractors look for it.
__all__ = ["Mention", "headline_surnames", "scan"]


def scan(paragraphs: list[str]) -> list[Mention]:
    """Gazetteer entities and unknown people, paragraph by paragraph, in order.

    Only capitalised words can start a name, so the scan walks those and extends a match
    word by word while the words so far still begin some gazetteer key.
    """
    gz = gazetteer()
    out: list[Mention] = []
    # A nickname in a name ('Tomas “Steady” X') is read away, its cuts kept to map back.
    original = paragraphs
    cut = [without_nicknames(text) for text in paragraphs]
    paragraphs = [text for text, _ in cut]
    cuts = [c for _, c in cut]
    all_caps = [list(CAP_TOKEN.finditer(text)) for text in paragraphs]
    # A surname the article uses on its own ("… Fabiano Caruana. Caruana played …"); a word
    # only ever next to other capitals ("Framework Convention") is no surname.
    all_alone = [alone(text, caps) for text, caps in zip(paragraphs, all_caps, strict=True)]
    seen = Counter(
        c.group()
        for text, caps, flags in zip(paragraphs, all_caps, all_alone, strict=True)
        for c, free in zip(caps, flags, strict=True)
        if free
        # "Kurdish forces": no surname of "Syrian Kurdish" ("Omerdic and Delic" still are).
        and not (_NATIONALITY_WORD.search(c.group()) and adjective_use(text, c))
    )
    spoken = _spoken_alone(paragraphs, all_caps, all_alone)
    for p, text in enumerate(paragraphs):
        caps = all_caps[p]
        covered_until = -1
        used: set[int] = set()
        surnames: set[int] = set()
        places: dict[int, int] = {}  # end → start of each place named in the paragraph
        for c, cap in enumerate(caps):
            if cap.start() < covered_until:
                used.add(c)
                continue
            words = [cap]
            key: tuple[str, ...] = (norm(cap.group()),)
            best: tuple[int, Entry] | None = None
            pos = cap.end()
            while True:
                entry = gz.index.get(key)
                if entry is not None and (
                    not entry.endings
                    or compatible(entry.endings, [cap.group(), *(w.group(1) for w in words[1:])])
                ):
                    best = (len(words), entry)
                if key not in gz.prefixes or len(words) >= gz.max_len:
                    break
                nxt = NEXT_TOKEN.match(text, pos)
                if nxt is None:
                    break
                words.append(nxt)
                key = (*key, norm(nxt.group(1)))
                pos = nxt.end()
            if best is None:
                continue
            n, entry = best
            if entry.kind == Kind.PERSON and _named_after(text, cap.start(), words[n - 1].end()):
                used.add(c)  # "Heydar Aliyev Foundation", "Дворец Гейдара Алиева": a namesake
                covered_until = words[n - 1].end()
                continue
            if (
                entry.partial
                and n == 1
                and (
                    _other_given_name(text, caps, c, used)
                    or _other_name_after(text, caps, c, entry)
                )
            ):
                # "Samir Hajiyev" is not Hikmet Hajiyev: leave the pair to unknown_people.
                surnames.add(c)
                continue
            if n == 1 and entry.kind == Kind.PLACE and _first_name_of_pair(text, caps, c):
                continue  # "Sofia Lindqvist": a first name that is also a city's name
            if n == 1 and entry.kind != Kind.PERSON and _surname_after_office(text, caps, c, used):
                continue  # "President Ricardo Lagos", "envoy Ann Reuters": a surname also a
                # city's or a firm's name
            if entry.kind == Kind.PLACE:
                places[words[n - 1].end()] = cap.start()
            end = words[n - 1].end()
            out.append(
                Mention(p, cap.start(), end, entry.kind, entry.name, entry.partial, known=True)
            )
            used.add(c)
            covered_until = end
        found = unknown_people(p, text, caps, used, surnames, seen, places)
        found += initialled_people(p, text, [m for m in out if m.para == p] + found, spoken)
        out.extend(prefixed(text, found))
    for m in out:  # back to places in the text as written
        m.start, m.end = restored(cuts[m.para], m.start), restored(cuts[m.para], m.end, end=True)
    paragraphs = original
    out.extend(_surname_mentions(paragraphs, out))
    out.sort(key=lambda m: (m.para, m.start))
    _with_suffixes(paragraphs, out)
    return out


# Endings of words of nationality ("Kurdish", "Ukrainian", "Chinese"), not the "-ic" many
# surnames have.
_NATIONALITY_WORD = re.compile(r"(?:ian|ean|ese|ish)$")


def _spoken_alone(
    paragraphs: list[str], all_caps: list[list[re.Match[str]]], all_alone: list[list[bool]]
) -> frozenset[str]:
    """Capitalised words the article uses alone as a person's: before a speech verb ("Mishra
    clarified") or an office ("Mishra, who is the ministry's adviser")."""
    spoken: set[str] = set()
    for text, caps, flags in zip(paragraphs, all_caps, all_alone, strict=True):
        for c, free in zip(caps, flags, strict=True):
            if not free:
                continue
            after = text[c.end() : c.end() + 90]
            if is_name_token(c.group()) and (
                VERB_AFTER_NAME.match(after) or ROLE_AFTER.match(after)
            ):
                spoken.add(c.group())
    return frozenset(spoken)


def _with_suffixes(paragraphs: list[str], mentions: list[Mention]) -> None:
    """A generational or regnal number right after an unknown full name belongs to it
    ("Harold Mensah III"); a gazetteer name keeps its canonical form, and a surname alone
    ("Mensah") is no full name to extend."""
    for m in mentions:
        if m.kind != Kind.PERSON or m.known or m.partial or len(m.name.split()) < 2:
            continue
        found = NAME_SUFFIX.match(paragraphs[m.para], m.end)
        if found is not None:
            m.end = found.end()
            m.name = f"{m.name} {found.group('suffix')}"


_QUOTED_TITLE_START = re.compile(r"[«“\"](?:[^\W\d_]+\s+){0,2}$")
_INSTITUTION_AFTER = re.compile(r"[ \u00a0]([A-ZА-ЯЁ][^\W\d_]*)")


def _named_after(text: str, start: int, end: int) -> bool:
    """A known person's name inside a body's or a place's name: followed by an institution
    word ("Heydar Aliyev Foundation") or, in Russian, after one ("Фонда Гейдара Алиева")."""
    after = _INSTITUTION_AFTER.match(text, end)
    if after is not None and after.group(1) in gazetteer().institution_words:
        return True
    if _QUOTED_TITLE_START.search(text, max(0, start - 30), start) and text[end : end + 1] in '»”"':
        return True  # танкер «Президент Гейдар Алиев»: a ship or a prize named after him
    return named_after(text, start, text[start:end].split()[0])


def _first_name_of_pair(text: str, caps: list[re.Match[str]], c: int) -> bool:
    """True when a one-word place is a known first name, or any word after an office, followed
    by a name word that is no known name of its own ("Sofia Lindqvist", "manager Chad X", but
    not "Sofia Airport" or "Sofia Bulgaria"). After an office, a place before a full name is
    the office's country ("Energy Minister Ruritania X Y")."""
    if c + 1 >= len(caps):
        return False
    following = caps[c + 1]
    if not is_given(caps[c].group()) and not (
        _office_before(text, caps[c])
        and not (c + 2 < len(caps) and adjacent(text, following, caps[c + 2]))
    ):
        return False
    return (
        adjacent(text, caps[c], following)
        and is_name_token(following.group())
        and (norm(following.group()),) not in gazetteer().prefixes
        and (norm(following.group()),) not in gazetteer().index
    )


# An office's own word right before a name ("General manager Chad X"), not the end of the body
# it heads ("head of the West Ruritania Squad").
# Guarded by the heads' last words, like ROLE_BEFORE: most texts before a word name no office.
_OFFICE_WORD_BEFORE = GuardedPattern(
    re.compile(rf"(?<![\w-])(?i:{ROLE_HEAD})\s+$"),
    (head.split()[-1] for head in lexicon().en.role_heads),
)


def _office_before(text: str, word: re.Match[str]) -> bool:
    """An office's word or an honorific right before the word ("General manager Chad X")."""
    before = text[max(0, word.start() - 60) : word.start()]
    return _OFFICE_WORD_BEFORE.search(before) is not None or HONORIFIC.search(before) is not None


def _surname_after_office(text: str, caps: list[re.Match[str]], c: int, used: set[int]) -> bool:
    """True when a one-word place follows a name word that an office or a title introduces
    ("President Ricardo Lagos"): the place's name is the surname there."""
    if c == 0 or (c - 1) in used or not adjacent(text, caps[c - 1], caps[c]):
        return False
    given = caps[c - 1]
    if not is_name_token(given.group()) or title_like(given.group()):
        return False
    before = text[max(0, given.start() - 90) : given.start()]
    return ROLE_BEFORE.search(before) is not None or HONORIFIC.search(before) is not None


def _other_given_name(text: str, caps: list[re.Match[str]], c: int, used: set[int]) -> bool:
    """True when a known surname follows a first name the gazetteer does not give it."""
    if c == 0 or (c - 1) in used or not adjacent(text, caps[c - 1], caps[c]):
        return False
    given = caps[c - 1].group()
    if not is_name_token(given):
        return False
    if given in gazetteer().given_names or nominative_name(given) in gazetteer().given_names:
        return True
    # Not a known first name: only trust it when it does not open a sentence.
    head = text[: caps[c - 1].start()].rstrip()
    return bool(head) and head[-1] not in '.!?:;"“”«»—–-'


def _other_name_after(text: str, caps: list[re.Match[str]], c: int, entry: Entry) -> bool:
    """True when a known person's surname written first ("Xi") is followed by a given name
    the gazetteer does not give it: the article's own person, or its own spelling."""
    words = entry.name.split()
    if len(words) < 2 or norm(caps[c].group()) != norm(words[0]) or c + 1 >= len(caps):
        return False
    given = caps[c + 1].group()
    return (
        adjacent(text, caps[c], caps[c + 1])
        and is_name_token(given)
        and norm(given) != norm(words[1])
        and (norm(given),) not in gazetteer().index
    )


_NAME_PREFIXES = lexicon().both("name_prefixes")
# The look-ahead names every letter a match can start with, so the engine skips the rest fast.
_SURNAME_TOKEN = re.compile(
    rf"(?=[A-ZÀ-ÖØ-ÞĀ-ŽƏİА-ЯЁ{''.join(sorted({p[0] for p in _NAME_PREFIXES}))}])"
    rf"(?:{CAP_TOKEN.pattern}|(?<![\w.-])(?:{'|'.join(_NAME_PREFIXES)})-[A-ZА-ЯЁ][^\W_]*)"
)


def headline_surnames(
    paragraphs: list[str], found: list[Mention], names: list[str]
) -> list[Mention]:
    """The body's lone surnames ("Ортега отметил") of people only the headline names in full
    ("… рассказал спецпредставитель Лауреано Ортега"): a lead cut off as the headline."""
    return _surname_mentions(paragraphs, found, names)


def _surname_mentions(
    paragraphs: list[str], found: list[Mention], names: list[str] | None = None
) -> list[Mention]:
    """Later mentions of a newly found person by surname alone ("Ferrante said", "Керимова");
    with `names`, of those people instead of the ones found."""
    surnames: dict[str, str] = {}
    for full in (
        names
        if names is not None
        else [m.name for m in found if m.kind == Kind.PERSON and not m.known]
    ):
        if " " in full:
            surnames.setdefault(norm(full.split()[-1]), full)
    if not surnames:
        return []
    taken = {(m.para, m.start) for m in found} | {(m.para, m.end) for m in found}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in found:
        spans.setdefault(m.para, []).append((m.start, m.end))
    out: list[Mention] = []
    for p, text in enumerate(paragraphs):
        for cap in _SURNAME_TOKEN.finditer(text):
            token = cap.group()
            # "аль-Ансари" and, opening a sentence, "Аль-Ансари" are one surname.
            name = surnames.get(norm(token)) or surnames.get(norm(token[:1].lower() + token[1:]))
            if name is None or (p, cap.start()) in taken:
                continue
            if any(a <= cap.start() < b for a, b in spans.get(p, ())):
                continue
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, name, partial=True))
    return out
