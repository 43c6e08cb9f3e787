"""What a brief built anew reuses (story groups, expanded options) is what it would compute."""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter

import pytest

from briefings.digest import stories
from briefings.digest.candidates import candidate_articles, candidate_sentences, expand_options
from briefings.digest.dedup import fingerprint, same_words
from briefings.digest.items import Option
from briefings.digest.quotes import pick_quote
from briefings.digest.selection import offered
from briefings.digest.stories import signature, story_groups
from briefings.models import Article
from briefings.topics import TopicSet

from .factories import NOW, make_article
from .test_quote_room import _stories as quote_room_stories

_PLACES = [
    a + b
    for a in ("Vel", "Ost", "Cor", "Bra", "Tes", "Har")
    for b in ("mora", "rand", "vin", "dell", "ost", "ukar")
]
_WORDS = ["pipeline", "turbine", "reactor", "tariff", "refinery", "blackout", "storage", "licence"]


def _all_pairs(articles: list[Article], topics: TopicSet) -> list[set[str]]:
    """The stories as the definition reads: every pair's cosine, then connected pairs."""
    unique = list({a.id: a for a in articles}.values())
    found = [signature(a, topics) for a in unique]
    counts = Counter(stem for one in found for stem in one)
    common = max(stories.MIN_COMMON, len(unique) * stories.COMMON_SHARE)
    rarity = {s: math.log(1 + len(unique) / n) for s, n in counts.items() if n <= common}
    vectors = [{s: w * rarity[s] for s, w in one.items() if s in rarity} for one in found]
    label = list(range(len(unique)))
    for (i, x), (j, y) in itertools.combinations(enumerate(vectors), 2):
        dot = sum(v * y[s] for s, v in x.items() if s in y)
        norm = math.sqrt(sum(v * v for v in x.values()) * sum(v * v for v in y.values()))
        if norm and dot / norm >= stories.STORY_SIMILARITY:
            old, new = label[j], label[i]
            label = [new if n == old else n for n in label]
    return _as_sets({a.id: n for a, n in zip(unique, label, strict=True)})


def _as_sets(numbers: dict[str, int]) -> list[set[str]]:
    found: dict[int, set[str]] = {}
    for article_id, number in numbers.items():
        found.setdefault(number, set()).add(article_id)
    return sorted(found.values(), key=sorted)


def _invented_candidates(seed: int) -> list[Article]:
    """Invented articles on a few events, told in varied words, some republished verbatim."""
    rng = random.Random(seed)
    events = [(rng.sample(_PLACES, 3), rng.choice(_WORDS)) for _ in range(12)]
    articles = []
    for n in range(24):
        (place, other, third), word = rng.choice(events)
        aside = rng.choice(_WORDS)
        lead = (
            f"Officials in {place} said the {word} near {third} would reopen after {aside} talks."
        )
        articles.append(
            make_article(
                id=f"s{seed}-{n}",
                title=rng.choice([f"{place} and {other} agree on {word}", f"{other} {aside}"]),
                paragraphs=[lead],
                places=rng.sample([place, other, third], rng.randint(0, 2)),
            )
        )
        if rng.random() < 0.3:  # a copy under another outlet's id
            articles.append(articles[-1].model_copy(update={"id": f"s{seed}-{n}-copy"}))
    return articles


@pytest.mark.parametrize("seed", range(6))
def test_groups_match_every_pair_compared(topics: TopicSet, seed: int) -> None:
    """Copies computed once and the inverted index give the stories all pairs would give."""
    stories._groups.clear()
    articles = _invented_candidates(seed)
    assert _as_sets(story_groups(articles, topics)) == _all_pairs(articles, topics)


def test_copies_without_a_rare_word_stay_apart(topics: TopicSet) -> None:
    """Copies whose every word all candidates share tell no story of their own, so join none."""
    stories._groups.clear()
    same = [
        make_article(id=f"gas{n}", title="Gas exports rise", paragraphs=["Gas exports rose."])
        for n in range(4)
    ]
    numbers = story_groups(same, topics)
    assert _as_sets(numbers) == _all_pairs(same, topics)
    assert len(set(numbers.values())) == len(same)


def test_a_candidate_set_is_grouped_once(topics: TopicSet, monkeypatch: pytest.MonkeyPatch) -> None:
    """A brief built again for the same candidates reuses their groups; new candidates do not."""
    stories._groups.clear()
    calls = []
    compute = stories._group

    def counted(unique: list[Article], topic_set: TopicSet) -> dict[str, int]:
        calls.append(len(unique))
        return compute(unique, topic_set)

    monkeypatch.setattr(stories, "_group", counted)
    articles = _invented_candidates(7)
    first = story_groups(articles, topics)
    first["changed by a caller"] = -1
    again = story_groups(articles, topics)
    assert calls == [len(first) - 1]
    assert "changed by a caller" not in again
    edited = articles[0].model_copy(update={"content_hash": "edited"})
    story_groups([edited, *articles[1:]], topics)
    assert len(calls) == 2


def test_a_brief_with_a_quote_offers_every_option_but_those_repeating_it(
    topics: TopicSet,
) -> None:
    """The brief expands its options once; showing a quote leaves out exactly the options that
    repeat it (its words, or its text inside theirs), so the brief rebuilt without the quote
    needs no second expansion."""
    topic = topics.get("energy")
    pool, _ = candidate_articles(topic, quote_room_stories(), NOW)
    candidates, texts = candidate_sentences(topic, pool, NOW, topics)
    quote = pick_quote(topic, pool, NOW, topics, [])
    assert quote is not None
    text = quote.quote.text

    def repeats(option: Option) -> bool:
        return same_words(option.words, fingerprint(text)) or text in " ".join(option.sentences)

    every = expand_options(candidates, texts, topic, topics)
    kept = offered(every, quote)
    assert any(text in " ".join(o.sentences) for o in every)  # the quote's own sentence
    assert len(kept) < len(every)
    assert kept == [o for o in every if not repeats(o)]
    assert offered(every, None) == every
