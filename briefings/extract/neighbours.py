"""Names found by what stands next to them: a lone surname after a role, a speech verb or
an honorific ('Министр обороны Шойгу', '— указал Шойгу.', 'Mr Peters'), and the other names
of a list that holds a person ('A B, C D and E F')."""

from __future__ import annotations

import re

from briefings.extract.evidence import ADDRESSEE_BEFORE, NAME_SUFFIX
from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.mention import Mention
from briefings.extract.name_tokens import is_function_word
from briefings.extract.names import (
    adjacent,
    is_given,
    is_name_token,
    is_role_word,
    joined,
    regnal_title_before,
    title_like,
)
from briefings.extract.patterns import (
    HONORIFIC,
    ROLE_BEFORE,
    RU_ROLE_BEFORE,
    VERB,
    VERB_AFTER_NAME,
)

_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s+(?:and|и)\s+|\s*,\s*(?:and|и)\s+)$")
_AND_GAP = re.compile(r"^\s*,?\s*(?:and|и)\s+$")
# "…, C D, R. Quist and E F": an item written with an initial between two names of a list.
_INITIALLED_ITEM_GAP = re.compile(
    r"^\s*,\s*(?:[A-Z]\.\s?){1,2}[A-Z][a-z'’-]{2,}\s*,?\s*(?:and|и)\s+$"
)
# Items of a list each followed by their field ("A B in rallies, C D in superbikes, and E F
# in trucks"): a short "in"/"at"/"for" phrase before the comma is the item's, not the list's.
_QUALIFIED_GAP = re.compile(
    r"^\s+(?:in|at|for|with|from)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*(?P<conj>and\s+)?$"
)
# A comma alone joins names of a list only when the list goes on to "and" ("A, B and C",
# "A, B, and more"); "Minister for X and Arms Control, Phil Twyford, said" is a title and its
# holder.
# An initial's full stop inside the list ("A B, R. C and D E") ends no sentence.
_IN_SENTENCE = r"(?:[^.;:!?]|(?<=(?<![\w.])[A-ZА-ЯЁ])\.)"
_LIST_GOES_ON = re.compile(
    _IN_SENTENCE + r"{0,400}?(?:,\s*|\s)(?:and|и)\s+"
    r"(?:[A-ZА-ЯЁ]|others\b|many\b|more\b|других\b|многих\b)"
)

# One lowercase word between a list's comma and a name says what the person is ("A B, the
# mayor's C D, shipowner E F and the director G H"): the item is a person all the same.
_DESCRIBED_GAP = re.compile(r"^\s*,\s+(?P<word>[a-z][a-z-]{3,})\s+$")
_NOT_DESCRIPTION = re.compile(rf"^(?:{VERB})$|(?:ing|ed|ly)$")
# Such a list goes on to "and" and its last item, which may open on "the" ("and the X").
_DESCRIBED_LIST_GOES_ON = re.compile(_IN_SENTENCE + r"{0,400}?(?:,\s*|\s)and\s+(?:the\s+)?[A-Z]")


def listed(
    p: int, text: str, people: list[Mention], rejected: list[tuple[int, int, str]]
) -> list[Mention]:
    """Names listed next to a person ('A B, C D and E F') are people too."""
    spans = sorted([(m.start, m.end) for m in people])
    out: list[Mention] = []
    changed = True
    while changed:
        changed = False
        for item in list(rejected):
            start, end, name = item
            if any(
                _linked(text, b, start) or _linked(text, end, a)
                for a, b in spans
                if b <= start or a >= end
            ):
                out.append(Mention(p, start, end, Kind.PERSON, name))
                spans.append((start, end))
                rejected.remove(item)
                changed = True
    return out


