"""Two forms of one person's name in an article, mapped to the one it is named by: a tail of
a longer name, a name with and without the father's name, with and without accents, the
first words of a longer name. `people.resolve_people` merges them."""

from __future__ import annotations

import re
import unicodedata

from briefings.extract.gazetteer import CYR


def tail_aliases(full: list[str]) -> dict[str, str]:
    """Two or more words that end exactly one longer full name of the article are that person,
    not a second one: a two-word surname ('said diplomat Castel Branco' after 'Walden Castel
    Branco'), a surname led or joined by its particle ('Von der Leyen' opening a sentence,
    'Corrêa do Lago'), an Arabic surname with its article ('Аль Саид'). With two such names,
    nobody can tell."""
    aliases: dict[str, str] = {}
    for name in full:
        tokens = name.casefold().split()
        if len(tokens) < 2:
            continue
        longer = [
            other
            for other in full
            if len(other.split()) > len(tokens)
            and other.casefold().split()[-len(tokens) :] == tokens
        ]
        if len(longer) == 1:
            aliases[name] = longer[0]
    return aliases


_PATRONYM = re.compile(r"(?:ович|евич|ич|овна|евна|ична|инична)$")


def patronym_aliases(full: list[str]) -> dict[str, str]:
    """'Михаил Петрович Кубанцев' is the article's 'Михаил Кубанцев' (the same person, once
    with the father's name), not a second person."""
    short = set(full)
    aliases: dict[str, str] = {}
    for name in full:
        tokens = name.split()
        if len(tokens) == 3 and _PATRONYM.search(tokens[1]) and CYR.search(tokens[1]):
            plain = f"{tokens[0]} {tokens[2]}"
            if plain in short:
                aliases[name] = plain
    return aliases


# Latin letters with a stroke that Unicode does not decompose ('Władysław' is 'Wladyslaw').
_STROKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def _plain(name: str) -> str:
    return "".join(
        ch
        for ch in unicodedata.normalize("NFKD", name.translate(_STROKED))
        if not unicodedata.combining(ch)
    ).casefold()


def accent_aliases(full: list[str]) -> dict[str, str]:
    """'Faustin Archange Touadera' is the 'Faustin Archange Touadéra' the same article spells
    with its accent: one person, named as the page spells him best (with the accents)."""
    by_plain: dict[str, list[str]] = {}
    for name in full:
        by_plain.setdefault(_plain(name), []).append(name)
    aliases: dict[str, str] = {}
    for forms in by_plain.values():
        if len(forms) > 1:
            best = max(forms, key=lambda n: sum(not ch.isascii() for ch in n))
            aliases.update({n: best for n in forms if n != best})
    return aliases


def prefix_aliases(full: list[str], names: list[str]) -> dict[str, str]:
    """'Saber Hossain said' after 'Minister Saber Hossain Chowdhury': the first words of
    exactly one longer name the article's prose gives are that person."""
    aliases: dict[str, str] = {}
    for name in full:
        tokens = name.casefold().split()
        if len(tokens) < 2:
            continue
        longer = {
            other
            for other in names
            if len(other.split()) > len(tokens)
            and other.casefold().split()[: len(tokens)] == tokens
        }
        if len(longer) == 1:
            aliases[name] = longer.pop()
    return aliases
