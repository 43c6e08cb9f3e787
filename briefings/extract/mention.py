"""One place in the text where an article names a place, a body or a person."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.gazetteer import Kind


@dataclass
class Mention:
    para: int
    start: int
    end: int
    kind: Kind
    name: str
    partial: bool = False
    known: bool = False  # from the gazetteer, so already a canonical name

    def __post_init__(self) -> None:
        # "Onanga- Anyanga": a scrape that breaks a hyphenated surname after its hyphen
        # still names one surname.
        if "-" in self.name:  # most names have none: no search
            self.name = _BROKEN_HYPHEN.sub("-", self.name)


_BROKEN_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \u00a0](?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")
