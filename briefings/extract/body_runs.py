"""When a run of capitals a person's name could be is a body's name instead: a gloss or an
acronym in brackets after it, a plural possessive before its head, quotation marks round it,
a kind of firm or a place noun around it, or the name running on after "and". Which bodies
are known is `body_names`' business; this only keeps them out of the people."""

from __future__ import annotations

import re

from briefings.extract.gazetteer import gazetteer, norm
from briefings.extract.lexicon import alternatives, lexicon
from briefings.extract.name_tokens import RU_INSTITUTIONS, is_given
from briefings.extract.names import PLACE_NOUN_AFTER
from briefings.extract.patterns import PLURAL_OFFICE_LIST_BEFORE
from briefings.extract.russian import named_after

_GLOSS = re.compile(r"\s*\((?P<inside>[^()]{2,60})\)")
_BODY_GOES_ON = re.compile(
    r"\s+(?:and|&)\s+(?P<words>(?:[A-Z][\w-]+\s+){0,3})(?P<head>[A-Z][\w-]+)"
    # "… and NBC News anchor José X": a lowercase office and a name after it start a person.
    r"(?![ \u00a0]+[a-z][\w-]*[ \u00a0]+[A-ZÀ-ÞА-ЯЁ])"
)
_PLURAL_POSSESSIVE = re.compile(r"['’]\s+[A-ZА-ЯЁ]")


# "operator Nordic ReGas", "корпорации Westland Oil": a kind of firm right before the run.
_RU_FIRM_STEMS = [h[:-1] for h in lexicon().ru.firm_heads]  # "корпораци-" in any case
_FIRM_HEAD_BEFORE = re.compile(
    rf"(?<![\w-])(?:{alternatives(lexicon().en.firm_heads, any_first_case=True)}"
    rf"|{alternatives(_RU_FIRM_STEMS, any_first_case=True)}[а-яё]{{0,4}})\s+$"
)


def names_a_body(text: str, run: list[re.Match[str]]) -> bool:
    """Runs a body's name is written with: its acronym or a gloss in brackets after it
    ('Explosive Ordnance Disposal (EOD)', 'Halk Maslahaty (People's Council)'), a plural
    possessive before its head ('Peacemaker Veterans’ Association'), quotation marks
    round it alone (a title), or a kind of firm right before it ('operator Nordic ReGas')."""
    end = run[-1].end()
    start = run[0].start()
    if (
        not is_given(run[0].group())
        and _FIRM_HEAD_BEFORE.search(text, max(0, start - 30), start) is not None
    ):
        return True
    if run[-1].group().endswith("s") and _PLURAL_POSSESSIVE.match(text, end):
        return True
    start = run[0].start()
    if start and text[start - 1] in '«“"' and text[end : end + 1] in ("»", "”", '"'):
        return True  # «Битва Чемпионов»: a title in quotation marks
    if PLACE_NOUN_AFTER.match(text, end) or named_after(text, start, run[0].group()):
        return True  # "Uzeyir Hajibeyli street", "улица Юсифа Сафарова": a place's name
    goes_on = _BODY_GOES_ON.match(text, end)
    if (
        goes_on is not None
        and goes_on.group("head") in gazetteer().institution_words
        and not any((norm(w),) in gazetteer().index for w in goes_on.group("words").split())
    ):
        # "X Humanitarian Aid and Relief Center": the body's name runs on; not "X Y and
        # Pakistan Army chief Z" (a new body, named by a known place) nor "… News anchor Z".
        return True
    gloss = _GLOSS.match(text, end)
    if gloss is None or PLURAL_OFFICE_LIST_BEFORE.search(text, max(0, start - 120), start):
        return False  # "ministers X Y (Energy) and Z": the bracket gives each one's portfolio
    inside = gloss.group("inside").split()
    if len(inside) == 1 and inside[0].isupper() and len(inside[0]) >= 2:
        initials = "".join(t.group()[0] for t in run).upper()
        return initials in inside[0] or inside[0] in initials
    last = inside[-1]
    return last[:1].upper() + last[1:] in gazetteer().institution_words or (
        norm(last[:1].upper() + last[1:]) in RU_INSTITUTIONS
    )
