"""A name nobody knows that the article itself shows to be a body: written after a kind of
body ("the utility Voltra"), described as one between commas ("Voltra, the state grid
operator,"), or spoken of as "it" ("Voltra said its crews …", "Voltra, which …"). A person
is never "it" nor a kind of body, so "“…,” Voltra said" is that body speaking."""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.lexicon import alternatives, lexicon

__all__ = ["BARE_NAME", "body_kinds", "marked_as_body"]

_LEX = lexicon().en
# One to three capitalised words, perhaps after "the": all an attribution holds of the name.
BARE_NAME = re.compile(r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2})\s*")
# "said it continues", "said its crews": "it" as the subject of what it said, not "it was".
_NOT_IT_SUBJECT = r"(?:is|was|would|will|could|might|may|seems|seemed|had\s+been|has\s+been)"


@cache
def body_kinds() -> str:
    """One alternation of every kind of firm or body ("utility", "agency", …)."""
    return alternatives(sorted({*_LEX.firm_kind_nouns, *_LEX.body_kind_nouns}))


@cache
def _marks(name: str, *, it: bool) -> re.Pattern[str]:
    n = re.escape(name)
    kinds = body_kinds()
    said_it = (
        rf"|(?<![\w&-]){n}(?:\s+(?:has|had))?\s+(?:said|says|added|announced|stated)\s+"
        rf"(?:that\s+)?(?:its\s|it\s+(?!{_NOT_IT_SUBJECT}(?![\w-])))"
    )
    return re.compile(
        rf"(?<![\w-])(?:[Tt]he|an?)\s+(?:[a-z][\w-]*\s+){{0,3}}{kinds}\s+{n}(?![\w&-])"
        rf"|(?<![\w&-]){n},\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,4}}{kinds},"
        rf"|(?<![\w&-]){n},\s+which\s" + (said_it if it else "")
    )


def marked_as_body(paragraphs: list[str], name: str, *, it: bool = True) -> bool:
    """Whether the article writes `name` as a body's anywhere; without `it`, only by a kind
    of body or "which" (what could read a person's "said its members …" is left out)."""
    # Every match holds the name as written: a paragraph without it need not be searched
    # (nor, when none has it, the name's pattern built).
    holding = [text for text in paragraphs if name in text]
    if not holding:
        return False
    found = _marks(name, it=it)
    return any(found.search(text) for text in holding)
