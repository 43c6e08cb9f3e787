"""Topics: what readers can ask for, and how relevant a sentence or an article is to each.

Relevance is scored per sentence with weighted cues (English and Russian, light stems), after
blanking out false friends ("peacekeeping", "energy on the pitch") and subtracting off-topic
vocabulary (sport). The shipped defaults live in `data/topics.yaml`; an admin file overrides or
extends them. All cues of all topics sit in one token index (briefings.cues), so one pass over a
sentence scores it for every topic. An article gets every topic it has a substantive passage on
(briefings.passages), not only its strongest one, provided the article names what the topic
cannot be without (briefings.anchors: states for a partnership). Some cues count only where two
states or blocs are named (briefings.scoring: relation cues); they add a topic, they never decide
which topic leads, and a partnership made only of them yields to peace talks between the same
states. A topic that does not lead may need evidence of its own (briefings.own_evidence: what a
leader it `cedes_to` or is `struck_under` leaves it, and whether it is only the `setting_of`
another chosen topic); and who signs a peace deal (`sides`) does
not decide what leads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from briefings.anchors import Anchors
from briefings.cache import BoundedCache
from briefings.cues import CueSyntaxError, Match
from briefings.errors import TopicConfigError, UnknownTopic
from briefings.models import Article, TitleOrigin
from briefings.own_evidence import NOTHING as _NOTHING
from briefings.own_evidence import as_setting, own_evidence
from briefings.passages import Evidence, Secondary, SentenceEvidence, decide, gather, with_lede
from briefings.scoring import Scorer
from briefings.sentences import split_sentences
from briefings.topic_file import SHIPPED, SharedCues, Topic, read_topics
from briefings.topic_names import TopicNames

ArticleSentences = tuple[tuple[str, ...], ...]
"""An article's sentences, paragraph by paragraph, verbatim."""

# Bounded so a long-running bot over a 10,000-article store keeps a small footprint: enough for
# the ~200 candidate articles of every topic, not for the whole store.
_CACHE_SIZE = 20_000
_ARTICLE_CACHE_SIZE = 4_000


