"""The topic file: the shape of `data/topics.yaml` and of an admin override, validated.

Kept apart from `briefings.topics`, which scores text with what this module parses: a wrong
field or a malformed file is one `TopicConfigError` naming the file and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefings.errors import TopicConfigError
from briefings.passages import PassageRule, Secondary

_TOPIC_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SHIPPED = "briefings/data/topics.yaml"


class SharedCues(BaseModel):
    """Cues that apply to every topic: universal false friends and off-topic vocabulary.

    `parties` maps a state or bloc to the terms that name it (its name, adjective, capital) and
    `party_groups` are phrases naming several at once; they score nothing, they let a topic's
    relation cues count (briefings.scoring).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    false_friends: list[str] = []
    negative_cues: dict[str, float] = {}
    parties: dict[str, list[str]] = {}
    party_groups: list[str] = []


class RelationPair(BaseModel):
    """Two kinds of words that weigh `weight` together, in a sentence naming two states or blocs.

    "An agreement" and "signed" are any contract's words; an agreement two named states sign
    or ratify is a compact between them, whatever it is about (briefings.scoring).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    first: list[str] = Field(min_length=1, description="Terms one of which must occur")
    second: list[str] = Field(min_length=1, description="Terms one of which must occur too")
    weight: float = Field(gt=0)
    blockers: list[str] = Field(
        default=[], description="Terms that keep this pair (not the other relation cues) out"
    )


class Topic(BaseModel):
    """One topic readers can ask for, with the cues that make a sentence relevant to it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_TOPIC_ID, description="Short kebab-case id, e.g. 'peace-talks'")
    title: str = Field(min_length=1, description="Human title, e.g. 'Peace talks'")
    aliases: list[str] = []
    description: str = ""
    cues: dict[str, float] = Field(min_length=1, description="Term -> weight")
    context_cues: dict[str, float] = Field(
        default={}, description="Term -> weight; adds to the cues, never makes the topic alone"
    )
    paired_cues: dict[str, float] = Field(
        default={}, description="Term -> weight; a cue only in a sentence with `pairs_with`"
    )
    pairs_with: list[str] = Field(
        default=[], description="Context cues one of which makes the paired cues count"
    )
    relation_cues: dict[str, float] = Field(
        default={}, description="Term -> weight; a cue only where two states or blocs are named"
    )
    relation_pairs: list[RelationPair] = Field(
        default=[], description="Two terms that count together where two states are named"
    )
    relation_blockers: list[str] = Field(
        default=[], description="Terms that keep the relation cues out of their sentence"
    )
    relations_yield_to: list[str] = Field(
        default=[], description="Topic ids that take the relation evidence when they are chosen"
    )
    false_friends: list[str] = Field(default=[], description="Phrases that are not evidence")
    negative_cues: dict[str, float] = Field(default={}, description="Term -> weight subtracted")
    sentence_threshold: float = Field(default=2.0, gt=0)
    min_sentences: int = Field(default=2, ge=1)
    strong_sentence: float | None = Field(
        default=None, gt=0, description="One sentence this strong makes the topic (None: 4x)"
    )
    title_threshold: float | None = Field(
        default=None, gt=0, description="Score that makes a title relevant (None: as sentences)"
    )
    passage_window: int = Field(default=2, ge=1, description="Sentences a passage may span")
    thread_sentences: int = Field(
        default=0, ge=0, description="Sentences at `thread_threshold` that together make it"
    )
    thread_threshold: float | None = Field(
        default=None, gt=0, description="Score of a thread's sentence (below the threshold)"
    )
    passage_threshold: float | None = Field(
        default=None, gt=0, description="Summed score of a passage (None: 2x the threshold)"
    )
    secondary: Secondary = Field(
        default=Secondary.SHARED,
        description="When another topic leads: 'own' counts only sentences of its own",
    )
    own_under: list[str] = Field(
        default=[], description="Topic ids under which it counts only sentences of its own"
    )
    cedes_to: list[str] = Field(
        default=[],
        description="Topic ids that, leading, take every sentence they have any evidence in",
    )
    sides: list[str] = Field(
        default=[],
        description="Terms naming a side at the table (rebel groups, a junta): nothing under"
        " a `cedes_to` leader",
    )
    anchors: list[str] = Field(
        default=[],
        description="Terms one of which the article must contain for the topic (briefings.anchors)",
    )
    acts: list[str] = Field(
        default=[],
        description="Terms naming an act (a drone attack, a coal phase-out): the sentence stays"
        " the topic's under a `struck_under` leader",
    )
    struck_under: list[str] = Field(
        default=[],
        description="Topic ids whose words, under them leading, name what an act hit (a pipeline)",
    )
    setting_of: list[str] = Field(
        default=[],
        description="Topic ids that, chosen too, leave the topic only with a strong sentence"
        " holding none of their evidence (the army clearing shells is the clearance's setting)",
    )

    def rule(self) -> PassageRule:
        """The evidence rule of this topic (briefings.passages)."""
        return PassageRule(
            sentence_threshold=self.sentence_threshold,
            min_sentences=self.min_sentences,
            strong_sentence=self.strong_sentence or 4 * self.sentence_threshold,
            passage_window=self.passage_window,
            passage_threshold=self.passage_threshold or 2 * self.sentence_threshold,
            title_threshold=self.title_threshold,
            secondary=self.secondary,
            thread_sentences=self.thread_sentences,
            thread_threshold=self.thread_threshold,
        )


class TopicFile(BaseModel):
    """The shape of `topics.yaml` and of an admin override file."""

    model_config = ConfigDict(extra="forbid")

    shared: dict[str, Any] | None = None
    topics: list[dict[str, Any]] = []
    remove: list[str] = []


def parse_file(text: str, source: str) -> TopicFile:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise TopicConfigError(source, f"malformed YAML{where}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise TopicConfigError(source, "expected a mapping with 'topics:'")
    try:
        parsed = TopicFile.model_validate(data)
    except ValidationError as exc:
        raise TopicConfigError(source, first_error(exc)) from exc
    for index, raw in enumerate(parsed.topics):
        if not isinstance(raw.get("id"), str):
            raise TopicConfigError(source, f"topics[{index}] has no string 'id'")
    return parsed


def first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "file"
    return f"{where}: {error['msg']}"


def _merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    return {**base, **override}


def read_topics(override: Path | None = None) -> tuple[list[Topic], SharedCues]:
    """Shipped defaults, then the admin file (fields replace per topic id; new ids add)."""
    text = resources.files("briefings").joinpath("data/topics.yaml").read_text("utf-8")
    base = parse_file(text, SHIPPED)
    shared = dict(base.shared or {})
    raw_topics = {t.get("id"): t for t in base.topics}
    if override is not None:
        try:
            extra_text = override.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TopicConfigError(str(override), f"cannot read: {exc}") from exc
        extra = parse_file(extra_text, str(override))
        shared = _merge(shared, extra.shared or {})
        for raw in extra.topics:
            topic_id = raw.get("id")
            raw_topics[topic_id] = _merge(raw_topics.get(topic_id, {}), raw)
        for topic_id in extra.remove:
            raw_topics.pop(topic_id, None)
    source = str(override) if override is not None else SHIPPED
    try:
        topics = [Topic.model_validate(raw) for raw in raw_topics.values()]
        shared_cues = SharedCues.model_validate(shared)
    except ValidationError as exc:
        raise TopicConfigError(source, first_error(exc)) from exc
    return topics, shared_cues
