"""One place in the text where an article names a place, a body or a person."""

from __future__ import annotations

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