class TopicSet:
    """The configured topics, with their compiled matchers and a forgiving name lookup."""

    def __init__(self, topics: Iterable[Topic], shared: SharedCues | None = None) -> None:
        self.topics: list[Topic] = list(topics)
        self.shared = shared or SharedCues()
        ids = [t.id for t in self.topics]
        if len(set(ids)) != len(ids):
            raise TopicConfigError("topics", f"duplicate topic ids in {ids}")
        self._by_id = {t.id: t for t in self.topics}
        for topic in self.topics:
            unknown = set(topic.relations_yield_to) - set(ids)
            if unknown:
                raise TopicConfigError("topics", f"{topic.id}: yields to unknown {sorted(unknown)}")
        self._number = {t.id: n for n, t in enumerate(self.topics)}
        self._scorer = Scorer.build(self.topics, self.shared)
        self._rules = [topic.rule() for topic in self.topics]
        try:
            self._anchors = Anchors.build([topic.anchors for topic in self.topics])
        except CueSyntaxError as exc:
            raise TopicConfigError("topics", f"anchors: {exc}") from exc
        self._matches: BoundedCache[str, list[Match]] = BoundedCache(_CACHE_SIZE)
        self._sentences: BoundedCache[tuple[str, str], ArticleSentences] = BoundedCache(
            _ARTICLE_CACHE_SIZE
        )
        self._scores: BoundedCache[tuple[str, str, str], tuple[tuple[float, ...], ...]] = (
            BoundedCache(_CACHE_SIZE)
        )
        self._names = TopicNames(
            (name, topic.id)
            for topic in self.topics
            for name in (topic.id, topic.title, *topic.aliases)
        )

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, override: Path | None = None) -> TopicSet:
        """Shipped defaults, then the admin file (fields replace per topic id; new ids add)."""
        topics, shared_cues = read_topics(override)
        source = str(override) if override is not None else SHIPPED
        try:
            return cls(topics, shared_cues)
        except TopicConfigError as exc:
            raise TopicConfigError(source, exc.reason) from exc

    # -- lookup ----------------------------------------------------------------------------

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.topics]

    def __iter__(self) -> Iterator[Topic]:
        return iter(self.topics)

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, topic_id: str) -> Topic:
        """The topic with exactly this id."""
        try:
            return self._by_id[topic_id]
        except KeyError:
            raise UnknownTopic(topic_id, self.ids) from None

    def resolve(self, query: str) -> Topic:
        """Id, title or alias, ignoring case, spaces, '_' and '-'; then small typos."""
        topic_id = self._names.find(query)
        if topic_id is None:
            raise UnknownTopic(query, self.ids)
        return self._by_id[topic_id]

    # -- scoring ---------------------------------------------------------------------------

    def _find(self, sentence: str) -> list[Match]:
        matches = self._matches.get(sentence)
        if matches is None:
            matches = self._scorer.find(sentence)
            self._matches.put(sentence, matches)
        return matches

    def _topic_number(self, topic: Topic) -> int | None:
        """The topic's place in this set, or None for a topic this set was not built with."""
        number = self._number.get(topic.id)
        if number is None:
            return None
        own = self.topics[number]
        return number if own is topic or own == topic else None

    def score_sentence(self, sentence: str, topic: Topic, language: str = "en") -> float:
        """Relevance of one sentence to `topic` (0 = none).

        English and Russian cues are matched whatever `language` says: Russian articles quote
        English names and the reverse, and the cue sets do not overlap.
        """
        del language  # kept for the contract; the cue sets are language-neutral
        number = self._topic_number(topic)
        if number is None:
            return TopicSet([topic], self.shared).score_sentence(sentence, topic)
        return self._scorer.score(self._find(sentence), number)

    def split(self, text: str) -> tuple[str, ...]:
        """Sentences of one paragraph, verbatim."""
        return split_sentences(text)

    def article_sentences(self, article: Article) -> ArticleSentences:
        """The article's sentences per paragraph (cached by article id and content hash)."""
        key = (article.id, article.content_hash)
        cached = self._sentences.get(key)
        if cached is None:
            cached = tuple(split_sentences(p) for p in article.paragraphs)
            self._sentences.put(key, cached)
        return cached

    def sentence_scores(self, article: Article, topic: Topic) -> tuple[tuple[float, ...], ...]:
        """`score_sentence` for every sentence of `article_sentences` (cached)."""
        number = self._topic_number(topic)
        if number is None:
            return TopicSet([topic], self.shared).sentence_scores(article, topic)
        key = (topic.id, article.id, article.content_hash)
        cached = self._scores.get(key)
        if cached is None:
            score = self._scorer.score
            cached = tuple(
                tuple(score(self._find(s), number) for s in paragraph)
                for paragraph in self.article_sentences(article)
            )
            self._scores.put(key, cached)
        return cached

    def classify(self, article: Article) -> Article:
        """A copy of `article` with `topics` (best first) and `topic_scores` for every topic.

        A topic needs a substantive passage on it (briefings.passages) and more evidence for
        it than off-topic vocabulary against it; a topic weaker than the article's strongest
        also needs varied evidence, so scores are compared before anything is decided.
        """
        found = [
            [self._scorer.evidence(self._find(s)) for s in paragraph]
            for paragraph in self.article_sentences(article)
        ]
        title = self._find(_headline(article))
        scores: dict[str, float] = {}
        breadth: list[float] = []
        decisions: list[tuple[int, Evidence, SentenceEvidence]] = []
        for number, topic in enumerate(self.topics):
            breadth.append(
                sum(per.get(number, _NOTHING).score for paragraph in found for per in paragraph)
            )
            evidence = with_lede(
                gather(
                    [[per.get(number, _NOTHING) for per in paragraph] for paragraph in found],
                    self._rules[number],
                ),
                top=self._top(found, article, number),
                rule=self._rules[number],
            )
            title_evidence = self._scorer.sentence(title, number)
            total = evidence.total
            if title_evidence.score >= (topic.title_threshold or topic.sentence_threshold):
                total += title_evidence.score
            scores[topic.id] = round(total, 3)
            decisions.append((number, evidence, title_evidence))
        top = max(scores.values(), default=0.0)
        # Which topic leads is decided without relation cues (two states named beside "talks"
        # add a topic, they do not make a defence pact's drills secondary to it), nor the sides
        # at the table (rebels named all through a peace deal's story are who signs it) where
        # the deal makes a topic on its own: one line on failed talks leaves a raid on rebels.
        sentences = self.article_sentences(article)
        stands = {
            n: decide(ev, self._rules[n], title=te, context=self._scorer.context[n])
            for n, ev, te in decisions
            if scores[self.topics[n].id]
        }
        leading: dict[int, float] = {}
        for n, topic in enumerate(self.topics):
            ceded = [m for c in topic.cedes_to if stands.get(m := self._number.get(c, -1), False)]
            if n in self._scorer.related or ceded:
                plain = self._without_relations(found, sentences, title, n, sides=bool(ceded))
                leading[n] = self._plain_total(plain, topic)
            # ... nor the sentences a standing topic it cedes to says more in: the army engineers
            # named in every line of a clearance story are who clears the mines.
            for m in ceded:
                leading[n] = min(leading[n], self._left_by(found, title, n, m))
        # Ties go to the topic with more evidence in all its sentences, relevant or not.
        leader = max(
            range(len(self.topics)),
            key=lambda n: (leading.get(n, scores[self.topics[n].id]), breadth[n]),
            default=0,
        )
        chosen: list[tuple[float, str]] = []
        anchored: frozenset[int] | None = None  # looked for only once a topic needs them
        for number, evidence, title_evidence in decisions:
            topic = self.topics[number]
            topic_id = topic.id
            rule = self._rules[number]
            strongest = number == leader if top else True
            # A topic that does not lead needs a cue of its own: two leaders' "talks" on "the
            # war" in a visit piece are not peace talks; paired cues count as context there.
            context = self._scorer.context[number] if strongest else self._scorer.generic[number]
            if not decide(
                evidence, rule, title=title_evidence, strongest=strongest, context=context
            ):
                continue
            if self._anchors.needs(number):
                if anchored is None:
                    anchored = self._anchors.found((article.title, *article.paragraphs))
                if number not in anchored:
                    continue
            if not strongest and (
                rule.secondary is Secondary.OWN or self.topics[leader].id in topic.own_under
            ):
                # Evidence of its own is part of all the evidence: decided again only if needed.
                own, own_title = own_evidence(
                    scorer=self._scorer,
                    topics=self.topics,
                    rules=self._rules,
                    find=self._find,
                    found=found,
                    sentences=sentences,
                    title=title,
                    number=number,
                    leader=leader,
                )
                if not decide(own, rule, title=own_title, strongest=False, context=context):
                    continue
            chosen.append((scores[topic_id], topic_id))
        chosen = as_setting(
            chosen,
            scorer=self._scorer,
            topics=self.topics,
            rules=self._rules,
            number=self._number,
            found=found,
            title=title,
        )
        chosen = self._yield_relations(chosen, found, sentences, title, leader)
        chosen.sort(key=lambda pair: (-pair[0], pair[1]))
        return article.model_copy(
            update={"topics": [topic_id for _, topic_id in chosen], "topic_scores": scores}
        )

    def _left_by(
        self, found: list[list[dict[int, SentenceEvidence]]], title: list[Match], n: int, m: int
    ) -> float:
        """Topic `n`'s score from the title and sentences in which topic `m` says no more."""
        rules = self._rules
        total = 0.0
        title_rule = self.topics[n].title_threshold or rules[n].sentence_threshold
        for per, threshold in (
            *((per, rules[n].sentence_threshold) for row in found for per in row),
            ({k: self._scorer.sentence(title, k) for k in (n, m)}, title_rule),
        ):
            mine, theirs = per.get(n, _NOTHING).score, per.get(m, _NOTHING).score
            if mine >= threshold and theirs < max(rules[m].sentence_threshold, mine):
                total += mine
        return total

    def _top(
        self, found: list[list[dict[int, SentenceEvidence]]], article: Article, n: int
    ) -> list[tuple[SentenceEvidence, SentenceEvidence]]:
        """The sentences that may read as the lede (`PassageRule.lede_like`), each with its
        evidence for topic `n` and its reading without relation cues; a sentence of no score
        is no passage whatever its plain reading, so it is not read again."""
        if not found or not found[0]:
            return []
        # Only the first few sentences are read: no list of the whole article per topic.
        texts = (s for paragraph in self.article_sentences(article) for s in paragraph)
        pairs = zip((per for row in found for per in row), texts, strict=False)
        return [
            (ev, self._scorer.sentence(self._find(text), n, relations=False))
            for per, text in islice(pairs, self._rules[n].lede_like(sum(map(len, found))))
            if (ev := per.get(n, _NOTHING)).score
        ]

    def _yield_relations(
        self,
        chosen: list[tuple[float, str]],
        found: list[list[dict[int, SentenceEvidence]]],
        sentences: ArticleSentences,
        title: list[Match],
        leader: int,
    ) -> list[tuple[float, str]]:
        """Chosen topics, less those made only by relation cues that another chosen topic takes.

        Two states negotiating is a partnership unless the article is about settling a conflict
        between them: then the same sentences are peace talks (`relations_yield_to`).
        """
        ids = {topic_id for _, topic_id in chosen}
        kept: list[tuple[float, str]] = []
        for score, topic_id in chosen:
            number = self._number[topic_id]
            topic = self.topics[number]
            if ids.isdisjoint(topic.relations_yield_to):
                kept.append((score, topic_id))
                continue
            rule = self._rules[number]
            evidence, own_title = self._without_relations(found, sentences, title, number)
            strongest = number == leader
            context = self._scorer.context[number] if strongest else self._scorer.generic[number]
            if decide(evidence, rule, title=own_title, strongest=strongest, context=context):
                kept.append((score, topic_id))
        return kept

    def _without_relations(
        self,
        found: list[list[dict[int, SentenceEvidence]]],
        sentences: ArticleSentences,
        title: list[Match],
        number: int,
        *,
        sides: bool = False,
    ) -> tuple[Evidence, SentenceEvidence]:
        """Topic `number`'s evidence and title evidence with its relation cues (and, `sides`,
        its words naming the sides at the table) left out.

        `found` is every sentence's evidence (`classify`): a sentence it has none of for the
        topic has none without relation cues either, so only the others are read again."""
        scorer = self._scorer

        def plain(matches: list[Match]) -> SentenceEvidence:
            kept = scorer.without_sides(matches, number) if sides else matches
            return scorer.sentence(kept, number, relations=False)

        evidence = gather(
            [
                [
                    plain(self._find(s)) if number in per else _NOTHING
                    for s, per in zip(paragraph, evidence_row, strict=True)
                ]
                for paragraph, evidence_row in zip(sentences, found, strict=True)
            ],
            self._rules[number],
        )
        return evidence, plain(title)

    @staticmethod
    def _plain_total(found: tuple[Evidence, SentenceEvidence], topic: Topic) -> float:
        """The topic score `classify` gives, from `_without_relations`."""
        evidence, title = found
        relevant = title.score >= (topic.title_threshold or topic.sentence_threshold)
        return evidence.total + (title.score if relevant else 0.0)


def _headline(article: Article) -> str:
    """The title as evidence of its own: none when it is the lead sentence, cut.

    A page without a headline gets its first sentence as a title; counting it as an editor's
    summary would count the lead twice, and its cut half ("the armed wing of the front…")
    without what the whole sentence is about.
    """
    return "" if article.title_origin is TitleOrigin.FIRST_SENTENCE else article.title


__all__ = ["ArticleSentences", "SharedCues", "Topic", "TopicConfigError", "TopicSet"]