def _linked(text: str, left_end: int, right_start: int) -> bool:
    """Two names side by side in a list: 'and' between them, or a comma in a list that goes
    on to 'and'."""
    if left_end > right_start:
        return False
    gap = text[left_end:right_start]
    if _AND_GAP.match(gap) or _INITIALLED_ITEM_GAP.match(gap):
        return True
    if (qualified := _QUALIFIED_GAP.match(gap)) is not None:
        return qualified.group("conj") is not None or bool(_LIST_GOES_ON.match(text, right_start))
    if (described := _DESCRIBED_GAP.match(gap)) is not None:
        word = described.group("word")
        return (
            not is_function_word(word)
            and _NOT_DESCRIPTION.search(word) is None
            and _DESCRIBED_LIST_GOES_ON.match(text, right_start) is not None
        )
    return _LIST_GAP.match(gap) is not None and _LIST_GOES_ON.match(text, right_start) is not None


_RU_OBLIQUE_ADJECTIVE = re.compile(r"[а-яё](?:ого|его|ому|ему|ой|ых|их|ым|им)$")
_SINGLE_AFTER_VERB = re.compile(
    rf"(?:(?:^|[\s,—–-]){VERB}|\b(?:according\s+to|по\s+словам))\s+(?:[A-ZА-ЯЁ]\.\s*)?$", re.I
)


_NUMBER_AFTER = re.compile(r"[ \u00a0]\d")
# "Chief Revenue and Operations Officer": an office's field joined to another, the office
# word after them; the word is the field's, no surname.
_JOINED_FIELD_AFTER = re.compile(
    r"[ \u00a0]+(?:and|&)[ \u00a0]+(?:[A-Z][\w-]*[ \u00a0]+){0,2}([A-Z][\w-]*)"
)
# A lowercase noun of a body right after the word: "Novira news agency", "Vesti channel".
_BODY_NOUN_AFTER = re.compile(
    rf"[ \u00a0]+(?:news\s+)?{alternatives(lexicon().both('body_nouns_after_name'))}(?![\w-])"
)
# A capitalised adjective of nationality ("Cuban", "Korean", "Chinese") and a lowercase noun
# after it that is no speech verb: "Pashinyan said" stays a surname.
_OF_AFTER = re.compile(r"[ \u00a0]of\s")
_ADJECTIVE_SHAPE = re.compile(r"(?:an|ese|ish|ic|i)$")
_NOUN_AFTER = re.compile(rf"[ \u00a0](?!{VERB}\b)[a-z]")
# Two capitalised words, then a lowercase one: a name the role already introduced.
_NAME_THEN_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+\s+[A-ZА-ЯЁ][a-zа-яё]+\s+[a-zа-яё]")


def adjective_use(text: str, cap: re.Match[str]) -> bool:
    """A capitalised word used as an adjective of nationality: its shape and a lowercase
    noun after it that is no speech verb ("Kurdish forces", "Ukrainian runners")."""
    return (
        _ADJECTIVE_SHAPE.search(cap.group()) is not None
        and _NOUN_AFTER.match(text, cap.end()) is not None
        and not is_given(cap.group())
    )


def _open_role(role: re.Match[str] | None) -> bool:
    """A role that still waits for its name: not 'губернатор Игорь Кобзев передал награду
    администрации', whose name came long before the word after it."""
    return role is not None and _NAME_THEN_WORD.search(role.group()) is None


# A Latin surname of the region's traditions by its ending ("-ov", "-enko", "-shvili").
_ENDINGS = sorted(lexicon().en.surname_endings, key=len, reverse=True)
_SHAPED_SURNAME = re.compile(rf"^[A-Z][a-z]{{2,}}(?:{'|'.join(_ENDINGS)})$")


def _speaking_surname(text: str, cap: re.Match[str]) -> bool:
    """'Kuzmichev said', even opening a sentence or right after a quotation: one word shaped
    as a surname of the region, which the gazetteer knows as no place or body, then a speech
    verb is a person the article names by surname alone."""
    token = cap.group()
    return (
        _SHAPED_SURNAME.match(token) is not None
        and (norm(token),) not in gazetteer().index
        and VERB_AFTER_NAME.match(text[cap.end() : cap.end() + 90]) is not None
    )


