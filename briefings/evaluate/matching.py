"""Whether an extracted figure, quote or person is the labelled one.

A gold quote's `speaker` may be an organisation (`speaker_kind: organisation`), or null for
direct speech the text does not attribute (which must then get no speaker). A name matches
when it is the same after normalising case and marks, or when both are written forms of one
gazetteer person ("Арарат Мирзоян" is "Ararat Mirzoyan"), or when the label gives a surname
alone and the extracted full name is that surname's person ("Modi" is "Narendra Modi", "Байден"
is "Joe Biden"); never the other way round, since a surname alone is less than the label asked
for. A Russian name in another grammatical case is the same name ("Сергеем Глазьевым" is "Сергей
Глазьев"): labels are copied from the text, which declines names. A fuller or shorter form with
the same first and last word is the same name ("Mia Amor Mottley" is "Mia Mottley"). An
extracted quote whose text matches a gold quote but whose speaker is set and is not the gold
speaker is counted apart as a wrong speaker: worse than none. A speaker named only in part (the
label's surname, its last words, or the initials of a body the label names: "Davis" for "Philip
Davis", "MFA" for "Ministry of Foreign Affairs") is counted apart again: not right, since the
reader gets less than the label, but not another speaker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz

from briefings.evaluate.gold import GoldQuote
from briefings.extract.lexicon import lexicon
from briefings.models import Figure, Person, Quote

#: A gold quote matches an extracted one when this similar (partial match, 0-100).
QUOTE_SIMILARITY = 90.0
#: A gold name matches an extracted one when this similar (0-100), e.g. for ’ vs '.
NAME_SIMILARITY = 92.0

_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "\u00a0": " ", "\u202f": " "})
_QUOTE_MARKS = re.compile(r"[\"'“”„«»‘’`]")


def normalise(text: str) -> str:
    """Case, width, dashes, quote marks and spacing do not decide a match."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = _QUOTE_MARKS.sub("", text)
    return " ".join(text.casefold().split())


def figure_found(gold: str, figures: Iterable[Figure]) -> bool:
    """The gold string lies within an extracted figure's text, or holds one whole."""
    wanted = normalise(gold)
    for figure in figures:
        got = normalise(figure.text)
        if not got:
            continue
        if wanted in got or (any(c.isdigit() for c in got) and got in wanted):
            return True
    return False


def _canonical(name: str) -> str:
    """The gazetteer's name for a full name or a body ('Арарат Мирзоян' → 'Ararat Mirzoyan',
    'Armenian Foreign Ministry' → 'Ministry of Foreign Affairs of Armenia'), else the name.
    A surname alone stays itself: 'Aliyev' is not proof of 'Ilham Aliyev'."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    key = tuple(norm(t) for t in name.split())
    entry = gazetteer().index.get(key)
    if entry is None or (entry.kind == Kind.PERSON and len(key) < 2):
        return name
    return entry.name


def _surname_of(gold: str, name: str) -> bool:
    """A one-word label names the extracted full name's bearer: its last word as written, or a
    surname the gazetteer files under the same person."""
    from briefings.extract.gazetteer import Kind, gazetteer, norm

    label, words = normalise(gold), normalise(name).split()
    if " " in label or len(words) < 2:
        return False
    if words[-1] == label:
        return True
    entry = gazetteer().index.get((norm(gold.strip()),))
    return (
        entry is not None
        and entry.kind == Kind.PERSON
        and normalise(entry.name) == normalise(_canonical(name))
    )


def _other_form(gold: str, name: str) -> bool:
    """Two forms of one name: same first and last word, one holding the other's words in order
    ("Mia Amor Mottley", "Mia Mottley")."""
    a, b = normalise(gold).split(), normalise(name).split()
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    words = iter(long)
    return all(word in words for word in short)


#: A declined Russian word keeps this much of its stem and changes at most `_CASE_ENDING` letters.
_MIN_STEM = 3
_CASE_ENDING = 3
_CYRILLIC = re.compile(r"[а-яё]")


def _declined_form(gold: str, name: str) -> bool:
    """The same Russian name in two grammatical cases: as many words, each pair sharing a stem
    and differing only in an ending of up to three letters ("Пушпы Камала" / "Пушпа Камал")."""
    a, b = normalise(gold).split(), normalise(name).split()
    if len(a) != len(b) or not _CYRILLIC.search(" ".join(a + b)):
        return False
    for x, y in zip(a, b, strict=True):
        stem = next(
            (i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y))
        )
        if stem < _MIN_STEM or max(len(x), len(y)) - stem > _CASE_ENDING:
            return False
    return True


_NOT_INITIALS = frozenset({"of", "the", "and", "for", "on"})


def _initials(words: list[str]) -> str:
    """A body's acronym from its (normalised) words: "MFA" of "Ministry of Foreign Affairs"."""
    return "".join(w[0] for w in words if w not in _NOT_INITIALS)


