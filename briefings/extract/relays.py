"""Words another voice relays: an agency quoting someone ("“…,” the agency quoted X as
saying", "X was quoted as saying", "citing X", "Quoting X, she said: “…”", "described by X
as “…”", "«…», — приводит ТАСС слова X", "«…», — цитирует X ТАСС"). Whoever is named as
the one quoted said the words, not who relays them; `attribution` reads these patterns
around a quote."""

from __future__ import annotations

import re

from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.patterns import ABBREV_DOT, VERB

__all__ = [
    "CITING_OPENER",
    "DESCRIBED_BY",
    "QUOTED_ACTIVE_BEFORE",
    "QUOTED_BEFORE",
    "QUOTED_PASSIVE_BEFORE",
    "QUOTING_OPENING",
    "RELAYED_NAME",
    "SUBJ_CHAR",
    "quoted_end",
    "relayed_after",
    "signed_inside",
    "signed_unnamed",
]

# "Mr. Ross said": a title's abbreviation dot does not end the subject.
# "Marcos Jr. said": a name's suffix keeps its dot inside the subject.
SUBJ_CHAR = rf"(?:[^,.!?\"“”«»]|{ABBREV_DOT}|(?<=\b[JS]r)\.)"
# '“…,” the agency quoted X as saying': X said it, not the agency.
QUOTED_AS = re.compile(
    r"^\s*[,.!?…]?\s*(?:[—–-]\s*)?[^.!?\"“”«»]{0,80}?\b(?:quoted|cited)\s+"
    r"(?P<who>[^.!?,\"“”«»]{2,80}?)\s+as\s+(?:saying|telling)\b"
)
# '“…,” Deputy Minister X was quoted (cited) as saying by state media': X said it, relayed.
# ('“…,” General X, NATO's commander, was quoted as saying': the name before the apposition.)
QUOTED_PASSIVE = re.compile(
    rf"^\s*[,.!?…]?\s*(?P<who>{SUBJ_CHAR}{{2,120}}?)(?:,{SUBJ_CHAR}{{2,100}}?,)?"
    r"\s+(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+as\s+(?:saying|telling)\b"
)
# '“…,” Major X, one of the team's heads was quoted as saying': an apposition whose closing
# comma the page dropped; it opens on a determiner, so it is no name run on.
QUOTED_PASSIVE_UNCLOSED = re.compile(
    rf"^\s*[,.!?…]?\s*(?P<who>[A-Z]{SUBJ_CHAR}{{1,120}}?),\s+(?:one|the|an?)\s"
    r"[^.!?,\"“”«»]{2,100}?\s+(?:was|were)\s+(?:quoted|cited)\s+as\s+(?:saying|telling)\b"
)
# 'The allies answered “…” by sending troops, X was quoted as saying': the quote's sentence
# goes on, with no speech verb of its own, to the name the passive relays, as it may to
# '…, X said'.
QUOTED_PASSIVE_LATE = re.compile(
    rf"^(?:(?!(?<![\w-]){VERB}(?![\w-]))[^.!?\"“”«»]){{1,160}}?,\s+"
    rf"(?P<who>[A-Z]{SUBJ_CHAR}{{1,120}}?)(?:,{SUBJ_CHAR}{{2,100}}?,)?"
    r"\s+(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+as\s+(?:saying|telling)\b"
)
# "«…», — приводит агентство выдержки из заявления МИД X": X said it, the agency relays it.
RELAYED = re.compile(
    rf"^\s*[,.!?…]?\s*[—–-]\s*{alternatives(lexicon().both('relaying_verbs'))}\s+"
    rf"(?:[^.!?«»\"“”]{{0,60}}?\s)?{alternatives(lexicon().both('relayed_words'))}\s+"
    r"(?P<who>[^.!?,;«»\"“”()]{2,80}?)\s*(?=[.,;!?()«\"“„]|$)",  # "… слова X сайт «Y»", "Y"
    re.I,
)
# "«…», — приводит слова президента местная газета X": the outlet named after the one quoted
# (a kind of outlet, maybe with an adjective, before its name) relays the words.
_RELAYER = re.compile(
    rf"\s+(?:[а-яё-]+\s+)?{alternatives(lexicon().ru.media_kind_nouns)}(?![\w-])", re.I
)
# '“…,” the ministry said in a statement, quoting (citing) X': X's words, relayed.
QUOTING = re.compile(
    r"^[^.!?\"“”«»]{0,160}?,\s+(?:quoting|citing)\s+(?P<who>[^.!?,;\"“”«»]{2,80}?)"
    r"(?:\s+as\s+(?:saying|telling))?\s*(?=[.,;!?]|$)"
)
# 'Y quoted X as saying: “…”': X said it (the quote's own "quoted X as saying" before it).
QUOTED_BEFORE = re.compile(
    r"\bquoted\s+(?P<who>[^.!?,\"“”«»]{2,80}?)\s+as\s+(?:saying|telling\s+[\w\s]{2,40}?)"
    r"\s*[:,]?\s*$"
)
# 'Y quoted X as saying the pact marked “…”': X's words, the quote inside X's reported clause.
QUOTED_ACTIVE_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bbeen\s)\b(?:quoted|cited)\s+(?!by\s)"
    r"(?P<who>[^.!?,\"“”«»]{2,80}?)\s+as\s+(?:saying|telling)\b[^.!?\"“”«»]{0,160}$"
)
# 'X was quoted by <agency> as saying the country was ready to “…”': X's words, relayed.
QUOTED_PASSIVE_BEFORE = re.compile(
    r"\s+(?:was|were|is|has\s+been)\s+(?:quoted|cited)\s+"
    r"(?:by\s+[^.!?\"“”«»]{2,80}?\s+)?as\s+(?:saying|telling)\b[^.!?\"“”«»]{0,160}$"
)
# "Quoting", "Citing": a relay word as it opens a sentence.
CITING_OPENER = alternatives([w.capitalize() for w in lexicon().en.citing_words if " " not in w])
# 'Quoting X, the spokesman said, “…”': a sentence opened by the relay gives X's words (a
# name: "Citing security concerns, the minister said" is the minister speaking).
QUOTING_OPENING = re.compile(
    rf"\s*(?:{CITING_OPENER})"
    r"\s+(?P<who>[A-ZА-ЯЁ][^.!?,;\"“”«»]{1,79}?),\s+[^.!?\"“”«»]{0,80}?"
    rf"\b{VERB}\s*[:,]?\s*$"
)
# "«…», — цитирует X ТАСС": the outlet relays a person's words; a body alone is no speaker.
RELAYED_NAME = re.compile(
    rf"^\s*[,.!?…]?\s*[—–-]\s*{alternatives(lexicon().both('relaying_verbs'))}\s+"
    r"(?P<who>[^.!?;«»\"“”()]{2,80}?)\s*(?=[.;!?()«]|$)",
    re.I,
)

