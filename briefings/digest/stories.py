"""Which articles tell the same story: copies of one event from several outlets.

Outlets retell an event in their own words, so their headlines rarely match word for word
("Poland, Baltics signal exit from mines treaty" and "Lithuania announces withdrawal from the
Ottawa Convention"). What they share is the event's names, places and figures, and its rarer
words, in the headline and the lead. Each article is reduced to those words (a name or a
figure counts double), weighted by how few of the brief's candidate articles use them, and two
articles whose weighted words overlap enough (cosine) tell one story. The places and people
the extractor found in the article join those words, by their canonical names. A brief then
tells the story in one item and cites the other outlets under it.

Words are compared by their first STEM_CHARS letters, so that inflected forms of a name
("Белгородской", "Белгородская") or a possessive ("Poland's") still meet. Copies in two
languages share few such words and stay apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from briefings.cache import BoundedCache
from briefings.digest.dedup import STOPWORDS
from briefings.models import Article
from briefings.topics import TopicSet

#: Two articles tell one story from this cosine of their weighted headline-and-lead words.
STORY_SIMILARITY = 0.25
STEM_CHARS = 6  # a word is compared by its first letters: inflections and possessives meet
LEAD_SENTENCES = 2  # the headline and the first sentences of substance name the event
MIN_SENTENCE_WORDS = 4  # a shorter line is a subheading or a date, not the lead
NAME_WEIGHT = 2.0  # a name (capitalised inside a sentence) or a figure identifies the event
ENTITY_MARK = "@"  # keeps an extracted name apart from a word of the text
_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CACHE_SIZE = 8192
_GROUPS_CACHE_SIZE = 64  # candidate sets: a few per topic and day
#: Words used by more than this share of the candidates (and by more than MIN_COMMON of
#: them) are the topic's, not an event's, and are left out.
COMMON_SHARE = 0.5
MIN_COMMON = 3

Signature = dict[str, float]

_signatures: BoundedCache[tuple[str, str], Signature] = BoundedCache(_CACHE_SIZE)
#: Story numbers per candidate set ((id, content hash) of each article, in order).
_groups: BoundedCache[tuple[tuple[str, str], ...], dict[str, int]] = BoundedCache(
    _GROUPS_CACHE_SIZE
)


def signature(article: Article, topics: TopicSet) -> Signature:
    """The article's headline and lead as event words (stem -> weight), remembered."""
    key = (article.id, article.content_hash)
    return _signatures.get_or_compute(key, lambda: _compute(article, topics))


def _compute(article: Article, topics: TopicSet) -> Signature:
    lead = [
        sentence
        for paragraph in topics.article_sentences(article)
        for sentence in paragraph
        if len(_WORD.findall(sentence)) >= MIN_SENTENCE_WORDS
    ][:LEAD_SENTENCES]
    found: Signature = {}
    for text in (article.title, *lead):
        for position, word in enumerate(_WORD.findall(text)):
            folded = word.casefold()
            if folded in STOPWORDS or len(folded) < 3:
                continue
            if folded.isdigit() and _YEAR.fullmatch(folded):
                continue  # a year dates many stories; it names none
            named = folded.isdigit() or word.isupper() or (position > 0 and word[0].isupper())
            stem = folded[:STEM_CHARS]
            found[stem] = max(found.get(stem, 0.0), NAME_WEIGHT if named else 1.0)
    # The places and people the extractor found, by their canonical names: an outlet that
    # spells a name its own way ("Wladyslaw", "Władysław") still names the same person.
    for name in (*article.places, *(person.name for person in article.people)):
        found[ENTITY_MARK + name] = NAME_WEIGHT
    return found


def story_groups(articles: Sequence[Article], topics: TopicSet) -> dict[str, int]:
    """Article id -> story number: articles whose event words overlap share a number.

    Words are weighted by rarity among `articles` (a word every candidate uses names the
    topic, not the event); the groups are the connected pairs at STORY_SIMILARITY or more.
    The groups of one candidate set are remembered: a brief built again for another length,
    or without its quote, asks for the same set, and an ingest that changes the candidates
    changes the key.
    """
    unique = list({a.id: a for a in articles}.values())
    key = tuple((a.id, a.content_hash) for a in unique)
    return dict(_groups.get_or_compute(key, lambda: _group(unique, topics)))


def _group(unique: Sequence[Article], topics: TopicSet) -> dict[str, int]:
    """The story numbers of `unique` (distinct articles), computed."""
    total = len(unique)
    signatures = [signature(a, topics) for a in unique]
    counts = Counter(stem for found in signatures for stem in found)
    # A word most of the candidates use names the topic ("gas", "mines"), not an event.
    common = max(MIN_COMMON, total * COMMON_SHARE)
    weights = {s: math.log(1 + total / n) for s, n in counts.items() if n <= common}
    # One wire story republished verbatim gives equal signatures: their pairs are computed
    # once, between distinct signatures (the pairs of a set of copies are the same numbers).
    distinct: dict[frozenset[tuple[str, float]], int] = {}
    kinds: list[int] = []  # per article: the index of its distinct signature
    shapes: list[Signature] = []
    for found in signatures:
        kind = distinct.setdefault(frozenset(found.items()), len(shapes))
        if kind == len(shapes):
            shapes.append(found)
        kinds.append(kind)
    size = len(shapes)
    # Each word's (signature, weight) list; dot products run over the words two signatures
    # share (an inverted index), not over every pair of articles.
    postings: dict[str, list[tuple[int, float]]] = {}
    norms = [0.0] * size
    for i, found in enumerate(shapes):
        for stem, weight in found.items():
            rarity = weights.get(stem)
            if rarity is not None:
                value = weight * rarity
                norms[i] += value * value
                postings.setdefault(stem, []).append((i, value))
    dots: dict[int, float] = {}
    for members in postings.values():
        for x, (i, value) in enumerate(members[:-1]):
            for j, other in members[x + 1 :]:
                pair = i * size + j
                dots[pair] = dots.get(pair, 0.0) + value * other
    parent = list(range(size))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pair, dot in dots.items():
        i, j = divmod(pair, size)
        if dot * dot >= STORY_SIMILARITY**2 * norms[i] * norms[j]:
            parent[root(j)] = root(i)
    # A story's number is its first article's position; an article without a single rare
    # word joins no story, not even its own copies.
    first: dict[int, int] = {}
    numbers = {}
    for position, (article, kind) in enumerate(zip(unique, kinds, strict=True)):
        if norms[kind] == 0.0:
            numbers[article.id] = position
        else:
            numbers[article.id] = first.setdefault(root(kind), position)
    return numbers
