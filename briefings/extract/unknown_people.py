"""Runs of capitalised words the gazetteer does not know, read as people's names.

A run becomes a person only when something marks it as a name (a role, an honorific, a known
given name, a speech verb, the surname used alone: `evidence` holds those cues); then the other
names of a list that holds one. `mentions.scan` calls this after the gazetteer pass.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.body_runs import names_a_body
from briefings.extract.evidence import evidence, role_before_place
from briefings.extract.gazetteer import CYR, Kind, gazetteer, norm
from briefings.extract.lexicon import lexicon
from briefings.extract.mention import Mention
from briefings.extract.names import (
    adjacent,
    is_given,
    is_name_token,
    is_office,
    is_role_word,
    joined,
    name_in_run,
    not_a_name,
    owner_and_given,
    patronym_after,
    surname_shaped,
    title_like,
)
from briefings.extract.neighbours import listed, single_surnames
from briefings.extract.run_words import broken_hyphen, closes_with_honorific, middle_initial


def unknown_people(
    p: int,
    text: str,
    caps: list[re.Match[str]],
    used: set[int],
    surnames: set[int],
    seen: Counter[str],
    places: dict[int, int],
) -> list[Mention]:
    """Runs of capitalised words that something marks as a person's name; then the other
    names of a list that holds one ('Alain Ducasse, Jamie Oliver and Ian Pengelley')."""
    out: list[Mention] = []
    rejected: list[tuple[int, int, str]] = []
    i = 0
    while i < len(caps):
        # A name may end in a role word ("Stephen King") but not start with one.
        if i in used or not is_name_token(caps[i].group()) or is_role_word(caps[i].group()):
            i += 1
            continue
        j = i
        while True:
            if (
                j + 1 < len(caps)
                and j + 1 not in used
                and joined(text, caps[j], caps[j + 1])
                and is_name_token(caps[j + 1].group())
                # A name keeps to one script: "… Company Limited Мухамметмырат Аманов".
                and (CYR.search(caps[j].group()) is None)
                == (CYR.search(caps[j + 1].group()) is None)
                and not _second_name_opens(caps, i, j)
            ):
                j += 1
            elif broken_hyphen(text, caps, j, used):
                j += 1  # "Onanga- Anyanga": one surname, broken after its hyphen
            elif middle_initial(text, caps, j, used):
                j += 2  # "Hilda C. Heine": the initial stays in the name's text
            elif (k := patronym_after(text, caps, j)) is not None and not used & {*range(j, k + 1)}:
                j = k  # "Azlan bin Tun Rahmat": the father's honorific inside the name
            elif closes_with_honorific(text, caps, j, used, full=j > i):
                j += 1  # "Zaw Min Tun,": a word that is a title before a name ends this one
            else:
                break
        following = caps[j + 1] if j + 1 < len(caps) else None
        if (
            following is not None
            and adjacent(text, caps[j], following)
            and following.group() in gazetteer().institution_words
            and not is_given(caps[i].group())
        ):
            i = j + 1  # "Strategic Working Group", "Baku City Circuit": a body's name
            continue
        best = name_in_run([c for c in caps[i : j + 1] if len(c.group()) > 1], text)
        if j > i and best == [caps[j]] and owner_and_given(caps[j - 1].group(), caps[j].group()):
            # "Сын Елены Игорь": the son is named by his first name alone
            out.append(Mention(p, caps[j].start(), caps[j].end(), Kind.PERSON, caps[j].group()))
            i = j + 1
            continue
        realm = len(best) >= 3 and _realm_title(text, best[0])
        if realm:
            best = best[1:]  # the title marks the rest as a person's name
        # Else, at a sentence's start, a shorter tail may be the name: "Пекарь Самир Гулиев"
        # is Самир Гулиев; mid-sentence, a first name is no title to drop.
        head = text[: best[0].start()].rstrip()
        opening = not head or head[-1] in '.!?:;"“”«»—–-'
        tails = [caps[k : j + 1] for k in range(caps.index(best[0]) + 1, j)] if opening else []
        for run in [best, *tails]:
            single = len(run) == 1
            one = _given_and_prefixed(p, text, caps, caps.index(run[0]), used) if single else None
            if one is not None:
                out.append(one)
                break
            if len(run) < 2:
                continue
            start, end = run[0].start(), run[-1].end()
            if (
                not_a_name(text, caps, caps.index(run[0]))
                or names_a_body(text, run)
                or is_office(run)
                or _body_in_genitive(run)
            ):
                continue
            first = caps.index(run[0])
            # "… Champion X Y"; "Brunei Sultan X Y"; not "… Munition Remediation Roadmap",
            # whose own first word is shaped like an office too
            titled = (
                first > i
                and (realm or title_like(caps[first - 1].group()))
                and not title_like(run[0].group())
            )
            if (
                titled
                or evidence(text, start, end, run, caps.index(run[-1]) in surnames, seen)
                or role_before_place(text, start, places)
                or surname_shaped(run)
            ):
                out.append(Mention(p, start, end, Kind.PERSON, text[start:end]))
                break
        else:
            if (
                len(best) >= 2
                and not not_a_name(text, caps, caps.index(best[0]))
                and not names_a_body(text, best)
                and not is_office(best)
            ):
                rejected.append(
                    (best[0].start(), best[-1].end(), text[best[0].start() : best[-1].end()])
                )
        i = j + 1
    out.extend(listed(p, text, out, rejected))
    # A lone word the run scan already took ("Khalil al-Hayya") is not a surname again.
    taken = [(m.start, m.end) for m in out]
    out.extend(
        m
        for m in single_surnames(p, text, caps, used)
        if not any(a <= m.start < b for a, b in taken)
    )
    return out


# "Комиссии Африканского (союза)": a capitalised adjective in the genitive, whose noun
# follows in lowercase, ends a body's name, not a person's.
_RU_ADJECTIVE_GENITIVE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ого|его)$")


# "Северной Приморской (Республики)": feminine adjectives in an oblique case, every word of
# the run, are a place's or a body's name whose noun follows; a woman's name in that case
# ("Анны Ковальской") opens on her first name.
_RU_FEMININE_ADJECTIVE = re.compile(r"^[А-ЯЁ][а-яё]{2,}(?:ской|цкой|ной)$")


def _body_in_genitive(run: list[re.Match[str]]) -> bool:
    """A run that ends on a genitive adjective, or is all feminine adjectives, and opens on
    no known first name ("Дмитрия Полянского" is a man's name in the genitive)."""
    if is_given(run[0].group()):
        return False
    return _RU_ADJECTIVE_GENITIVE.match(run[-1].group()) is not None or all(
        _RU_FEMININE_ADJECTIVE.match(t.group()) for t in run
    )


# A genitive first name and surname ("Петра Котова"): both end so, as a nominative man's
# name does not.
_RU_GENITIVE = re.compile(r"[А-ЯЁ][а-яё-]+[ая]")


def _second_name_opens(caps: list[re.Match[str]], i: int, j: int) -> bool:
    """'Агент защитника Петра Котова Иван Лыков заявил': a name in the genitive (whose agent,
    whose coach), then the speaker's own name, which opens on a first name in the nominative."""
    nxt = caps[j + 1].group()
    return (
        j == i + 1
        and nxt in gazetteer().given_names
        and not nxt.endswith(("а", "я"))
        and all(_RU_GENITIVE.fullmatch(caps[k].group()) for k in (i, j))
    )


_REGNAL_TITLES = frozenset(lexicon().en.regnal_titles)
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w-]+)\s+$")


