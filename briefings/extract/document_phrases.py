"""The phrasings that credit a quote to a document or to "it" rather than to a speaker: "“…,”
the statement read", "read a statement from X", "the MDO report said", "It added that …",
"his address declared:". Kept apart from `statements`, which finds who put the document out,
so that `attribution` reads these phrasings without the issuer's search."""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import VERB

__all__ = [
    "DOCUMENT_READS",
    "DOCUMENT_WORD",
    "FROM_READS",
    "HIS_WORDS",
    "IT_CLAUSE",
    "IT_SAYS",
    "NAMED_DOCUMENT_SUBJECT",
    "READS_DOCUMENT",
    "READ_FROM",
    "SAID_NAMED_DOCUMENT",
]

# "statement", "сообщении": the words that name a document, both languages.
DOCUMENT_WORD = alternatives(lexicon().both("document_words"))
_DOCUMENT_VERB = alternatives(lexicon().en.document_verbs)
# "“…,” further said X": an adverb may come before the verb.
_ADVERB = rf"(?:{alternatives(lexicon().both('attribution_adverbs'))}\s+)?"
# "Her video address declared: “…”", "to quote him saying: “…”": the words of the person the
# pronoun points back to.
HIS_WORDS = re.compile(
    r"(?<![\w-])(?:(?P<own>his|her)\s+(?:[\w-]+\s+){0,2}(?:address|speech|statement|post|message"
    rf"|letter|remarks)(?:\s+[\w-]+){{0,2}}\s+{_DOCUMENT_VERB}"
    r"|quot(?:e|ed|ing)\s+(?P<whom>him|her)\s+(?:as\s+)?saying)\s*:\s*$",
    re.I,
)
# "(¶) It also highlighted “…”": a paragraph opened by "it" and a speech verb goes on with the
# body whose quote came before.
IT_SAYS = re.compile(rf"\s*It\s+{_ADVERB}{VERB}\s*[:,]?\s*$")
# "It added that … “…”", "But it said this followed “…”", "The statement further said that …
# “…”": a clause whose subject is "it" (or the statement) and whose verb is speech carries the
# words of the body spoken of (or that put it out) before, as '“…,” it added'.
IT_CLAUSE = re.compile(
    rf"\s*(?:(?:But|And|Yet)\s+)?(?:[Ii]t|[Tt]he\s+(?:joint\s+)?{DOCUMENT_WORD})\s+{_ADVERB}{VERB}\b"
)
# "“…,” the statement read.": whoever put out the statement last spoken of.
DOCUMENT_READS = re.compile(
    rf"^\s*[,.!?…]?\s*(?:the|this|that)\s+(?:joint\s+)?{DOCUMENT_WORD}\s+reads?\s*[.;]", re.I
)
_DOC_ADJECTIVE = rf"(?:{alternatives(lexicon().both('document_adjectives'))}\s+)?"
# "“…,” read a statement from X", "“…,” said a recent statement by X": the document's author.
READ_FROM = re.compile(
    rf"^\s*[,.!?…]?\s*{_DOCUMENT_VERB}\s+(?:a|the)\s+{_DOC_ADJECTIVE}{DOCUMENT_WORD}"
    r"(?!\w)\s+(?:from|by|(?:issued|published|released)\s+by)\s+"
    r"(?P<who>[^.!?;«»\"“”()]{2,120}?)\s*(?=[.;!?()]|$)",
    re.I,
)
# '“…,” the statement from X read': X's document, the reverse of "read a statement from X".
FROM_READS = re.compile(
    rf"^\s*[,.!?…]?\s*(?:the|a)\s+{_DOC_ADJECTIVE}{DOCUMENT_WORD}(?!\w)\s+(?:from|by|of)\s+"
    rf"(?P<who>[^,.!?;«»\"“”()]{{2,80}}?)\s+{_DOCUMENT_VERB}\s*[.,;]",
    re.I,
)
# '“…,” read the statement, quoting …': whoever put out the statement, as 'the statement read'.
READS_DOCUMENT = re.compile(
    rf"^\s*[,.!?…]?\s*(?:read|reads)\s+(?:a|the)\s+{_DOC_ADJECTIVE}{DOCUMENT_WORD}(?!\w)", re.I
)
# '“…,” said a recent MDO report', 'reads the latest Port Authority statement': the named
# body's document; the name ends where the document word starts.
SAID_NAMED_DOCUMENT = re.compile(
    rf"^\s*[,.!?…]?\s*{_DOCUMENT_VERB}\s+(?:a|the)\s+"
    rf"{_DOC_ADJECTIVE}(?P<who>[A-Z][\w&.-]*(?:\s+(?:of|for|[A-Z][\w&.-]*)){{0,6}}?)"
    rf"(?:['’]s)?\s+{_DOC_ADJECTIVE}(?-i:{DOCUMENT_WORD})(?!\w)\s*(?=[.,;!?(]|$)"
)
# '“…,” the MDO report said', 'the Embassy press release stated': the subject is a
# document of the named body (or of the one body of that kind named before).
NAMED_DOCUMENT_SUBJECT = re.compile(
    rf"\s*(?P<who>[Tt]he\s+[A-Z][\w&.-]*(?:\s+(?:of|for|[A-Z][\w&.-]*)){{0,6}}?)(?:['’]s)?"
    rf"\s+{_DOC_ADJECTIVE}{DOCUMENT_WORD}\s*"
)
