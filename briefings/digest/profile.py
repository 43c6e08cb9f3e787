"""What a brief needs from one article, computed once at ingest and stored with it.

Per topic the article is about: its best candidate sentences (at most
MAX_CANDIDATES_PER_ARTICLE), each with its relevance, its prior (the probability that it is a
key sentence of the story, see `keyness`), the informative span a brief would show and that
span's weight per rendered character. A brief built anew then only weighs recency and picks;
nothing is re-split or re-scored per request.

A stored profile names the topic configuration and scoring version that made it; after a
topic file changes, profiles are recomputed on first use (and remembered, bounded).
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
import weakref
from collections.abc import Container, Iterable, Iterator
from functools import cache
from itertools import islice

from briefings.cache import BoundedCache
from briefings.digest.figures import figure_index
from briefings.digest.keyness import SentenceFacts, key_probability, per_char
from briefings.digest.scoring import display_sentence, headline_share, hedges, unterminated
from briefings.digest.spans import (
    background,
    caption,
    first_person,
    informative_span,
    is_furniture,
    speaker_stems,
)
from briefings.extract.gazetteer import Kind, gazetteer, norm
from briefings.extract.headlines import title_case
from briefings.extract.marks import is_speech, quote_spans
from briefings.models import Article, DigestProfile, Person, SentenceProfile
from briefings.topics import ArticleSentences, Topic, TopicSet

#: Bump when the scoring below changes, so stored profiles are recomputed.
PROFILE_VERSION = 30
MAX_CANDIDATES_PER_ARTICLE = 24  # bounded work per article, whatever its length
LEAD_SENTENCES = 3  # the lead and the next two sentences of substance carry the news
#: In an article mainly about the topic, its first sentence of substance is a candidate even
#: without topic words ("The UN held talks with …" names no "peace").
LEAD_FLOOR_SENTENCES = 1
#: A lead is a sentence: a shorter line opening the body ("Key points.", "3 March.")
#: is a subheading or a date, and the story's lead is the sentence after it.
MIN_LEAD_WORDS = 4
_CACHE_SIZE = 8192
_WORD = re.compile(r"\w+")

_keys: weakref.WeakKeyDictionary[TopicSet, str] = weakref.WeakKeyDictionary()
_computed: BoundedCache[tuple[str, str, str, str], list[SentenceProfile]] = BoundedCache(
    _CACHE_SIZE
)


def topics_key(topics: TopicSet) -> str:
    """A short hash of the topic configuration and the scoring version."""
    found = _keys.get(topics)
    if found is None:
        config = {
            "version": PROFILE_VERSION,
            "topics": [t.model_dump(mode="json") for t in topics.topics],
            "shared": topics.shared.model_dump(mode="json"),
        }
        text = json.dumps(config, sort_keys=True, ensure_ascii=False)
        found = hashlib.sha256(text.encode()).hexdigest()[:16]
        _keys[topics] = found
    return found


def profile_article(article: Article, topics: TopicSet) -> Article:
    """The article with its digest profile for every topic it is about (the ingest hook)."""
    profile = DigestProfile(
        topics_key=topics_key(topics),
        candidates={
            topic_id: compute_candidates(article, topics.get(topic_id), topics)
            for topic_id in article.topics
            if topic_id in topics.ids
        },
    )
    return article.model_copy(update={"digest_profile": profile})


def article_candidates(article: Article, topic: Topic, topics: TopicSet) -> list[SentenceProfile]:
    """The article's candidates for the topic: stored at ingest, else computed and remembered."""
    stored = article.digest_profile
    own = any(t is topic for t in topics.topics)
    if own and stored is not None and stored.topics_key == topics_key(topics):
        found = stored.candidates.get(topic.id)
        if found is not None:
            return found
    if not own:
        return compute_candidates(article, topic, topics)
    key = (topics_key(topics), topic.id, article.id, article.content_hash)
    return _computed.get_or_compute(key, lambda: compute_candidates(article, topic, topics))


