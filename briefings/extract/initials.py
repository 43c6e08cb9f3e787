"""People named by an initial and a surname: "S. Jaishankar", and the Mongolian press's
"N.Enkhtaivan" / "Д.Сумъяабазар" (father's initial glued to the name by a dot); the Indian
press's initials without dots ("S Jaishankar", "A K Mishra", "TR Zeliang", "K P Sharma Oli").

The capitalised-word scan needs two name words, so these fall through it. An initial and a
surname are taken only where the text marks a person: an office or an honorific right before
them, or a speech verb right after.
"""

from __future__ import annotations

import re

from briefings.extract.gazetteer import Kind, compatible, gazetteer, norm
from briefings.extract.lexicon import lexicon
from briefings.extract.mention import Mention
from briefings.extract.names import is_name_token, without_quoted_body
from briefings.extract.patterns import (
    HONORIFIC,
    ROLE_AFTER,
    ROLE_BEFORE,
    RU_ROLE_BEFORE,
    VERB_AFTER_NAME,
    VERB_BEFORE_NAME,
)

# An initial, a dot, maybe one space, then a surname of three letters or more. The initial
# must not follow a letter or a dot ("U.S. Navy", "e.g. Baku") and the surname must not go on
# into another initial ("J.R.R. Tolkien" is left to the scan); a full stop ending the sentence
# after the surname ("led by Captain H. Rao.") is no initial.
# A transliterated initial may take two letters ("Ya. Sodbaatar"), only from a closed list:
# "Mr. Lind", "St. Petersburg" and "Dr. Berg" are no initials.
_DIGRAPHS = "|".join(sorted(gazetteer().initial_digraphs, key=len, reverse=True))
_ONE_INITIAL = rf"(?:{_DIGRAPHS + '|' if _DIGRAPHS else ''}[A-ZА-ЯЁ])\."
# "П.Р. Сомов", "A. E. Tarnovsky": the first name's and the father's initials, both dotted.
_INITIALLED = re.compile(
    rf"(?<![\w.])(?P<initial>{_ONE_INITIAL}(?: ?{_ONE_INITIAL})?) ?"
    r"(?P<surname>[A-ZА-ЯЁ][a-zа-яё'’-]{2,})(?!\w|\.\w)"
)


# Initials without dots: one or two capitals apart ("A K Mishra", "S Jaishankar") or two glued
# ("TR Zeliang"), then a surname, maybe with a second name word ("K P Sharma Oli"). "A" and
# "I" alone open sentences, so a lone initial is any other capital.
_BARE_INITIALLED = re.compile(
    r"(?<![\w.'’&/-])(?P<initial>[A-Z] [A-Z]|[A-Z]{2}|[B-HJ-Z])"
    r" (?P<surname>[A-Z][a-z'’-]{2,}(?: [A-Z][a-z'’-]{2,})?)(?![\w'’-]|\.\w)"
)
# Two glued capitals that are an office ("CM", "MP", "PM") or a country ("US") are no
# initials: "PM Jane Doe" is a title and a name.
_NOT_INITIALS = frozenset(
    h.casefold()
    for h in (*lexicon().en.role_heads, *(s for g in lexicon().en.title_synonyms for s in g))
)


def _marked(text: str, start: int, end: int, *, after_name: bool = True) -> bool:
    """An office or honorific right before the name, or (with `after_name`) a speech verb
    right after it, or right before it with a comma after the name ("said B.Tumen, chief
    executive of …"; not "said N.Korea was ready")."""
    before = text[max(0, start - 90) : start]
    # "директором компании «Северный луч» П.Р. Сомовым": the body the office heads, quoted.
    unquoted = without_quoted_body(before) or before
    return bool(
        ROLE_BEFORE.search(before)
        or RU_ROLE_BEFORE.search(before)
        or RU_ROLE_BEFORE.search(unquoted)
        or HONORIFIC.search(before)
        or (after_name and VERB_AFTER_NAME.match(text[end : end + 90]))
        or (
            after_name
            and VERB_BEFORE_NAME.search(_AGE.sub("", before)) is not None
            and text[end : end + 1] == ","
        )
    )


# "said 72-year-old farmer S Tumen": a person's age between the verb and the name.
_AGE = re.compile(r"(?<![\w-])\d{1,3}-year-old(?=\s)")