def _realm_title(text: str, title: re.Match[str]) -> bool:
    """'Brunei Sultan X Y', 'Sultan of Brunei Sultan X Y': a monarch's title right after his
    realm's name is the title, not a first name ("Sultan Z Y" alone may be a first name)."""
    if title.group() not in _REGNAL_TITLES:
        return False
    realm = _WORD_BEFORE.search(text, max(0, title.start() - 40), title.start())
    if realm is None:
        return False
    entry = gazetteer().index.get((norm(realm.group(1)),))
    return entry is not None and entry.kind == Kind.PLACE


# A page may glue the prefix with a non-breaking hyphen ("al\u2011Hayya"): one name all the same.
_PREFIXED = re.compile(
    rf"[ \u00a0](?:{'|'.join(lexicon().both('name_prefixes'))})[-\u2011][A-ZА-ЯЁ][^\W_]+"
    r"(?:[-\u2011][^\W_]+)*"
)


def _given_and_prefixed(
    p: int, text: str, caps: list[re.Match[str]], first: int, used: set[int]
) -> Mention | None:
    """'Khalil al-Hayya': one capitalised word, then a surname behind a lowercase prefix, is a
    name when the first word is a known first name or something else marks a person."""
    word = caps[first]
    tail = _PREFIXED.match(text, word.end())
    if tail is None or is_role_word(word.group()):
        return None
    start, end = word.start(), tail.end()
    if any(k in used for k, c in enumerate(caps) if word.end() <= c.start() < end):
        return None  # the surname is a known person's already
    # No "seen on its own" evidence here: that is the first word's count, not the surname's.
    if not (
        is_given(word.group())
        or _shares_case(word.group(), tail.group())
        or evidence(text, start, end, [word], False, Counter())
    ):
        return None
    return Mention(p, start, end, Kind.PERSON, text[start:end].replace("\u00a0", " "))


_INSTRUMENTAL_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:ом|ем|ём)")


def _shares_case(first: str, tail: str) -> bool:
    """'с Омаром аль-Баширом': a first word and a prefixed surname that both end in the
    instrumental are a man's name in that case, known or not (no nominative name does)."""
    surname = re.split(r"[-\u2011]", tail.strip(), maxsplit=1)[-1]
    return all(_INSTRUMENTAL_WORD.fullmatch(w) for w in (first, surname))


def prefixed(text: str, found: list[Mention]) -> list[Mention]:
    """'Abdel Fattah al-Sisi': a lowercase prefix hyphened to the surname hides it from the
    capitalised-word scan; it ends the name it follows."""
    for m in found:
        if m.kind == Kind.PERSON:
            tail = _PREFIXED.match(text, m.end)
            if tail is not None:
                m.end = tail.end()
                m.name = m.name + tail.group().replace("\u00a0", " ")
    return found
