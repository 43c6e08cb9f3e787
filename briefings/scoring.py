"""One token index over every cue of every topic, and each term's role per topic.

One pass of the index over a sentence (briefings.cues) scores it for every topic: cues add,
off-topic vocabulary subtracts, false friends blank out the cues they cover. A paired cue
("war" for peace talks) counts only in a sentence that also holds one of the context cues it
pairs with ("talks aimed at ending the 18-year war"): alone each word is any story's, together
they say what the talks are about.

Relation cues say what two states do together: "negotiate", "signed", "summit" count for a
topic only in a sentence that names two or more states or blocs (the shared `parties`, or one
phrase that stands for several: "the two countries", "пяти государств") and none of the topic's
`relation_blockers` ("mediated", "war"). Two retailers also sign and negotiate; two states doing
so is diplomacy, whatever the deal is about. Relation pairs weigh only together: "an agreement"
and "signed" alone are any contract's words, an agreement that two named states sign or ratify
is a compact between them ("Saudi Arabia and Pakistan signed a mutual defence agreement", "the
EU and Mercosur signed a trade agreement"), unless a blocker says it ends a war.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from briefings.cues import (
    CueIndex,
    CueSyntaxError,
    Match,
    best_cover,
    cover,
    normalise,
)
from briefings.enumerations import listed
from briefings.errors import TopicConfigError
from briefings.passages import Cues, SentenceEvidence
from briefings.scoring_input import SharedCueSource, TopicCues, TopicWithCues
from briefings.weighing import net, outside, weigh

_NO_EVIDENCE = SentenceEvidence(0.0)

__all__ = ["Scorer", "TopicCues"]


@dataclass(frozen=True, slots=True)
class _Compound:
    """A relation pair of one topic, compiled: term numbers of each side, and its weight."""

    first: frozenset[int]
    second: frozenset[int]
    weight: float
    term: int  # the number its evidence is counted under (no text matches it)
    blockers: frozenset[int] = frozenset()


class _Role(StrEnum):
    CUE = "cue"
    NEGATIVE = "negative"
    FALSE_FRIEND = "false-friend"
    PAIRED = "paired"  # a cue only next to one of the topic's context cues
    RELATION = "relation"  # a cue only in a sentence naming two states or blocs
    BLOCKER = "blocker"  # cancels the topic's relation cues in its sentence


_COUNTS = frozenset({_Role.CUE, _Role.PAIRED, _Role.RELATION})  # roles that add evidence


@dataclass(slots=True)
class Scorer:
    """Every cue of every topic in one token index; each term knows its role per topic."""

    index: CueIndex
    roles: list[dict[int, tuple[_Role, float]]]  # per term: topic number -> (role, weight)
    context: list[frozenset[int]]  # per topic: its context cues (they add, never decide)
    partners: list[frozenset[int]]  # per topic: the context cues its paired cues need
    generic: list[frozenset[int]]  # per topic: context and paired cues (a secondary topic's)
    parties: dict[int, int] = field(default_factory=dict)  # term -> the state or bloc it names
    groups: frozenset[int] = frozenset()  # terms naming several at once ("the two countries")
    related: frozenset[int] = frozenset()  # topics that have relation cues or pairs
    compounds: list[tuple[_Compound, ...]] = field(default_factory=list)  # per topic
    compound_terms: dict[int, frozenset[int]] = field(default_factory=dict)  # term -> topics
    sides: list[frozenset[int]] = field(default_factory=list)  # per topic: terms naming a side
    listed: int = 0  # term t named as one item of an enumeration of many is term listed + t
    acts: list[frozenset[int]] = field(default_factory=list)  # per topic: terms naming an act

    @classmethod
    def build(cls, topics: Sequence[TopicWithCues], shared: SharedCueSource) -> Scorer:
        terms: dict[str, int] = {}
        roles: list[dict[int, tuple[_Role, float]]] = []

        def assign(term: str, number: int, role: _Role, weight: float, *, weak: bool) -> None:
            slot = terms.setdefault(_key(term), len(terms))
            if slot == len(roles):
                roles.append({})
            if not (weak and number in roles[slot]):
                roles[slot][number] = (role, weight)

        for number, topic in enumerate(topics):
            # Topic-specific roles win over shared ones for the same term.
            for term, weight in topic.cues.items():
                assign(term, number, _Role.CUE, weight, weak=False)
            for term, weight in topic.context_cues.items():
                assign(term, number, _Role.CUE, weight, weak=False)
            for term, weight in topic.negative_cues.items():
                assign(term, number, _Role.NEGATIVE, weight, weak=False)
            for term, weight in topic.paired_cues.items():
                assign(term, number, _Role.PAIRED, weight, weak=False)
            for term in topic.false_friends:
                assign(term, number, _Role.FALSE_FRIEND, 0.0, weak=False)
            for term, weight in topic.relation_cues.items():
                assign(term, number, _Role.RELATION, weight, weak=False)
            for term in topic.relation_blockers:
                assign(term, number, _Role.BLOCKER, 0.0, weak=False)
            for term, weight in shared.negative_cues.items():
                assign(term, number, _Role.NEGATIVE, weight, weak=True)
            for term in shared.false_friends:
                assign(term, number, _Role.FALSE_FRIEND, 0.0, weak=True)

        def slot(term: str) -> int:
            number = terms.setdefault(_key(term), len(terms))
            if number == len(roles):
                roles.append({})
            return number

        parties = {
            slot(term): number
            for number, names in enumerate(shared.parties.values())
            for term in names
        }
        groups = frozenset(slot(term) for term in shared.party_groups)
        sides_at_table = [frozenset(slot(term) for term in topic.sides) for topic in topics]
        acts = [frozenset(slot(term) for term in topic.acts) for topic in topics]
        sides = [
            [
                (
                    frozenset(slot(t) for t in pair.first),
                    frozenset(slot(t) for t in pair.second),
                    pair.weight,
                    frozenset(slot(t) for t in pair.blockers),
                )
                for pair in topic.relation_pairs
            ]
            for topic in topics
        ]
        try:
            index = CueIndex.build(terms)
        except CueSyntaxError as exc:
            raise TopicConfigError("topics", str(exc)) from exc
        context = [frozenset(terms[_key(term)] for term in topic.context_cues) for topic in topics]
        partners: list[frozenset[int]] = []
        for number, topic in enumerate(topics):
            stray = [t for t in topic.pairs_with if terms.get(_key(t)) not in context[number]]
            if stray:
                raise TopicConfigError("topics", f"pairs_with {stray} are not context cues")
            partners.append(frozenset(terms[_key(t)] for t in topic.pairs_with))
        generic = [
            context[number] | {terms[_key(t)] for t in topic.paired_cues}
            for number, topic in enumerate(topics)
        ]
        related = frozenset(
            n for n, topic in enumerate(topics) if topic.relation_cues or topic.relation_pairs
        )
        # A compound's evidence is counted under a number past every term of the index.
        compounds: list[tuple[_Compound, ...]] = []
        owners: dict[int, set[int]] = {}
        for number, pairs in enumerate(sides):
            compiled = []
            for first, second, weight, blockers in pairs:
                roles.append({})
                compiled.append(_Compound(first, second, weight, len(roles) - 1, blockers))
                for word in first | second | blockers:
                    owners.setdefault(word, set()).add(number)
            compounds.append(tuple(compiled))
        compound_terms = {word: frozenset(numbers) for word, numbers in owners.items()}
        # Every term again, past the compounds, as a context cue of its topics: its occurrences
        # as one item of an enumeration of many areas (`find`).
        listed = len(roles)
        roles.extend([dict(role) for role in roles[:listed]])
        mentions = [
            frozenset(listed + t for t in range(listed) if number in roles[t])
            for number in range(len(topics))
        ]
        context = [own | more for own, more in zip(context, mentions, strict=True)]
        generic = [own | more for own, more in zip(generic, mentions, strict=True)]
        return cls(
            index,
            roles,
            context,
            partners,
            generic,
            parties,
            groups,
            related,
            compounds,
            compound_terms,
            sides_at_table,
            listed,
            acts,
        )

    def find(self, text: str) -> list[Match]:
        """Every cue in `text`; one that is an item of an enumeration of many areas as context.

        "Cooperation in farming, defence, shipping, energy, health and tourism" names energy
        as one area among many: it adds to what the article says elsewhere on energy, it does
        not make energy news alone (a topic the text only lists is not a passage on it). A
        list most of whose items are one topic's ("oil, gas and power") is about that topic.
        """
        matches = self.index.find(text)
        if not (matches and self.listed) or ("," not in text and ";" not in text):
            return matches
        named = listed(text, matches, self._counts)
        if not named:
            return matches
        return [Match(self.listed + m.term, m.start, m.end) if m in named else m for m in matches]

    def _counts(self, term: int) -> frozenset[int]:
        """The topics `term` adds evidence to; none if any role of it is another."""
        roles = self.roles[term]
        if term >= self.listed or not all(r in _COUNTS for r, _ in roles.values()):
            return frozenset()
        return frozenset(roles)

    def _split(
        self, matches: list[Match], number: int, *, relations: bool = True
    ) -> tuple[list[tuple[Match, float]], list[tuple[Match, float]], list[tuple[Match, float]]]:
        """Cue and negative matches for topic `number`, false friends blanked out; then every
        negative match, blanked or not (what `off_topic` weighs)."""
        cues: list[tuple[Match, float]] = []
        negatives: list[tuple[Match, float]] = []
        paired: list[tuple[Match, float]] = []
        related: list[tuple[Match, float]] = []
        blanked: list[Match] = []
        blocked = False
        for match in matches:
            role = self.roles[match.term].get(number)
            if role is None:
                continue
            if role[0] is _Role.CUE:
                cues.append((match, role[1]))
            elif role[0] is _Role.NEGATIVE:
                negatives.append((match, role[1]))
            elif role[0] is _Role.PAIRED:
                paired.append((match, role[1]))
            elif role[0] is _Role.RELATION:
                related.append((match, role[1]))
            elif role[0] is _Role.BLOCKER:
                blocked = True
            else:
                blanked.append(match)
        every_negative = negatives
        if blanked and (cues or related):
            hidden = {i for m in blanked for i in range(m.start, m.end)}
            cues = [(m, w) for m, w in cues if hidden.isdisjoint(range(m.start, m.end))]
            negatives = [(m, w) for m, w in negatives if hidden.isdisjoint(range(m.start, m.end))]
            paired = [(m, w) for m, w in paired if hidden.isdisjoint(range(m.start, m.end))]
            related = [(m, w) for m, w in related if hidden.isdisjoint(range(m.start, m.end))]
        # Weaker evidence than a cue: it needs a partner and no off-topic word ("tariff war").
        if paired and not negatives and any(m.term in self.partners[number] for m, _ in cues):
            cues.extend(paired)
        compounds = self._compounds(matches, number, blanked) if relations else []
        if (
            (related or compounds)
            and relations
            and not (negatives or blocked)
            and self._states(outside(matches, blanked))
        ):
            # First, so that a relation cue wins over a context cue on the same word ("mediating"
            # is only context, mediating between two named states is a settlement's).
            cues[:0] = compounds + related
        return cues, negatives, every_negative

    def _compounds(
        self, matches: list[Match], number: int, blanked: list[Match]
    ) -> list[tuple[Match, float]]:
        """Topic `number`'s relation pairs whose two sides both occur (outside false friends).

        Each counts as a match of no width before the sentence, so that no phrase covering
        one of its words ("agreement between") hides it; its weight is a floor of the
        sentence's score, not added to the cues it rests on (`evaluate`).
        """
        pairs = self.compounds[number] if number < len(self.compounds) else ()
        if not pairs:
            return []
        hidden = {i for m in blanked for i in range(m.start, m.end)}
        present = {
            m.term
            for m in matches
            if m.term in self.compound_terms and hidden.isdisjoint(range(m.start, m.end))
        }
        return [
            (Match(pair.term, -1, -1), pair.weight)
            for pair in pairs
            if not present.isdisjoint(pair.first)
            and not present.isdisjoint(pair.second)
            and present.isdisjoint(pair.blockers)
        ]

    def names_states(self, matches: list[Match], number: int) -> bool:
        """Whether a sentence names two states or blocs and no off-topic word of topic `number`."""
        return not self.off_topic(matches, number) and self._states(matches)

    def _states(self, matches: list[Match]) -> bool:
        """Whether a sentence names two or more states or blocs (or a group of them)."""
        named = {self.parties[m.term] for m in matches if m.term in self.parties}
        return len(named) >= 2 or any(m.term in self.groups for m in matches)

    def evaluate(
        self, matches: list[Match], number: int, *, relations: bool = True
    ) -> tuple[float, float]:
        """(positive, negative) evidence for topic `number`, false friends blanked out."""
        cues, negatives, _ = self._split(matches, number, relations=relations)
        return weigh(cues, negatives)

    def score(self, matches: list[Match], number: int, *, relations: bool = True) -> float:
        return net(*self.evaluate(matches, number, relations=relations))

    def cues(self, matches: list[Match], number: int, *, relations: bool = True) -> Cues:
        """The distinct cue terms counted in the score for topic `number`."""
        cues, _, _ = self._split(matches, number, relations=relations)
        return tuple({m.term: w for m, w in cover(cues)}.items())

    def off_topic(self, matches: list[Match], number: int) -> float:
        """Negative evidence alone (sport vocabulary), for the article-level check."""
        negatives = [
            (m, role[1])
            for m in matches
            if (role := self.roles[m.term].get(number)) is not None and role[0] is _Role.NEGATIVE
        ]
        return best_cover(negatives)

    def sentence(
        self, matches: list[Match], number: int, *, relations: bool = True
    ) -> SentenceEvidence:
        """Score, off-topic evidence and distinct cues of one sentence for topic `number`.

        `relations=False` leaves the relation cues out (what the topic has without them).
        """
        # One split serves the score, the cues and the off-topic evidence (`score`, `cues` and
        # `off_topic` would each read the matches again).
        cues, negatives, every_negative = self._split(matches, number, relations=relations)
        if not (cues or every_negative):
            return _NO_EVIDENCE  # what the lines below make of nothing, without a new object
        score = net(*weigh(cues, negatives))
        terms = tuple({m.term: w for m, w in cover(cues)}.items()) if score else ()
        return SentenceEvidence(score, best_cover(every_negative), terms)

    def claims(self, term: int, number: int) -> bool:
        """Whether topic `number` counts `term` as a cue of its own (not context, pair or side).

        A word two topics both claim ("disarmament" is a peace process and a defence matter)
        is neither's alone: it cedes no sentence from one to the other.
        """
        role = self.roles[term].get(number) if term < len(self.roles) else None
        return role is not None and role[0] is _Role.CUE and term not in self.generic[number]

    def without_sides(self, matches: list[Match], number: int) -> list[Match]:
        """`matches` less topic `number`'s words naming a side at the table, and what they cover.

        "The armed groups signed the accord", "the military government's envoy": who sits at
        peace talks is named with a defence word; it is not fighting.
        """
        sides = self.sides[number] if number < len(self.sides) else frozenset()
        named = [m for m in matches if m.term in sides]
        if not named:
            return matches
        hidden = {i for m in named for i in range(m.start, m.end)}
        return [m for m in matches if hidden.isdisjoint(range(m.start, m.end))]

    def names_act(self, matches: list[Match], number: int) -> bool:
        """Whether the sentence names one of topic `number`'s `acts` ("a drone attack")."""
        acts = self.acts[number] if number < len(self.acts) else frozenset()
        return any(m.term in acts for m in matches)

    def evidence(self, matches: list[Match]) -> dict[int, SentenceEvidence]:
        """Score and off-topic evidence of one sentence for every topic its matches touch."""
        touched = {number for m in matches for number in self.roles[m.term]}
        touched.update(n for m in matches for n in self.compound_terms.get(m.term, ()))
        return {number: self.sentence(matches, number) for number in touched}


def _key(term: str) -> str:
    """The index key of a term: spaces collapsed, case folded (a regular expression as is)."""
    key = " ".join(term.split())
    return key if key.startswith("re:") else normalise(key)