def _bare_initialled(
    p: int, text: str, found: list[Mention], spoken: frozenset[str]
) -> list[Mention]:
    """Names with initials written without dots, where the text marks a person (or the
    article's lone surname speaks, `spoken`); a name the scan found from the surname on gets
    its initials back."""
    out: list[Mention] = []
    index = gazetteer().index
    for match in _BARE_INITIALLED.finditer(text):
        initials = match.group("initial")
        words = match.group("surname").split()
        if initials.casefold() in _NOT_INITIALS or (norm(initials),) in index:
            continue
        # "A K Mishra Nagaland": a second capitalised word that is no name is not his.
        if len(words) == 2 and (not is_name_token(words[1]) or (norm(words[1]),) in index):
            words = words[:1]
        if not is_name_token(words[0]) or (norm(words[0]),) in index:
            continue
        start = match.start()
        s_start = match.start("surname")
        end = s_start + len(" ".join(words))
        overlapping = [m for m in found if m.start < end and start < m.end]
        if overlapping:
            for m in overlapping:
                if m.kind == Kind.PERSON and not m.known and m.start == s_start:
                    m.start, m.name = start, text[start : max(end, m.end)]
            continue
        # Two glued capitals may be a company's ("TC Harbourworks said"): only an office
        # before them marks a person; spaced initials may also have an office or a speech
        # verb after them ("X Y, the state's chief negotiator"). Two spaced initials ("A K
        # Mishra") are a name's alone: no body or sentence opens with two lone capitals.
        glued = len(initials) == 2
        if not (
            len(initials) == 3
            or _marked(text, start, end, after_name=not glued)
            or (not glued and ROLE_AFTER.match(text[end : end + 90]))
            or words[-1] in spoken
        ):
            continue
        out.append(Mention(p, start, end, Kind.PERSON, text[start:end], partial=True))
    return out


def _body_initials(initials: str, surname: str) -> bool:
    """Two dotted capitals that spell a known place or body ("U.S.", "U.K."), or a word after
    them that no name takes ("Navy"): no person's initials."""
    if initials.count(".") < 2:
        return False
    index = gazetteer().index
    letters = initials.replace(" ", "")
    return (
        (norm(letters),) in index
        or (norm(letters.replace(".", "")),) in index
        or not is_name_token(surname)
    )


def _known_surname(initials: str, surname: str) -> bool:
    """A gazetteer person's surname, in a case form the entry takes, after the initial of a
    first name the gazetteer gives that person ("Б.Нетаньяху", not "Т.Нетаньяху")."""
    index = gazetteer().index
    entry = index.get((norm(surname),))
    if entry is None or entry.kind != Kind.PERSON:
        return False
    if entry.endings and not compatible(entry.endings, [surname]):
        return False
    first = initials[:1].casefold()
    return any(
        len(key) >= 2 and index[key].name == entry.name and key[0][:1].casefold() == first
        for key in index
        if key[-1] == norm(surname)
    )


# "…, C D, R. Quist and E F": a comma after a person's name, then the initialled item, then
# the list going on ("and", or another comma and a capital).
_ITEM_BEFORE = re.compile(r"\s*,\s*$|\s*,?\s*and\s+$")
_ITEM_AFTER = re.compile(r"\s*,?\s*and\s+[A-Z]|\s*,\s*[A-Z]")


def _listed(text: str, start: int, end: int, found: list[Mention]) -> bool:
    """An initialled name that is an item of a list of people found around it."""
    return _ITEM_AFTER.match(text, end) is not None and any(
        m.kind == Kind.PERSON and m.end <= start and _ITEM_BEFORE.fullmatch(text[m.end : start])
        for m in found
    )


def initialled_people(
    p: int, text: str, found: list[Mention], spoken: frozenset[str] = frozenset()
) -> list[Mention]:
    """People written as an initial and a surname, where an office, an honorific or a speech
    verb marks them, outside the spans already found. `spoken`: surnames the article uses
    alone before a speech verb or with an office after them ("Mishra clarified", "Mishra,
    who is the ministry's adviser"): "led by AK Mishra" is that person, though nothing marks
    him where his initials stand."""
    out: list[Mention] = []
    for match in _INITIALLED.finditer(text):
        start, end = match.span()
        overlapping = [m for m in found if m.start < end and start < m.end]
        if overlapping:
            # The surname alone, taken by the lone-surname scan ("К. Абдрахманов"), gets its
            # initial back; anything else found there stands, and a known person keeps the
            # gazetteer's name ("Donald J. Trump" is no "J. Trump").
            for m in overlapping:
                if (
                    m.kind == Kind.PERSON
                    and not m.known
                    and (m.start, m.end) == match.span("surname")
                ):
                    m.start, m.name = start, match.group()
            continue
        surname = match.group("surname")
        if _known_surname(match.group("initial"), surname):
            # "Б.Нетаньяху": the initial glued to a known person's surname hides it from the
            # gazetteer scan; it is that person, whether or not an office stands before it,
            # named as written with the surname in the gazetteer's case ("А.Ципраса" → "А.Ципрас").
            written = gazetteer().surnames.get(norm(surname), surname)
            name = text[start : match.start("surname")] + written
            out.append(Mention(p, start, end, Kind.PERSON, name, partial=True, known=True))
            continue
        if (norm(surname),) in gazetteer().index:
            continue  # "N.Baku" is no one; a known place or body after an initial stays it
        if _body_initials(match.group("initial"), surname):
            continue  # "U.S. Navy", "U.N. Charter": a body's or a place's letters
        if not (_marked(text, start, end) or surname in spoken or _listed(text, start, end, found)):
            continue
        # Partial: "А. Новак" is the article's "Александр Новак" when it names him in full.
        out.append(Mention(p, start, end, Kind.PERSON, match.group(), partial=True))
    return out + _bare_initialled(p, text, found + out, spoken)
