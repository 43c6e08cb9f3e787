"""The labels: a gold file's schema, and loading it with errors an editor can act on.

Gold file (YAML)::

    articles:
      - file: 000_interview.txt          # relative to the corpus folder; "list.json#1" for a record
        topics: [energy, partnerships]   # [] means: must get no topic at all
        figures: ["12 billion cubic meters"]
        quotes: [{speaker: Jens Stoltenberg, text: "Azerbaijan is an important and valued partner"}]
        people: [Jens Stoltenberg]
        # optional, scored when present:
        title: "Exact title an editor expects"
        outlet: Trend                    # null: the page does not say; must then stay unknown
        published: 2025-03-12            # null: undated; must then stay undated
        language: en
        key_sentences:                   # per topic, exact substrings a brief should carry
          energy: ["Exports through the pipeline rose to 12 bcm"]
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from briefings.errors import GoldFileError
from briefings.models import SpeakerKind


class _Strict(BaseModel):
    """An unknown key in a label is a typo to report; a loaded label stays fixed."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldQuote(_Strict):
    speaker: str | None
    text: str
    speaker_kind: SpeakerKind = SpeakerKind.PERSON


class GoldArticle(_Strict):
    file: str
    topics: list[str] = []
    figures: list[str] = []
    quotes: list[GoldQuote] = []
    people: list[str] = []
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None
    key_sentences: dict[str, list[str]] = {}
    #: Which of title/outlet/published/language the label states (null is a statement too).
    stated: frozenset[str] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _record_stated(cls, data: Any) -> Any:
        if isinstance(data, dict) and "stated" not in data:
            keys = {"title", "outlet", "published", "language"} & set(data)
            data = {**data, "stated": frozenset(keys)}
        return data


class GoldSet(_Strict):
    articles: list[GoldArticle] = Field(min_length=1)


def load_gold(path: Path) -> GoldSet:
    """Parse and validate a gold file; raises GoldFileError naming the problem."""
    try:
        raw = yaml.safe_load(path.read_text("utf-8"))
    except OSError as exc:
        raise GoldFileError(path, f"cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise GoldFileError(path, f"malformed YAML{where}") from None
    try:
        return GoldSet.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors()[0]
        location = ".".join(str(part) for part in error["loc"])
        raise GoldFileError(path, f"{location}: {error['msg']}") from None
