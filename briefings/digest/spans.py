"""What of a sentence a brief shows: its informative span, and never junk.

A line in a brief is a verbatim substring of its source, plus "…" where something was cut:
a dateline (`BRUSSELS/BAKU, March 3 - `), an attribution tail (`, Report informs`,
`, the ministry said on Monday`) or a trailing clause with no fact in it. The outlet is cited
under the line anyway, so the tail only costs the reader time.

Whatever the loader may still leave (page stamps, menu words, a quotation mark opened and
never closed) is never shown: `shows_junk` rejects the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from briefings.load.vocabulary import either

ELLIPSIS = "…"
MIN_SPAN_CHARS = 40  # a cut never leaves less than this
MIN_WORDS_AFTER_STAMP = 4  # fewer after a stamp: the line is a stamp, not news
CLAUSE_CUT_MIN_CHARS = 160  # only long sentences lose a fact-free trailing clause
LONG_SPAN_CHARS = 200  # a longer span ends at its last clause break before this…
LONG_SPAN_KEEP = 120  # …that keeps at least this much (the main clause carries the news)
#: A long span's cut keeps at least this share of its distinct words: a longer tail is part of
#: the fact (who did it, where, to what), not a trailing remark, and a line that drops it no
#: longer reads as its sentence (round 24: such cuts lost keys on four of seven real sets).
#: The share is of the whole sentence, an attribution tail cut before counted too, and holds
#: for a fact-free clause's cut as well: two cuts that each keep enough may together leave
#: too little (round 30: briefs of 1,000 to 2,000 characters carried 9 more keys on two of
#: four real sets, none fewer).
MIN_KEPT_SHARE = 0.65
_CLAUSE_BREAK = re.compile(r",\s|\s[—–]\s|\s--\s|;\s")
_PAIRS = (("“", "”"), ("«", "»"))
_FACT = re.compile(r"\d|(?<=\s)[A-ZА-ЯЁ]")
_WORD = re.compile(r"\w+")
_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_CALENDAR_DATE = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTHS}\b")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class SpanLexicon:
    """data/digest.yaml compiled, with the menu words of data/boilerplate.yaml."""

    dateline: re.Pattern[str]
    label_lead: re.Pattern[str]
    dateline_only: tuple[re.Pattern[str], ...]
    attribution_tails: tuple[re.Pattern[str], ...]
    clause_openers: re.Pattern[str]
    embedded_clause_end: re.Pattern[str]
    fact_words: re.Pattern[str]
    coordinators: re.Pattern[str]
    stamps: tuple[re.Pattern[str], ...]
    junk_phrases: tuple[re.Pattern[str], ...]
    attribution_only: tuple[re.Pattern[str], ...]
    photo_credits: tuple[re.Pattern[str], ...]
    caption_tails: tuple[re.Pattern[str], ...]
    caption_marks: tuple[re.Pattern[str], ...]
    background: tuple[re.Pattern[str], ...]
    first_person: re.Pattern[str]
    menu_words: frozenset[str]
    # Lists asked only whether any pattern matches, as one pattern: one pass of the engine.
    any_attribution_only: re.Pattern[str]
    any_dateline_only: re.Pattern[str]
    any_photo_credit: re.Pattern[str]
    any_caption_tail: re.Pattern[str]
    any_caption_mark: re.Pattern[str]
    any_background: re.Pattern[str]


@cache
def lexicon() -> SpanLexicon:
    """Loaded once per process: the files ship with the package and never change at run time."""
    data = resources.files("briefings").joinpath("data")
    raw = yaml.safe_load(data.joinpath("digest.yaml").read_text("utf-8"))
    furniture = yaml.safe_load(data.joinpath("boilerplate.yaml").read_text("utf-8"))

    def compiled(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns)

    if not all(p.startswith(r"\(") for p in raw["caption_marks"]):
        raise ValueError("a caption mark opens with a bracket: `caption` looks for one first")

    return SpanLexicon(
        dateline=re.compile(_joined(raw["dateline"])),
        label_lead=re.compile(raw["label_lead"]),
        dateline_only=tuple(re.compile(p) for p in raw["dateline_only"]),
        attribution_tails=compiled(raw["attribution_tails"]),
        clause_openers=re.compile(_joined(raw["clause_openers"]), re.IGNORECASE),
        embedded_clause_end=re.compile(_joined(raw["embedded_clause_end"]), re.IGNORECASE),
        fact_words=re.compile(_joined(raw["fact_words"]), re.IGNORECASE),
        coordinators=re.compile(_joined(raw["coordinators"]), re.IGNORECASE),
        stamps=compiled(raw["stamps"]),
        junk_phrases=compiled(raw["junk_phrases"]),
        attribution_only=compiled(raw["attribution_only"]),
        photo_credits=compiled(raw["photo_credits"]),
        caption_tails=compiled(raw["caption_tails"]),
        caption_marks=compiled(raw["caption_marks"]),
        background=compiled(raw["background"]),
        first_person=re.compile(raw["first_person"]),
        menu_words=frozenset(str(w).casefold() for w in furniture.get("lines", [])),
        any_attribution_only=_any(compiled(raw["attribution_only"])),
        any_dateline_only=_any(tuple(re.compile(p) for p in raw["dateline_only"])),
        any_photo_credit=_any(compiled(raw["photo_credits"])),
        any_caption_tail=_any(compiled(raw["caption_tails"])),
        any_caption_mark=_any(compiled(raw["caption_marks"])),
        any_background=_any(compiled(raw["background"])),
    )


def _any(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern matching where any of `patterns` does, a test only (none: never matches)."""
    return either(patterns) if patterns else re.compile("(?!)")