def named_in_part(gold: str, name: str) -> bool:
    """`name` is part of the label: its last word or words, a body's name without the owner the
    label gives it, or the initials of the body it names ("Davis" of "Philip Davis", "San Miguel"
    of "Walker San Miguel", "Ministry of Energy" of "Ministry of Energy of Ruritania", "MFA" of
    "Ministry of Foreign Affairs")."""
    label, words = normalise(gold).split(), normalise(name).split()
    if not words or len(words) >= len(label):
        return False
    if label[-len(words) :] == words:
        return True
    if label[: len(words)] == words and label[len(words)] == "of":
        return True  # a body without its owner: "Ministry of Energy" of "Ministry of Energy of X"
    return len(words) == 1 and name.isupper() and len(name) >= 2 and words[0] == _initials(label)


def _acronym_of(gold: str, name: str) -> bool:
    """A label written as the acronym of the extracted body's full name ("SDF" of "Syrian
    Democratic Forces"): the same body, named in full."""
    words = normalise(name).split()
    return (
        len(words) >= 2
        and gold.isupper()
        and " " not in gold
        and normalise(gold) == _initials(words)
    )


def _unabbreviated(name: str) -> str:
    """A ministry's short name written in full ("Минэнерго Казахстана" → "Министерство
    энергетики Казахстана"): a reader and an article may each use either."""
    head, _, rest = name.partition(" ")
    full = lexicon().ru.body_abbreviations.get(head)
    return f"{full} {rest}".strip() if full is not None else name


def name_matches(gold: str, name: str | None) -> bool:
    if not name:
        return False
    if normalise(_canonical(gold)) == normalise(_canonical(name)):
        return True  # "МИД РФ", a list's alias, before it is written in full
    gold, name = _unabbreviated(gold), _unabbreviated(name)
    a, b = normalise(gold), normalise(name)
    if a == b or fuzz.ratio(a, b) >= NAME_SIMILARITY or _other_form(gold, name):
        return True
    if _declined_form(gold, name) or _acronym_of(gold, name):
        return True
    return normalise(_canonical(gold)) == normalise(_canonical(name)) or _surname_of(gold, name)


def _same_text(gold: GoldQuote, quote: Quote) -> bool:
    wanted, got = normalise(gold.text), normalise(quote.text)
    if wanted in got or (len(got) >= 20 and got in wanted):
        return True
    return fuzz.partial_ratio(wanted, got) >= QUOTE_SIMILARITY


def _same_speaker(gold: GoldQuote, quote: Quote) -> bool:
    if gold.speaker is None:
        return quote.speaker is None
    return quote.speaker_kind == gold.speaker_kind and name_matches(gold.speaker, quote.speaker)


def quote_found(gold: GoldQuote, quotes: Iterable[Quote]) -> bool:
    """An extracted quote by the same speaker holds the gold text (or the gold holds it)."""
    return any(_same_speaker(gold, q) and _same_text(gold, q) for q in quotes)


def quote_miss(gold: GoldQuote, quotes: Iterable[Quote]) -> str:
    """Why a labelled quote was not found: its text never extracted, or its speaker not right.

    'text' (no extracted quote holds it), 'no speaker', 'kind' (the right name as a person
    where an organisation was labelled, or the reverse), 'in part' or 'speaker' (someone else).
    """
    same = [q for q in quotes if _same_text(gold, q)]
    if not same:
        return "text"
    if all(q.speaker is None for q in same):
        return "no speaker"
    names = [q.speaker for q in same if q.speaker is not None]
    if gold.speaker is not None and any(name_matches(gold.speaker, n) for n in names):
        return "kind"
    if gold.speaker is not None and any(named_in_part(gold.speaker, n) for n in names):
        return "in part"
    return "speaker"


def wrong_speakers(golds: Sequence[GoldQuote], quotes: Iterable[Quote]) -> list[Quote]:
    """Extracted quotes that are a labelled quote, credited to someone who did not say it."""
    return [q for q, partial in _misattributed(golds, quotes) if not partial]


def partial_speakers(golds: Sequence[GoldQuote], quotes: Iterable[Quote]) -> list[Quote]:
    """Extracted quotes that are a labelled quote, its speaker named only in part."""
    return [q for q, partial in _misattributed(golds, quotes) if partial]


def _misattributed(
    golds: Sequence[GoldQuote], quotes: Iterable[Quote]
) -> Iterable[tuple[Quote, bool]]:
    for quote in quotes:
        if quote.speaker is None:
            continue
        matched = [g for g in golds if _same_text(g, quote)]
        if matched and not any(_same_speaker(g, quote) for g in matched):
            yield (
                quote,
                any(
                    g.speaker is not None
                    and g.speaker_kind == quote.speaker_kind
                    and named_in_part(g.speaker, quote.speaker)
                    for g in matched
                ),
            )


def person_found(gold: str, people: Iterable[Person]) -> bool:
    return any(name_matches(gold, person.name) for person in people)