# 'the summit, described by the union as “…”': the union's words for it.
DESCRIBED_BY = re.compile(
    rf"\b{alternatives(lexicon().en.describing_verbs)}\s+by\s+"
    r"(?P<who>[^.!?,;\"“”«»]{2,80}?)\s+as\s+(?:an?\s+|the\s+)?$"
)


def relayed_after(after: str) -> re.Match[str] | None:
    """The relay that follows a quote (`after`: the text from its closing mark), with the
    one quoted as `who`; None when the words after it relay nothing.

    `after` runs to the paragraph's end and the English patterns try their lazy spans at
    every length before giving up, so each is tried only when its verb is in the text at all
    (a plain substring test: most quotes are relayed by nobody)."""
    if "quoted" in after or "cited" in after:
        found = (
            QUOTED_AS.match(after)
            or QUOTED_PASSIVE.match(after)
            or QUOTED_PASSIVE_UNCLOSED.match(after)
            or QUOTED_PASSIVE_LATE.match(after)
        )
        if found:
            return found
    if "quoting" in after or "citing" in after:
        found = QUOTING.match(after)
        if found:
            return found
    return RELAYED.match(after)


def quoted_end(found: re.Match[str]) -> int:
    """Where the one quoted ends in a relay's `who`: before the outlet named after them
    ("слова президента газета X" → "президента"), else at the group's end."""
    relayer = _RELAYER.search(found.group("who"))
    return found.start("who") + relayer.start() if relayer and relayer.start() else found.end("who")


# '“…” – economists point out.', '“…,” analysts say': lowercase words and a plural speech
# verb; '«…», — отмечают эксперты': the verb, then lowercase words. Voices nobody named.
_EN_PLURAL = alternatives(lexicon().en.plural_speech_verbs)
_RU_PLURAL = alternatives(lexicon().ru.plural_speech_verbs)
_SIGNED_UNNAMED = re.compile(
    rf"^[\s“”\"«»]*[,.!?…]?\s*(?:[—–-]\s*)?(?:[a-z][\w-]*\s+){{1,3}}{_EN_PLURAL}(?![\w-])"
    rf"[^.!?\"“”«»]{{0,40}}(?:[.!?]|$)"
    rf"|^\s*[,.!?…]?\s*[—–-]\s*{_RU_PLURAL}(?:\s+[а-яё-]+){{1,3}}\s*(?:[.!?]|$)"
)


def signed_unnamed(after: str) -> bool:
    """Whether the words right after a quote sign it for voices nobody named ('“…,”
    analysts say'): no one speaker, and not the speaker before going on."""
    return _SIGNED_UNNAMED.match(after) is not None


def signed_inside(body: str) -> bool:
    """Whether a quote left open runs on past a mark into such a signature ('“… threshold“-
    economists point out.'): the mark closed it the wrong way round."""
    mark = max(body.rfind(m) for m in '“”"»')
    return mark > 0 and signed_unnamed(body[mark:])
