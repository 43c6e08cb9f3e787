"""An optional statistical name finder for Russian text (natasha), next to the gazetteer.

The gazetteer and the name rules find people by their capitals, titles and known first names;
a Cyrillic name of foreign origin with no role beside it ("Янош Шюли", "Фостен-Арканж
Туадера") slips past them. natasha's news NER model ships inside its PyPI package (nothing is
fetched at run time) and finds such names, at about 10-30 ms per article, several times the
rest of the analysis: so it is an extra (`pip install '.[ru-ner]'`), off unless
`RUSSIAN_NER=natasha`, and it only adds full names the rules missed; it never removes one.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from briefings.errors import ConfigError
from briefings.extract.mentions import Mention
from briefings.extract.russian import nominative_name
from briefings.models import Person

#: Paragraphs of one Russian article → spans (paragraph, start, end) of people's full names.
#: The bool: natasha's tagger read the name as nominative (then it is left as written).
NameFinder = Callable[[Sequence[str]], list[tuple[int, int, int, bool]]]

_lock = threading.Lock()
_models: dict[str, Any] = {}


def _load() -> dict[str, Any]:
    """The natasha pipeline, built once per process (the embedding takes ~0.5 s to load)."""
    with _lock:
        if not _models:
            try:
                import natasha
            except ImportError:
                raise ConfigError(
                    "RUSSIAN_NER",
                    "natasha is not installed (pip install '.[ru-ner]'), or set it to 'gazetteer'",
                ) from None
            embedding = natasha.NewsEmbedding()
            _models.update(
                doc=natasha.Doc,
                segmenter=natasha.Segmenter(),
                morph=natasha.NewsMorphTagger(embedding),
                ner=natasha.NewsNERTagger(embedding),
            )
        return _models


def natasha_names(paragraphs: Sequence[str]) -> list[tuple[int, int, int, bool]]:
    """Where natasha tags a person named by two words or more, and whether in the nominative."""
    models = _load()
    starts: list[int] = []
    offset = 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph) + 1
    doc = models["doc"]("\n".join(paragraphs))
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.tag_ner(models["ner"])
    found: list[tuple[int, int, int, bool]] = []
    for span in doc.spans:
        if span.type != "PER" or len(span.text.split()) < 2:
            continue  # a surname alone is the rules' to resolve, or nobody's
        para = bisect_right(starts, span.start) - 1
        nominative = all(t.feats.get("Case", "Nom") == "Nom" for t in span.tokens)
        found.append((para, span.start - starts[para], span.stop - starts[para], nominative))
    return found


def name_finder(choice: str) -> NameFinder | None:
    """The finder a `RUSSIAN_NER` setting names; raises ConfigError when it cannot be used."""
    if choice == "gazetteer":
        return None
    if choice == "natasha":
        _load()  # fail at start, with one line, rather than on the first Russian article
        return natasha_names
    raise ConfigError("RUSSIAN_NER", f"unknown name finder {choice!r} (gazetteer or natasha)")


def _stem(token: str) -> str:
    """A word's first letters, so that a declined form meets its nominative (Шюли/Шюлей)."""
    token = token.casefold().replace("ё", "е")
    return token[: max(3, len(token) - 2)]


def add_found_people(
    people: list[Person],
    mentions: Sequence[Mention],
    paragraphs: Sequence[str],
    finder: NameFinder,
) -> list[Person]:
    """`people` and, after them, the finder's names the rules did not read at all.

    A span the rules read as anything (a person, a body, a place) is theirs: they know the
    canonical name ("Сергей Лавров" is Sergey Lavrov) and the case. A new name is put in the
    nominative (when the tagger read it in another case) by the same rules as any unknown
    Russian name; it gets no role (the rules give roles).
    """
    taken = {(m.para, m.start, m.end) for m in mentions}
    out = list(people)
    stems = {_stem(p.name.split()[-1]) for p in out}
    for para, start, end, nominative in finder(paragraphs):
        if any(p == para and s < end and start < e for p, s, e in taken):
            continue
        written = " ".join(paragraphs[para][start:end].split())
        name = written if nominative else nominative_name(written)
        stem = _stem(name.split()[-1])
        if stem not in stems:
            stems.add(stem)
            out.append(Person(name=name))
    return out