def compute_candidates(article: Article, topic: Topic, topics: TopicSet) -> list[SentenceProfile]:
    """The article's best candidate sentences for the topic, recency aside, best first.

    A candidate is a sentence on the topic, or the lead or a sentence stating a figure of an
    article mainly about it; junk (page stamps, bare datelines, bare credits) never is. Each is
    weighed as expected key sentences per rendered character (see `keyness`): `prior` is the
    probability that it is a key, `density` the weight per character of its informative span.
    At most MAX_CANDIDATES_PER_ARTICLE are kept, chosen by prior before the costlier span.
    """
    sentences = topics.article_sentences(article)
    ranked = [
        (key_probability(facts), p, i, facts.relevance)
        for p, i, facts in candidate_facts(article, topic, topics, sentences)
    ]
    shortlist = heapq.nsmallest(
        2 * MAX_CANDIDATES_PER_ARTICLE, ranked, key=lambda entry: (-entry[0], entry[1], entry[2])
    )
    kept = [e for e in shortlist if not is_furniture(sentences[e[1]][e[2]])]
    found: list[SentenceProfile] = []
    speakers = speaker_stems(spoken_names(article.people))
    for prior, p, i, relevance in kept[:MAX_CANDIDATES_PER_ARTICLE]:
        shown = informative_span(display_sentence(sentences[p][i]), speakers)
        found.append(
            SentenceProfile(
                paragraph=p,
                index=i,
                relevance=relevance,
                prior=round(prior, 6),
                density=round(per_char(shown), 6),
                shown=shown,
            )
        )
    found.sort(key=lambda s: (-s.prior * s.density, s.paragraph, s.index))
    return found


def candidate_facts(
    article: Article, topic: Topic, topics: TopicSet, sentences: ArticleSentences | None = None
) -> Iterator[tuple[int, int, SentenceFacts]]:
    """(paragraph, index, facts) of every sentence a brief on the topic could show.

    A candidate is a sentence on the topic, or the lead or a sentence stating a figure of an
    article mainly about it; captions, questions and leading furniture never are. The key
    model's training table (`evaluate.train_keyness`) reads the same sentences and facts.
    """
    if sentences is None:
        sentences = topics.article_sentences(article)
    scores = topics.sentence_scores(article, topic)
    index = figure_index(article)
    ordinal = 0
    names = _Names(sentences)
    # The article's main topic: its lead states the story's news even without topic words.
    mainly = _main_topic(article)
    main = mainly == topic.id
    secondary = mainly is not None and not main
    for p, (paragraph, paragraph_scores) in enumerate(zip(sentences, scores, strict=True)):
        if caption(paragraph):
            continue  # a photo's caption: neither the lead nor news of its own
        asks = bool(paragraph) and paragraph[-1].rstrip().endswith("?")
        for i, (sentence, relevance) in enumerate(zip(paragraph, paragraph_scores, strict=True)):
            if fragment(sentence):
                continue  # the tail of a sentence cut by the page or the splitter
            relevant = relevance >= topic.sentence_threshold
            leading = ordinal < LEAD_SENTENCES
            figures = len(index.in_sentence(sentence)) if index and (relevant or main) else 0
            if not relevant and not leading and not figures:
                continue
            position = -1
            if leading:  # later sentences are checked for furniture once shortlisted
                if is_furniture(sentence):
                    continue
                opener = ordinal == 0 and (
                    generic_opener(sentence, names) or headline_line(sentence, article.title)
                )
                if substantive(sentence) and not opener:
                    position, ordinal = ordinal, ordinal + 1
            if sentence.rstrip().endswith("?"):
                continue  # a question asks; the answer is the fact
            question = asks
            # In an article mainly about the topic, its lead and its figures tell the story
            # even without the topic's words ("Its planned capacity is 4 GW").
            floor = main and (0 <= position < LEAD_FLOOR_SENTENCES or figures > 0)
            if not relevant and not floor:
                continue
            facts = SentenceFacts(
                position=position,
                relevance=relevance,
                relevant=relevant,
                figures=figures,
                echo=headline_share(sentence, article.title),
                topics=len(article.topics),
                question=question,
                hedges=hedges(sentence),
                unterminated=unterminated(sentence),
                background=background(sentence),
                secondary=secondary,
                speech=speaks(sentence),
            )
            yield p, i, facts


def speaks(sentence: str) -> bool:
    """The sentence quotes a passage of someone's speech (not a quoted name or term)."""
    return any(is_speech(sentence, span) for span in quote_spans(sentence))


def _main_topic(article: Article) -> str | None:
    """The topic the article is mostly about: its one highest-scored topic (None on a tie)."""
    scored = sorted(
        ((article.topic_scores[t], t) for t in article.topics if t in article.topic_scores),
        reverse=True,
    )
    if not scored or (len(scored) > 1 and scored[1][0] >= scored[0][0]):
        return None
    return scored[0][1]


