"""Where an article names a place, a body or a person, paragraph by paragraph.

Gazetteer entries are matched first; capitalised runs the gazetteer does not know become
people only when something marks them as a name: a role, an honorific, a known given name,
a speech verb next to them, or the surname used again on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from briefings.extract.gazetteer import (
    CAP_TOKEN,
    NEXT_TOKEN,
    Entry,
    Kind,
    compatible,
    gazetteer,
    norm,
)
from briefings.extract.patterns import (
    HONORIFIC,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_WORD,
    RU_ROLE_BEFORE,
    STOP_CAPITALS,
    VERB_AFTER_NAME,
    VERB_BEFORE_NAME,
)
from briefings.extract.russian import nominative_name


@dataclass
class Mention:
    para: int
    start: int
    end: int
    kind: Kind
    name: str
    partial: bool = False
    known: bool = False  # from the gazetteer, so already a canonical name


@lru_cache(maxsize=4096)
def _is_role_word(token: str) -> bool:
    """'Economist', 'Analyst': a capitalised occupation opening a sentence is not a name."""
    return ROLE_WORD.fullmatch(token) is not None


def scan(paragraphs: list[str]) -> list[Mention]:
    """Gazetteer entities and unknown people, paragraph by paragraph, in order.

    Only capitalised words can start a name, so the scan walks those and extends a match
    word by word while the words so far still begin some gazetteer key.
    """
    gz = gazetteer()
    out: list[Mention] = []
    all_caps = [list(CAP_TOKEN.finditer(text)) for text in paragraphs]
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
    if given in gazetteer().given_names or nominative_name(given) in gazetteer().given_names:
        return True
    # Not a known first name: only trust it when it does not open a sentence.
    head = text[: caps[c - 1].start()].rstrip()
    return bool(head) and head[-1] not in '.!?:;"“”«»—–-'


def _surname_mentions(paragraphs: list[str], found: list[Mention]) -> list[Mention]:
    """Later mentions of a newly found person by surname alone ("Ferrante said", "Керимова")."""
    surnames: dict[str, str] = {}
    for m in found:
        if m.kind == Kind.PERSON and not m.known and " " in m.name:
            surnames.setdefault(norm(m.name.split()[-1]), m.name)
    if not surnames:
        return []
    taken = {(m.para, m.start) for m in found} | {(m.para, m.end) for m in found}
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in found:
        spans.setdefault(m.para, []).append((m.start, m.end))
    out: list[Mention] = []
    for p, text in enumerate(paragraphs):
        for cap in CAP_TOKEN.finditer(text):
            name = surnames.get(norm(cap.group()))
            if name is None or (p, cap.start()) in taken:
                continue
            if any(a <= cap.start() < b for a, b in spans.get(p, ())):
                continue
            out.append(Mention(p, cap.start(), cap.end(), Kind.PERSON, name, partial=True))
    return out


def _is_name_token(token: str) -> bool:
    if len(token) < 2 or not token[0].isupper() or token in STOP_CAPITALS:
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
            or nominative_name(caps[i].group()) in gz.given_names
            or HONORIFIC.search(before) is not None
            or ROLE_BEFORE.search(before) is not None
            or RU_ROLE_BEFORE.search(before) is not None
            or ROLE_AFTER.match(after) is not None
            or VERB_AFTER_NAME.match(after) is not None
            or VERB_BEFORE_NAME.search(before) is not None
        )
        if evidence:
            name = " ".join(t.group() for t in caps[i : j + 1])
            out.append(Mention(p, start, end, Kind.PERSON, name))
            i = j + 1
        else:
            # "Minister of Energy Zhecho Stankov": the run may start with the end of a title.
            i += 1
    return out