def _joined(pattern: str) -> str:
    """A pattern written over several lines of a YAML block, joined without the line breaks."""
    return "".join(line.strip() for line in pattern.splitlines())


def _stamp_end(text: str) -> int:
    """Where a page or time stamp glued to the start of `text` ends (0: no stamp)."""
    for pattern in lexicon().stamps:
        found = pattern.match(text)
        if found is not None and found.end() > 0:
            return found.end()
    return 0


def balanced(text: str) -> bool:
    """Every quotation mark opened is closed (straight quotes: an even number)."""
    if text.count('"') % 2:
        return False
    return all(text.count(left) == text.count(right) for left, right in _PAIRS)


def shows_junk(text: str) -> bool:
    """A page stamp, a menu word, a bare dateline or an unbalanced quote: never shown."""
    return not balanced(text) or is_furniture(text)


@lru_cache(maxsize=50_000)
def is_furniture(sentence: str) -> bool:
    """A page stamp, a menu word, a bare dateline or a bare credit: page furniture, not news.

    (A sentence may open a quotation the next one closes, so balance is judged on what an
    item shows, not here.)
    """
    words = " ".join(_WORD.findall(sentence.casefold()))
    found = lexicon()
    if words in found.menu_words:
        return True
    stripped = sentence.strip()
    if any(p.search(stripped) for p in found.junk_phrases) or photo_credit(stripped):
        return True
    stamp = _stamp_end(stripped)
    if stamp and len(_WORD.findall(stripped[stamp:])) < MIN_WORDS_AFTER_STAMP:
        return True
    if found.any_attribution_only.match(stripped) is not None:
        return True
    return found.any_dateline_only.match(stripped) is not None


def photo_credit(sentence: str) -> bool:
    """A photo's credit or labelled caption ("Image: Name/Outlet"): the photo's, not the news."""
    stripped = sentence.strip()
    return lexicon().any_photo_credit.match(stripped) is not None


def background(sentence: str) -> bool:
    """The sentence defines or ranks its subject ("X is one of the largest …", "X refers to
    …"): an explainer's background, seldom the news (data/digest.yaml)."""
    stripped = _from_first_word(sentence)
    return lexicon().any_background.match(stripped) is not None


def _from_first_word(sentence: str) -> str:
    """The sentence from its first word (no leading quote, dash or bullet)."""
    return sentence.lstrip(" \t-–—•*")


_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")


def first_person(sentence: str) -> bool:
    """The sentence speaks in the first person outside any quotation (see data/digest.yaml)."""
    return lexicon().first_person.search(_QUOTED.sub(" ", sentence)) is not None


def caption(paragraph: Sequence[str]) -> bool:
    """A photo's caption: the paragraph ends in the photo's credit, as a line or glued on.

    ("Envoys smile for the cameras in Corvale. AGENCY PHOTO", "… on 3 March. PHOTO | Agency"),
    or it says where a person stands in the picture ("Name (left) and Name (right) shake hands").
    None of it is the story's lead or a candidate.
    """
    last = next((s.strip() for s in reversed(paragraph) if _WORD.search(s)), "")
    if not last:
        return False
    found = lexicon()
    if photo_credit(last) or found.any_caption_tail.search(last) is not None:
        return True
    mark = found.any_caption_mark
    # Every mark is bracketed (checked in `lexicon`): a sentence without "(" need not be searched.
    return any("(" in s and mark.search(s) is not None for s in paragraph)


