"""A speaker described, not named, right after someone was heard: 'X said the pact is
defensive. (¶) … “…,” the diplomat said', 'Gazprom CEO X said … (¶) “…,” Gazprom’s chief
executive stated', '“…,” he said. (¶) … “…,” said the 61-year-old'. The description points
back to the person of the latest sentence with a speech verb (named there, or by a pronoun
that points to someone), as a pronoun would; never when that sentence names no one or
several before its verb, when someone else is named since, when the description names whose
office it is ('the Tarvian leader') and nothing about that person says so, or when the
article brought in the description unnamed before ('a senior official said …')."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from briefings.extract.gazetteer import CYR
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.marks import quote_spans
from briefings.extract.offices import qualifiers
from briefings.extract.people import People
from briefings.extract.pronoun_cues import SPEECH
from briefings.extract.sexes import SENTENCE_END
from briefings.extract.speaker import Speaker
from briefings.models import SpeakerKind

_HEADS = alternatives(lexicon().en.person_description_heads)
# "the diplomat", "the Deputy Prime Minister", "Gazprom’s chief executive".
_DESCRIPTION = re.compile(
    rf"\s*(?P<det>[Tt]he|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){{0,3}}?(?P<head>(?i:{_HEADS}))\s*"
)
# "“…,” said the 61-year-old": an age no one was given before (`Described._aged` reads one
# that was) describes the person heard just before as well as an office does.
# A relative clause may follow it ("said the 61-year-old, who grows figs").
_AGED = re.compile(r"\s*[Tt]he\s+(?P<years>\d{1,3})-year-old\s*(?:,\s*who\s[^,.;:!?]*)?")
# "“…,” he said", "He added that …": a pronoun right before or after the speech verb.
_PRONOUN_BEFORE = re.compile(r"(?<![\w-])(?P<pronoun>he|she)\s+$", re.I)
_PRONOUN_AFTER = re.compile(r"\s+(?P<pronoun>he|she)(?![\w-])", re.I)
_REACH = 3  # paragraphs back
_BEFORE_NAME = 100  # characters before a mention that may say whose office it is


# Whom a pronoun at a position of a paragraph points back to (`Speakers.pronoun`).
PronounFn = Callable[[int, int, str], Speaker | None]


def just_heard(
    paragraphs: list[str],
    people: People,
    p: int,
    lo: int,
    hi: int,
    pronoun: PronounFn | None = None,
) -> Speaker | None:
    """The person the description `lo:hi` of paragraph `p` points back to, or None; with
    `pronoun`, the latest speaking sentence may name its speaker by a pronoun ('he said')."""
    text = paragraphs[p]
    if CYR.search(text, lo, hi) or any(lo <= m.start < hi for m in people.by_para.get(p, ())):
        return None
    aged = _AGED.fullmatch(text, lo, hi)
    if aged is not None:
        earlier = "\n".join([*paragraphs[:p], text[:lo]])
        if re.search(rf"(?<![\w.]){aged.group('years')}(?![\w.])", earlier):
            return None  # that age was given before: to someone unnamed, or to several
        name = _last_speaker(paragraphs, people, p, lo, pronoun)
        return Speaker(name) if name is not None else None
    found = _DESCRIPTION.fullmatch(text, lo, hi)
    if found is None:
        return None
    head = found.group("head")
    earlier = "\n".join([*paragraphs[:p], text[:lo]])
    if re.search(rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(head)}\b", earlier, re.I):
        return None  # "a senior official said …": someone never named
    name = _last_speaker(paragraphs, people, p, lo, pronoun)
    if name is None:
        return None
    wanted = qualifiers(text[lo:hi])
    stems, written = _whose(paragraphs, people, name)
    if wanted and not wanted <= stems:
        return None
    # "the deputy defence minister" is not the trade minister heard: each word of the office
    # besides whose it is stands in the person's role or right before their name
    words = text[found.end("det") : found.start("head")].split()
    own = {w.casefold() for w in words if w.casefold()[:3] not in wanted}
    return Speaker(name) if own <= set(re.findall(r"[\w-]+", written)) else None


def _last_speaker(
    paragraphs: list[str], people: People, p: int, pos: int, pronoun: PronounFn | None = None
) -> str | None:
    """The one person named before the verb (or right after it) of the latest sentence with a
    speech verb before `pos` of paragraph `p`, outside quotation marks; or, with `pronoun`,
    the one a pronoun right by that verb points to. A verb right before `pos` is the
    description's own ('said the diplomat')."""
    for q in range(p, max(-1, p - _REACH - 1), -1):
        text = paragraphs[q]
        limit = pos if q == p else len(text)
        quoted = [(s.start, s.end) for s in quote_spans(text)]
        ends = [0, *(m.end() for m in SENTENCE_END.finditer(text, 0, limit)), limit]
        for a, b in reversed(list(itertools.pairwise(ends))):
            verbs = [
                v
                for v in SPEECH.finditer(text, a, b)
                if not any(s <= v.start() < e for s, e in quoted)
                and (q != p or text[v.end() : pos].strip())
            ]
            if not verbs:
                continue
            mentions = [
                m
                for m in people.by_para.get(q, ())
                if a <= m.start < b and not any(s <= m.start < e for s, e in quoted)
            ]
            verb = verbs[0]
            names = {people.by_mention[id(m)] for m in mentions if m.start < verb.start()}
            if not names:  # "“…,” said X": the subject after the verb
                names = {
                    people.by_mention[id(m)]
                    for m in mentions
                    if verb.end() <= m.start < verb.end() + 60
                }
            if not names and pronoun is not None:
                names = _by_pronoun(text, q, a, verb, pronoun)
            if len(names) != 1:
                return None
            name = names.pop()
            return name if not _named_since(paragraphs, people, (q, b), (p, pos), name) else None
    return None


def _by_pronoun(text: str, q: int, a: int, verb: re.Match[str], pronoun: PronounFn) -> set[str]:
    """Whom a pronoun right before or after the speech verb `verb` means ('he said'), if one
    stands there and points to someone."""
    by = _PRONOUN_BEFORE.search(text, a, verb.start()) or _PRONOUN_AFTER.match(text, verb.end())
    who = pronoun(q, by.start("pronoun"), by.group("pronoun")) if by is not None else None
    return {who.name} if who is not None and who.kind == SpeakerKind.PERSON else set()


def _named_since(
    paragraphs: list[str], people: People, since: tuple[int, int], until: tuple[int, int], name: str
) -> bool:
    """Whether anyone but `name` is named, outside quotation marks, between two places: the
    description may be theirs."""
    for q in range(since[0], until[0] + 1):
        quoted = [(s.start, s.end) for s in quote_spans(paragraphs[q])]
        for m in people.by_para.get(q, ()):
            if (
                since <= (q, m.start) < until
                and people.by_mention[id(m)] != name
                and not any(s <= m.start < e for s, e in quoted)
            ):
                return True
    return False


def _whose(paragraphs: list[str], people: People, name: str) -> tuple[set[str], str]:
    """What the text says of `name`'s office: the stems of whose it is, and the words of their
    role and of those written right before their name (casefolded, space-joined)."""
    role = next((x.role or "" for x in people.people if x.name == name), "")
    stems, written = qualifiers(role), [role]
    for q, mentions in people.by_para.items():
        for m in mentions:
            if people.by_mention[id(m)] == name:
                before = paragraphs[q][max(0, m.start - _BEFORE_NAME) : m.start]
                stems |= qualifiers(before)
                written.append(before)
    return stems, " ".join(written).casefold()