def fragment(sentence: str) -> bool:
    """The sentence opens in lower case: the tail of one the page or the splitter cut
    ("authorities dug up …" after a teaser, "plant in …" after a hard line break), never the
    story's lead and never shown. A name in mixed case ("iPhone", "al-Assad") or a particle
    before a name ("de Gaulle", "van der Berg") still opens a sentence."""
    words = [m.group() for m in islice(_WORD.finditer(sentence), 2)]  # all it reads
    if not words or not words[0][:1].islower() or any(c.isupper() for c in words[0]):
        return False
    first = sentence.split(maxsplit=1)[0]
    if any(c.isupper() for c in first):
        return False  # "al-Assad", "e-Government"
    return not (len(words) > 1 and words[1][:1].isupper())


def substantive(sentence: str) -> bool:
    """Long enough to be the story's lead rather than a subheading or a date line."""
    return sum(1 for _ in islice(_WORD.finditer(sentence), MIN_LEAD_WORDS)) >= MIN_LEAD_WORDS


def generic_opener(sentence: str, names: Container[str] = frozenset()) -> bool:
    """A feature's opening line rather than its news: it names no one and states no figure.

    A news lead says who did what, where or when, so it names an actor, a place or a day (a
    capitalised word after the first) or gives a number; a line that does neither ("Mines do
    not care whom they maim.") sets a scene, and the story's lead is the sentence after it.
    Its first word is a name when quoted, in capitals, one of the article's `names`, or a
    place, body or person the gazetteer knows ("Austria, which …, is planning …": a country
    opening the lead is its actor, even when the short article names it nowhere else).
    A lead in the first person outside quotes ("… when our plane lands in …") is the
    reporter's scene, not the news, whatever it names.
    """
    if first_person(sentence):
        return True
    words = _WORD.findall(sentence)
    if not words:
        return False
    first = words[0]
    if (first.isupper() and len(first) > 1) or first in names or sentence.lstrip()[:1] in '«“"':
        return False
    if (norm(first),) in gazetteer().index:
        return False
    return not any(w[0].isupper() or w[0].isdigit() for w in words[1:])


def headline_line(sentence: str, title: str) -> bool:
    """The article's headline repeated in title case atop its body ("Ministers Agree New Gas
    Deal."): the page's heading, not the story's lead, which is the sentence after it. A
    headline-like first line in sentence case ("Ministers agree new gas deal.") is the lead.
    """
    words = _WORD.findall(sentence.casefold())
    return (
        bool(words)
        and words == _WORD.findall(title.casefold())
        and title_case(sentence.rstrip().removesuffix("."))
    )


class _Names(Container[str]):
    """Words the article capitalises inside a sentence: its names (people, places, bodies).

    Asked of one word per brief, so each question reads the sentences for that word alone
    (a substring test skips most) instead of collecting every capitalised word first."""

    def __init__(self, sentences: ArticleSentences) -> None:
        self._sentences = sentences

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word[:1].isupper():
            return False
        # `word` is a run of \w: found with no \w either side, it is one of `_WORD`'s words.
        whole = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        for paragraph in self._sentences:
            for sentence in paragraph:
                if word not in sentence:
                    continue
                first = _WORD.search(sentence)
                if first is not None and any(
                    m.start() > first.start() for m in whole.finditer(sentence)
                ):
                    return True
        return False


@cache
def _aliases() -> dict[str, tuple[str, ...]]:
    """Every name the gazetteer knows a person by, keyed by the canonical (English) name."""
    found: dict[str, set[str]] = {}
    for key, entry in gazetteer().index.items():
        if entry.kind is Kind.PERSON:
            found.setdefault(entry.name, set()).add(" ".join(key))
    return {name: tuple(sorted(names)) for name, names in found.items()}


def spoken_names(people: Iterable[Person]) -> list[str]:
    """The article's people as its text may name them: a canonical name and its aliases.

    The extractor files "Владимир Путин" as "Vladimir Putin"; a tail naming him in Russian
    ("…, заявил Владимир Путин") is still who said it, not who reported it.
    """
    aliases = _aliases()
    return [alias for person in people for alias in (person.name, *aliases.get(person.name, ()))]