@lru_cache(maxsize=50_000)
def informative_span(sentence: str, speakers: frozenset[str] = frozenset()) -> str:
    """The sentence without its dateline, attribution tail or fact-free trailing clause.

    Cuts are marked with "…"; what remains between the marks is verbatim. A cut that would
    leave an unbalanced quotation or less than MIN_SPAN_CHARS is not made. A tail naming one
    of `speakers` (stems of people's surnames) stays: who said it is news, who reported it
    is not.
    """
    text = sentence.strip()
    start, end = _stamp_end(text), len(text)
    found = lexicon()
    dateline = found.dateline.match(text[start:])
    if dateline is not None and end - start - dateline.end() >= MIN_SPAN_CHARS:
        start += dateline.end()
    else:
        label = found.label_lead.match(text[start:])
        if (
            label is not None
            and end - start - label.end() >= MIN_SPAN_CHARS
            and not names_anyone(label.group(), speakers)
        ):
            start += label.end()
    tails = (pattern.search(text, start) for pattern in found.attribution_tails)
    cuts = [tail.start() for tail in tails if tail is not None]
    cuts = [cut for cut in cuts if cut - start >= MIN_SPAN_CHARS]
    said_by = [cut for cut in cuts if _names_who(text[cut:], speakers)]
    cuts = [cut for cut in cuts if not _CALENDAR_DATE.search(text, cut)]
    cuts = [cut for cut in cuts if cut not in said_by]
    if cuts:
        end = min(cuts)  # the longest tail: "…, Trend reports, citing …" as a whole
    if end - start > CLAUSE_CUT_MIN_CHARS:
        for clause in found.clause_openers.finditer(text, start, end):
            rest = text[clause.start() : end]
            fact = _FACT.search(rest[2:]) or found.fact_words.search(rest)
            embedded = _embedded_clause(text, clause.start(), end)
            # After a tail's cut, the two cuts together must leave enough of the sentence.
            share = _kept_share(text, start, clause.start(), len(text))
            whole = not cuts or share >= MIN_KEPT_SHARE
            if clause.start() - start >= MIN_SPAN_CHARS and not fact and not embedded and whole:
                end = clause.start()
                break
    # A long sentence ending in who said it ("…, заявил посол …") keeps its speaker too.
    if end - start > LONG_SPAN_CHARS and not said_by:
        # Nor before the sentence's own verb, after a clause that interrupts it: "…, the
        # builder, which laid the line, is set to …" without "is set to" has no news.
        verb = max(
            (v.start() for v in found.embedded_clause_end.finditer(text, start, end)), default=-1
        )
        breaks = [
            b.start()
            for b in _CLAUSE_BREAK.finditer(text, start + LONG_SPAN_KEEP, start + LONG_SPAN_CHARS)
            if balanced(text[start : b.start()])
            and not found.coordinators.match(text, b.start())
            and b.start() > verb
            # Never before a digit: the amount a sentence reports is usually its news.
            and not _DIGIT.search(text, b.start(), end)
        ]
        kept = [b for b in breaks if _kept_share(text, start, b, len(text)) >= MIN_KEPT_SHARE]
        if kept:
            end = kept[-1]
    span = text[start:end].rstrip(" ,;:")
    if not balanced(span):
        return text
    if start == 0 and end == len(text):
        return text
    lead = ELLIPSIS if start > 0 else ""
    return f"{lead}{span}{ELLIPSIS if end < len(text) else ''}"


def _kept_share(text: str, start: int, cut: int, end: int) -> float:
    """The share of the distinct words of text[start:end] that text[start:cut] keeps."""
    whole = set(_WORD.findall(text[start:end].casefold()))
    kept = set(_WORD.findall(text[start:cut].casefold()))
    return len(kept) / len(whole) if whole else 1.0


def _embedded_clause(text: str, at: int, end: int) -> bool:
    """A relative clause opens at `at` and the sentence's own verb follows it (", which built
    the line, is set to …"): cutting there would drop the news, not a trailing remark."""
    found = lexicon()
    return (
        found.clause_openers.match(text, at) is not None
        and found.embedded_clause_end.search(text, at + 2, end) is not None
    )


def _names_who(tail: str, speakers: frozenset[str]) -> bool:
    """An attribution tail naming one of `speakers` or an office holder: who said it."""
    return names_anyone(tail, speakers) or names_a_role(tail)


def speaker_stems(names: Iterable[str]) -> frozenset[str]:
    """Surname stems that find a person in any grammatical case ("Мирзоян" → "мирзоя")."""
    stems = set()
    for name in names:
        surname = name.split()[-1].casefold() if name.split() else ""
        if len(surname) >= 4:
            stems.add(surname[: max(4, len(surname) - 1)])
    return frozenset(stems)


@cache
def _roles() -> re.Pattern[str]:
    """Role words of the people lexicon (data/lexicon.yaml), both languages, as one pattern."""
    from briefings.extract.lexicon import lexicon as people_lexicon

    found = people_lexicon()
    english = sorted(found.en.role_heads, key=len, reverse=True)
    russian = sorted({role.noun for role in found.ru.roles}, key=len, reverse=True)
    words = [r"\s+".join(map(re.escape, role.split())) for role in english]
    # A "-ство" or "-ат" word names a body or a land, not a person ("агентство" is no
    # "агент", "эмиратское" no "эмир").
    stems = [re.escape(noun) + r"(?!ств|ат)\w*" for noun in russian]
    return re.compile(rf"\b(?:{'|'.join(words)}|{'|'.join(stems)})\b", re.IGNORECASE)


def names_a_role(text: str) -> bool:
    """The text names someone by office or occupation ("the chairman of the peace panel")."""
    return _roles().search(text) is not None


def names_anyone(text: str, stems: frozenset[str]) -> bool:
    """Some word of `text` starts with one of the surname stems."""
    return any(word.startswith(stem) for word in _WORD.findall(text.casefold()) for stem in stems)


def verbatim_parts(line: str) -> list[str]:
    """The verbatim pieces of a shown line (what lies between its "…" marks)."""
    return [part for part in line.split(ELLIPSIS) if part.strip()]