def single_surnames(p: int, text: str, caps: list[re.Match[str]], used: set[int]) -> list[Mention]:
    """A lone capitalised word right after a role or a speech verb ('Министр обороны России
    Шойгу', '— указал Шойгу.'): a surname, resolved later against full names."""
    out: list[Mention] = []
    for c, cap in enumerate(caps):
        token = cap.group()
        if c in used or not is_name_token(token) or is_role_word(token):
            continue
        if is_given(token) and regnal_title_before(text, cap.start()) is None:
            continue  # a first name alone is no surname, unless a king's or a pope's
        if _RU_OBLIQUE_ADJECTIVE.search(token):
            continue  # "эксперт Бакинского центра": an adjective, not a surname
        neighbours = [k for k in (c - 1, c + 1) if 0 <= k < len(caps) and k not in used]
        if neighbours and neighbours[0] == c - 1 and regnal_title_before(text, cap.start()):
            neighbours = neighbours[1:]  # "King Salman": no run starts on the title
        if any(
            is_name_token(caps[k].group())
            and joined(text, *sorted((cap, caps[k]), key=lambda m: m.start()))
            for k in neighbours
        ):
            continue  # part of a longer run, decided above
        following = caps[c + 1] if c + 1 < len(caps) else None
        if following is not None and adjacent(text, cap, following):
            number = NAME_SUFFIX.match(text, cap.end())
            if number is not None and regnal_title_before(text, cap.start()) is not None:
                # "King Harald V": a monarch's own name and his number
                name = f"{token} {number.group('suffix')}"
                out.append(Mention(p, cap.start(), number.end(), Kind.PERSON, name, partial=True))
            continue  # "Caucasus Research Group": the word goes on into a name of its own
        if _NUMBER_AFTER.match(text, cap.end()):
            continue  # "Formula 1", "Terminal 2": a thing's name goes on in a number
        field = _JOINED_FIELD_AFTER.match(text, cap.end())
        if field is not None and is_role_word(field.group(1)):
            continue  # "Chief Revenue and Operations Officer": the office goes on
        if title_like(token) and _OF_AFTER.match(text, cap.end()):
            continue  # "Chief Executive of X", "Chief Monitor of Y": the office goes on
        if adjective_use(text, cap):  # not "King Salman to help": a first name
            continue  # "the official Cuban delegation": a nationality before its noun
        before = text[max(0, cap.start() - 90) : cap.start()]
        head = before.rstrip()
        if HONORIFIC.search(before) is not None:  # "Mr Peters says", "Dr. Lind"
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, token, partial=True))
            continue
        if _speaking_surname(text, cap):  # "“…,” Kuzmichev told reporters"
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, token, partial=True))
            continue
        initial = re.search(r"(?:^|\s)[A-ZА-ЯЁ]\.$", head) is not None  # "К. Абдрахманов"
        if not head or (head[-1] in '.!?:;,"“”«»—–-(' and not initial):
            continue  # a sentence's first word
        words = head.split()
        if len(words[-1]) <= 3 and words[-1].islower():
            continue  # "в Таллинне", "in Tallinn": a place after a preposition
        if words[-1] == "The":
            continue  # "CEO of The Kinfolk": a body's name that keeps its article
        if _BODY_NOUN_AFTER.match(text, cap.end()):
            continue  # "quoted by the state Novira news agency": the word names the body
        ends_clause = re.match(r"\s*[,.;!?]", text[cap.end() :]) is not None
        after_verb = (
            ends_clause
            and _SINGLE_AFTER_VERB.search(before) is not None
            and ADDRESSEE_BEFORE.search(before) is None
        )
        # The anchored role patterns are costly: only where a role word is near at all.
        near = words[-8:]
        after_role = (
            not after_verb
            and any(
                is_role_word(w) or is_role_word(f"{w} {x}")
                for w, x in zip(near, [*near[1:], ""], strict=True)
            )
            and _open_role(ROLE_BEFORE.search(before) or RU_ROLE_BEFORE.search(before))
        )
        if after_role or after_verb:
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, token, partial=True))
    return out
